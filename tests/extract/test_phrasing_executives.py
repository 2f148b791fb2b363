"""Executives beside coaches, written for these tests in our own words: a bare surname shared by
a coach and an executive is the coach's, a 'technical director of the first team' is its coach, and
the team's or club's director otherwise has no coaching facts."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected", "unwanted"),
    [
        (
            "Egypt named Karim Mansour as head coach on Monday. The board also named his cousin "
            "Tarek Mansour as the national team's director. Mansour, 49, played 80 times for his country. "
            "Since retiring, he has coached Al Masry, Ismaily and Zamalek.",
            ("Karim Mansour", "Zamalek", "first_team", "in_charge"),
            ("Tarek Mansour", "Zamalek", "first_team", "in_charge"),
        ),
        (
            "Rangers appointed Graham Kerr as manager. The club also named his brother Neil Kerr as the "
            "club's sporting director. Kerr previously managed Dundee United and Hibernian.",
            ("Graham Kerr", "Hibernian", "first_team", "in_charge"),
            ("Neil Kerr", "Hibernian", "first_team", "in_charge"),
        ),
    ],
)
def test_surname_shared_with_an_executive_is_the_coach(text, expected, unwanted):
    keys = keys_of(text)
    assert expected in keys
    assert unwanted not in keys


def test_executive_named_as_the_teams_director_has_no_coaching_facts():
    keys = keys_of(
        "Wydad named Hicham Dmii as head coach and Ali Fathi as the team's technical director. "
        "Dmii has coached FUS Rabat."
    )
    assert not any(k[0] == "Ali Fathi" for k in keys)
    assert ("Hicham Dmii", "Wydad AC", "first_team", "appointed") in keys


def test_technical_director_of_the_first_team_is_its_coach() -> None:
    keys = keys_of("Paulo Lima, the technical director of the first team of Al Wahda, resigned on Sunday.")
    assert ("Paulo Lima", "Al-Wahda", "first_team", "resigned") in keys


def test_sporting_technical_director_stays_an_executive() -> None:
    keys = keys_of(
        "Al Wahda sacked coach Paulo Lima. Sporting director Rui Costa, the technical director of the club, "
        "spoke."
    )
    assert not any(k[0] == "Rui Costa" for k in keys)
    assert ("Paulo Lima", "Al-Wahda", "first_team", "dismissed") in keys


def test_coach_with_a_second_board_title_keeps_his_coaching_facts() -> None:
    # "coach and sporting director X": the board post is his second title, and a later bare
    # surname is still his, not a relative's named further down
    keys = keys_of(
        "Harbour City fired coach and sporting director Tom Ellery on Monday. "
        "Ellery, 58, had previously coached Bristol City. "
        "His nephew Sam Ellery plays for the reserves."
    )
    assert ("Tom Ellery", "Harbour City", "first_team", "dismissed") in keys
    assert not any(k[0] == "Sam Ellery" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a board title not joined to the coach's stays an executive's
        "Harbour City fired coach Dan Moss, and sporting director Tom Ellery said the club would move on.",
        "Harbour City named sporting director Tom Ellery as chairman of the academy board.",
    ],
)
def test_board_title_not_second_to_a_coachs_stays_an_executive(text) -> None:
    assert not any(k[0] == "Tom Ellery" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "official"),
    [
        # "Team manager X" opening a sentence, and a Dutch club's "technical manager": officials, no coaches
        (
            "Asante Kotoko named Paul Mensah as head coach. Team manager Kwame Boateng, who led the search, "
            "welcomed the appointment.",
            "Kwame Boateng",
        ),
        (
            "Utrecht named Jan Vos as head coach. "
            "The technical manager Joost Dekker spoke of a logical choice.",
            "Joost Dekker",
        ),
    ],
)
def test_team_and_technical_managers_are_officials(text, official) -> None:
    keys = keys_of(text)
    assert not any(k[0] == official for k in keys)
    assert any(k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near-misses: a side or country named before "team manager" makes him its coach
        (
            "Northern Ireland team manager Ian Burke has signed a new contract until 2026.",
            ("Ian Burke", "Northern Ireland", "national", "extended"),
        ),
        (
            "Shelbourne named Ian Burke as head coach. "
            "Women's team manager Ann Doyle signed a new deal last week.",
            ("Ann Doyle", "Shelbourne", "women", "extended"),
        ),
    ],
)
def test_a_sides_team_manager_stays_its_coach(text, expected) -> None:
    assert expected in keys_of(text)


def test_the_man_a_club_is_the_property_of_is_its_owner() -> None:
    keys = keys_of(
        "Lugano named Tom Ellery as coach. Lugano is under the same property of Toronto FC, "
        "of the Canadian Paul Varga."
    )
    assert not any(k[0] == "Paul Varga" for k in keys)
    assert ("Tom Ellery", "FC Lugano", "first_team", "appointed") in keys


def test_a_club_that_is_a_property_still_names_its_coach() -> None:
    # near-miss: "property of C" with no man after it
    keys = keys_of("Lugano named Tom Ellery as coach. The club is the property of Chicago Fire.")
    assert ("Tom Ellery", "FC Lugano", "first_team", "appointed") in keys


def test_resignation_as_a_board_member_is_no_coachs_resignation() -> None:
    keys = keys_of("Italy are without a coach after Dan Moss's resignation as president of the federation.")
    assert not any(k[0] == "Dan Moss" for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near-misses: a bare resignation, and 'technical director' (the coach's title in Latin America)
        (
            "Italy are without a coach after Dan Moss's resignation.",
            ("Dan Moss", "Italy", "national", "resigned"),
        ),
        (
            "Boca Juniors are without a coach after Dan Moss's resignation as technical director.",
            ("Dan Moss", "Boca Juniors", "first_team", "resigned"),
        ),
    ],
)
def test_a_coachs_resignation_still_reads(text, expected) -> None:
    assert expected in keys_of(text)


def test_the_man_a_board_post_has_been_vacant_since_is_its_holder() -> None:
    keys = keys_of("Hearts have been without a sporting director since Dan Moss resigned in April.")
    assert not any(k[0] == "Dan Moss" for k in keys)


def test_a_coachless_club_since_a_coach_left_still_reads() -> None:
    # near-miss: the post vacant since he left is the coach's
    keys = keys_of("Hearts have been without a head coach since Dan Moss resigned in April.")
    assert ("Dan Moss", "Heart of Midlothian", "first_team", "resigned") in keys
