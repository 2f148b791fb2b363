"""Candidates a club interviews, and shortlists told by their size, their club or 'made the shortlist'."""

from extract_helpers import keys_of

CANDIDATE = ("Ross Keane", "Aberdeen", "first_team", "linked")


def test_club_interviews_its_candidates() -> None:
    assert CANDIDATE in keys_of("Aberdeen will interview Ross Keane this week.")
    facts = keys_of("Aberdeen have interviewed Ross Keane and Colin Dade.")
    assert {CANDIDATE, ("Colin Dade", "Aberdeen", "first_team", "linked")} <= facts


def test_interviewed_by_the_club() -> None:
    assert CANDIDATE in keys_of("Ross Keane has been interviewed by Aberdeen.")


def test_shortlist_by_its_size_or_club() -> None:
    assert CANDIDATE in keys_of("Ross Keane is on a four-man shortlist drawn up by Aberdeen.")
    assert CANDIDATE in keys_of("Ross Keane is on the Aberdeen shortlist.")
    assert CANDIDATE in keys_of("Ross Keane has made the shortlist for the Aberdeen job.")


def test_interviews_by_the_press_and_award_shortlists_are_not_links() -> None:
    assert not keys_of("BBC Scotland interviewed Ross Keane after the match.")
    assert not keys_of("Aberdeen will interview their new striker on Friday.")
    assert not keys_of("Ross Keane has made the shortlist for the manager of the month award.")
    assert ("Ross Keane", "Aberdeen", "first_team", "linked") not in keys_of(
        "Aberdeen manager Ross Keane was interviewed by Sky after the game."
    )
