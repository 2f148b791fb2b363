"""'X, a former Seattle assistant under Y', 'the former Cardiff assistant to Y': the club before the aide's
title is where his boss coached, not the club in view (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hearts have appointed Tom Reid as manager. "


@pytest.mark.parametrize(
    "aide",
    [
        "Reid, a former Cardiff assistant under Neil Warnock, arrives this week.",
        "Reid, the former Cardiff assistant to Neil Warnock, takes over.",
        "Reid, a former Cardiff assistant manager to Neil Warnock, takes over.",
    ],
)
def test_the_boss_coached_the_club_before_the_title(aide: str) -> None:
    keys = keys_of(_LEAD + aide)
    assert ("Neil Warnock", "Cardiff City", "first_team", "in_charge") in keys
    assert ("Neil Warnock", "Heart of Midlothian", "first_team", "in_charge") not in keys


@pytest.mark.parametrize(
    "other",
    [
        # a club's player under a coach: no aide's title
        "Reid, a former Cardiff midfielder under Neil Warnock, arrives this week.",
        # the aide's title ends its apposition: his boss is told elsewhere
        "Reid, the former Cardiff assistant, worked under Neil Warnock at Leeds.",
    ],
)
def test_no_boss_spell_without_an_aides_title(other: str) -> None:
    keys = keys_of(_LEAD + other)
    assert ("Neil Warnock", "Cardiff City", "first_team", "in_charge") not in keys
