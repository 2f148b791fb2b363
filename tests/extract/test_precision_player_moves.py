"""Precision: a coaching story also tells players' moves and honours. 'X left C to join D', 'X left C
for D', 'Y had joined C from D' with no coaching word of X's own is a transfer (a coach's title given to
another man in the sentence does not count); 'was named captain / player of the month / in the squad'
is an honour or a selection, not a post. The coach's own facts still come out."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "coach", "player"),
    [
        (
            "Leicester City appointed Enzo Maresca as manager. Kiernan Dewsbury-Hall left Leicester City "
            "to join Chelsea.",
            ("Enzo Maresca", "Leicester City", "appointed"),
            "Kiernan Dewsbury-Hall",
        ),
        (
            "Crystal Palace manager Oliver Glasner was pleased. Michael Olise left Crystal Palace for "
            "Bayern Munich in the summer.",
            ("Oliver Glasner", "Crystal Palace", "in_charge"),
            "Michael Olise",
        ),
        (
            "Southampton manager Russell Martin watched Che Adams leave Southampton for Torino.",
            ("Russell Martin", "Southampton", "in_charge"),
            "Che Adams",
        ),
        (
            "Real Madrid coach Carlo Ancelotti confirmed Kylian Mbappe had joined Real Madrid from "
            "Paris Saint-Germain.",
            ("Carlo Ancelotti", "Real Madrid", "in_charge"),
            "Kylian Mbappe",
        ),
        (
            "Everton boss Sean Dyche said Jarrad Branthwaite has joined Everton from Carlisle United.",
            ("Sean Dyche", "Everton", "in_charge"),
            "Jarrad Branthwaite",
        ),
    ],
)
def test_player_transfer_gives_no_coaching_fact(text: str, coach: tuple[str, str, str], player: str) -> None:
    got = events_of(text)
    assert coach in got
    assert not any(f[0] == player for f in got)


@pytest.mark.parametrize(
    ("text", "coach", "player"),
    [
        (
            "Stoke City appointed Mark Robins as manager. Stoke City's Josh Laurent was named player "
            "of the month.",
            ("Mark Robins", "Stoke City", "appointed"),
            "Josh Laurent",
        ),
        (
            "England head coach Thomas Tuchel named his squad. Harry Kane, who left Tottenham for "
            "Bayern Munich, was named captain.",
            ("Thomas Tuchel", "England", "in_charge"),
            "Harry Kane",
        ),
        (
            "Celtic appointed Brendan Rodgers as manager. Callum McGregor has been named as the new "
            "club captain at Celtic.",
            ("Brendan Rodgers", "Celtic", "appointed"),
            "Callum McGregor",
        ),
        (
            "Wales manager Craig Bellamy picked his first squad. Brennan Johnson was named in the Wales "
            "squad despite injury.",
            ("Craig Bellamy", "Wales", "in_charge"),
            "Brennan Johnson",
        ),
    ],
)
def test_honour_or_selection_is_no_post(text: str, coach: tuple[str, str, str], player: str) -> None:
    got = events_of(text)
    assert coach in got
    assert not any(f[0] == player for f in got)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Fulham have named Marco Silva as their new manager.",
            ("Marco Silva", "Fulham", "appointed"),
        ),
        (
            "Aston Villa manager Steven Gerrard left Aston Villa to join Al-Ettifaq as manager.",
            ("Steven Gerrard", "Al-Ettifaq", "appointed"),
        ),
        (
            "Neil Lennon took interim charge at Celtic after Brendan Rodgers left the club for Leicester "
            "City.",
            ("Brendan Rodgers", "Celtic", "left"),
        ),
        (
            "Sean Dyche was sacked by Everton in January. Dyche later left Burnley for a rest.",
            ("Sean Dyche", "Everton", "dismissed"),
        ),
    ],
)
def test_coaches_moves_still_told(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in events_of(text)
