"""Staff leaving with the coach: as an absolute clause ('with assistant X also departing'), 'will
depart alongside him', "X, Rooney's number two at C, also left"; 'with X leaving' without 'also', or
leaving for another club, is no plain exit."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Derek McInnes left Aberdeen by mutual consent on Monday, with assistant Tony Docherty also "
            "departing.",
            "Tony Docherty",
            "Aberdeen",
        ),
        (
            "Hearts sacked Steven Naismith on Sunday, with his assistant Frankie McAvoy leaving too.",
            "Frankie McAvoy",
            "Heart of Midlothian",
        ),
        (
            "Burnley parted company with Vincent Kompany, with first-team coach Craig Bellamy also leaving.",
            "Craig Bellamy",
            "Burnley",
        ),
    ],
)
def test_staff_leaving_told_as_an_absolute_clause(text, coach, club):
    assert (coach, club, "left") in events_of(text)


def test_with_x_leaving_without_also_is_not_read():
    facts = events_of("Hearts won 2-0 on Saturday, with Lawrence Shankland leaving the pitch injured.")
    assert not any(event == "left" for _, _, event in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plymouth sacked Wayne Rooney. His assistant Simon Ireland will depart alongside him.",
            ("Simon Ireland", "Plymouth Argyle", "first_team", "left"),
        ),
        (
            "Hull parted with Liam Rosenior. Coach Justin Walker is also leaving with Rosenior.",
            ("Justin Walker", "Hull City", "first_team", "left"),
        ),
    ],
)
def test_staff_leaving_with_the_coach(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


# --- "X, Rooney's number two at Plymouth, also left": staff gone with the coach ---------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Plymouth Argyle sacked Ian Foster on Friday. Kevin Nance, Foster's number two at "
            "Plymouth, also left on Friday.",
            "Kevin Nance",
            "Plymouth Argyle",
        ),
        (
            "Chelsea sacked Graham Potter. Billy Reid, his long-time assistant at Chelsea, has also "
            "departed.",
            "Billy Reid",
            "Chelsea",
        ),
    ],
)
def test_apposition_then_also_left(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "left") in keys_of(text)


def test_also_left_for_another_club_is_no_plain_exit() -> None:
    keys = keys_of("Chelsea sacked Graham Potter. Billy Reid, his assistant, also left for Brighton.")
    assert not any(k[0] == "Billy Reid" and k[1] == "Brighton & Hove Albion" and k[3] == "left" for k in keys)
    assert ("Graham Potter", "Chelsea", "first_team", "dismissed") in keys
