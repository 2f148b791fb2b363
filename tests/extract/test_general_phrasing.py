"""Plain news phrasings written for these tests: appointments, spells, departures, rumours."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brentwood Athletic have appointed Marco Silvani as their new head coach.",
            ("Marco Silvani", "Brentwood Athletic", "first_team", "appointed"),
        ),
        (
            "Chelsea have confirmed Sonia Ribeiro as the new head coach for their women's side.",
            ("Sonia Ribeiro", "Chelsea", "women", "appointed"),
        ),
        (
            "Real Betis have appointed Ana Gil as coach of their women's side.",
            ("Ana Gil", "Real Betis", "women", "appointed"),
        ),
        (
            "Everton have named Pieter Claes as manager. Claes joins from Cardiff City.",
            ("Pieter Claes", "Cardiff City", "first_team", "left"),
        ),
        (
            "Sunderland sacked Erik Lund on Monday. Lund, 50, led the side well and previously managed "
            "Cardiff City and Celtic.",
            ("Erik Lund", "Celtic", "first_team", "in_charge"),
        ),
        (
            "Nice have hired Jean Morel. Morel had been Lyon's coach since 2021.",
            ("Jean Morel", "Lyon", "first_team", "in_charge"),
        ),
        (
            "Mark Doyle is the leading candidate to replace Tim Sherwood at Burnley.",
            ("Mark Doyle", "Burnley", "first_team", "linked"),
        ),
        (
            "Arsenal have approached the representatives of Luis Ortega.",
            ("Luis Ortega", "Arsenal", "first_team", "offer"),
        ),
        (
            "Valencia made an offer to Pablo Ruiz, but Ruiz turned the job down.",
            ("Pablo Ruiz", "Valencia", "first_team", "offer_declined"),
        ),
        (
            "Chelsea Women head coach Emma Hayes left to take charge of the United States "
            "women's national team.",
            ("Emma Hayes", "United States", "national_women", "appointed"),
        ),
        (
            "Chelsea Women head coach Emma Hayes left to take charge of the United States "
            "women's national team.",
            ("Emma Hayes", "Chelsea", "women", "left"),
        ),
        (
            "Lena Vogt was appointed head coach of Bayern Munich Frauen.",
            ("Lena Vogt", "Bayern Munich", "women", "appointed"),
        ),
        (
            "Tom Reed, who has been in interim charge of Hull City since October, returns to his old role.",
            ("Tom Reed", "Hull City", "first_team", "in_charge"),
        ),
        (
            # a coach's titles (players win titles with clubs too: the article must show him coaching)
            "Hull have named Carl Berg as manager. Berg won the league twice with Celtic and also lifted "
            "trophies at Porto and Benfica.",
            ("Carl Berg", "Benfica", "first_team", "in_charge"),
        ),
        (
            "Ivo Marek has been out of work since leaving Napoli in May.",
            ("Ivo Marek", "Napoli", "first_team", "left"),
        ),
        (
            "Paul Kerr, who was sacked by Lazio in March, is a candidate.",
            ("Paul Kerr", "Lazio", "first_team", "dismissed"),
        ),
    ],
)
def test_general_phrasings(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_the_club_is_the_club_of_the_previous_sentence() -> None:
    keys = keys_of(
        "Valencia are ninth in the table. Osasuna sacked Imanol Ruiz earlier this month. "
        "Before Pablo Lara was appointed head coach two weeks ago, the club had approached Dani Vidal, "
        "but he turned the offer down to stay at Valencia."
    )
    assert ("Pablo Lara", "Osasuna", "first_team", "appointed") in keys
    assert ("Dani Vidal", "Osasuna", "first_team", "offer") in keys
    assert not any(k[1] == "Valencia" and k[3] in ("appointed", "offer_declined") for k in keys)


def test_demonyms_and_grounds_are_not_coaches() -> None:
    keys = keys_of("Manchester City have appointed a new coach. The Frenchwoman Claire Dupont takes charge.")
    assert not any("Frenchwoman" in k[0] for k in keys)
    keys = keys_of("Ben Ross was unveiled as the new manager at Kingsmeadow on Friday.")
    assert not any(k[1] == "Kingsmeadow" for k in keys)


def test_women_article_keeps_the_womens_squad() -> None:
    keys = keys_of(
        "Jonas Berg has resigned as manager of Arsenal Women. "
        "Assistant coach Rita Lund will take charge on an interim basis."
    )
    assert ("Jonas Berg", "Arsenal", "women", "resigned") in keys
    assert ("Rita Lund", "Arsenal", "women", "appointed") in keys


def test_hedged_frontrunner_is_linked_not_appointed() -> None:
    keys = keys_of(
        "Juventus sacked Tom Ash. Karl Horn is the early frontrunner to succeed Ash on a permanent basis."
    )
    assert ("Karl Horn", "Juventus", "first_team", "linked") in keys
    assert ("Karl Horn", "Juventus", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Portsmouth have sacked Danny Cowan. Cowan, who made his name with an attacking Rotherham United "
            "side, is out again.",
            ("Danny Cowan", "Rotherham United", "first_team", "in_charge"),
            ("Danny Cowan", "Rotherham United", "first_team", "appointed"),
        ),
        (
            "Reading have appointed Tom Harlow as manager. Harlow did most of his managerial work at "
            "Swindon Town, whom he took up a division, and also had a brief stint at Millwall "
            "from 2009 to 2010.",
            ("Tom Harlow", "Millwall", "first_team", "in_charge"),
            None,
        ),
    ],
)
def test_spells_in_passing(text: str, expected: tuple, absent: tuple | None) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert absent not in keys


def test_possessive_ground_is_no_person() -> None:
    keys = keys_of(
        "Birmingham City have named Ross Turner as manager. He will be joined at St Andrew's by "
        "his long-time assistant Gary Platt and first-team coach Kevin Moor."
    )
    assert ("Gary Platt", "Birmingham City", "first_team", "appointed") in keys
    assert ("Kevin Moor", "Birmingham City", "first_team", "appointed") in keys
    assert not any(k[0].startswith("St ") for k in keys)


def test_spell_told_with_its_length_beside_its_sacking() -> None:
    facts = facts_of(
        "Millwall have appointed Craig Dunmore as head coach. Dunmore, 44, took Luton Town up in 2016 "
        "and spent nearly three years at Barnsley from 2018 to 2021, before being "
        "dismissed in March last year.",
        "2022-02-11",
    )
    got = {(f["club"], f["event"]): f["date"] for f in facts}
    assert got[("Barnsley", "in_charge")] == "2018-01-01"
    assert got[("Barnsley", "dismissed")] == "2021-03-01"


def test_surname_that_is_a_club_name() -> None:
    keys = keys_of(
        "Greece announced on Monday that Rui Santos was leaving by mutual agreement after six "
        "years in the job."
    )
    assert ("Rui Santos", "Greece", "national", "left") in keys


def test_numbered_club_and_a_dated_spell_before_its_sacking() -> None:
    facts = facts_of(
        "Schalke 04 have dismissed head coach Ralf Becker. The 49-year-old had earlier coached "
        "1. FC Köln from 2019 until he was dismissed last December.",
        "2024-11-25",
    )
    got = {(f["club"], f["event"]): f["date"] for f in facts}
    assert got[("1. FC Köln", "in_charge")] == "2019-01-01"
    assert got[("1. FC Köln", "dismissed")] == "2023-12-01"


def test_list_of_clubs_with_an_aside() -> None:
    keys = keys_of(
        "Roberto Fenucci has been appointed by Dinamo Zagreb. He has previously coached Sampdoria, Torino, "
        "whom he guided to the Coppa Italia in 2018, Getafe and Nice."
    )
    assert ("Roberto Fenucci", "Getafe", "first_team", "in_charge") in keys
    assert ("Roberto Fenucci", "Torino", "first_team", "in_charge") in keys


def test_capitalised_staff_titles_are_no_names() -> None:
    keys = keys_of(
        "Swansea City have parted company with Gareth Mills. First Team Coach Dean Lowry and "
        "Goalkeeping Coach Phil Hart will take temporary charge of the side for Saturday's visit of Hull."
    )
    assert ("Dean Lowry", "Swansea City", "first_team", "appointed") in keys
    assert ("Phil Hart", "Swansea City", "first_team", "appointed") in keys


def test_coordinated_rumour_across_an_aside() -> None:
    keys = keys_of(
        "Fulham have sacked Mark Dowd. Luis Ortega, without a club since leaving "
        "Sevilla in May, and Kevin Marsh are also being mentioned."
    )
    assert ("Luis Ortega", "Fulham", "first_team", "linked") in keys
    assert ("Kevin Marsh", "Fulham", "first_team", "linked") in keys


def test_plural_competition_and_whom_he_left() -> None:
    keys = keys_of(
        "Peru have appointed Jorge Salas as head coach. Salas, 61, took Peru to the 2006 and 2014 "
        "World Cups and most recently coached Spanish side Getafe, whom he left when the season ended in May."
    )
    assert ("Jorge Salas", "Getafe", "first_team", "in_charge") in keys
    assert ("Jorge Salas", "Getafe", "first_team", "left") in keys
    assert not any(k[0] == "Cups" for k in keys)


def test_stays_on_as_first_team_coach_and_saw_out_the_season() -> None:
    keys = keys_of(
        "Leeds United have appointed Karl Meyer. Tony Walsh was sacked in March, and Steve "
        "Rhodes saw out the campaign as caretaker. Rhodes will stay on as a first-team coach."
    )
    assert ("Steve Rhodes", "Leeds United", "first_team", "in_charge") in keys


def test_assistants_remain_in_place() -> None:
    keys = keys_of(
        "Aston Villa have given Unai Emery a new deal. His backroom team, among them assistant coaches "
        "Pablo Vega and Tom Glover, remain in place."
    )
    assert ("Pablo Vega", "Aston Villa", "first_team", "in_charge") in keys
    assert ("Tom Glover", "Aston Villa", "first_team", "in_charge") in keys


def test_joined_as_his_assistant_names_the_head_coach() -> None:
    keys = keys_of(
        "Tottenham have sacked Erik Norberg as head coach of their women's team. Lisa Martens came to the "
        "club as Norberg's assistant last summer."
    )
    assert ("Erik Norberg", "Tottenham Hotspur", "women", "in_charge") in keys
    other = keys_of(
        "Harris follows him to the Stadium of Light, while first-team coach Paul Grant stays in "
        "Dundee to serve as Duffy's number two."
    )
    assert not any(k[0].endswith("Duffy") for k in other)


def test_has_been_his_assistant() -> None:
    keys = keys_of(
        "Valencia have named Laura Pons as coach of their women's team, replacing Manuel Ortiz. "
        "Pons has been Ortiz's assistant for three years."
    )
    assert ("Laura Pons", "Valencia", "women", "in_charge") in keys


def test_second_spell_and_first_stint_are_two_spells() -> None:
    facts = facts_of(
        "Napoli have dismissed Walter Mazzi. Mazzi was in his second spell at Napoli, having "
        "come back in 2020 after a first stint from 2012 to 2017.",
        "2024-05-17",
    )
    spells = [f for f in facts if f["event"] == "in_charge" and f["club"] == "Napoli"]
    assert len(spells) == 2


def test_will_be_his_assistant_with_a_pronoun() -> None:
    keys = keys_of(
        "Scotland have appointed Neil Ross as head coach. Gary Hay, who worked alongside him at "
        "Hibernian and Aberdeen, will be his assistant."
    )
    assert ("Gary Hay", "Scotland", "national", "appointed") in keys


def test_former_post_in_apposition_is_not_the_new_post() -> None:
    keys = keys_of(
        "Cagliari sacked Paolo Ranzi in October. Dafydd Evans, a former Scotland assistant coach, was named "
        "head coach a fortnight later."
    )
    assert ("Dafydd Evans", "Cagliari", "first_team", "appointed") in keys
    assert ("Dafydd Evans", "Scotland", "national", "appointed") not in keys
    facts = facts_of(
        "Cagliari sacked Paolo Ranzi. Dafydd Evans, a former Scotland assistant coach, was named head coach."
    )
    assert {f["role"] for f in facts if f["event"] == "appointed"} == {"head_coach"}
    # the apposition tells his earlier spell, as an assistant, at Scotland
    spells = {(f["club"], f["role"]) for f in facts if f["event"] == "in_charge"}
    assert spells == {("Scotland", "assistant_coach")}


def test_joined_the_club_from() -> None:
    keys = keys_of(
        "Leicester City have parted company with manager Brendan Rodgers. Brendan joined the Club from "
        "Celtic in February 2019."
    )
    assert ("Brendan Rodgers", "Celtic", "first_team", "left") in keys
    assert ("Brendan Rodgers", "Leicester City", "first_team", "appointed") in keys


def test_who_succeeded_this_summer() -> None:
    facts = facts_of(
        "Bayer Leverkusen beat Bayern Munich 2-1 at the BayArena. Lars Kuhn, who succeeded Peter Brandt this "
        "summer, has lost just twice in 20 matches so far.",
        "2024-11-27",
    )
    got = {(f["coach"], f["event"]): f["date"] for f in facts}
    assert got[("Lars Kuhn", "appointed")] == "2024-07-01"
    assert got[("Peter Brandt", "left")] == "2024-06-30"  # a summer departure: the season's end


def test_fronted_club_frames_the_sentence() -> None:
    keys = keys_of(
        "Leganés beat Real Zaragoza in the play-off final. For Zaragoza, the loss caps a fine revival "
        "under Rafael Soler, who replaced Miguel Ferrer in October."
    )
    assert ("Rafael Soler", "Real Zaragoza", "first_team", "appointed") in keys
    assert ("Miguel Ferrer", "Real Zaragoza", "first_team", "left") in keys
