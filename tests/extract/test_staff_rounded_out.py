"""Staff who "round out" or "complete" the staff or the group ("Assistant coach A and goalkeeper coach B will
round out the staff", "fitness coach A and analyst B complete the group") join the new coach's staff, as
"A completes the technical team" already does; not a group of players or a season "rounded out" by a result
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Fulwood Rangers have appointed Ivan Petrov as head coach. "


@pytest.mark.parametrize(
    ("staff", "names"),
    [
        (
            "Assistant coach Dale Morrow and goalkeeping coach Leon Hart will round out the staff.",
            ("Dale Morrow", "Leon Hart"),
        ),
        ("Fitness coach Dale Morrow and analyst Leon Hart complete the group.", ("Dale Morrow", "Leon Hart")),
        ("Fitness coach Dale Morrow rounds out the coaching staff.", ("Dale Morrow",)),
    ],
)
def test_staff_who_round_out_the_staff_join_it(staff: str, names: tuple[str, ...]) -> None:
    keys = keys_of(_LEAD + staff)
    for name in names:
        assert (name, "Fulwood Rangers", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "other",
    [
        "Striker Dale Morrow rounded out the scoring in the second half.",
        "Defender Dale Morrow completes the group of summer signings.",
    ],
)
def test_no_staff_post_for_what_is_not_the_staff(other: str) -> None:
    assert ("Dale Morrow", "Fulwood Rangers", "first_team", "appointed") not in keys_of(_LEAD + other)
