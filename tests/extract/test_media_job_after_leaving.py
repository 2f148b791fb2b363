"""'X becomes a pundit for a broadcaster after leaving C': a media job tells no coaching post, and players
take them too, so X's leaving C is no coach's exit unless the words make him C's coach. Written for these
tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Noel Varga becomes an analyst for BT Sport after leaving Swansea City.",
        "Noel Varga has joined the BBC as a pundit since leaving Swansea City.",
    ],
)
def test_media_job_tells_no_exit(sentence: str) -> None:
    keys = keys_of(sentence, "2025-09-10")
    assert not any(k[0] == "Noel Varga" and k[3] == "left" for k in keys)


def test_near_miss_coach_leaving_for_the_studio() -> None:
    keys = keys_of(
        "Noel Varga becomes a pundit after leaving Swansea City, where he was manager for two years.",
        "2025-09-10",
    )
    assert ("Noel Varga", "Swansea City", "first_team", "left") in keys


def test_near_miss_plain_exit_after_leaving() -> None:
    keys = keys_of("Swansea City boss Noel Varga joined Cardiff after leaving Swansea City.", "2025-09-10")
    assert ("Noel Varga", "Swansea City", "first_team", "left") in keys
