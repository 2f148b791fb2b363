"""A story about a club (its accounts, a stand, a sale) whose headline opens on the club and whose lead
names it first is that club's story: a coach's change told in passing with no club named is that club's,
even when the career lines of its coaches name another club more often."""

from __future__ import annotations

from extract_helpers import keys_of

_TEXT = (
    "{lead} have opened a new training centre at their Meadowbank site, the board said on Friday. "
    "The news comes in a week of change on the bench. Tomas Berg was dismissed on Sunday after a third "
    "straight defeat. Berg had previously coached Kilmarnock, Ross County and Aberdeen. "
    "The club named Anders Vik, a former Aberdeen coach, as his successor on Monday."
)


def test_the_headline_and_lead_club_is_the_storys() -> None:
    text = _TEXT.format(lead="Hibernian")
    keys = keys_of(text, "2024-03-12", title="Hibernian open their new training centre")
    assert ("Tomas Berg", "Hibernian", "first_team", "dismissed") in keys
    assert ("Anders Vik", "Hibernian", "first_team", "appointed") in keys
    assert ("Tomas Berg", "Aberdeen", "first_team", "dismissed") not in keys


def test_a_lead_opening_on_another_club_is_no_such_story() -> None:
    # the headline's club is not the one the lead names first: the club named most is the story's
    text = _TEXT.format(lead="Aberdeen")
    keys = keys_of(text, "2024-03-12", title="Hibernian open their new training centre")
    assert ("Tomas Berg", "Hibernian", "first_team", "dismissed") not in keys
