"""'He will be assisted by A as assistant coach and by goalkeeping coach B', 'He will be deputised by A',
'… by the coach of the under-19 side, A': the new man's aides named after 'by' in more shapes — each one
after a title told with 'as', a first one with a staff title or as a youth side's coach, the verb
'deputised' — while an aide 'who was already in the staff' or 'who stays in place' is kept, not
appointed (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Kalmar have appointed Stefan Holm as head coach. "


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["role"], f["event"]) for f in facts_of(_LEAD + text)}


def test_the_aide_after_one_told_with_his_title_by_as():
    found = _posts("He will be helped by Tomas Vik as assistant coach and by goalkeeping coach Erik Sund.")
    assert ("Tomas Vik", "assistant_coach", "appointed") in found
    assert ("Erik Sund", "goalkeeping_coach", "appointed") in found


def test_an_aide_who_deputises_for_the_new_man():
    found = _posts("He will be deputised by Jonas Lind, a former Kalmar defender, while the analyst stays.")
    assert ("Jonas Lind", "assistant_coach", "appointed") in found


def test_a_first_aide_named_as_a_youth_sides_coach():
    found = _posts("Holm will be assisted by the coach of the under-19 side, Per Alm, and by Nils Berg.")
    assert ("Per Alm", "assistant_coach", "appointed") in found
    assert ("Nils Berg", "assistant_coach", "appointed") in found


def test_a_first_aide_with_a_staff_title_who_stays_and_the_new_one_after_him():
    found = _posts(
        "The new manager will be supported by fitness coach Lars Berg, who stays at the club, "
        "and by new assistant Ole Dahl."
    )
    assert ("Ole Dahl", "assistant_coach", "appointed") in found
    assert not any(coach == "Lars Berg" and event == "appointed" for coach, _, event in found)


def test_an_aide_who_stays_in_place_is_kept_not_appointed():
    found = _posts("He will be assisted by Ivan Dahl and by goalkeeping coach Goran Sund, who stays in place")
    assert ("Ivan Dahl", "assistant_coach", "appointed") in found
    assert ("Goran Sund", "goalkeeping_coach", "in_charge") in found
    assert ("Goran Sund", "goalkeeping_coach", "appointed") not in found


def test_near_miss_an_aide_already_in_the_staff_is_not_appointed():
    found = _posts("He will be deputised by Goran Sund, who was already on the coaching staff last season.")
    assert not any(coach == "Goran Sund" and event == "appointed" for coach, _, event in found)


def test_near_miss_a_goal_assisted_by_a_player_is_no_aide():
    found = _posts("The winner was scored by Ola Berg and assisted by Tomas Vik in the second half.")
    assert not any(coach in ("Ola Berg", "Tomas Vik") for coach, _, _ in found)


def test_near_miss_deputising_for_the_boss_is_not_an_aide_named():
    found = _posts("Jonas Lind deputised for Holm on the touchline last week.")
    assert not any(coach == "Jonas Lind" and event == "appointed" for coach, _, event in found)
