"""Staff named in a list: a plural staff title spreads over every name after it ('assistants A and B',
'will be assisted by A and B'); a list that leaves or followed the coach gets no spell of its own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NAMED = "Burnley have appointed Lars Vik as head coach. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural staff title spreads over every name after it, as the singular one names one man
        (
            _NAMED
            + "Vik's assistants Tom Hale and Ravi Singh, who ran the session on Friday, were at the ground.",
            {
                ("Tom Hale", "Burnley", "first_team", "in_charge"),
                ("Ravi Singh", "Burnley", "first_team", "in_charge"),
            },
        ),
        (
            _NAMED + "The assistant coaches Tom Hale, Ravi Singh and Piet Mol took training on Monday.",
            {
                ("Tom Hale", "Burnley", "first_team", "in_charge"),
                ("Ravi Singh", "Burnley", "first_team", "in_charge"),
                ("Piet Mol", "Burnley", "first_team", "in_charge"),
            },
        ),
        # the new man's aides: "will be assisted / supported by (assistant coaches) A and B"
        (
            _NAMED + "He will be assisted by Tom Hale and Ravi Singh.",
            {
                ("Tom Hale", "Burnley", "first_team", "appointed"),
                ("Ravi Singh", "Burnley", "first_team", "appointed"),
            },
        ),
        (
            "Norway have named Lars Vik as head coach of the national team. "
            "Vik, 50, will be supported by assistant coaches Tom Hale and Ravi Singh.",
            {
                ("Tom Hale", "Norway", "national", "appointed"),
                ("Ravi Singh", "Norway", "national", "appointed"),
            },
        ),
    ],
)
def test_staff_named_in_a_list(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the list is the subject of a change: the title restates the post they leave, no spell of its own
        _NAMED + "His assistants Tom Hale and Ravi Singh have also left the club.",
        _NAMED + "The co-trainers Tom Hale and Ravi Singh must go as well.",
        _NAMED + "Vik's assistants Tom Hale and Ravi Singh followed him from Bristol City.",
    ],
)
def test_staff_list_leaving_is_no_spell(text: str) -> None:
    keys = keys_of(text)
    assert not any(
        coach in ("Tom Hale", "Ravi Singh") and event == "in_charge" for coach, _, _, event in keys
    )
