"""An aide titled in an apposition with no article before the title, as translated copy writes it ('X,
physical trainer, stays'), is kept on like 'X, the goalkeeping coach, stays', with that title's role. A
title that is no backroom post ('X, club captain, stays'), or a man whose verb is no staying, gives no kept
aide. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Corlington Rovers have appointed Sven Aalto as their new head coach. "


def _kept(text: str) -> list[tuple[str, str, str]]:
    return [(f["coach"], f["event"], f["role"]) for f in facts_of(_LEAD + text) if f["coach"] != "Sven Aalto"]


def test_bare_fitness_title_kept_on() -> None:
    assert _kept("Dario Pellizzi, physical trainer, stays.") == [
        ("Dario Pellizzi", "in_charge", "fitness_coach")
    ]


def test_bare_goalkeeping_title_kept_on_at_the_club() -> None:
    kept = _kept("Dario Pellizzi, goalkeeper trainer, remains at the club.")
    assert kept == [("Dario Pellizzi", "in_charge", "goalkeeping_coach")]


def test_article_title_still_kept_on() -> None:
    kept = _kept("Dario Pellizzi, the fitness coach, stays.")
    assert kept == [("Dario Pellizzi", "in_charge", "fitness_coach")]


def test_bare_title_that_is_no_staff_post() -> None:
    assert _kept("Dario Pellizzi, club captain, stays.") == []


def test_bare_title_with_no_staying() -> None:
    assert _kept("Dario Pellizzi, physical trainer, praised the squad.") == []
