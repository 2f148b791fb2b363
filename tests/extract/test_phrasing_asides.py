"""Staff lists, participle asides, surname-first names and national teams named by demonym
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- staff lists told as one plural subject ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leeds have sacked Daniel Farke. Farke's assistants Eddie Riemer, Christopher John and "
        "Edmund Riemer, and goalkeeping coach Mike Smith, have also left.",
        "Leeds have sacked Daniel Farke. His coaches Eddie Riemer, Christopher John and Edmund Stiles "
        "have also left the club.",
    ],
)
def test_a_staff_list_that_has_also_left(text: str) -> None:
    keys = keys_of(text)
    for name in ("Eddie Riemer", "Christopher John"):
        assert (name, "Leeds United", "first_team", "left") in keys
    assert ("Daniel Farke", "Leeds United", "first_team", "left") not in keys


def test_one_assistant_has_also_left() -> None:
    keys = keys_of("Burnley have sacked Vincent Kompany. His assistant Craig Bellamy has also left.")
    assert ("Craig Bellamy", "Burnley", "first_team", "left") in keys


def test_has_left_a_legacy_is_no_departure() -> None:
    keys = keys_of("Sunderland appointed Tony Mowbray in 2022. Tony Mowbray has left a mark on the squad.")
    assert not any(k[3] == "left" for k in keys)
    assert ("Tony Mowbray", "Sunderland", "first_team", "appointed") in keys


def test_as_was_repeats_the_dismissal() -> None:
    keys = keys_of(
        "Valencia have sacked Rubén Baraja. His assistants Carlos Marchena and Chema Sanz were dismissed "
        "as well, as was fitness coach Pedro Gómez."
    )
    for name in ("Carlos Marchena", "Chema Sanz", "Pedro Gómez"):
        assert (name, "Valencia", "first_team", "dismissed") in keys


def test_an_aside_about_the_whole_list() -> None:
    keys = keys_of(
        "Wolves have sacked Gary O'Neil. First-team coach Tim Jenkins and analyst Shaun Cummings, who both "
        "arrived from Bournemouth, were also dismissed."
    )
    assert ("Tim Jenkins", "Wolverhampton Wanderers", "first_team", "dismissed") in keys
    assert ("Shaun Cummings", "Wolverhampton Wanderers", "first_team", "dismissed") in keys


# --- surname-first names; competitions after a club cue; demonym national teams -------------


def test_a_korean_surname_is_not_the_end_of_a_hyphenated_given_name() -> None:
    facts = facts_of(
        "Hwang Sun-hong was caretaker in March. Kim Do-hoon followed in June. "
        "Hong Myung-bo has been named head coach of the South Korean national team. "
        "Hong had been in charge of Ulsan since 2021."
    )
    coaches = {f["coach"] for f in facts if f["event"] == "appointed"}
    assert "Hong Myung-bo" in coaches and "Hwang Sun-hong" not in coaches
    assert any(f["coach"] == "Hong Myung-bo" and f["club"] == "Ulsan HD" for f in facts)


def test_a_league_after_coach_of_is_no_club() -> None:
    facts = facts_of("Kim Gi-dong, head coach of K League 1 champions Pohang Steelers, was sacked on Monday.")
    assert {f["club"] for f in facts} == {"Pohang Steelers"}


@pytest.mark.parametrize(
    "text",
    [
        "Hong Myung-bo was named to take over the South Korean men's national football team.",
        "Hong Myung-bo has taken charge of the South Korean national team.",
    ],
)
def test_a_two_word_demonym_names_the_national_team(text: str) -> None:
    keys = keys_of(text)
    assert ("Hong Myung-bo", "South Korea", "national", "appointed") in keys


def test_the_demonym_before_champions_is_no_person() -> None:
    facts = facts_of(
        "Bayern Munich held talks with Vincent Kompany. Switzerland coach Murat Yakin turned the German "
        "champions down last week."
    )
    declined = [f for f in facts if f["event"] == "offer_declined"]
    assert declined and declined[0]["club"] == "Bayern Munich"


# --- participle asides with their own facts and dates ----------------------------------------


@pytest.mark.parametrize(
    ("text", "club", "sacked", "named"),
    [
        (
            "Jesse Marsch, sacked by Leeds in February 2023, was named Canada head coach in May 2024.",
            "Leeds United",
            "2023-02-01",
            "2024-05-01",
        ),
        (
            "Graham Potter, dismissed by Chelsea in April 2023, has been appointed West Ham manager.",
            "Chelsea",
            "2023-04-01",
            "2024-03-12",
        ),
        (
            "Nuno Espirito Santo, fired by Saudi Pro League champions Al-Ittihad in November, took over at "
            "Nottingham Forest in December.",
            "Al-Ittihad",
            "2023-11-01",
            "2023-12-01",
        ),
    ],
)
def test_a_sacking_aside_keeps_its_own_date(text: str, club: str, sacked: str, named: str) -> None:
    facts = facts_of(text)
    dismissed = [f for f in facts if f["event"] == "dismissed"]
    appointed = [f for f in facts if f["event"] == "appointed"]
    assert dismissed and dismissed[0]["club"] == club and dismissed[0]["date"] == sacked
    assert appointed and appointed[0]["date"] == named


def test_an_appointment_aside_and_a_new_contract() -> None:
    facts = facts_of(
        "Arsenal have rewarded their manager. Mikel Arteta, appointed in December 2019, signed a new "
        "contract on Thursday.",
        "2024-03-14",
    )
    got = {(f["event"], f["club"], f["date"]) for f in facts if f["coach"] == "Mikel Arteta"}
    assert ("appointed", "Arsenal", "2019-12-01") in got
    assert ("extended", "Arsenal", "2024-03-14") in got


def test_an_aside_verb_with_an_object_is_no_aside() -> None:
    keys = keys_of("Chelsea sacked Mauricio Pochettino, appointed Enzo Maresca and sold three players.")
    assert ("Mauricio Pochettino", "Chelsea", "first_team", "appointed") not in keys
    assert ("Mauricio Pochettino", "Chelsea", "first_team", "dismissed") in keys


@pytest.mark.parametrize("verb", ["prised away from", "lured from", "poached from"])
def test_prised_away_from_a_club(verb: str) -> None:
    keys = keys_of(
        f"Southampton's season began with Ralph Hasenhuttl and continued with Nathan Jones, {verb} Luton "
        "in November, before Ruben Selles took over."
    )
    assert ("Nathan Jones", "Luton Town", "first_team", "left") in keys
    assert ("Nathan Jones", "Southampton", "first_team", "appointed") in keys


# --- a new contract handed over -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wolves appointed Vitor Pereira in December. The board rewarded him with a new contract "
        "in September, running to 2028.",
        "Wolves appointed Vitor Pereira in December. Vitor Pereira was rewarded with a new contract in "
        "September.",
        "Wolves handed Vitor Pereira a new two-year deal in September.",
        "Vitor Pereira has been given an improved contract by Wolves.",
    ],
)
def test_handed_a_new_contract_is_an_extension(text: str) -> None:
    assert ("Vitor Pereira", "Wolverhampton Wanderers", "first_team", "extended") in keys_of(text)


# --- a coach's return; who joined in YEAR ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chris Wilder returned to Sheffield United in December, replacing Paul Heckingbottom.",
        "Steve Bruce returned to Sunderland in May in place of Phil Parkinson.",
    ],
)
def test_a_return_that_replaces_a_coach_is_an_appointment(text: str) -> None:
    assert any(k[3] == "appointed" for k in keys_of(text))


def test_a_player_return_is_no_appointment() -> None:
    keys = keys_of("Jordan Henderson returned to Sunderland in December on a loan deal.")
    assert not any(k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    ("text", "club", "date"),
    [
        ("Last season, Girona were coached by Míchel, who joined in 2021.", "Girona", "2021-01-01"),
        ("Brentford are managed by Thomas Frank, who took over in October 2018.", "Brentford", "2018-10-01"),
    ],
)
def test_who_joined_in_a_year_is_the_appointment(text: str, club: str, date: str) -> None:
    facts = facts_of(text)
    assert any(f["event"] == "appointed" and f["club"] == club and f["date"] == date for f in facts)
