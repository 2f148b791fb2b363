"""Staff kept on with no club named belong to the head coach the sentence opens on: 'Baxter will keep
Cotterill's assistant A, while goalkeeping coach B also stays' is Baxter's staff at the one club the story
gave him, not the club a sentence before turned to ('Exeter City confirmed Cotterill as their new coach')."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = (
    "Leeds United have named Tom Baxter as head coach. Baxter replaces Steve Cotterill, who left in May. "
    "Exeter City confirmed Cotterill as their new coach on Monday. "
)


def test_staff_kept_by_the_new_man_stays_at_his_club() -> None:
    keys = keys_of(
        _STORY
        + "Baxter will keep Cotterill's assistant Sam Lee, while goalkeeping coach Mark Hale also stays."
    )
    assert ("Mark Hale", "Leeds United", "first_team", "in_charge") in keys


def test_staff_kept_by_the_man_who_left_go_with_his_post() -> None:
    # near-miss: the man opening the sentence is the one who moved; his staff is at his new club
    keys = keys_of(
        _STORY + "Cotterill will keep his assistant Sam Lee, while goalkeeping coach Mark Hale also stays."
    )
    assert ("Mark Hale", "Exeter City", "first_team", "in_charge") in keys
    assert ("Mark Hale", "Leeds United", "first_team", "in_charge") not in keys
