"""Sports-science and specialist posts named before the man: 'head of performance X', 'sports scientist X',
'head of sports science X', 'head of goalkeeping X' are backroom titles like 'fitness coach X', so the staff
rules read the man kept on, leaving or joining. A post no coach holds ('head of recruitment X') stays no
staff title. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_LEAD = "Millbrook Athletic have named Piet Hollander as their new manager. "


def test_head_of_performance_kept_on() -> None:
    keys = keys_of(_LEAD + "Head of performance Callum Dray also stays.")
    assert ("Callum Dray", "Millbrook Athletic", "first_team", "in_charge") in keys


def test_sports_scientist_retained_is_other_staff() -> None:
    facts = facts_of(_LEAD + "Sports scientist Callum Dray has also been retained.")
    kept = [f for f in facts if f["coach"] == "Callum Dray"]
    assert [(f["event"], f["role"]) for f in kept] == [("in_charge", "other_staff")]


def test_head_of_sports_science_leaves() -> None:
    keys = keys_of(_LEAD + "The head of sports science, Callum Dray, is also leaving the club.")
    assert ("Callum Dray", "Millbrook Athletic", "first_team", "left") in keys


def test_head_of_goalkeeping_kept_on() -> None:
    facts = facts_of(_LEAD + "Head of goalkeeping Callum Dray remains at the club.")
    kept = [f for f in facts if f["coach"] == "Callum Dray"]
    assert [(f["event"], f["role"]) for f in kept] == [("in_charge", "goalkeeping_coach")]


def test_head_of_recruitment_is_no_staff_title() -> None:
    keys = keys_of(_LEAD + "Head of recruitment Callum Dray also stays.")
    assert not any(coach == "Callum Dray" for coach, *_ in keys)


def test_sports_science_department_names_no_one() -> None:
    keys = keys_of(_LEAD + "The sports science department stays, and Hollander praised its work.")
    assert {coach for coach, *_ in keys} == {"Piet Hollander"}
