"""'X, currently Y's assistant at C. The former winger …': Y is named only as the boss an aide serves, so
a descriptor opening the next sentence goes on about the aide X; a man owning his side stays in view
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize("post", ["assistant", "number two", "right-hand man"])
def test_the_descriptor_after_an_aide_named_by_his_boss_is_the_aide(post: str) -> None:
    text = (
        f"Hibernian have held talks with Pedro Lima, currently Carlos Queiroz's {post} with Iran. "
        "The former winger was sacked by Motherwell in 2021."
    )
    keys = keys_of(text)
    assert ("Pedro Lima", "Motherwell", "first_team", "dismissed") in keys
    assert ("Carlos Queiroz", "Motherwell", "first_team", "dismissed") not in keys


def test_a_man_owning_his_side_stays_the_man_in_view() -> None:
    text = (
        "Hibernian want Pedro Lima to replace Carlos Queiroz. Queiroz's side lost again on Saturday. "
        "The former winger was sacked by Motherwell in 2021."
    )
    assert ("Carlos Queiroz", "Motherwell", "first_team", "dismissed") in keys_of(text)
