"""The aides a new coach 'will have', each named before his title, as translated copy writes the Spanish
"contará con X como ayudante de campo": 'will have X as field assistant and Y as physical trainer', 'The
staff will also have his compatriot X as assistant'. A man he will have as captain, or a player, is no
aide."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of

_LEAD = "Club Olimpia named Hernán Vidal as their new head coach on Monday. "


def _appointed(text: str) -> dict[str, str]:
    """Coach → role of the men appointed at the club in view, other than the new head coach."""
    return {
        f["coach"]: f["role"]
        for f in facts_of(_LEAD + text)
        if f["event"] == "appointed" and f["club"] == "Olimpia" and f["coach"] != "Hernán Vidal"
    }


def test_aides_he_will_have_as_titles() -> None:
    for text, aide in (
        ("Vidal will have Ramiro Ponce as field assistant and Ivo Lema as fitness coach.", "Ramiro Ponce"),
        ("The coaching group will also have his compatriot Ramiro Ponce as assistant.", "Ramiro Ponce"),
        ("The Chilean will also have Ramiro Ponce as his assistant coach.", "Ramiro Ponce"),
    ):
        assert _appointed(text).get(aide) == "assistant_coach", text


def test_no_aide_without_a_staff_title() -> None:
    for text, man in (
        ("Vidal will also have Ramiro Ponce as captain for the new season.", "Ramiro Ponce"),
        ("The side will also have his compatriot Ramiro Ponce as a striker.", "Ramiro Ponce"),
    ):
        assert man not in _appointed(text), text
