"""'C have yet to name a replacement for X', 'will name a successor to X': X is the man to be replaced, no
appointment of his. 'C named Y as successor to X' still appoints Y. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Osasuna have yet to name a replacement for Arrasate.",
        "Osasuna will name a permanent replacement for Arrasate next week.",
        "Osasuna hope to name a successor to Arrasate before the season starts.",
    ],
)
def test_replaced_man_is_not_appointed(sentence: str) -> None:
    keys = keys_of(f"Jagoba Arrasate has been appointed Mallorca coach. {sentence}", "2024-06-20")
    assert not any(k[0] == "Jagoba Arrasate" and k[1] == "Osasuna" and k[3] == "appointed" for k in keys)


def test_near_miss_new_man_named_as_successor() -> None:
    keys = keys_of("Osasuna named Vicente Moreno as successor to Jagoba Arrasate.", "2024-06-20")
    assert ("Vicente Moreno", "Osasuna", "first_team", "appointed") in keys
