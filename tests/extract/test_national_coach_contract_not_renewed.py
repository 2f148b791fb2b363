"""A federation not renewing its national coach's deal names him by a national title: "will not renew the
contract of national team coach X", "will not extend the contract of women's national team head coach Y".
Each is his exit from that national team. Sentences and names of our own."""

from __future__ import annotations

from extract_helpers import keys_of


def test_national_team_coach_not_renewed_leaves() -> None:
    text = (
        "The Latvian Football Federation announced on Tuesday that it will not renew the contract of "
        "national team coach Ivars Kalnins, whose side finished bottom of its group."
    )
    assert ("Ivars Kalnins", "Latvia", "national", "left") in keys_of(text)


def test_womens_national_team_head_coach_not_extended_leaves() -> None:
    text = (
        "The Icelandic Football Association said on Friday it will not extend the contract of women's "
        "national team head coach Sigrun Jonsdottir after a poor European Championship."
    )
    assert ("Sigrun Jonsdottir", "Iceland", "national_women", "left") in keys_of(text)


# --- near misses -------------------------------------------------------------------------------------


def test_national_team_player_not_renewed_is_no_coach() -> None:
    text = "The Latvian federation will not renew the contract of national team striker Ivars Kalnins."
    assert not any(k[0] == "Ivars Kalnins" and k[3] == "left" for k in keys_of(text))
