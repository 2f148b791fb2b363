"""Two ways the press tells a club's sacking in a relative clause: 'X, who was terminated earlier this
month' (American usage: let go) and 'X, who was separated from the position / from the club' (translated
copy). Both are dismissals; a man who terminated something himself ('X had terminated the talks') and a
coach who 'separated from' a club on his own are not read so. Written for these tests in
our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht appointed Tomas Berger. He takes over from Martin Kaiser, who was terminated this month.",
        "Utrecht appointed Tomas Berger. He arrives in the place of Martin Kaiser, who was separated from "
        "the position on Monday.",
        "Utrecht appointed Tomas Berger. Martin Kaiser had been separated from the club in May.",
    ],
)
def test_relative_clause_sacking(text: str) -> None:
    keys = keys_of(text)
    assert ("Martin Kaiser", "FC Utrecht", "first_team", "dismissed") in keys
    assert ("Martin Kaiser", "FC Utrecht", "first_team", "left") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht appointed Tomas Berger. Martin Kaiser had terminated the talks with the club in May.",
        "Utrecht appointed Tomas Berger. Martin Kaiser separated from the club by mutual consent in May.",
    ],
)
def test_his_own_ending_is_no_sacking(text: str) -> None:
    assert ("Martin Kaiser", "FC Utrecht", "first_team", "dismissed") not in keys_of(text)
