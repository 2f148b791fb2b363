"""'X was last in charge of Scottish club C, where he was sacked in May': his latest post, told as a spell in
its own words, is kept beside the sacking a clause on the club tells (a sacking told alone, or a spell told
without 'most recently'/'last', reads as before). Sentences of our own."""

from __future__ import annotations

from extract_helpers import keys_of

STORY = "Lokeren unveiled Bram Verstappen as their new coach on Friday. "


def test_latest_post_kept_beside_its_sacking() -> None:
    told = "Verstappen was last in charge of Scottish club Kilmarnock, where he was sacked in May 2019."
    keys = keys_of(STORY + told)
    assert ("Bram Verstappen", "Kilmarnock", "first_team", "in_charge") in keys
    assert ("Bram Verstappen", "Kilmarnock", "first_team", "dismissed") in keys


def test_latest_national_youth_post_kept_beside_its_release() -> None:
    told = "Verstappen was most recently in charge of Belgium's under-21 team, where he was released in 2020."
    assert ("Bram Verstappen", "Belgium", "national_u21", "in_charge") in keys_of(STORY + told)


def test_sacking_told_alone_reads_no_spell() -> None:
    """Near miss: a sacking told with no spell of its own ('was sacked by C') stays a sacking alone (the
    club's own clause after a spell, 'in charge of C, who sacked him', tells both: see
    test_spell_ended_by_a_sacking_clause)."""
    told = "Verstappen was sacked by Kilmarnock in May 2019."
    assert ("Bram Verstappen", "Kilmarnock", "first_team", "in_charge") not in keys_of(STORY + told)
