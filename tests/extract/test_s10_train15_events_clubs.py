"""Session 10, extract_train15 (club differs / event differs / false positives): general phrasings.

- a match opponent inside the clause ("guided the team past C", "friendlies against A and B", "who took
  the team for the cup tie against C, has signed a new contract") is not the club of the fact;
- "named head coach … in place of the sacked Y": Y is the man replaced, not appointed;
- a spell told as a player's ("spent six years at C as a player", "As a player, X worked with Y at C")
  gives the player no coaching spell (the boss he worked under keeps his);
- "X, assistant Y and goalkeeping coach Z were relieved of their duties": the title is the role of the
  exit, no spell of its own;
- "X and Y are set to join his coaching staff": "his" is the boss, and the rumour is an aide's.
"""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _of(text: str, coach: str) -> set[tuple[str, str, str, str]]:
    return {k for k in keys_of(text) if k[0] == coach}


# --- opponents are not the club --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Under-21 coach Tom Berg took over as caretaker and guided the team past Lazio in the cup.",
        "Under-21 coach Tom Berg took charge as caretaker and led the side past Lazio in the play-offs.",
    ],
)
def test_the_side_beaten_is_no_club_of_the_caretaker(sentence: str) -> None:
    text = "Ajax have appointed Rik Smit as head coach. " + sentence
    clubs = {k[1] for k in _of(text, "Tom Berg")}
    assert "Lazio" not in clubs and "Ajax" in clubs


def test_an_opponent_in_the_aside_is_no_club_of_the_extension() -> None:
    text = (
        "Everton have appointed Sara Holt as head coach of their women's team. Assistant Ben Kerr, who took "
        "the team for the cup semi-final against Chelsea, has signed a new contract."
    )
    assert ("Ben Kerr", "Everton", "women", "extended") in _of(text, "Ben Kerr")
    assert not any(k[1] == "Chelsea" for k in _of(text, "Ben Kerr"))


def test_each_side_of_a_list_of_opponents_is_an_opponent() -> None:
    text = (
        "Ghana have named Otto Addo as head coach. He led the side as interim coach in friendlies "
        "against Nigeria and Mali in March."
    )
    assert not any(k[1] in ("Mali", "Nigeria") for k in _of(text, "Otto Addo"))


def test_a_club_beaten_in_a_final_is_still_no_post_but_the_club_named_is() -> None:
    text = "Paul Dunn joined Portsmouth in 2021 and steered them to the title."
    assert any(k[1] == "Portsmouth" for k in _of(text, "Paul Dunn"))


# --- "in place of the sacked Y" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nepal on Saturday named Matt Ross coach of the national side in place of the sacked Rene Simoes.",
        "Cardiff have named Omer Riza as manager in place of Erol Bulut.",
        "Luton named Matt Bloomfield head coach on Monday instead of Rob Edwards.",
    ],
)
def test_the_man_replaced_is_not_appointed(sentence: str) -> None:
    replaced = {"Nepal": "Rene Simoes", "Cardiff": "Erol Bulut", "Luton": "Rob Edwards"}[sentence.split()[0]]
    assert not any(f["coach"] == replaced and f["event"] == "appointed" for f in facts_of(sentence))


def test_the_man_named_is_still_appointed() -> None:
    text = "Cardiff have named Omer Riza as manager in place of Erol Bulut."
    assert ("Omer Riza", "Cardiff City", "first_team", "appointed") in keys_of(text)


# --- a player's career ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The 40-year-old spent eight years at Getafe as a player before moving into coaching.",
        "He spent five seasons with Getafe as a player and captained the club.",
    ],
)
def test_years_spent_as_a_player_are_no_spell(sentence: str) -> None:
    text = "Burgos have appointed Luis Miguel Ramis as head coach. " + sentence
    assert not any(k[1] == "Getafe" for k in _of(text, "Luis Miguel Ramis"))


def test_years_spent_as_assistant_are_a_spell() -> None:
    text = (
        "Burgos have appointed Luis Miguel Ramis as head coach. He spent four years at Getafe as assistant."
    )
    assert any(k[1] == "Getafe" and k[3] == "in_charge" for k in _of(text, "Luis Miguel Ramis"))


def test_a_player_who_worked_under_a_boss_is_no_aide_but_the_boss_keeps_his_spell() -> None:
    text = (
        "Sivasspor have appointed Emre Belozoglu as head coach. As a player, Emre worked with Fatih Terim at "
        "Galatasaray."
    )
    assert not any(k[1] == "Galatasaray" for k in _of(text, "Emre Belozoglu"))
    assert ("Fatih Terim", "Galatasaray", "first_team", "in_charge") in keys_of(text)


def test_an_aide_who_worked_under_a_boss_keeps_his_spell() -> None:
    text = (
        "Sivasspor have appointed Emre Belozoglu as head coach. He previously worked under Fatih Terim at "
        "Galatasaray."
    )
    assert ("Emre Belozoglu", "Galatasaray", "first_team", "in_charge") in keys_of(text)


# --- a staff title beside the exit ------------------------------------------------------------------------


def test_a_staff_title_in_a_list_of_sacked_men_is_the_exits_role() -> None:
    text = (
        "Hearts have appointed Derek McInnes as head coach. Neil Critchley, assistant Dan Mason and "
        "goalkeeping coach Ray Barry were relieved of their duties on Sunday."
    )
    barry = [f for f in facts_of(text) if f["coach"] == "Ray Barry"]
    assert [(f["event"], f["role"]) for f in barry] == [("dismissed", "goalkeeping_coach")]


def test_a_staff_title_beside_another_mans_exit_stays() -> None:
    text = "Hearts sacked Neil Critchley on Sunday, and goalkeeping coach Ray Barry will take the team."
    assert not any(f["coach"] == "Ray Barry" and f["event"] == "dismissed" for f in facts_of(text))


# --- joining another man's staff -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Former internationals Noel Valladares and Amado Guevara are set to join his coaching staff.",
        "Noel Valladares is expected to join his backroom team.",
    ],
)
def test_joining_his_staff_is_an_aides_rumour(sentence: str) -> None:
    text = "Honduras have appointed Reinaldo Rueda as head coach. " + sentence
    aide = [f for f in facts_of(text) if f["coach"] == "Noel Valladares"]
    assert [(f["club"], f["event"], f["role"]) for f in aide] == [("Honduras", "linked", "assistant_coach")]


def test_set_to_join_a_club_is_still_the_head_coachs_rumour() -> None:
    text = "Frank Lampard is set to join Coventry City as manager."
    facts = facts_of(text)
    assert [(f["club"], f["event"], f["role"]) for f in facts] == [("Coventry City", "linked", "head_coach")]
