"""Candidates a club weighed, told as a group and then named: 'interviewed six candidates, including A and
B', 'other candidates spoken to included A', 'other names were evaluated, such as A', 'three names on the
table: A, B and C', 'the names that circulate are those of assistant A and former C coach B'; the press's
word for a name ('among the names evoked, as well as B', 'has also been mentioned, although …', 'was
reported to have been interviewed'). A list that names no candidates, or a man after the list's clause,
reads no rumour."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Blackpool have sacked Neil Critchley and are looking for a new manager. "


def _linked(text: str) -> set[str]:
    return {
        coach for coach, club, _, event in keys_of(_LEAD + text) if event == "linked" and club == "Blackpool"
    }


def test_counted_candidates_then_named() -> None:
    for text in (
        "The board interviewed six candidates, including former Wigan boss Paul Cook and Lee Bowyer.",
        "The club had shortlisted three candidates, among them Lee Bowyer and Paul Cook.",
        # the search still on
        "The board is considering several names, among them the Englishman Lee Bowyer and Paul Cook.",
        "The club are weighing three candidates, including Lee Bowyer and Paul Cook.",
    ):
        assert {"Paul Cook", "Lee Bowyer"} <= _linked(text), text


def test_aside_after_the_list_names_no_candidate() -> None:
    linked = _linked(
        "The board had spoken to five candidates, including Paul Cook, who once assisted Sam Allardyce."
    )
    assert "Paul Cook" in linked
    assert "Sam Allardyce" not in linked


def test_other_candidates_included_or_such_as() -> None:
    assert "Michael Appleton" in _linked("Other candidates spoken to included Charlton's Michael Appleton.")
    linked = _linked(
        "Other names were evaluated by the board, such as Paul Cook, but Lee Bowyer is their choice."
    )
    assert "Paul Cook" in linked
    assert "Lee Bowyer" not in linked


def test_names_on_the_table_and_names_that_circulate() -> None:
    text = (
        "The board has three names on the table: the Englishman Paul Cook, Lee Bowyer and Michael Appleton."
    )
    assert {"Paul Cook", "Lee Bowyer", "Michael Appleton"} <= _linked(text)
    text = "Names that circulate are those of assistant Stephen Dobbie and the former Wigan coach Paul Cook."
    assert {"Stephen Dobbie", "Paul Cook"} <= _linked(text)
    facts = keys_of(_LEAD + text)
    assert ("Stephen Dobbie", "Blackpool", "first_team", "appointed") not in facts


def test_press_words_for_a_candidate() -> None:
    for text, men in (
        (
            "Paul Cook is among the names being evoked, as well as the former Charlton coach Lee Bowyer.",
            {"Paul Cook", "Lee Bowyer"},
        ),
        ("Paul Cook has also been mentioned, although he is not expected to move.", {"Paul Cook"}),
        (
            "Paul Cook and Lee Bowyer were also reported to have been interviewed.",
            {"Paul Cook", "Lee Bowyer"},
        ),
    ):
        assert men <= _linked(text), text


def test_no_candidates_no_rumour() -> None:
    for text in (
        # players counted and named, no candidates
        "The club released six players, including Paul Cook and Lee Bowyer.",
        # a man named after the list's clause has ended
        "The board interviewed four candidates, but Paul Cook was not among them.",
        # the verb 'names': an appointment, not a list of names
        "Blackpool names Paul Cook as its new manager.",
        # the press mentioned something other than his name
        "Paul Cook has also mentioned the club's debts, although he did not comment further.",
    ):
        assert "Paul Cook" not in _linked(text), text
    assert ("Paul Cook", "Blackpool", "first_team", "appointed") in keys_of(
        _LEAD + "Blackpool names Paul Cook as its new manager."
    )


def _any_linked(text: str) -> set[str]:
    return {coach for coach, _, _, event in keys_of(text) if event == "linked"}


def test_candidates_for_an_executives_post_are_no_coaching_link() -> None:
    for text in (
        "Stoke City have shortlisted three candidates, among them Gary Lund, for the sporting director role.",
        "Stoke City interviewed five names, including Gary Lund, for the post of chief executive.",
    ):
        assert "Gary Lund" not in _any_linked(text), text


def test_candidates_for_the_coaching_post_stay_linked() -> None:
    for text in (
        "Stoke City have shortlisted three candidates, among them Gary Lund, for the head coach role.",
        "Stoke City have shortlisted three candidates, among them Gary Lund, for the role of sporting "
        "director and head coach.",
    ):
        assert "Gary Lund" in _any_linked(text), text


def test_weighing_an_offer_names_no_candidate() -> None:
    assert not _linked(
        "Lee Bowyer is considering several offers, including one from Paul Cook's Chesterfield."
    )
