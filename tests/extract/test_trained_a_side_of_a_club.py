"""'Until last summer he trained the U17 of C': the translated 'allenava la Primavera di', 'trenował U19'
name a side of a club a coach ran, as 'trained C' names the club (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_side_of_a_club_trained_is_a_spell() -> None:
    text = (
        "Hammarby have appointed Nils Ek as head coach. Until last summer he trained the U17 of IFK Göteborg."
    )
    assert ("Nils Ek", "IFK Göteborg", "u17", "in_charge") in keys_of(text)


def test_training_with_a_side_is_no_spell() -> None:
    """A player trains with a side; a coach trains it."""
    text = (
        "Hammarby have appointed Nils Ek as head coach. Ola Berg, 16, trained with the U17 of IFK Göteborg."
    )
    assert not [k for k in keys_of(text) if k[0] == "Ola Berg"]
