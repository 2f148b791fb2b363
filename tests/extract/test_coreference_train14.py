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
