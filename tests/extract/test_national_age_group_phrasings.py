"""National age groups told with more words: 'the under-20 men's national football team', 'coach of the
South Korean under-20 team' (a demonym before the squad), and 'where he replaces Y' in a story about
another age group."""

from __future__ import annotations

from extract_helpers import keys_of


def test_under_20_mens_national_football_team():
    text = (
        "Takeshi Ono has been appointed head coach of the Japanese under-20 men's national football "
        "team, the Japan Football Association said."
    )
    keys = keys_of(text)
    assert ("Takeshi Ono", "Japan", "national_u20", "appointed") in keys
    assert ("Takeshi Ono", "Japan", "national", "appointed") not in keys


def test_demonym_before_an_age_group_team():
    text = "Kim Dong-jin has been appointed to coach the South Korean under-20 team."
    assert ("Kim Dong-jin", "South Korea", "national_u20", "appointed") in keys_of(text)


def test_womens_age_group_national_team_stays_womens():
    text = "Jill Elliot was named coach of the United States under-20 women's national team."
    assert ("Jill Elliot", "United States", "national_women_u20", "appointed") in keys_of(text)


def test_where_he_replaces_in_a_story_about_the_under_21s():
    text = (
        "Portugal's under-21 team sealed qualification on Tuesday, and coach Rui Jordao praised his players. "
        "His assistant Tiago Ventosa will leave in December to coach the under-19s, where he "
        "replaces Hugo Faria."
    )
    keys = keys_of(text)
    assert ("Hugo Faria", "Portugal", "national_u19", "left") in keys
    assert ("Tiago Ventosa", "Portugal", "national_u19", "appointed") in keys


def test_a_title_before_the_new_man_is_not_the_post_filled():
    text = "Ajax named Marco Rossi head coach on Monday. Under-19 coach Kees Dirksen replaces Jan Olde."
    keys = keys_of(text)
    assert not any(k[0] == "Jan Olde" and k[2] == "u19" for k in keys)
