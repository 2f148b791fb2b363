"""Staff who come and go with a head coach, and coaches named in less common ways
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- staff leaving with a sacked coach -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Torino has exonerated this morning Stefano Rota from the role of coach of the first team, "
        "along with his staff formed by the assistants Luca Pini and Dario Sala and by the athletic "
        "preparer Enrico Polli.",
        "Torino relieved Stefano Rota of his duties together with his staff made up of the assistants "
        "Luca Pini and Dario Sala and the fitness coach Enrico Polli.",
    ],
)
def test_a_translated_staff_list_goes_with_the_sacked_coach(text: str) -> None:
    facts = facts_of(text)
    keys = {(f["coach"], f["club"], f["squad"], f["event"]) for f in facts}
    for name in ("Stefano Rota", "Luca Pini", "Dario Sala", "Enrico Polli"):
        assert (name, "Torino", "first_team", "dismissed") in keys
    roles = {f["coach"]: f["role"] for f in facts}
    assert roles["Enrico Polli"] == "fitness_coach"
    assert roles["Luca Pini"] == "assistant_coach"


def test_relieved_from_his_post() -> None:
    keys = keys_of("Sampdoria relieved Andrea Sottil from his post on Monday.")
    assert ("Andrea Sottil", "Sampdoria", "first_team", "dismissed") in keys


# --- staff arriving with a new coach ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bristol City have appointed Liam Manning as head coach. Manning will be joined at Ashton Gate by "
        "his long-serving assistant Chris Hogg.",
        "Bristol City have appointed Liam Manning as head coach. He will be joined at Bristol City by "
        "long-time assistant Chris Hogg.",
    ],
)
def test_joined_at_the_club_or_ground_by_an_assistant(text: str) -> None:
    keys = keys_of(text)
    assert ("Chris Hogg", "Bristol City", "first_team", "appointed") in keys


def test_an_assistant_expected_to_follow_him_is_a_rumour() -> None:
    keys = keys_of(
        "Norwich City are close to appointing Gary O'Neil. O'Neil's long-time assistant Tim Jenkins is "
        "expected to follow him to Norwich City."
    )
    assert ("Tim Jenkins", "Norwich City", "first_team", "linked") in keys
    assert ("Tim Jenkins", "Norwich City", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Feyenoord have appointed Robin van Persie. He brings fellow Dutchmen Jan Wouters and Michel "
        "Kreek as his assistants.",
        "Feyenoord have appointed Robin van Persie, who will take Jan Wouters and Michel Kreek with him as "
        "his assistant coaches.",
    ],
)
def test_aides_named_before_their_role(text: str) -> None:
    keys = keys_of(text)
    for name in ("Jan Wouters", "Michel Kreek"):
        assert (name, "Feyenoord", "first_team", "appointed") in keys
    assert not any(k[0].startswith("Dutchmen") for k in keys)


def test_aides_in_a_media_report_are_a_rumour() -> None:
    keys = keys_of(
        "Several Belgian media outlets reported that Anderlecht are close to a deal with Besnik Hasi, who "
        "will bring Nicolas Frutos and Olivier Renard as his assistants."
    )
    assert ("Nicolas Frutos", "Anderlecht", "first_team", "linked") in keys
    assert ("Nicolas Frutos", "Anderlecht", "first_team", "appointed") not in keys


# --- departures told by when they happened ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Swiss Murat Yakin, who led Switzerland to the quarter-finals, left when his contract expired after "
        "the tournament.",
        "Murat Yakin, who coached Switzerland for four years, departed after his deal ran out.",
    ],
)
def test_left_when_the_contract_expired(text: str) -> None:
    keys = keys_of(text)
    assert ("Murat Yakin", "Switzerland", "national", "left") in keys


def test_left_at_the_end_of_the_season_with_the_club_in_view() -> None:
    keys = keys_of("Alaves have a new coach. Luis Prieto kept Alaves up and left at the end of last season.")
    assert ("Luis Prieto", "Deportivo Alavés", "first_team", "left") in keys


def test_left_at_the_end_of_the_season_for_another_club_is_no_plain_exit() -> None:
    keys = keys_of("Unai Emery, who coached Villarreal, left at the end of the season for Aston Villa.")
    assert ("Unai Emery", "Aston Villa", "first_team", "left") not in keys
    assert ("Unai Emery", "Villarreal", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Julen Lopetegui won the Europa League with Sevilla in 2020 but was dismissed two years later.",
        "Julen Lopetegui took Sevilla to fourth place and was sacked in October.",
    ],
)
def test_won_with_but_was_sacked(text: str) -> None:
    keys = keys_of(text)
    assert ("Julen Lopetegui", "Sevilla", "first_team", "dismissed") in keys


def test_but_was_sacked_needs_the_person_as_subject() -> None:
    keys = keys_of("Sevilla beat Real Betis under Julen Lopetegui's successor, but was knocked out later.")
    assert not any(k[3] == "dismissed" for k in keys)


# --- aides taking a post ---------------------------------------------------------------------


def test_becomes_his_assistant_at_the_senior_side() -> None:
    keys = keys_of(
        "Santos sacked Fábio Carille and promoted Pedro Caixinha, who had been coaching the club's under-20 "
        "side. Caixinha started with the under-20 team in January. Rui Quinta, a Portuguese and an old "
        "friend, becomes his assistant."
    )
    assert ("Rui Quinta", "Santos", "first_team", "appointed") in keys
    assert ("Rui Quinta", "Santos", "u20", "appointed") not in keys


def test_will_again_be_his_assistant() -> None:
    keys = keys_of(
        "Mainz have appointed Jan Berger as head coach. His brother Tim Berger, who has followed "
        "him to every club, will again be his assistant."
    )
    assert ("Tim Berger", "1. FSV Mainz 05", "first_team", "appointed") in keys


def test_succeeded_by_his_assistant() -> None:
    keys = keys_of(
        "Bruno Lage left Benfica in 2020. Lage was succeeded by his long-time assistant Nélson Veríssimo."
    )
    assert ("Nélson Veríssimo", "Benfica", "first_team", "appointed") in keys
    assert ("Bruno Lage", "Benfica", "first_team", "appointed") not in keys


# --- stand-ins and their spells ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Parma sacked Fabio Pecchia in February. In the meantime the team was guided formally by Marco "
        "Rossi.",
        "Parma sacked Fabio Pecchia in February. Since then the side has been coached temporarily by "
        "Marco Rossi.",
        "Parma sacked Fabio Pecchia in February. Marco Rossi has been in charge on an interim basis since "
        "Pecchia's departure.",
        "Parma sacked Fabio Pecchia in February. His assistant Marco Rossi had taken the team for the last "
        "three matches.",
        "Parma sacked Fabio Pecchia in February, and Marco Rossi had steadied the team as interim coach.",
    ],
)
def test_a_stand_in_spell(text: str) -> None:
    keys = keys_of(text)
    assert ("Marco Rossi", "Parma", "first_team", "in_charge") in keys


def test_a_captain_leading_the_team_is_no_coach() -> None:
    keys = keys_of("Parma drew with Genoa. The team was led by Enrico Del Prato, who scored twice.")
    assert not any(k[0] == "Enrico Del Prato" for k in keys)


def test_an_interim_who_stays_on_as_assistant() -> None:
    facts = facts_of(
        "San Diego Wave have hired Rhian Wilkes. Mike Norris, who has the team unbeaten in four outings "
        "as the interim coach, will remain on staff as an assistant."
    )
    got = {(f["coach"], f["club"], f["event"], f["role"]) for f in facts}
    assert ("Mike Norris", "San Diego Wave FC", "in_charge", "caretaker") in got
    assert ("Mike Norris", "San Diego Wave FC", "appointed", "assistant_coach") in got


def test_interim_charge_alongside_his_assistant() -> None:
    keys = keys_of(
        "Hibernian sacked Lee Johnson in September. David Gray first took interim charge, alongside his "
        "assistant Gareth Evans, before being given the job."
    )
    assert ("Gareth Evans", "Hibernian", "first_team", "appointed") in keys


# --- one-name coaches ------------------------------------------------------------------------


def test_a_one_name_coach_opening_the_sentence() -> None:
    keys = keys_of(
        "Brazil are looking for a coach. Tite, who had said Russia would be his last job, stepped down after "
        "the defeat by Croatia."
    )
    assert ("Tite", "Brazil", "national", "resigned") in keys
    assert ("Tite", "Russia", "national", "resigned") not in keys


def test_a_club_which_he_directed_made_him_an_offer() -> None:
    keys = keys_of(
        "Osasuna wanted Rubi, but Espanyol, club which he already directed two seasons, made him a great "
        "offer to return."
    )
    assert ("Rubi", "Espanyol", "first_team", "offer") in keys


# --- 'technical director' for the head coach (Turkish football) --------------------------------


def test_a_turkish_clubs_technical_director_is_its_coach() -> None:
    keys = keys_of(
        "Beşiktaş extended today the contract of technical director Şenol Güneş for 2 more years. Güneş "
        "took over the team in the summer of 2019."
    )
    assert ("Şenol Güneş", "Beşiktaş", "first_team", "extended") in keys


def test_the_new_technical_director_signed() -> None:
    keys = keys_of(
        "Trabzonspor, the new technical director Abdullah Avcı with 2-year contract yesterday signed."
    )
    assert ("Abdullah Avcı", "Trabzonspor", "first_team", "appointed") in keys


def test_a_technical_director_elsewhere_is_an_executive() -> None:
    keys = keys_of(
        "Juventus sacked Thiago Motta. The technical director Cristiano Giuntoli and the general director "
        "Maurizio Scanavino evaluate other profiles; Giuntoli took over the search."
    )
    assert not any(k[0] == "Cristiano Giuntoli" for k in keys)
    assert ("Thiago Motta", "Juventus", "first_team", "dismissed") in keys


# --- names spelled without their letters ---------------------------------------------------------


def test_an_ascii_spelling_gets_the_canonical_name() -> None:
    keys = keys_of(
        "Urawa Reds have dismissed manager Per-Mathias Hogmo. Hogmo, who was in charge of Norway's men "
        "from 2013 to 2016, had come to Japan from Sweden."
    )
    assert ("Per-Mathias Høgmo", "Urawa Red Diamonds", "first_team", "dismissed") in keys
    assert ("Per-Mathias Høgmo", "Norway", "national", "in_charge") in keys


# --- replacements told in a second clause ------------------------------------------------------


def test_signed_a_deal_and_replaces() -> None:
    keys = keys_of(
        "Sampdoria have a new coach. Andrea Pirlo has signed a two-year deal and replaces Marco Giampaolo, "
        "who led Sampdoria to ninth place."
    )
    assert ("Marco Giampaolo", "Sampdoria", "first_team", "left") in keys


def test_sacked_object_and_replaced_is_not_the_replacer() -> None:
    keys = keys_of("Barcelona sacked Ernesto Valverde on Monday and replaced him with Quique Setién.")
    assert ("Ernesto Valverde", "Barcelona", "first_team", "appointed") not in keys
    assert ("Ernesto Valverde", "Barcelona", "first_team", "dismissed") in keys


def test_participles_sacked_and_replaced_by() -> None:
    keys = keys_of(
        "Palermo's season had started with Giuseppe Iachini, sacked in November after twelve games, and "
        "replaced exactly by Davide Ballardini, who had already coached Palermo in 2008."
    )
    assert ("Davide Ballardini", "Palermo", "first_team", "appointed") in keys


def test_named_as_someones_successor() -> None:
    keys = keys_of(
        "Brighton have appointed Fabian Hürzeler, who is 31, as Graham Potter's successor on a "
        "three-year deal."
    )
    assert ("Graham Potter", "Brighton & Hove Albion", "first_team", "left") in keys


@pytest.mark.parametrize(
    "joined",
    [
        "will be joined in east London by",
        "will be joined at the training ground by",
        "will be joined in the dugout by",
        "will be joined by",
    ],
)
def test_staff_list_joining_the_new_manager_each_with_his_own_title(joined):
    text = (
        "Fulham have appointed Tom Archer as manager. "
        f"Archer {joined} his long-time assistant Dan Kettle, first-team coach Lee Marsh and goalkeeping "
        "coach Sam Pike."
    )
    facts = {
        (f["coach"], f["club"], f["role"], f["event"]) for f in facts_of(text) if f["coach"] != "Tom Archer"
    }
    assert facts == {
        ("Dan Kettle", "Fulham", "assistant_coach", "appointed"),
        ("Lee Marsh", "Fulham", "assistant_coach", "appointed"),
        ("Sam Pike", "Fulham", "goalkeeping_coach", "appointed"),
    }


def test_sacked_staff_list_with_titles_takes_every_name():
    text = "Burnley sacked manager Ian Cole, assistant Rob Dean and fitness coach Max Hale on Monday."
    keys = keys_of(text)
    assert ("Rob Dean", "Burnley", "first_team", "dismissed") in keys
    assert ("Max Hale", "Burnley", "first_team", "dismissed") in keys


def test_aide_joining_is_at_the_story_club_not_a_past_club_of_the_manager():
    text = (
        "Hearts are delighted to confirm that Ola Berg will become the club's new manager. "
        "The Norwegian joins from Molde, where he has been head coach since 2019. "
        "Berg previously spent four years in charge of Strømsgodset, whom he led to the title. "
        "He will be joined at Riccarton by assistant manager Kai Lund, who has worked alongside him at "
        "Molde for the past three seasons."
    )
    facts = {(f["club"], f["event"]) for f in facts_of(text) if f["coach"] == "Kai Lund"}
    assert ("Heart of Midlothian", "appointed") in facts
    assert ("Molde", "in_charge") in facts
    assert not any(club == "Strømsgodset" for club, _ in facts)
