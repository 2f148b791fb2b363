"""'He replaces the Czech specialist Marcel Lička': 'the Czech (specialist)' is the title of the man named
right after it, not a reference back to the story's coach. 'The Russian coach replaces X' and 'the
Russian told Sport Express' still refer back. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Tomas Vik has been appointed head coach of Dynamo Moscow. "


@pytest.mark.parametrize(
    "sentence",
    [
        "He replaces the Czech specialist Marcel Lička, whose deal was not renewed.",
        "He replaces the Czech Marcel Lička, whose contract was not extended.",
        "He replaces the Czech technician Marcel Lička, who left in May.",
    ],
)
def test_titled_name_is_not_the_new_coach(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-04")
    assert ("Tomas Vik", "Dynamo Moscow", "first_team", "left") not in keys


def test_descriptor_before_a_verb_still_refers_back() -> None:
    keys = keys_of(_NEWS + "The Norwegian coach replaces Marcel Lička.", "2024-06-04")
    assert ("Marcel Lička", "Dynamo Moscow", "first_team", "left") in keys
