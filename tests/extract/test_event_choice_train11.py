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
