"""A man's nickname set in quotation marks ('For two decades "Don Paolo" was …') is him, not another man
the story is about: later pronouns and lists stay with the man it named. Invented sentences."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def test_quoted_nickname_is_no_new_man():
    text = (
        'Paolo Ferri, the former Parma coach, has died at 81. For three decades "Zio Paolo" was one of the '
        "best-loved men of the Italian game. He had started his coaching career at Reggiana in 1970."
    )
    keys = keys_of(text)
    assert ("Paolo Ferri", "Reggiana", "first_team", "in_charge") in keys
    assert not any(k[0] == "Zio Paolo" for k in keys)


def test_name_inside_a_longer_quote_is_still_a_man():
    sentence = '"Marco Neri has been released," the club said.'
    assert any(m.kind == "P" and m.name == "Marco Neri" for m in run_mentions(sentence, None))


def test_known_nickname_in_quotes_still_names_its_man():
    found = run_mentions('Then "Big Sam" arrived at Bolton.', None)
    assert [m.name for m in found if m.kind == "P"] == ["Sam Allardyce"]


def test_quoted_two_word_nickname_reads_no_person():
    assert not [m for m in run_mentions('For years "Zio Paolo" was loved.', None) if m.kind == "P"]
