"""Costa Rica's Liga FPD clubs in the reference data (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("name", "club"),
    [
        ("Liga Deportiva Alajuelense", "Alajuelense"),
        ("Saprissa", "Deportivo Saprissa"),
        ("CS Herediano", "Herediano"),
        ("Cartaginés", "Cartaginés"),
        ("Municipal Liberia", "Municipal Liberia"),
    ],
)
def test_costa_rican_club_is_read(name: str, club: str) -> None:
    keys = keys_of(f"{name} have appointed Tomás Arriaga as head coach on a two-year deal.")
    assert ("Tomás Arriaga", club, "first_team", "appointed") in keys


def test_town_of_a_club_alone_names_no_club() -> None:
    # near-miss: "Cartago" is only a context alias; an article naming no club from there gets none
    text = "Tomás Arriaga, who grew up in Cartago, has been appointed head coach of Deportivo Saprissa."
    keys = keys_of(text)
    assert not any(k[1] == "Cartaginés" for k in keys)


def test_liberia_stays_the_country() -> None:
    # near-miss: the Liberia club is named "Municipal Liberia" only; bare "Liberia" is the national team
    keys = keys_of("Liberia have appointed Tomás Arriaga as head coach of the national team.")
    assert not any(k[1] == "Municipal Liberia" for k in keys)
