"""The press's candidates told in the past perfect, as a story of an appointment tells the rumours
before it: "the name of A had also circulated", "names like B and C had been circulating" are linked
with the club in view. Near-misses: a rumour about something that is no name ("talk of a takeover had
circulated") and a name that circulated with no club in view give nothing. Written for these tests in
our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = "Brenvale Rovers have appointed Tomas Herrlich as head coach.\n\n"


def test_name_had_also_circulated() -> None:
    keys = keys_of(_STORY + "The name of Olaf Brandt had also circulated at the end of December.")
    assert ("Olaf Brandt", "Brenvale Rovers", "first_team", "linked") in keys


def test_names_had_been_circulating() -> None:
    keys = keys_of(_STORY + "Names like Piet Kessling and Marc Dowell had been circulating in recent weeks.")
    assert ("Piet Kessling", "Brenvale Rovers", "first_team", "linked") in keys
    assert ("Marc Dowell", "Brenvale Rovers", "first_team", "linked") in keys


def test_talk_that_is_no_name_gives_nothing() -> None:
    keys = keys_of(_STORY + "Talk of a takeover by Olaf Brandt had circulated for months.")
    assert not any(k[0] == "Olaf Brandt" and k[3] == "linked" for k in keys)
