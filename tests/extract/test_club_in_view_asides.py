"""Which club a sentence naming none means when the text around it names other clubs only in
passing: a match opponent or venue ('the trip to Ibrox', 'when Scotland host Austria'), another
man's club ('Peru's X'), a club of the appointee's past."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _clubs(text: str, coach: str, event: str, **kw: str) -> set[str]:
    return {f["club"] for f in facts_of(text, **kw) if f["coach"] == coach and f["event"] == event}


@pytest.mark.parametrize(
    "fixture",
    [
        "prepare the team for Sunday's trip to Celtic",
        "take the team for the visit of leaders Celtic",
        "be in the dugout when they host Celtic on Saturday",
        "be in charge when the side face Celtic on Saturday",
    ],
)
def test_club_named_as_a_fixture_is_not_the_post_a_later_clause_takes(fixture: str):
    text = (
        "Dundee United have appointed Jack Ross as head coach. "
        "Ross replaces Tam Cowan, who was sacked last week. "
        f"Interim boss Gary Dunn will {fixture} before Ross takes over next week."
    )
    assert _clubs(text, "Jack Ross", "appointed") == {"Dundee United"}


def test_club_named_after_takes_over_is_still_the_post():
    text = (
        "Jack Ross has left Hibernian. "
        "Interim boss Gary Dunn took training before Ross takes over at Dundee United next week."
    )
    assert "Dundee United" in _clubs(text, "Jack Ross", "appointed")


_TWO_SACKINGS = (
    "Lazio sacked coach Marco Bellini on Sunday, a day after a 3-0 defeat by Roma. "
    "Bellini and Torino's Paolo Greco, who was fired that same evening, "
    "are the first coaches to lose their jobs this term. "
    "The decision came after the owner demanded changes. "
    "The 54-year-old took over in 2023 after Luca Verdi left the post."
)


@pytest.mark.parametrize(
    "title",
    ["Lazio and Torino sack coaches", "Lazio, Torino sack coaches", "Lazio & Torino sack their coaches"],
)
def test_headline_with_two_clubs_acting_leaves_the_story_club_to_the_lead(title: str):
    assert _clubs(_TWO_SACKINGS, "Marco Bellini", "appointed", title=title) == {"Lazio"}
    assert _clubs(_TWO_SACKINGS, "Luca Verdi", "left", title=title) == {"Lazio"}


def test_headline_with_one_club_acting_is_still_the_story_club():
    text = (
        "Torino have appointed Marco Bellini as head coach. "
        "Bellini won the Serie B title with Lazio last season. "
        "Lazio are now fourth. "
        "He replaces Luca Verdi, who was sacked on Monday."
    )
    assert _clubs(text, "Luca Verdi", "dismissed", title="Lazio beaten as Torino sack Verdi") == {"Torino"}


@pytest.mark.parametrize("owner", ["Torino's Paolo Greco", "Torino's veteran coach Paolo Greco"])
def test_club_owning_another_man_is_his_not_the_first_mans_story(owner: str):
    text = (
        "Lazio sacked coach Marco Bellini on Sunday. "
        f"Bellini and {owner}, who was fired that same evening, "
        "are the first coaches to lose their jobs this term. "
        "The decision came after the owner demanded changes. "
        "The 54-year-old took over in 2023 after Luca Verdi left the post."
    )
    assert _clubs(text, "Paolo Greco", "dismissed") == {"Torino"}
    assert _clubs(text, "Marco Bellini", "appointed") == {"Lazio"}


def test_man_who_left_the_story_club_is_told_at_it_not_at_another_clubs_vacancy():
    text = (
        "Werder Bremen have confirmed Jonas Falk as head coach on a permanent deal. "
        "Falk had been in temporary charge since Dirk Hollmann was dismissed in October. "
        "Falk came to the club in 2020 on the backroom team of Sven Roder. "
        "Roder was sacked in March after three seasons, and lasted just four months at Stoke City "
        "before being dismissed there a fortnight ago. "
        "Hollmann, previously at Mainz, had replaced Roder in March "
        "but could not lift the side into the top half."
    )
    assert _clubs(text, "Dirk Hollmann", "appointed") == {"Werder Bremen"}


def test_new_man_still_fills_the_vacancy_another_club_just_left():
    text = (
        "Werder Bremen have confirmed Jonas Falk as head coach on a permanent deal. "
        "Falk had been in temporary charge since Dirk Hollmann was dismissed in October. "
        "Sven Roder was sacked by Stoke City a fortnight ago. "
        "Neil Archer took over on Friday and won his opening match."
    )
    assert _clubs(text, "Neil Archer", "appointed") == {"Stoke City"}


@pytest.mark.parametrize(
    "aides",
    [
        "Ferrari's assistant Paolo Neri and goalkeeping coach Sergio Conti also leave.",
        "Ferrari's assistant Paolo Neri and fitness coach Sergio Conti also quit.",
    ],
)
def test_aides_named_through_their_boss_leave_the_post_he_left(aides: str):
    text = (
        "Sampdoria sacked Mario Ferrari on Tuesday and named Luca Bianchi as his replacement. "
        "Marco Gilardino was also sacked by Genoa on Monday after a 3-0 defeat. "
        f"{aides}"
    )
    assert _clubs(text, "Paolo Neri", "left") == {"Sampdoria"}


def test_aides_do_not_leave_a_club_their_boss_left_for_his_current_post():
    text = (
        "Everton have sacked Tom Harding after eight months in charge. "
        "Harding was appointed in June after leaving Burnley, replacing Mark Ellis. "
        "Harding's assistants Lee Carver and Jonas Berg leave along with him."
    )
    assert _clubs(text, "Lee Carver", "left") == {"Everton"}


@pytest.mark.parametrize(
    "past",
    ["She has also coached Italy's women's under-19 team.", "She has previously coached Italy's under-19s."],
)
def test_past_post_told_in_the_perfect_with_also_does_not_turn_the_story(past: str):
    text = (
        "Aston Villa have named Sara Moretti as the new manager of their women's side. "
        "Moretti replaces Jane Holt, who was sacked on Friday. "
        "Moretti won three titles with Fiorentina Women and ran Roma from 2020 to 2023. "
        f"{past} "
        "This is the first post she has held abroad. "
        "Assistant Karen Dale has signed a new contract and remains on Moretti's staff."
    )
    assert _clubs(text, "Karen Dale", "extended") == {"Aston Villa"}
