"""A club the story names only by a name it has since dropped is printed under that name ("Shanghai
SIPG have appointed X", told in 2017, is Shanghai SIPG, the club of those seasons); where the story uses
today's name anywhere, today's name stays, and a short form or nickname of today's club ("SIPG") is no
former name. The former name is still the same reference club (`lookup_club`).

Invented sentences and people; the clubs and their former names are real (pipeline/reference)."""

from __future__ import annotations

import csv

import pytest
from extract_helpers import keys_of

from pipeline.reference import REFERENCE_DIR, lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Shanghai SIPG have appointed Lars Vennick as head coach.",
            "Lars Vennick",
            "Shanghai SIPG",
            "appointed",
        ),
        (
            "Tianjin Quanjian sacked coach Ruud Hellinga on Monday.",
            "Ruud Hellinga",
            "Tianjin Quanjian",
            "dismissed",
        ),
        ("Videoton have appointed Tamás Kerekes as head coach.", "Tamás Kerekes", "Videoton", "appointed"),
        (
            "Ajax Cape Town sacked coach Sibusiso Dlodlo on Friday.",
            "Sibusiso Dlodlo",
            "Ajax Cape Town",
            "dismissed",
        ),
    ],
)
def test_a_club_named_by_its_former_name_keeps_it(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text, "2017-06-20")


def test_todays_name_in_the_story_stays() -> None:
    text = (
        "Shanghai Port have appointed Lars Vennick as head coach. He knows the club from its years as "
        "Shanghai SIPG, when he was a scout there."
    )
    keys = keys_of(text)
    assert ("Lars Vennick", "Shanghai Port", "first_team", "appointed") in keys
    assert not any(club == "Shanghai SIPG" for _, club, _, _ in keys)


def test_a_short_form_is_no_former_name() -> None:
    keys = keys_of("SIPG have appointed Lars Vennick as head coach.")
    assert ("Lars Vennick", "Shanghai Port", "first_team", "appointed") in keys


def test_ajax_cape_town_is_no_dutch_club() -> None:
    keys = keys_of("Ajax Cape Town sacked coach Sibusiso Dlodlo on Friday.", "2017-06-20")
    assert not any(club == "Ajax" for _, club, _, _ in keys)


def test_every_former_name_is_a_strong_alias_of_its_club() -> None:
    with (REFERENCE_DIR / "former_names.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            ref = lookup_club(row["name"])
            assert ref is not None and ref.name == row["club"], row["name"]
