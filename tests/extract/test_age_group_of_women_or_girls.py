"""An age group followed by 'women' or 'girls' with no team noun ('the Under-20 women', 'the U17 girls',
'England's Under-19 women') is the women's age group, not the men's."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_federations_under_20_women_and_under_17_girls():
    text = (
        "The Kenyan federation confirmed that Grace Mwangi remains at the helm of the Under-20 women, "
        "while Ruth Otieno takes over the Under-17 girls."
    )
    keys = keys_of(text)
    assert ("Grace Mwangi", "Kenya", "national_women_u20", "in_charge") in keys
    assert ("Ruth Otieno", "Kenya", "national_women_u17", "appointed") in keys
    assert not any(k[2] in ("national_u20", "national_u17") for k in keys)


def test_a_past_spell_with_a_countrys_under_19_women():
    text = (
        "Harriet Cole has been named head coach of Leeds United Women. She previously coached Wales's "
        "Under-19 women."
    )
    keys = keys_of(text)
    assert ("Harriet Cole", "Wales", "national_women_u19", "in_charge") in keys
    assert ("Harriet Cole", "Wales", "national_u19", "in_charge") not in keys


def test_an_age_group_with_a_mens_word_stays_the_mens():
    """Near miss: 'men' after the age group is the men's side."""
    text = "The Kenyan federation confirmed that Peter Kamau remains at the helm of the Under-20 men's team."
    keys = keys_of(text)
    assert ("Peter Kamau", "Kenya", "national_u20", "in_charge") in keys


def test_an_age_group_before_another_word_stays_unmarked():
    """Near miss: 'women' elsewhere in the sentence, not right after the age group."""
    text = (
        "The Kenyan federation confirmed that Peter Kamau remains at the helm of the Under-20 side, "
        "while the women's team has a new coach."
    )
    keys = keys_of(text)
    assert ("Peter Kamau", "Kenya", "national_u20", "in_charge") in keys
