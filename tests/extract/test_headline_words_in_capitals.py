"""Headlines in capitals, written for these tests in our own words: words in capitals that the story
below never writes in ordinary case are a headline's words, not a coach; a man named in a headline in
capitals and again in the story keeps his facts."""

from __future__ import annotations

from extract_helpers import keys_of


def test_headline_words_are_no_coach():
    keys = keys_of(
        "LEAGUE ONE GOSSIP: SACK RACE SPECIAL\n\n"
        "Barnsley are weighing up the future of their manager after a fifth straight defeat."
    )
    assert not any(k[0] == "RACE SPECIAL" for k in keys)


def test_man_named_again_below_the_headline_keeps_his_facts():
    keys = keys_of("CHELSEA SACK TOMMY HOLT\n\nTommy Holt has been sacked by Chelsea after seven months.")
    assert any(k[0].lower() == "tommy holt" and k[3] == "dismissed" for k in keys)


def test_known_coach_in_a_headline_keeps_his_facts():
    keys = keys_of("CHELSEA SACK GRAHAM POTTER\n\nChelsea have sacked Graham Potter after seven months.")
    assert any(k[0].lower() == "graham potter" and k[3] == "dismissed" for k in keys)
