"""Who 'he', 'the Dane' or a bare surname means, in our own words: a lone capitalised word read as a
person ('The Emperor', 'the Millers') is nobody a pronoun refers to; a clause joined by 'and' goes on
about the subject, not a man named after 'of'/'to', a relative clause on the object or a successor;
'the latter' / 'the former'."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, keys_of


def _about(text: str, coach: str) -> set[tuple[str, str, str]]:
    return {(k[1], k[2], k[3]) for k in keys_of(text) if k[0] == coach}


@pytest.mark.parametrize(
    "aside",
    [
        "The Professor, as supporters call him, previously coached Wigan Athletic.",
        "The Millers had sacked him before, and he previously coached Wigan Athletic.",
    ],
)
def test_a_nickname_word_is_nobody_a_pronoun_means(aside: str) -> None:
    text = "Bolton Wanderers have appointed Tom Raddle as their new manager on a two-year deal. " + aside
    assert ("Wigan Athletic", "first_team", "in_charge") in _about(text, "Tom Raddle")


@pytest.mark.parametrize(
    "career",
    [
        "Raddle knows the club: he was the assistant of Mark Fenwick and later of Paul Orrin at the club, "
        "and since 2021 he guides Wigan Athletic.",
        "Raddle was at that time assistant of Mark Fenwick, and before that he managed Wigan Athletic.",
    ],
)
def test_a_clause_joined_by_and_goes_on_about_the_subject(career: str) -> None:
    text = "Bolton Wanderers have appointed Tom Raddle as their new manager on a two-year deal. " + career
    assert ("Wigan Athletic", "first_team", "in_charge") in _about(text, "Tom Raddle")
    assert not _about(text, "Paul Orrin") & {("Wigan Athletic", "first_team", "in_charge")}
    assert not _about(text, "Mark Fenwick") & {("Wigan Athletic", "first_team", "in_charge")}


@pytest.mark.parametrize("link", ["an assistant to", "a coach under", "the number two of"])
def test_a_verb_after_and_is_not_the_object_s(link: str) -> None:
    text = (
        "Bolton Wanderers have appointed Tom Raddle as their new manager on a two-year deal. "
        f"He had earlier worked as {link} Mark Fenwick at Preston North End and coached Wigan Athletic."
    )
    assert ("Wigan Athletic", "first_team", "in_charge") in _about(text, "Tom Raddle")
    assert ("Wigan Athletic", "first_team", "in_charge") not in _about(text, "Mark Fenwick")


@pytest.mark.parametrize(
    ("told", "coach", "other"),
    [
        ("Raddle worked under Mark Fenwick and Paul Orrin, and the latter was sacked by Wigan Athletic.",
         "Paul Orrin", "Mark Fenwick"),
        ("Raddle worked under Mark Fenwick and Paul Orrin. The former was sacked by Wigan Athletic.",
         "Mark Fenwick", "Paul Orrin"),
    ],
)  # fmt: skip
def test_the_latter_and_the_former(told: str, coach: str, other: str) -> None:
    text = "Bolton Wanderers have appointed Tom Raddle as their new manager on a two-year deal. " + told
    assert ("Wigan Athletic", "first_team", "dismissed") in _about(text, coach)
    assert ("Wigan Athletic", "first_team", "dismissed") not in _about(text, other)


def test_and_after_a_relative_clause_on_the_replaced_man_is_the_subjects():
    facts = events_of(
        "Empoli sacked Luca Santini. Luca Santini was appointed in June to replace Paolo "
        "Greco, who left for Torino, and previously coached Spezia and Cagliari."
    )
    assert ("Luca Santini", "Spezia", "in_charge") in facts
    assert ("Paolo Greco", "Spezia", "in_charge") not in facts


@pytest.mark.parametrize(
    "text",
    [
        # "he" after "… and replaced by Y, and" goes back to the sentence's subject, a pronoun itself here
        "Derby have appointed Carl Moss. He took Derby up twice but was sacked in 2019 and replaced by "
        "Ian Platt, and he later had a spell in charge of Luton.",
        "Derby have appointed Carl Moss. He won promotion with Derby but was dismissed and succeeded by "
        "Ian Platt, and he then managed Luton for two seasons.",
        "Derby have appointed Carl Moss. Moss was sacked in 2019 and replaced by Ian Platt, and he later "
        "had a spell in charge of Luton.",
    ],
)
def test_he_after_the_successor_is_the_subject(text: str) -> None:
    keys = keys_of(text)
    assert ("Carl Moss", "Luton Town", "first_team", "in_charge") in keys
    assert not any(coach == "Ian Platt" and club == "Luton Town" for coach, club, _, _ in keys)
