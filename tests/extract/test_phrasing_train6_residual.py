"""A club that hires a man named by his trade ('turning to Belgian coach X', 'turned to
Portuguese manager X'): the title is what he is, not a post he already holds at that club."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.rule_facts import _HIRED_BY_TITLE


@pytest.mark.parametrize(
    "before",
    [
        "Lens moved quickly to replace him, turning to Belgian-English ",
        "Getafe turned to Portuguese ",
        "the board turns instead to former ",
    ],
)
def test_hiring_phrase_before_the_title(before):
    assert _HIRED_BY_TITLE.search(before)


@pytest.mark.parametrize("before", ["under the ", "He spoke to the Getafe "])
def test_other_words_before_the_title(before):
    assert not _HIRED_BY_TITLE.search(before)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Marco Silva left Rennes on Monday. Rennes moved quickly to replace him, turning to Belgian "
            "coach "
            "Tomas Varga, who left Metz at the end of the season after two years in which he went from "
            "assistant to one of the league's best managers.",
            ("Tomas Varga", "Rennes", "first_team", "appointed"),
        ),
        (
            "Pedro Alves resigned as Getafe coach. Getafe turned to Portuguese manager Ramon Ortiz, who had "
            "left Braga.",
            ("Ramon Ortiz", "Getafe", "first_team", "appointed"),
        ),
    ],
)
def test_hired_by_title_is_appointed_not_in_charge(text, fact):
    keys = keys_of(text)
    assert fact in keys
    assert (*fact[:3], "in_charge") not in keys


def test_club_coach_title_still_tells_the_post():
    keys = keys_of("Getafe coach Ramon Ortiz said his side deserved the win.")
    assert ("Ramon Ortiz", "Getafe", "first_team", "in_charge") in keys
