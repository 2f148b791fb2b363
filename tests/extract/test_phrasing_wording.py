"""General football-news wording, written for these tests in our own words: a time phrase between a
verb and its preposition ("replaced last year by", "relieved on Sunday of his duties"), the club
"turning to" its new coach, the club confirming who "will lead the team", and a coach ending his
"stay" at a club."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Fulham manager Marco Silva was replaced last year by Scott Parker.",
        "Marco Silva was succeeded in May by Scott Parker at Fulham.",
        "Marco Silva was replaced earlier this month by Scott Parker at Fulham.",
        "Marco Silva was replaced at Fulham on Sunday by Scott Parker.",
        "Marco Silva was replaced on an interim basis by Scott Parker at Fulham.",
        "Marco Silva was succeeded on 3 March 2021 by Scott Parker at Fulham.",
    ],
)
def test_a_time_phrase_before_the_by_of_a_replacement(sentence: str) -> None:
    keys = keys_of(sentence)
    assert ("Scott Parker", "Fulham", "first_team", "appointed") in keys
    assert ("Marco Silva", "Fulham", "first_team", "left") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Marco Silva was relieved on Sunday of his duties by Fulham.",
        "Fulham parted company on Monday with manager Marco Silva.",
        "Fulham have parted ways this week with Marco Silva.",
    ],
)
def test_a_time_phrase_inside_a_sacking(sentence: str) -> None:
    assert ("Marco Silva", "Fulham", "first_team", "dismissed") in keys_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Everton sacked Sean Dyche in January and moved quickly to replace him, turning to David Moyes.",
        "Everton acted fast after the defeat, turning to former manager David Moyes.",
    ],
)
def test_the_club_turning_to_its_new_coach(sentence: str) -> None:
    assert ("David Moyes", "Everton", "first_team", "appointed") in keys_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Everton confirmed on Monday that David Moyes will lead the team next season.",
        "Everton have announced that former Scotland boss David Moyes will take charge of the side in July.",
        "David Moyes will lead the side from next season, Everton confirmed.",
        "Everton announced Tuesday that David Moyes, who spent years at the club, will coach the team.",
    ],
)
def test_the_club_telling_who_will_lead_the_team(sentence: str) -> None:
    assert ("David Moyes", "Everton", "first_team", "appointed") in keys_of(sentence)


def test_a_coach_in_post_leading_the_team_is_no_appointment() -> None:
    keys = keys_of("Everton boss David Moyes will lead the team against Arsenal on Saturday.")
    assert ("David Moyes", "Everton", "first_team", "appointed") not in keys
    assert ("David Moyes", "Everton", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Mauricio Pochettino ended his stay at Chelsea in January.",
        "Mauricio Pochettino, who ended a long stay at Chelsea last summer, is now out of work.",
        "Mauricio Pochettino's stay at Chelsea ended in January.",
    ],
)
def test_ending_a_stay_at_a_club(sentence: str) -> None:
    assert ("Mauricio Pochettino", "Chelsea", "first_team", "left") in keys_of(sentence)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Leicester have appointed Ruud van Nistelrooy as manager. Van Nistelrooy had been working as an "
            "assistant at Manchester United.",
            ("Ruud van Nistelrooy", "Manchester United", "first_team", "left"),
        ),
        (
            "Everton named Sean Dyche as their new manager on Monday. Dyche had been working in the academy "
            "of Burnley, where he coached the under-18 side last season.",
            ("Sean Dyche", "Burnley", "u18", "left"),
        ),
    ],
)
def test_a_post_held_up_to_an_appointment_elsewhere_is_left(
    text: str, post: tuple[str, str, str, str]
) -> None:
    """'had been working as …' (the pluperfect progressive): held until the news, so left for the new job."""
    assert post in keys_of(text)


def test_a_finished_pluperfect_spell_gets_no_extra_departure() -> None:
    keys = keys_of(
        "Everton named Sean Dyche as their new manager. Dyche had coached Burnley's under-18 side."
    )
    assert ("Sean Dyche", "Burnley", "u18", "left") not in keys
    assert ("Sean Dyche", "Burnley", "u18", "in_charge") in keys
