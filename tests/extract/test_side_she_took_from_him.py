"""'She took over Norway after the dismissal of X': a country's side a woman coach (called "she") took is
the women's side, so the side the man told in the same sentence left is the women's too; a man's side
told in a sentence of its own, or a side the text names, keeps its squad (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

LEAD = "Lena Berg won her second title with Iceland on Sunday, and she is not done yet. "


def test_the_man_replaced_left_the_side_she_took() -> None:
    text = (
        LEAD
        + "Berg had taken over Iceland in 2019 following the dismissal of Per Hansen, "
        + "and she has not lost since."
    )
    keys = keys_of(text)
    assert ("Per Hansen", "Iceland", "national_women", "dismissed") in keys
    assert ("Per Hansen", "Iceland", "national", "dismissed") not in keys


def test_a_man_in_a_sentence_of_his_own_keeps_his_side() -> None:
    text = LEAD + "Iceland sacked their men's coach Per Hansen in 2019."
    keys = keys_of(text)
    assert ("Per Hansen", "Iceland", "national_women", "dismissed") not in keys
