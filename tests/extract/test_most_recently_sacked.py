"""'was most recently sacked by C': 'most recently' (or 'more recently') between the auxiliary and the
participle is a time adverb like 'recently'; the sacking is still read."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Belgium have appointed Rudi Garcia as head coach. "


def _events(text: str) -> set[tuple[str, str]]:
    return {(club, event) for coach, club, _, event in keys_of(text) if coach == "Rudi Garcia"}


def test_after_a_list_of_clubs_and_was_most_recently_sacked_by():
    text = (
        _LEAD
        + "Garcia, 60, has coached Lille, Roma and Lyon, "
        + "and was most recently sacked by Fiorentina in October 2022."
    )
    assert ("Fiorentina", "dismissed") in _events(text)


def test_was_most_recently_fired_by():
    text = _LEAD + "Garcia was most recently fired by Napoli in November 2023."
    assert ("Napoli", "dismissed") in _events(text)


def test_had_more_recently_been_dismissed_by():
    text = _LEAD + "Garcia had more recently been dismissed by Napoli after four months."
    assert ("Napoli", "dismissed") in _events(text)


def test_most_recently_linked_is_no_sacking():
    text = _LEAD + "Garcia was most recently linked with Napoli in November 2023."
    assert ("Napoli", "dismissed") not in _events(text)


def test_most_recently_coached_is_a_spell_not_a_sacking():
    text = _LEAD + "Garcia has coached Lille and Roma, and most recently coached Napoli in 2023."
    assert ("Napoli", "dismissed") not in _events(text)
