"""A candidate the press names for the vacancy, told with when, where or what for after 'been mentioned':
"had also been mentioned for the bench", "had been mentioned in the Twente press last week", "has been
mentioned by local media as a possible return", and the translated French "had also been evoked (for the
post)". Each is a candidate for the post in view (linked). Sentences and
names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Heerenveen have dismissed head coach Wouter Lindeboom after a run of seven defeats. "


@pytest.mark.parametrize(
    "rumour",
    [
        "Sjoerd Mulder had also been mentioned for the bench.",
        "Sjoerd Mulder has been mentioned for the vacant post by several columnists.",
        "Sjoerd Mulder had also been evoked.",
        "Sjoerd Mulder had also been evoked for the succession.",
        "Sjoerd Mulder had been mentioned in the Frisian press last week.",
        "Sjoerd Mulder, who coached them in 2015, has been mentioned by local media as a possible return.",
    ],
)
def test_press_names_a_candidate_for_the_post(rumour: str) -> None:
    assert ("Sjoerd Mulder", "SC Heerenveen", "first_team", "linked") in keys_of(_LEAD + rumour)


# --- near misses: the man is mentioned, but not as a candidate ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sjoerd Mulder has been mentioned for his role in the title win of 2009.",
        "Sjoerd Mulder had been mentioned in the Frisian press last week for a row with a referee.",
        "Sjoerd Mulder has been evoked by the fans as a hero of the cup run.",
        "Sjoerd Mulder had been mentioned in the press before the board went for Bram Kuipers.",
    ],
)
def test_press_words_about_a_man_name_no_candidate(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence)
    assert not any(k[0] == "Sjoerd Mulder" and k[3] == "linked" for k in keys)
