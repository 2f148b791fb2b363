"""Clubs the reference data does not know, named with their club form as local news writes them: a name
closed by "Club" ("Brenvale Club"), opened by the German, Catalan or Croatian forms ("SpVgg Holzbach",
"UE Dorvalla", "CE Marvella"), or by "US" (Unione / Union Sportiva: "US Pontevalle") are clubs, never
people. Near-misses: "US coach X", "the US Under-23 side", "the US Open" keep the country or name no club,
and "the Arab Club Champions Cup" names a competition. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _tags(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in run_mentions(sentence, set())]


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Brenvale Club have appointed Renaud Lacombe as head coach.", "Brenvale Club"),
        ("Renaud Lacombe joins US Pontevalle on a two-year deal.", "US Pontevalle"),
        ("He began his coaching career at US Marvigny, where he spent four years.", "US Marvigny"),
        ("He previously coached SpVgg Holzbach in the fourth tier.", "SpVgg Holzbach"),
        ("Lacombe arrives from the UE Dorvalla, where he has been for two seasons.", "UE Dorvalla"),
        ("Before that he trained CE Marvella for a year.", "CE Marvella"),
        ("He won the cup with NK Rastovac.", "NK Rastovac"),
    ],
)
def test_club_form_makes_a_club(sentence: str, club: str) -> None:
    tags = _tags(sentence)
    assert ("C", club) in tags
    assert not any(kind == "P" and club.split()[-1] in text for kind, text in tags)


@pytest.mark.parametrize(
    "sentence",
    [
        "US coach Gregg Berhalter named his squad on Friday.",
        "Caleb Porter coached the US Under-23 side for two years.",
        "He watched the US Open with his family.",
        "The former US Army officer joined the staff.",
    ],
)
def test_country_initials_before_no_name_stay_the_country_or_nothing(sentence: str) -> None:
    assert not any(kind == "C" and text.startswith("US ") for kind, text in _tags(sentence))


def test_club_word_inside_a_competition_is_no_club() -> None:
    tags = _tags("Okoye won the Arab Club Champions Cup with Al-Nassr before he was sacked.")
    assert not any(text.startswith("Arab") for _, text in tags)


def test_appointment_at_a_club_named_with_club() -> None:
    keys = keys_of(
        "On Tuesday, Brenvale Club appointed Tomas Herrlich as their new head coach, "
        "replacing Piet Mollenaar, who resigned last week."
    )
    assert ("Tomas Herrlich", "Brenvale Club", "first_team", "appointed") in keys
    assert not any(k[0] == "Brenvale Club" for k in keys)
