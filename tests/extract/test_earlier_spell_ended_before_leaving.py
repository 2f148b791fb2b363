"""An earlier spell told as ended 'before leaving' ("In his first spell he led C … before leaving for D", "had
first managed C from 2017 to 2019 before leaving") is an exit of its own beside the sacking or resignation
the story tells now, not that exit told again. Told on the day of the exit, or in its sentence, it is that
exit. Sentences and names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("news", "earlier", "event"),
    [
        (
            "Walsall sacked Kerry Mole on Monday.",
            "Mole, in his second spell at the club, had first managed Walsall from 2017 to 2019 before "
            "leaving to join Crewe Alexandra.",
            "dismissed",
        ),
        (
            "Walsall have accepted the resignation of manager Kerry Mole.",
            "In his first spell he led Walsall to promotion in 2016 before leaving for Crewe Alexandra.",
            "resigned",
        ),
        (
            "Walsall sacked Kerry Mole on Monday.",
            "The Englishman had already coached Walsall in 2018, winning the cup before leaving for Crewe.",
            "dismissed",
        ),
    ],
)
def test_earlier_spell_ended_before_leaving_is_an_exit_of_its_own(
    news: str, earlier: str, event: str
) -> None:
    keys = keys_of(f"{news} {earlier}")
    assert ("Kerry Mole", "Walsall", "first_team", event) in keys
    assert ("Kerry Mole", "Walsall", "first_team", "left") in keys


# --- near misses: the exit the story tells, told again ---------------------------------------------


def test_spell_ended_before_leaving_with_no_earlier_spell_is_the_exit_told() -> None:
    text = "Walsall sacked Kerry Mole on Monday. Mole led Walsall up in 2023 before leaving in tears."
    assert ("Kerry Mole", "Walsall", "first_team", "left") not in keys_of(text)


def test_spell_ended_before_leaving_on_the_day_of_the_sacking_is_that_exit() -> None:
    text = "Walsall sacked Kerry Mole on Monday. Mole had already led Walsall up before leaving on Monday."
    assert ("Kerry Mole", "Walsall", "first_team", "left") not in keys_of(text)
