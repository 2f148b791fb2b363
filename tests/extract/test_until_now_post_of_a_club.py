"""'X, until now trainer of Jong C', 'X, who was until now coach of the U17s', 'X, who until today trained
the U19s': the post a man held until now is one he leaves, whether it is named by a squad phrase, by a club's
reserve side named as a club ("Jong C"), or by a club itself; "responsible for", "in charge of" and a
coaching verb name it too; "until then" tells the same of a move told in the past. Written for these tests
in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_reserve_side_named_as_a_club() -> None:
    text = "AZ have sacked their coach. His successor is Rob Meijer, until now trainer of Jong AZ."
    keys = keys_of(text)
    assert ("Rob Meijer", "AZ Alkmaar", "reserve", "in_charge") in keys
    assert ("Rob Meijer", "AZ Alkmaar", "reserve", "left") in keys


def test_a_club_left_for_the_new_post() -> None:
    text = "Bolton have appointed Tom Baker, until recently coach of Wigan Athletic, as manager."
    keys = keys_of(text)
    assert ("Tom Baker", "Wigan Athletic", "first_team", "left") in keys
    assert ("Tom Baker", "Bolton Wanderers", "first_team", "appointed") in keys


def test_responsible_for_a_youth_side() -> None:
    text = "Malta have a new coach. His aide will be Paul Grech, until now responsible for the Under-19s."
    keys = keys_of(text)
    assert ("Paul Grech", "Malta", "national_u19", "in_charge") in keys
    assert ("Paul Grech", "Malta", "national_u19", "left") in keys


def test_near_miss_a_post_held_since_is_not_left() -> None:
    text = "Bolton have appointed Tom Baker, coach of Wigan Athletic since 2021, as manager."
    assert ("Tom Baker", "Wigan Athletic", "first_team", "left") not in keys_of(text)


def test_near_miss_a_players_club_until_now() -> None:
    text = "Bolton have signed Tom Baker, until now a defender of Wigan Athletic."
    assert not {key for key in keys_of(text) if key[1] == "Wigan Athletic"}


def test_a_relative_clause_until_now_with_a_title() -> None:
    text = "Chile have named Ana Soto as coach. Soto, who was until now coach of the Under-17s, takes over."
    keys = keys_of(text)
    assert ("Ana Soto", "Chile", "national_u17", "in_charge") in keys
    assert ("Ana Soto", "Chile", "national_u17", "left") in keys


def test_a_relative_clause_until_now_with_a_verb() -> None:
    text = "Bari have sacked Tom Reid. His assistant will be Ugo Neri, who until today trained the Under-19s."
    keys = keys_of(text)
    assert ("Ugo Neri", "Bari", "u19", "in_charge") in keys
    assert ("Ugo Neri", "Bari", "u19", "left") in keys


def test_near_miss_a_post_kept_until_the_summer() -> None:
    text = "Chile have named Ana Soto as coach. Soto will lead the Under-17s until the summer."
    assert ("Ana Soto", "Chile", "national_u17", "left") not in keys_of(text)


def test_until_then_a_youth_side_left_for_a_past_stand_in_spell() -> None:
    text = (
        "Bolton sacked their manager in March. Tom Baker, until then coach of the under-18s, took interim "
        "charge and kept the side up."
    )
    keys = keys_of(text)
    assert ("Tom Baker", "Bolton Wanderers", "u18", "in_charge") in keys
    assert ("Tom Baker", "Bolton Wanderers", "u18", "left") in keys


def test_near_miss_until_then_a_players_club() -> None:
    text = "Bolton signed Tom Baker in May. Baker, until then a defender of Wigan Athletic, settled in fast."
    assert not {key for key in keys_of(text) if key[1] == "Wigan Athletic"}
