"""Which club a sentence naming none means when the text around it names other clubs only in
passing: a match opponent or venue ('the trip to Ibrox', 'when Scotland host Austria'), another
man's club ('Peru's X'), a club of the appointee's past."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _clubs(text: str, coach: str, event: str, **kw: str) -> set[str]:
    return {f["club"] for f in facts_of(text, **kw) if f["coach"] == coach and f["event"] == event}


@pytest.mark.parametrize(
    "fixture",
    [
        "prepare the team for Sunday's trip to Celtic",
        "take the team for the visit of leaders Celtic",
        "be in the dugout when they host Celtic on Saturday",
        "be in charge when the side face Celtic on Saturday",
    ],
)
def test_club_named_as_a_fixture_is_not_the_post_a_later_clause_takes(fixture: str):
    text = (
        "Dundee United have appointed Jack Ross as head coach. "
        "Ross replaces Tam Cowan, who was sacked last week. "
        f"Interim boss Gary Dunn will {fixture} before Ross takes over next week."
    )
    assert _clubs(text, "Jack Ross", "appointed") == {"Dundee United"}


def test_club_named_after_takes_over_is_still_the_post():
    text = (
        "Jack Ross has left Hibernian. "
        "Interim boss Gary Dunn took training before Ross takes over at Dundee United next week."
    )
    assert "Dundee United" in _clubs(text, "Jack Ross", "appointed")
