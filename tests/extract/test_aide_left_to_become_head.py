"""'His assistant X left in May for Ross County, where he became manager': the aide's title before his name is
his old post; the words after the new club tell the post he took there (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Falkirk sacked Neil Orr. "


def _roles_at(text: str, club: str) -> set[str]:
    return {f["role"] for f in facts_of(text) if f["coach"] == "Sam Lorne" and f["club"] == club}


@pytest.mark.parametrize(
    "aide",
    [
        "His assistant Sam Lorne left in May for Ross County, where he became manager.",
        "His assistant Sam Lorne left last summer for Ross County to become their head coach.",
    ],
)
def test_the_aide_who_left_to_become_a_head_coach(aide: str) -> None:
    assert _roles_at(_SACKED + aide, "Ross County") == {"head_coach"}


def test_near_miss_the_aide_who_left_to_be_an_aide_again() -> None:
    text = _SACKED + "His assistant Sam Lorne left in May for Ross County, where he became an assistant."
    assert "head_coach" not in _roles_at(text, "Ross County")
