"""Reference data: "Mumbai" is how the press names Mumbai City FC once the story has named the club (a
context alias), and Tunis is a city, never a person (a "Tunis (TAP) -" dateline, then "the Espérance of
Tunis"). General knowledge of the Indian Super League and of Tunisia's capital. Written for these tests in
our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_mumbai_after_the_club_is_named_is_mumbai_city() -> None:
    keys = keys_of(
        "Kerala Blasters have appointed Ravi Menon, who arrives from Mumbai City. Menon won the ISL Cup with "
        "Mumbai in 2022.",
        "2024-06-20",
    )
    assert ("Ravi Menon", "Mumbai City FC", "first_team", "in_charge") in keys
    assert not any(k[0] == "Mumbai" for k in keys)


def test_near_miss_mumbai_as_a_home_town_names_no_club() -> None:
    keys = keys_of(
        "Kerala Blasters have appointed Ravi Menon. Menon, who grew up in Mumbai, previously coached "
        "Chennaiyin.",
        "2024-06-20",
    )
    assert not any("Mumbai" in k[1] or k[0] == "Mumbai" for k in keys)


def test_tunis_is_no_coach() -> None:
    keys = keys_of(
        "Tunis (TAP) - Tunisia sacked Adel Sassi on Sunday. Kouki, a seasoned tactician who once ran "
        "the Espérance of Tunis and later Raja Casablanca, was named on Monday.",
        "2024-06-20",
    )
    assert not any(k[0] == "Tunis" for k in keys)
