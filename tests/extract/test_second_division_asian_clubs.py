"""The 2024 J2 League and K League 2 clubs the reference data lacked (Tochigi SC, Bucheon FC 1995, …) are
clubs, and "E-Land" alone is Seoul E-Land (no man's name); a J2 club's home city alone ("Kumamoto") is only
a context alias."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Tochigi SC have sacked Kazuaki Tasaka.",
            ("Kazuaki Tasaka", "Tochigi SC", "first_team", "dismissed"),
        ),
        (
            "Bucheon FC 1995 have extended the contract of Lee Young-min.",
            ("Lee Young-min", "Bucheon FC 1995", "first_team", "extended"),
        ),
    ],
)
def test_second_division_club_is_read(text, fact):
    assert fact in keys_of(text)


def test_e_land_alone_is_the_club_not_a_man():
    found = keys_of(
        "Seoul E-Land have appointed Lee Sang-min. He replaces Choi Jae-ho, who parted ways with E-Land "
        "after a single season."
    )
    assert {coach for coach, _, _, _ in found} == {"Lee Sang-min", "Choi Jae-ho"}
    assert {club for _, club, _, _ in found} == {"Seoul E-Land"}


def test_home_city_alone_is_no_club():
    # near miss: the city he lived in, no Roasso Kumamoto named
    found = keys_of("Gamba Osaka have appointed Dani Poyatos, who lived in Kumamoto for a year.")
    assert {club for _, club, _, _ in found} == {"Gamba Osaka"}
