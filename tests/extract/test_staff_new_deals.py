"""Aides named by their titles who sign new deals beside their boss's extension ("assistant A and
goalkeeping coach B have also agreed extensions", "…, as has goalkeeping coach B"): each aide's own
extension, with his own title, on the day of the boss's (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Preston North End manager Tom Baker has signed a new three-year contract. "
_A = ("Sam Ward", "Preston North End", "first_team", "extended")
_B = ("Lee Hart", "Preston North End", "first_team", "extended")


@pytest.mark.parametrize(
    "staff",
    [
        "Assistant manager Sam Ward and goalkeeping coach Lee Hart have also agreed extensions.",
        "Assistant coaches Sam Ward and Lee Hart were also given new deals.",
        "First-team coach Sam Ward and fitness coach Lee Hart have signed new two-year contracts too.",
        "His assistant Sam Ward, who followed him from Morecambe, has also agreed a new contract, as has "
        "goalkeeping coach Lee Hart.",
        "Long-time assistant Sam Ward also signed a new deal, as did goalkeeping coach Lee Hart.",
        "Assistant Sam Ward and goalkeeper coach Lee Hart have also extended their deals.",
    ],
)
def test_each_titled_aide_extends(staff: str) -> None:
    keys = keys_of(_LEAD + staff)
    assert _A in keys and _B in keys


def test_aides_committing_beside_the_boss_in_one_sentence() -> None:
    text = (
        "Preston North End manager Tom Baker agreed the extension on Friday, with assistant Sam Ward and "
        "goalkeeping coach Lee Hart also committing to new deals."
    )
    keys = keys_of(text)
    assert _A in keys and _B in keys


def test_each_aide_keeps_his_own_title() -> None:
    staff = "His assistant Sam Ward has also agreed a new contract, as has goalkeeping coach Lee Hart."
    roles = {(f["coach"], f["role"]) for f in facts_of(_LEAD + staff) if f["event"] == "extended"}
    assert roles == {
        ("Tom Baker", "head_coach"),
        ("Sam Ward", "assistant_coach"),
        ("Lee Hart", "goalkeeping_coach"),
    }


def test_aides_extension_takes_the_day_of_the_boss_s() -> None:
    text = (
        "Preston North End have signed head coach Tom Baker to a multi-year contract extension. "
        "Baker arrived from Morecambe in 2021. "
        "Assistant coaches Sam Ward and Lee Hart were also given new deals."
    )
    dates = {f["coach"]: f["date"] for f in facts_of(text, "2024-05-10") if f["event"] == "extended"}
    assert dates == {"Tom Baker": "2024-05-10", "Sam Ward": "2024-05-10", "Lee Hart": "2024-05-10"}


@pytest.mark.parametrize(
    "other",
    [
        # players' deals: no staff title
        "Striker Sam Ward and defender Lee Hart have also agreed new deals.",
        # no deal signed yet, or none at all
        "Assistant manager Sam Ward and goalkeeping coach Lee Hart are in talks over new deals.",
        "Assistant manager Sam Ward and goalkeeping coach Lee Hart have not signed new deals.",
        "Assistant manager Sam Ward and goalkeeping coach Lee Hart have also left the club.",
    ],
)
def test_no_aide_extension(other: str) -> None:
    keys = keys_of(_LEAD + other)
    assert _A not in keys and _B not in keys
