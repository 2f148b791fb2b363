"""'C has reorganised its youth teams', 'C have restructured their academy': a lead telling a club or a
federation reshaping its own sides names the story's club, though the new men's past clubs are named
more often after it (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_federation_reorganising_its_youth_teams_is_the_story():
    text = (
        "The Danish Football Union has reorganised its youth teams. Lars Holm, former coach of Brøndby, "
        "is named coach of the U21. Mikkel Dahl continues at the head of the U19.\n\n"
        "Holm, who won the cup with Brøndby in 2019, had left Brøndby in the winter."
    )
    found = keys_of(text)
    assert ("Lars Holm", "Denmark", "national_u21", "appointed") in found
    assert ("Mikkel Dahl", "Denmark", "national_u19", "in_charge") in found
    assert ("Lars Holm", "Brøndby IF", "u21", "appointed") not in found


def test_a_club_restructuring_its_academy_is_the_story():
    text = (
        "Sheffield Wednesday have restructured their academy. Neil Pryce takes charge of the under-21s.\n\n"
        "Pryce was sacked by Rotherham United in 2022, two years after Rotherham United had promoted him."
    )
    found = keys_of(text)
    assert ("Neil Pryce", "Sheffield Wednesday", "u21", "appointed") in found
    assert ("Neil Pryce", "Rotherham United", "u21", "appointed") not in found


def test_a_federation_reorganising_its_finances_tells_no_side():
    text = (
        "The Danish Football Union has reorganised its finances. Lars Holm, former coach of Brøndby, "
        "is named coach of the U21. Mikkel Dahl continues at the head of the U19.\n\n"
        "Holm, who won the cup with Brøndby in 2019, had left Brøndby in the winter."
    )
    assert ("Lars Holm", "Denmark", "national_u21", "appointed") not in keys_of(text)
