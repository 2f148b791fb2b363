"""'appointed X as Derby County Under-21 head coach': the title names the club and then one of its
squads, so the appointment is to that squad alone, not to the senior side beside it (review 17 note).
Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_club_then_youth_squad_in_the_title() -> None:
    text = "Derby County have appointed Tom Weber as Derby County Under-21 head coach on a two-year deal."
    assert keys_of(text) == {("Tom Weber", "Derby County", "u21", "appointed")}


def test_possessive_club_then_squad_in_the_title() -> None:
    text = "Wrexham appointed Ben Hollis as Wrexham's Under-18 coach on Friday."
    assert keys_of(text) == {("Ben Hollis", "Wrexham", "u18", "appointed")}


def test_near_miss_the_senior_title_stays_senior() -> None:
    text = "Derby County have appointed Tom Weber as Derby County head coach on a two-year deal."
    assert keys_of(text) == {("Tom Weber", "Derby County", "first_team", "appointed")}


def test_near_miss_a_plain_youth_title_is_unchanged() -> None:
    text = "Derby County have appointed Tom Weber as Under-21 head coach."
    assert keys_of(text) == {("Tom Weber", "Derby County", "u21", "appointed")}


def test_backroom_title_reads_its_squad_too() -> None:
    # review 18, smaller finding: only a head coach's title read the squad it names
    text = "Stockport County have appointed Ian Mellor as Stockport County Under-18 assistant manager."
    assert keys_of(text) == {("Ian Mellor", "Stockport County", "u18", "appointed")}
    text = "Stockport County have appointed Ian Mellor as Under-23 goalkeeping coach."
    assert keys_of(text) == {("Ian Mellor", "Stockport County", "u23", "appointed")}


def test_near_miss_a_backroom_title_with_no_squad_is_senior() -> None:
    text = "Stockport County have appointed Ian Mellor as assistant manager."
    assert keys_of(text) == {("Ian Mellor", "Stockport County", "first_team", "appointed")}
