"""A name right after 'looked at' is a man the club considered, not a club he worked at, even when his
given name is one the reference data does not know: 'the board had also looked at Somchai Wattanapong, the
former Thailand coach' links him. A name after a bare 'at' in a coaching sentence is still the club he
worked at. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _people(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "P"]


def test_unfamiliar_name_after_looked_at_is_a_man() -> None:
    assert _people("The board had also looked at Somchai Wattanapong, the former Thailand coach.") == [
        "Somchai Wattanapong"
    ]


def test_looking_at_with_an_unfamiliar_name() -> None:
    assert _people("The club are looking at Tendai Marufu, the former Bulawayo coach.") == ["Tendai Marufu"]


def test_the_considered_man_is_linked() -> None:
    text = (
        "Hull City sacked Tom Baker on Monday. The board had also looked at Somchai Wattanapong, the coach."
    )
    assert ("Somchai Wattanapong", "Hull City", "first_team", "linked") in keys_of(text)


def test_bare_at_in_a_coaching_sentence_is_still_a_club() -> None:
    keys = keys_of("Tom Baker previously coached at Kelbridge Rovers, the club said.")
    assert ("Tom Baker", "Kelbridge Rovers", "first_team", "in_charge") in keys
