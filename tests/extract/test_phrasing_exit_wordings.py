"""Exits told plainly (sentences of our own): 'X is no longer the coach of C', 'has decided to leave'
(a resignation, but not in a quote), and 'C relieved (head coach) X of his duties'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- "X is no longer the coach of C", "he has decided to leave" -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marco Rose is no longer the head coach of RB Leipzig.",
        "Marco Rose, who is no longer in charge of RB Leipzig, is wanted by Wolfsburg.",
    ],
)
def test_no_longer_the_coach(text: str) -> None:
    assert ("Marco Rose", "RB Leipzig", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "RB Leipzig said on Sunday that Marco Rose has decided to leave at the end of the season.",
        "Marco Rose is no longer Leipzig's coach. He told the board that he had opted to step down.",
    ],
)
def test_decided_to_leave_is_a_resignation(text: str) -> None:
    assert ("Marco Rose", "RB Leipzig", "first_team", "resigned") in keys_of(text)


def test_decided_to_leave_in_a_quote_is_no_fact() -> None:
    text = '"We are sad that Marco has chosen to leave," RB Leipzig chief executive Oliver Mintzlaff said.'
    assert not any(k[3] == "resigned" for k in keys_of(text))


# --- "C relieved (head coach) X of his duties": the role may stand before the name ----------


@pytest.mark.parametrize(
    "text",
    [
        "Bengaluru FC on Tuesday relieved head coach Simon Grayson of his duties after a poor run.",
        "Celtic relieved their manager Neil Lennon of his responsibilities on Friday.",
    ],
)
def test_relieved_role_name_of_duties(text: str) -> None:
    keys = keys_of(text)
    assert any(k[3] == "dismissed" and k[0] in {"Simon Grayson", "Neil Lennon"} for k in keys), keys
