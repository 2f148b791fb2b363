"""A given name that is also a nationality word: 'Germán Rivarola' (with its accent: English writes its
nationality words without one) and, without the accent, 'appointed German Lux' at the man's first mention
(news names a man in full there) are full names. The nationality still describes a man where an article or
a title goes before it ('the German Lux', 'fellow Italian Rossi'), where the article gives the surname
another first name, where a known one-word coach follows ('Brazilian Sylvinho'), and before a noun ('The
German coach Tom Weber'). Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _people(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "P"]


def test_accented_given_name_opens_a_full_name() -> None:
    assert _people("His field assistant Germán Ortiz also leaves.") == ["Germán Ortiz"]


def test_any_accented_nationality_word_is_a_given_name() -> None:
    assert _people("The club named Germán Lux on Friday.") == ["Germán Lux"]


def test_the_nationality_still_ends_a_name() -> None:
    assert _people("The German coach Tom Weber was sacked.") == ["Tom Weber"]


def test_the_aide_named_so_leaves_with_his_boss() -> None:
    text = "Hull City have sacked manager Tom Baker. His assistant Germán Ortiz also leaves."
    assert ("Germán Ortiz", "Hull City", "first_team", "left") in keys_of(text, "2024-06-02")


def test_unaccented_given_name_at_first_mention() -> None:
    text = "Racing Club have appointed German Lux as head coach. Lux previously coached Banfield."
    assert keys_of(text) == {
        ("German Lux", "Racing Club", "first_team", "appointed"),
        ("German Lux", "Banfield", "first_team", "in_charge"),
    }


def test_near_miss_the_nationality_after_an_article() -> None:
    text = "Racing Club have appointed the German Lux as head coach."
    assert {key[0] for key in keys_of(text)} == {"Lux"}


def test_near_miss_the_surname_has_another_first_name() -> None:
    text = "Racing Club have appointed Italian Rossi as head coach. Paolo Rossi previously coached Lazio."
    assert {key[0] for key in keys_of(text)} == {"Paolo Rossi"}


def test_near_miss_a_known_one_word_coach() -> None:
    text = "Flamengo have appointed Brazilian Sylvinho as head coach."
    assert {key[0] for key in keys_of(text)} == {"Sylvinho"}


def test_near_miss_a_nationality_describing_a_noun() -> None:
    text = "Racing Club have sacked Tom Weber. The German coach had been in charge since 2022."
    assert {key[0] for key in keys_of(text)} == {"Tom Weber"}


def test_accented_given_name_before_a_surname_that_is_a_club() -> None:
    # the surname is also a club's name (Burgos CF, Valencia CF): with the accented given name, a man
    assert _people("Stoke City have appointed Germán Valencia as head coach.") == ["Germán Valencia"]
    text = "Stoke City have appointed Germán Burgos as head coach."
    assert ("Germán Burgos", "Stoke City", "first_team", "appointed") in keys_of(text, "2024-06-02")


def test_near_miss_the_unaccented_nationality_before_a_club() -> None:
    # "Spanish Valencia": the nationality describes the club named after it
    assert _people("Stoke City lost to Spanish Valencia in a friendly.") == []


def test_near_miss_a_title_between_the_nationality_and_the_surname() -> None:
    # "Welsh coach Parry": the nationality and the title describe the man, the surname alone names him
    text = "Bala Town have appointed Welsh coach Parry as manager."
    assert {key[0] for key in keys_of(text)} == {"Parry"}
    assert {key[0] for key in keys_of("Sligo Rovers named Irish head coach Doyle on Friday.")} == {"Doyle"}


def test_unaccented_given_name_before_a_surname_that_is_a_club() -> None:
    # (review 18) hired as a coach, "German Burgos" is the man, not the nationality before Burgos CF
    text = "Reading have appointed German Burgos as head coach."
    assert ("German Burgos", "Reading", "first_team", "appointed") in keys_of(text, "2024-06-02")
    text = "Cadiz named German Valencia as their new manager."
    assert {key[0] for key in keys_of(text)} == {"German Valencia"}


def test_near_miss_the_unaccented_nationality_before_a_club_hired_from() -> None:
    # a club named after the nationality with no title after it: the club he is hired from
    assert _people("Reading have appointed Spanish Valencia coach Tom Weber.") == ["Tom Weber"]
