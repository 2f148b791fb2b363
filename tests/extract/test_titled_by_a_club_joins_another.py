"""'Ex-Chester manager X has joined Wrexham as assistant': the club of the title before his name is his
post till now (or a past one); the club the sentence says he joins is where he is appointed (sentences of
our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Ex-Chester manager Rob Keane has joined Wrexham as assistant.",
        "Former Chester boss Rob Keane has joined Wrexham as assistant.",
        "Chester manager Rob Keane has joined Wrexham as assistant.",
    ],
)
def test_the_club_he_joins_not_the_club_of_his_title(text: str) -> None:
    keys = keys_of(text)
    assert ("Rob Keane", "Wrexham", "first_team", "appointed") in keys
    assert ("Rob Keane", "Chester FC", "first_team", "appointed") not in keys
