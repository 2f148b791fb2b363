"""Precision (session 10): facts a careful reader would not record, seen as false positives on the
training sets and tested here with our own variants (other clubs, verbs, tenses, word orders), each
beside a near-miss that must keep its fact."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


# --- a 'since' spell ended by the story does not end a past club named in another clause -------------
# ('Rennie, the former Vancouver coach, had been in charge since 2022': the spell is Falkirk's; Vancouver
# is an earlier post, no departure from it is told)
@pytest.mark.parametrize(
    ("text", "coach", "past_club", "squad"),
    [
        (
            "Hibernian have sacked Tomás Ribeiro. Ribeiro, the former Braga coach, had been in charge since "
            "2022 but won only three of his last 15 games.",
            "Tomás Ribeiro",
            "Braga",
            "first_team",
        ),
        (
            "Peru have parted company with Jorge Fossati. Fossati, who took Uruguay to the Copa América "
            "semi-finals, had been in charge since February 2023.",
            "Jorge Fossati",
            "Uruguay",
            "national",
        ),
        (
            "Ghana sacked Chris Hughton on Tuesday. Hughton, 65, had been in charge since February 2022 and "
            "had previously worked as an assistant at Tottenham Hotspur.",
            "Chris Hughton",
            "Tottenham Hotspur",
            "first_team",
        ),
        (
            "Cardiff City have dismissed Erol Bulut. Bulut, the former Fenerbahçe and Gaziantep coach, has "
            "led the team since 2023.",
            "Erol Bulut",
            "Fenerbahçe",
            "first_team",
        ),
    ],
)
def test_past_club_of_an_apposition_is_not_left(text: str, coach: str, past_club: str, squad: str) -> None:
    keys = keys_of(text)
    assert (coach, past_club, squad, "left") not in keys
    assert (coach, past_club, squad, "in_charge") in keys


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        # the club's own relative clause: his spell there, ended by the move the story tells
        (
            "Hibernian have appointed Kasper Hjulmand as their new manager. The Dane will join in June once "
            "he has completed his commitments with Brøndby, whom he has managed since 2019.",
            "Kasper Hjulmand",
            "Brøndby IF",
        ),
        # the club told between the spell's verb and its date
        (
            "Aston Villa have appointed Thomas Frank. Frank had been in charge of Brentford since 2018.",
            "Thomas Frank",
            "Brentford",
        ),
    ],
)
def test_since_spell_of_the_club_named_is_left(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "left") in keys_of(text)


# --- a new coach's first games or squad told as ahead: his post, no spell told yet ---------------------
@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Jamaica have appointed Steve McClaren as head coach. Jamaica's first matches under McClaren "
            "will be friendlies against Chile and Peru in September.",
            "Steve McClaren",
            "Jamaica",
            "national",
        ),
        (
            "Scotland have named Pedro Martínez Losa as head coach of the women's team. The first game under "
            "Martínez Losa is a Nations League tie against Belgium in February.",
            "Pedro Martínez Losa",
            "Scotland",
            "national_women",
        ),
        (
            "Norway have appointed Gemma Grainger as head coach of the women's national team. Captain Maren "
            "Mjelde is expected to be part of Grainger's first squad for the games against Austria in April.",
            "Gemma Grainger",
            "Norway",
            "national_women",
        ),
    ],
)
def test_first_games_to_come_are_no_spell(text: str, coach: str, club: str, squad: str) -> None:
    keys = keys_of(text)
    assert (coach, club, squad, "appointed") in keys
    assert (coach, club, squad, "in_charge") not in keys


def test_first_games_played_are_a_spell() -> None:
    # a spell told of an earlier post (the games were played): still a spell there
    keys = keys_of(
        "Hull City have appointed Tim Walter. Under Walter, Hamburg won their first five games of the "
        "2022-23 season."
    )
    assert ("Tim Walter", "Hamburger SV", "first_team", "in_charge") in keys


# --- a candidate's title is no post at the club he is a candidate for ---------------------------------
@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Mumbai City have sacked Petr Kratky. Spanish coach Sergio Lobera is among the candidates to "
            "take over, according to sources.",
            "Sergio Lobera",
            "Mumbai City",
            "first_team",
        ),
        (
            "Ghana have parted company with Chris Hughton. Two-time AFCON winning coach Hervé Renard was "
            "also considered, according to sources.",
            "Hervé Renard",
            "Ghana",
            "national",
        ),
        (
            "Bristol Rovers have sacked Matt Taylor. Former Swindon interim boss Gavin Gunning is among the "
            "early favourites for the job.",
            "Gavin Gunning",
            "Bristol Rovers",
            "first_team",
        ),
    ],
)
def test_candidate_title_is_no_post_there(text: str, coach: str, club: str, squad: str) -> None:
    keys = keys_of(text)
    assert (coach, club, squad, "in_charge") not in keys


def test_former_boss_of_the_club_is_a_past_spell_there() -> None:
    # near-miss: "former boss" tells a past spell at the club in view, beside the rumour
    keys = keys_of(
        "Blackburn Rovers have sacked Jon Dahl Tomasson. Former boss Tony Mowbray is the early favourite "
        "with the bookmakers."
    )
    assert ("Tony Mowbray", "Blackburn Rovers", "first_team", "in_charge") in keys
