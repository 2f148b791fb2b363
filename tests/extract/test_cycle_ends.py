"""A coach's spell told as a "cycle" that ends (translated "terminó su ciclo", "o fim do ciclo", "la fine
del ciclo"): "X, who ended his cycle after one year", "announced the end of the cycle of the coach X", "after
the cycle of X ended with the defeat" are departures; "the federation ended the cycle of X" is its act, a
dismissal."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Cruz Azul have appointed Vicente Sánchez. He replaces Martín Anselmi, who ended his cycle after "
            "one year in charge.",
            ("Martín Anselmi", "Cruz Azul", "left"),
        ),
        (
            "Club Tijuana officially announced the end of the cycle of the Colombian coach "
            "Juan Carlos Osorio.",
            ("Juan Carlos Osorio", "Club Tijuana", "left"),
        ),
        (
            "Paraguay have appointed Gustavo Alfaro. The federation announced him after the cycle of Daniel "
            "Garnero ended with the defeat to Colombia.",
            ("Daniel Garnero", "Paraguay", "left"),
        ),
        (
            "The Colombian Football Federation ended the cycle of Néstor Lorenzo and announced a new coach.",
            ("Néstor Lorenzo", "Colombia", "dismissed"),
        ),
    ],
)
def test_cycle_that_ends_is_an_exit(text, fact):
    assert fact in events_of(text)


def test_cycle_that_does_not_end_is_no_exit():
    # near miss: the cycle goes on, the coach stays
    found = events_of(
        "Unirea Slobozia have extended the contract of Adrian Mihalcea. The cycle does not end here: "
        "Mihalcea will continue."
    )
    assert not {e for _, _, e in found} & {"left", "dismissed"}
