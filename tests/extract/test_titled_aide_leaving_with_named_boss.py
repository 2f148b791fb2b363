"""A titled aide whose exit is told with the man he goes with named right after ('Goalkeeping coach A leaves
together with X', 'A and B leave along with X') leaves the post the story first told X leaving, and only
that one: not the club the story turned to after X's exit. Not an exit told 'with' no man after it
('with immediate effect'), which is still read."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_STORY = (
    "Feyenoord unveiled Henk Mulder on Monday as successor to Pieter Kramer, who is leaving after two years."
    "\n\nMulder moves across from AZ Alkmaar, where he won the cup in three years. AZ Alkmaar have already "
    "turned to Dirk Bosman.\n\n"
)


def _exits(text: str, *aides: str) -> set[tuple[str, str]]:
    return {(k[0], k[1]) for k in keys_of(text) if k[3] == "left" and k[0] in aides}


@pytest.mark.parametrize(
    ("tail", "aides"),
    [
        ("Goalkeeping coach Jan Visser leaves together with Kramer.", ("Jan Visser",)),
        (
            "Fitness coach Wim Bakker and goalkeeping coach Jan Visser leave along with Kramer, while "
            "analyst Tim de Wit stays.",
            ("Wim Bakker", "Jan Visser"),
        ),
    ],
)
def test_titled_aide_leaves_the_post_of_the_man_he_goes_with(tail, aides):
    assert _exits(_STORY + tail, *aides) == {(aide, "Feyenoord") for aide in aides}


def test_exit_with_no_man_after_is_still_read():
    assert _exits(_STORY + "Goalkeeping coach Jan Visser leaves with immediate effect.", "Jan Visser")


def test_possessive_boss_still_places_the_exit():
    text = _STORY + "Kramer's goalkeeping coach Jan Visser also leaves."
    assert _exits(text, "Jan Visser") == {("Jan Visser", "Feyenoord")}
