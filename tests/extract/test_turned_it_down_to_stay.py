"""The post a candidate keeps, told by the offer he refused for it or with an adverb before his choice: "X,
who turned it down to stay at C", "X turned down an approach to remain with C", "X, who instead agreed to
stay at C", "who finally preferred to stay at C" (his spell at C). Not a stay he only might make ("is
expected to stay at C"), nor an offer turned down with no club he stays at. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Hammarby have named Lars Lund as their new head coach. "
KEPT = ("Nils Ek", "IFK Göteborg", "first_team", "in_charge")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hammarby first offered the job to Nils Ek, who turned it down to stay at IFK Göteborg.", id="it"
        ),
        pytest.param(
            "Nils Ek had turned down an approach to remain with IFK Göteborg.", id="down_an_approach"
        ),
        pytest.param(
            "The board had also asked about Nils Ek, who instead agreed to stay at IFK Göteborg.", id="agreed"
        ),
        pytest.param(
            "Hammarby sounded out Nils Ek, who eventually preferred to stay at IFK Göteborg.", id="adverb"
        ),
    ],
)
def test_post_kept_by_refusing_an_offer(text: str) -> None:
    assert KEPT in keys_of(LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Nils Ek of IFK Göteborg turned it down to stay in Sweden for family reasons.", id="no_club_kept"
        ),
        pytest.param(
            "Nils Ek is expected to stay at IFK Göteborg as a player next season.", id="only_expected"
        ),
    ],
)
def test_no_post_kept_without_his_choice_of_a_club(text: str) -> None:
    assert not any(k[:2] == ("Nils Ek", "IFK Göteborg") and k[3] == "in_charge" for k in keys_of(LEAD + text))
