"""A spell told by its length, then how it began: "X lasted only five months after replacing Y", "X, who
spent a season at the club after succeeding Y, …", "X had lasted half a season, having replaced Y" tell
X's appointment to Y's post as well as Y's exit. So do "took office in June, succeeding Y" and "came
there in the summer in place of Y". Not a player's substitution ("lasted ten minutes after replacing the
injured Y"), nor a change the man made himself ("after replacing Y with Z")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Benfica have sacked head coach Tomas Weber. "
_WEBER = ("Tomas Weber", "Benfica", "first_team", "appointed")
_OSTROWSKI_LEFT = ("Jan Ostrowski", "Benfica", "first_team", "left")


@pytest.mark.parametrize(
    "sentence",
    [
        "Weber lasted only five months after replacing Jan Ostrowski.",
        "Weber, who spent a single season at the club after succeeding Jan Ostrowski in June, won the cup.",
        "He had lasted barely half a season, having replaced Jan Ostrowski in the summer.",
        "Weber took office in June, succeeding Jan Ostrowski.",
        "He came there in the summer of 2023 in place of Jan Ostrowski.",
    ],
)
def test_spell_then_how_it_began_is_his_appointment(sentence: str) -> None:
    keys = keys_of(_SACKED + sentence, "2024-09-02")
    assert _WEBER in keys
    assert _OSTROWSKI_LEFT in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Weber lasted only ten minutes after replacing the injured Jan Ostrowski in the second half.",
        "Weber spent a week at the club after replacing Jan Ostrowski with Mark Hill as his assistant.",
    ],
)
def test_a_substitution_or_his_own_change_is_no_appointment(sentence: str) -> None:
    assert _WEBER not in keys_of(_SACKED + sentence, "2024-09-02")
