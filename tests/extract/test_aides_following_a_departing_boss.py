"""Aides who follow a boss out of the club in view. "Y's assistant A and fitness coach B have followed him to
the national team": the boss of the list is the one whose aides they are (not B, the next aide of the list),
so both go where he went and leave the club he left. "Fitness coach B will follow Y", where the story tells Y
leaving and arriving nowhere: B leaves with him, he is no new arrival at the club. Near misses: an aide who
follows the new man in keeps his arrival, and so does one who follows a boss appointed at the club in view."""

from __future__ import annotations

from extract_helpers import keys_of

_LIST_FOLLOWS = (
    "Oakfield Rovers on Tuesday appointed Piet Lammers as head coach. Lammers replaces Gregor Vance, who "
    "left the club two weeks ago to take charge of the Norway national team. Vance's long-time assistant "
    "Tomas Brandt and fitness coach Emil Sorensen have followed him to the national team."
)


def test_each_aide_of_the_list_goes_with_the_boss() -> None:
    keys = keys_of(_LIST_FOLLOWS)
    for aide in ("Tomas Brandt", "Emil Sorensen"):
        assert (aide, "Norway", "national", "appointed") in keys
        assert (aide, "Oakfield Rovers", "first_team", "left") in keys
        assert (aide, "Oakfield Rovers", "first_team", "appointed") not in keys


_BOSS_GOING_NOWHERE = (
    "Oakfield Rovers on Tuesday announced Piet Lammers as their new head coach. Lammers replaces Gregor "
    "Vance, who will leave when his contract expires at the end of the season. Fitness coach Emil Sorensen "
    "will follow Vance. Goalkeeping coach Rui Calado stays."
)


def test_aide_following_a_boss_who_leaves_leaves_too() -> None:
    keys = keys_of(_BOSS_GOING_NOWHERE)
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "left") in keys
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "appointed") not in keys


def test_aide_following_the_new_man_in_arrives() -> None:
    text = (
        "Oakfield Rovers on Tuesday announced Piet Lammers as their new head coach. Lammers replaces Gregor "
        "Vance, who will leave when his contract expires at the end of the season. Fitness coach Emil "
        "Sorensen will follow Lammers from Harwich Town."
    )
    keys = keys_of(text)
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "left") not in keys


def test_aide_following_a_boss_appointed_here_arrives() -> None:
    text = (
        "Oakfield Rovers on Tuesday appointed Piet Lammers as head coach. Lammers's assistant Tomas Brandt "
        "and fitness coach Emil Sorensen have followed him to the club."
    )
    keys = keys_of(text)
    for aide in ("Tomas Brandt", "Emil Sorensen"):
        assert (aide, "Oakfield Rovers", "first_team", "left") not in keys


def test_aide_who_followed_him_from_a_club_arrived_with_him() -> None:
    text = (
        "Oakfield Rovers have sacked manager Gregor Vance after a run of eight defeats. Vance arrived from "
        "Harwich Town in 2022. Assistant Tomas Brandt followed him from Harwich Town that summer."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "left") not in keys
