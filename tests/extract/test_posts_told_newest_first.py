"""Two posts a man took, told in one sentence: the first told ends when the second begins ('appointed
coach of the under-14s in 2019, before moving up to the B team in 2021'), unless the second is dated
before it. News often tells the newest post first and the one before it in a clause after ('arrives
from C, where he only took over in February'): that is no move away from the newest. Written for these
tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_club_he_arrives_at_is_not_left() -> None:
    text = (
        "Wigan Athletic have appointed Tom Reese as head coach on Monday. "
        "Reese arrives on Monday from Fulham, where he only took over in February."
    )
    keys = keys_of(text, "2024-06-10")
    assert ("Tom Reese", "Wigan Athletic", "first_team", "appointed") in keys
    assert ("Tom Reese", "Wigan Athletic", "first_team", "left") not in keys


def test_a_later_post_at_another_club_told_second_is_not_the_first_ones_end() -> None:
    text = (
        "Ipswich Town have sacked Ed Marsh. "
        "Marsh had only taken charge at Ipswich in January, after he took over at Luton Town in 2021."
    )
    assert ("Ed Marsh", "Ipswich Town", "first_team", "left") not in keys_of(text, "2024-06-10")


def test_a_move_told_in_order_still_ends_the_first_post() -> None:
    text = (
        "Everton have promoted Ben Hale to the first team. "
        "Hale was appointed coach of the under-18s in 2019 and was named coach of the under-21s in 2022."
    )
    assert ("Ben Hale", "Everton", "u18", "left") in keys_of(text, "2024-06-10")
