"""An aide who came, arrived or joined "with him from" a club moved there with his boss: "Assistant X, who
joined with him from Harwich Town in 2022, leaves too" is X leaving Harwich Town, as "who followed him
from" is read. Near misses: a man who came with his family, and a boss who came with no one named."""

from __future__ import annotations

from extract_helpers import keys_of


def test_joined_with_him_from_a_club() -> None:
    text = (
        "Oakfield Rovers have sacked Piet Lammers. Assistant Tomas Brandt, who joined with him from Harwich "
        "Town in October 2022, leaves too."
    )
    assert ("Tomas Brandt", "Harwich Town", "first_team", "left") in keys_of(text)


def test_came_with_him_from_a_club() -> None:
    text = (
        "Oakfield Rovers have appointed Piet Lammers as head coach. In his staff enters the assistant Tomas "
        "Brandt, who comes with him from Harwich Town, and the fitness coach Jan Olde."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Harwich Town", "first_team", "left") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys


def test_arrived_with_her_from_a_club() -> None:
    text = (
        "Oakfield Rovers Women have appointed Ria Voss as head coach. Her assistant Tomas Brandt, who "
        "arrived with her from Harwich Town, completes her staff."
    )
    keys = keys_of(text)
    assert any(key[:2] == ("Tomas Brandt", "Harwich Town") and key[3] == "left" for key in keys)


def test_came_with_his_family_is_no_aide() -> None:
    text = (
        "Oakfield Rovers have appointed Piet Lammers as head coach. Lammers, who came with his family from "
        "Harwich Town, starts on Monday."
    )
    keys = keys_of(text)
    assert not any(club == "Harwich Town" and event == "left" for _c, club, _s, event in keys)
