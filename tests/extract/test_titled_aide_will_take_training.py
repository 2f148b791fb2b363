"""A youth, reserve or assistant coach named for the coming training sessions while the post is open ("The
under-23 coach, X, will take training on Friday", "Primavera coach X will lead training on Wednesday",
"assistant coach X will lead the training") is the first team's stand-in from that day. Not a man with no
such title ("X will take training on Friday": maybe the new head coach), nor an aide's first session told
as such ("… will lead training for the first time on Thursday")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKING = "Ostbury Town have sacked manager Lee Garner after a run of seven defeats. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The under-23 coach, Marc Dolan, will take training on Friday.",
        "The reserve coach, Marc Dolan, will lead training on Tuesday.",
        "Until a successor is found, assistant coach Marc Dolan will lead the training.",
        "Primavera coach Marc Dolan will lead training on Wednesday.",
    ],
)
def test_titled_aide_taking_the_coming_sessions_stands_in(sentence: str) -> None:
    keys = keys_of(_SACKING + sentence)
    assert ("Marc Dolan", "Ostbury Town", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Marc Dolan will take training on Friday.",
        "Assistant coach Marc Dolan will lead training for the first time on Thursday.",
    ],
)
def test_untitled_or_first_session_is_no_stand_in(sentence: str) -> None:
    keys = keys_of(_SACKING + sentence)
    assert ("Marc Dolan", "Ostbury Town", "first_team", "appointed") not in keys
