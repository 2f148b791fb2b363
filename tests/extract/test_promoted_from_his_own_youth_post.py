"""A coach named to a club's senior job with his present youth or reserve post apposed to his name ("have
promoted X, the coach of their B team, to replace Y", "named X, until now coach of the under-19s, as new
coach", "The team is entrusted to X, until now coach of the Primavera", "named X, until now in charge
of the reserve team, as head coach"): the appointment is the first team's, the apposed side his post
until now. Near misses: a new post named after "as" keeps its side, and a clause
of his own ("X, who took over the U-17s in 2022, …") is no apposed title."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        pytest.param(
            "Villarreal have sacked Marco Soler. Villarreal have promoted Dani Ruiz, the coach of their B "
            "team, to replace him.",
            "Dani Ruiz",
            "Villarreal",
            id="promoted_with_b_team_title_apposed",
        ),
        pytest.param(
            "Sevilla FC dismissed Pablo Ortega on Monday and named Luis Campos, until now coach of the "
            "under-19s, as new coach of the first team.",
            "Luis Campos",
            "Sevilla",
            id="until_now_coach_of_the_under_19s",
        ),
        pytest.param(
            "Real Betis let Hugo Serra go on Friday. The club named Emil Kovac, until now in charge of the "
            "reserve team, as head coach until June.",
            "Emil Kovac",
            "Real Betis",
            id="until_now_in_charge_of_the_reserve_team",
        ),
    ],
)
def test_senior_job_of_a_youth_coach(text: str, coach: str, club: str) -> None:
    keys = keys_of(text)
    assert (coach, club, "first_team", "appointed") in keys
    assert not any(k[0] == coach and k[3] == "appointed" and k[2] != "first_team" for k in keys)


def test_a_new_youth_post_after_as_is_not_the_first_team() -> None:
    """Near miss: 'named X, until now coach of the under-17s, as the new under-19 coach': another youth
    side named outside the aside, so the appointment is not moved to the first team."""
    keys = keys_of(
        "Sevilla FC named Luis Campos, until now coach of the under-17s, as the new under-19 coach on Monday."
    )
    assert ("Luis Campos", "Sevilla", "first_team", "appointed") not in keys


def test_a_clause_of_his_own_is_no_apposed_title() -> None:
    """Near miss: 'X, who took over the U-17s in 2022, was appointed …' is read as before (no first team
    from this rule)."""
    keys = keys_of("Luis Campos, who took over the under-17s at Sevilla FC in 2022, was appointed in June.")
    assert not any(k[0] == "Luis Campos" and k[2] == "first_team" and k[3] == "appointed" for k in keys)


def test_a_new_youth_post_after_a_charge_aside() -> None:
    """Near miss: 'named X, until now in charge of the under-17s, as the new under-19 coach' keeps the
    side named after "as"."""
    keys = keys_of(
        "Sevilla FC named Luis Campos, until now in charge of the under-17s, as the new under-19 coach "
        "on Monday."
    )
    assert ("Luis Campos", "Sevilla", "first_team", "appointed") not in keys
