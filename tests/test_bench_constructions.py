"""bench/constructions.py: every construction fills with every set of names, none is listed twice, and a
construction counts as read only when the event is found for that coach at that club (in the role its kind
names, where it names one)."""

import importlib.util
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_constructions", ROOT / "bench" / "constructions.py")
constructions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(constructions)

_FIELDS = {"X", "C", "Y", "D"}


def _fields(shape: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(shape) if name is not None}


def test_every_construction_names_the_coach_and_known_fields() -> None:
    for event, (lead, shapes) in constructions.CONSTRUCTIONS.items():
        assert _fields(lead) <= _FIELDS, event
        for shape in shapes:
            assert "X" in _fields(shape) and _fields(shape) <= _FIELDS, shape
            # the club is named in the sentence or, for a rumour, by the lead's open post
            assert "C" in _fields(shape) | _fields(lead), shape


def test_no_construction_is_listed_twice() -> None:
    shapes = [shape for _, listed in constructions.CONSTRUCTIONS.values() for shape in listed]
    assert len(shapes) == len(set(shapes))


def test_a_construction_counts_only_for_its_event_at_its_club() -> None:
    lead = constructions.COACH_LEAD
    assert constructions.is_read("appointed", lead, "{C} have appointed {X} as their new manager.")
    # the same words, another event
    assert not constructions.is_read("dismissed", lead, "{C} have appointed {X} as their new manager.")
    # another club
    assert not constructions.is_read("appointed", lead, "{D} have appointed {X} as their new manager.")
    # no event told
    assert not constructions.is_read("appointed", lead, "{X} had lunch near {C}'s ground.")


def test_a_construction_with_a_role_counts_only_in_that_role() -> None:
    lead = constructions.OPEN_POST_LEAD
    shape = "{X} has been named interim manager."
    assert constructions.is_read("appointed", lead, shape, "caretaker")
    assert not constructions.is_read("appointed", lead, shape, "head_coach")
