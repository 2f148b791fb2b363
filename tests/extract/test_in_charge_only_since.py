"""A spell told with its start stressed ('had been in charge only since May', 'just since March') is the
same open spell as 'in charge since May'. Near miss: a man 'in contact with the club only since May'
holds no post there."""

from __future__ import annotations

from extract_helpers import keys_of


def test_in_charge_only_since() -> None:
    text = (
        "Oakfield Rovers have appointed Piet Lammers as head coach. He replaces Tomas Brandt, whose "
        "contract was terminated in December. Brandt had been in charge only since May."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "in_charge") in keys_of(text)


def test_in_charge_just_since() -> None:
    text = (
        "Oakfield Rovers have appointed Piet Lammers as head coach. He replaces Tomas Brandt, whose "
        "contract was terminated in December. Brandt had been in charge just since March."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "in_charge") in keys_of(text)


def test_talks_only_since_tell_no_spell() -> None:
    text = (
        "Oakfield Rovers have appointed Piet Lammers as head coach. Tomas Brandt, a free agent, had been "
        "in contact with the club only since May."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "in_charge") not in keys_of(text)
