"""An aide's staff post told boss first: 'X had been a coach under Y at C', 'worked as an assistant
under Y with C' is X's spell on C's staff (beside Y's own spell there), the mirror of 'an assistant at C
under Y'."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_STORY = "Carlisle United have appointed Mark Dennison as head coach. "


def test_coach_under_a_boss_at_a_club_is_a_staff_spell_there() -> None:
    keys = keys_of(_STORY + "He had been a coach under Steve Cotterill with Bristol City.")
    assert ("Mark Dennison", "Bristol City", "first_team", "in_charge") in keys
    assert ("Steve Cotterill", "Bristol City", "first_team", "in_charge") in keys


def test_assistant_under_a_boss_at_a_club_is_a_staff_spell_there() -> None:
    keys = keys_of(_STORY + "Dennison worked as an assistant under Steve Cotterill at Bristol City.")
    assert ("Mark Dennison", "Bristol City", "first_team", "in_charge") in keys


def test_player_under_a_boss_is_no_staff_spell() -> None:
    # near-miss: he played under the boss there; only the boss coached C
    keys = keys_of(_STORY + "Dennison was a player under Steve Cotterill at Bristol City.")
    assert ("Mark Dennison", "Bristol City", "first_team", "in_charge") not in keys


def test_coach_under_a_boss_with_no_club_after_him_gives_no_spell() -> None:
    # near-miss: no "at C" after the boss: the club of the clause after is not read as his post
    keys = keys_of(_STORY + "He was a coach under Steve Cotterill when Bristol City won the title.")
    assert ("Mark Dennison", "Bristol City", "first_team", "in_charge") not in keys


def test_coach_under_his_chairman_stays_the_head_coach() -> None:
    # near-miss: a bare "coach under Y" with no article is his own post under the man who ran the club
    # (a chairman or president), not a place on Y's staff
    facts = facts_of(
        "Bristol City have sacked Mark Dennison. Dennison was coach under Peter Lansdown at Bristol City "
        "twice."
    )
    roles = {f["role"] for f in facts if f["coach"] == "Mark Dennison" and f["event"] == "in_charge"}
    assert "assistant_coach" not in roles
