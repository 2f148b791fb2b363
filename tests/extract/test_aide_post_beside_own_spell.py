"""An aide's post told through his boss is kept beside a spell of his own at another squad of the same
club or country ('had worked for years as Y's assistant and led Switzerland to …': both posts)."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _posts(text: str, coach: str) -> set[tuple[str, str, str]]:
    return {(f["club"], f["role"], f["event"]) for f in facts_of(text, "2024-05-01") if f["coach"] == coach}


def test_aide_post_kept_beside_her_own_spell() -> None:
    text = (
        "Switzerland have appointed Nadine Keller as head coach of their women's national team. Keller had "
        "worked for six years as Greta Lindqvist's assistant and led Switzerland to the semi-finals of the "
        "Nations League."
    )
    assert ("Switzerland", "assistant_coach", "in_charge") in _posts(text, "Nadine Keller")


def test_no_aide_post_where_no_boss_is_named() -> None:
    # near-miss: no boss named, so no post of hers is told through one
    text = (
        "Switzerland have appointed Nadine Keller as head coach of their women's national team. Keller "
        "led Switzerland to the semi-finals of the Nations League."
    )
    assert not any(role == "assistant_coach" for _, role, _ in _posts(text, "Nadine Keller"))
