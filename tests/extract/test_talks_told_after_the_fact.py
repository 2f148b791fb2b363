"""Talks told in the pluperfect, after the story's choice, name a candidate weighed (linked), whoever the
subject: an official ('The sporting director Henk Bosman had also held talks with X'), a short name the
tagger does not know ('Śląsk had earlier held talks with X'), a club with a clause after it ('Vitesse, who
finished ninth, had also held talks with X'), and with no refusal after ('…, but he is no longer an
option'). A refusal keeps the approach ('…, who preferred to stay at C'); talks told in the simple past
('C held talks with X on Tuesday', 'C had talks with X') are an approach, an offer."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_STORY = "Vitesse dismissed Jan Koster on Monday. Rob Maas takes over. "


def _events(text: str, club: str = "Vitesse") -> set[str]:
    return {event for coach, at, _squad, event in keys_of(text) if coach == "Erik Tammer" and at == club}


@pytest.mark.parametrize(
    "sentence",
    [
        "The sporting director Henk Bosman had also held talks with Erik Tammer, the regional paper said.",
        "Vitesse, who finished ninth last season, had also held talks with Erik Tammer.",
        "Vitesse had held talks with Erik Tammer, but the former Heracles coach is no longer an option.",
    ],
)
def test_talks_told_after_the_fact_are_a_candidate_weighed(sentence: str) -> None:
    assert _events(_STORY + sentence) == {"linked"}


def test_talks_of_a_club_told_by_a_short_name() -> None:
    story = (
        "Śląsk Wrocław dismissed Jan Koster on Monday. Rob Maas takes over. "
        "Śląsk had earlier held talks with Erik Tammer."
    )
    assert _events(story, club="Śląsk Wrocław") == {"linked"}


def test_talks_the_man_refused_stay_an_approach() -> None:
    sentence = (
        "The director Henk Bosman had also held talks with Erik Tammer, who preferred to stay at Heracles."
    )
    assert _events(_STORY + sentence) == {"offer", "offer_declined"}


@pytest.mark.parametrize(
    "sentence",
    ["Vitesse held talks with Erik Tammer on Tuesday.", "Vitesse had talks with Erik Tammer on Tuesday."],
)
def test_talks_told_in_the_simple_past_are_an_approach(sentence: str) -> None:
    assert _events("Vitesse dismissed Jan Koster on Monday. " + sentence) == {"offer"}
