"""', along with goalkeeping coach Y' after a man's change: Y's own change, told with his (written for
these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Hibernian have extended the contract of head coach Tom Reid. "


def test_an_aide_along_with_another_shares_his_extension():
    text = (
        _LEAD + "Assistant coach Sam Hart has also signed a new deal, along with goalkeeping coach Dan Kerr."
    )
    keys = keys_of(text)
    assert ("Sam Hart", "Hibernian", "first_team", "extended") in keys
    assert ("Dan Kerr", "Hibernian", "first_team", "extended") in keys


def test_a_man_worked_along_with_is_no_second_change():
    # 'worked along with' tells company in a past spell, not a change of the man named after it
    text = _LEAD + "Reid coached Falkirk for two years, working along with his friend Dan Kerr."
    assert ("Dan Kerr", "Hibernian", "first_team", "extended") not in keys_of(text)
