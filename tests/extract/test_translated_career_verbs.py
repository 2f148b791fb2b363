"""Career spells told with translated verbs: "orientated C" (Portuguese "orientou"), "handled C" (Indonesian
"menangani"), "orientated the under-23 of C", and "led before A, B and C" (the adverb before the clubs, as
"coached before A" reads). Each needs a club or side right after it: "handled the pressure" is no spell.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Gil Vicente presented Tiago Sá as their new head coach on Monday. "


@pytest.mark.parametrize(
    ("career", "club", "squad"),
    [
        ("Tiago Sá had also orientated Feirense and was adjunct at Chaves.", "Feirense", "first_team"),
        ("He also handled Vitória de Guimarães in the Primeira Liga.", "Vitória de Guimarães", "first_team"),
        ("Before, he orientated the under-23 of Portimonense.", "Portimonense", "u23"),
        ("The 44-year-old led before Feirense, Leixões and Penafiel.", "Leixões", "first_team"),
    ],
)
def test_translated_career_verb_tells_a_spell(career: str, club: str, squad: str) -> None:
    assert ("Tiago Sá", club, squad, "in_charge") in keys_of(_LEAD + career)


def test_handled_with_no_club_after_is_no_spell() -> None:
    text = _LEAD + "He handled the pressure well when Feirense came calling last year."
    assert ("Tiago Sá", "Feirense", "first_team", "in_charge") not in keys_of(text)


def test_led_before_a_time_clause_is_no_spell() -> None:
    text = _LEAD + "He led before Feirense scored twice in the second half."
    assert ("Tiago Sá", "Feirense", "first_team", "in_charge") not in keys_of(text)
