"""Copy wrapped by hand or by an editor breaks a few columns short of its widest line: a name or a clause
broken there carries on, while headlines on lines of their own stay apart (written for these tests)."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.text import sentence_spans

_WIRE = (
    "HOLTBY, March 9 (NWS) - Holtby Albion dismissed their coach Victor Brandt\n"
    "on Monday after a run of seven games without a win, the club said in a\n"
    "statement on its website. Chairman Peter Voss thanked Brandt for his\n"
    "work over four seasons and two promotions. His assistant Martin\n"
    "Quayle leaves the club as well, while the goalkeeping coach stays on.\n\n"
    "Holtby are 17th in the table and play at home against Farnley on Saturday."
)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_a_name_broken_a_few_columns_short_is_read_whole() -> None:
    assert any(s.startswith("His assistant Martin\nQuayle leaves") for s in _sentences(_WIRE))
    assert ("Martin Quayle", "Holtby Albion", "first_team", "left") in keys_of(_WIRE, "2024-03-09")


def test_headlines_in_a_wrapped_page_stay_apart() -> None:
    page = _WIRE + (
        "\n\nFarnley coach Dennis Orme signs a new deal with the club until 2026\n"
        "Why Holtby's owners are running out of patience with their board"
    )
    sentences = _sentences(page)
    assert "Farnley coach Dennis Orme signs a new deal with the club until 2026" in sentences


def test_a_line_ending_on_a_stop_short_of_the_width_ends_its_sentence() -> None:
    text = (
        "HOLTBY, March 9 (NWS) - Holtby Albion dismissed their coach Victor Brandt\n"
        "on Monday after a run of seven games without a win, the club said in a\n"
        "statement on its website, and thanked him for his work.\n"
        "Reserve coach Tom Hale takes training for now, the club said."
    )
    assert len(_sentences(text)) == 2
