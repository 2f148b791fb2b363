"""A candidate the press names in the club's town, told between "mentioned" and what he is named as: "Sjoerd
Mulder is mentioned in Leeuwarden as a possible successor", "A and B are mentioned in Heerenveen as possible
successors", "was mentioned in Leeuwarden as a candidate". Each is a candidate for the post in view (linked).
Sentences and names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Heerenveen have dismissed head coach Wouter Lindeboom after a run of seven defeats. "


@pytest.mark.parametrize(
    ("rumour", "name"),
    [
        ("Sjoerd Mulder is mentioned in Leeuwarden as a possible successor.", "Sjoerd Mulder"),
        ("Sjoerd Mulder and Bram Kok are mentioned in Heerenveen as possible successors.", "Bram Kok"),
        ("Sjoerd Mulder and Bram Kok are mentioned in Heerenveen as possible successors.", "Sjoerd Mulder"),
        ("Sjoerd Mulder, once of Emmen, was mentioned in Leeuwarden as a candidate.", "Sjoerd Mulder"),
    ],
)
def test_press_names_a_candidate_in_a_town(rumour: str, name: str) -> None:
    assert (name, "SC Heerenveen", "first_team", "linked") in keys_of(_LEAD + rumour)


# --- near misses: the man is mentioned in a town, but not as a candidate ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sjoerd Mulder is mentioned in Leeuwarden as a hero of the 1993 promotion.",
        "Sjoerd Mulder was mentioned in court as a witness to the row.",
        "Sjoerd Mulder was mentioned in Friesland as the scorer of the winner.",
    ],
)
def test_a_man_mentioned_in_a_town_is_no_candidate(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence)
    assert not any(k[0] == "Sjoerd Mulder" and k[3] == "linked" for k in keys)
