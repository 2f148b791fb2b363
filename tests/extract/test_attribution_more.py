"""Club and squad attribution, more cases: which club a squad word with no club of its own belongs
to, and which team (women's, youth, national age group) a post is at."""

from __future__ import annotations

from extract_helpers import keys_of

# --- a squad word with no club: the club an earlier sentence named with that squad ------------


def test_the_womens_side_is_the_club_whose_womens_team_was_named_before_not_the_storys():
    text = (
        "Interim coach Tom Harlow will take over Portland Timbers after Gary Mills left to coach "
        "Scottish club Hibernian, the team said Monday. "
        "Harlow, 41, joined the Timbers' staff in 2021 after six seasons as coach of Everton's women's team. "
        "A former coach in Everton's academy, the Welshman took over the women's side in 2015 "
        "before moving to Portland."
    )
    keys = keys_of(text)
    assert ("Tom Harlow", "Everton", "women", "appointed") in keys
    assert not any(k[1] == "Portland Timbers" and k[2] != "first_team" for k in keys)
    assert ("Gary Mills", "Portland Timbers", "first_team", "left") in keys


def test_the_under_19s_are_the_club_whose_under_19s_the_text_named_before():
    text = (
        "Brentford have named Karl Ostberg as their new manager. "
        "Ostberg, 44, spent three years in charge of Ajax's under-19s. "
        "He was appointed to lead the under-19s in 2019 after a spell as an analyst."
    )
    keys = keys_of(text)
    assert ("Karl Ostberg", "Ajax", "u19", "appointed") in keys
    assert ("Karl Ostberg", "Brentford", "u19", "appointed") not in keys


def test_a_squad_word_the_text_never_gave_a_club_stays_the_storys():
    text = (
        "Chelsea have appointed Mary Stone as head coach of their women's team. "
        "Stone was appointed to lead the women's side after three years at Lyon."
    )
    keys = keys_of(text)
    assert ("Mary Stone", "Chelsea", "women", "appointed") in keys
    assert ("Mary Stone", "Lyon", "women", "appointed") not in keys
