"""Runs of capitalised words split into clubs, places and people: the run splitter's paths
(written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def test_free_words_before_a_city_of_several_words_are_read_as_names() -> None:
    # a name, then a place that opens with a club's name: the name is kept, the place is no club
    found = run_mentions("Coach Tite Porto Alegre said.", None)
    assert [(m.kind, m.text) for m in found] == [("P", "Tite")]
    assert run_mentions("He grew up in Brazilian Porto Alegre before moving.", None) == []


def test_saint_abbreviated_with_a_full_stop_is_part_of_the_club_name() -> None:
    found = run_mentions("He left FC St. Gallen and later coached St. Pauli.", None)
    assert [(m.kind, m.name, m.text) for m in found] == [
        ("C", "FC St. Gallen", "FC St. Gallen"),
        ("C", "FC St. Pauli", "St. Pauli"),
    ]


def test_numbers_and_prefixes_of_a_full_club_name_belong_to_its_mention() -> None:
    sentence = "He managed Hannover 96, 1. FC Nürnberg, Schalke 04 and Mainz."
    found = run_mentions(sentence, None)
    assert [m.text for m in found] == ["Hannover 96", "1. FC Nürnberg", "Schalke 04", "Mainz"]
    assert all(sentence[m.start : m.end] == m.text for m in found)


def test_a_number_after_a_club_that_is_not_part_of_its_name_stays_out() -> None:
    found = run_mentions("Hannover 23, Wolfsburg 19: the table after round 10.", None)
    assert [m.text for m in found][:2] == ["Hannover", "Wolfsburg"]


def test_a_count_after_a_name_is_no_part_of_it() -> None:
    # "sacked X 10 days ago": the number counts days, the man is named (a club's "Schalke 04" stays whole)
    for sentence in (
        "Crayford Town sacked Olly Brennan 10 days ago.",
        "Olly Brennan 18 months into his reign was sacked.",
    ):
        assert ("P", "Olly Brennan") in [(m.kind, m.text) for m in run_mentions(sentence, None)]
    keys = keys_of("Crayford Town sacked manager Olly Brennan 12 days ago.")
    assert ("Olly Brennan", "Crayford Town", "first_team", "dismissed") in keys
    assert [m.text for m in run_mentions("Schalke 04 sacked him 10 days ago.", None)] == ["Schalke 04"]


def test_careers_listing_numbered_clubs_give_one_spell_per_club() -> None:
    text = (
        "Dieter Hecking was named head coach of VfL Bochum on Monday. He has coached "
        "Hannover 96, 1. FC Nürnberg, VfL Wolfsburg and Borussia Mönchengladbach."
    )
    spells = {k for k in keys_of(text) if k[3] == "in_charge"}
    assert {k[1] for k in spells} == {
        "Hannover 96",
        "1. FC Nürnberg",
        "VfL Wolfsburg",
        "Borussia Mönchengladbach",
    }


def test_a_compass_word_opens_a_place_not_a_person() -> None:
    # "South Shields", "North Ferriby": no one is called "Shields" here
    for sentence in ("He left South Shields in May.", "He joined North Ferriby last year."):
        assert [m for m in run_mentions(sentence, None) if m.kind == "P"] == []


def test_a_founding_year_inside_or_opening_a_club_name_belongs_to_its_mention() -> None:
    sentence = "He coached TSV 1860 Munich, then 1899 Hoffenheim and later Como 1907."
    found = run_mentions(sentence, None)
    assert [(m.name, m.text) for m in found] == [
        ("1860 Munich", "TSV 1860 Munich"),
        ("TSG Hoffenheim", "1899 Hoffenheim"),
        ("Como", "Como 1907"),
    ]
    assert keys_of("1860 Munich have sacked Jonas Weber after six defeats.") == {
        ("Jonas Weber", "1860 Munich", "first_team", "dismissed")
    }


def test_a_year_that_no_club_name_holds_stays_out_of_the_run() -> None:
    # any year would glue a tournament or a date onto the club or the man next to it
    found = run_mentions("In 1998 Marco Rossi joined Italy for the France 1998 World Cup.", None)
    assert ("P", "Marco Rossi") in [(m.kind, m.text) for m in found]
    assert not any("1998" in m.text for m in found)
