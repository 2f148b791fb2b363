"""The Dutch title "keeper trainer" (and "keeper coach") before a name is the goalkeeping coach's, wherever
it stands in the sentence: "…, as does keeper trainer X" keeps X on the staff as "…, as does goalkeeping
coach X" does. Near misses: a keeper who plays, and a goalkeeper trainer, keep their readings."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_LEAD = "Oakfield Rovers have named Piet Lammers as their new manager. "


def _staff(text: str) -> dict[str, str]:
    return {f["coach"]: f["role"] for f in facts_of(_LEAD + text) if f["event"] == "in_charge"}


def test_keeper_trainer_after_as_does() -> None:
    staff = _staff("Assistant trainer Jan Oster stays on, as does keeper trainer Karl Mott.")
    assert staff.get("Karl Mott") == "goalkeeping_coach"


def test_keeper_coach_after_as_does() -> None:
    staff = _staff("Assistant trainer Jan Oster stays on, as does keeper coach Karl Mott.")
    assert staff.get("Karl Mott") == "goalkeeping_coach"


def test_goalkeeper_trainer_unchanged() -> None:
    staff = _staff("Assistant trainer Jan Oster stays on, as does goalkeeper trainer Karl Mott.")
    assert staff.get("Karl Mott") == "goalkeeping_coach"


def test_playing_keeper_is_no_coach() -> None:
    keys = keys_of(_LEAD + "Oakfield kept a clean sheet as keeper Karl Mott saved a late penalty.")
    assert not any(coach == "Karl Mott" for coach, _club, _squad, _event in keys)
