"""'His assistant X led the side', 'The national coach X led the team', 'X, his assistant and a former
striker, led the team': words a captain's story shares ("led the side") are a coach's when the text
titles the man a coach or an aide, in that sentence or another (written for these tests in our own
words)."""

from __future__ import annotations

from extract_helpers import facts_of

_PARTED = "Hearts have parted company with Gary Lyle.\n\n"
_HIRED = "Hearts have appointed Gary Lyle as head coach.\n\n"


def _said(text: str) -> set[tuple[str, str]]:
    return {(f["coach"], f["event"]) for f in facts_of(text)}


def test_aide_title_before_the_name():
    said = _said(_PARTED + "His assistant Pete Maddox led the side in Sunday's draw with Leeds.")
    assert ("Pete Maddox", "in_charge") in said


def test_capitalised_aide_title_opening_the_sentence():
    assert ("Kim Lode", "in_charge") in _said(
        _PARTED + "Assistant Kim Lode had led the team in the meantime."
    )


def test_national_coach_title_tagged_as_a_squad():
    text = (
        _PARTED
        + "The national coach Abel Torrin led the team in the last rounds of the cup as interim coach."
    )
    assert ("Abel Torrin", "in_charge") in _said(text)


def test_aide_title_in_an_apposition():
    text = _PARTED + (
        "Ivo Kestrel, his assistant and a one-time Hearts winger, led the team at Ibrox before "
        "Tom Harlow was appointed."
    )
    assert ("Ivo Kestrel", "in_charge") in _said(text)


def test_title_in_another_sentence_supports_a_link():
    text = (
        _HIRED
        + "Trainer Carl Benning watched from the stands.\n\nCarl Benning has been linked with Derby County."
    )
    assert ("Carl Benning", "linked") in _said(text)


# --- near misses: no coaching title, or a manager of something else -----------------------------------


def test_no_title_stays_unread():
    assert not any(c == "Kim Lode" for c, _ in _said(_PARTED + "Kim Lode had led the team in the meantime."))


def test_a_playing_position_stays_unread():
    said = _said(_PARTED + "Midfielder Pete Maddox led the side in Sunday's draw with Leeds.")
    assert not any(c == "Pete Maddox" for c, _ in said)


def test_apposition_without_a_coaching_title_stays_unread():
    text = (
        _PARTED
        + "Ivo Kestrel, a one-time Hearts winger, led the team at Ibrox before Tom Harlow was appointed."
    )
    assert not any(c == "Ivo Kestrel" for c, _ in _said(text))


def test_general_manager_is_no_coaching_title():
    text = (
        _HIRED + "General manager Carl Benning watched from the stands.\n\n"
        "Carl Benning has been linked with Derby County."
    )
    assert ("Carl Benning", "linked") not in _said(text)
