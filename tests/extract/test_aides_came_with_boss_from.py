"""'A and B, who arrived with him from C, have also signed new contracts': the club an aide came from with
his boss, told in a relative clause closed before the main verb, is not the post the sentence tells
(attribution `_came_with_boss_from`)."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_EXTENDED = "Hibernian have extended the contract of head coach Colin Baird until 2027. "


def _aides(text: str) -> set[tuple[str, str, str, str]]:
    return {k for k in keys_of(_EXTENDED + text, "2024-05-01") if k[0] in ("Paul Greig", "Tom Aird")}


def test_staff_new_deals_are_at_the_storys_club() -> None:
    keys = _aides(
        "The assistant Paul Greig and the fitness coach Tom Aird, who arrived with him from Aberdeen, "
        "have also signed new contracts."
    )
    assert ("Paul Greig", "Hibernian", "first_team", "extended") in keys
    assert ("Tom Aird", "Hibernian", "first_team", "extended") in keys
    assert not any(k[1] == "Aberdeen" for k in keys)


def test_following_him_from_the_club_still_reads_that_club() -> None:
    # near-miss: the follow-him reading ends on the club itself (his exit from it), which stays
    keys = _aides("His assistant Paul Greig, who followed him from Aberdeen, has also agreed a new deal.")
    assert ("Paul Greig", "Aberdeen", "first_team", "left") in keys
    assert ("Paul Greig", "Hibernian", "first_team", "extended") in keys
