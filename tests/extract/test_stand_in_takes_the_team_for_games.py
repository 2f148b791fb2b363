"""A man named to take the team for the coming games while the post is open is its stand-in, appointed:
"takes the team for Saturday's game", "will take training for the weekend fixture", "will take the first
team against C on Saturday", "will lead the team in the next two matches" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Dundee United sacked manager Jim Goodwin on Monday. "


def _appointed(text: str, coach: str = "Gary Naysmith") -> set[tuple[str, str]]:
    facts = keys_of(text)
    return {(club, squad) for person, club, squad, event in facts if person == coach and event == "appointed"}


@pytest.mark.parametrize(
    "text",
    [
        "Under-18s coach Gary Naysmith takes the team for Saturday's game at Ross County.",
        "Under-18s coach Gary Naysmith will take training for the weekend fixture.",
        "Under-18s coach Gary Naysmith will take the first team against Aberdeen on Saturday.",
        "Under-18s coach Gary Naysmith will lead the team in the next two matches.",
        "Assistant Gary Naysmith will lead the side in the remaining league games.",
    ],
)
def test_stand_in_named_for_the_games(text: str) -> None:
    assert _appointed(_LEAD + text) == {("Dundee United", "first_team")}


@pytest.mark.parametrize(
    "text",
    [
        # no post open: the manager's own games ahead
        "Dundee United manager Gary Naysmith takes the team for Saturday's game at Ross County.",
        "Dundee United manager Gary Naysmith will lead the team in the next two matches.",
        # training before a game, not "for" it
        "Dundee United manager Gary Naysmith will take training before the game against Aberdeen.",
    ],
)
def test_no_stand_in_without_an_open_post(text: str) -> None:
    assert not _appointed(text)
