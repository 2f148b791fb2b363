"""A stand-in told by the team he prepares or the players he looks after until the post is filled: "Until a
new coach is named, the under-23 coach X will prepare the team", "Under-20s coach X will look after the
players until a new man is found". He is the senior side's stand-in, his youth title his own post. Near
miss: a man who prepares the team for a new season with no post open is no stand-in."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_LEAD = "Oakfield Rovers have sacked Piet Lammers after a run of six defeats. "


def _brandt(text: str) -> set[tuple[str, str, str]]:
    return {(f["squad"], f["role"], f["event"]) for f in facts_of(text) if f["coach"] == "Tomas Brandt"}


def test_prepares_the_team_until_a_coach_is_named() -> None:
    found = _brandt(
        _LEAD + "Until a new coach is named, the under-23 coach Tomas Brandt will prepare the team."
    )
    assert ("first_team", "caretaker", "appointed") in found
    assert ("u23", "head_coach", "in_charge") in found


def test_looks_after_the_players_until_a_new_man_is_found() -> None:
    found = _brandt(
        _LEAD + "Under-20s coach Tomas Brandt will look after the players until a new man is found."
    )
    assert ("first_team", "caretaker", "appointed") in found


def test_prepares_for_a_new_season_is_no_stand_in() -> None:
    text = (
        "Oakfield Rovers have named Piet Lammers manager. Tomas Brandt will prepare the team for the season."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") not in keys_of(text)
