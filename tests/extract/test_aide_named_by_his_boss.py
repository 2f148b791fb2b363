"""'Y's assistant X took training', 'celebrated with his assistant X': an aide named in passing by his
boss's title for him holds his post on that boss's staff, at the post the story gave the boss; a change
told in the same sentence (he leaves, follows, is brought in) is read by the rules of that change, not as
a post he holds. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Hull City appointed Marek Dunmore as manager in June. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Dunmore's assistant Pieter Vandam took the warm-up while the manager spoke to the referee.",
        "Dunmore celebrated on the pitch with his assistant Pieter Vandam.",
        "Dunmore and his assistant Pieter Vandam will now prepare for the visit of Leeds United.",
        "Dunmore dedicated the win to his field assistant Pieter Vandam.",
        "Dunmore's long-time number two Pieter Vandam will be on the bench against Leeds United.",
    ],
)
def test_aide_named_by_his_boss_holds_his_post(sentence: str) -> None:
    facts = facts_of(_LEAD + sentence, "2024-10-20")
    aide = [f for f in facts if f["coach"] == "Pieter Vandam"]
    assert [(f["club"], f["squad"], f["role"], f["event"]) for f in aide] == [
        ("Hull City", "first_team", "assistant_coach", "in_charge")
    ]


def test_both_aides_of_a_pair_are_read() -> None:
    pair = "Dunmore's assistants Pieter Vandam and Joel Arkwright ran the session."
    keys = keys_of(_LEAD + pair, "2024-10-20")
    assert ("Pieter Vandam", "Hull City", "first_team", "in_charge") in keys
    assert ("Joel Arkwright", "Hull City", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "His assistant Pieter Vandam also leaves the club.",
        "Dunmore's assistant Pieter Vandam is expected to follow him to Leeds United.",
        "Dunmore brings with him his assistant Pieter Vandam.",
        "Dunmore's assistant Pieter Vandam is wanted by Leeds United.",
        "His assistant Pieter Vandam has signed a new deal as well.",
    ],
)
def test_aide_told_changing_post_holds_no_post_from_the_title(sentence: str) -> None:
    facts = facts_of(_LEAD + sentence, "2024-10-20")
    assert not [f for f in facts if f["coach"] == "Pieter Vandam" and f["event"] == "in_charge"]


def test_a_title_with_no_boss_is_not_this_reading() -> None:
    """'the assistant X': no boss named, read (or not) by the rules of staff titles."""
    facts = facts_of(_LEAD + "The second half belonged to Pieter Vandam, who scored twice.", "2024-10-20")
    assert not [f for f in facts if f["coach"] == "Pieter Vandam"]


def test_aide_of_a_boss_the_story_gave_no_post_is_not_placed() -> None:
    """A boss only named in passing may coach another side than the one in view: no post for his aide."""
    text = (
        "Hull City appointed Marek Dunmore as manager in June. Ruud Hendrix and his assistant Pieter Vandam "
        "watched the game from the stands."
    )
    assert not [f for f in facts_of(text, "2024-10-20") if f["coach"] == "Pieter Vandam"]
