"""A move told with the club left and what the man did there ("X arrives from C, where he did good work",
"X leaves C, where he has been since 2021", "X had come to D from C, which he kept up") tells his spell at
C beside the move. Not a clause that tells his arrival or exit there instead ("where he only took over in
February", "where he was sacked in May")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_APPOINTED = "Benfica have appointed Tomas Weber as head coach. "
_SPELL = ("Tomas Weber", "Hellas Verona", "first_team", "in_charge")


@pytest.mark.parametrize(
    "sentence",
    [
        "Weber arrives from Hellas Verona, where he did a remarkable job on a small budget.",
        "Weber leaves Hellas Verona, where he had been since 2021.",
        "Weber had come to Benfica from Hellas Verona, which he kept in Serie A against the odds.",
        "Weber joins from Hellas Verona, with whom he reached the cup final in 2023.",
    ],
)
def test_move_with_what_he_did_there_tells_the_spell(sentence: str) -> None:
    keys = keys_of(_APPOINTED + sentence, "2024-09-02")
    assert _SPELL in keys
    assert ("Tomas Weber", "Hellas Verona", "first_team", "left") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Weber leaves Hellas Verona, where he only took over in February.",
        "Weber arrives from Hellas Verona, where he was sacked in May.",
        "Weber arrives from Hellas Verona, where he was sporting director since 2021.",
        "Weber leaves Hellas Verona, where he had been academy director.",
        "Weber leaves Hellas Verona, where he was club captain for a decade.",
    ],
)
def test_where_clause_telling_the_change_is_no_spell(sentence: str) -> None:
    assert _SPELL not in keys_of(_APPOINTED + sentence, "2024-09-02")
