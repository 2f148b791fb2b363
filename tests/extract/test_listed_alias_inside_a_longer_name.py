"""A listed club's alias set between two more name words of the lead's subject, acting on a man named after
it as only a club does, is one club the reference data lacks, named by all three words: 'Nova Ajax
Kelbrook have dismissed coach X' is that club's story, not Ajax's."""

from __future__ import annotations

from extract_helpers import keys_of


def test_alias_between_two_name_words_is_a_longer_name() -> None:
    text = (
        "Nova Ajax Kelbrook have dismissed coach Ruud Verbeek after six games without a win. His assistant "
        "Kees Dalman was also sacked."
    )
    keys = keys_of(text)
    assert ("Ruud Verbeek", "Nova Ajax Kelbrook", "first_team", "dismissed") in keys
    assert ("Kees Dalman", "Nova Ajax Kelbrook", "first_team", "dismissed") in keys
    assert not any(club == "Ajax" for _, club, _, _ in keys)


def test_alias_with_a_word_on_one_side_only_stays_the_listed_club() -> None:
    text = "Ajax Amsterdam have dismissed coach Ruud Verbeek after six games without a win."
    clubs = {club for _, club, _, _ in keys_of(text)}
    assert "Ajax" in clubs
