"""A subjectless move after an aide's spell ("was an assistant at C before joining D as head coach") names
his new head coach's post; without the title ("before joining D", "before joining D's staff") the move
stays the aides' to tell."""

from __future__ import annotations

from extract_helpers import facts_of

LEAD = "Hull City have appointed Tom Short as head coach. "


def _appointed_at(text: str, club: str) -> bool:
    return any(
        f["coach"] == "Tom Short" and f["club"] == club and f["event"] == "appointed"
        for f in facts_of(LEAD + text, "2025-10-08")
    )


def test_an_aide_moving_on_as_head_coach_is_appointed() -> None:
    assert _appointed_at(
        "Short was an assistant at Burnley before joining Stoke City as head coach.", "Stoke City"
    )


def test_an_aide_moving_on_without_a_title_is_not() -> None:
    for text in (
        "Short was an assistant at Burnley before joining Stoke City.",
        "Short was an assistant at Burnley before joining Stoke City's staff.",
    ):
        assert not _appointed_at(text, "Stoke City"), text
