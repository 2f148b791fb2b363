"""Review mends: rules that read a man's post where the words tell another's post, a non-coaching post,
or no post at all. Each near-miss text also carries a real fact, so no test passes on an empty
extractor. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

HIRED = "Sevilla have appointed Unai Emery as head coach. "
EMERY = ("Unai Emery", "Sevilla", "appointed")


@pytest.mark.parametrize(
    "aside",
    [
        "Jesus Navas, who was manager Unai Emery's first signing, scored twice.",
        "Jesus Navas, who was the coach's first signing at Sevilla, scored twice.",
        "Jesus Navas, who was coach Unai Emery's captain at Sevilla, scored twice.",
        "Ivan Rakitic, who was the manager's favourite player, scored.",
    ],
)
def test_who_was_a_title_owning_someone_else_is_not_his_post(aside: str) -> None:
    keys = events_of(HIRED + aside)
    assert EMERY in keys
    assert not any(k[0] in ("Jesus Navas", "Ivan Rakitic") for k in keys)


def test_who_was_manager_of_the_club_is_still_a_spell() -> None:
    keys = events_of(HIRED + "Juan Ramos, who was manager of Sevilla from 2005, praised him.")
    assert {EMERY, ("Juan Ramos", "Sevilla", "in_charge")} <= keys
