"""Teams named by their nicknames: French clubs by their colours joined with 'et' ('the Sang et Or', 'the
Rouge et Noir', 'the Ciel et Marine'), South American national teams by theirs ('the Blanquirroja', 'the
Tricolor'), and a few other press names ('the Audoniens', 'Wanderers', 'Gosford'). Sentences written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

from pipeline.extract.mentions import run_mentions


def _clubs(sentence: str, strong: set[str] | None = None) -> list[str]:
    return [m.name for m in run_mentions(sentence, set() if strong is None else strong) if m.kind == "C"]


@pytest.mark.parametrize(
    ("sentence", "strong", "club"),
    [
        ("Paul Morel is the new coach of the Sang et Or.", set(), "RC Lens"),
        ("Paul Morel signs for two years with the Ciel et Marine.", set(), "Le Havre"),
        ("Paul Morel is the new coach of the Rouge et Noir.", {"Rennes"}, "Rennes"),
        ("Paul Morel is the new coach of the Rouge et Noir.", {"OGC Nice"}, "OGC Nice"),
        ("Hugo Ríos was named coach of the Blanquirroja.", set(), "Peru"),
        ("Hugo Ríos was presented as coach of the Tricolor.", {"Ecuador"}, "Ecuador"),
        ("Hugo Ríos was presented as coach of the Tricolor.", {"Fluminense"}, "Fluminense"),
        ("With the Audoniens he won promotion.", set(), "Red Star FC"),
        (
            "Tom Hale will take charge of Wanderers on an interim basis.",
            {"Wycombe Wanderers"},
            "Wycombe Wanderers",
        ),
    ],
)
def test_a_nickname_names_its_team(sentence: str, strong: set[str], club: str) -> None:
    assert _clubs(sentence, strong) == [club]


def test_et_between_two_people_joins_no_name() -> None:
    # 'et' between two men's names: two people, no club read across it
    found = run_mentions("Lens have appointed Paul Morel et Jean Vidal as joint coaches.", {"RC Lens"})
    assert [(m.kind, m.name) for m in found if m.kind == "P"] == [("P", "Paul Morel"), ("P", "Jean Vidal")]


def test_a_town_stands_for_its_club() -> None:
    text = (
        "Central Coast Mariners sacked Nick Ward. His assistant Tom Hale has since replaced him at Gosford."
    )
    assert ("Tom Hale", "Central Coast Mariners", "appointed") in events_of(text, "2024-06-20")
