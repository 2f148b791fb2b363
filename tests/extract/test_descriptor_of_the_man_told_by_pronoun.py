"""A nationality descriptor ('The Dutchman') means the one man the text gave that nationality when the
story still tells of him, by name or by pronoun, in the sentences just before: 'He replaces Y' keeps
the appointee in view, so a side figure named since ('Z remains in charge of the under-21s') does not
take over his career line. Near miss: a man tied to the nationality long ago, whom the text has since
left for another man, does not pull the descriptor back."""

from __future__ import annotations

from extract_helpers import keys_of, spells_of


def test_appointee_told_by_pronoun_keeps_the_descriptor() -> None:
    text = (
        "Oakfield Rovers on Friday appointed Dutchman Piet Lammers as head coach. "
        "Lammers, 58, left Harwich Town in May. "
        "He replaces Welshman Tomas Brandt, whose contract was not renewed. "
        "Olav Brink, who led the under-21 side to the title, remains in charge of the reserves. "
        "The Dutchman reached two cup finals with Castlebridge United and has also coached Marlow Athletic."
    )
    assert "Castlebridge United" in spells_of(text, "Piet Lammers")
    assert "Castlebridge United" not in spells_of(text, "Olav Brink")


def test_man_left_behind_does_not_pull_the_descriptor_back() -> None:
    text = (
        "Oakfield Rovers on Friday appointed Dutchman Piet Lammers as head coach. "
        "Lammers, 58, signed a two-year deal. "
        "He replaces Tomas Brandt, who was promoted from the academy in March. "
        "The board thanked Brandt for his work. Brandt's exit was quiet. "
        "The Dutchman, who had led the side to the cup final, was sacked by Castlebridge United in 2022."
    )
    sacked = {coach for coach, club, _squad, event in keys_of(text) if club == "Castlebridge United"}
    assert "Piet Lammers" not in sacked
