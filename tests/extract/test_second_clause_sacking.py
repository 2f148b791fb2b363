"""A sacking told as the second clause of a career sentence, its subject left out ("X coached C but was
dismissed after …"): the club of the first clause, whatever follows the verb (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Marco Rossi coached Parma in 2019-20 but was dismissed by the board after a run of defeats.",
        "Marco Rossi took Parma to the cup final in 2018 but was sacked five games into the next season.",
        "Marco Rossi led Parma to promotion and was fired after a 5-0 defeat at Empoli.",
        "Marco Rossi guided Parma into Serie A but was let go following a poor start.",
        "Marco Rossi coached Parma for two years and was dismissed by then-president Luigi Bianchi.",
    ],
)
def test_second_clause_sacking_takes_the_first_clauses_club(text: str) -> None:
    assert ("Marco Rossi", "Parma", "first_team", "dismissed") in keys_of(text)


def test_the_replacer_is_sacked_not_the_man_he_replaced() -> None:
    keys = keys_of("Marco Rossi replaced Luca Verdi at Parma in January 2020 and was sacked after the derby.")
    assert ("Marco Rossi", "Parma", "first_team", "dismissed") in keys
    assert ("Luca Verdi", "Parma", "first_team", "dismissed") not in keys


@pytest.mark.parametrize(
    "text",
    [
        # another club's sacking, named after "by"
        "Marco Rossi made his name with Parma and was dismissed by Inter after five matches.",
        # a player's fate, not a sacking
        "Marco Rossi coached Parma in 2019 and was sacked as a player by the club years before.",
    ],
)
def test_no_sacking_by_the_first_clauses_club(text: str) -> None:
    assert ("Marco Rossi", "Parma", "first_team", "dismissed") not in keys_of(text)
