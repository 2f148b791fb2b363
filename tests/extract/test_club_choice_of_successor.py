"""The man a club picks to follow the one it let go, told with the time or his playing past between:
"C fired X on Wednesday and replaced him the same afternoon with Y", "sacked X and gave the role to
ex-Malmo defender Y", "The chosen one to replace him is Y" give Y appointed at C, and X is not read as
appointed. Not a man who himself replaced another ('Y began as A's assistant and later replaced him').
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hammarby dismissed head coach Lars Lund on Friday and replaced him the same evening "
            "with Erik Sand.",
            id="replaced_the_same_evening_with",
        ),
        pytest.param(
            "Hammarby parted with Lars Lund and replaced him on Monday with Erik Sand.",
            id="replaced_on_a_weekday_with",
        ),
        pytest.param(
            "Hammarby sacked Lars Lund after a heavy defeat and gave the role to ex-Malmo defender "
            "Erik Sand.",
            id="gave_the_role_to_a_former_player",
        ),
        pytest.param(
            "Hammarby have let Lars Lund go after four defeats in a row. The chosen one to succeed him "
            "is Erik Sand, out of work since his exit from Malmo.",
            id="chosen_one_to_succeed_him",
        ),
    ],
)
def test_the_successor_the_club_picked_is_appointed(text: str) -> None:
    keys = keys_of(text)
    assert ("Erik Sand", "Hammarby IF", "first_team", "appointed") in keys
    assert ("Lars Lund", "Hammarby IF", "first_team", "appointed") not in keys


def test_a_coach_who_later_replaced_his_boss_is_appointed_himself() -> None:
    keys = keys_of(
        "Hammarby have named Erik Sand as head coach. Erik Sand began as assistant to Lars Lund at Malmo "
        "and later replaced him in 2019."
    )
    assert ("Erik Sand", "Malmö FF", "first_team", "appointed") in keys
