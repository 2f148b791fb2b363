"""`fold`: the one spelling names are compared and keyed in, whatever letters a source writes."""

from __future__ import annotations

import pytest

from pipeline.identity.coaches import CoachMention, resolve_coaches
from pipeline.ids import fold


@pytest.mark.parametrize(
    ("written", "ascii_spelling"),
    [
        ("Óscar  Gilsanz ", "oscar gilsanz"),
        ("Brøndby IF", "brondby if"),
        ("Preußen Münster", "preussen munster"),
        ("ŁKS Łódź", "lks lodz"),
        ("Kasımpaşa", "kasimpasa"),
        ("Breiðablik", "breidablik"),
        ("Đalović", "dalovic"),
        ("Ståle Solbakken", "stale solbakken"),
    ],
)
def test_letters_without_a_decomposition_fold_to_their_ascii_spelling(
    written: str, ascii_spelling: str
) -> None:
    assert fold(written) == ascii_spelling


def test_a_coach_written_with_and_without_his_letters_is_one_coach() -> None:
    """A Polish or Norwegian coach's news name and a dataset's ASCII spelling are one person."""
    pairs = [
        ("Rafał Janas", "Rafal Janas"),
        ("Ståle Solbakken", "Stale Solbakken"),
        ("Kjetil Knutsen", "Kjetil Knutsen"),
    ]
    pairs += [("Åge Hareide", "Age Hareide"), ("Jørgen Isnes", "Jorgen Isnes"), ("Okan Buruk", "Okan Buruk")]
    mentions = [
        CoachMention(source, name)
        for pair in pairs
        for source, name in zip(("news", "tm"), pair, strict=True)
    ]
    resolution = resolve_coaches(mentions)
    ids = [resolution.coach_id_for(m) for m in mentions]
    assert [ids[i] == ids[i + 1] for i in range(0, len(ids), 2)] == [True] * len(pairs)
    assert len(set(ids)) == len(pairs)
