"""Train14 coreference: which man a descriptor or a pronoun means in short news with long career
sentences, where the nearest or most talked-about man is the wrong one."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def _clubs_of(text: str, coach: str) -> set[str]:
    return {c for name, c, _, _ in keys_of(text) if name == coach}


# --- "X, 71, the former France midfielder, …": an apposition to X even with his age between --------


def test_descriptor_after_name_and_age_is_an_apposition_not_the_new_coach():
    text = (
        "The Ghana Football Association on Monday presented Dutch coach Pieter Koning as the new head "
        "coach of the national team. "
        "The 55-year-old replaces Carlos Mendes, whose contract was not renewed. "
        "Mendes, 68, the former Benfica defender, arrived in 2020 having coached Angola and Cape Verde, "
        "and he was popular with the players."
    )
    assert not _clubs_of(text, "Pieter Koning") & {"Angola", "Cape Verde"}


def test_descriptor_after_name_and_bracketed_age_is_an_apposition():
    text = (
        "Hajduk Split have appointed Italian Marco Ferri as head coach on a two-year deal. "
        "He replaces Ivan Horvat, who left by mutual consent last week. "
        "Horvat (61), the veteran tactician, had previously managed Rijeka and Osijek."
    )
    assert not _clubs_of(text, "Marco Ferri") & {"HNK Rijeka", "Rijeka", "NK Osijek", "Osijek"}


def test_descriptor_after_a_clause_is_still_a_reference():
    # near-miss: words of a clause between the name and the descriptor; no apposition is read
    text = (
        "Hajduk Split have appointed Italian Marco Ferri as head coach on a two-year deal. "
        "He replaces Ivan Horvat, who left by mutual consent last week. "
        "Ferri was presented on Monday, and the Italian had previously managed Rijeka."
    )
    assert _clubs_of(text, "Marco Ferri") & {"HNK Rijeka", "Rijeka"}


# --- "the Liverpudlian", "the Glaswegian": a man called by his home city is the man in view ----------


def test_home_city_noun_refers_back_to_the_man_in_view():
    text = (
        "Bradford City manager Mark Hughes has signed a new two-year contract. "
        "The 60-year-old's deal was confirmed by the club on Friday. "
        "Before that the Glaswegian managed Stoke City."
    )
    assert "Stoke City" in _clubs_of(text, "Mark Hughes")


def test_mancunian_refers_back_like_a_nationality():
    text = (
        "Salford City have appointed Gary Nolan as their new manager on a three-year deal. "
        "The Mancunian previously managed Stockport County."
    )
    assert "Stockport County" in _clubs_of(text, "Gary Nolan")


def test_city_adjective_before_a_club_word_is_nobody():
    # near-miss: "the Mancunian club" is a club, not a man; no fact is read from it
    text = (
        "Salford City have appointed Gary Nolan as their new manager on a three-year deal. "
        "Nolan was sacked by the Mancunian club in 2019."
    )
    assert not any(name != "Gary Nolan" for name, _, _, _ in keys_of(text))
