"""A second side told by a second verb whose subject, the coach of the first clause, is left out: "X, who
coached the under-20s from 2019 and led the under-23s in 2022", "has coached Chile's under-20 team since
2021 and led the country's under-23 team in the Pan American Games"."""

from __future__ import annotations

from extract_helpers import keys_of


def test_who_coached_one_side_and_led_another():
    text = (
        "Chile named Pablo Ruiz as head coach of the national team on Monday. Ruiz, who coached the "
        "under-20s from 2019 and led the under-23s in 2022, signed until 2026."
    )
    keys = keys_of(text)
    assert ("Pablo Ruiz", "Chile", "national_u20", "in_charge") in keys
    assert ("Pablo Ruiz", "Chile", "national_u23", "in_charge") in keys


def test_has_coached_and_led_the_countrys_side():
    text = (
        "Chile named Pablo Ruiz as head coach of the national team on Monday. Ruiz has coached Chile's "
        "under-20 team since 2021 and led the country's under-23 team in the Pan American Games."
    )
    keys = keys_of(text)
    assert ("Pablo Ruiz", "Chile", "national_u23", "in_charge") in keys


def test_a_player_who_led_a_side_in_goals_is_no_spell():
    """Near miss: 'and led the under-23s in scoring' after a coaching verb of another man's clause."""
    text = (
        "Chile named Pablo Ruiz as head coach on Monday. Striker Diego Soto, whom Ruiz coached at Colo-Colo, "
        "scored twice and led the under-23s in scoring."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Diego Soto" for k in keys)
