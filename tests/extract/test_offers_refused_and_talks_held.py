"""An approach refused in the same sentence: 'C sounded out X, who declined', 'C approached Y, who
turned them down', '…, but the Welshman is not interested' (offer_declined for the approaching
club); talks a coach has held with a club ('X has already held talks with C') are an approach
(offer), while talks going on ('in talks with') stay a rumour and a man declining to comment refuses
nothing."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Lazio have sacked Igor Tudor. The club also sounded out Marco Bellini, who declined, according to "
        "Corriere dello Sport.",
        "Lazio have sacked Igor Tudor. Lazio also approached former Udinese coach Marco Bellini, who turned "
        "them down.",
        "Lazio have sacked Igor Tudor. Lazio contacted Marco Bellini, who politely said no.",
        "Lazio have sacked Igor Tudor. Lazio sounded out Marco Bellini about the job, but the Italian is not "
        "interested.",
    ],
)
def test_an_approach_refused_in_the_sentence(text: str) -> None:
    assert ("Marco Bellini", "Lazio", "first_team", "offer_declined") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lazio have sacked Igor Tudor. Lazio also approached Marco Bellini, who declined to comment.",
        "Lazio have sacked Igor Tudor. Lazio approached Marco Bellini, who coached Udinese until May.",
    ],
)
def test_no_refusal_without_one(text: str) -> None:
    assert not any(k[3] == "offer_declined" for k in keys_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lazio have sacked Igor Tudor. Marco Bellini is the front-runner for the job, according to Italian "
        "media, and has already held talks with the club.",
        "Lazio have sacked Igor Tudor. Marco Bellini held talks with Lazio on Monday.",
        "Lazio have sacked Igor Tudor. Marco Bellini, 52, has opened talks with Lazio.",
    ],
)
def test_talks_held_are_an_approach(text: str) -> None:
    assert ("Marco Bellini", "Lazio", "first_team", "offer") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lazio have sacked Igor Tudor. Marco Bellini is in talks with Lazio.",
        "Lazio coach Marco Bellini held talks with Lazio over a new contract on Monday.",
    ],
)
def test_talks_going_on_or_about_a_contract_are_no_approach(text: str) -> None:
    assert not any(k[0] == "Marco Bellini" and k[3] == "offer" for k in keys_of(text))
