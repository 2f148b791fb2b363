"""'The coach of the women's team, X, leaves the club': a name set off by commas after its title is the
subject of the verb after it, told in the present as well as with 'has'/'was' (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

LEAD = "Rotherham United have extended the contract of head coach Piet Ondrusek until 2027. "


def test_a_titled_name_set_off_leaves_in_the_present() -> None:
    keys = keys_of(LEAD + "The coach of the women's team, Marta Lindgren, leaves the club.")
    assert ("Marta Lindgren", "Rotherham United", "women", "left") in keys


def test_a_titled_name_set_off_moves_up_in_the_present() -> None:
    text = "The coach of the second team, Oskar Brandt, joins the first-team staff as assistant."
    keys = keys_of(LEAD + text)
    assert ("Oskar Brandt", "Rotherham United", "first_team", "appointed") in keys


def test_a_set_off_name_before_another_verb_does_not_leave() -> None:
    # near-miss: the set-off name is the subject of "says"; the club's leaving is no exit of hers
    text = "The coach of the women's team, Marta Lindgren, says nobody leaves the club in winter."
    keys = keys_of(LEAD + text)
    assert ("Marta Lindgren", "Rotherham United", "women", "left") not in keys
