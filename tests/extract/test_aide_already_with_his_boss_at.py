"""An aide's earlier time beside his boss told in a relative clause with 'already' or a bare 'was with him':
'Kell Orrin, who already worked with him at Burnley' and 'Kell Orrin, who was already with him at
Burnley' give Orrin's spell there as assistant; in a titled staff list the clause tells of the last man
alone. Not a post off the bench ('… at Burnley as a scout'), nor a man who is no aide."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Leyton Orient have hired Piet Vandersloot as their new manager. "


def test_aide_who_already_worked_with_him() -> None:
    sentence = "He will be helped by Kell Orrin, who already worked with him at Burnley as his deputy."
    assert ("Kell Orrin", "Burnley", "first_team", "in_charge") in keys_of(_NEWS + sentence)


def test_aide_who_was_already_with_him() -> None:
    sentence = "His number two is going to be Kell Orrin, who was already with him at Burnley."
    assert ("Kell Orrin", "Burnley", "first_team", "in_charge") in keys_of(_NEWS + sentence)


def test_last_man_of_a_titled_list_alone() -> None:
    sentence = (
        "Joining him are his deputy Kell Orrin, the fitness coach Abe Tull and the analyst Rui Sanz,"
        " who had already worked with Vandersloot at Burnley."
    )
    keys = keys_of(_NEWS + sentence)
    assert ("Rui Sanz", "Burnley", "first_team", "in_charge") in keys
    assert ("Abe Tull", "Burnley", "first_team", "in_charge") not in keys


def test_no_spell_off_the_bench() -> None:
    sentence = "Vandersloot will be helped by Kell Orrin, who already worked with him at Burnley as a scout."
    assert ("Kell Orrin", "Burnley", "first_team", "in_charge") not in keys_of(_NEWS + sentence)


def test_no_spell_for_a_player() -> None:
    sentence = "Vandersloot wants to sign winger Kell Orrin, who was with him at Burnley."
    assert ("Kell Orrin", "Burnley", "first_team", "in_charge") not in keys_of(_NEWS + sentence)
