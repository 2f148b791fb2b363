"""A candidate the press named, told with who named him after 'mentioned': the simple past's passive
('Dean Holt was also mentioned by the local press'), the papers ('had been mentioned in the Yorkshire
papers'), social media ('was mentioned on social media last night, while …'), and the name of the man ('The
name of Dean Holt is mentioned in the media') are linked. Not what else he was mentioned as ('in the press
as a hero of the 1998 side'), not a press conference, and not the man himself speaking ('Dean Holt
mentioned in the press that …')."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Hull sacked Tom Carr on Monday. "


def _linked(text: str) -> set[str]:
    return {
        coach for coach, club, _squad, event in keys_of(text) if club == "Hull City" and event == "linked"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Dean Holt was also mentioned by the local press.",
        "Dean Holt had been mentioned in the Yorkshire papers.",
        "Dean Holt was mentioned on social media last night, while the board favour Mark Rees.",
        "The name of Dean Holt is mentioned in the media.",
        "Also the name of former Wycombe boss Dean Holt was mentioned in the media.",
    ],
)
def test_named_by_the_press_is_linked(sentence: str) -> None:
    assert "Dean Holt" in _linked(_VACANCY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dean Holt was mentioned in the press as a hero of the 1998 side.",
        "Dean Holt was mentioned in the press conference.",
        "Dean Holt mentioned in the press that he was happy.",
    ],
)
def test_mentioned_for_something_else_is_no_candidate(sentence: str) -> None:
    assert "Dean Holt" not in _linked(_VACANCY + sentence)
