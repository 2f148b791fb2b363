"""`compile_quick`: the same matches as `re.compile`, found faster."""

from __future__ import annotations

import re

import pytest

from pipeline.extract import quick_start
from pipeline.extract.quick_start import compile_quick

TEXTS = [
    "The club confirmed that the interim coach will stay on as assistant next season.",
    "Kasımpaşa named a new boss; the caretaker, Iſmail, stepped back (ſtint over).",
    "",
    "no match here at all",
]


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\b(?:caretaker|interim|acting|stand-in)\b", re.IGNORECASE),
        (r"(?<![\w-])(?:stint|spell)s?\b", re.IGNORECASE),  # "ſtint": a long s is an s to IGNORECASE
        (r"\b(?:kasimpasa|is\w+)", re.IGNORECASE),  # a dotless ı is an i too
        (r"(?:head\s+)?coach", 0),  # an optional opening: the item after it may start the match
        (r"(?-i:[A-Z])\w+\s+(?:named|confirmed)", re.IGNORECASE),
    ],
)
def test_same_matches_as_re_compile(source: str, flags: int) -> None:
    quick, plain = compile_quick(source, flags), re.compile(source, flags)
    assert quick.pattern != plain.pattern  # it did add its lookahead
    for text in TEXTS:
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?:coach)?", 0),  # matches the empty string: every position is a start
        (r".+named", 0),  # any character may start it
        (r"(?i)coach", 0),  # a global inline flag must stay at the start
        (r"\w+\s+coach", 0),  # a category: not spelled out
    ],
)
def test_plain_pattern_when_the_first_characters_are_not_known(source: str, flags: int) -> None:
    assert compile_quick(source, flags).pattern == source


def test_verbose_pattern_ending_on_a_comment() -> None:
    quick = compile_quick("coach  # the word\n|boss  # another", re.VERBOSE)
    assert quick.search("the boss said").group(0) == "boss"


def test_plain_pattern_on_a_python_without_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quick_start, "_parser", None)
    pattern = quick_start.compile_quick(r"\b(?:caretaker|interim)\b", re.IGNORECASE)
    assert pattern.pattern == r"\b(?:caretaker|interim)\b"
    assert pattern.search("The Interim boss").group() == "Interim"
