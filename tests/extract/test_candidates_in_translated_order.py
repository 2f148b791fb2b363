"""Candidates told in a translated word order: "As candidates are named A and B" (German "Als Kandidaten
werden … genannt": the passive's subject after its verb, no appointment), "Among the candidates for the post
is also X", "the name of X had been mentioned for the job" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hammarby IF sacked head coach Jens Lund on Monday. "


def _events(text: str, coach: str) -> set[str]:
    keys = keys_of(text)
    return {event for person, club, _squad, event in keys if person == coach and club == "Hammarby IF"}


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "As candidates are named the former Odense coach Ola Berg and Per Nilsson.",
        _LEAD + "As possible successors were mentioned Ola Berg and Per Nilsson.",
        _LEAD + "Among the candidates for the post is also Odense's coach, Ola Berg.",
        _LEAD + "Among the candidates for the job are Ola Berg and Per Nilsson.",
        _LEAD + "Also the name of Ola Berg had been mentioned for the job, according to the paper.",
    ],
)
def test_candidates_are_linked_not_appointed(text: str) -> None:
    assert _events(text, "Ola Berg") == {"linked"}


@pytest.mark.parametrize(
    "text",
    [
        # a club's naming of its new coach, the active verb: an appointment
        "Hammarby IF named Ola Berg as their new head coach on Monday.",
        # the name mentioned in a quote of what the club did, not for a post
        _LEAD + "The name of Ola Berg was mentioned for his goals in the cup final.",
    ],
)
def test_no_candidate_without_the_words(text: str) -> None:
    assert "linked" not in _events(text, "Ola Berg")
