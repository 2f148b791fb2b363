"""A departure told by its verb alone, as the time of what the sentence tells: "… in interim charge since
X left after the Euros", "Y led C last season, after X left", "the team was led by X, who left in
August", "when X stepped aside" (left, from the club the sentence is about). Not "left the pitch" or
"left out". Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Sweden's women are led by Magnus Eriksson, who has been in interim charge since Peter "
            "Gerhardsson left after the Euros.",
            ("Peter Gerhardsson", "Sweden", "national_women", "left"),
            id="since_x_left_after",
        ),
        pytest.param(
            "Jan Kowalski led Lech Poznan last season, after Marek Nowicki left, and was confirmed as head "
            "coach in June.",
            ("Marek Nowicki", "Lech Poznań", "first_team", "left"),
            id="after_x_left_comma",
        ),
        pytest.param(
            "In 2021 Kashima Antlers were led by Kenji Sato, who left in July, and by Hiro Ito until the end "
            "of the season.",
            ("Kenji Sato", "Kashima Antlers", "first_team", "left"),
            id="who_left_in_a_month",
        ),
        pytest.param(
            "Jan Kowalski was named head coach of Lech Poznan in 2018, when Marek Nowicki stepped aside.",
            ("Marek Nowicki", "Lech Poznań", "first_team", "left"),
            id="when_x_stepped_aside",
        ),
    ],
)
def test_bare_departure(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Lech Poznan coach Marek Nowicki watched from the stands after Jan Kowalski left the pitch.",
            id="left_the_pitch",
        ),
        pytest.param(
            "Lech Poznan coach Marek Nowicki was angry after Jan Kowalski, who left out the captain, spoke.",
            id="left_out",
        ),
        pytest.param(
            "Lech Poznan coach Marek Nowicki watched on after Jan Kowalski stepped aside to let him pass.",
            id="stepped_aside_to_let_pass",
        ),
    ],
)
def test_no_departure(text: str) -> None:
    assert not any(k[0] == "Jan Kowalski" and k[3] == "left" for k in keys_of(text))
