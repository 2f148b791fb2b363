"""A man titled by a youth post who takes charge of the senior team for a while ('will take charge of
training today', 'in the meantime', 'until a permanent replacement is found', 'In the interim, the coach
of the U20s, X, will take charge') stands in: a caretaker, who keeps his youth post (no exit from it).
'The previous U23 coach X takes over' and a step up with no such words still leave the youth post.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _posts(text: str, coach: str) -> set[tuple[str, str, str]]:
    return {(f["squad"], f["role"], f["event"]) for f in facts_of(text) if f["coach"] == coach}


@pytest.mark.parametrize(
    ("text", "coach", "squad"),
    [
        (
            "Hull sacked their manager. Under-21 head coach Tom Briggs will take charge of training today.",
            "Tom Briggs",
            "first_team",
        ),
        (
            "Hull sacked their manager. Under-21 coach Tom Briggs will take charge of the side in the "
            "meantime.",
            "Tom Briggs",
            "first_team",
        ),
        (
            "Hull sacked their manager. Hull's under-21 coach Tom Briggs will oversee the first team until a "
            "permanent replacement is found.",
            "Tom Briggs",
            "first_team",
        ),
        # the youth title told before the name, with a comma
        (
            "Peru parted ways with their coach. In the interim, the coach of the under-20s, Tomás Quispe, "
            "will take charge of the team for the October friendlies.",
            "Tomás Quispe",
            "national",
        ),
    ],
)
def test_youth_coach_standing_in_keeps_his_post(text: str, coach: str, squad: str) -> None:
    posts = _posts(text, coach)
    assert (squad, "caretaker", "appointed") in posts
    assert not any(event == "left" for _, _, event in posts)


@pytest.mark.parametrize(
    "text",
    [
        "Hull sacked their manager. The previous U23 coach Tom Briggs takes over the first team for now.",
        "Hull sacked their manager, with under-21 coach Tom Briggs taking over until the end of the season.",
    ],
)
def test_youth_post_left_otherwise(text: str) -> None:
    assert any(event == "left" for _, _, event in _posts(text, "Tom Briggs"))


def test_for_now_told_of_another_clause_is_no_stand_in() -> None:
    # "in the meantime" tells the club's search, not the youth coach's charge
    text = (
        "Hull sacked their manager. Under-21 coach Tom Briggs will take charge of the first team until the "
        "summer, and the club will search for a permanent coach in the meantime."
    )
    assert not any(role == "caretaker" for _, role, _ in _posts(text, "Tom Briggs"))
