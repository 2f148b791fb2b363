"""A title opening the sentence with the man named in an apposition right after it ('The physical
trainer, the Italian Luca Brandi, joined the staff in March') is that man's title, not a reference back
to the head coach named before: Brandi joins as fitness coach, and the head coach gets no second
appointment. A descriptor whose apposition names no man ('The Dane, the former Hull City coach, has
signed …') still refers back. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import facts_of

_STORY = (
    "Carrick Town have appointed Dario Fenwick as their new head coach, the club said late on Tuesday. "
    "Fenwick signed a two-year contract. His assistant will be Marco Pellin. "
)


def _appointed(text: str) -> dict[str, str]:
    return {f["coach"]: f["role"] for f in facts_of(_STORY + text, "2024-04-30") if f["event"] == "appointed"}


def test_title_then_nationality_and_name() -> None:
    assert _appointed("The physical trainer, the Italian Luca Brandi, joined the staff in March.") == {
        "Dario Fenwick": "head_coach",
        "Marco Pellin": "assistant_coach",
        "Luca Brandi": "fitness_coach",
    }


def test_title_then_a_nationality_noun_and_name() -> None:
    assert _appointed("The fitness coach, the Dane Luca Brandi, also joins the staff.")["Luca Brandi"] == (
        "fitness_coach"
    )


def test_descriptor_with_an_apposition_naming_no_man_refers_back() -> None:
    text = _STORY + "The Dane, the former Hull City coach, has signed a two-year deal."
    facts = facts_of(text, "2024-04-30")
    assert ("Dario Fenwick", "Hull City", "in_charge") in {(f["coach"], f["club"], f["event"]) for f in facts}
