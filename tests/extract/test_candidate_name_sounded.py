"""A candidate whose name 'sounded' (translated Spanish 'sonó', Portuguese 'soou': was talked of) is
linked to the post in view: 'X had also sounded as an option', 'the names of A and B had sounded',
'It had sounded also the name of X', 'A and B have sounded for the bench'. Not 'sounded out' (an
approach), nor a man who 'sounded confident' or 'has sounded a warning'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Burgos dismissed Tomas Ibarra on Sunday. "
_CLUB = "Burgos"
_PAIR = {"Ramiro Estevez", "Julio Montero"}


def _linked(text: str) -> set[str]:
    read = keys_of(_VACANCY + text)
    return {coach for coach, club, _squad, event in read if club == _CLUB and event == "linked"}


@pytest.mark.parametrize(
    ("sentence", "candidates"),
    [
        ("Ramiro Estevez had also sounded as an option.", {"Ramiro Estevez"}),
        ("Ramiro Estevez sounded strongly as a possible successor.", {"Ramiro Estevez"}),
        ("Ramiro Estevez and Julio Montero have sounded for the bench.", _PAIR),
        ("The names of Ramiro Estevez and Julio Montero had also sounded.", _PAIR),
        ("The name of Ramiro Estevez has sounded strongly for the post.", {"Ramiro Estevez"}),
        ("It had sounded also the name of Ramiro Estevez, but the board chose Lara.", {"Ramiro Estevez"}),
    ],
)
def test_a_name_that_sounded_is_linked(sentence: str, candidates: set[str]) -> None:
    assert candidates <= _linked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ramiro Estevez sounded confident about the future of his players.",
        "Ramiro Estevez has sounded a warning to the rest of the league.",
        "The name of Ramiro Estevez sounded familiar to the older supporters.",
        "Ramiro Estevez sounded tired after the long trip.",
    ],
)
def test_a_man_who_only_sounded_some_way_is_no_candidate(sentence: str) -> None:
    assert "Ramiro Estevez" not in _linked(sentence)
