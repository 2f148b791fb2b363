"""'The Latvian Football Federation appointed X as head coach of the women's national team': any women's
national team a sentence naming one country's federation leaves unnamed is that country's women's side,
as its men's or bare national team is its senior side (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_federations_womens_national_team_is_its_countrys() -> None:
    text = (
        "The Latvian Football Federation on Monday appointed Anna Berzina as head coach of the "
        "women's national team."
    )
    assert ("Anna Berzina", "Latvia", "national_women", "appointed") in keys_of(text)


def test_its_mens_national_team_stays_the_senior_side() -> None:
    text = (
        "The Latvian Football Federation on Monday appointed Janis Ozols as head coach of the "
        "men's national team."
    )
    keys = keys_of(text)
    assert ("Janis Ozols", "Latvia", "national", "appointed") in keys
    assert ("Janis Ozols", "Latvia", "national_women", "appointed") not in keys


def test_a_sentence_naming_another_country_reads_no_side() -> None:
    text = (
        "The Latvian Football Federation said Sweden had appointed Anna Berzina as head coach of the "
        "women's national team."
    )
    assert ("Anna Berzina", "Latvia", "national_women", "appointed") not in keys_of(text)
