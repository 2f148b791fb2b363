"""The story's club read from a lead that tells its coach leaving ("X has left C by mutual consent") or
its new coach ("X is the new head coach of C"): the staff news after a career list naming other clubs
more often is that club's (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import facts_of

from pipeline.extract.attribution import LEAD_SUBJECT


def _clubs(text: str, coach: str, **kw: str) -> set[str]:
    return {f["club"] for f in facts_of(text, **kw) if f["coach"] == coach}


def test_a_lead_telling_the_coach_left_makes_his_club_the_story():
    text = (
        "Tom Baker has left Exeter City by mutual consent after two years as head coach. "
        "He previously managed Oxford United and Swindon Town, "
        "and had a spell as assistant at Oxford United. "
        "Assistant manager Paul Grey also leaves."
    )
    assert _clubs(text, "Paul Grey", title="Baker goes") == {"Exeter City"}


def test_a_lead_telling_the_new_coach_makes_his_new_club_the_story():
    text = (
        "Jan Vogel is the new head coach of Fortuna Düsseldorf. "
        "The 45-year-old led Hansa Rostock from 2019 to 2022 "
        "and had earlier coached Hansa Rostock's under-19s. "
        "Goalkeeping coach Lars Kern stays on."
    )
    assert _clubs(text, "Lars Kern", title="Vogel takes over") == {"Fortuna Düsseldorf"}


def test_a_coach_leaving_for_another_club_does_not_make_the_club_he_left_the_story():
    # the lead names the club he goes to: the club he left is no longer the story's by that lead
    lead = "«P0» has left «C1» for «C2», who named him head coach on Monday."
    assert LEAD_SUBJECT.search(lead) is None
    assert LEAD_SUBJECT.search("«P0» has left «C1» to join «C2».") is None
    assert LEAD_SUBJECT.search("«P0» has left «C1» by mutual consent.") is not None


def test_a_man_said_to_have_been_the_new_coach_of_a_former_club_is_no_lead():
    # only "is / becomes the new coach of C" tells today's appointment
    assert LEAD_SUBJECT.search("«P0» was the new coach of «C1» in 2019.") is None
    assert LEAD_SUBJECT.search("«P0» becomes the new head coach of «C1».") is not None
