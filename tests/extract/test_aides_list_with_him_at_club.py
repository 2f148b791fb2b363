"""A list of titled aides told beside their boss at a club without "worked": "his assistant A and fitness
coach B, who were with him at C", "the assistant A and the fitness coach B, both with him at C", "his
assistants A and B, who also work with him at C" give each aide a spell at C. Near misses: a man with him at
no club ("at the airport"), and untitled men "both with him" on a day, read no spell."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Harwich Town have appointed Piet Lammers as their new manager. "


def _spells(text: str) -> set[tuple[str, str]]:
    return {(coach, club) for coach, club, _squad, event in keys_of(_LEAD + text) if event == "in_charge"}


def test_titled_list_who_were_with_him_at_a_club() -> None:
    found = _spells(
        "Lammers arrives with his assistant Tomas Brandt and fitness coach Jan Vos, who were with him at "
        "Oakfield Rovers."
    )
    assert {("Tomas Brandt", "Oakfield Rovers"), ("Jan Vos", "Oakfield Rovers")} <= found


def test_titled_list_both_with_him_at_a_club() -> None:
    found = _spells(
        "He brings the assistant Tomas Brandt and the fitness coach Jan Vos, both with him at "
        "Oakfield Rovers."
    )
    assert {("Tomas Brandt", "Oakfield Rovers"), ("Jan Vos", "Oakfield Rovers")} <= found


def test_present_work_with_him_at_a_club() -> None:
    found = _spells(
        "Lammers will be joined by his assistants Tomas Brandt and Jan Vos, who also work with him at "
        "Oakfield Rovers."
    )
    assert {("Tomas Brandt", "Oakfield Rovers"), ("Jan Vos", "Oakfield Rovers")} <= found


def test_no_club_no_spell() -> None:
    assert not {c for c, _ in _spells("Lammers brings Tomas Brandt, who were with him at the airport.")} & {
        "Tomas Brandt"
    }
    found = _spells("Lammers arrives with Tomas Brandt and Jan Vos, both with him yesterday at the club.")
    assert not {c for c, _ in found} & {"Tomas Brandt", "Jan Vos"}
