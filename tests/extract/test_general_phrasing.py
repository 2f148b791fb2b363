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
            "Chelsea have confirmed Sonia Ribeiro as the new head coach of their women's team.",
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
            "Reading have appointed Tom Harlow as manager. Harlow spent most of his managerial career at "
            "Swindon Town, whom he led to promotion, and also had a brief stint at Burnley "
            "between 2011 and 2012.",
            ("Tom Harlow", "Burnley", "first_team", "in_charge"),
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
        "Newcastle United have appointed Eddie Howe as their new head coach. He will be joined at St James' "
        "Park by his long-time assistant Jason Tindall and first-team coach Stephen Purches."
    )
    assert ("Jason Tindall", "Newcastle United", "first_team", "appointed") in keys
    assert ("Stephen Purches", "Newcastle United", "first_team", "appointed") in keys
    assert not any(k[0].startswith("St ") for k in keys)


def test_spell_told_with_its_length_beside_its_sacking() -> None:
    facts = facts_of(
        "Sunderland have appointed Alex Neil as head coach. Neil, 40, guided Norwich City to the Premier "
        "League in 2015 and spent almost four years at Preston North End from 2017 to 2021, before being "
        "dismissed in March last year.",
        "2022-02-11",
    )
    got = {(f["club"], f["event"]): f["date"] for f in facts}
    assert got[("Preston North End", "in_charge")] == "2017-01-01"
    assert got[("Preston North End", "dismissed")] == "2021-03-01"


def test_surname_that_is_a_club_name() -> None:
    keys = keys_of(
        "Portugal confirmed on Thursday that Fernando Santos was leaving by mutual agreement after eight "
        "years in charge."
    )
    assert ("Fernando Santos", "Portugal", "national", "left") in keys


def test_numbered_club_and_a_dated_spell_before_its_sacking() -> None:
    facts = facts_of(
        "Hamburger SV have dismissed head coach Steffen Baumgart. The 52-year-old had previously coached "
        "1. FC Köln from 2021 until he was dismissed last December.",
        "2024-11-25",
    )
    got = {(f["club"], f["event"]): f["date"] for f in facts}
    assert got[("1. FC Köln", "in_charge")] == "2021-01-01"
    assert got[("1. FC Köln", "dismissed")] == "2023-12-01"


def test_list_of_clubs_with_an_aside() -> None:
    keys = keys_of(
        "Gennaro Gattuso has been appointed by Hajduk Split. He has previously coached AC Milan, Napoli, "
        "whom he led to the Coppa Italia in 2020, Valencia and Marseille."
    )
    assert ("Gennaro Gattuso", "Valencia", "first_team", "in_charge") in keys
    assert ("Gennaro Gattuso", "Napoli", "first_team", "in_charge") in keys


def test_capitalised_staff_titles_are_no_names() -> None:
    keys = keys_of(
        "Leicester City have parted company with Brendan Rodgers. The Club can also confirm that First Team "
        "Coach Adam Sadler and Goalkeeping Coach Mike Stowell will take joint temporary charge of the team."
    )
    assert ("Adam Sadler", "Leicester City", "first_team", "appointed") in keys
    assert ("Mike Stowell", "Leicester City", "first_team", "appointed") in keys


def test_coordinated_rumour_across_an_aside() -> None:
    keys = keys_of(
        "Chelsea have sacked Thomas Tuchel. Mauricio Pochettino, out of work since leaving "
        "Paris Saint-Germain in July, and Zinedine Zidane are also being mentioned."
    )
    assert ("Mauricio Pochettino", "Chelsea", "first_team", "linked") in keys
    assert ("Zinedine Zidane", "Chelsea", "first_team", "linked") in keys


def test_plural_competition_and_whom_he_left() -> None:
    keys = keys_of(
        "Mexico have appointed Javier Aguirre as head coach. Aguirre, 65, led Mexico at the 2002 and 2010 "
        "World Cups and most recently coached Spanish side Mallorca, whom he left at the end of last season."
    )
    assert ("Javier Aguirre", "Mallorca", "first_team", "in_charge") in keys
    assert ("Javier Aguirre", "Mallorca", "first_team", "left") in keys
    assert not any(k[0] == "Cups" for k in keys)


def test_stays_on_as_first_team_coach_and_saw_out_the_season() -> None:
    keys = keys_of(
        "Tottenham Hotspur have appointed Ange Postecoglou. Cristian Stellini was sacked in April, and Ryan "
        "Mason saw out the season as caretaker. Mason will stay on as a first-team coach."
    )
    assert ("Ryan Mason", "Tottenham Hotspur", "first_team", "in_charge") in keys


def test_assistants_remain_in_place() -> None:
    keys = keys_of(
        "Arsenal have handed Mikel Arteta a new contract. His first-team staff, including assistant coaches "
        "Albert Stuivenberg and Carlos Cuesta, remain in place."
    )
    assert ("Albert Stuivenberg", "Arsenal", "first_team", "in_charge") in keys
    assert ("Carlos Cuesta", "Arsenal", "first_team", "in_charge") in keys


def test_joined_as_his_assistant_names_the_head_coach() -> None:
    keys = keys_of(
        "Arsenal have sacked Jonas Eidevall as head coach of their women's team. Renée Slegers joined the "
        "club as Eidevall's assistant in the summer."
    )
    assert ("Jonas Eidevall", "Arsenal", "women", "in_charge") in keys
    other = keys_of(
        "Rodgers follows him to the King Power Stadium, while first-team coach John Kennedy stays in "
        "Glasgow to serve as Lennon's number two."
    )
    assert not any(k[0].endswith("Lennon") for k in other)


def test_has_been_his_assistant() -> None:
    keys = keys_of(
        "Barcelona have named Pere Romeu as coach of their women's team, replacing Jonatan Giráldez. "
        "Romeu has been Giráldez's assistant for the past two seasons."
    )
    assert ("Pere Romeu", "Barcelona", "women", "in_charge") in keys


def test_second_spell_and_first_stint_are_two_spells() -> None:
    facts = facts_of(
        "Juventus have dismissed Massimiliano Allegri. Allegri was in his second spell at the club, having "
        "returned in 2021 after a first stint from 2014 to 2019.",
        "2024-05-17",
    )
    spells = [f for f in facts if f["event"] == "in_charge" and f["club"] == "Juventus"]
    assert len(spells) == 2


def test_will_be_his_assistant_with_a_pronoun() -> None:
    keys = keys_of(
        "England have appointed Thomas Tuchel as head coach. Anthony Barry, who worked alongside him at "
        "Chelsea and Bayern, will be his assistant."
    )
    assert ("Anthony Barry", "England", "national", "appointed") in keys


def test_former_post_in_apposition_is_not_the_new_post() -> None:
    keys = keys_of(
        "Como sacked Moreno Longo in November. Osian Roberts, a former Wales assistant coach, was named head "
        "coach later that month."
    )
    assert ("Osian Roberts", "Como", "first_team", "appointed") in keys
    assert ("Osian Roberts", "Wales", "national", "appointed") not in keys
    facts = facts_of(
        "Como sacked Moreno Longo. Osian Roberts, a former Wales assistant coach, was named head coach."
    )
    assert {f["role"] for f in facts if f["event"] == "appointed"} == {"head_coach"}
    # the apposition tells his earlier spell, as an assistant, at Wales
    spells = {(f["club"], f["role"]) for f in facts if f["event"] == "in_charge"}
    assert spells == {("Wales", "assistant_coach")}


def test_joined_the_club_from() -> None:
    keys = keys_of(
        "Leicester City have parted company with manager Brendan Rodgers. Brendan joined the Club from "
        "Celtic in February 2019."
    )
    assert ("Brendan Rodgers", "Celtic", "first_team", "left") in keys
    assert ("Brendan Rodgers", "Leicester City", "first_team", "appointed") in keys


def test_who_succeeded_this_summer() -> None:
    facts = facts_of(
        "Liverpool beat Real Madrid 2-0 at Anfield. Arne Slot, who succeeded Jürgen Klopp this summer, has "
        "now lost only once in his first 19 games.",
        "2024-11-27",
    )
    got = {(f["coach"], f["event"]): f["date"] for f in facts}
    assert got[("Arne Slot", "appointed")] == "2024-07-01"
    assert got[("Jürgen Klopp", "left")] == "2024-06-30"  # a summer departure: the season's end


def test_fronted_club_frames_the_sentence() -> None:
    keys = keys_of(
        "Espanyol beat Real Oviedo in the play-off final. For Oviedo, the defeat ends a remarkable recovery "
        "under Luis Carrión, who replaced Álvaro Cervera earlier this season."
    )
    assert ("Luis Carrión", "Real Oviedo", "first_team", "appointed") in keys
    assert ("Álvaro Cervera", "Real Oviedo", "first_team", "left") in keys
