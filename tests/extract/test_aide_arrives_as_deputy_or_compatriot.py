"""The aide who comes with a new coach, named by the titles translated copy uses: 'comes with his deputy Y'
(the French "adjoint"), 'arrives with his vice Y' (the Italian "vice"), or by his nationality with the
title after his name, 'comes with his compatriot Y as assistant'. A vice-president, or a compatriot with no
coaching title, is no aide."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of

_LEAD = "Sochaux have appointed Luc Morel as head coach. "


def _aides(text: str) -> set[str]:
    return {
        f["coach"]
        for f in facts_of(_LEAD + text)
        if f["event"] == "appointed"
        and f["role"] == "assistant_coach"
        and f["club"] == "FC Sochaux-Montbéliard"
    }


def test_deputy_vice_and_compatriot_as_assistant_arrive_with_him() -> None:
    for text, aide in (
        ("The Breton comes with his deputy Alain Cottin.", "Alain Cottin"),
        ("Morel, 52 years, arrives with his vice Bruno Pilet.", "Bruno Pilet"),
        ("The Frenchman comes with his compatriot Rémi Garnier as assistant.", "Rémi Garnier"),
    ):
        assert aide in _aides(text), text


def test_no_aide_without_a_coaching_title() -> None:
    for text, man in (
        ("Morel arrives with his vice-president Paul Roux.", "Paul Roux"),
        ("Morel comes with his compatriot Hugo Lenoir, a striker.", "Hugo Lenoir"),
    ):
        assert man not in _aides(text), text
