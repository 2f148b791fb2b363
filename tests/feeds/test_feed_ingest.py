"""`kind: feed` sources end to end against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from feed_site import (
    ARTICLES,
    BOILERPLATE,
    SECRET,
    Route,
    Site,
    article_html,
    atom_feed,
    billion_laughs,
    external_dtd_feed,
    feed_source,
    gzip_bomb,
    rss_feed,
    xxe_feed,
    xxe_http_feed,
    xxe_parameter_feed,
)

from pipeline.config import SourceConfig
from pipeline.ids import stable_id
from pipeline.records import Article, Quarantined
from pipeline.sources.feeds import (
    FeedReport,
    fetch_feed,
    fetch_feeds,
    parse_feed,
    state_file,
    unsafe_or_malformed,
)
from pipeline.sources.http_fetch import FetchSettings, normalize_url


def run(sources, state_dir: Path, settings: FetchSettings) -> tuple[list, FeedReport]:
    report = FeedReport()
    records = list(fetch_feeds(sources, state_dir, settings, report=report))
    return records, report


def split(records: list) -> tuple[list[Article], list[Quarantined]]:
    articles = [r for r in records if isinstance(r, Article)]
    return articles, [r for r in records if isinstance(r, Quarantined)]


def good_sources(site: Site) -> list:
    return [feed_source(site, "/rss.xml", "rss"), feed_source(site, "/atom.xml", "atom")]


# --------------------------------------------------------------------------- happy path


def test_first_run_stores_every_article_with_its_main_text(news_site, tmp_path, settings):
    records, report = run(good_sources(news_site), tmp_path, settings)
    articles, quarantined = split(records)

    assert quarantined == []
    assert sorted(a.url.rsplit("/", 1)[1] for a in articles) == sorted(ARTICLES)
    for article in articles:
        key = article.url.rsplit("/", 1)[1]
        for paragraph in ARTICLES[key][1:]:
            assert paragraph in article.text
        for boilerplate in BOILERPLATE:
            assert boilerplate not in article.text
        assert article.id == stable_id("article", normalize_url(article.url))
        assert article.source_ref == news_site.url(f"/news/{key}")
        assert article.source in {"rss", "atom"}
    by_key = {a.url.rsplit("/", 1)[1]: a for a in articles}
    assert by_key["flick"].published == "2024-05-29T16:30:00+00:00"  # RSS date, in UTC
    assert by_key["amorim"].published == "2024-11-01T12:00:00+00:00"  # Atom, relative link
    assert by_key["alonso"].title == "Real Madrid name Xabi Alonso head coach"
    assert report.articles == 5 and report.pages_fetched == 5
    for headers, _ in news_site.requests_to("/rss.xml"):
        assert headers["user-agent"] == "Touchline/0.1 (+https://github.com/touchline)"


def test_second_run_is_conditional_gets_304_and_yields_nothing(news_site, tmp_path, settings):
    run(good_sources(news_site), tmp_path, settings)
    records, report = run(good_sources(news_site), tmp_path, settings)

    assert records == []
    assert report.feeds_not_modified == 2
    assert report.http.requests == 3  # robots.txt (once per host and run), the two feeds
    rss_headers, rss_status = news_site.requests_to("/rss.xml")[-1]
    atom_headers, atom_status = news_site.requests_to("/atom.xml")[-1]
    assert rss_headers["if-none-match"] == '"rss-v1"' and rss_status == 304
    assert atom_headers["if-modified-since"] == news_site.routes["/atom.xml"].last_modified
    assert atom_status == 304


def test_changed_feed_yields_only_new_entries(news_site, tmp_path, settings):
    run(good_sources(news_site), tmp_path, settings)
    base = news_site.base
    news_site.routes["/news/flick-copy"] = Route(article_html("flick"))  # same text, new URL
    news_site.routes["/news/torres-v2"] = Route(article_html("torres", f"{base}/news/torres"))
    news_site.routes["/news/new"] = Route(article_html("gilsanz").replace(b"Gilsanz", b"Gil"))
    news_site.routes["/rss.xml"] = Route(
        rss_feed(
            base,
            [
                ("Alonso", "/news/alonso", "Sun, 25 May 2025 10:00:00 GMT"),  # seen URL
                ("Flick again", "/news/flick-copy", "Wed, 29 May 2024 18:30:00 GMT"),  # seen text
                ("Torres", "/news/torres-v2", "Mon, 01 Jul 2024 09:00:00 GMT"),  # seen canonical
                ("New story", "/news/new", "Tue, 19 Nov 2024 09:00:00 GMT"),
            ],
        ),
        etag='"rss-v2"',
    )
    records, report = run(good_sources(news_site), tmp_path, settings)

    assert [r.source_ref for r in records] == [news_site.url("/news/new")]
    assert report.already_seen == 1 and report.duplicates == 2
    assert news_site.requests_to("/news/alonso")[1:] == []  # a seen URL is not re-fetched


def test_feeds_of_one_source_share_what_was_seen(news_site, tmp_path, settings):
    news_site.routes["/wire.xml"] = Route(
        atom_feed(
            news_site.base,
            [
                # The RSS feed's article again, with a tracking parameter: not fetched twice.
                ("Alonso (wire copy)", "news/alonso?utm_source=wire", "2025-05-25T10:00:00Z"),
            ],
        ),
        content_type="application/atom+xml",
    )
    source = feed_source(news_site, "/rss.xml", urls=[news_site.url("/wire.xml")])
    records, report = run([source], tmp_path, settings)

    assert len(records) == 3 and report.feeds == 2 and report.already_seen == 1
    assert len(news_site.requests_to("/news/alonso")) == 1


def test_state_file_records_validators_and_what_was_seen(news_site, tmp_path, settings):
    run(good_sources(news_site), tmp_path, settings)
    state = json.loads(state_file(tmp_path, "rss").read_text())

    assert state["version"] == 1
    assert state["validators"] == {news_site.url("/rss.xml"): {"etag": '"rss-v1"'}}
    assert normalize_url(news_site.url("/news/flick")) in state["seen_urls"]
    assert len(state["seen_hashes"]) == 3 and state["pending"] == {}
    assert not list(tmp_path.glob("feeds/*.tmp"))  # written atomically, no leftovers


def test_unreadable_state_is_quarantined_and_the_run_goes_on(news_site, tmp_path, settings):
    path = state_file(tmp_path, "rss")
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    records, _ = run(good_sources(news_site)[:1], tmp_path, settings)
    articles, quarantined = split(records)

    assert len(articles) == 3
    assert [q.source_ref for q in quarantined] == [str(path)]


def test_a_run_stopped_half_way_keeps_the_feed_for_next_time(news_site, tmp_path, settings):
    source = feed_source(news_site, "/rss.xml")
    first = next(iter(fetch_feed(source, tmp_path, settings)))  # consumer stops after one
    assert isinstance(first, Article)

    records = list(fetch_feed(source, tmp_path, settings))
    assert len(records) == 3  # nothing was marked seen by the interrupted run


# --------------------------------------------------------------------------- hostile feeds


def hostile_site(site: Site, secret_file: Path) -> list:
    site.routes["/bomb.xml"] = Route(billion_laughs(), "application/rss+xml")
    site.routes["/xxe.xml"] = Route(xxe_feed(secret_file), "application/rss+xml")
    site.routes["/xxe-param.xml"] = Route(xxe_parameter_feed(secret_file), "application/xml")
    site.routes["/xxe-http.xml"] = Route(xxe_http_feed(site.url("/leak")), "application/xml")
    site.routes["/broken.xml"] = Route(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off<item><titl',
        "application/rss+xml",
    )
    site.routes["/not-a-feed.xml"] = Route(b"<catalog><book/></catalog>", "application/xml")
    return [
        feed_source(site, path, path.strip("/").replace(".xml", ""))
        for path in [
            "/bomb.xml",
            "/xxe.xml",
            "/xxe-param.xml",
            "/xxe-http.xml",
            "/broken.xml",
            "/not-a-feed.xml",
        ]
    ]


def test_hostile_and_malformed_feeds_are_quarantined_and_good_feeds_ingested(
    news_site, tmp_path, settings, secret_file
):
    sources = hostile_site(news_site, secret_file) + good_sources(news_site)
    records, report = run(sources, tmp_path, settings)
    articles, quarantined = split(records)

    assert len(articles) == 5
    reasons = {q.source: q.reason for q in quarantined}
    assert set(reasons) == {"bomb", "xxe", "xxe-param", "xxe-http", "broken", "not-a-feed"}
    for name in ("bomb", "xxe", "xxe-param", "xxe-http"):
        assert "declares XML entities" in reasons[name]
    assert news_site.requests_to("/leak") == []  # the external entity was never fetched
    assert "malformed feed (not well-formed XML" in reasons["broken"]
    assert "not an RSS or Atom feed" in reasons["not-a-feed"]
    for q in quarantined:
        assert q.source_ref == news_site.url(f"/{q.source}.xml")
        assert q.source_ref in q.reason
    assert report.quarantined == 6


def test_no_secret_reaches_records_state_or_report(site, tmp_path, settings, secret_file):
    sources = hostile_site(site, secret_file)
    site.routes["/dtd.xml"] = Route(external_dtd_feed(secret_file), "application/rss+xml")
    sources.append(feed_source(site, "/dtd.xml", "dtd"))
    records, report = run(sources, tmp_path, settings)

    everything = [repr(r.to_row()) for r in records] + [repr(report.as_dict())]
    everything += [p.read_text() for p in tmp_path.rglob("*.json")]
    assert records and all(SECRET not in text for text in everything)


def test_entity_checks_reject_before_any_expansion():
    assert "declares XML entities" in unsafe_or_malformed(billion_laughs())
    entries, problem = parse_feed(billion_laughs(), "http://127.0.0.1/bomb.xml")
    assert entries == [] and problem
    assert unsafe_or_malformed(b'<rss version="2.0"><channel/></rss>') == ""


# --------------------------------------------------------------------------- bad pages


@pytest.fixture
def trouble_site(news_site: Site) -> Site:
    """A feed whose entries point at every kind of bad page, and one good page."""
    site = news_site
    site.routes["/files/report.pdf"] = Route(b"%PDF-1.7 not html", "application/pdf")
    site.routes["/pages/huge"] = Route(b"<html>" + b"x" * 200_000, "text/html")
    site.routes["/pages/huge-stream"] = Route(b"<html>" + b"y" * 200_000, send_length=False)
    site.routes["/pages/bomb"] = Route(gzip_bomb(2_000_000), headers={"Content-Encoding": "gzip"})
    site.routes["/pages/slow"] = Route(article_html("amorim"), delay=1.0)
    site.routes["/pages/no-text"] = Route(b"<html><body><nav>Home</nav></body></html>")
    site.routes["/pages/to-file"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    site.routes["/pages/unknown-type"] = Route(b"\x00\x01binary", content_type="")
    links = [
        "/pages/missing",
        "/files/report.pdf",
        "/pages/huge",
        "/pages/huge-stream",
        "/pages/bomb",
        "/pages/slow",
        "/pages/no-text",
        "/pages/to-file",
        "/pages/unknown-type",
        "ftp://127.0.0.1/pub/story.html",
        "/news/torres",
    ]
    items = [(f"Story {i}", link, "Tue, 19 Nov 2024 09:00:00 GMT") for i, link in enumerate(links)]
    site.routes["/trouble.xml"] = Route(rss_feed(site.base, items), "application/rss+xml")
    return site


def test_bad_pages_are_quarantined_with_the_url_and_the_rest_goes_on(trouble_site, tmp_path, settings):
    records, report = run([feed_source(trouble_site, "/trouble.xml")], tmp_path, settings)
    articles, quarantined = split(records)

    assert [a.source_ref for a in articles] == [trouble_site.url("/news/torres")]
    reasons = {q.source_ref.rsplit("/", 1)[1]: q.reason for q in quarantined}
    expected = {
        "missing": "HTTP 404",
        "report.pdf": "unexpected content type 'application/pdf'",
        "huge": "over the 65536-byte cap",
        "huge-stream": "over the 65536-byte cap",
        "bomb": "over the 65536-byte cap",
        "slow": "timed out",
        "no-text": "no article text found",
        "to-file": "URL scheme 'file' is not allowed",
        "unknown-type": "page is not HTML",
        "story.html": "URL scheme 'ftp' is not allowed",
    }
    assert reasons.keys() == expected.keys()
    for key, fragment in expected.items():
        assert fragment in reasons[key], reasons[key]
    for q in quarantined:
        assert q.source_ref in q.reason
    assert report.http.retries == 1  # the timeout was retried once, the rest were not


def test_a_page_that_timed_out_is_retried_on_the_next_run(news_site, tmp_path, settings):
    news_site.routes["/news/flick"].delay = 1.0
    news_site.routes["/news/flick"].slow_times = 2  # both tries of the first run time out
    source = feed_source(news_site, "/rss.xml")

    first, _ = run([source], tmp_path, settings)
    assert [q.reason for q in split(first)[1]] == [
        f"page not fetched: timed out (ReadTimeout): {news_site.url('/news/flick')}"
        " (will retry on a later run)"
    ]
    second, report = run([source], tmp_path, settings)
    assert report.feeds_not_modified == 1
    assert [a.source_ref for a in second] == [news_site.url("/news/flick")]
    third, _ = run([source], tmp_path, settings)
    assert third == []


def test_feed_level_fetch_failures_are_quarantined(site, tmp_path, settings):
    site.routes["/slow.xml"] = Route(b"<rss/>", "application/rss+xml", delay=1.0)
    site.routes["/big.xml"] = Route(b"<rss>" + b" " * 100_000 + b"</rss>", "application/rss+xml")
    sources = [
        feed_source(site, "/gone.xml", "gone"),
        feed_source(site, "/slow.xml", "slow"),
        feed_source(site, "/big.xml", "big"),
        SourceConfig(name="no-url", kind="feed"),
        SourceConfig(name="file", kind="feed", url="file:///etc/passwd"),
    ]
    records, _ = run(sources, tmp_path, settings)
    reasons = {q.source: q.reason for q in records}

    assert "HTTP 404" in reasons["gone"]
    assert "timed out" in reasons["slow"]
    assert "cap" in reasons["big"]
    assert "no 'url'" in reasons["no-url"]
    assert "scheme 'file' is not allowed" in reasons["file"]


# --------------------------------------------------------------------------- private hosts


def test_a_feed_on_a_private_address_is_refused_unless_the_source_allows_it(news_site, tmp_path, settings):
    default = replace(settings, allow_private_hosts=False)  # the shipped default
    sources = [
        feed_source(news_site, "/rss.xml", "default"),
        feed_source(news_site, "/atom.xml", "opted-in", allow_private_hosts=True),
    ]
    records, report = run(sources, tmp_path, default)
    articles, quarantined = split(records)

    assert [(q.source, q.source_ref, q.reason) for q in quarantined] == [
        (
            "default",
            news_site.url("/rss.xml"),
            "feed not fetched: non-public address refused: host '127.0.0.1' resolves to "
            "loopback address 127.0.0.1 (set allow_private_hosts: true to fetch it): "
            + news_site.url("/rss.xml"),
        )
    ]
    assert news_site.requests_to("/rss.xml") == []  # refused before any request
    assert sorted(a.source_ref for a in articles) == [  # the run went on
        news_site.url("/news/amorim"),
        news_site.url("/news/gilsanz"),
    ]
    assert report.quarantined == 1


def test_a_source_option_of_the_wrong_kind_quarantines_the_source(news_site, tmp_path, settings):
    sources = [
        feed_source(news_site, "/rss.xml", "typo", allow_private_hosts="sometimes"),
        feed_source(news_site, "/atom.xml", "fine"),
    ]
    records, _ = run(sources, tmp_path, settings)
    articles, quarantined = split(records)

    assert [(q.source, q.reason) for q in quarantined] == [
        ("typo", "feed source not read: option 'allow_private_hosts' must be true or false, not 'sometimes'")
    ]
    assert len(articles) == 2 and news_site.requests_to("/rss.xml") == []
