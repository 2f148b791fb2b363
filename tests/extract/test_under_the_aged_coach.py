"""'Under the 33-year-old X, C reached the Europa League group stage': the man told by his age after 'under'
is the club's coach, as 'Under X, C …' is. Not a player the club fielded ('the 19-year-old X scored')."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Hull City have sacked Erik Lund. "


def test_under_the_aged_coach_the_club_achieved() -> None:
    text = _LEAD + "Under the 33-year-old Lund, Hull reached the FA Cup semi-final."
    assert ("Erik Lund", "Hull City", "first_team", "in_charge") in keys_of(text)


def test_a_young_scorer_is_no_coach() -> None:
    text = "Hull City beat Leeds 2-0. The 19-year-old Tom Berg scored twice for Hull."
    assert not {f for f in keys_of(text) if f[0] == "Tom Berg"}


def test_the_mariners_of_a_mohun_bagan_story() -> None:
    """Mohun Bagan's nickname 'the Mariners' names it in a story about Mohun Bagan (Grimsby's elsewhere)."""
    text = "Mohun Bagan have sacked Erik Lund. Under Lund, the Mariners lifted the Durand Cup."
    assert ("Erik Lund", "Mohun Bagan Super Giant", "first_team", "in_charge") in keys_of(text)
    grimsby = "Grimsby Town have sacked Erik Lund. Under Lund, the Mariners won promotion."
    assert ("Erik Lund", "Grimsby Town", "first_team", "in_charge") in keys_of(grimsby)
