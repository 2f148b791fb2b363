"""Precision: words that name a man with a team but tell no spell of their own. 'his first training
session', 'will join X's backroom staff' beside the appointment at that club restate the post; 'his new
team-mates' are a player's; 'at X's side' is beside him (his assistant), not his team."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Nottingham Forest have appointed Jan Ruud as head coach. Ruud will take his first training "
            "session at the club on Thursday.",
            ("Jan Ruud", "Nottingham Forest", "first_team", "in_charge"),
        ),
        (
            "Hull City have named Tomas Wendt as their new manager. Marco Berti and Luis Pinto will join "
            "Wendt's backroom staff.",
            ("Tomas Wendt", "Hull City", "first_team", "in_charge"),
        ),
        (
            "Burnley have appointed Ole Dahl as head coach. Dahl is expected to bring his own coaching "
            "staff to Turf Moor.",
            ("Ole Dahl", "Burnley", "first_team", "in_charge"),
        ),
        (
            "Sporting have signed the striker Erik Lund from Malmo. Lund will meet his new team-mates "
            "on the club's tour of Japan.",
            ("Erik Lund", "Sporting CP", "first_team", "in_charge"),
        ),
    ],
)
def test_no_spell_of_its_own(text: str, absent: tuple[str, str, str, str]) -> None:
    assert absent not in keys_of(text)


def test_beside_him_is_not_his_team() -> None:
    text = (
        "Bolton Wanderers have appointed Sam Green as head coach. Green spent three seasons at Pep "
        "Guardiola's side before moving to Bolton Wanderers."
    )
    assert not {k for k in keys_of(text) if k[0] == "Pep Guardiola" and k[1] == "Bolton Wanderers"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named man's staff with no appointment of his there: he coaches that side
        (
            "Kevin Dunne has joined Tomas Wendt's coaching staff at Hull City.",
            ("Tomas Wendt", "Hull City", "first_team", "in_charge"),
        ),
        # … and beside his exit it still tells the spell the exit ends
        (
            "Wales have made Lee Price their head coach. Price joined Ryan Giggs' senior coaching staff "
            "at Wales in 2019. He took over when Giggs resigned in 2022.",
            ("Ryan Giggs", "Wales", "national", "in_charge"),
        ),
        # his side, named by what it did: the team he coaches
        (
            "Barcelona thrashed Real Madrid 4-0 on Saturday. Hansi Flick's side are six points clear.",
            ("Hansi Flick", "Barcelona", "first_team", "in_charge"),
        ),
    ],
)
def test_side_and_staff_still_tell_the_post(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea have named Tom Reeve head coach of their under-18 side. Reeve was promoted from the "
        "under-15s and will lead the under-18s through the Youth Cup this term.",
        "Everton have reshaped their academy staff. Mark Dale was promoted from the under-18s and will now "
        "coach the under-21s.",
    ],
)
def test_promotion_to_a_named_youth_side_is_not_the_senior_post(text: str) -> None:
    """'promoted from the U16s and will lead the U18s': the post is the squad named, not the first team."""
    assert not {k for k in keys_of(text) if k[2] == "first_team" and k[3] == "appointed"}


def test_promotion_naming_no_new_side_is_the_senior_post() -> None:
    text = (
        "Lens have a new head coach. Marc Delorme was promoted from the reserve team after Jean "
        "Prost was sacked."
    )
    assert ("Marc Delorme", "RC Lens", "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal's Bukayo Saka, the son of a youth coach at Watford, has been linked with Real Madrid.",
        "Lille striker Jonas Vik has been linked with Everton.",
    ],
)
def test_a_player_linked_with_a_club_is_transfer_gossip_not_a_coaching_rumour(text: str) -> None:
    assert keys_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Thomas Frank has been linked with the Manchester United job.",
        "Ipswich boss Kieran McKenna has been linked with Chelsea.",
        "Brentford have appointed Keith Andrews. Kieran McKenna had been linked with Brentford.",
    ],
)
def test_a_coach_linked_with_a_club_or_its_job_is_a_rumour(text: str) -> None:
    assert [k for k in keys_of(text) if k[3] == "linked"]
