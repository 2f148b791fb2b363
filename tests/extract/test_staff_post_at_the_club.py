"""'Y's assistant at the club', 'his number two with the club': the one club the sentence named before
(coreference `_STAFF_POST_AT`), not the club the story is at."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_HIRED = "Hibernian have appointed Colin Baird as head coach. "


def _moffat(text: str) -> set[tuple[str, str, str, str]]:
    return {k for k in keys_of(_HIRED + text, "2024-05-01") if k[0] == "Gary Moffat"}


def test_boss_of_an_assistant_at_the_club_named_before() -> None:
    keys = _moffat(
        "He previously won the Scottish Cup with Aberdeen in 2019 after serving as Gary Moffat's assistant "
        "at the club, and later coached Dundee United."
    )
    assert ("Gary Moffat", "Aberdeen", "first_team", "in_charge") in keys
    assert not any(k[1] == "Hibernian" for k in keys)


def test_number_two_with_the_club_named_before() -> None:
    keys = _moffat(
        "Baird, 44, joined from Aberdeen, where he had been Gary Moffat's number two with the club for "
        "three years."
    )
    assert not any(k[1] == "Hibernian" for k in keys)


def test_several_clubs_named_before_leave_the_club_unsure() -> None:
    # near-miss: two clubs of his playing days; neither is sure to be "the club"
    keys = _moffat("He played for Aberdeen and Dundee before serving as Gary Moffat's assistant at the club.")
    assert not any(k[1] in ("Aberdeen", "Dundee") for k in keys)
