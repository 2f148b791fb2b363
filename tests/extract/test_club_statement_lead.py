"""A lead that is a club's statement ('C can confirm that X has been appointed head coach', 'C Football Club
is delighted to confirm the appointment of X') makes that club the story's, even when the new man's former
clubs are named more often after it: 'the team' led in the meantime is the stating club's. A club that
only 'cannot confirm' sets no story. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_CAREER = (
    "Harper arrives with a fine record in League Two, having won the title with Mansfield Town in 2019. "
    "He has also managed Grimsby Town and, most recently, Mansfield Town, who he left in May. "
    "Since then, Under-23s coach Jack Dunn has led the team on an interim basis."
)


def test_a_club_statement_lead_is_the_storys_club() -> None:
    keys = keys_of("Crewe Alexandra can confirm that Tom Harper has been appointed Head Coach. " + _CAREER)
    assert ("Tom Harper", "Crewe Alexandra", "first_team", "appointed") in keys
    assert ("Jack Dunn", "Crewe Alexandra", "first_team", "in_charge") in keys
    assert ("Jack Dunn", "Mansfield Town", "first_team", "in_charge") not in keys


def test_a_delighted_statement_naming_the_appointment() -> None:
    lead = (
        "Crewe Alexandra Football Club is delighted to confirm the appointment of Tom Harper as Head Coach. "
    )
    keys = keys_of(lead + _CAREER)
    assert ("Jack Dunn", "Crewe Alexandra", "first_team", "in_charge") in keys


def test_a_club_that_cannot_confirm_sets_no_story() -> None:
    # near miss: "cannot confirm" is no statement of the club's news
    keys = keys_of("Crewe Alexandra cannot confirm that Tom Harper has been approached. " + _CAREER)
    assert ("Jack Dunn", "Crewe Alexandra", "first_team", "in_charge") not in keys
