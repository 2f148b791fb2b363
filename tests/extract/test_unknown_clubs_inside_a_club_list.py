"""A name the reference data lacks, standing among the items of a closed list of clubs ('…, C and D'
ending its clause), is one more club of that career wherever it stands in the list: after a career cue
with one known club in the list, or after any verb with two known clubs in it."""

from __future__ import annotations

from extract_helpers import spells_of


def test_middle_item_of_a_cued_list_is_a_club() -> None:
    text = (
        "Wexbury Athletic have named Tomas Rellan as head coach. "
        "Rellan, 47, previously managed Motherwell, Dunvarra, Corrisk and Aberdeen."
    )
    spells = spells_of(text, "Tomas Rellan")
    assert {"Dunvarra", "Corrisk"} <= spells


def test_unknown_items_after_one_known_club_are_clubs() -> None:
    text = (
        "Wexbury Athletic have named Tomas Rellan as head coach. "
        "In his career Rellan has coached Bologna, Castelfrano and Vellardi."
    )
    assert {"Castelfrano", "Vellardi"} <= spells_of(text, "Tomas Rellan")


def test_two_known_clubs_make_a_list_of_clubs_without_a_cue() -> None:
    text = (
        "Wexbury Athletic have named Tomas Rellan as head coach. "
        "Rellan had earlier worked at Genoa, Sampdoria and Castelfrano."
    )
    assert "Castelfrano" in spells_of(text, "Tomas Rellan")


def test_list_not_closed_by_and_keeps_the_man() -> None:
    text = (
        "Wexbury Athletic have named Tomas Rellan as head coach. "
        "Rellan thanked Genoa, Sampdoria, Piet Valdor for their support over the years."
    )
    assert "Piet Valdor" not in spells_of(text, "Tomas Rellan")


def test_one_known_club_without_a_cue_keeps_a_man_in_the_list() -> None:
    text = (
        "Wexbury Athletic have named Tomas Rellan as head coach. "
        "The deal was agreed by Genoa, Castelfrano and Vellardi."
    )
    assert not {"Castelfrano", "Vellardi"} & spells_of(text, "Tomas Rellan")
