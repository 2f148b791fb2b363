"""A stand-in going back to his old post, his stand-in spell told in the same sentence ('X, who had the
side for two matches, returns to the second team', '…, ending a month as caretaker'): his spell in charge of
the story's senior side ends, though no earlier sentence told it."""

from __future__ import annotations

from extract_helpers import keys_of


def test_games_taken_then_return_to_the_reserves():
    text = (
        "Dunmore Athletic have named Karl Obst as head coach until 2027. "
        "Reserve-team coach Piet Lindqvist, who took the team for three games, returns to the second team."
    )
    keys = keys_of(text)
    assert ("Piet Lindqvist", "Dunmore Athletic", "first_team", "left") in keys


def test_return_ending_a_spell_as_caretaker():
    text = (
        "Dunmore Athletic have named Karl Obst as head coach until 2027. "
        "Piet Lindqvist has returned to his job with the under-21s, ending a month as caretaker."
    )
    keys = keys_of(text)
    assert ("Piet Lindqvist", "Dunmore Athletic", "first_team", "left") in keys


def test_staying_on_the_staff_ends_no_spell():
    # he stays on the staff of the new man: the gold sets tell no end of his stand-in spell there
    text = (
        "Dunmore Athletic have named Karl Obst as head coach until 2027. "
        "Piet Lindqvist, who took charge as interim manager, will stay on as part of Obst's staff."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Piet Lindqvist" and k[3] == "left" for k in keys)


def test_another_man_named_keeps_the_spell_unread():
    # the caretaker may be the other man: the sentence names two
    text = (
        "Dunmore Athletic have named Karl Obst as head coach until 2027. "
        "Piet Lindqvist returns to the under-21s, and Tomas Berg, the caretaker for three games, leaves."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Piet Lindqvist" and k[2] == "first_team" and k[3] == "left" for k in keys)
