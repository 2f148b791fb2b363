"""The press's candidates told in translated word orders: the verb before the names ("Before the vote, it
had been mentioned also the name of X for the bench", "The board had placed on its list of candidates the
names of A and B") or a place after the verb ("the names of A and B are cited in the town") are each a man
linked with the post in view. Near misses: a name cited for an award, a name mentioned in a match report
and names cited around somewhere with no place named stay unread."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Harwich Town sacked Piet Lammers on Monday after a run of six defeats. "


def _linked(text: str) -> set[str]:
    return {coach for coach, _club, _squad, event in keys_of(_LEAD + text) if event == "linked"}


def test_the_verb_before_the_name() -> None:
    text = "Before the vote, it had been mentioned also the name of Tomas Brandt for the bench."
    assert _linked(text) == {"Tomas Brandt"}


def test_names_placed_on_a_list_of_candidates() -> None:
    text = "The board had placed on its list of candidates the names of Tomas Brandt and Jan Vos."
    assert _linked(text) == {"Tomas Brandt", "Jan Vos"}


def test_names_cited_in_a_place() -> None:
    text = "Sources say the names of Tomas Brandt and Jan Vos are cited in the town."
    assert _linked(text) == {"Tomas Brandt", "Jan Vos"}


def test_a_name_cited_for_an_award_is_no_candidate() -> None:
    assert _linked("The name of Tomas Brandt was cited for the Golden Boot.") == set()


def test_a_name_in_a_match_report_is_no_candidate() -> None:
    assert _linked("The name of Tomas Brandt was mentioned in the match report.") == set()
