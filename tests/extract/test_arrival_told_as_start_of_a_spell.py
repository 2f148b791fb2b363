"""An arrival told only as the start of a spell the sentence tells as held since then is that spell, not
the news of an appointment: "X had been in charge since June 2021, when he replaced Y" gives X in_charge
(Y still leaves). An arrival told as news, or dated apart from the spell, stays an appointment.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

MOLE_SPELL = ("Kerry Mole", "Walsall", "first_team", "in_charge")
MOLE_APPOINTED = ("Kerry Mole", "Walsall", "first_team", "appointed")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Walsall have sacked manager Kerry Mole. Mole had been in charge since June 2021, when he "
            "replaced Tom Hale.",
            id="been_in_charge_since_when_he_replaced",
        ),
        pytest.param(
            "Walsall have sacked manager Kerry Mole. The 52-year-old had been in office since the autumn of "
            "2020, when he succeeded Tom Hale, and kept the side in League Two.",
            id="in_office_since_when_he_succeeded",
        ),
        pytest.param(
            "Walsall have parted company with manager Kerry Mole. Mole had been in charge since 2019, "
            "when he arrived from Crewe Alexandra.",
            id="in_charge_since_when_he_arrived",
        ),
    ],
)
def test_arrival_told_as_the_start_of_a_spell_is_the_spell(text: str) -> None:
    keys = keys_of(text)
    assert MOLE_SPELL in keys
    assert MOLE_APPOINTED not in keys


def test_the_man_replaced_still_leaves() -> None:
    keys = keys_of(
        "Walsall have sacked manager Kerry Mole. Mole had been in charge since June 2021, when he replaced "
        "Tom Hale."
    )
    assert ("Tom Hale", "Walsall", "first_team", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Walsall have appointed Kerry Mole as their new manager, a day after Tom Hale left the club.",
            id="appointment_told_as_news",
        ),
        pytest.param(
            "Walsall have sacked manager Kerry Mole. Mole took over in June 2021, when he replaced Tom Hale.",
            id="arrival_told_with_no_spell_since",
        ),
    ],
)
def test_an_arrival_told_on_its_own_stays_an_appointment(text: str) -> None:
    assert MOLE_APPOINTED in keys_of(text)
