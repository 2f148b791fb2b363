"""An aide's post told with his boss's club and then the move with him: "X was Y's assistant at A before
following him to B", "… at A, followed him to B", "… at A and then following him to B" tell that the boss
coached B too (the aide's own spell there is read beside him). Not a place that is no club after "to".
Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = "Grimsby Town have appointed Neil Okafor as head coach. "


def test_before_following_him_to_a_club() -> None:
    keys = keys_of(
        _STORY + "Okafor was Gary Tennant's assistant at Crewe Alexandra before following him to Walsall."
    )
    assert ("Gary Tennant", "Walsall", "first_team", "in_charge") in keys
    assert ("Neil Okafor", "Walsall", "first_team", "in_charge") in keys


def test_followed_him_set_off_by_a_comma() -> None:
    text = "He was Gary Tennant's assistant at Crewe Alexandra, followed him to Walsall in 2018."
    keys = keys_of(_STORY + text)
    assert ("Gary Tennant", "Walsall", "first_team", "in_charge") in keys


def test_and_then_following_him() -> None:
    text = "Okafor served as Gary Tennant's assistant at Crewe Alexandra and then following him to Walsall."
    assert ("Gary Tennant", "Walsall", "first_team", "in_charge") in keys_of(_STORY + text)


def test_the_shared_club_and_the_new_post_stay() -> None:
    keys = keys_of(
        _STORY + "Okafor was Gary Tennant's assistant at Crewe Alexandra before following him to Walsall."
    )
    assert ("Neil Okafor", "Walsall", "first_team", "in_charge") in keys
    assert ("Gary Tennant", "Crewe Alexandra", "first_team", "in_charge") in keys
    assert ("Neil Okafor", "Grimsby Town", "first_team", "appointed") in keys


def test_following_him_to_no_club_reads_no_spell() -> None:
    # near-miss: a region, not a club, after "following him to"
    keys = keys_of(
        _STORY + "Okafor was Gary Tennant's assistant at Crewe Alexandra before following him to the coast."
    )
    assert not any(k[0] == "Gary Tennant" and k[1] not in ("Crewe Alexandra",) for k in keys), keys
