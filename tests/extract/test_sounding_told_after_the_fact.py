"""A sounding told in the pluperfect with 'also', after the story's choice, names one more candidate the
club weighed (linked), as talks told then do: 'The club had also sounded out X', 'the board had also
negotiated with X' (translated 'sondato', 'negoció con'), 'X had also been sounded out'. A refusal or a
failure told after keeps the approach ('…, who declined', '…, but the two sides could not agree'); an
approach made ('had also approached X') and a sounding told without 'also' as the rumour's news ('C had
sounded out A and B as possible successors') stay an offer."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_STORY = "Walsall have appointed Dean Holt as their new manager. "


def _events(text: str, man: str = "Ivo Brandt") -> set[str]:
    return {event for coach, club, _squad, event in keys_of(text) if coach == man and club == "Walsall"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The club had also sounded out Ivo Brandt, the former Grimsby Town manager.",
        "Walsall had also sounded out Ivo Brandt, local radio reported.",
        "The board had also negotiated with Ivo Brandt.",
        "The favourite had been Ray Dunn, while Ivo Brandt had also been sounded out.",
    ],
)
def test_sounding_told_after_the_fact_is_a_candidate_weighed(sentence: str) -> None:
    assert _events(_STORY + sentence) == {"linked"}


def test_every_man_of_a_sounded_list_is_weighed() -> None:
    story = _STORY + "The club had also sounded out Ivo Brandt and Ray Dunn, according to the local paper."
    assert _events(story) == {"linked"}
    assert _events(story, man="Ray Dunn") == {"linked"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The board had also negotiated with Ivo Brandt, but the two sides could not agree on terms.",
        "The club had also sounded out Ivo Brandt, but he preferred to stay at Grimsby Town.",
    ],
)
def test_a_sounding_that_failed_stays_an_approach(sentence: str) -> None:
    assert "offer" in _events(_STORY + sentence)
    assert "linked" not in _events(_STORY + sentence)


def test_a_list_with_a_refusal_stays_approaches() -> None:
    story = _STORY + "The club had also sounded out Ray Dunn and Ivo Brandt, who declined."
    assert _events(story, man="Ray Dunn") == {"offer"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The club had also approached Ivo Brandt.",
        "Walsall had sounded out Ivo Brandt and Ray Dunn as possible successors.",
        "Walsall sounded out Ivo Brandt on Monday.",
    ],
)
def test_an_approach_or_a_sounding_as_the_news_stays_an_offer(sentence: str) -> None:
    assert _events(_STORY + sentence) == {"offer"}
