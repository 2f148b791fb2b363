"""'directed the Catrachos between 2007 and 2010', 'directed the Syli': the short forms the press writes of
Honduras's and Guinea's nicknames (Los Catrachos, the Syli National) name those national teams
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("He directed the Catrachos at the Gold Cup.", "Honduras"),
        ("The Syli lost again on Sunday.", "Guinea"),
    ],
)
def test_the_short_nickname_is_the_national_team(sentence: str, country: str) -> None:
    assert [m.name for m in run_mentions(sentence, None) if m.kind == "C"] == [country]


def test_a_spell_with_the_catrachos() -> None:
    text = "Costa Rica have appointed Luis Fernando Suarez. Suarez directed the Catrachos from 2011 to 2014."
    assert ("Luis Fernando Suarez", "Honduras", "national", "in_charge") in keys_of(text)


def test_syli_inside_a_longer_word_is_nothing() -> None:
    assert not [m for m in run_mentions("Sylio Kone signed for the club.", None) if m.kind == "C"]
