"""An aide's title at a club told with no verb of its own is his staff spell there: the second post of a
shared copula ("has been head coach of A and assistant at B"), an apposition ("X, previously an assistant at
C,"), "was still an assistant at C when …", "spent 2023 as an assistant with C", "was adjunct in Qatar at C"
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Dunfermline have appointed Colin Fairlie as head coach. "
_K = {"Kilmarnock"}


def _spells(text: str, coach: str = "Colin Fairlie") -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (_LEAD + "Fairlie has previously been head coach of Ross County and assistant at Kilmarnock.", _K),
        (_LEAD + "Earlier Fairlie coached Ross County and was adjunct in Scotland at Kilmarnock.", _K),
        (_LEAD + "Fairlie was still an assistant at Kilmarnock when Derek McInnes arrived.", {"Kilmarnock"}),
        (_LEAD + "Fairlie spent 2021 as an assistant coach with Kilmarnock.", {"Kilmarnock"}),
        (
            "Dunfermline have named Colin Fairlie, previously an assistant at Kilmarnock, as their manager.",
            {"Kilmarnock"},
        ),
        (
            "The board met Colin Fairlie, the former assistant at Kilmarnock, before choosing Gary Holt.",
            {"Kilmarnock"},
        ),
    ],
)
def test_aide_title_beside_another_post_is_a_spell(text: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text)


def test_the_spell_is_an_assistants() -> None:
    facts = facts_of(_LEAD + "Fairlie has been head coach of Ross County and assistant at Kilmarnock.")
    roles = {f["role"] for f in facts if f["coach"] == "Colin Fairlie" and f["club"] == "Kilmarnock"}
    assert roles == {"assistant_coach"}


@pytest.mark.parametrize(
    "text",
    [
        # the assistant after "and" is another man, named next
        _LEAD + "Fairlie was head coach of Ross County and assistant Gary Holt joined him at Kilmarnock.",
        # a year spent as a player is no staff spell
        _LEAD + "Fairlie spent 2021 as a player with Kilmarnock.",
        # the present "is still an assistant" is not read as a past spell by this wording
        _LEAD + "Fairlie's friend is still an assistant at Kilmarnock.",
    ],
)
def test_no_aide_spell(text: str) -> None:
    assert "Kilmarnock" not in _spells(text)


def test_apposition_names_the_man_before() -> None:
    text = "Dunfermline named Colin Fairlie as manager over Gary Holt, previously an assistant at Kilmarnock."
    assert "Kilmarnock" not in _spells(text)
    assert "Kilmarnock" in _spells(text, "Gary Holt")
