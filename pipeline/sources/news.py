"""Read news articles from a drop folder: the seed's `.txt` form, `.jsonl` records, `.html` pages.

Every file yields `Article`s or `Quarantined` records; a bad file or line never stops the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

from pipeline.records import Article, Quarantined

NEWS_SUFFIXES = {".txt", ".jsonl", ".json", ".html", ".htm"}
MAX_FILE_BYTES = 50 * 1024 * 1024  # a drop-folder file larger than this is quarantined unread
_SEED_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


def news_files(path: Path) -> list[Path]:
    """The article files under `path` (a file or a folder), in a stable order."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in NEWS_SUFFIXES)


def read_news(path: Path, source: str = "news") -> Iterator[Article | Quarantined]:
    """Stream the articles of every news file under `path`."""
    if not path.exists():
        yield Quarantined.of(source, str(path), "news path does not exist")
        return
    for file in news_files(path):
        yield from read_news_file(file, source)


def read_news_file(file: Path, source: str = "news") -> Iterator[Article | Quarantined]:
    ref = str(file)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Quarantined.of(source, ref, f"file is {size} bytes, over the {MAX_FILE_BYTES} cap")
            return
        data = file.read_bytes()
    except OSError as exc:
        yield Quarantined.of(source, ref, f"cannot read file: {exc.strerror or exc}")
        return
    text, note = decode(data)
    if note:
        yield Quarantined.of(source, ref, note, text[:200])
    suffix = file.suffix.lower()
    if suffix in {".jsonl", ".json"}:
        yield from parse_jsonl(text, source, ref)
    elif suffix in {".html", ".htm"}:
        yield from parse_html(text, source, ref, default_id=file.stem)
    else:
        yield from parse_txt(text, source, ref, default_id=file.stem)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 text, and a note when the bytes were not valid UTF-8 (decoded with replacements)."""
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        return (
            data.decode("utf-8", errors="replace"),
            f"invalid UTF-8 at byte {exc.start}; undecodable bytes replaced with U+FFFD",
        )


def parse_txt(text: str, source: str, ref: str, default_id: str) -> Iterator[Article | Quarantined]:
    """The seed form: ` date YYYY-MM-DD ` then the article text."""
    published = None
    m = _SEED_DATE.match(text)
    if m:
        published, text = m.group(1), text[m.end() :]
    yield from _article_or_quarantine(
        Article(id=default_id, text=text.strip(), published=published, source=source, source_ref=ref)
    )


def parse_jsonl(text: str, source: str, ref: str) -> Iterator[Article | Quarantined]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_ref = f"{ref}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Quarantined.of(source, line_ref, f"not valid JSON: {exc.msg}", line)
            continue
        if not isinstance(rec, dict):
            yield Quarantined.of(source, line_ref, "JSON line is not an object", line)
            continue
        body = rec.get("text")
        if not isinstance(body, str):
            yield Quarantined.of(source, line_ref, "record has no 'text' string", rec)
            continue
        art_id = rec.get("id") or rec.get("url") or _content_id(body)
        yield from _article_or_quarantine(
            Article(
                id=str(art_id),
                text=body,
                published=_str_or_none(rec.get("published") or rec.get("date")),
                title=_str_or_none(rec.get("title")),
                url=_str_or_none(rec.get("url")),
                source=source,
                source_ref=line_ref,
            )
        )


def parse_html(html: str, source: str, ref: str, default_id: str) -> Iterator[Article | Quarantined]:
    from pipeline.sources.html_text import html_to_article_fields

    fields = html_to_article_fields(html)
    if fields is None:
        yield Quarantined.of(source, ref, "no article text found in HTML", html[:500])
        return
    yield from _article_or_quarantine(Article(id=default_id, source=source, source_ref=ref, **fields))


def _article_or_quarantine(article: Article) -> Iterator[Article | Quarantined]:
    if not article.text.strip():
        yield Quarantined.of(article.source, article.source_ref, "article has no text", article.to_row())
    else:
        yield article


def _content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _str_or_none(value: object) -> str | None:
    return None if value in (None, "") else str(value)
