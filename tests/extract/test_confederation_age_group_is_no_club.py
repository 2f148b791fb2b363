"""A confederation's acronym before an age group ("the AFC U20 Asian Cup", "CAF U-17") names a
competition, not a club: "AFC" is also a club prefix, but a club's name has a word of its own."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import run_mentions


def _clubs(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "C"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She took Vietnam to the AFC U20 Women's Asian Cup last spring.",
        "He took Uzbekistan to the last four of the AFC U-23 Asian Cup.",
        "Mali reached the final of the CAF U17 Africa Cup of Nations under him.",
    ],
)
def test_confederation_age_group_names_no_club(sentence: str) -> None:
    assert not any(name.startswith(("AFC U", "CAF U")) for name in _clubs(sentence))


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("He coached AFC Bournemouth's under-21 side for two seasons.", "AFC Bournemouth"),
        ("Johnson left AFC Fylde in the summer.", "AFC Fylde"),
    ],
)
def test_club_prefix_with_a_name_is_still_a_club(sentence: str, club: str) -> None:
    """Near misses: the prefix before a name word of the club's own."""
    assert club in _clubs(sentence)
