"""Which event a sentence tells when it tells a coach's spell along with its end or its start, written
for these tests in our own words: a departure told with how long the spell lasted or what it achieved
('left C after just six weeks in charge', 'left C in May, having steered the club to promotion',
'replace Y, who left to join D after four years') tells the spell too (in_charge beside left); a past
hiring told as the job taken ('He first took the job in October 2016') is an appointment."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past hiring told as the job taken, with its date; the club is the one in view or named
        (
            "Nigeria have sacked Randy Waldrum. He took the job in 2020.",
            ("Randy Waldrum", "Nigeria", "national", "appointed"),
        ),
        (
            "China have sacked Marcello Lippi. Lippi first took the job in October 2016 and quit in 2019.",
            ("Marcello Lippi", "China", "national", "appointed"),
        ),
        (
            "Wales have sacked Rob Page. Page, who took the Wales job in 2020, won 12 of his 40 games.",
            ("Rob Page", "Wales", "national", "appointed"),
        ),
        (
            "Hull City have sacked Liam Rosenior. Rosenior had taken over the post in November 2022.",
            ("Liam Rosenior", "Hull City", "first_team", "appointed"),
        ),
    ],
)
def test_past_hiring_told_as_the_job_taken(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a hiring that did not happen, or is only expected
        "Wales are looking for a new coach. Rob Page would have taken the job in 2020.",
        "Wales are looking for a new coach. Rob Page is expected to take the job.",
        # a post that is no coach's
        "Derby are looking for a new coach. Rob Page took the post of sporting director in 2019.",
    ],
)
def test_no_hiring_without_a_job_taken(text: str) -> None:
    assert not any(k[0] == "Rob Page" and k[3] == "appointed" for k in keys_of(text))
