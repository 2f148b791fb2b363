"""'X replaces Y, who led C to the play-offs': what the replaced man achieved at the club is a spell of
his own there (beside his exit), not a restatement of the post being filled. A relative clause that
tells no feat ("who took C to court") still reads no spell."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hull City have appointed Erik Lund as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund replaces Tom Berg, who led Hull to the play-offs last season.",
        "Lund takes over from Tom Berg, who guided the Tigers to the FA Cup semi-finals in 2022.",
        "Lund succeeds Tom Berg, who steered Hull City to promotion two years ago.",
    ],
)
def test_the_replaced_mans_feat_is_his_spell(sentence: str) -> None:
    assert ("Tom Berg", "Hull City", "first_team", "in_charge") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund replaces Tom Berg, who took Hull to court over unpaid wages.",
        "Lund replaces Tom Berg, who led Hull to a 3-0 win over Leeds on Saturday.",
    ],
)
def test_no_feat_no_spell(sentence: str) -> None:
    assert ("Tom Berg", "Hull City", "first_team", "in_charge") not in keys_of(_LEAD + sentence)
