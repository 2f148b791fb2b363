"""The goalkeeping coach told through the men he trains, as translated copy writes it: 'the goalkeepers will
be trained as before by X' and 'the goalkeepers stay with X' keep him on, 'X will train the goalkeepers' and
'the club contracted X to train the goalkeepers' take him on, both as goalkeeping coach. Not a past post
('X trained the goalkeepers of C'), nor the goalkeepers praised by a man. Written for these tests in our own
words."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Ashcombe Borough have appointed Lorenz Hafner as head coach. "


def _aide(text: str) -> list[tuple[str, str, str, str]]:
    facts = facts_of(_LEAD + text)
    return [(f["coach"], f["club"], f["event"], f["role"]) for f in facts if f["coach"] != "Lorenz Hafner"]


def test_goalkeepers_trained_as_before_by() -> None:
    told = _aide(
        "Assistant duties go to Pavel Orsk, and the goalkeepers will be trained as before by Timo Valk."
    )
    assert ("Timo Valk", "Ashcombe Borough", "in_charge", "goalkeeping_coach") in told


def test_goalkeepers_stay_with() -> None:
    told = _aide("The goalkeepers stay with Timo Valk.")
    assert told == [("Timo Valk", "Ashcombe Borough", "in_charge", "goalkeeping_coach")]


def test_will_train_the_goalkeepers_past_an_aside() -> None:
    told = _aide("Timo Valk, once a reserve keeper at the club, will train the goalkeepers.")
    assert told == [("Timo Valk", "Ashcombe Borough", "appointed", "goalkeeping_coach")]


def test_contracted_to_train_the_goalkeepers() -> None:
    told = _aide("The club also contracted the Estonian Timo Valk to train the goalkeepers.")
    assert told == [("Timo Valk", "Ashcombe Borough", "appointed", "goalkeeping_coach")]


def test_trained_the_goalkeepers_of_another_club_is_no_new_post() -> None:
    assert _aide("Timo Valk previously trained the goalkeepers of Hull City.") == []


def test_goalkeepers_praised_by_a_man() -> None:
    assert _aide("Timo Valk praised the goalkeepers after the draw.") == []
