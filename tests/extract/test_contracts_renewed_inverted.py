"""Staff contracts renewed, told in a translated word order: "Also renewed are the contracts of A and B",
"Extended was also the contract of A" (the passive's subject after it): each an extension (sentences of our
own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Ola Berg has extended his contract as head coach of AIK until 2026. "


def _extended(text: str) -> set[str]:
    return {person for person, club, _squad, event in keys_of(text) if club == "AIK" and event == "extended"}


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        (
            "Also renewed are the contracts of assistant Per Nilsson and goalkeeping coach Jan Ek.",
            {"Per Nilsson", "Jan Ek"},
        ),
        ("Extended was also the contract of assistant Per Nilsson.", {"Per Nilsson"}),
    ],
)
def test_inverted_renewals(sentence: str, aides: set[str]) -> None:
    assert aides <= _extended(_LEAD + sentence)


def test_no_renewal_when_negated() -> None:
    text = _LEAD + "Not renewed were the contracts of assistant Per Nilsson and goalkeeping coach Jan Ek."
    assert not {"Per Nilsson", "Jan Ek"} & _extended(text)
