"""'Assistant X will lead the side for the rest of the campaign', 'X will coach the side in the meantime':
with the post open, the man leading the team until it is filled is its stand-in. A coach in post saying
he will lead his team for the rest of the season is no change. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_RESIGNED = "Daegu FC manager Park Min-ho resigned on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Assistant Lee Jae-won will lead the side for the rest of the campaign.",
        "Lee Jae-won, his assistant, will coach the side in the meantime.",
        "Lee Jae-won will lead the team until the end of the campaign.",
        "Lee Jae-won will lead the team on an interim basis.",
    ],
)
def test_leading_the_team_while_the_post_is_open_is_a_stand_in(sentence: str) -> None:
    keys = keys_of(_RESIGNED + sentence, "2024-06-02")
    assert ("Lee Jae-won", "Daegu FC", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Daegu FC beat Suwon FC 2-0. Manager Park Min-ho will lead the side for the rest of the campaign.",
        _RESIGNED + "Lee Jae-won will lead the team in Saturday's warm-up.",  # no stretch until it is filled
    ],
)
def test_no_stand_in_without_an_open_post_or_its_stretch(text: str) -> None:
    keys = keys_of(text, "2024-06-02")
    assert not any(event == "appointed" for *_, event in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Captain Kim Do-hyun will lead the side for the rest of the campaign.", id="captain"),
        pytest.param("Kim Do-hyun, the club captain, will lead the side for the rest of the year.", id="as"),
        pytest.param(
            "Kim Do-hyun will lead the side for the rest of the campaign while the club seeks a manager.",
            id="bare_name",
        ),
    ],
)
def test_a_captain_or_a_bare_name_leading_the_team_is_no_stand_in(sentence: str) -> None:
    """'Lead the team' is a captain's word too: with no staff title and no stand-in's words, the article must
    show the man coaching."""
    keys = keys_of(_RESIGNED + sentence, "2024-06-02")
    assert not any(coach == "Kim Do-hyun" for coach, *_ in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "Youth coach Kim Do-hyun will lead the side for the rest of the campaign.",
        "Kim Do-hyun will lead the side for the rest of the campaign as interim.",
    ],
)
def test_a_titled_aide_or_a_told_stand_in_still_leads_until_filled(sentence: str) -> None:
    keys = keys_of(_RESIGNED + sentence, "2024-06-02")
    assert ("Kim Do-hyun", "Daegu FC", "first_team", "appointed") in keys
