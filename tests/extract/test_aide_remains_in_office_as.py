"""An aide named with no title before him who "remains in office as assistant coach" (translated German
"bleibt im Amt als Co-Trainer"): kept on the staff in that post. Staying in office with no staff title
after it tells no aide's post."""

from __future__ import annotations

from extract_helpers import facts_of

_SACKING = "Hertha Berlin have dismissed head coach Uwe Brandt after the derby defeat. "


def test_aide_remains_in_office_as_titled() -> None:
    told = _SACKING + "Jonas Kiefer remains in office as assistant coach."
    his = [(f["club"], f["event"], f["role"]) for f in facts_of(told) if f["coach"] == "Jonas Kiefer"]
    assert his == [("Hertha BSC", "in_charge", "assistant_coach")]


def test_goalkeeping_title_after_in_office() -> None:
    told = _SACKING + "Jonas Kiefer also remains in office as goalkeeping coach."
    roles = {f["role"] for f in facts_of(told) if f["coach"] == "Jonas Kiefer" and f["event"] == "in_charge"}
    assert roles == {"goalkeeping_coach"}


def test_in_office_without_a_staff_title_is_no_aides_post() -> None:
    # the club's president staying in office is no coach
    told = _SACKING + "President Jonas Kiefer remains in office for now."
    assert not any(f["coach"] == "Jonas Kiefer" for f in facts_of(told))
