"""A candidate 'on the Tigers' shortlist' (a club told by a plural nickname, its possessive a bare
apostrophe) is linked to that club, as 'on Hull's shortlist' already was; a shortlist for an award, or
a list with no owner, is read as before."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Hull City dismissed manager Tom Reed on Saturday after a sixth straight defeat. "


def test_on_the_plural_nicknames_shortlist() -> None:
    keys = keys_of(_LEAD + "Jack Hale, sacked by Derby County in May, is also on the Tigers' shortlist.")
    assert ("Jack Hale", "Hull City", "first_team", "linked") in keys


def test_curly_apostrophe_too() -> None:
    keys = keys_of(_LEAD + "Ex-Wigan Athletic manager Jack Hale is said to be on the Tigers’ shortlist.")
    assert ("Jack Hale", "Hull City", "first_team", "linked") in keys


def test_a_players_award_shortlist_is_no_link() -> None:
    keys = keys_of(
        _LEAD + "Midfielder Jack Hale is on the Tigers' shortlist for the player of the year award."
    )
    assert not any(event == "linked" for _, _, _, event in keys)
