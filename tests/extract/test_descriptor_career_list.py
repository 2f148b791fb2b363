"""'The former Bolton, Wigan and Burnley boss was confirmed on Monday': a descriptor may list the clubs of a
career before its head, each club one word with its comma or 'and'; it refers back like 'the former Bolton
boss' (sentences of our own). Lower-case words stay counted one by one ('the last three matches as
interim head coach' is no reference)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, read_as

LEAD = "Rovers have appointed Tom Hale as their manager until 2027. "


@pytest.mark.parametrize(
    "descriptor",
    [
        "The former Bolton, Wigan and Burnley boss",
        "The former Charlton Athletic and Stoke City manager",
        "The former Norwich, Leeds and Sheffield Wednesday coach",
    ],
)
def test_a_descriptor_listing_clubs_refers_back(descriptor: str, monkeypatch) -> None:
    text = LEAD + f"{descriptor} was confirmed on Monday, a week after Ian Moss left the club."
    assert read_as(text, descriptor, monkeypatch) == ["Tom Hale"]


def test_the_career_it_lists_is_his() -> None:
    text = LEAD + "The former Norwich, Leeds and Sheffield Wednesday manager had no club since 2020."
    keys = keys_of(text)
    assert ("Tom Hale", "Leeds United", "first_team", "in_charge") in keys
    assert ("Tom Hale", "Sheffield Wednesday", "first_team", "in_charge") in keys


def test_lower_case_words_still_count_one_by_one(monkeypatch) -> None:
    text = "Ian Moss took the last three matches as interim head coach after it. He stays as assistant."
    assert read_as(text, "the last three matches as interim head coach", monkeypatch) == []


def test_a_comma_before_a_lower_case_word_ends_the_list(monkeypatch) -> None:
    text = "Tom Hale, 44, who took Rovers back to the Premier League, is a Dane."
    assert read_as(text, "the Premier League, is a Dane", monkeypatch) == []
