"""'Sparta' alone is Sparta Rotterdam's short name, and Sparta Prague's in an article that names Sparta
Prague and not the Dutch club: the Czech and English press call both clubs 'Sparta'."""

from __future__ import annotations

from extract_helpers import keys_of


def test_sparta_in_a_prague_story_is_sparta_prague():
    text = (
        "Sparta Prague have appointed Jan Kolar as head coach. Kolar, 45, joined Sparta as an assistant in "
        "2021. He replaces Tomas Havel, who left for Feyenoord. Havel replaces Piet Kuiper in Rotterdam."
    )
    keys = keys_of(text)
    assert ("Jan Kolar", "Sparta Prague", "first_team", "appointed") in keys
    assert ("Tomas Havel", "Feyenoord", "first_team", "appointed") in keys
    assert not {k for k in keys if k[1] == "Sparta Rotterdam"}


def test_sparta_in_a_dutch_story_stays_sparta_rotterdam():
    text = "Sparta have sacked head coach Piet Kuiper after a run of six defeats in the Eredivisie."
    assert ("Piet Kuiper", "Sparta Rotterdam", "first_team", "dismissed") in keys_of(text)
