"""The squad of a post named by a translated title ('selector of the French women's team', 'technical
director of the Sub 20'), and squad nicknames ('the Bleues', 'the
Esperanças')."""

from __future__ import annotations

from extract_helpers import keys_of

# --- the squad after a translated title -----------------------------------------------------------


def test_selector_of_a_womens_national_team():
    text = (
        "The Brazilian Football Confederation (CBF) confirmed the appointment of Pia Sundhage as selector "
        "of the Brazilian women's team."
    )
    keys = keys_of(text)
    assert ("Pia Sundhage", "Brazil", "national_women", "appointed") in keys
    assert ("Pia Sundhage", "Brazil", "national", "appointed") not in keys


def test_technical_director_of_a_national_age_group():
    text = "The AFA named Diego Ferraro as technical director of the Sub 17 of la Albiceleste."
    keys = keys_of(text)
    assert ("Diego Ferraro", "Argentina", "national_u17", "appointed") in keys
    assert ("Diego Ferraro", "Argentina", "national", "appointed") not in keys


def test_selector_of_the_senior_side_stays_national():
    text = (
        "The Brazilian Football Confederation (CBF) confirmed the appointment of Pia Sundhage as selector "
        "of the national team."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Pia Sundhage" and k[2] != "national" for k in keys)


def test_sporting_director_of_a_squad_is_no_coaching_post():
    text = (
        "Ajax named Marco Rossi as head coach. "
        "Dennis Kluivert becomes the new sporting director of the women's team."
    )
    assert not any(k[0] == "Dennis Kluivert" for k in keys_of(text))


# --- squad nicknames --------------------------------------------------------------------------


def test_the_bleues_are_frances_womens_team():
    text = "Corinne Dufour was appointed to lead the Bleues in 2017."
    assert ("Corinne Dufour", "France", "national_women", "appointed") in keys_of(text)


def test_the_esperancas_are_portugals_under_21s():
    text = "Rui Matos has been in charge of the Esperanças since 2010."
    assert ("Rui Matos", "Portugal", "national_u21", "in_charge") in keys_of(text)
