"""Aides a new coach brings, told in word orders the other bring rules miss: 'brings A with him from C as
an assistant coach' (A leaves C too), 'brings along his compatriot A as fitness coach', 'has added A as his
assistant', 'has brought club legend A onto his staff as an assistant', 'brings A from the university as his
assistant', 'brings as adjuncts A and B', 'As assistants X takes A and B with him', 'brings from C his
assistant A and the fitness coach B'. A player taken off, a man added to a speech, someone taken under a
wing is no aide."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Racing Ferrol have appointed Jonas Vik as head coach on a two-year deal. "


@pytest.mark.parametrize(
    ("tail", "aides"),
    [
        ("Vik brings Arne Holt with him from Lillestrom as an assistant coach.", ["Arne Holt"]),
        ("Vik brings along his compatriot Arne Holt as fitness coach.", ["Arne Holt"]),
        ("He has added Arne Holt as his assistant for the rest of the season.", ["Arne Holt"]),
        ("Vik has brought club legend Arne Holt onto his staff as an assistant.", ["Arne Holt"]),
        ("He brings Arne Holt from the university as his assistant.", ["Arne Holt"]),
        ("The Norwegian brings as adjuncts Arne Holt and Pal Berge.", ["Arne Holt", "Pal Berge"]),
        ("As assistants Vik takes Arne Holt and Pal Berge with him.", ["Arne Holt", "Pal Berge"]),
        (
            "Vik brings from Lillestrom his assistant Arne Holt and the fitness coach Pal Berge.",
            ["Arne Holt", "Pal Berge"],
        ),
    ],
)
def test_aide_brought_by_the_new_man_joins_his_club(tail: str, aides: list[str]) -> None:
    keys = keys_of(LEAD + tail)
    for aide in aides:
        assert (aide, "Racing Ferrol", "first_team", "appointed") in keys


def test_aide_brought_from_a_club_leaves_it() -> None:
    keys = keys_of(LEAD + "Vik brings Arne Holt with him from Lillestrom as an assistant coach.")
    assert ("Arne Holt", "Lillestrøm", "first_team", "left") in keys


@pytest.mark.parametrize(
    "tail",
    [
        "Vik added that Arne Holt had been a fine captain.",
        "As a player, Vik took Arne Holt under his wing.",
        "Vik took Arne Holt off at half-time as a precaution.",
        "Vik brings Arne Holt back into the side as captain.",
    ],
)
def test_no_aide_without_a_staff_title(tail: str) -> None:
    keys = keys_of(LEAD + tail)
    assert not any(k[0] == "Arne Holt" and k[3] in ("appointed", "left") for k in keys)
