"""'Bern, June 4, 2024 (Keystone-SDA) - X': a wire dateline may give its town in title case, with a date and
the agency in brackets; the agency is nobody, so the man named next is the one the story goes on about
(sentences of our own). Without the date or the brackets it is no dateline, nor with an outlet's label in the
brackets ("(Photo)", "(updated)") instead of an agency."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, read_as

from pipeline.extract.coreference import _blank_dateline as blank_dateline


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("Graz, March 3, 2025 (APA-OTS) - Sturm have appointed", "Sturm have appointed"),
        ("Vilnius, 12 May (ELTA) – The federation said", "The federation said"),
        ("Tallinn, Jan. 8 (BNS) - Flora sacked", "Flora sacked"),
        ("Lyon, Feb. 2 (AFP) - Olympique Lyonnais named", "Olympique Lyonnais named"),
        ("Shanghai, Feb. 2 (Xinhua) - Shenhua named", "Shenhua named"),
        ("Bremen, Feb. 2 (dpa) - Werder named", "Werder named"),
        ("Leipzig, Feb. 2 (dpa/xinhua) -- RB named", "RB named"),
        ("Zagreb, 9 April (Hina) - Dinamo named", "Dinamo named"),
        ("Osaka, April 9 (Nikkan Sports) - Cerezo named", "Cerezo named"),
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
        "Sturm Graz, March 3 (Photo) - Tom Reid has been sacked.",
        "Sturm Graz, March 3 (Video) - Tom Reid has been sacked.",
        "Sturm Graz, March 3 (updated) - Tom Reid has been sacked.",
        "Sturm Graz, March 3 (UPDATED) - Tom Reid has been sacked.",
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


def test_a_club_headline_with_a_label_keeps_its_club() -> None:
    text = "Sturm Graz, March 3 (Photo) - Tom Reid has been sacked. Reid joined in 2022."
    assert ("Tom Reid", "Sturm Graz", "first_team", "dismissed") in keys_of(text)
