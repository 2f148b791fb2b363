"""'Chelsea-bound Bompastor', 'Real Madrid-linked Alonso', 'Glasgow-born Reid': the words before the
name tell where the man is going or comes from; they are no part of his name. A name whose own words
are hyphenated ('Son Heung-min', 'Jean-Luc Moreau') keeps them. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("sentence", "coach"),
    [
        ("Leeds-bound Daniel Farke was sacked by Gladbach in June.", "Daniel Farke"),
        ("Real Madrid-linked Xabi Alonso has signed a new contract with Leverkusen.", "Xabi Alonso"),
        ("Glasgow-born Tomas Reid was sacked by Dundee on Monday.", "Tomas Reid"),
        ("Dundee hire Tomas Vik to replace Leeds-bound Tomas Reid.", "Tomas Reid"),
    ],
)
def test_adjective_before_the_name_is_left_out(sentence: str, coach: str) -> None:
    coaches = {k[0] for k in keys_of(sentence, "2024-06-20")}
    assert coach in coaches
    assert not any(c.split()[0].endswith(("-bound", "-linked", "-born")) for c in coaches)


@pytest.mark.parametrize(
    ("sentence", "coach"),
    [
        ("Tottenham have appointed Son Heung-min as coach.", "Son Heung-min"),
        ("Dundee have appointed Jean-Luc Moreau as head coach.", "Jean-Luc Moreau"),
    ],
)
def test_hyphenated_names_are_kept_whole(sentence: str, coach: str) -> None:
    assert coach in {k[0] for k in keys_of(sentence, "2024-06-20")}
