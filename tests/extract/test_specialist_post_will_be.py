"""A specialist's post named first and its new holder after the future copula: "The fitness coach will be
X", "the goalkeeper coach will be the Dutchman Y" (translated copy: "il preparatore atletico sarà") is the
man's appointment to the new coach's staff, in the post's role. Near misses: a past "was" tells no new
post, and a post followed by something the man owns names nobody to it."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new manager on a two-year deal. "


def _appointed(text: str) -> dict[str, str]:
    """Coach → role of the appointments at Oakfield Rovers, other than the new manager's."""
    return {
        f["coach"]: f["role"]
        for f in facts_of(_LEAD + text)
        if f["event"] == "appointed" and f["club"] == "Oakfield Rovers" and f["coach"] != "Piet Lammers"
    }


def test_fitness_and_goalkeeping_posts_named_first() -> None:
    found = _appointed("The goalkeeper coach will be Tomas Brandt, while the fitness coach will be Jan Vos.")
    assert found == {"Tomas Brandt": "goalkeeping_coach", "Jan Vos": "fitness_coach"}


def test_translated_titles_and_a_nationality_before_the_name() -> None:
    assert _appointed("The athletic trainer will be the Dutchman Jan Vos.") == {"Jan Vos": "fitness_coach"}
    found = _appointed("The preparer of goalkeepers will be Tomas Brandt.")
    assert found == {"Tomas Brandt": "goalkeeping_coach"}


def test_a_past_holder_is_no_appointment() -> None:
    assert _appointed("The fitness coach was Jan Vos.") == {}


def test_a_possession_after_the_copula_names_nobody() -> None:
    assert _appointed("The fitness coach will be Jan Vos's main concern.") == {}
