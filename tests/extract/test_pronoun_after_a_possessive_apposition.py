"""A 'him' in a clause of its own after a sentence's main verb means the subject whose apposition names
another man by his possessive: 'Ivo Sander, Otto Fink's long-time assistant, is the favourite, and the
board held talks with him' gives the talks to Sander, not to Fink; so does 'Ivo Sander, the former
assistant of Otto Fink, is the favourite, and …' (a clause opened by ', and' is one of its own). A club's
possessive in the apposition leaves the subject the only man ('Otto Fink, Hull City's former manager, is
the favourite, and … talks with him'). Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_SEARCH = "Carrick Town are looking for a new coach after sacking Tom Bale. "


def _offers(text: str) -> set[str]:
    return {coach for coach, _, _, event in keys_of(_SEARCH + text) if event == "offer"}


def test_talks_with_the_subject_of_a_possessive_apposition() -> None:
    text = "Ivo Sander, Otto Fink's long-time assistant, is the favourite, and the board held talks with him."
    assert _offers(text) == {"Ivo Sander"}


def test_talks_with_the_subject_of_an_apposition_with_of() -> None:
    text = "Ivo Sander, the ex-assistant of Otto Fink, is the favourite, and the club held talks with him."
    assert _offers(text) == {"Ivo Sander"}


def test_a_clubs_possessive_in_the_apposition_keeps_the_subject() -> None:
    text = "Otto Fink, Hull City's former manager, is the favourite, and the board have held talks with him."
    assert _offers(text) == {"Otto Fink"}
