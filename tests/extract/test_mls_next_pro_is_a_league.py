"""'MLS Next Pro' (MLS's third tier) and 'MLS NEXT' (its academy league) are competitions: the
'Pro' that ends the name is nobody."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import run_mentions


def _people(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "P"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tampa hired Marco Ferri, who had coached in MLS Next Pro since 2022.",
        "The reserve side finished third in MLS NEXT Pro under Diego Alves.",
    ],
)
def test_mls_next_pro_names_nobody(sentence: str) -> None:
    assert "Pro" not in _people(sentence)


def test_a_man_named_after_next_is_still_a_man() -> None:
    """Near miss: no 'MLS' before the words, so the run stays a name."""
    assert "Pedro Nextov" in _people("Pedro Nextov was named head coach on Monday.")
