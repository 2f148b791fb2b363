"""'had been at the helm of C since 2022', 'X, at the head of C since 2015, …': a spell told by the post's
place, like 'in charge of C'; 'the arrival of X at the head of C' is the arrival, no spell of its own
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Gil Vicente have appointed Vitor Campelos as head coach. "


def _spells(text: str) -> dict[str, str | None]:
    return {f["club"]: f["date"] for f in facts_of(text) if f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Campelos had been at the helm of Moreirense since 2021.", "2021-01-01"),
        ("Campelos was at the head of Moreirense from 2019 to 2022.", "2019-01-01"),
        ("Campelos, at the helm of Moreirense since March 2020, left by mutual consent.", "2020-03-01"),
    ],
)
def test_a_spell_told_by_the_helm_or_the_head_of_a_club(sentence: str, start: str) -> None:
    assert _spells(_NEWS + sentence).get("Moreirense") == start


def test_the_arrival_of_a_man_at_the_head_of_a_club_is_no_spell_of_its_own() -> None:
    text = "Moreirense confirmed on Monday the arrival of Vitor Campelos at the head of the team."
    assert "Moreirense" not in _spells(text)
