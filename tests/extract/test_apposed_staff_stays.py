"""An aide titled in an apposition who stays ("X, the club's trusted assistant, remains on the coaching
staff", "X, his goalkeeping coach, remains") is kept on: his post at the club in view, in the role his title
gives, as one titled before his name already is; not one who stays on as the interim, nor a player described
so, nor an aide who "remains" anything but on the staff ("remains in hospital", "remains unconvinced")
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Fulwood Rangers have sacked head coach Ivan Petrov. "


def _kept(text: str) -> set[tuple[str, str, str, str]]:
    """(club, squad, role, event) of every fact on Dale Morrow."""
    facts = facts_of(text)
    return {(f["club"], f["squad"], f["role"], f["event"]) for f in facts if f["coach"] == "Dale Morrow"}


@pytest.mark.parametrize(
    ("aide", "role"),
    [
        ("Dale Morrow, the club's trusted assistant, remains on the coaching staff.", "assistant_coach"),
        ("Dale Morrow, his goalkeeping coach, remains at the club.", "goalkeeping_coach"),
        ("Dale Morrow, his fitness coach, stays.", "fitness_coach"),
        ("Dale Morrow, his assistant, stays with the club.", "assistant_coach"),
    ],
)
def test_the_apposed_aide_who_stays_is_kept_on_in_his_own_role(aide: str, role: str) -> None:
    assert _kept(_SACKED + aide) == {("Fulwood Rangers", "first_team", role, "in_charge")}


@pytest.mark.parametrize(
    "other",
    [
        "Dale Morrow, the club's captain, stays at the club.",
        "Dale Morrow, the club's trusted assistant, stays on as interim coach.",
        "Dale Morrow, his assistant, remains in hospital after the crash.",
        "Dale Morrow, his assistant, remains unconvinced by the decision.",
        "Dale Morrow, his assistant, remains a candidate for the job.",
    ],
)
def test_no_aides_post_kept(other: str) -> None:
    assert not any(k[3] == "in_charge" for k in _kept(_SACKED + other))
