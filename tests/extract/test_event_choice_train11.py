"""The right event for staff and stand-ins in short news reports (own variants of wordings first seen in
extract_train11): aides who arrive with a new man are appointed, not merely in charge."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _roles(text: str) -> dict[tuple[str, str, str], str]:
    """(coach, club, event) -> role of every fact."""
    return {(f["coach"], f["club"], f["event"]): f["role"] for f in facts_of(text)}


# --- aides arriving with the new man ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "With him come the assistant A and the goalkeepers coach B"
        (
            "Sparta Prague have appointed Lars Friis as head coach. With him come the assistant Tomas Holub "
            "and the goalkeepers coach Jan Stejskal.",
            {
                ("Tomas Holub", "Sparta Prague", "appointed"): "assistant_coach",
                ("Jan Stejskal", "Sparta Prague", "appointed"): "goalkeeping_coach",
            },
        ),
        (
            "Benfica named Bruno Lage as coach on Wednesday. With him arrive his assistant Alex Santos and "
            "the fitness coach Rui Pereira.",
            {
                ("Alex Santos", "Benfica", "appointed"): "assistant_coach",
                ("Rui Pereira", "Benfica", "appointed"): "fitness_coach",
            },
        ),
        # "X will be accompanied (in his technical command) by the assistant A and the physical trainer B"
        (
            "Chile presented Ricardo Gareca as the new head coach of the national team. Gareca will be "
            "accompanied in his technical staff by the assistant Sergio Santín and the physical trainer "
            "Néstor Bonillo.",
            {
                ("Sergio Santín", "Chile", "appointed"): "assistant_coach",
                ("Néstor Bonillo", "Chile", "appointed"): "fitness_coach",
            },
        ),
        (
            "Racing Club hired Gustavo Costas on Monday. He will be assisted by the assistant coach Ariel "
            "Pereyra and the goalkeeping coach Sebastián Saja.",
            {
                ("Ariel Pereyra", "Racing Club", "appointed"): "assistant_coach",
                ("Sebastián Saja", "Racing Club", "appointed"): "goalkeeping_coach",
            },
        ),
        # "X will bring assistants A and B with him": the title without 'his'
        (
            "Orlando City hired Oscar Pareja as head coach. Pareja will bring assistants Diego Mendoza and "
            "Martin Perelman with him from Dallas.",
            {
                ("Diego Mendoza", "Orlando City", "appointed"): "assistant_coach",
                ("Martin Perelman", "Orlando City", "appointed"): "assistant_coach",
            },
        ),
        (
            "Nashville SC named B.J. Callaghan head coach. He brings assistant coach Jeremy Hall with him.",
            {("Jeremy Hall", "Nashville SC", "appointed"): "assistant_coach"},
        ),
    ],
)
def test_aides_arriving_with_him(text: str, expected: dict) -> None:
    roles = _roles(text)
    for key, role in expected.items():
        assert roles.get(key) == role, (key, roles)
    for coach, club, _ in expected:
        assert (coach, club, "in_charge") not in roles


@pytest.mark.parametrize(
    "text",
    [
        # a player or an executive arriving with him is no aide
        "Sparta Prague have appointed Lars Friis as head coach. With him come midfielder Tomas Holub and "
        "defender Jan Stejskal.",
        # a past staff told, not aides arriving now
        "Sparta Prague have appointed Lars Friis as head coach. Last year the assistant Tomas Holub was "
        "sacked.",
    ],
)
def test_no_aide_arrival(text: str) -> None:
    keys = keys_of(text)
    assert not any(k[0] in ("Tomas Holub", "Jan Stejskal") and k[3] == "appointed" for k in keys), keys


# --- a stand-in stepping back ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stand-in spell told by the games he took, without 'interim'
        (
            "Wigan appointed Tom Hale on Friday. First-team coach Ray Gunn, who took charge of "
            "the final two games, will stay on the backroom staff.",
            {("Ray Gunn", "Wigan Athletic", "first_team", "left")},
        ),
        (
            "Colorado Rapids hired Chris Armas. Assistant coach Neil Emblen, who ran the team for four games "
            "after Robin Fraser left, will stay on as an assistant.",
            {("Neil Emblen", "Colorado Rapids", "first_team", "left")},
        ),
        (
            "Shamrock Rovers named Stephen Bradley as manager. Glenn Cronin, who led the side in the final "
            "two matches, will remain on the coaching staff.",
            {("Glenn Cronin", "Shamrock Rovers", "first_team", "left")},
        ),
        # the man whose exit opened the spell named inside the clause
        (
            "Orlando Pirates appointed Jose Riveiro. Mandla Ncikazi, who had been in interim charge since "
            "Josef Zinnbauer was sacked in August, will go back to running the club's reserve side.",
            {("Mandla Ncikazi", "Orlando Pirates", "first_team", "left")},
        ),
        (
            "Bohemians confirmed Alan Reynolds as manager. Derek Pender, who took interim charge in May when "
            "Declan Devine left, will go back to coaching the club's under-19s.",
            {("Derek Pender", "Bohemians", "first_team", "left")},
        ),
    ],
)
def test_stand_in_steps_back(text: str, expected: set) -> None:
    keys = keys_of(text)
    assert expected <= keys, keys
    # the stand-in's exit is the first team's, not the squad he returns to
    coach = next(iter(expected))[0]
    assert not any(k[0] == coach and k[3] == "left" and k[2] != "first_team" for k in keys), keys


@pytest.mark.parametrize(
    "text",
    [
        # a permanent man's games, no stepping back
        "Portsmouth appointed John Mousinho on Monday. Simon Bassey, who took charge of the last three "
        "games, has signed a new contract.",
        # another man named plainly in the clause is the one who stays
        "Colorado Rapids hired Chris Armas. Neil Emblen, who ran the team for four games, and Robin Fraser "
        "will stay on as assistants.",
    ],
)
def test_no_stand_in_exit(text: str) -> None:
    keys = keys_of(text)
    assert not any(k[0] in ("Simon Bassey", "Robin Fraser") and k[3] == "left" for k in keys), keys
