"""A man added to another's change by "…, as does fitness coach B" (or "as did his assistant C") shares the
change, in the post his own title names: "A returns with him, as does fitness coach B" brings B in as the
fitness coach (an arrival, not a spell told by his title). Without a title he takes the first man's post."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of

_STORY = "Burnley have appointed Dan Oakes as their new manager on a two-year deal. "


def _posts(sentence: str) -> set[tuple[str, str, str]]:
    found = facts_of(_STORY + sentence)
    return {(f["coach"], f["role"], f["event"]) for f in found if f["coach"] != "Dan Oakes"}


def test_a_titled_man_after_as_does_takes_his_titles_post() -> None:
    posts = _posts("His long-time assistant Sam Reed returns with him, as does fitness coach Lee Pryce.")
    assert ("Lee Pryce", "fitness_coach", "appointed") in posts
    assert ("Sam Reed", "assistant_coach", "appointed") in posts
    assert not any(name == "Lee Pryce" and event == "in_charge" for name, _, event in posts)


def test_an_untitled_man_after_as_does_takes_the_first_mans_post() -> None:
    posts = _posts("His long-time assistant Sam Reed returns with him, as does Lee Pryce.")
    assert ("Lee Pryce", "assistant_coach", "appointed") in posts
