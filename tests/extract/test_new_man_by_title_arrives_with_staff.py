"""The staff arriving with the new man, told with him as the sentence's subject by his title ("The new
coach comes with …", "The technician arrives with …"): each titled aide of the list arrives."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Castellar CF announced on Monday the signing of Bruno Taviel as the new coach of the first team. "


def test_the_new_coach_comes_with_titled_aides_and_with_another():
    """The preposition told again after "and" ("y con"): the second aide arrives too."""
    text = (
        _LEAD
        + "The new coach comes with his second coach, Ruy Palmer, and with the physical trainer Eloy Ventas."
    )
    keys = keys_of(text)
    assert ("Ruy Palmer", "Castellar CF", "first_team", "appointed") in keys
    assert ("Eloy Ventas", "Castellar CF", "first_team", "appointed") in keys
    assert ("Eloy Ventas", "Castellar CF", "first_team", "in_charge") not in keys


def test_the_technician_arrives_with_his_usual_assistant_and_fitness_coach():
    text = (
        _LEAD + "The technician arrives with his usual assistant Gil Morcuende and fitness coach Teo Labarta."
    )
    keys = keys_of(text)
    assert ("Gil Morcuende", "Castellar CF", "first_team", "appointed") in keys
    assert ("Teo Labarta", "Castellar CF", "first_team", "appointed") in keys


def test_with_an_aide_continuing_is_no_arrival():
    """Near miss: "…, with fitness coach B continuing": a clause of its own after the list of arrivals."""
    text = (
        "Vestra FC confirmed that head coach Anna Drossel will be supported by new assistant Mira Holst "
        "and goalkeeping coach Lea Brandt, with fitness coach Ute Kamber continuing from last year."
    )
    keys = {(k[0], k[3]) for k in keys_of(text)}
    assert ("Mira Holst", "appointed") in keys
    assert ("Ute Kamber", "appointed") not in keys


def test_the_new_coach_arrives_with_a_contract_names_no_aide():
    """Near miss: what the new coach comes with is no person."""
    text = _LEAD + "The new coach arrives with a contract until 2021 and with the backing of the board."
    assert {k[0] for k in keys_of(text)} == {"Bruno Taviel"}
