"""'X has become C manager', 'has become manager of C', 'has stepped up to become C manager': a post taken,
told as today's news (the club before the title with no article or possessive, or after 'of')."""

from extract_helpers import facts_of, keys_of

APPOINTED = ("Rhys Ward", "Aberdeen", "first_team", "appointed")


def test_has_become_club_manager() -> None:
    facts = [f for f in facts_of("Rhys Ward has become Aberdeen manager.") if f["event"] == "appointed"]
    assert [(f["coach"], f["club"], f["date"]) for f in facts] == [("Rhys Ward", "Aberdeen", "2024-03-12")]


def test_manager_of_the_club_and_stepping_up() -> None:
    assert APPOINTED in keys_of("Rhys Ward has become manager of Aberdeen.")
    assert APPOINTED in keys_of("Rhys Ward will become head coach at Aberdeen in the summer.")
    assert APPOINTED in keys_of("Assistant Rhys Ward has stepped up to become Aberdeen manager.")


def test_other_things_one_becomes_are_not_posts() -> None:
    assert not keys_of("Rhys Ward has become the Aberdeen captain.")
    assert not keys_of("Rhys Ward has become Aberdeen's record goalscorer.")
    facts = keys_of("Rhys Ward will be Aberdeen manager Neil Shaw's assistant.")
    assert APPOINTED not in facts
