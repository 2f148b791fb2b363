"""A club's own statement naming its new coach: 'X is our new head coach', 'X is the club's new
manager', 'X has become the club's new manager' are appointments at the club in view; the perfect
'has become' dates it to the news's day. A man who is the club's long-serving or former coach, or
who is only 'our new captain', gets no appointment."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

PUBLISHED = "2026-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "Real Oviedo are delighted to announce that Tomas Berg is our new head coach.",
        "Real Oviedo confirm that Tomas Berg, lately at Mirandes, is the club's new manager.",
        "Real Oviedo sacked Nils Dahl on Sunday. Tomas Berg is their new coach.",
        "Real Oviedo can confirm that Tomas Berg has become the team's new head coach.",
    ],
)
def test_the_club_naming_its_new_coach_is_an_appointment(text: str) -> None:
    assert ("Tomas Berg", "Real Oviedo", "first_team", "appointed") in keys_of(text, PUBLISHED)


def test_has_become_the_new_coach_is_todays_news() -> None:
    facts = facts_of("Tomas Berg has become the new manager of Real Oviedo.", PUBLISHED)
    dates = {(f["coach"], f["event"], f["date"]) for f in facts}
    assert ("Tomas Berg", "appointed", PUBLISHED) in dates


@pytest.mark.parametrize(
    "text",
    [
        "Real Oviedo are delighted to announce that Tomas Berg is our new captain.",
        "Real Oviedo confirmed that Tomas Berg is our longest-serving coach.",
        "Real Oviedo confirmed that Tomas Berg is our former head coach.",
    ],
)
def test_no_new_coach_no_appointment(text: str) -> None:
    keys = keys_of(text, PUBLISHED)
    assert ("Tomas Berg", "Real Oviedo", "first_team", "appointed") not in keys


def test_has_joined_as_coach_is_todays_news() -> None:
    facts = facts_of("Tomas Berg has joined Real Oviedo as head coach on a two-year deal.", PUBLISHED)
    dates = {(f["coach"], f["club"], f["event"], f["date"]) for f in facts}
    assert ("Tomas Berg", "Real Oviedo", "appointed", PUBLISHED) in dates


def test_joined_without_a_date_in_the_past_tense_tells_none() -> None:
    facts = facts_of("Tomas Berg joined Real Oviedo as head coach.", PUBLISHED)
    dates = {(f["coach"], f["event"], f["date"]) for f in facts}
    assert ("Tomas Berg", "appointed", None) in dates
