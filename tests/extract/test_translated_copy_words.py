"""Words of non-native and machine-translated copy: 'leaded' / 'leaved' are 'led' / 'left', and 'the
selector' (translated 'seleccionador', 'selecionador', 'selecționer') is the national coach."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def test_leaded_is_led() -> None:
    keys = keys_of(
        "Rapid Bucharest have appointed Marius Sumudica. Sumudica leaded Gaziantep between 2019 and 2022."
    )
    assert ("Marius Sumudica", "Gaziantep FK", "first_team", "in_charge") in keys


def test_leaved_is_left_and_the_evidence_keeps_the_original_words() -> None:
    text = "CFR Cluj appointed Dan Petrescu. Petrescu leaved Jeonbuk Hyundai Motors in July."
    facts = [f for f in facts_of(text) if f["coach"] == "Dan Petrescu" and f["event"] == "left"]
    assert facts and facts[0]["club"] == "Jeonbuk Hyundai Motors"
    assert "leaved" in facts[0]["evidence"]


def test_the_former_selector_is_the_man_the_story_names() -> None:
    keys = keys_of(
        "Edward Iordanescu is the new coach of Legia Warsaw. It marks the first foreign adventure for the "
        "former selector, who led the Romania national team at Euro 2024."
    )
    assert ("Edward Iordanescu", "Romania", "national", "in_charge") in keys


def test_a_word_containing_the_past_form_is_left_alone() -> None:
    keys = keys_of("Leeds appointed Daniel Farke. The squad was bleaded of confidence, said Farke.")
    assert ("Daniel Farke", "Leeds United", "first_team", "appointed") in keys
