"""'At Under-19 level, X continues', 'For the U17s, the association retained X', 'Y stays with the
Under-17s', 'For the Young Lions, the association retained X': a coach kept at the squad the sentence
names (or its nickname), of the story's club, with his own title (written for these tests in our own
words)."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_LEAD = "The Scottish FA has handed Scotland Under-21 head coach Ross Tait a new contract. "


def _kept(text: str) -> set[tuple[str, str, str, str]]:
    return keys_of(_LEAD + text) - keys_of(_LEAD)


def test_a_coach_who_continues_after_a_fronted_age_group():
    assert _kept("At Under-19 level, Gary Lyle continues.") == {
        ("Gary Lyle", "Scotland", "national_u19", "in_charge")
    }


def test_a_coach_who_stays_in_charge_after_a_fronted_squad():
    assert ("Gary Lyle", "Scotland", "national_u17", "in_charge") in _kept(
        "For the U17, Gary Lyle stays in charge."
    )


def test_a_body_that_retains_the_coach_of_a_fronted_squad():
    found = _kept("For the Under-19s, the association retained Gary Lyle.")
    assert ("Gary Lyle", "Scotland", "national_u19", "in_charge") in found


def test_a_coach_who_stays_with_a_squad_named_after_the_verb():
    found = _kept("Gary Lyle stays with the Under-17s.")
    assert ("Gary Lyle", "Scotland", "national_u17", "in_charge") in found


def test_a_titled_aide_keeps_his_title():
    facts = facts_of(_LEAD + "Goalkeeping coach Ian Roe continues with the U21.")
    roe = {(f["squad"], f["role"], f["event"]) for f in facts if f["coach"] == "Ian Roe"}
    assert roe == {("national_u21", "goalkeeping_coach", "in_charge")}


def test_a_player_who_remains_injured_is_no_coach():
    assert _kept("At Under-19 level, striker Gary Lyle remains injured.") == set()


def test_a_coach_confirmed_as_new_coach_is_no_coach_kept_on():
    found = _kept("For the Under-19s, the association confirmed Gary Lyle as new coach.")
    assert ("Gary Lyle", "Scotland", "national_u19", "in_charge") not in found


def test_a_teenager_who_stays_with_a_youth_squad_is_a_player():
    assert _kept("The 17-year-old Gary Lyle stays with the Under-19s for the autumn.") == set()


def test_a_youth_player_who_continues_to_score_is_no_coach():
    """'continues to <verb>' keeps the post only when the verb is a coach's ('continues to lead the side')."""
    assert _kept("At Under-19 level, Gary Lyle continues to score goals.") == set()
    assert ("Gary Lyle", "Scotland", "national_u19", "in_charge") in _kept(
        "At Under-19 level, Gary Lyle continues to lead the side."
    )


def test_a_body_that_retains_the_coach_of_a_side_fronted_by_its_nickname():
    lead = "The FA has named Tom Harlow head coach of the England senior men's team.\n\n"
    found = keys_of(
        lead + "For the Young Lions, the association retained Gary Lyle, who took them to the Euros."
    )
    assert ("Gary Lyle", "England", "national_u21", "in_charge") in found


def test_a_side_fronted_by_its_nickname_with_a_new_coach_confirmed():
    lead = "The FA has named Tom Harlow head coach of the England senior men's team.\n\n"
    found = keys_of(lead + "For the Young Lions, the association confirmed Gary Lyle as new coach.")
    assert ("Gary Lyle", "England", "national_u21", "in_charge") not in found
