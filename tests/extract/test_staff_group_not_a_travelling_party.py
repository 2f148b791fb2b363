"""'Goalkeeping coach X completes the group': a staff called a group; not "completed the group of staff who
travelled" (the party at a match) nor "the group stage" (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_titled_aide_completes_the_group() -> None:
    keys = keys_of("Motherwell have a new manager. Goalkeeping coach Ian Shand completes his group.")
    assert ("Ian Shand", "Motherwell", "first_team", "appointed") in keys


def test_near_miss_the_group_of_staff_who_travelled() -> None:
    text = "Motherwell won 2-0. Goalkeeping coach Ian Shand completed the group of staff who travelled."
    assert not any(k[0] == "Ian Shand" and k[3] == "appointed" for k in keys_of(text))
