"""Israel's Premier League of 2015-16 to 2024-25: the clubs that were missing (Hapoel Ra'anana, Hapoel
Hadera, Sektzia Ness Ziona, Hapoel Nof HaGalil …) are read, and Kiryat Shmona's club goes by its full
name, Hapoel Ironi Kiryat Shmona, which the press shortens either way ("Hapoel Kiryat Shmona", "Ironi
Kiryat Shmona"). Towns alone ("Hadera", "Tiberias", "Kiryat Shmona") are context aliases only.

Invented sentences; the clubs are real members of that league (pipeline/reference/README.md)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Hapoel Kiryat Shmona have appointed Avi Dahan as head coach.",
            "Avi Dahan",
            "Hapoel Ironi Kiryat Shmona",
            "appointed",
        ),
        (
            "Ironi Kiryat Shmona sacked coach Eli Shamir on Monday.",
            "Eli Shamir",
            "Hapoel Ironi Kiryat Shmona",
            "dismissed",
        ),
        ("Hapoel Ra'anana sacked coach Yossi Amar on Friday.", "Yossi Amar", "Hapoel Ra'anana", "dismissed"),
        (
            "Hapoel Hadera have appointed Moti Levin as head coach.",
            "Moti Levin",
            "Hapoel Hadera",
            "appointed",
        ),
        (
            "Sektzia Ness Ziona confirmed that coach Nir Golan had left.",
            "Nir Golan",
            "Sektzia Ness Ziona",
            "left",
        ),
    ],
)
def test_a_premier_league_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


@pytest.mark.parametrize("word", ["Hadera", "Tiberias", "Kiryat Shmona", "Ashkelon", "Ness Ziona"])
def test_towns_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
