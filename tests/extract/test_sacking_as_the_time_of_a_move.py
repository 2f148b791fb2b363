"""'X took over the A team in April after Y was dismissed', 'X was promoted from the reserves after the
dismissal of Y': a sacking told as the time of another man's move; the sacked man held the post that move
took, not the squad the story is about nor the side the promoted man left (written for these tests in our
own words)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_senior_side_taken_over_in_a_youth_story():
    text = (
        "Slovakia have named Pavel Novak head coach of the Under-21 team. His predecessor Jan Horak "
        "took over the A team in April after Milan Svoboda was dismissed in March."
    )
    keys = keys_of(text)
    assert ("Milan Svoboda", "Slovakia", "national", "dismissed") in keys
    assert ("Milan Svoboda", "Slovakia", "national_u21", "dismissed") not in keys


def test_interim_charge_of_the_senior_side_taken():
    text = (
        "Slovakia have named Pavel Novak head coach of the Under-20 team. He replaces Jan Horak, who left "
        "the Under-20 job to take interim charge of the senior team after Milan Svoboda was sacked in July."
    )
    keys = keys_of(text)
    assert ("Milan Svoboda", "Slovakia", "national", "dismissed") in keys
    assert ("Milan Svoboda", "Slovakia", "national_u20", "dismissed") not in keys


def test_a_promotion_from_another_side_fills_the_senior_post():
    text = (
        "Rovers Town have appointed Tom Beck as coach of their under-19 side. Beck's former colleague "
        "Sam Reid was promoted from the reserves in October after the dismissal of Carl Dunn."
    )
    keys = keys_of(text)
    assert ("Carl Dunn", "Rovers Town", "first_team", "dismissed") in keys
    assert not any(k[0] == "Carl Dunn" and k[2] in ("reserve", "u19") for k in keys)


def test_an_age_group_taken_over_is_the_sacked_mans_post():
    text = (
        "Rovers Town have appointed Tom Beck as head coach. Sam Reid took over the under-18s in October "
        "after Carl Dunn was dismissed."
    )
    assert ("Carl Dunn", "Rovers Town", "u18", "dismissed") in keys_of(text)


def test_a_sacking_with_no_move_before_it_keeps_its_reading():
    text = "Rovers Town have appointed Tom Beck as head coach after Carl Dunn was dismissed in May."
    assert ("Carl Dunn", "Rovers Town", "first_team", "dismissed") in keys_of(text)
