"""'He will be supported by first-team coach A and goalkeeping coach B': each titled man of a list
opening on a squad's title keeps his post, the second as much as the first (written for these tests
in our own words)."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Hearts have appointed Gary Lyle as head coach. "


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["role"], f["event"]) for f in facts_of(_LEAD + text)}


def test_the_second_titled_aide_after_a_first_team_coach():
    found = _posts("He will be supported by first-team coach Ian Roe and goalkeeping coach Dan Kerr.")
    assert ("Ian Roe", "assistant_coach", "in_charge") in found or (
        "Ian Roe",
        "head_coach",
        "in_charge",
    ) in found
    assert ("Dan Kerr", "goalkeeping_coach", "in_charge") in found


def test_an_aide_titled_list_is_still_read_as_new_aides():
    # the list assisted-by reads: the aides join with him
    found = _posts("He will be supported by assistant Ian Roe and goalkeeping coach Dan Kerr.")
    assert ("Dan Kerr", "goalkeeping_coach", "appointed") in found
    assert ("Dan Kerr", "goalkeeping_coach", "in_charge") not in found
