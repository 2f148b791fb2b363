"""'Y had been in charge of C since 2022, when he succeeded X': the man replaced left C, the post the
sentence names, not the club the story is about. Read once with the subject ('he succeeded X': C) and
once without ('succeeded X': the club in view), the clause gives one exit, at C. A replacement naming
no other club ('… appointed Y, replacing X') is an exit at the story's club. Written for these tests in
our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Servette have appointed Tomas Vik as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Vik, 47, had been Estonia's coach since the spring of 2021, when he succeeded Karel Lind.",
        "Vik had coached Estonia since 2022, when he replaced Karel Lind.",
        "Vik has led Estonia since 2022, when he took the place of Karel Lind.",
    ],
)
def test_exit_is_at_the_post_the_sentence_names(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-20")
    assert ("Karel Lind", "Estonia", "national", "left") in keys
    assert ("Karel Lind", "Servette", "first_team", "left") not in keys


def test_replacement_at_the_story_club_is_kept() -> None:
    keys = keys_of("Servette have appointed Tomas Vik as head coach, replacing Karel Lind.", "2024-06-20")
    assert ("Karel Lind", "Servette", "first_team", "left") in keys
