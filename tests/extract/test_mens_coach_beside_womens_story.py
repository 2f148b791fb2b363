"""The men's coach named in a story about a club's women's team ("alongside men's manager X", "Palace's men,
managed by X"): he coaches the club's first team, not its women (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Celtic have appointed Elena Sadiku as head coach of their women's team until 2027. "
_MENS = ("Brendan Rodgers", "Celtic", "first_team", "in_charge")


@pytest.mark.parametrize(
    "mens",
    [
        "Sadiku spoke to the press at Lennoxtown alongside men's manager Brendan Rodgers.",
        "The club, which also employs men's coach Brendan Rodgers, received more than 40 applications.",
        "Celtic's men, managed by Brendan Rodgers, are top of the Premiership.",
        "Sadiku met the men's head coach Brendan Rodgers on Monday.",
    ],
)
def test_mens_coach_coaches_the_first_team(mens: str) -> None:
    assert _MENS in keys_of(_LEAD + mens)


def test_age_group_mens_coach_is_no_first_team_post() -> None:
    keys = keys_of(
        "Austria have appointed Carl Weber to coach the women's national team, the former "
        "under-19 men's coach starting work after the Euros."
    )
    assert ("Carl Weber", "Austria", "national_women", "appointed") in keys
    assert ("Carl Weber", "Austria", "national", "appointed") not in keys


@pytest.mark.parametrize(
    "other",
    [
        # a player of the men's side, a club's chairman: no coach
        "Sadiku was unveiled alongside men's captain Callum McGregor.",
        "Sadiku was unveiled alongside chairman Peter Lawwell.",
    ],
)
def test_no_coach_without_a_coaching_title(other: str) -> None:
    keys = keys_of(_LEAD + other)
    assert not {k for k in keys if k[0] in ("Callum McGregor", "Peter Lawwell")}
