"""A sentence that opens on one side of a club as its subject ('The C women's team must also find a successor,
because X resigned'): a fact there whose words name no post of their own is that side's, not the senior
side's (nor the post the story's last sacking left open). Not a side that only titles a man ('Guatemala's
under-20 coach Y will join the staff'). Sentences of our own."""

from __future__ import annotations

from extract_helpers import keys_of


def test_resignation_in_a_sentence_opening_on_the_womens_team() -> None:
    text = (
        "Kaiserslautern have sacked Jan Vogel. The Kaiserslautern women's team must also find a successor, "
        "because Tim Lang handed in his resignation on Friday."
    )
    keys = keys_of(text)
    assert ("Tim Lang", "1. FC Kaiserslautern", "women", "resigned") in keys
    assert not any(k[0] == "Tim Lang" and k[2] == "first_team" for k in keys)


def test_side_titling_a_man_is_no_subject() -> None:
    """Near miss: 'Guatemala's under-20 coach Y' titles Y; his move to the senior staff stays senior."""
    text = (
        "Guatemala have extended the deal of Luis Soto. Guatemala's under-20 coach Rafa Mora will join "
        "Soto's staff as a second assistant."
    )
    assert ("Rafa Mora", "Guatemala", "national", "appointed") in keys_of(text)


def test_senior_side_sentence_keeps_the_first_team() -> None:
    """Near miss: a sentence opening on the club itself keeps the senior post."""
    text = (
        "Kaiserslautern have sacked Jan Vogel. Kaiserslautern have also lost Tim Lang, who announced his "
        "resignation on Thursday."
    )
    assert not any(k[0] == "Tim Lang" and k[2] == "women" for k in keys_of(text))
