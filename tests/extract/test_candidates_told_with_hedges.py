"""The press's candidates told with how firm the report is ("are now understood to be at the top of the
list", "has been widely reported as the club's choice") and a pair still in the running ("A and B remain
the board's dream candidates"). Near misses: the same verbs said of players or of a coach's standing, not
of a post's candidates."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers sacked Piet Lammers on Monday after a run of six defeats. "


def _linked(sentence: str) -> set[str]:
    return {coach for coach, _club, _squad, event in keys_of(_LEAD + sentence) if event == "linked"}


def test_now_understood_to_be_at_the_top_of_the_list() -> None:
    sentence = "Tomas Brandt and Jan Vos are now understood to be at the top of the list."
    assert _linked(sentence) == {"Tomas Brandt", "Jan Vos"}


def test_widely_reported_as_the_clubs_choice() -> None:
    assert _linked("Tomas Brandt has been widely reported as the club's choice for next season.") == {
        "Tomas Brandt"
    }


def test_pair_remain_the_dream_candidates() -> None:
    sentence = "Tomas Brandt and Jan Vos remain the board's dream candidates for the permanent job."
    assert _linked(sentence) == {"Tomas Brandt", "Jan Vos"}


def test_players_who_remain_the_best_are_no_candidates() -> None:
    assert not _linked("Tomas Brandt and Jan Vos remain the club's best players.")


def test_a_coachs_standing_is_no_candidacy() -> None:
    assert not _linked("Tomas Brandt is widely regarded as the best young coach in the country.")
