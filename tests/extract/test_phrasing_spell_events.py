"""Which event a sentence tells when it tells a coach's spell along with its end or its start, written
for these tests in our own words: a departure told with how long the spell lasted or what it achieved
('left C after just six weeks in charge', 'left C in May, having steered the club to promotion',
'replace Y, who left to join D after four years') tells the spell too (in_charge beside left)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short spell counted in weeks, the club named after a descriptor ("Portuguese giants C")
        (
            "Hull City have appointed Pieter Aalst as head coach. "
            "Aalst left Portuguese giants Benfica in March after only six weeks in charge.",
            {
                ("Pieter Aalst", "Benfica", "first_team", "left"),
                ("Pieter Aalst", "Benfica", "first_team", "in_charge"),
            },
        ),
        (
            "Hull City have appointed Pieter Aalst as head coach. "
            "Aalst left Italian champions Napoli last month after just nine weeks in charge.",
            {
                ("Pieter Aalst", "Napoli", "first_team", "left"),
                ("Pieter Aalst", "Napoli", "first_team", "in_charge"),
            },
        ),
        # the departure, then what the spell achieved: "…, having steered / guided C to …"
        (
            "Walsall have appointed Pieter Aalst as head coach. "
            "Aalst left Rotherham United by mutual consent in May, having steered the club to promotion.",
            {
                ("Pieter Aalst", "Rotherham United", "first_team", "left"),
                ("Pieter Aalst", "Rotherham United", "first_team", "in_charge"),
            },
        ),
        # the departure in a relative clause on the replaced man's name, his exit read from the replacing
        (
            "Walsall have sacked Pieter Aalst. Aalst arrived in the summer to replace Tom Berg, "
            "who left to join Burnley after four years.",
            {
                ("Tom Berg", "Walsall", "first_team", "left"),
                ("Tom Berg", "Walsall", "first_team", "in_charge"),
            },
        ),
        (
            "Walsall have sacked Pieter Aalst. Aalst arrived in the summer to succeed Tom Berg, "
            "who departed for Burnley after three successful seasons.",
            {
                ("Tom Berg", "Walsall", "first_team", "left"),
                ("Tom Berg", "Walsall", "first_team", "in_charge"),
            },
        ),
    ],
)
def test_departure_told_with_its_spell(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the years were a player's, not a spell in charge
        (
            "Walsall have sacked Pieter Aalst. Aalst arrived in the summer to replace Tom Berg, "
            "who left to join Burnley after two years as a player.",
            ("Tom Berg", "Walsall", "first_team", "in_charge"),
        ),
        # "having taken a break": what came after the exit, no spell achieved
        (
            "Walsall have sacked Pieter Aalst. "
            "Aalst left Rotherham United in May, having taken a break from football.",
            ("Pieter Aalst", "Rotherham United", "first_team", "in_charge"),
        ),
    ],
)
def test_departure_without_a_spell_told(text: str, absent: tuple[str, str, str, str]) -> None:
    assert absent not in keys_of(text)
