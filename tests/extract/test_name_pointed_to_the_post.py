"""A candidate whose name 'has been pointed to the succession' or 'to the post' (translated Portuguese 'foi
apontado à sucessão', Spanish 'apuntado al cargo') is linked to the post in view, as a name 'pointed to'
ending its clause already was. Not a name pointed to anything else."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Kelby Rovers have dismissed their coach Oskar Varga. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The name of Piet Molenaar has been pointed to the succession.",
        "The name of Piet Molenaar had also been pointed to the post, according to the local radio.",
        "The names of Piet Molenaar and Aldo Brisco have been pointed to the bench.",
    ],
)
def test_name_pointed_to_the_post_is_linked(sentence: str) -> None:
    assert ("Piet Molenaar", "Kelby Rovers", "first_team", "linked") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The name of Piet Molenaar has been pointed to the new stand of the stadium.",
        "Supporters pointed to the name of Piet Molenaar on the honours board.",
    ],
)
def test_name_pointed_elsewhere_is_no_link(sentence: str) -> None:
    facts = keys_of(_LEAD + sentence)
    assert ("Piet Molenaar", "Kelby Rovers", "first_team", "linked") not in facts
