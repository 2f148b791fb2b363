"""`kind: feed` sources: RSS/Atom feeds and the article pages they link to.

For each feed URL of a source (`url`, plus an optional `urls` list in its options):

0. every request first passes the fetcher's checks (`http_fetch`): http(s) only, no host on
   a private address, and the host's robots.txt (read once per run) allows the URL;
1. conditional GET (If-None-Match / If-Modified-Since from the state file), so an unchanged
   feed answers 304 and costs one small request;
2. the raw bytes must be well-formed XML that declares no entities (checked with defusedxml)
   before feedparser sees them, so billion-laughs bombs and XXE are rejected, never expanded;
3. each entry's page is fetched (size-capped, HTML only) and its main text extracted;
4. pages already seen (by URL, canonical URL or text hash) are skipped across runs.

Bad remote data never raises: it yields a `Quarantined` naming the URL and the reason.
State is saved (atomically) after each feed has been read to the end, so a run that stops
half-way re-reads that feed next time instead of losing entries.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import errors as expat_errors

import defusedxml.ElementTree as safe_etree
import feedparser
import httpx
from defusedxml import DefusedXmlException

from pipeline.config import SourceConfig
from pipeline.ids import stable_id
from pipeline.records import Article, Quarantined
from pipeline.sources.html_text import canonical_url, html_to_article_fields
from pipeline.sources.http_fetch import (
    Fetcher,
    FetchError,
    FetchResult,
    FetchSettings,
    FetchStats,
    HostPacer,
    RobotsRules,
    decode_body,
    make_client,
    normalize_url,
)

XML_ERROR_UNDEFINED_ENTITY = expat_errors.codes[expat_errors.XML_ERROR_UNDEFINED_ENTITY]
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
STATE_VERSION = 1
MAX_PAGE_ATTEMPTS = 3  # runs on which a page that timed out / got a 5xx is tried again
REMEMBER_DAYS = 400  # seen URLs and hashes older than this are forgotten
MIN_TEXT_CHARS = 80  # less is a stub (paywall teaser, error page, bare navigation)

Record = Article | Quarantined


@dataclass
class FeedReport:
    """Counters for the run summary; `http` holds the request-level ones."""

    feeds: int = 0
    feeds_not_modified: int = 0
    entries: int = 0
    pages_fetched: int = 0
    articles: int = 0
    already_seen: int = 0
    duplicates: int = 0  # same canonical URL or same text as an earlier article
    quarantined: int = 0
    http: FetchStats = field(default_factory=FetchStats)

    def as_dict(self) -> dict[str, int]:
        counts = {k: v for k, v in asdict(self).items() if k != "http"}
        return counts | {f"http_{k}": v for k, v in asdict(self.http).items()}


@dataclass(frozen=True)
class FeedEntry:
    link: str
    feed_url: str
    title: str | None = None
    published: str | None = None


# --------------------------------------------------------------------------- public API


def fetch_feed(
    source: SourceConfig,
    state_dir: Path,
    settings: FetchSettings | None = None,
    client: httpx.Client | None = None,
    report: FeedReport | None = None,
) -> Iterator[Record]:
    """New articles of one feed source, and a `Quarantined` for everything unusable."""
    report = report if report is not None else FeedReport()
    with _client(settings or FetchSettings(), client) as http:
        polite = (HostPacer(), RobotsRules())
        yield from _read_source(source, Path(state_dir), http, settings, polite, report)


def fetch_feeds(
    sources: Iterable[SourceConfig],
    state_dir: Path,
    settings: FetchSettings | None = None,
    report: FeedReport | None = None,
    client: httpx.Client | None = None,
    pacer: HostPacer | None = None,
) -> Iterator[Record]:
    """`fetch_feed` over the `kind: feed` sources among `sources`, sharing one client, the
    per-host pacing and each host's robots.txt."""
    report = report if report is not None else FeedReport()
    polite = (pacer or HostPacer(), RobotsRules())
    with _client(settings or FetchSettings(), client) as http:
        for source in sources:
            if source.kind == "feed":
                yield from _read_source(source, Path(state_dir), http, settings, polite, report)


# --------------------------------------------------------------------------- per source


def _read_source(
    source: SourceConfig,
    state_dir: Path,
    http: httpx.Client,
    settings: FetchSettings | None,
    polite: tuple[HostPacer, RobotsRules],
    report: FeedReport,
) -> Iterator[Record]:
    try:
        settings = (settings or FetchSettings()).with_options(source.options)
    except (TypeError, ValueError) as exc:
        report.quarantined += 1
        yield Quarantined.of(source.name, source.url or "", f"feed source not read: {exc}")
        return
    reader = _FeedReader(source, Fetcher(http, settings, report.http, *polite), report)
    state, problem = FeedState.load(state_file(state_dir, source.name))
    if problem:
        yield reader.quarantine(str(state.path), problem)
    urls = feed_urls(source)
    if not urls:
        yield reader.quarantine("", "feed source has no 'url'")
    for feed_url in urls:
        yield from reader.read_feed(feed_url, state)
        state.save()  # only reached once the consumer has taken every record of this feed


def feed_urls(source: SourceConfig) -> list[str]:
    extra = source.options.get("urls") or []
    urls = [source.url, *([extra] if isinstance(extra, str) else extra)]
    return list(dict.fromkeys(str(u) for u in urls if u))


@dataclass
class _FeedReader:
    source: SourceConfig
    fetcher: Fetcher
    report: FeedReport

    def quarantine(self, ref: str, reason: str, record: Any = "") -> Quarantined:
        self.report.quarantined += 1
        return Quarantined.of(self.source.name, ref, reason, record)

    def read_feed(self, feed_url: str, state: FeedState) -> Iterator[Record]:
        self.report.feeds += 1
        done: set[str] = set()
        try:
            result = self.fetcher.get(feed_url, state.conditional_headers(feed_url))
        except FetchError as exc:
            yield self.quarantine(feed_url, f"feed not fetched: {exc.reason}")
        else:
            if result.not_modified:
                self.report.feeds_not_modified += 1
            else:
                yield from self._read_entries(feed_url, result, state, done)
        # Pages that failed transiently are retried even when the feed itself is unchanged.
        for entry in state.pending_entries(feed_url):
            if normalize_url(entry.link) not in done:
                yield from self.read_entry(entry, state)

    def _read_entries(
        self, feed_url: str, result: FetchResult, state: FeedState, done: set[str]
    ) -> Iterator[Record]:
        entries, problem = parse_feed(result.body, feed_url, base_url=result.url)
        if problem:
            yield self.quarantine(feed_url, f"{problem}: {feed_url}", _feed_summary(result))
            return  # validators not stored, so the next run fetches the feed again
        for index, entry in enumerate(entries):
            self.report.entries += 1
            if isinstance(entry, str):
                yield self.quarantine(f"{feed_url}#entry-{index}", f"{entry}: {feed_url}")
                continue
            done.add(normalize_url(entry.link))
            yield from self.read_entry(entry, state)
        state.remember_validators(feed_url, result.headers)

    def read_entry(self, entry: FeedEntry, state: FeedState) -> Iterator[Record]:
        if state.has_seen(entry.link):
            self.report.already_seen += 1
            return
        try:
            page = self.fetcher.get(entry.link, accept_types=HTML_TYPES)
            self.report.pages_fetched += 1
        except FetchError as exc:
            yield self._page_failed(entry, exc, state)
            return
        article = self._article_of(entry, page)
        if isinstance(article, str):
            state.mark_seen(entry.link)  # a permanent problem: not worth re-fetching
            yield self.quarantine(page.url, article, asdict(entry))
        elif state.is_duplicate(article):
            self.report.duplicates += 1
            state.mark_seen(entry.link, page.url)
        else:
            state.remember(article, entry.link, page.url)
            self.report.articles += 1
            yield article

    def _page_failed(self, entry: FeedEntry, exc: FetchError, state: FeedState) -> Quarantined:
        reason = f"page not fetched: {exc.reason}"
        if exc.transient and state.retry_later(entry):
            reason += " (will retry on a later run)"
        else:
            state.mark_seen(entry.link)  # permanent, or out of tries
        return self.quarantine(entry.link, reason, asdict(entry))

    def _article_of(self, entry: FeedEntry, page: FetchResult) -> Article | str:
        """The article of a fetched page, or the reason (naming the page) why there is none."""
        content_type = page.headers.get("content-type", "")
        if not content_type and not _looks_like_html(page.body):
            return f"page is not HTML (no content type, not HTML markup): {page.url}"
        html = decode_body(page.body, content_type)
        try:
            fields = html_to_article_fields(html, page.url)
        except Exception as exc:  # hostile markup must not stop the run
            return f"article text extraction failed ({type(exc).__name__}): {page.url}"
        if fields is None or len(fields["text"]) < MIN_TEXT_CHARS:
            size = len(fields["text"]) if fields else 0
            return f"no article text found in page ({size} characters): {page.url}"
        url = _same_host_canonical(html, page.url) or page.url
        return Article(
            id=stable_id("article", normalize_url(url)),
            text=fields["text"],
            published=entry.published or fields.get("published"),
            title=entry.title or fields.get("title"),
            url=url,
            source=self.source.name,
            source_ref=page.url,
        )


# --------------------------------------------------------------------------- parsing


def parse_feed(body: bytes, feed_url: str, base_url: str | None = None) -> tuple[list[FeedEntry | str], str]:
    """The entries of a feed (a string for an entry that is unusable), or a problem.

    `base_url` (where the feed was finally fetched from) resolves relative links."""
    base_url = base_url or feed_url
    problem = unsafe_or_malformed(body)
    if problem:
        return [], problem
    try:
        # A stream, never a str: feedparser treats a str as a URL or file name to open.
        parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base_url})
    except Exception as exc:  # feedparser is lenient; this is a last line of defence
        return [], f"feed could not be parsed ({type(exc).__name__})"
    if not parsed.get("version"):
        return [], "not an RSS or Atom feed"
    return [_entry_of(raw, feed_url, base_url) for raw in parsed.entries], ""


def unsafe_or_malformed(body: bytes) -> str:
    """Why these feed bytes must not be parsed, or '' when they are safe, well-formed XML.

    Any entity declaration is refused: that covers billion-laughs bombs and XXE (external
    entities), and genuine feeds do not declare entities.
    """
    try:
        safe_etree.fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        return (
            f"feed rejected unparsed: it declares XML entities ({type(exc).__name__}; "
            "a possible entity-expansion bomb or XXE attack)"
        )
    except ParseError as exc:
        if _only_html_entities(exc, body):
            return ""
        return f"malformed feed (not well-formed XML: {exc})"
    except (ValueError, LookupError) as exc:  # e.g. an unknown encoding declaration
        return f"malformed feed ({type(exc).__name__}: {exc})"
    return ""


def _only_html_entities(error: ParseError, body: bytes) -> bool:
    """True for the common, harmless flaw of an HTML entity such as `&nbsp;` used undeclared.

    feedparser's lenient parser reads such feeds well; any entity *declaration* in the bytes
    still gets the feed rejected (NULs dropped so UTF-16 cannot hide one).
    """
    declares = b"<!entity" in body.replace(b"\x00", b"").lower()
    return error.code == XML_ERROR_UNDEFINED_ENTITY and not declares


def _entry_of(raw: Mapping[str, Any], feed_url: str, base_url: str) -> FeedEntry | str:
    link = (raw.get("link") or "").strip()
    if not link:
        return "feed entry has no link"
    return FeedEntry(
        link=urljoin(base_url, link),
        feed_url=feed_url,
        title=(raw.get("title") or "").strip() or None,
        published=_entry_date(raw),
    )


def _entry_date(raw: Mapping[str, Any]) -> str | None:
    """ISO datetime (UTC) of the entry's publication, else of its last update."""
    for key in ("published_parsed", "updated_parsed"):
        parsed = raw.get(key)
        if parsed:
            return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    return None


def _same_host_canonical(html: str, page_url: str) -> str | None:
    """The page's canonical URL, if on the page's own host (a page cannot claim another
    site's article)."""
    url = canonical_url(html, page_url)
    if not url or urlsplit(url).scheme not in ("http", "https"):
        return None
    same = _bare_host(url) == _bare_host(page_url)
    return url if same else None


def _bare_host(url: str) -> str:
    return re.sub(r"^www\.", "", (urlsplit(url).hostname or "").lower())


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _feed_summary(result: FetchResult) -> dict[str, Any]:
    # Never the body: a hostile feed's payload has no place in the quarantine table.
    return {"url": result.url, "content_type": result.content_type, "bytes": len(result.body)}


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:32]


# --------------------------------------------------------------------------- state


def state_file(state_dir: Path, source_name: str) -> Path:
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", source_name).strip("._") or "feed"
    if slug != source_name:  # keep distinct names distinct after slugging
        slug += "-" + hashlib.sha256(source_name.encode()).hexdigest()[:8]
    return state_dir / "feeds" / f"{slug}.json"


@dataclass
class FeedState:
    """What one feed source remembers between runs (one JSON file per source)."""

    path: Path
    validators: dict[str, dict[str, str]] = field(default_factory=dict)  # feed URL → headers
    seen_urls: dict[str, str] = field(default_factory=dict)  # normalized URL → first seen
    seen_hashes: dict[str, str] = field(default_factory=dict)  # text hash → first seen
    pending: dict[str, dict[str, Any]] = field(default_factory=dict)  # URL → entry, attempts

    @classmethod
    def load(cls, path: Path) -> tuple[FeedState, str]:
        """The saved state (fresh when there is none), and a problem if the file was unusable."""
        if not path.exists():
            return cls(path), ""
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            state = cls(
                path,
                validators=dict(doc.get("validators", {})),
                seen_urls=dict(doc.get("seen_urls", {})),
                seen_hashes=dict(doc.get("seen_hashes", {})),
                pending=dict(doc.get("pending", {})),
            )
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            return cls(path), f"feed state file unreadable, starting afresh ({exc})"
        return state, ""

    def save(self) -> None:
        """Write the state atomically: a crash leaves the old file or the new, never half."""
        self._forget_old()
        doc = {
            "version": STATE_VERSION,
            "validators": self.validators,
            "seen_urls": self.seen_urls,
            "seen_hashes": self.seen_hashes,
            "pending": self.pending,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(doc, out, ensure_ascii=False, indent=1, sort_keys=True)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def conditional_headers(self, feed_url: str) -> dict[str, str]:
        saved = self.validators.get(feed_url, {})
        headers = {
            "If-None-Match": saved.get("etag"),
            "If-Modified-Since": saved.get("last_modified"),
        }
        return {k: v for k, v in headers.items() if v}

    def remember_validators(self, feed_url: str, headers: httpx.Headers) -> None:
        saved = {"etag": headers.get("etag"), "last_modified": headers.get("last-modified")}
        self.validators[feed_url] = {k: v for k, v in saved.items() if v}

    def has_seen(self, url: str) -> bool:
        return normalize_url(url) in self.seen_urls

    def is_duplicate(self, article: Article) -> bool:
        return self.has_seen(article.url or "") or text_hash(article.text) in self.seen_hashes

    def mark_seen(self, *urls: str) -> None:
        now = _now()
        for url in urls:
            key = normalize_url(url)
            self.seen_urls.setdefault(key, now)
            self.pending.pop(key, None)

    def remember(self, article: Article, *urls: str) -> None:
        self.mark_seen(*urls, article.url or urls[0])
        self.seen_hashes.setdefault(text_hash(article.text), _now())

    def retry_later(self, entry: FeedEntry) -> bool:
        """Keep a transiently failed page for a later run; False once it has had its tries."""
        key = normalize_url(entry.link)
        attempts = self.pending.get(key, {}).get("attempts", 0) + 1
        if attempts >= MAX_PAGE_ATTEMPTS:
            return False
        self.pending[key] = {"entry": asdict(entry), "attempts": attempts}
        return True

    def pending_entries(self, feed_url: str) -> list[FeedEntry]:
        entries = (FeedEntry(**p["entry"]) for p in list(self.pending.values()))
        return [e for e in entries if e.feed_url == feed_url]

    def _forget_old(self) -> None:
        cutoff = (datetime.now(UTC) - timedelta(days=REMEMBER_DAYS)).isoformat(timespec="seconds")
        for seen in (self.seen_urls, self.seen_hashes):
            for key in [k for k, when in seen.items() if when < cutoff]:
                del seen[key]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextmanager
def _client(settings: FetchSettings, client: httpx.Client | None) -> Iterator[httpx.Client]:
    """The caller's client (left open), or a new one closed afterwards."""
    if client is not None:
        yield client
        return
    with make_client(settings) as own:
        yield own
