"""A club the story names only by another name the press prints as the club's own keeps that name: the
town a genitive Scandinavian name is read as ("Aalesund" for Aalesunds FK), the club's own-language name
where the row gives the English one ("Rapid Wien"), the short name it plays under ("MK Dons"). Near
misses: a story that also writes the row's name keeps it, and nicknames and acronyms ("Spurs") are no
such forms (pipeline/reference/name_forms.csv)."""

from __future__ import annotations

import csv

from extract_helpers import keys_of

from pipeline.reference import REFERENCE_DIR, lookup_club


def test_the_short_name_a_club_plays_under() -> None:
    keys = keys_of("MK Dons have sacked manager Piet Lammers after a run of six defeats.")
    assert ("Piet Lammers", "MK Dons", "first_team", "dismissed") in keys


def test_the_town_of_a_genitive_name() -> None:
    keys = keys_of("Aalesund have appointed Piet Lammers as head coach on a two-year deal.")
    assert ("Piet Lammers", "Aalesund", "first_team", "appointed") in keys


def test_the_clubs_own_language_name() -> None:
    keys = keys_of("Rapid Wien have appointed Piet Lammers as head coach until 2027.")
    assert ("Piet Lammers", "Rapid Wien", "first_team", "appointed") in keys


def test_the_rows_name_in_the_story_stays() -> None:
    text = "Milton Keynes Dons have sacked manager Piet Lammers. MK Dons sit 20th in League Two."
    keys = keys_of(text)
    assert ("Piet Lammers", "Milton Keynes Dons", "first_team", "dismissed") in keys
    assert not any(club == "MK Dons" for _coach, club, _squad, _event in keys)


def test_a_nickname_is_no_name_form() -> None:
    keys = keys_of("Spurs have sacked manager Piet Lammers after a run of six defeats.")
    assert ("Piet Lammers", "Tottenham Hotspur", "first_team", "dismissed") in keys


def test_every_name_form_is_a_strong_alias_of_its_club() -> None:
    with (REFERENCE_DIR / "name_forms.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            ref = lookup_club(row["name"])
            assert ref is not None and ref.name == row["club"], row["name"]
