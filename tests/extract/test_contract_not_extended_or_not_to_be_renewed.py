"""A club that does not extend a coach's contract lets him go: 'X's contract was not extended', 'the
contract of X was not extended', and the decision announced ahead, 'will not renew the contract of
coach X', each tell his departure. Not the coach's own words ('he would not extend his
contract'), nor a player's contract. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Latvia have named Marco Vella as their new head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The job had been vacant since January, when the contract of Henk Bosman was not extended.",
        "The federation said on Friday that it will not renew the contract of coach Henk Bosman.",
        "The federation said on Friday that it will not renew the contract of Dutch coach Henk Bosman.",
        "The board confirmed it would not extend the contract of head coach Henk Bosman.",
    ],
)
def test_contract_not_extended_is_a_departure(sentence: str) -> None:
    assert ("Henk Bosman", "Latvia", "national", "left") in keys_of(_NEWS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # his own decision, told in his words about "his contract"
        "Henk Bosman told the federation in May that he would not extend his contract.",
        # a player's deal
        "Midfielder Janis Ozols' contract was not extended in June.",
    ],
)
def test_own_refusal_or_players_contract_is_no_departure_read_here(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert ("Henk Bosman", "Latvia", "national", "left") not in keys
    assert not any(k[0] == "Janis Ozols" for k in keys)
