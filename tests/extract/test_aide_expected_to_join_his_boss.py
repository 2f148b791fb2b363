"""'X is expected to join him': an aide following his boss is a rumour at the boss's new club, never at the
club where the two worked before."""

from extract_helpers import keys_of

LEAD = "Swansea City have appointed Mark Dunn as head coach. "


def test_aide_expected_to_join_him_is_not_linked_with_his_old_club() -> None:
    facts = keys_of(LEAD + "Dunn's assistant at Barnsley, Chris Lyle, is expected to join him.")
    assert ("Chris Lyle", "Barnsley", "first_team", "linked") not in facts
    assert ("Chris Lyle", "Barnsley", "first_team", "in_charge") in facts


def test_a_coach_expected_to_join_a_club_is_still_linked() -> None:
    text = "Luton Town have sacked Paul Moss. Chris Lyle, the Barnsley coach, is expected to join Luton Town."
    assert ("Chris Lyle", "Luton Town", "first_team", "linked") in keys_of(text)
