"""Club and squad attribution: a men's club stays a men's club when its coach once coached
women elsewhere."""

from __future__ import annotations

from extract_helpers import keys_of

# --- "MLS champion C", "Premier League side C": a men's league names the club's first team ---------


def test_mls_club_keeps_its_first_team_when_its_coach_once_led_a_womens_side():
    text = (
        "Assistant coach Tom Harwell will take over MLS champion Seattle Sounders on an interim basis "
        "after Brian Kole left to coach Dutch club Feyenoord, the team said Monday. "
        "Harwell joined the Sounders' staff in 2021 after five seasons as coach of Arsenal's women's team, "
        "which he led to the Women's Super League title."
    )
    keys = keys_of(text)
    assert ("Tom Harwell", "Seattle Sounders", "first_team", "appointed") in keys
    assert not any(k[1] == "Seattle Sounders" and k[2] == "women" for k in keys)
    assert ("Tom Harwell", "Arsenal", "women", "in_charge") in keys


def test_premier_league_side_keeps_its_first_team():
    text = (
        "Premier League side Everton have named Sam Ridley as their new manager. "
        "Ridley previously spent four years in charge of Chelsea's women's team in the Women's Super League."
    )
    keys = keys_of(text)
    assert ("Sam Ridley", "Everton", "first_team", "appointed") in keys
    assert not any(k[1] == "Everton" and k[2] == "women" for k in keys)


def test_womens_league_club_is_still_womens():
    text = (
        "Women's Super League side Chelsea have named Sam Ridley as their new manager. "
        "Ridley previously coached Arsenal's women's team."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Sam Ridley" and k[1] == "Chelsea" and k[2] == "first_team" for k in keys)


# --- "Coleraine manager X": a club's context-only alias titling its manager names that club --------


def test_context_alias_before_manager_names_its_club():
    text = (
        "Dundee have yet to decide, with former Hearts boss Jim Rowe "
        "and Coleraine manager Sean Doyle in the frame."
    )
    keys = keys_of(text)
    assert ("Sean Doyle", "Coleraine FC", "first_team", "in_charge") in keys
    assert not any(k[0] == "Sean Doyle" and k[1] == "Dundee" and k[3] == "in_charge" for k in keys)


def test_context_alias_before_boss_names_its_club():
    text = "Ballymena boss Kyle Marsh has signed a new two-year contract."
    keys = keys_of(text)
    assert any(k[0] == "Kyle Marsh" and k[1] == "Ballymena United" for k in keys)
