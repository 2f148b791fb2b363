"""A name where a man worked or came from, followed by a clause on his post there ('where he had been
coach', 'which he led', 'whom he had taken into …'), is the club of that post, not a man: a man is told
with 'who', not 'where' or 'which'."""

from __future__ import annotations

from extract_helpers import keys_of, spells_of


def test_club_he_arrived_from_told_by_where_he_coached() -> None:
    text = (
        "Harbury Town have named Tomas Vereker as their new head coach. "
        "Vereker came to the club in the summer of 2019 from Marnock Deportivo, "
        "where he had been coach since 2016."
    )
    assert "Marnock Deportivo" in spells_of(text, "Tomas Vereker")


def test_one_word_club_told_by_which_he_led() -> None:
    text = (
        "Harbury Town have named Tomas Vereker as their new head coach. "
        "The 44-year-old comes from a spell in charge at Dunvarra, "
        "which he led for three seasons in the fifth tier."
    )
    assert "Dunvarra" in spells_of(text, "Tomas Vereker")


def test_club_told_by_whom_he_had_taken_somewhere() -> None:
    text = (
        "Harbury Town have named Tomas Vereker as their new head coach. "
        "Vereker, 39, only got there in May from Torsby Dale, "
        "whom he had taken up to the regional league as coach."
    )
    assert "Torsby Dale" in spells_of(text, "Tomas Vereker")


def test_a_man_followed_by_whom_stays_a_man() -> None:
    text = (
        "Harbury Town have named Tomas Vereker as their new head coach. "
        "As a coach Vereker long worked with Piet Molenaar, whom he followed to Kelby."
    )
    keys = keys_of(text)
    assert not any(club == "Piet Molenaar" for _c, club, _s, _e in keys)


def test_a_town_without_a_coaching_word_is_left_alone() -> None:
    text = (
        "Harbury Town have named Tomas Vereker as their new head coach. "
        "His family moved from Dorran Vale, where he grew up, when he was twelve."
    )
    assert "Dorran Vale" not in spells_of(text, "Tomas Vereker")


def test_one_word_after_the_is_a_nickname_left_to_coreference() -> None:
    text = (
        "Harbury Town have named Tomas Vereker as their new head coach. "
        "It is the second spell of Vereker at the Hornets, which he already coached in 2015."
    )
    assert "Hornets" not in spells_of(text, "Tomas Vereker")
