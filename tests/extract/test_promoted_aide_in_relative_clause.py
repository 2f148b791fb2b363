"""A promotion from the backroom told in the man's relative clause ("X, who was promoted from assistant coach
in 2022, has won two titles"): his appointment as head coach, his aide's post at the club and its end, as
"X was promoted from assistant in 2022" tells them. Near misses: "who was promoted from assistant to Y at C"
(an aide's post under another boss, elsewhere) and a stand-in's step up ("to interim manager") keep their
own readings."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Oakfield Rovers have extended the contract of head coach Tomas Brandt. "


def _brandt(text: str) -> set[tuple[str, str]]:
    return {(f["role"], f["event"]) for f in facts_of(text) if f["coach"] == "Tomas Brandt"}


def test_promotion_in_relative_clause_ends_the_aides_post() -> None:
    told = _brandt(_LEAD + "Brandt, who was promoted from assistant coach in 2022, has won two titles.")
    assert ("assistant_coach", "left") in told
    assert ("assistant_coach", "in_charge") in told
    assert ("head_coach", "appointed") in told


def test_promotion_to_interim_keeps_the_aides_post() -> None:
    told = _brandt(
        _LEAD + "Brandt, who was promoted from assistant coach to interim manager in 2022, won the cup."
    )
    assert ("assistant_coach", "left") not in told


def test_promotion_under_another_boss_elsewhere_is_not_this_clubs() -> None:
    text = (
        _LEAD + "Brandt, who was promoted from assistant to Piet Lammers at Harwich Town, won the cup there."
    )
    told = {(f["club"], f["role"], f["event"]) for f in facts_of(text) if f["coach"] == "Tomas Brandt"}
    assert ("Oakfield Rovers", "assistant_coach", "left") not in told
