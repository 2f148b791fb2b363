"""'Bodø/Glimt': a club whose name holds a slash is one mention, so the words around the name read it
whole ('comes in from Bodø/Glimt' is where a man comes from, not a post); two clubs a slash joins stay
two (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _clubs(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in run_mentions(sentence, None) if m.kind == "C"]


def test_a_slashed_club_name_is_one_mention() -> None:
    found = _clubs("He spent four seasons at Bodø/Glimt before moving abroad.")
    assert found == [("Bodø/Glimt", "Bodø/Glimt")]


def test_two_clubs_a_slash_joins_stay_two() -> None:
    # near-miss: "Hearts/Hibs" names two clubs, each its own mention
    found = _clubs("The Hearts/Hibs derby drew a full house.")
    assert [name for _, name in found] == ["Heart of Midlothian", "Hibernian"]


def test_an_aide_coming_from_a_slashed_club_joins_the_story_club() -> None:
    text = (
        "Molde have appointed Rune Haugland as head coach. "
        "Tore Vassbotn comes in as the new assistant coach from Bodø/Glimt, "
        "where he was in charge of the under-17 team."
    )
    keys = keys_of(text)
    assert ("Tore Vassbotn", "Molde", "first_team", "appointed") in keys
    assert ("Tore Vassbotn", "Bodø/Glimt", "first_team", "appointed") not in keys
