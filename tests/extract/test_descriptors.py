"""Descriptors ('the Argentine', 'the veteran Spaniard'): which man of the article they mean."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def _coaches(text: str, event: str, club: str) -> set[str]:
    return {coach for coach, c, _, e in keys_of(text) if e == event and c == club}


# --- a man tied to the nationality sentences ago does not outrank the man now in view ----------


def test_nationality_given_long_ago_does_not_pull_the_descriptor_away_from_the_man_in_view():
    text = (
        "Toluca on Monday appointed Argentine Diego Cocca as their new head coach. "
        "Cocca, 52, signed a two-year contract. "
        "He replaces Renato Paiva, who was promoted from the youth set-up in January. "
        "The club's board thanked Paiva for his work. Paiva's exit was messy. "
        "The Argentine, who had led the side to the final in 2024, was sacked by Toluca on Sunday."
    )
    assert _coaches(text, "dismissed", "Toluca") == {"Renato Paiva"}


def test_veteran_spaniard_is_the_predecessor_the_text_is_on_not_the_spaniard_named_first():
    text = (
        "Celta Vigo on Monday appointed Spaniard Claudio Giráldez as head coach on a two-year deal. "
        "Giráldez replaces compatriot Rafael Benítez, who had taken over as head coach in the summer. "
        "Benítez, 64, will stay on at the club in an advisory role. "
        '"We thank Benítez for his work," a club official said. '
        "The veteran Spaniard had been sacked by Everton in January 2022."
    )
    assert _coaches(text, "dismissed", "Everton") == {"Rafael Benítez"}


# --- … but a man tied to it and named just before is still the one meant ------------------------


def test_nationality_given_to_a_man_named_just_before_still_wins():
    text = (
        "Brann have appointed Norwegian Eirik Horneland as coach. The club thanked Olivier Dall'Oglio. "
        "His assistant will stay in the staff of Horneland. The Norwegian was sacked by Rosenborg in 2019."
    )
    assert _coaches(text, "dismissed", "Rosenborg") == {"Eirik Horneland"}


def test_nationality_given_in_an_apposition_two_sentences_back_wins_over_an_untied_focus():
    text = (
        "Sevilla have sacked Diego Alonso and appointed Quique Sánchez Flores, the Spaniard who left "
        "Getafe last summer. Alonso had been in charge since October. "
        "The Spaniard was sacked by Watford in 2019."
    )
    assert "Quique Sánchez Flores" in _coaches(text, "dismissed", "Watford")


def test_double_or_african_nationality_refers_back():
    for descriptor in ("The 47-year-old Franco-Malian", "The Malian", "The Italo-Argentine"):
        text = (
            "The federation on Monday named Eric Chelle as the new head coach of Nigeria. "
            f"{descriptor}, who guided Mali to the quarter-finals of the Africa Cup of Nations, "
            "signed until 2026."
        )
        assert ("Eric Chelle", "Mali", "national", "in_charge") in keys_of(text), descriptor
