"""Staff whose new deals are told beside their boss's: "Assistant A and goalkeeping coach B also sign new
deals", "His assistant A, who was his number two at C, signs a new deal as well", "A, who worked alongside
him at C, and B have also re-signed": each aide extends at the club where the story told the head
coach's extension (not at a club his aside names). Not a second squad's coach at that club (his own squad
stands), nor a story with two head coaches' extensions at two clubs. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_EXTENDED = "Port Vale have extended the contract of head coach Rolf Danner until the end of 2027. "


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            _EXTENDED + "Assistant coach Ivo Marsh and goalkeeping coach Ken Tully also sign new deals.",
            ("Ivo Marsh", "Port Vale", "first_team", "extended"),
            id="staff_also_sign_new_deals",
        ),
        pytest.param(
            _EXTENDED + "His long-time assistant Ivo Marsh, who was also his number two at Walsall, signs a "
            "new deal as well.",
            ("Ivo Marsh", "Port Vale", "first_team", "extended"),
            id="aide_with_past_club_aside_signs_as_well",
        ),
        pytest.param(
            _EXTENDED + "Assistant coach Ivo Marsh, who worked alongside Danner at Walsall, and goalkeeping "
            "coach Ken Tully have also re-signed.",
            ("Ken Tully", "Port Vale", "first_team", "extended"),
            id="listed_aides_with_past_club_aside_also_re_signed",
        ),
    ],
)
def test_aides_extend_at_their_boss_club(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_the_past_club_has_no_new_deal() -> None:
    text = (
        _EXTENDED + "His long-time assistant Ivo Marsh, who was also his number two at Walsall, signs a new "
        "deal as well."
    )
    assert ("Ivo Marsh", "Walsall", "first_team", "extended") not in keys_of(text)


def test_another_squads_coach_keeps_his_squad() -> None:
    """Near miss: the club's women's coach extended too keeps the women's side."""
    text = (
        "Bristol City have extended the contract of head coach Rolf Danner until 2027. Bristol City Women "
        "manager Clara Voss was also extended, through 2026."
    )
    assert ("Clara Voss", "Bristol City", "first_team", "extended") not in keys_of(text)


def test_two_bosses_extended_at_two_clubs_move_no_one() -> None:
    """Near miss: two clubs' extensions in one round-up: the aide's deal is not placed by either."""
    text = (
        "Port Vale have extended the contract of head coach Rolf Danner. Walsall have extended the contract "
        "of manager Tom Crane. Assistant Ivo Marsh, who came with Danner from Crewe, has also signed a new "
        "deal with Crewe Alexandra."
    )
    assert ("Ivo Marsh", "Port Vale", "first_team", "extended") not in keys_of(text)
