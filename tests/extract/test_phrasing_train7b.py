"""Ways of writing football news met in the seventh training set's second half (live blogs, podcast
transcripts, obituaries, machine-translated wire copy), each tested on sentences of our own."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of
from test_mention_quality import tagged


def test_live_blog_timestamp_is_no_part_of_a_name():
    text = (
        "14.32 BST Leeds United have sacked Marco Ferri after the derby defeat.\n\n"
        "15.05 BST Paul Dunne, the under-21 coach, takes interim charge of the team."
    )
    coaches = {f["coach"] for f in facts_of(text)}
    assert {"Marco Ferri", "Paul Dunne"} <= coaches
    assert not any("BST" in c for c in coaches)
    assert ("Marco Ferri", "Leeds United", "first_team", "dismissed") in keys_of(text)


def test_speaker_label_is_no_part_of_a_name():
    text = "ANNA: Everton have appointed Carl Moss as their new manager, which nobody saw coming."
    assert ("Carl Moss", "Everton", "first_team", "appointed") in keys_of(text)
    assert all(not f["coach"].startswith("ANNA") for f in facts_of(text))


def test_headline_club_that_only_confirms_interest_is_not_the_story():
    title = "Chelsea: Brighton confirm interest from Blues in coach Tom Harland"
    text = (
        "Mauro Ricci was sacked yesterday after a run of six defeats. Brighton said Chelsea had asked "
        "about Tom Harland, and Brighton want compensation."
    )
    facts = facts_of(text, title=title)
    assert ("Mauro Ricci", "Chelsea", "dismissed") in {(f["coach"], f["club"], f["event"]) for f in facts}


def test_stepping_up_to_a_named_first_team_is_no_appointment_at_the_story_club():
    text = (
        "Everton sacked Sean Dyche on Thursday. Kieran Hollis started out at Morecambe, then coached "
        "Burnley's under-21s before stepping up to the first team at Burnley."
    )
    assert not any(f["coach"] == "Kieran Hollis" and f["club"] == "Everton" for f in facts_of(text))


def test_country_qualifying_a_club_is_a_place_not_the_national_team():
    text = (
        "Shakhtar Donetsk have appointed Marko Petrenko as head coach. Petrenko leaves Qatar club Al-Sadd, "
        "whom he led to the league title."
    )
    keys = keys_of(text)
    assert ("Marko Petrenko", "Al-Sadd", "first_team", "left") in keys
    assert not any(club == "Qatar" for _, club, _, _ in keys)


def test_country_after_in_the_is_a_place(monkeypatch):
    text = "Vitesse have named Pieter Smit as coach. Before that Smit trained Heerenveen in the Netherlands."
    assert "Netherlands" not in {name for kind, name, _ in tagged(text, monkeypatch) if kind == "C"}


def test_interviewed_candidate_is_linked():
    text = (
        "Hull City have appointed Tim Walter as head coach. Former Swansea manager Rob Kerr was also "
        "interviewed, while Under-21 coach Sam Price had been interviewed for the job."
    )
    keys = keys_of(text)
    assert ("Rob Kerr", "Hull City", "first_team", "linked") in keys
    assert ("Sam Price", "Hull City", "first_team", "linked") in keys


def test_interviewed_by_the_press_is_no_candidacy():
    text = (
        "Celtic have appointed Brendan Rodgers. Former Celtic boss Neil Lennon, interviewed by the BBC, "
        "praised him."
    )
    assert not any(e == "linked" for _, _, _, e in keys_of(text))


def test_club_head_coach_descriptor_names_that_clubs_post_only():
    text = (
        "Sunderland have appointed Regis Le Bris. Former Watford head coach Valerien Ismael was also "
        "interviewed, as was ex-Burnley assistant coach Paul Dunne."
    )
    keys = keys_of(text)
    assert ("Valerien Ismael", "Watford", "first_team", "in_charge") in keys
    assert ("Valerien Ismael", "Sunderland", "first_team", "in_charge") not in keys
    assert ("Paul Dunne", "Sunderland", "first_team", "in_charge") not in keys


def test_home_place_after_his_native_is_nobody():
    text = (
        "Leo Berg has been appointed Norway manager. Berg, a part-time teacher in his native Tromsdalen, "
        "stepped down as Faroe Islands head coach last month."
    )
    facts = facts_of(text)
    assert not any(f["coach"] == "Tromsdalen" for f in facts)
    assert ("Leo Berg", "Faroe Islands", "national", "resigned") in keys_of(text)
