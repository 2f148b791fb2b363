"""A coach the press names by the short form of his given name ('Beppe' for Giuseppe Iachini) is reported
under his full name (pipeline/reference/coach_nicknames.csv; sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_beppe_iachini_is_giuseppe_iachini():
    found = keys_of("Sassuolo have appointed Beppe Iachini as head coach until the end of the season.")
    assert ("Giuseppe Iachini", "Sassuolo", "first_team", "appointed") in found


def test_near_miss_another_beppe_keeps_his_name():
    found = keys_of("Sassuolo have appointed Beppe Rossi as head coach until the end of the season.")
    assert ("Beppe Rossi", "Sassuolo", "first_team", "appointed") in found
