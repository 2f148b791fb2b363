"""'Extended his unbeaten run', 'extended their lead at the top': a run of results grows, no contract is
extended. A contract, deal or stay extended still is. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamburg boss Lukas Brenner extended his unbeaten run to nine games on Saturday.",
        "Hamburg boss Lukas Brenner extended his side's unbeaten run to nine games.",
        "Hamburg coach Lukas Brenner extended his lead at the top of the table.",
        "Hamburg manager Lukas Brenner has extended his winning streak to five matches.",
        "Hamburg boss Lukas Brenner, who extended his unbeaten record at home, was happy.",
        "Hamburg boss Lukas Brenner extended the club's lead at the top to six points.",
    ],
)
def test_run_of_results_is_no_extension(sentence: str) -> None:
    assert not any(k[3] == "extended" for k in keys_of(sentence, "2024-03-12"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamburg boss Tim Walter has extended his stay until 2026.",
        "Hamburg boss Tim Walter extended his contract until 2026.",
        "Hamburg boss Tim Walter has extended his deal with the club.",
        "Hamburg boss Tim Walter has extended, the club said on Monday.",
        # "to lead": a verb after the deal extended
        "Hamburg boss Tim Walter has extended his stay to lead the club until 2027.",
        "Hamburg boss Tim Walter has extended his contract to lead the team into a fourth season.",
    ],
)
def test_contract_extended_is_kept(sentence: str) -> None:
    assert ("Tim Walter", "Hamburger SV", "first_team", "extended") in keys_of(sentence, "2024-03-12")
