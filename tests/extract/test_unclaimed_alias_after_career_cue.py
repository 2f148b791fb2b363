"""'X was dismissed by Deportivo', 'Y took charge of Deportivo': a short name that one club alone owns (a
context-only alias) is that club where a career cue makes it a club's slot and the article names no other
club holding the word — as a club's act on its coach already did ('Inter has appointed X'); a word many
clubs' names hold ('managed United') and a nickname after 'the' stay unread (mentions
`_career_cued_short_name`)."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_dismissed_by_the_short_name() -> None:
    keys = keys_of("Tomás Ferrer was dismissed by Deportivo in March 2019 after a run of defeats.")
    assert ("Tomás Ferrer", "Deportivo de La Coruña", "first_team", "dismissed") in keys


def test_took_charge_of_the_short_name() -> None:
    keys = keys_of("Marco Rinaldi took charge of Deportivo in 2016.")
    assert ("Marco Rinaldi", "Deportivo de La Coruña", "first_team", "appointed") in keys


def test_a_club_holding_the_word_in_full_keeps_it() -> None:
    # near-miss: the article names Deportivo Alavés, so "Deportivo" is not the Galician club
    keys = keys_of(
        "Deportivo Alavés have named Tomás Ferrer as head coach. "
        "His predecessor Marco Rinaldi was sacked by Deportivo last year."
    )
    assert not any(k[1] == "Deportivo de La Coruña" for k in keys)


def test_no_career_cue_no_club() -> None:
    # near-miss: the fans of a club named by its short name give no one a post there
    keys = keys_of(
        "Tomás Ferrer has been sacked by Racing Ferrol. Deportivo fans had chanted his name on Sunday."
    )
    assert not any(k[1] == "Deportivo de La Coruña" for k in keys)


def test_joined_inter_as_coach() -> None:
    keys = keys_of("Marco Rinaldi joined Inter as head coach in 2016.")
    assert ("Marco Rinaldi", "Inter Milan", "first_team", "appointed") in keys


def test_a_word_many_clubs_hold_stays_unread() -> None:
    # near-miss: "managed United" does not say which United
    keys = keys_of("Everton hired Carlos Carvalhal. He managed United and Fulham.")
    assert not any(k[0] == "Carlos Carvalhal" and "United" in k[1] for k in keys)


def test_a_nickname_after_the_stays_unread() -> None:
    # near-miss: "the Catalans" may be any Catalan side
    keys = keys_of("Girona have had a difficult season. Pau Serra was sacked by the Catalans on Monday.")
    assert not any(k[1] == "Barcelona" for k in keys)
