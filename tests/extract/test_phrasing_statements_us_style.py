"""Coaching changes told in club and federation statements, US style (MLS / NWSL / USL) and British
(sentences of our own): "the club and head coach X have mutually agreed to part ways", "X will not return as
head coach", "C have agreed terms with X, who becomes the club's new head coach", "relieved X of his head
coaching duties", "signed head coach X to a contract extension", "declined the contract option for head
coach X" — and the near misses: players, executives, a search with no name."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "text",
    [
        "The Tampa Bay Rowdies announced today that the club and head coach Neill Collins have mutually "
        "agreed to part ways.",
        "Tampa Bay Rowdies can confirm that the club and Neill Collins have parted company.",
        "Head coach Neill Collins and the Tampa Bay Rowdies have mutually agreed to part ways.",
        "Tampa Bay Rowdies announced on Monday that we and manager Neill Collins have agreed to part ways.",
    ],
)
def test_the_club_and_the_coach_parting_is_a_departure(text: str) -> None:
    assert ("Neill Collins", "Tampa Bay Rowdies", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Austin FC announced Monday that Josh Wolff will not return as head coach in 2025.",
        "Austin FC said Josh Wolff won't return as the club's head coach for the 2025 season.",
        "Josh Wolff will not return as Austin FC's head coach next year, the club confirmed.",
        "Austin FC have announced that head coach Josh Wolff will not return for the 2025 season.",
        "Austin FC confirmed that manager Josh Wolff will not return next season.",
    ],
)
def test_a_coach_who_will_not_return_leaves(text: str) -> None:
    assert ("Josh Wolff", "Austin FC", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Forward Carlos Vela will not return to LAFC for the 2025 season.",
        "Midfielder Carlos Vela will not return as a player next season, LAFC announced.",
        "Manager Carlos Vela will not return to the touchline until his suspension ends, LAFC said.",
        "LAFC announced that general manager Carlos Vela will not return as general manager.",
    ],
)
def test_a_player_or_an_executive_who_will_not_return_is_no_coach_leaving(text: str) -> None:
    assert not [f for f in facts_of(text) if f["event"] == "left"]


@pytest.mark.parametrize(
    "text",
    [
        "Brentford have agreed terms with Keith Andrews, who becomes the club's new head coach on a deal "
        "running to the summer of 2028.",
        "Brentford has agreed a contract with Keith Andrews to become the club's new head coach, subject to "
        "visa approval.",
        "Brentford today announced that the club has agreed to terms with Keith Andrews on a contract "
        "through the 2027 season to become head coach.",
        "Brentford have agreed a three-year deal with Keith Andrews, who will become their new manager.",
    ],
)
def test_terms_agreed_with_the_new_head_coach_are_his_appointment(text: str) -> None:
    assert ("Keith Andrews", "Brentford", "first_team", "appointed") in keys_of(text)


def test_terms_agreed_with_a_new_captain_are_no_coaching_post() -> None:
    assert not keys_of("Inter Miami have agreed terms with Lionel Messi, who becomes the club's new captain.")
    assert not keys_of(
        "Nashville SC have agreed a contract with Hany Mukhtar to become the club's new designated player."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Birmingham City Football Club can confirm that Wayne Rooney has left his role as first team "
        "manager.",
        "Birmingham City can confirm Wayne Rooney has left his position as first-team head coach.",
    ],
)
def test_leaving_the_first_team_post_by_its_title(text: str) -> None:
    assert ("Wayne Rooney", "Birmingham City", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Inter Miami CF has relieved Phil Neville of his head coaching duties.",
        "Effective immediately, Inter Miami CF has relieved head coach Phil Neville of his duties.",
    ],
)
def test_relieved_of_his_head_coaching_duties_is_a_sacking(text: str) -> None:
    assert ("Phil Neville", "Inter Miami", "first_team", "dismissed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Seattle Sounders have signed head coach Brian Schmetzer to a multi-year contract extension.",
        "Seattle Sounders FC signed manager Brian Schmetzer to a new two-year contract on Friday.",
        "Seattle Sounders FC head coach Brian Schmetzer has agreed to a contract extension through 2026.",
    ],
)
def test_a_head_coach_signed_to_an_extension_is_extended_not_hired(text: str) -> None:
    keys = keys_of(text)
    assert ("Brian Schmetzer", "Seattle Sounders", "first_team", "extended") in keys
    assert ("Brian Schmetzer", "Seattle Sounders", "first_team", "appointed") not in keys


def test_a_club_signing_a_new_head_coach_is_still_his_appointment() -> None:
    keys = keys_of("The Seattle Sounders have signed head coach Brian Schmetzer from Vancouver.")
    assert ("Brian Schmetzer", "Seattle Sounders", "first_team", "appointed") in keys


def test_declining_the_contract_option_of_the_head_coach_is_his_departure() -> None:
    keys = keys_of("Sporting Kansas City have declined the contract option for head coach Peter Vermes.")
    assert ("Peter Vermes", "Sporting Kansas City", "first_team", "left") in keys
    assert not keys_of("Sporting Kansas City have declined the contract option for midfielder Remi Walter.")


@pytest.mark.parametrize(
    "text",
    [
        "Charlotte FC has parted ways with head coach Christian Lattanzio. Assistant coach Chris Cartlidge "
        "will assume head coaching duties on an interim basis.",
        "Charlotte FC has parted ways with head coach Christian Lattanzio. Chris Cartlidge will take over "
        "interim coaching duties.",
    ],
)
def test_an_assistant_assuming_the_coaching_duties_is_the_stand_in(text: str) -> None:
    found = [f for f in facts_of(text) if f["coach"] == "Chris Cartlidge" and f["event"] == "appointed"]
    assert found and found[0]["club"] == "Charlotte FC" and found[0]["role"] == "caretaker"


def test_an_assistant_assuming_scouting_duties_is_no_appointment() -> None:
    facts = facts_of("Charlotte FC said assistant coach Chris Cartlidge will assume scouting duties.")
    assert not [f for f in facts if f["event"] == "appointed"]


def test_the_interim_tag_removed_makes_one_head_coach_appointment() -> None:
    facts = facts_of(
        "The LA Galaxy today announced that Greg Vanney has had the interim tag removed and has been named "
        "head coach."
    )
    appointed = [f for f in facts if f["event"] == "appointed"]
    told = [(f["coach"], f["club"], f["role"]) for f in appointed]
    assert told == [("Greg Vanney", "LA Galaxy", "head_coach")]


@pytest.mark.parametrize(
    "text",
    [
        "Brighton & Hove Albion have confirmed Fabian Hürzeler as the club's new head coach.",
        "Oxford United can confirm that Liam Manning is no longer the club's head coach.",
    ],
)
def test_the_clubs_post_named_as_the_clubs(text: str) -> None:
    keys = keys_of(text)
    assert ("Fabian Hürzeler", "Brighton & Hove Albion", "first_team", "appointed") in keys or (
        "Liam Manning",
        "Oxford United",
        "first_team",
        "left",
    ) in keys


@pytest.mark.parametrize(
    "text",
    [
        "Forward Christian Benteke has agreed a new contract with D.C. United until 2025.",
        "Striker Christian Benteke has signed a new deal with D.C. United.",
        "The club can confirm that defender James Tavernier has left by mutual consent.",
        "Sporting director Chris Albright has left the Philadelphia Union by mutual consent.",
        "Rangers announced that the club and sporting director Ross Wilson have parted company.",
        "Columbus Crew has appointed Issa Tall as general manager.",
        "Charlotte FC have confirmed Zoran Krneta as the club's new sporting director.",
        "Toronto FC has opened a search for a new head coach and will provide an update in due course.",
    ],
)
def test_players_executives_and_a_search_with_no_name_are_no_coaching_facts(text: str) -> None:
    assert not keys_of(text)
