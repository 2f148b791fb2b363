"""'X was dismissed by Deportivo', 'Y joined Inter as head coach': a short name that one club alone owns
(a context-only alias) is that club where a career cue makes it a club's slot and the article names no
other club holding the word — as a club's act on its coach already did ('Inter has appointed X')
(mentions `_unclaimed_context_owner`)."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_dismissed_by_the_short_name() -> None:
    keys = keys_of("Tomás Ferrer was dismissed by Deportivo in March 2019 after a run of defeats.")
    assert ("Tomás Ferrer", "Deportivo de La Coruña", "first_team", "dismissed") in keys


def test_joined_the_short_name_as_coach() -> None:
    keys = keys_of("Marco Rinaldi joined Inter as head coach in 2016.")
    assert ("Marco Rinaldi", "Inter Milan", "first_team", "appointed") in keys


def test_a_club_holding_the_word_in_full_keeps_it() -> None:
    # near-miss: the article names Inter Miami, so "Inter" is not Inter Milan
    keys = keys_of(
        "Inter Miami have named Tomás Ferrer as head coach. "
        "His predecessor Marco Rinaldi was sacked by Inter last year."
    )
    assert not any(k[1] == "Inter Milan" for k in keys)


def test_no_career_cue_no_club() -> None:
    # near-miss: the fans of a club named by its short name give no one a post there
    keys = keys_of(
        "Tomás Ferrer has been sacked by Racing Ferrol. Deportivo fans had chanted his name on Sunday."
    )
    assert not any(k[1] == "Deportivo de La Coruña" for k in keys)
