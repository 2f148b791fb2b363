"""The word "femenil", Mexican Spanish for a club's women's side ("Liga MX Femenil"), kept in translated
copy: "confirmed X as new coach of the femenil team, replacing Y" is the women's team's change, as "of the
women's team" is. Near miss: a women's league named in passing does not move a men's coach's post.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Monterrey have confirmed Pablo Ures as new coach of the femenil team, replacing Lidia Soto.",
            id="femenil_team",
        ),
        pytest.param(
            "Monterrey have appointed Pablo Ures as head coach of the femenil side.", id="femenil_side"
        ),
    ],
)
def test_femenil_side_is_the_womens_team(text: str) -> None:
    keys = keys_of(text)
    assert ("Pablo Ures", "CF Monterrey", "women", "appointed") in keys
    assert ("Pablo Ures", "CF Monterrey", "first_team", "appointed") not in keys


def test_replaced_woman_leaves_the_womens_team() -> None:
    keys = keys_of(
        "Monterrey have confirmed Pablo Ures as new coach of the femenil team, replacing Lidia Soto."
    )
    assert ("Lidia Soto", "CF Monterrey", "women", "left") in keys


def test_womens_league_in_passing_keeps_the_mens_post() -> None:
    keys = keys_of(
        "Monterrey have appointed Pablo Ures as head coach. He watched the Liga MX Femenil final on Sunday."
    )
    assert ("Pablo Ures", "CF Monterrey", "first_team", "appointed") in keys
