"""'X had replaced Y in October and kept the club up': the survival is X's, who did the replacing, not Y's,
named as the object of "replaced", "succeeded" or "took over from". Y's own relative clause ("replaced Y,
who had kept the club up") is still his."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import facts_of

_STORY = "Burnley have sacked manager Dan Oakes after a run of eight defeats. "


def _spells(sentence: str) -> set[str]:
    found = facts_of(_STORY + sentence)
    return {f["coach"] for f in found if f["event"] == "in_charge" and f["evidence"] == sentence}


@pytest.mark.parametrize(
    "sentence",
    [
        "Oakes had replaced Lee Pryce in November 2022 and kept the club up that season.",
        "Oakes had succeeded Lee Pryce in 2019 and kept the club in the Championship for two years.",
        "Oakes took over from Lee Pryce in March and kept the club up.",
    ],
)
def test_the_replaced_man_did_not_keep_them_up(sentence: str) -> None:
    assert "Lee Pryce" not in _spells(sentence)


def test_the_replaced_mans_own_clause_is_his() -> None:
    assert "Lee Pryce" in _spells("He replaced Lee Pryce, who had kept the club up the season before.")
