"""A weekday or an adverb that is a man's given name ("Sunday Okafor", "Even Halvorsen", "Just Marais"),
written mid-sentence after a lowercase word, is read with his surname as one name, so his facts print his
full name. Near misses: a weekday told as a day ("on Sunday", "the Sunday Post"), a weekday before a verb as
US wire copy writes a date ("confirmed Sunday Brandt would …"), and Title Case headlines stay as they were."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _people(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, set()) if m.kind == "P"]


def test_weekday_given_name_before_as() -> None:
    text = "The Nigeria Football Federation has confirmed Sunday Okafor as head coach of the national team."
    assert ("Sunday Okafor", "Nigeria", "national", "appointed") in keys_of(text)


def test_weekday_given_name_before_a_relative_clause() -> None:
    text = "Oakfield Rovers have appointed Piet Lammers, who replaces Sunday Okafor, who resigned last month."
    assert ("Sunday Okafor", "Oakfield Rovers", "first_team", "resigned") in keys_of(text)


def test_adverb_given_name() -> None:
    text = (
        "Harwich Town named Piet Lammers as coach in 2019. Lammers took over from Even Halvorsen at Harwich "
        "Town."
    )
    assert ("Even Halvorsen", "Harwich Town", "first_team", "left") in keys_of(text)
    assert "Just Marais" in _people("The board thanked Just Marais for his work.")


def _opens_with(word: str, sentence: str) -> bool:
    return any(p.startswith(word) for p in _people(sentence))


def test_weekday_as_a_day_stays_a_day() -> None:
    assert "Sunday Okafor" not in _people("Oakfield Rovers play on Sunday Okafor's old club.")
    assert not _opens_with("Sunday", "Piet Lammers was sacked, the Sunday Post reported.")
    assert not _opens_with("Sunday", "Rovers confirmed Sunday Brandt would take over.")


def test_title_case_headline_stays_as_it_was() -> None:
    assert not _opens_with("Even", "Oakfield Rovers Even Stronger After Lammers Arrives")
