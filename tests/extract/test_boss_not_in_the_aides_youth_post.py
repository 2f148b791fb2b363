"""'X coached C's under-17s and was an assistant to Y': the youth squad is X's own post, told in a clause
before his link to Y; Y coached C's senior side. A squad told with Y ('assistant to Y with the C
under-21s') stays his, and so does a country's youth side (its youth teams share their staff). Written
for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Karel Lind coached Hoffenheim's under-17 side and was an assistant to Tomas Vik in Sinsheim.",
        "Karel Lind coached Hoffenheim's under-19s and then worked as assistant to Tomas Vik.",
        "Karel Lind led Hoffenheim's U23 side and later served as assistant to Tomas Vik.",
    ],
)
def test_boss_coaches_the_senior_side(sentence: str) -> None:
    keys = keys_of(sentence, "2024-06-20")
    assert ("Tomas Vik", "TSG Hoffenheim", "first_team", "in_charge") in keys
    assert not any(k[0] == "Tomas Vik" and k[2] != "first_team" for k in keys)


def test_squad_told_with_the_boss_stays() -> None:
    keys = keys_of("Karel Lind was assistant to Tomas Vik with the Hoffenheim under-21s.", "2024-06-20")
    assert ("Tomas Vik", "TSG Hoffenheim", "u21", "in_charge") in keys


def test_countrys_youth_side_stays() -> None:
    keys = keys_of("Karel Lind coached Spain's under-19s and was an assistant to Tomas Vik.", "2024-06-20")
    assert ("Tomas Vik", "Spain", "national_u19", "in_charge") in keys
