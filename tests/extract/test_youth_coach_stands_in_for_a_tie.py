"""A youth coach who takes charge for a cup tie, a final or a training camp (or for some games while
titled 'coach of the club's U19 side') stands in: a caretaker who keeps his youth post, so no departure
from it."""

from __future__ import annotations

from extract_helpers import facts_of


def _posts(text: str, published: str = "2024-03-12") -> set[tuple[str, str, str, str]]:
    return {(f["coach"], f["squad"], f["role"], f["event"]) for f in facts_of(text, published)}


def test_under_21_coach_takes_charge_for_a_cup_quarter_final():
    text = (
        "Brentford sacked their manager on Sunday. Under-21s coach Tomas Berg will take charge of the side "
        "for Tuesday's FA Cup quarter-final at home to Fulham."
    )
    posts = _posts(text)
    assert ("Tomas Berg", "first_team", "caretaker", "appointed") in posts
    assert ("Tomas Berg", "u21", "head_coach", "left") not in posts


def test_under_23_coach_takes_charge_of_a_training_camp():
    text = (
        "Thailand parted ways with their head coach on Monday. Under-23 coach Somchai Wongsa will take "
        "charge of next week's training camp."
    )
    posts = _posts(text)
    assert ("Somchai Wongsa", "national", "caretaker", "appointed") in posts
    assert ("Somchai Wongsa", "national_u23", "head_coach", "left") not in posts


def test_coach_of_the_clubs_under_19s_takes_charge_of_the_last_games():
    text = (
        "Torino sacked their coach on Sunday. Marco Bellini, coach of the club's Under-19 team, will now "
        "take charge of the final three games of the season."
    )
    posts = _posts(text)
    assert ("Marco Bellini", "first_team", "caretaker", "appointed") in posts
    assert ("Marco Bellini", "u19", "head_coach", "left") not in posts


# --- near misses: a youth coach given the senior post leaves his youth side ----------------------


def test_previous_under_23_coach_taking_over_leaves_them():
    text = (
        "Hertha sacked their coach on Sunday. The previous U23 coach Jan Vogel takes over the professionals."
    )
    posts = _posts(text)
    assert ("Jan Vogel", "u23", "head_coach", "left") in posts


def test_coach_of_the_clubs_under_19s_appointed_head_coach_leaves_them():
    text = (
        "Torino sacked their coach on Sunday. Marco Bellini, coach of the club's Under-19 side, has been "
        "appointed head coach of the first team."
    )
    posts = _posts(text)
    assert ("Marco Bellini", "first_team", "head_coach", "appointed") in posts
    assert ("Marco Bellini", "u19", "head_coach", "left") in posts
