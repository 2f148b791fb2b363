"""Phrasings found on extract_train7 (r01-r15), tested with our own sentences: the backroom staff a
new manager brings ('will be joined in east London by his assistant A, first-team coach B and
goalkeeping coach C'), a ground named after someone ('at Cormack Park') that is nobody's name."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "joined",
    [
        "will be joined in east London by",
        "will be joined at the training ground by",
        "will be joined in the dugout by",
        "will be joined by",
    ],
)
def test_staff_list_joining_the_new_manager_each_with_his_own_title(joined):
    text = (
        "Fulham have appointed Tom Archer as manager. "
        f"Archer {joined} his long-time assistant Dan Kettle, first-team coach Lee Marsh and goalkeeping "
        "coach Sam Pike."
    )
    facts = {
        (f["coach"], f["club"], f["role"], f["event"]) for f in facts_of(text) if f["coach"] != "Tom Archer"
    }
    assert facts == {
        ("Dan Kettle", "Fulham", "assistant_coach", "appointed"),
        ("Lee Marsh", "Fulham", "assistant_coach", "appointed"),
        ("Sam Pike", "Fulham", "goalkeeping_coach", "appointed"),
    }


def test_sacked_staff_list_with_titles_takes_every_name():
    text = "Burnley sacked manager Ian Cole, assistant Rob Dean and fitness coach Max Hale on Monday."
    keys = keys_of(text)
    assert ("Rob Dean", "Burnley", "first_team", "dismissed") in keys
    assert ("Max Hale", "Burnley", "first_team", "dismissed") in keys


def test_aide_joining_is_at_the_story_club_not_a_past_club_of_the_manager():
    text = (
        "Hearts are delighted to confirm that Ola Berg will become the club's new manager. "
        "The Norwegian joins from Molde, where he has been head coach since 2019. "
        "Berg previously spent four years in charge of Strømsgodset, whom he led to the title. "
        "He will be joined at Riccarton by assistant manager Kai Lund, who has worked alongside him at "
        "Molde for the past three seasons."
    )
    facts = {(f["club"], f["event"]) for f in facts_of(text) if f["coach"] == "Kai Lund"}
    assert ("Heart of Midlothian", "appointed") in facts
    assert ("Molde", "in_charge") in facts
    assert not any(club == "Strømsgodset" for club, _ in facts)


@pytest.mark.parametrize("ground", ["Cormack Park", "Ferguson Road", "Lowry Lane"])
def test_a_ground_named_after_someone_is_no_person(ground):
    text = (
        "Hearts appointed Ola Berg as manager on Monday. "
        f"He will be joined at {ground} by assistant manager Kai Lund. "
        f'Chairman Dave {ground.split()[0]} said: "We are delighted."'
    )
    facts = {(f["coach"], f["club"], f["event"]) for f in facts_of(text)}
    assert ("Kai Lund", "Heart of Midlothian", "appointed") in facts
    assert not any(coach.startswith("Dave") for coach, _, _ in facts)


@pytest.mark.parametrize(
    "tail",
    [
        "Burnley and Everton, where he won promotion in 2019, as well as Norwich City and Watford",
        "Burnley, Everton, with whom he reached a cup final, as well as Norwich City and Watford",
    ],
)
def test_career_list_goes_on_after_an_aside_with_as_well_as(tail):
    text = f"Stoke City appointed Mark Hollis. Hollis previously coached {tail} in England."
    clubs = {f["club"] for f in facts_of(text) if f["coach"] == "Mark Hollis" and f["event"] == "in_charge"}
    assert {"Burnley", "Everton", "Norwich City", "Watford"} <= clubs
