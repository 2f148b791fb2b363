"""An aide's past post told by his title beside the club: "X, a former assistant coach of C", "X, former
assistant of the C selection", "X had a spell as C's assistant manager" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Aberdeen have named Colin Muir as manager. He will be joined by Ross Penman. "


def _spells(text: str) -> set[tuple[str, str, str]]:
    return {
        (f["club"], f["squad"], f["role"])
        for f in facts_of(text)
        if f["coach"] == "Ross Penman" and f["event"] == "in_charge"
    }


@pytest.mark.parametrize(
    ("sentence", "club", "squad"),
    [
        (
            "Penman, a former assistant coach of Dundee United, arrives from Livingston.",
            "Dundee United",
            "first_team",
        ),
        ("Penman, former assistant of the Wales selection, knows the league well.", "Wales", "national"),
        ("Penman also had a spell as Dundee United's assistant manager.", "Dundee United", "first_team"),
        ("Penman also had a spell as Dundee United assistant.", "Dundee United", "first_team"),
    ],
)
def test_aide_past_post_by_title(sentence: str, club: str, squad: str) -> None:
    assert (club, squad, "assistant_coach") in _spells(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a player's past: no coaching title
        "Penman, a former player of Dundee United, arrives from Livingston.",
        "Penman also had a spell as Dundee United's captain.",
    ],
)
def test_no_post_of_a_player(sentence: str) -> None:
    assert not {s for s in _spells(_LEAD + sentence) if s[0] == "Dundee United"}
