"""'X will have as assistant his former teammate Y': the aide is the man named after the possessor
('his' read as X), not X. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_NEWS = "Partizan have appointed Savo Milošević as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Milošević will have as assistant his one-time teammate Dragan Rakić.",
        "Milošević will have as assistant his old friend Dragan Rakić.",
        "Milošević will have as assistant coach his compatriot Dragan Rakić.",
    ],
)
def test_aide_after_a_possessor_is_appointed(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-10-17")
    assert ("Dragan Rakić", "Partizan Belgrade", "first_team", "appointed") in keys


def test_the_possessor_is_no_aide() -> None:
    facts = facts_of(
        _NEWS + "Milošević will have as assistant his one-time teammate Dragan Rakić.", "2024-10-17"
    )
    assert sum(1 for f in facts if f["coach"] == "Savo Milošević") == 1
