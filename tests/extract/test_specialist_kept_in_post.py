"""A specialist kept in his post, the title after "remains" or "stays" with no "as": "X remains the
goalkeeper coach", "Y stays goalkeepers coach" is his spell on the staff in view (the title is his own
post, not a reference to the man in focus). Near miss: a possession after the title ("remains the fitness
coach's first choice") names no post of his."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new manager on a two-year deal. "


def _kept(text: str) -> set[str]:
    return {
        coach
        for coach, club, _squad, event in keys_of(_LEAD + text)
        if event == "in_charge" and club == "Oakfield Rovers" and coach != "Piet Lammers"
    }


def test_remains_the_goalkeeper_coach() -> None:
    text = "The physical trainer Jan Vos also joins, and Tomas Brandt remains the goalkeeper coach."
    assert "Tomas Brandt" in _kept(text)


def test_the_title_is_no_reference_to_the_new_manager() -> None:
    keys = keys_of(_LEAD + "Tomas Brandt remains the goalkeeper coach.")
    assert ("Piet Lammers", "Oakfield Rovers", "first_team", "in_charge") not in keys


def test_a_possession_after_the_title_is_no_post() -> None:
    assert _kept("Jan Vos remains the fitness coach's first choice.") == set()
