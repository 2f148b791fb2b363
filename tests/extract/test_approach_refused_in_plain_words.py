"""A man approached who answers in plainer words than 'declined' still refuses: '…, but the coach stayed in
Kelso', '… but he did not want to leave', '… but wants to stay at C', '… but he preferred the project in
Norway', '… but the specialist refused', '… but the trainer of C chose to stay', 'would prefer to wait', his
words quoted, and 'X, the C coach, who preferred to continue' (who he is told between). Staying put with no
approach told before it refuses nothing, and the man whose post was offered is not the one who refused.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SEARCH = "Hibernian are looking for a new head coach. "
_DECLINED = ("Tomas Vik", "Hibernian", "first_team", "offer_declined")


@pytest.mark.parametrize(
    "sentence",
    [
        # a plain "stayed", his trade for his name
        "Hibernian made an approach for Tomas Vik in May, but the coach stayed in Kelso.",
        "Tomas Vik says Hibernian approached him last winter and he stayed.",
        # not wanting to leave, wanting to stay
        "Hibernian also held talks with Tomas Vik, but he did not want to leave the Eliteserien.",
        "Molde head coach Tomas Vik has been sounded out by Hibernian but wants to stay at Molde.",
        # another project chosen
        "Reports said that Hibernian offered Tomas Vik a contract, but he preferred the project in Norway.",
        # a refusal by his trade, or by his post at his club
        "Hibernian offered Tomas Vik the post, but the specialist refused, saying he had unfinished work.",
        "The board also talked with Tomas Vik, but the trainer of Molde chose to stay in the north.",
        # "would prefer", and his words quoted
        "Hibernian held talks with Tomas Vik, but the Norwegian would prefer to wait for a job abroad.",
        'Hibernian had spoken with Tomas Vik, but the Norwegian "preferred to wait for other offers".',
        # who he is, told between the name and "who"
        "Hibernian also held talks with Tomas Vik, the Molde coach, who preferred to continue in Norway.",
        "Hibernian had made an approach for Tomas Vik, of Molde, who however preferred to stay at home.",
        "Hibernian had also sounded Tomas Vik, former coach of Norway's under-21s, who preferred to rest.",
    ],
)
def test_plain_refusal_after_an_approach(sentence: str) -> None:
    assert _DECLINED in keys_of(_SEARCH + sentence, "2024-11-20")


@pytest.mark.parametrize(
    "sentence",
    [
        # staying put told with no approach before it
        "Hibernian sacked Tomas Vik on Monday, but his assistant Ivar Lund stayed at the club.",
        "Tomas Vik talked to the press after the game and he wants to stay at Hibernian.",
        # a refusal of something else
        "Hibernian approached Tomas Vik, but he refused to comment on the talks.",
    ],
)
def test_staying_put_with_nothing_refused(sentence: str) -> None:
    keys = keys_of(_SEARCH + sentence, "2024-11-20")
    assert not {k for k in keys if k[3] == "offer_declined"}


def test_man_whose_post_was_offered_did_not_refuse() -> None:
    text = (
        "Dunmore Rovers sacked Ede Farkasz on Sunday. Dunmore Rovers have held talks with Tomas Vik about "
        "succeeding Ede Farkasz, but the former Molde manager would prefer to wait for a bigger job."
    )
    keys = keys_of(text, "2024-11-20")
    assert ("Tomas Vik", "Dunmore Rovers", "first_team", "offer_declined") in keys
    assert not {k for k in keys if k[0] == "Ede Farkasz" and k[3] == "offer_declined"}
