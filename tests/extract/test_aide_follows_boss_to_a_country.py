"""An aide who follows his boss "to England" or "goes with him to Serbia" moves to the country of the boss's
new club: the country is a place there, not its national team, and the aide joins the club of the story.
Near misses: a post told there ("follows him to Ghana as assistant coach"), a national side's words after
the name and a past move ("followed him to Ghana in 2017", often to a national team) keep the team."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Kelmsford Athletic have appointed Piet Lammers as head coach. Lammers arrives from Harwich Town. "


def test_follows_him_to_a_country() -> None:
    keys = keys_of(_LEAD + "His co-trainer Tomas Brandt follows him to England.")
    assert ("Tomas Brandt", "Kelmsford Athletic", "first_team", "appointed") in keys
    assert ("Tomas Brandt", "England", "national", "appointed") not in keys


def test_goes_with_the_boss_to_a_country() -> None:
    keys = keys_of(
        _LEAD
        + "Goalkeeping coach Jan Olde stays, while fitness coach Tomas Brandt goes with Lammers to Serbia."
    )
    assert ("Tomas Brandt", "Serbia", "national", "appointed") not in keys


def test_post_told_there_keeps_the_team() -> None:
    keys = keys_of(_LEAD + "His co-trainer Tomas Brandt follows him to Ghana as assistant coach.")
    assert ("Tomas Brandt", "Ghana", "national", "appointed") in keys


def test_national_team_words_keep_the_team() -> None:
    text = (
        "Harwich Town have sacked Piet Lammers. Tomas Brandt went with him to Norway's national team as "
        "assistant."
    )
    assert ("Tomas Brandt", "Norway", "national", "appointed") in keys_of(text)


def test_past_move_keeps_the_team() -> None:
    text = (
        "Harwich Town have appointed Tomas Brandt as head coach. Brandt spent four years as Piet Lammers's "
        "assistant with Belgium and followed him to Ghana in 2017."
    )
    assert ("Tomas Brandt", "Ghana", "national", "in_charge") in keys_of(text)
