"""'senior coach X', 'X, coach of the main team': the senior side's man, named in a story about a
country's or a club's youth side, is not that youth side's coach (written for these tests in our own
words)."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import squad_mentions


def _squads(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.squad) for m in squad_mentions(sentence)]


def test_senior_before_a_head_title_names_the_senior_side():
    assert _squads("He will answer to senior coach Y.") == [("senior", "first_team")]
    assert _squads("They met the senior manager of the club.") == [("senior", "first_team")]
    assert _squads("He spoke with the coach of the main team.") == [("main team", "first_team")]


def test_other_senior_and_main_words_name_no_side():
    assert _squads("He was a senior figure at the club.") == []
    assert _squads("The senior players backed him.") == []
    assert _squads("The main reason was money.") == []
    assert _squads("He will remain with the club.") == []


def test_senior_coach_of_a_country_beside_its_youth_side():
    text = (
        "Togo's under-20 side will be coached by Kodjo Amevor, the federation said on Friday. "
        "Amevor will report to senior coach Didier Sossou."
    )
    found = keys_of(text)
    assert ("Kodjo Amevor", "Togo", "national_u20", "appointed") in found
    assert ("Didier Sossou", "Togo", "national", "in_charge") in found
    assert ("Didier Sossou", "Togo", "national_u20", "in_charge") not in found


def test_senior_coach_of_a_club_beside_its_academy_side():
    text = (
        "Bristol City named Owen Harker as coach of their under-18 team on Tuesday. "
        "Harker will report to senior coach Liam Manning."
    )
    found = keys_of(text)
    assert ("Owen Harker", "Bristol City", "u18", "appointed") in found
    assert ("Liam Manning", "Bristol City", "first_team", "in_charge") in found
    assert ("Liam Manning", "Bristol City", "u18", "in_charge") not in found


def test_coach_of_the_main_team_beside_a_youth_appointment():
    text = (
        "Peru named Hugo Salas as coach of the under-17 team on Monday. "
        "Salas will work alongside Jorge Fossati, coach of the main team."
    )
    found = keys_of(text)
    assert ("Jorge Fossati", "Peru", "national", "in_charge") in found
    assert ("Jorge Fossati", "Peru", "national_u17", "in_charge") not in found
