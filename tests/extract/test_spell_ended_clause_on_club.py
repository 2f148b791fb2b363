"""A past spell whose end a clause hung on its club tells: 'and C, where his duty ended in May 2023',
'before a spell at English side C that ended after a few months in 2021', 'a stint at C which came to an
end in May 2019' record his departure from C (`left`, dated by the clause) beside the spell. An end told
as a sacking ('which ended with his dismissal') stays a dismissal, and a clause ending something else at
the club ('where the season ended in defeat') tells no departure. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_OPENING = "Hartlepool United have appointed Gareth Webb as manager. "


def _events_at(sentence: str, club: str) -> dict[str, str | None]:
    """Webb's events at the club, each with its date."""
    return {
        f["event"]: f["date"]
        for f in facts_of(_OPENING + sentence, "2024-11-02")
        if f["coach"] == "Gareth Webb" and f["club"] == club
    }


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        (
            "Webb previously managed Grimsby Town, whom he took to the play-offs, and Notts County, "
            "where his duty ended in May 2023.",
            "2023",
        ),
        (
            "Webb coached Grimsby Town before a spell at English side Notts County that ended after "
            "only a few months in 2021.",
            "2021",
        ),
        ("Webb later had a stint at Notts County which came to an end in May 2019.", "2019"),
    ],
)
def test_a_spell_ended_in_a_clause_on_its_club_is_left(sentence: str, year: str) -> None:
    events = _events_at(sentence, "Notts County")
    assert "in_charge" in events
    assert (events.get("left") or "").startswith(year)


def test_the_earlier_club_of_the_list_is_not_left() -> None:
    sentence = (
        "Webb previously managed Grimsby Town, whom he took to the play-offs, and Notts County, "
        "where his duty ended in May 2023."
    )
    assert "left" not in _events_at(sentence, "Grimsby Town")


def test_an_end_told_as_a_sacking_stays_a_dismissal() -> None:
    sentence = "Webb later had a spell as head coach of Notts County, which ended with his dismissal in 2019."
    events = _events_at(sentence, "Notts County")
    assert "dismissed" in events
    assert "left" not in events


def test_something_else_ending_at_the_club_is_no_departure() -> None:
    sentence = "Webb coached Grimsby Town, where the season ended in defeat."
    assert "left" not in _events_at(sentence, "Grimsby Town")
