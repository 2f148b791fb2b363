"""A man weighed for an executive's post is no coaching candidate: 'X has been linked with the sporting
director's job at C', 'X is a candidate for the director of football role at C' link him to no coach's
bench there (nor at the club he coached before), and 'Y is expected to become sporting director' makes
Y no candidate for the bench. A candidacy for the coach's post keeps its link, and so
does one whose own clause names no executive's post, though another clause of the sentence does ('…,
while Y is expected to become sporting director'). Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def _links(text: str) -> set[tuple[str, str]]:
    return {(coach, club) for coach, club, _, event in keys_of(text) if event in ("linked", "offer")}


def test_linked_with_the_sporting_directors_job() -> None:
    text = "Former Hull manager Kurt Lander has been linked with the sporting director's job at Carrick Town."
    assert _links(text) == set()


def test_candidate_for_the_director_of_football_role() -> None:
    text = (
        "Kurt Lander, who left Hull City in May, is a candidate"
        " for the director of football role at Carrick Town."
    )
    assert _links(text) == set()


def test_candidate_for_the_head_coachs_role_is_linked() -> None:
    text = "Kurt Lander, who left Hull City in May, is a candidate for the head coach role at Carrick Town."
    assert _links(text) == {("Kurt Lander", "Carrick Town")}


def test_executive_post_of_another_clause_keeps_the_link_and_gives_none() -> None:
    text = (
        "Kurt Lander has been linked with the Carrick Town job,"
        " while Tom Bale is expected to become sporting director."
    )
    assert _links(text) == {("Kurt Lander", "Carrick Town")}
