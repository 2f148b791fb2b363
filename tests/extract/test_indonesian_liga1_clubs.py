"""Indonesia's Liga 1 clubs of 2022-23 to 2024-25 in the reference data, by name and by the nicknames the
Indonesian press gives them (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("name", "club"),
    [
        ("Persis Solo", "Persis Solo"),
        ("PSS Sleman", "PSS Sleman"),
        ("PS Barito Putera", "Barito Putera"),
        ("Semen Padang FC", "Semen Padang"),
        ("Persita Tangerang", "Persita Tangerang"),
        ("PSBS Biak", "PSBS Biak"),
        ("Malut United", "Malut United"),
        ("Persikabo 1973", "Persikabo 1973"),
    ],
)
def test_liga1_club_is_read(name: str, club: str) -> None:
    keys = keys_of(f"{name} have appointed Hendro Wibisono as head coach on a one-year deal.")
    assert ("Hendro Wibisono", club, "first_team", "appointed") in keys


def test_nickname_names_the_club() -> None:
    text = "Hendro Wibisono was sacked on Sunday, Laskar Sambernyawa being second from bottom of Liga 1."
    assert ("Hendro Wibisono", "Persis Solo", "first_team", "dismissed") in keys_of(text)


def test_short_form_alone_names_no_club() -> None:
    # near-miss: "Persis" is only a context alias; an article naming no such club gets none
    text = "Hendro Wibisono, born in Persis village, has been appointed head coach of Persija Jakarta."
    assert not any(k[1] == "Persis Solo" for k in keys_of(text))
