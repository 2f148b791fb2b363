"""A club told by the feat of a relative clause with "taken" or "brought": "arrived from C, whom he had
taken into the Champions League", "his work at C, which he brought to the top flight": a spell in charge
of C. A club he only took over ("which he took over in June") gives no such feat, and a club another man
took somewhere is his. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    return {f["club"] for f in facts_of(text) if f["coach"] == coach and f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Sevilla have appointed Imanol Idiakez as coach. Idiakez arrived in the summer from Huesca, "
            "whom he had taken into the promotion play-offs.",
            "Imanol Idiakez",
            "Huesca",
        ),
        (
            "Lecce have appointed Roberto D'Aversa as coach. D'Aversa is remembered at Parma, which he "
            "brought to Serie A in 2018.",
            "Roberto D'Aversa",
            "Parma",
        ),
    ],
)
def test_club_of_a_feat_taken_or_brought_is_a_spell(text: str, coach: str, club: str) -> None:
    assert club in _spells(text, coach)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Lecce have appointed Roberto D'Aversa as coach. D'Aversa replaces Marco Giampaolo, who "
            "leaves Sampdoria, which Claudio Ranieri had taken into Europe.",
            "Roberto D'Aversa",
            "Sampdoria",
        ),
    ],
)
def test_no_spell_from_another_mans_feat(text: str, coach: str, club: str) -> None:
    assert club not in _spells(text, coach)
