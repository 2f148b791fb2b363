"""An aide's boss named with no club after him ("X had been the vice of Y", "X, until now assistant of Y",
"X worked on Y's staff") coached the club in view only where the story ties him to it: he is the man who
left, was sacked or is replaced there, or the sentence tells a promotion from within ("took over the team
when Y left"). Otherwise, in appointment and extension news, the old boss is mostly at another club: no
spell of his (nor the aide's) at the club in view. A club told before the link ("joined C as assistant to
Y") is read by other rules, and "head coach assistant" is no head coach's title (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Grasshoppers have handed a new contract to head coach Marco Keller. "
_FISCHER_AT_GC = ("Urs Fischer", "Grasshopper Club Zürich", "first_team", "in_charge")


@pytest.mark.parametrize(
    "aide",
    [
        # the story ties the boss to the club: he is the man who left it
        "Keller had been the vice of Urs Fischer in the previous season. Fischer left the club in May.",
        # the sentence tells the promotion from within
        "Keller was head coach assistant of Urs Fischer and took over the team in May when Fischer left.",
        "Keller had been the number two of Urs Fischer for two seasons before he was promoted.",
    ],
)
def test_the_boss_coached_the_club_in_view(aide: str) -> None:
    assert _FISCHER_AT_GC in keys_of(_LEAD + aide)


def test_the_sacked_boss_is_tied_to_the_club() -> None:
    text = (
        "Grasshoppers sacked Urs Fischer on Monday. "
        "Marco Keller, until now assistant of Urs Fischer, takes over immediately."
    )
    assert _FISCHER_AT_GC in keys_of(text)


def test_head_coach_assistant_is_no_head_coach_title() -> None:
    facts = facts_of(
        _LEAD + "Keller, a former Switzerland international, was head coach assistant of Urs Fischer."
    )
    assert not any(f["coach"] == "Marco Keller" and f["club"] == "Switzerland" for f in facts)


@pytest.mark.parametrize(
    "other",
    [
        # the club told before the link is where he assisted, no boss's spell at the club in view
        "Keller joined Basel as assistant to Urs Fischer in 2017.",
        # a club after the boss: read with that club
        "Keller had been the vice of Urs Fischer at Basel.",
        # no aide's link: a player under him
        "Keller played under Urs Fischer in the previous season.",
        # nothing ties the boss to the club in view: his spell was elsewhere
        "Keller had been the vice of Urs Fischer in the previous season.",
        "Keller had been the number two of Urs Fischer for two seasons.",
        "Keller was an assistant to Urs Fischer at the 2024 European Championship.",
        "Keller worked as an assistant on Urs Fischer's staff for five years.",
        "Keller was goalkeeping coach in the staff of Urs Fischer for three years.",
    ],
)
def test_no_spell_at_the_club_in_view(other: str) -> None:
    assert _FISCHER_AT_GC not in keys_of(_LEAD + other)


@pytest.mark.parametrize(
    "text",
    [
        "Lausanne have appointed Marco Keller as head coach. "
        "Keller, until now assistant of Urs Fischer, takes over immediately.",
        "Lausanne have appointed Marco Keller, who worked as an assistant on Urs Fischer's staff for years.",
    ],
)
def test_an_appointed_aides_old_boss_is_not_at_the_new_club(text: str) -> None:
    facts = facts_of(text)
    assert not any(f["coach"] == "Urs Fischer" for f in facts)
    assert not any(f["coach"] == "Marco Keller" and f["event"] == "in_charge" for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        # the story tells the new man comes from within
        _LEAD + "Keller knows the dressing room well. Keller had been the vice of Urs Fischer last season.",
        # the story names the boss outside the aide's link: one of its men, not an aside of the aide's career
        _LEAD + "Keller had been the vice of Urs Fischer last season. Fischer is now the sporting director.",
    ],
)
def test_the_story_ties_the_boss_to_the_club(text: str) -> None:
    assert _FISCHER_AT_GC in keys_of(text)


def _keller_gk_at_gc(text: str) -> bool:
    return any(
        (f["coach"], f["club"], f["role"]) == ("Marco Keller", "Grasshopper Club Zürich", "goalkeeping_coach")
        for f in facts_of(text)
    )


def test_a_title_on_an_untied_bosss_staff_is_not_at_the_club_in_view() -> None:
    # near-miss: "was goalkeeping coach in the staff of Y" held where Y coached, not at the club in view
    assert not _keller_gk_at_gc(_LEAD + "Keller was goalkeeping coach in the staff of Urs Fischer for years.")


def test_a_title_on_the_departed_bosss_staff_is_at_the_club_in_view() -> None:
    text = _LEAD + "Keller was goalkeeping coach in the staff of Urs Fischer. Fischer left the club in May."
    assert _keller_gk_at_gc(text)
