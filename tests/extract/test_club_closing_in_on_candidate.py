"""A club near a deal with its candidate: "C are closing in on X", "C are edging closer to X", translated
"C is interested for X": a link of X to C, like "C are considering X". A deal for a player or a title the club
closes in on is none. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Motherwell sacked manager Ian Baird on Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        "Motherwell are closing in on former Dundee boss Callum Reid as their new manager.",
        "Motherwell are edging closer to Callum Reid, who left Dundee in May.",
        "Motherwell is interested for Callum Reid, according to the local press.",
    ],
)
def test_club_closing_in_links_its_candidate(text: str) -> None:
    assert ("Callum Reid", "Motherwell", "first_team", "linked") in keys_of(_NEWS + text)


@pytest.mark.parametrize(
    "text",
    [
        "Motherwell are closing in on a £2m deal for Dundee midfielder Callum Reid.",
        "Motherwell are closing in on the Championship title after beating Reid's side.",
    ],
)
def test_no_link_without_a_coach_candidate(text: str) -> None:
    assert not any(k[0] == "Callum Reid" and k[3] == "linked" for k in keys_of(_NEWS + text))
