"""'Y's assistant' with no club after the title ("He had served as Y's assistant for two years", "X, Y's
long-time number two, takes over", "Y's assistant X has also gone") tells that Y coached the club in view,
where the story has him gone from it (sacked, left, replaced) or the sentence places the aide there ("…,
where he was Y's assistant"); the aide, apposed or the clause's man, held the aide's post there. Not "his
assistant" (said of a new man as often as of one leaving), nor an aide's post under a new man ("will stay on
as Y's number two", "Y's assistant X will follow him to C"), nor a boss the story does not tie there
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Tornio United have sacked head coach Mikko Salonen after a run of seven defeats. "
_SALONEN = ("Mikko Salonen", "Tornio United", "first_team", "in_charge")


@pytest.mark.parametrize(
    "aide",
    [
        "Pekka Laine, who had served as Salonen's assistant for two years, takes over until the summer.",
        "Pekka Laine, Salonen's long-time number two, will lead the team on an interim basis.",
        "Salonen's assistant Pekka Laine has also left the club.",
    ],
)
def test_the_departed_boss_coached_the_club_in_view(aide: str) -> None:
    assert _SALONEN in keys_of(_SACKED + aide)


def test_the_aide_apposed_held_the_aides_post() -> None:
    text = _SACKED + "Pekka Laine has served as Salonen's assistant for two years and stays on the staff."
    assert ("Pekka Laine", "Tornio United", "first_team", "in_charge") in keys_of(text)


def test_the_club_the_sentence_places_the_aide_at() -> None:
    text = (
        "Vaasa have appointed Pekka Laine as head coach. Laine arrives from Tornio United, where he was "
        "Mikko Salonen's assistant for three seasons."
    )
    assert _SALONEN in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a new man's aide: the boss's post is the appointment itself
        "Tornio United have appointed Mikko Salonen as head coach. Salonen's long-time assistant Pekka Laine "
        "will follow him to the club.",
        "Tornio United have appointed Mikko Salonen as head coach. Pekka Laine, the caretaker, will stay on "
        "as Salonen's assistant.",
        # "his assistant": no named boss
        _SACKED + "His assistant Pekka Laine takes over until the summer.",
        # a boss the story does not tie to the club in view
        "Tornio United have appointed Pekka Laine as head coach. Laine was previously Mikko Salonen's "
        "assistant.",
    ],
)
def test_no_spell_of_the_boss_at_the_club_in_view(text: str) -> None:
    assert _SALONEN not in keys_of(text)
