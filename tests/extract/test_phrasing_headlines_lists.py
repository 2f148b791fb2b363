"""Headline syntax and round-ups inside a news page: the verb left out ("X new coach of C", "X out,
Y in"), the copula turned round ("C's new coach is X"), a headline's present ("X extends contract"),
labelled lists ("Sacked: X (C), Y (D)"); and their near misses: players, executives, questions,
related-article links (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- "X new C coach", "X new coach of C": the copula left out ----------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        ("Official: Marco Silva new coach of Fulham", "Marco Silva", "Fulham"),
        ("Paulo Fonseca new AC Milan coach, signs until 2027", "Paulo Fonseca", "AC Milan"),
        ("Eddie Howe new Newcastle United manager", "Eddie Howe", "Newcastle United"),
        ("Vincent Kompany: new head coach of Bayern Munich", "Vincent Kompany", "Bayern Munich"),
    ],
)
def test_a_verbless_headline_names_the_new_coach(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harry Kane new Bayern Munich striker",  # a player
        "Florentino Pérez new Real Madrid president",  # an executive
        "Dan Ashworth new Manchester United sporting director",
        "Is Xabi Alonso new Liverpool coach?",  # asked, not told
        "Xabi Alonso new Liverpool coach? Reds weigh their options",
        "Mikel Arteta's new Arsenal coach joins from Brentford",  # another man's aide
    ],
)
def test_a_new_title_that_is_no_appointment_gives_none(text: str) -> None:
    assert not any(k[3] == "appointed" for k in keys_of(text))


# --- "C's new coach is X": the copula turned round ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        ("Brighton's new head coach is Fabian Hürzeler.", "Fabian Hürzeler", "Brighton & Hove Albion"),
        ("The new manager of Everton is Sean Dyche.", "Sean Dyche", "Everton"),
        ("The new coach of Roma will be Daniele De Rossi.", "Daniele De Rossi", "Roma"),
    ],
)
def test_the_club_s_new_coach_is_x(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Liverpool's new sporting director is Richard Hughes.",
        "Arsenal's new signing is Declan Rice.",
        "Chelsea's new manager could be Thomas Frank.",
    ],
)
def test_a_new_man_who_is_no_coach_or_not_yet_gives_no_appointment(text: str) -> None:
    assert not any(k[3] == "appointed" for k in keys_of(text))


# --- "X out, Y in", "X out as C manager" ----------------------------------------------------------


def test_out_and_in_at_a_club_named_first() -> None:
    # (each man's coaching told in the body: a team sheet's "out, in" is a player's too)
    text = (
        "Southampton: Russell Martin out, Ivan Juric in. Russell Martin had been in charge of Southampton "
        "since 2023. Ivan Juric, the former Torino coach, signed an 18-month deal."
    )
    keys = keys_of(text)
    assert ("Russell Martin", "Southampton", "first_team", "left") in keys
    assert ("Ivan Juric", "Southampton", "first_team", "appointed") in keys


def test_out_and_in_with_a_post_told() -> None:
    text = "Gary O'Neil out, Vitor Pereira in: Wolverhampton Wanderers confirm new head coach"
    keys = keys_of(text)
    assert ("Gary O'Neil", "Wolverhampton Wanderers", "first_team", "left") in keys
    assert ("Vitor Pereira", "Wolverhampton Wanderers", "first_team", "appointed") in keys


def test_a_team_sheet_s_out_and_in_gives_nothing() -> None:
    assert not keys_of("Jadon Sancho out, Marcus Rashford in as Manchester United shake up their attack")
    assert not keys_of("Rodri out, Mateo Kovacic in for Manchester City against Arsenal.")


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        ("Mauricio Pochettino out as Chelsea head coach", "Mauricio Pochettino", "Chelsea"),
        ("Thomas Tuchel is out as manager of Bayern Munich.", "Thomas Tuchel", "Bayern Munich"),
    ],
)
def test_out_as_the_club_s_coach_is_a_departure(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "left") in keys_of(text)


def test_out_as_captain_is_no_coaching_exit() -> None:
    assert not any(k[3] == "left" for k in keys_of("Kevin De Bruyne out as Manchester City captain"))


# --- a headline's present: "X extends contract" -------------------------------------------------------


def test_a_coach_extends_contract_in_the_present() -> None:
    text = "Pep Guardiola extends contract with Manchester City until 2027"
    assert ("Pep Guardiola", "Manchester City", "first_team", "extended") in keys_of(text)


def test_a_named_coach_renews_deal() -> None:
    text = "Celtic manager Brendan Rodgers renews deal. The Northern Irishman is staying until 2026."
    assert ("Brendan Rodgers", "Celtic", "first_team", "extended") in keys_of(text)


def test_a_player_extending_his_contract_is_no_coach() -> None:
    assert not keys_of("Bukayo Saka extends contract with Arsenal until 2028")


# --- a round-up's labelled list ---------------------------------------------------------------------


def test_a_labelled_list_gives_each_man_his_bracketed_club() -> None:
    keys = keys_of("Sacked: Paulo Sousa (Salernitana), Rudi Garcia (Napoli) and José Mourinho (Roma)")
    assert {("Paulo Sousa", "Salernitana"), ("Rudi Garcia", "Napoli"), ("José Mourinho", "Roma")} == {
        (k[0], k[1]) for k in keys if k[3] == "dismissed"
    }


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Appointed – Thiago Motta (Juventus), Vincenzo Italiano (Bologna)", "appointed"),
        ("Resigned: Thiago Motta (Juventus); Vincenzo Italiano (Bologna)", "resigned"),
    ],
)
def test_the_label_is_the_event(text: str, event: str) -> None:
    keys = keys_of(text)
    assert ("Thiago Motta", "Juventus", "first_team", event) in keys
    assert ("Vincenzo Italiano", "Bologna", "first_team", event) in keys


def test_a_label_before_a_sentence_is_no_list() -> None:
    assert not keys_of("Sacked: Gareth Bale (Real Madrid) was not, despite the rumours.")


# --- related-article links tell no fact --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Read more: Mourinho sacked by Roma after poor run",
        "Also read: Erik ten Hag sacked by Manchester United",
        "RELATED: Liverpool identify Xabi Alonso as Klopp successor",
    ],
)
def test_a_related_link_gives_no_fact(text: str) -> None:
    assert not keys_of(text)
