"""More candidates of the press: 'X is in pole position, while …', 'X was in pole position in December'
(the bare phrase ending its clause or followed by a time), 'X was mentioned as an option / as the
favourite', 'X, now at C, has also been mentioned.', 'X is among the technicians evaluated by C', and
the second man of 'C sounded out A and the former Monaco coach B' (an approach each). Not a team 'in pole
position in the title race', nor 'X was named as a replacement' (an appointment, not a rumour)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Hull City sacked Jorge Mora on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Wigan boss Pablo Ortega is in pole position, while the owner wants a long-term project.",
        "Pablo Ortega was in pole position in January, but Preston would not let him go.",
        "Also the former defender Pablo Ortega was mentioned as an option.",
        "Pablo Ortega, now at Preston, has also been mentioned.",
        "Pablo Ortega is mentioned as the favourite in the city.",
        "Also Pablo Ortega is among the technicians evaluated by the Tigers.",
    ],
)
def test_press_candidate_is_linked(sentence: str) -> None:
    assert ("Pablo Ortega", "Hull City", "first_team", "linked") in keys_of(_VACANCY + sentence)


def test_second_man_sounded_out_after_a_title() -> None:
    keys = keys_of(
        _VACANCY + "Hull City sounded out Luis Campos and the former Preston coach Pablo Ortega on Friday."
    )
    assert ("Luis Campos", "Hull City", "first_team", "offer") in keys
    assert ("Pablo Ortega", "Hull City", "first_team", "offer") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Pablo Ortega's side are in pole position in the title race.",
        "Pablo Ortega was mentioned in the match report.",
        "Pablo Ortega is among the coaches who attended the course.",
        "Pablo Ortega has been mentioned in dispatches.",
        "Pablo Ortega is in pole position after Wigan beat Preston.",
    ],
)
def test_no_candidate_without_a_post_in_view(sentence: str) -> None:
    keys = keys_of(_VACANCY + sentence)
    assert not any(k[0] == "Pablo Ortega" and k[3] == "linked" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        # a race on the pitch, told of a coach who holds his post
        "In the title race, Preston manager Luis Campos is in pole position, with his side four points "
        "clear.",
        "Preston boss Luis Campos is in pole position, and his players know it.",
        "In the standings, Luis Campos is in pole position, three points ahead of Wigan.",
    ],
)
def test_pole_position_in_a_race_is_no_candidacy(sentence: str) -> None:
    keys = keys_of(_VACANCY + sentence)
    assert not any(k[0] == "Luis Campos" and k[3] == "linked" for k in keys)
