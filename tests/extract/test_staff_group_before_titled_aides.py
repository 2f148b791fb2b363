"""A new man's staff named as a group before its titled members: "brings his own staff, including assistant A
and fitness coach B", "brings two compatriots with him: the assistant A and the fitness coach B", "brings his
assistants A and B, as well as fitness coach C". Each member is appointed where the boss goes. Near misses: a
group brought with no member named, and a titled man staying in a clause of his own, read no arrival."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Harwich Town have appointed Piet Lammers as their new manager. "


def _appointed(text: str) -> set[str]:
    return {
        coach
        for coach, club, _squad, event in keys_of(_LEAD + text)
        if event == "appointed" and club == "Harwich Town"
    }


def test_staff_including_titled_members() -> None:
    found = _appointed(
        "Lammers brings his own staff, including assistant Tomas Brandt and fitness coach Jan Vos."
    )
    assert {"Tomas Brandt", "Jan Vos"} <= found


def test_group_with_him_then_colon() -> None:
    found = _appointed(
        "Lammers brings two compatriots with him: the assistant Tomas Brandt and the fitness coach Jan Vos."
    )
    assert {"Tomas Brandt", "Jan Vos"} <= found


def test_trusted_staff_among_them() -> None:
    found = _appointed(
        "Lammers will bring his trusted staff, among them his assistant Tomas Brandt and the fitness "
        "coach Jan Vos."
    )
    assert {"Tomas Brandt", "Jan Vos"} <= found


def test_as_well_as_a_titled_aide() -> None:
    found = _appointed(
        "Lammers brings his assistants Tomas Brandt and Kees Bakker, as well as fitness coach Jan Vos."
    )
    assert {"Tomas Brandt", "Kees Bakker", "Jan Vos"} <= found


def test_group_without_members_and_a_man_who_stays() -> None:
    found = _appointed("Lammers brings his own staff, while goalkeeping coach Jan Vos stays.")
    assert "Jan Vos" not in found
