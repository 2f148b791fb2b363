"""Translated news names the press's candidates with idioms of its own: "had also been pointed to (as a
possible successor)", "is traded as a candidate", "is the name most mentioned to replace him", "the name
most mentioned is X", "names like that of X circulated", "the name of X had also been heard", "the local
media had also mentioned X". Each is a candidate for the post in view (linked). Sentences and names of our
own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Heerenveen have dismissed head coach Wouter Lindeboom after a run of seven defeats. "


@pytest.mark.parametrize(
    ("rumour", "name"),
    [
        ("Sjoerd Mulder had also been pointed to.", "Sjoerd Mulder"),
        ("Sjoerd Mulder has been pointed to as a likely successor by the regional papers.", "Sjoerd Mulder"),
        ("The names of Sjoerd Mulder and Bram Kuipers had also been pointed to.", "Bram Kuipers"),
        ("Sjoerd Mulder is traded as a possible successor in Friesland.", "Sjoerd Mulder"),
        ("The former Emmen coach Sjoerd Mulder had also been traded as a candidate.", "Sjoerd Mulder"),
        ("Sjoerd Mulder, once of Emmen, is the name most mentioned to replace him.", "Sjoerd Mulder"),
        ("The name most mentioned to succeed him is Sjoerd Mulder.", "Sjoerd Mulder"),
        ("Names like that of Sjoerd Mulder have circulated in the last few days.", "Sjoerd Mulder"),
        ("The name of Sjoerd Mulder, previously at Emmen, had also been heard.", "Sjoerd Mulder"),
        ("The name of Sjoerd Mulder is heard strongly for the bench.", "Sjoerd Mulder"),
        ("The Dutch media had also mentioned Sjoerd Mulder, who played for the club.", "Sjoerd Mulder"),
    ],
)
def test_press_idiom_names_a_candidate(rumour: str, name: str) -> None:
    assert (name, "SC Heerenveen", "first_team", "linked") in keys_of(_LEAD + rumour)


# --- near misses: no candidate is named -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sjoerd Mulder pointed to the table after the final whistle.",
        "The name of Sjoerd Mulder was heard in the chants of the away end.",
        "The press mentioned Sjoerd Mulder's two goals in the derby.",
        "Sjoerd Mulder was traded to a club in the second tier last winter.",
    ],
)
def test_press_words_about_a_man_name_no_candidate(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence)
    assert not any(k[0] == "Sjoerd Mulder" and k[3] == "linked" for k in keys)
