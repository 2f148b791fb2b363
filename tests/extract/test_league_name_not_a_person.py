"""Brazil's league by its everyday name, "the Brasileirão", is no person: read as one it ended an aside
on the replaced man ("X, fired on 11 April after a bad start of Brasileirão") on a second man's name."""

from __future__ import annotations

from extract_helpers import keys_of


def test_aside_sacking_ending_on_the_league_name():
    text = (
        "Bahia officialized on Friday the hiring of the Uruguayan coach Pablo Núñez. Núñez arrives to "
        "substitute Caio Lemos, fired on 3 May after an early exit from the state championship and a poor "
        "start of Brasileirão."
    )
    keys = keys_of(text)
    assert ("Caio Lemos", "EC Bahia", "first_team", "dismissed") in keys
    assert not any(k[0] in ("Brasileirão", "Brasileirao") for k in keys)


def test_a_man_named_after_the_league_is_still_read():
    """Near miss: the league named before the club and the coach leaves both read."""
    text = "After a poor start to the Brasileirão, Grêmio sacked Pablo Núñez on Friday."
    keys = keys_of(text)
    assert ("Pablo Núñez", "Grêmio", "first_team", "dismissed") in keys
