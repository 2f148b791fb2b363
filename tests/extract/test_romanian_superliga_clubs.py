"""The 2024-25 Romanian SuperLiga clubs the reference data lacked (Unirea Slobozia, Politehnica Iași,
Gloria Buzău, FC Botoșani) and the former champion Unirea Urziceni are clubs; a town alone ("Botoșani") is
only a context alias."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Unirea Slobozia have extended the contract of Adrian Mihalcea until 2026.",
            ("Adrian Mihalcea", "Unirea Slobozia", "first_team", "extended"),
        ),
        (
            "Gloria Buzău have appointed Ilie Poenaru as head coach.",
            ("Ilie Poenaru", "Gloria Buzău", "first_team", "appointed"),
        ),
        (
            "Politehnica Iași have sacked Leo Grozavu.",
            ("Leo Grozavu", "Politehnica Iași", "first_team", "dismissed"),
        ),
    ],
)
def test_superliga_club_is_read(text, fact):
    assert fact in keys_of(text)


def test_town_alone_is_no_club():
    # near miss: the town where he grew up, no FC Botoșani named
    found = keys_of("Dinamo Bucharest have appointed Zeljko Kopic, who grew up in Botoșani.")
    assert {club for _, club, _, _ in found} == {"Dinamo Bucharest"}
