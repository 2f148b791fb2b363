"""'Germán Rivarola': a given name written with its accent is no nationality word ("German"), so the man
is named in full. The nationality itself still ends a name ("The German coach Tom Weber"). Written for
these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _people(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "P"]


def test_accented_given_name_opens_a_full_name() -> None:
    assert _people("His field assistant Germán Ortiz also leaves.") == ["Germán Ortiz"]


def test_the_nationality_still_ends_a_name() -> None:
    assert _people("The German coach Tom Weber was sacked.") == ["Tom Weber"]


def test_the_aide_named_so_leaves_with_his_boss() -> None:
    text = "Hull City have sacked manager Tom Baker. His assistant Germán Ortiz also leaves."
    assert ("Germán Ortiz", "Hull City", "first_team", "left") in keys_of(text, "2024-06-02")
