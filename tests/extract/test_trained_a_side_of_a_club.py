"""'Before that he trained the U19 of Malmö FF': the translated 'allenava la Primavera di', 'trenował U19'
name a side of a club a coach ran, as 'trained Malmö FF' names the club (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_side_of_a_club_trained_is_a_spell() -> None:
    text = "Hammarby have appointed Nils Ek as head coach. Before that he trained the U19 of Malmö FF."
    assert ("Nils Ek", "Malmö FF", "u19", "in_charge") in keys_of(text)


def test_training_with_a_side_is_no_spell() -> None:
    """A player trains with a side; a coach trains it."""
    text = "Hammarby have appointed Nils Ek as head coach. Ola Berg, 17, trained with the U19 of Malmö FF."
    assert not [k for k in keys_of(text) if k[0] == "Ola Berg"]
