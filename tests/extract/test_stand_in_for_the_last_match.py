"""A stand-in named for the one game left: "X, coach of the under-20s, will lead the team in the last match
of the season" is told as "in the last two matches" is, the senior side's stand-in while the post is open,
his youth title his own post. Near miss: the coach in post previewing the last match is no new stand-in."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def test_youth_coach_leads_the_team_in_the_last_match() -> None:
    text = (
        "Oakfield Rovers have sacked Piet Lammers after a run of six defeats. Tomas Brandt, coach of the "
        "under-20s, will lead the team in the last match of the season."
    )
    found = {(f["squad"], f["role"], f["event"]) for f in facts_of(text) if f["coach"] == "Tomas Brandt"}
    assert ("first_team", "caretaker", "appointed") in found
    assert ("u20", "head_coach", "in_charge") in found


def test_coach_in_post_previews_the_last_match() -> None:
    text = (
        "Oakfield Rovers have named Piet Lammers manager until 2027. Lammers will lead the team in the last "
        "match of the season."
    )
    assert ("Piet Lammers", "Oakfield Rovers", "first_team", "in_charge") not in keys_of(text)
