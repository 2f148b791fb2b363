"""A country named only as a place — where a man's new club is ('leaves to join a side in Portugal') or
where he comes from ('will arrive from Germany') — is no post with its national team. Its team named
('joins Portugal as an assistant', 'the Portugal national team', "Germany's under-21 team") stays a post.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Fitness coach Rui Mota leaves to join a side in Portugal.", "Portugal"),
        ("Fitness coach Rui Mota has left to coach at a club in Portugal.", "Portugal"),
        ("New goalkeeping coach Ivo Lenz will arrive from Germany next week.", "Germany"),
        # (a relative clause telling a place or a move: still no post with the team)
        (
            "New goalkeeping coach Ivo Lenz arrives from Germany, where he coached Mainz's under-19s.",
            "Germany",
        ),
        ("New goalkeeping coach Ivo Lenz comes from Germany, which he left in the spring.", "Germany"),
    ],
)
def test_country_as_a_place_is_no_national_post(sentence: str, country: str) -> None:
    keys = keys_of(f"Ulsan have appointed Kim Pan-gon. {sentence}", "2024-06-20")
    assert not any(k[1] == country for k in keys)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fitness coach Rui Mota leaves to join Portugal as an assistant.",
            ("Rui Mota", "Portugal", "national", "appointed"),
        ),
        (
            "Fitness coach Rui Mota leaves to join the Portugal national team.",
            ("Rui Mota", "Portugal", "national", "appointed"),
        ),
        (
            "His assistant Ivo Lenz arrives from Germany's under-21 team.",
            ("Ivo Lenz", "Germany", "national_u21", "left"),
        ),
    ],
)
def test_near_miss_team_named_stays_a_post(sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(f"Ulsan have appointed Kim Pan-gon. {sentence}", "2024-06-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "Addo arrives from Ghana, whom he led to the World Cup.",
        "Addo comes from Ghana, which he took to the Cup of Nations.",
    ],
)
def test_near_miss_country_then_the_team_he_led_stays_a_post(sentence: str) -> None:
    # the relative clause makes the country the team he led, not the place he comes from
    keys = keys_of(f"Hearts have appointed Otto Addo. {sentence}", "2024-06-20")
    assert any(k[0] == "Otto Addo" and k[1] == "Ghana" and k[2] == "national" for k in keys), keys
