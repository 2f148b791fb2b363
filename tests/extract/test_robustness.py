"""Text as it comes: empty, foreign, HTML, huge, broken bytes, boilerplate, wrapping."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from extract_helpers import facts_of, keys_of

from pipeline.extract import extract_article
from pipeline.extract.commands import run_extract
from pipeline.extract.text import MAX_TEXT_CHARS
from pipeline.records import Article, Quarantined
from pipeline.sources.news import read_news


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t ",
        "El Real Madrid ha destituido a su entrenador este lunes tras la derrota.",
        "皇家马德里周一解雇了主教练。",
        "<html><body><p>Everton have sacked <b>manager</b> Paul Dunne.</p></body></html>",
        "\ufffd\ufffd Chelsea \ufffd sacked coach \ufffdJohn\ufffd Doe \ufffd",
        "A" * 5000,
        ". , ; « » ' \" ( ) — –" * 200,
        # a line that opens like a page's time stamp with one long word: read in linear time (a stamp
        # pattern that tried every split of the word took 47 s at 80 letters and never ended at 200)
        "Updated 1" + "a" * 200 + "!\n\nChelsea have sacked Ray Holt.",
        "By " + "Aa " * 200 + "!",
    ],
)
def test_never_raises_and_returns_contract_dicts(text: str) -> None:
    facts = extract_article(Article(id="x", text=text))
    assert isinstance(facts, list)
    for f in facts:
        assert text[f["char_start"] : f["char_end"]] == f["evidence"]


def test_non_string_text_is_no_facts() -> None:
    assert extract_article(Article(id="x", text=None)) == []  # type: ignore[arg-type]


def test_ten_megabytes_of_text_are_read_only_up_to_the_cap() -> None:
    # (how long it takes is a benchmark figure: bench/extract.py prints it)
    line = "Brentford have sacked head coach Olaf Lind. " + "The crowd sang. " * 40 + "\n"
    text = line * 16000 + "Fulham have sacked head coach Ian Vale.\n"
    assert len(text) > 10_000_000
    facts = extract_article(Article(id="big", text=text))
    assert {f["coach"] for f in facts} == {"Olaf Lind"}  # (not the news past the cap)
    assert all(f["char_end"] <= MAX_TEXT_CHARS for f in facts)


def test_boilerplate_lines_are_skipped() -> None:
    text = (
        "Advertisement\n\nChelsea have sacked manager Ray Holt.\n\nRelated articles\n"
        "- Everton have sacked manager Tom Burr\n- Fulham appoint Ian Vale\n"
    )
    coaches = {f["coach"] for f in facts_of(text)}
    assert coaches == {"Ray Holt"}


def test_embedded_tweets_are_skipped() -> None:
    text = (
        "Chelsea have sacked manager Ray Holt.\n\nBreaking: Fulham appoint Ian Vale as boss "
        "pic.twitter.com/abc123 — Transfer News (@news) March 12, 2024\n"
    )
    assert {f["coach"] for f in facts_of(text)} == {"Ray Holt"}


def test_broken_line_wrapping_is_joined() -> None:
    text = "Watford have\nappointed Ian Vale as their new\nhead coach until 2027."
    assert ("Ian Vale", "Watford", "first_team", "appointed") in keys_of(text)


def test_invalid_utf8_file_is_read_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b" date 2024-03-12 Fulham have sacked manager Ian Vale \xff\xfe on Monday.")
    records = list(read_news(path))
    assert any(isinstance(r, Quarantined) for r in records)
    (article,) = [r for r in records if isinstance(r, Article)]
    facts = extract_article(article)
    assert [(f["coach"], f["event"], f["date"]) for f in facts] == [("Ian Vale", "dismissed", "2024-03-11")]
    out, err = io.StringIO(), io.StringIO()
    assert run_extract([str(path)], out, err) == 1
    assert "broken.txt" in err.getvalue() and "Ian Vale" in out.getvalue()
