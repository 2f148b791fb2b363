"""More ways news copy tells a man approached saying no: 'but would not leave', 'who refused to return',
'who did not accept the terms', 'but said he needed a rest / had no wish to come back', 'but the coach
withdrew over the money', 'but X ruled himself out', 'who opted for C instead', 'who instead agreed to stay
at C', 'but in the end turned the offer down', and the approach told as 'enquired about X' or 'an approach
was made to X'. The club refused is the one that approached, not the job he preferred ('preferred an offer
from C'). With no approach told before it, or of something else ('refused to comment'), nothing is refused.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SEARCH = "Kelso Athletic sacked Ivo Brandt on Sunday and have begun the search for a successor. "
_DECLINED = ("Tomas Vik", "Kelso Athletic", "first_team", "offer_declined")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Vik, who coached Molde for three years, was sounded out but would not leave the Norwegians.",
        "The directors approached Tomas Vik, who refused to return to the club for personal reasons.",
        "The board also spoke with Tomas Vik, who did not accept the financial terms.",
        "Tomas Vik was contacted last week but said he needed a rest from the game.",
        "Tomas Vik was approached by the chairman but said he had no wish to come back.",
        "Kelso held talks with Norwegian Tomas Vik, but the former Molde coach withdrew over the money.",
        "The club had spoken to Tomas Vik, but Tomas Vik ruled himself out on Thursday.",
        "The board enquired about Tomas Vik, who opted for Stabaek instead.",
        "Kelso also asked about Tomas Vik, who instead agreed to stay at Molde.",
        "Tomas Vik was sounded out first but in the end turned the offer down.",
        "An approach was made to Tomas Vik, who rejected it because of his commitments in Norway.",
        "The board had talks with Tomas Vik, but the trainer of the youth preferred to stay where he is.",
    ],
)
def test_refusal_told_in_other_words(sentence: str) -> None:
    assert _DECLINED in keys_of(_SEARCH + sentence, "2024-11-20")


def test_approach_told_passively_is_an_offer() -> None:
    keys = keys_of(_SEARCH + "An approach was made to Tomas Vik last week.", "2024-11-20")
    assert ("Tomas Vik", "Kelso Athletic", "first_team", "offer") in keys


def test_club_refused_is_the_one_that_approached() -> None:
    text = (
        _SEARCH
        + "Kelso first approached Tomas Vik, but the former Molde coach preferred an offer from Stabaek."
    )
    keys = keys_of(text, "2024-11-20")
    assert _DECLINED in keys
    assert not {k for k in keys if k[1] == "Stabaek" and k[3] == "offer_declined"}


@pytest.mark.parametrize(
    "sentence",
    [
        # no approach told before the words
        "Tomas Vik said he needed a rest after a long season with Molde.",
        "Tomas Vik would not leave the pitch after the final whistle.",
        "Tomas Vik ruled himself out of Saturday's game with a knee injury.",
        # something else refused or withdrawn
        "Kelso approached Tomas Vik, but he refused to comment on the talks.",
        "Kelso approached Tomas Vik, but the Molde coach withdrew his players from the tournament.",
    ],
)
def test_no_refusal_without_an_approach_answered(sentence: str) -> None:
    keys = keys_of(_SEARCH + sentence, "2024-11-20")
    assert not {k for k in keys if k[3] == "offer_declined"}
