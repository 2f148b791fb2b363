"""Scraped pages carry characters a reader never sees: soft hyphens and zero-width marks inside names,
no-break and thin spaces, HTML entities a scraper left undecoded. The extractor reads such a page as the
plain text it stands for, while evidence and offsets still cut the text as it came."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

from pipeline.extract.text import plain_text

_CLEAN = (
    "Sunderland have sacked head coach Tony Mowbray after a run of five defeats. "
    "The club have appointed Michael Beale's former assistant Neil Harris as interim head coach."
)


@pytest.mark.parametrize(
    "noisy",
    [
        _CLEAN.replace("Mowbray", "Mow\u00adbray").replace("Harris", "Har\u200bris"),  # invisible marks
        _CLEAN.replace("Tony ", "Tony\u00a0").replace("head coach", "head\u202fcoach"),  # odd spaces
        _CLEAN.replace("'", "&#39;").replace("five", "&quot;five&quot;"),  # entities left undecoded
        _CLEAN.replace("'", "&rsquo;"),
    ],
    ids=["invisible", "spaces", "numeric-entities", "named-entity"],
)
def test_noisy_page_reads_as_its_plain_text(noisy: str) -> None:
    assert keys_of(noisy) == keys_of(_CLEAN)
    assert ("Tony Mowbray", "Sunderland", "first_team", "dismissed") in keys_of(noisy)


def test_evidence_and_offsets_cut_the_text_as_it_came() -> None:
    noisy = "Intro line.\n\nSunderland have sacked head coach Tony Mow\u00adbray on Monday&#46;"
    (fact,) = [f for f in facts_of(noisy) if f["event"] == "dismissed"]
    assert fact["evidence"] == "Sunderland have sacked head coach Tony Mow\u00adbray on Monday&#46;"
    assert noisy[fact["char_start"] : fact["char_end"]] == fact["evidence"]


def test_plain_text_maps_spans_back() -> None:
    raw = "Klopp&#8217;s side\u00a0won. Ses\u00adsegnon scored."
    plain = plain_text(raw)
    assert plain.text == "Klopp’s side won. Sessegnon scored."
    start = plain.text.index("Sessegnon")
    s, e = plain.original_span(start, start + len("Sessegnon"))
    assert raw[s:e] == "Ses\u00adsegnon"
    s, e = plain.original_span(0, len("Klopp’s"))
    assert raw[s:e] == "Klopp&#8217;s"


@pytest.mark.parametrize("text", ["plain text, nothing odd.", "R&D; AT&T; &unknownentity; & more"])
def test_text_without_noise_or_with_unknown_entities_is_kept(text: str) -> None:
    plain = plain_text(text)
    assert plain.text == text
    assert plain.original_span(2, 7) == (2, 7)


@pytest.mark.parametrize(
    "straight",
    [
        "Okafor is the third League Two coach fired this season, following Hartwell Town's Ivo Brandt and "
        "Kesgrave United's Dale Hughes in June.",
        "Kesgrave United have appointed Ivo Brandt. Dale Hughes, who took the team on an interim basis for "
        "two games, will stay on as Brandt's assistant.",
    ],
)
def test_curly_apostrophes_inside_words_read_as_straight(straight: str) -> None:
    curly = straight.replace("'", "’")
    assert keys_of(curly) == keys_of(straight)
    events = {event for coach, _, _, event in keys_of(curly) if coach == "Dale Hughes"}
    assert events & {"dismissed", "appointed"}
