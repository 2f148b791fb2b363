"""Romanian names open on the comma-below capitals Ș and Ț (Latin Extended-B, not the cedilla Ş, Ţ):
'Marius Șumudică' is one full name, not 'Marius' cut off before an unknown capital."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Former Rapid coach Marius Șumudică is now the favourite to return.", "Marius Șumudică"),
        ("Dinamo have appointed Ștefan Țurcanu as head coach.", "Ștefan Țurcanu"),
        ("Assistant Ion Țiriac stays on.", "Ion Țiriac"),
        ("Marius Şumudică, with the cedilla, was already read.", "Marius Şumudică"),
    ],
)
def test_comma_below_capitals_open_name_words(sentence: str, name: str) -> None:
    assert any(m.kind == "P" and m.text == name for m in run_mentions(sentence, None))


def test_a_lowercase_comma_below_letter_does_not_split_a_word() -> None:
    found = run_mentions("He will return to Giulești with Marius Șumudică.", None)
    assert not any(m.text in ("Giule", "ști") for m in found)


def test_the_full_name_reaches_the_fact() -> None:
    keys = keys_of(
        "Rapid Bucharest sacked Cristiano Bergodi on Monday. Marius Șumudică is the favourite to return."
    )
    assert ("Marius Șumudică", "Rapid Bucharest", "first_team", "linked") in keys
