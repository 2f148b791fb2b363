"""'directed Melgar': the translated 'dirigió' names the team a coach ran, so a context-only alias right
after it is that club, as after 'managed' or 'coached' (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _kinds(sentence: str) -> dict[str, str]:
    return {m.text: m.kind for m in run_mentions(sentence, None)}


@pytest.mark.parametrize(
    ("sentence", "alias"),
    [
        ("He also directed Burton for two seasons.", "Burton"),
        ("Before that he directed Chester and Lincoln in the National League.", "Chester"),
    ],
)
def test_a_context_alias_after_directed_is_a_club(sentence: str, alias: str) -> None:
    assert _kinds(sentence)[alias] == "C"


def test_a_name_after_directed_by_stays_a_name() -> None:
    assert _kinds("The documentary was directed by Lyn last year.")["Lyn"] == "P"


def test_the_clubs_directed_are_spells_of_the_man_described() -> None:
    text = (
        "Bolivia have appointed Oscar Villegas as head coach. "
        "The former midfielder also directed Burton and Chester before returning home."
    )
    keys = keys_of(text)
    assert ("Oscar Villegas", "Burton Albion", "first_team", "in_charge") in keys
    assert ("Oscar Villegas", "Chester FC", "first_team", "in_charge") in keys
