"""An aide's spell told beside his boss's ("X had been the vice of Y") at the club X now leads is a post of
its own, not a restatement of his change there as head coach: it is kept, where the story ties the boss to
that club (he left it, or the aide was promoted when he left). Beside changes told in the same
post (an aide appointed as an aide), it still adds nothing (sentences of our own)."""

from __future__ import annotations

from extract_helpers import facts_of


def _aide_spells(text: str, coach: str) -> list[dict]:
    return [
        f
        for f in facts_of(text)
        if f["coach"] == coach and f["event"] == "in_charge" and f["role"] == "assistant_coach"
    ]


def test_aides_spell_kept_beside_his_head_coachs_extension() -> None:
    text = (
        "Grasshoppers have extended the contract of head coach Marco Keller. "
        "Keller had been the vice of Urs Fischer in the previous season. Fischer left the club in May."
    )
    assert [f["club"] for f in _aide_spells(text, "Marco Keller")] == ["Grasshopper Club Zürich"]


def test_aides_spell_kept_beside_his_promotion() -> None:
    text = (
        "Basel have appointed Tom Reid as head coach. "
        "Reid had been the vice of Urs Fischer in the previous season, and was promoted when Fischer left."
    )
    assert [f["club"] for f in _aide_spells(text, "Tom Reid")] == ["Basel"]


def test_no_aides_spell_where_his_boss_is_not_tied_to_the_club() -> None:
    # near-miss: nothing ties the old boss to the club in view, so neither his spell nor the aide's is there
    text = (
        "Basel have appointed Tom Reid as head coach. "
        "Reid had been the vice of Urs Fischer in the previous season."
    )
    assert _aide_spells(text, "Tom Reid") == []


def test_no_aides_spell_beside_an_aides_own_appointment() -> None:
    # near-miss: appointed as an aide at the club in view, his derived aide's spell there says nothing more
    text = (
        "Basel have appointed Tom Reid as assistant coach. "
        "Reid had been the vice of Urs Fischer in the previous season. Fischer left the club in May."
    )
    assert _aide_spells(text, "Tom Reid") == []
