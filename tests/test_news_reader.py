"""The drop-folder reader: seed .txt, .jsonl, .html; bad files quarantined with the file named."""

import json

from pipeline.records import Article, Quarantined
from pipeline.sources.news import read_news


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Quarantined)]


def test_seed_txt_form_gives_date_and_text(tmp_path):
    (tmp_path / "000_x.txt").write_text(" date 2024-11-19 Torres turned down Depor.\n")
    articles, rejects = split(read_news(tmp_path))
    assert not rejects
    assert articles[0].id == "000_x"
    assert articles[0].published == "2024-11-19"
    assert articles[0].text == "Torres turned down Depor."


def test_jsonl_bad_lines_are_quarantined_and_the_rest_read(tmp_path):
    good = {"id": "a1", "url": "u", "title": "t", "published": "2024-01-01", "text": "Some news."}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": ""}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    articles, rejects = split(read_news(tmp_path))
    assert [a.id for a in articles] == ["a1"]
    reasons = {r.source_ref.rsplit(":", 1)[1]: r.reason for r in rejects}
    assert reasons["2"].startswith("not valid JSON")
    assert reasons["3"] == "record has no 'text' string"
    assert reasons["4"] == "article has no text"
    assert all(str(tmp_path / "feed.jsonl") in r.source_ref for r in rejects)


def test_invalid_utf8_is_read_with_a_note(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b" date 2024-01-02 Caf\xe9 owner appoints coach.")
    articles, rejects = split(read_news(tmp_path))
    assert len(articles) == 1 and "\ufffd" in articles[0].text
    assert "invalid UTF-8" in rejects[0].reason and rejects[0].source_ref.endswith("bad.txt")


def test_html_page_main_text(tmp_path):
    body = "<p>" + "Chelsea have appointed a new head coach on a five-year contract. " * 3 + "</p>"
    (tmp_path / "p.html").write_text(
        "<html><body><nav>Home Sign in</nav>"
        f"<article>{body}</article><footer>Cookie settings</footer></body></html>"
    )
    articles, rejects = split(read_news(tmp_path))
    assert not rejects
    assert "five-year contract" in articles[0].text and "Cookie" not in articles[0].text


def test_missing_path_is_quarantined(tmp_path):
    _, rejects = split(read_news(tmp_path / "absent"))
    assert rejects[0].reason == "news path does not exist"
