"""Germany's 3. Liga of 2014-15 to 2020-21: Sportfreunde Lotte and SC Fortuna Köln, the two of its
clubs that were missing, are read ("Fortuna Köln" is no Fortuna Düsseldorf); "Lotte", a given name, is
a context alias only.

Invented sentences; the clubs are real members of that league (pipeline/reference/README.md)."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.reference import lookup_club


def test_sportfreunde_lotte_is_read() -> None:
    keys = keys_of("Sportfreunde Lotte have appointed Jens Kammerer as head coach.")
    assert ("Jens Kammerer", "Sportfreunde Lotte", "first_team", "appointed") in keys


def test_fortuna_koln_is_no_fortuna_dusseldorf() -> None:
    keys = keys_of("Fortuna Köln sacked coach Rainer Oltmanns on Monday.")
    assert ("Rainer Oltmanns", "SC Fortuna Köln", "first_team", "dismissed") in keys
    assert not any(club == "Fortuna Düsseldorf" for _, club, _, _ in keys)


def test_a_spell_at_lotte_named_in_full() -> None:
    text = "Bochum have appointed Jens Kammerer, who arrived from Sportfreunde Lotte, as head coach."
    assert any(club == "Sportfreunde Lotte" for _, club, _, _ in keys_of(text))


def test_lotte_alone_is_no_strong_alias() -> None:
    assert lookup_club("Lotte") is None
