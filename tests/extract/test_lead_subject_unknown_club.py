"""A club the reference data lacks, named as the lead's subject acting on a man named after it as only a
club does ('C has extended the contract of head coach X', 'C and X part ways', 'C has made official the
arrival of X'), is the story's club: its facts are read there, not at a club named later in passing."""

from __future__ import annotations

from extract_helpers import keys_of


def test_contract_extended_by_an_unknown_club() -> None:
    text = (
        "Kelbridge has extended the contract of head coach Tomas Vereker by one season, the club said on "
        "Friday. Vereker came from Hull City in 2021. Goalkeeping coach Ruben Asgard leaves the club."
    )
    keys = keys_of(text)
    assert ("Tomas Vereker", "Kelbridge", "first_team", "extended") in keys
    assert ("Ruben Asgard", "Kelbridge", "first_team", "left") in keys
    assert not any(club == "Hull City" and event == "extended" for _, club, _, event in keys)


def test_unknown_club_and_its_coach_part_ways() -> None:
    text = (
        "Marnock and Dario Fenzi part ways. The board said on Thursday that the deal of the coach, which "
        "runs out in June, will not be renewed. Fenzi had coached Empoli before."
    )
    keys = keys_of(text)
    assert ("Dario Fenzi", "Marnock", "first_team", "left") in keys


def test_club_form_in_capitals_opens_the_name() -> None:
    text = (
        "SO Brevanne has made official on Tuesday the arrival of Pierre Daumal at the head of its first "
        "team. The former Le Mans coach replaces Luc Tessier."
    )
    keys = keys_of(text)
    assert ("Pierre Daumal", "SO Brevanne", "first_team", "appointed") in keys
    assert ("Luc Tessier", "SO Brevanne", "first_team", "left") in keys


def test_a_mans_act_on_a_club_makes_no_club() -> None:
    text = "Kessler has parted company with Dynamo Dresden after a poor run. He had arrived in 2022."
    clubs = {club for _, club, _, _ in keys_of(text)}
    assert "Kessler" not in clubs


def test_initials_of_a_club_named_in_full_are_no_other_club() -> None:
    text = (
        "KRFC and Tom Vereker part ways\n\n"
        "Kelbridge Rovers FC and head coach Tom Vereker have parted company, the club announced on Monday."
    )
    clubs = {club for _, club, _, _ in keys_of(text)}
    assert "KRFC" not in clubs
    assert "Kelbridge Rovers FC" in clubs
