"""'the DT of the Sub-20, X' (the Spanish "director técnico", the coach) and 'the technical director of the
under-17s, X': the youth side's coach, as 'the coach of the Sub-20, X' is. A DT named with no side after
his title ('the DT, X') is read elsewhere, not as a youth post."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Independiente Medellín announced the exit of Alfredo Arias. "


def test_dt_of_a_youth_side_coaches_it() -> None:
    for text, squad in (
        ("Meanwhile the DT of the Sub-20, Carlos Rueda, will lead training this week.", "u20"),
        ("Meanwhile the technical director of the under-17s, Carlos Rueda, will lead training.", "u17"),
    ):
        assert ("Carlos Rueda", "Independiente Medellín", squad, "in_charge") in keys_of(_LEAD + text), text


def test_no_youth_post_without_a_side() -> None:
    text = "Meanwhile the DT, Carlos Rueda, thanked the fans."
    assert not any(c == "Carlos Rueda" and s.startswith("u") for c, _, s, _ in keys_of(_LEAD + text))
