"""A country's senior men's team named by its nickname ("Black Stars coach X", "the Socceroos' boss") in a
story about the country's women's team keeps X with the men's senior side; the women's side's own
nickname ("Black Queens") keeps its coach with the women."""

from __future__ import annotations

import csv

from extract_helpers import keys_of

from pipeline.ids import fold
from pipeline.reference import REFERENCE_DIR, club_index, mens_team_nicknames

WOMENS_STORY = (
    "The Ghana Football Association has opened talks with Black Queens head coach Anna Keller over a new "
    "contract. Keller took over the Black Queens in 2023. Black Stars coach Kofi Mensah attended the "
    "Black Queens' final in Rabat."
)


def test_mens_nickname_in_a_womens_story_is_the_senior_mens_team():
    keys = keys_of(WOMENS_STORY)
    assert ("Kofi Mensah", "Ghana", "national", "in_charge") in keys
    assert ("Kofi Mensah", "Ghana", "national_women", "in_charge") not in keys


def test_womens_nickname_keeps_its_coach_with_the_women():
    keys = keys_of(WOMENS_STORY)
    assert ("Anna Keller", "Ghana", "national_women", "appointed") in keys


def test_country_named_plainly_in_a_womens_story_stays_with_the_story():
    """Near miss: 'Ghana coach X' in the same women's story names no men's team."""
    text = WOMENS_STORY.replace("Black Stars coach Kofi Mensah", "Ghana assistant Kofi Mensah")
    keys = keys_of(text)
    assert ("Kofi Mensah", "Ghana", "national", "in_charge") not in keys


def test_every_nickname_names_its_country_senior_team():
    """The reference rows: each nickname is a strong alias of its country's row, with no squad of its own."""
    with (REFERENCE_DIR / "mens_team_nicknames.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(mens_team_nicknames())
    for row in rows:
        ref = club_index().get(fold(row["alias"]))
        assert ref is not None and ref.name == row["country"] and ref.kind == "national" and not ref.squad
