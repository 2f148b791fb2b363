"""'Bern, June 4, 2024 (Keystone-SDA) - X': a wire dateline may give its town in title case, with a date and
the agency in brackets; the agency is nobody, so the man named next is the one the story goes on about
(sentences of our own). Without the date or the brackets it is no dateline."""

from __future__ import annotations

import pytest
from extract_helpers import read_as

from pipeline.extract.coreference import _blank_dateline as blank_dateline


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("Graz, March 3, 2025 (APA-OTS) - Sturm have appointed", "Sturm have appointed"),
        ("Vilnius, 12 May (ELTA) – The federation said", "The federation said"),
        ("Tallinn, Jan. 8 (BNS) - Flora sacked", "Flora sacked"),
    ],
)
def test_a_title_case_dateline_is_blanked(sentence: str, rest: str) -> None:
    blanked = blank_dateline(sentence)
    assert len(blanked) == len(sentence)
    assert blanked.strip() == rest


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reid (Celtic) - the new boss.",
        "Graz, the club's town - Sturm have appointed Tom Reid.",
        "Sturm Graz, March 3 (Monday) - Tom Reid has been sacked.",
    ],
)
def test_a_name_or_a_town_without_date_and_agency_stays(sentence: str) -> None:
    assert blank_dateline(sentence) == sentence


def test_the_man_after_the_dateline_is_in_view(monkeypatch) -> None:
    text = (
        "Graz, March 3, 2025 (APA-OTS) - Sturm Graz have appointed Tom Reid as their new head coach. "
        "The 49-year-old arrives from Wolfsberg."
    )
    assert read_as(text, "The 49-year-old", monkeypatch) == ["Tom Reid"]
