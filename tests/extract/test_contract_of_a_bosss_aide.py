"""'extended the contract of Y's assistant, X': the aide's extension, not his boss's; 'the contract of X'
alone is still X's."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Hibernian are coached by Tomas Berg, who was appointed in 2023. "


def test_the_aides_contract_is_his() -> None:
    text = _LEAD + "The club said it has also extended the contract of Berg's assistant, Anders Vik."
    keys = keys_of(text)
    assert ("Anders Vik", "Hibernian", "first_team", "extended") in keys
    assert ("Tomas Berg", "Hibernian", "first_team", "extended") not in keys


def test_the_bosss_own_contract_is_his() -> None:
    text = _LEAD + "The club said it has also extended the contract of Berg until 2027."
    assert ("Tomas Berg", "Hibernian", "first_team", "extended") in keys_of(text)
