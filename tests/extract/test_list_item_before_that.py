"""A career list's earlier item told by "before that": "coached A and, before that, B", "worked at A and
before that at B": a spell at each club. A clause opening with "before that" after the list is no item.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Livingston have appointed Ross Kerr as manager. "


@pytest.mark.parametrize(
    "text",
    [
        "Kerr coached Falkirk and, before that, Queen of the South.",
        "Kerr worked at Falkirk and before that at Queen of the South.",
        "Kerr managed Falkirk and before then Queen of the South.",
    ],
)
def test_earlier_item_after_before_that(text: str) -> None:
    keys = keys_of(_NEWS + text)
    assert ("Ross Kerr", "Falkirk", "first_team", "in_charge") in keys
    assert ("Ross Kerr", "Queen of the South", "first_team", "in_charge") in keys


def test_a_clause_after_before_that_is_no_item() -> None:
    keys = keys_of(_NEWS + "Kerr coached Falkirk, and before that Queen of the South beat them in the final.")
    assert ("Ross Kerr", "Queen of the South", "first_team", "in_charge") not in keys
