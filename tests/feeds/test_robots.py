"""robots.txt: read once per host and run, obeyed for feeds and pages, against a real server."""

from __future__ import annotations

import json
from dataclasses import replace

import httpx
import pytest
from feed_site import Route, Site, feed_source

from pipeline.records import Article, Quarantined
from pipeline.sources.feeds import FeedReport, fetch_feeds
from pipeline.sources.http_fetch import Fetcher, FetchError, FetchSettings, HostPacer, robots_url


def robots(site: Site, text: str, **route: object) -> None:
    site.routes["/robots.txt"] = Route(text.encode(), "text/plain", **route)


def run(sources, tmp_path, settings, pacer=None) -> tuple[list[Article], list[Quarantined]]:
    records = list(fetch_feeds(sources, tmp_path, settings, report=FeedReport(), pacer=pacer))
    articles = [r for r in records if isinstance(r, Article)]
    return articles, [r for r in records if isinstance(r, Quarantined)]


def pages(articles: list[Article]) -> list[str]:
    return sorted(a.source_ref.rsplit("/", 1)[1] for a in articles)


class RecordedClock:
    """A clock that only moves when the pacer sleeps: the pauses it records are exact, however
    slow the machine running the test."""

    def __init__(self) -> None:
        self.time = 0.0
        self.slept: list[float] = []

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.time += seconds


def test_a_disallowed_page_is_not_fetched_and_is_quarantined(news_site, tmp_path, settings):
    # Every robot may fetch everything, except Touchline (matched on its User-Agent's name).
    robots(news_site, "User-agent: *\nDisallow:\n\nUser-agent: touchline\nDisallow: /news/flick\n")
    source = feed_source(news_site, "/rss.xml")
    articles, quarantined = run([source], tmp_path, settings)

    flick = news_site.url("/news/flick")
    assert news_site.requests_to("/news/flick") == []
    assert pages(articles) == ["alonso", "torres"]
    assert [(q.source_ref, q.reason) for q in quarantined] == [
        (flick, f"page not fetched: disallowed by robots.txt: {flick}")
    ]
    assert json.loads(quarantined[0].record)["title"] == "Barcelona appoint Hansi Flick"

    news_site.routes["/rss.xml"].etag = '"rss-v2"'  # the feed changes, the item is still in it
    assert run([source], tmp_path, settings) == ([], [])  # quarantined once, not every run
    assert news_site.requests_to("/news/flick") == []


def test_a_disallowed_feed_is_quarantined_and_the_run_goes_on(news_site, tmp_path, settings):
    robots(news_site, "User-agent: *\nDisallow: /rss.xml\n")
    sources = [feed_source(news_site, "/rss.xml", "rss"), feed_source(news_site, "/atom.xml", "atom")]
    articles, quarantined = run(sources, tmp_path, settings)

    feed = news_site.url("/rss.xml")
    assert [(q.source, q.reason) for q in quarantined] == [
        ("rss", f"feed not fetched: disallowed by robots.txt: {feed}")
    ]
    assert news_site.requests_to("/rss.xml") == []
    assert pages(articles) == ["amorim", "gilsanz"]


def test_robots_txt_that_allows_changes_nothing(news_site, tmp_path, settings):
    robots(news_site, "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n")
    sources = [feed_source(news_site, "/rss.xml", "rss"), feed_source(news_site, "/atom.xml", "atom")]
    articles, quarantined = run(sources, tmp_path, settings)

    assert quarantined == []
    assert pages(articles) == ["alonso", "amorim", "flick", "gilsanz", "torres"]


@pytest.mark.parametrize("status", [404, 401, 410])
def test_robots_txt_missing_or_4xx_allows_everything_and_is_fetched_once_per_run(
    news_site, tmp_path, settings, status
):
    if status != 404:
        robots(news_site, "User-agent: *\nDisallow: /\n", status=status)
    sources = [feed_source(news_site, "/rss.xml", "rss"), feed_source(news_site, "/atom.xml", "atom")]
    articles, quarantined = run(sources, tmp_path, settings)

    assert quarantined == [] and len(articles) == 5
    # Two sources, two feeds, five pages on one host: robots.txt was asked for once.
    assert [code for _, code in news_site.requests_to("/robots.txt")] == [status]
    run(sources, tmp_path, settings)
    assert len(news_site.requests_to("/robots.txt")) == 2  # and once more by the next run


@pytest.mark.parametrize(
    ("route", "problem"),
    [(Route(status=503), "HTTP 503"), (Route(b"User-agent: *", delay=1.0), "timed out")],
    ids=["5xx", "timeout"],
)
def test_robots_txt_unreachable_skips_the_host_for_this_run(news_site, tmp_path, settings, route, problem):
    news_site.routes["/robots.txt"] = route
    sources = [feed_source(news_site, "/rss.xml", "rss"), feed_source(news_site, "/atom.xml", "atom")]
    articles, quarantined = run(sources, tmp_path, settings)

    assert articles == []
    for q, feed in zip(quarantined, ["/rss.xml", "/atom.xml"], strict=True):
        assert q.reason.startswith(f"feed not fetched: robots.txt unavailable ({problem}")
        assert q.reason.endswith(f"host skipped for this run: {news_site.url(feed)}")
    assert route.hits == 2  # one try and one retry, once in the run
    assert {path for path, _, _ in news_site.log} <= {"/robots.txt"}  # nothing else asked for

    del news_site.routes["/robots.txt"]  # the next run finds no robots.txt: all allowed
    articles, quarantined = run(sources, tmp_path, settings)
    assert len(articles) == 5 and quarantined == []


@pytest.mark.parametrize(
    ("rules", "host_delay", "pause"),
    [
        ("Crawl-delay: 2", 0.0, 2.0),  # longer than the configured delay: honoured
        ("Crawl-delay: 2", 5.0, 5.0),  # shorter: the configured delay stands
        ("Crawl-delay: 3600", 0.0, 60.0),  # capped at max_crawl_delay
        ("Disallow: /private/", 0.5, 0.5),  # none
    ],
)
def test_crawl_delay_spaces_out_requests_to_the_host(news_site, tmp_path, settings, rules, host_delay, pause):
    robots(news_site, f"User-agent: *\n{rules}\n")
    clock = RecordedClock()
    source = feed_source(news_site, "/rss.xml")
    run(
        [source],
        tmp_path,
        replace(settings, host_delay=host_delay),
        HostPacer(sleep=clock.sleep, clock=clock.now),
    )

    assert len(news_site.log) == 5  # robots.txt, the feed and its three pages
    assert clock.slept == [pause] * 4  # a pause before every request but the first


def test_respect_robots_false_skips_robots_txt_for_that_source(news_site, tmp_path, settings):
    robots(news_site, "User-agent: *\nDisallow: /\nCrawl-delay: 30\n")
    sources = [
        feed_source(news_site, "/rss.xml", "rss", respect_robots=False),
        feed_source(news_site, "/atom.xml", "atom"),  # still obeys
    ]
    slept: list[float] = []
    articles, quarantined = run(sources, tmp_path, settings, HostPacer(sleep=slept.append))

    assert pages(articles) == ["alonso", "flick", "torres"]
    assert [q.source for q in quarantined] == ["atom"]
    assert "disallowed by robots.txt" in quarantined[0].reason
    assert slept == []  # the rss source's requests ignored the Crawl-delay


def test_a_redirect_into_a_disallowed_path_is_refused(site: Site, settings: FetchSettings):
    robots(site, "User-agent: *\nDisallow: /members/\n")
    site.routes["/story"] = Route(status=301, headers={"Location": "/members/story"})
    with httpx.Client(trust_env=False) as client, pytest.raises(FetchError) as refused:
        Fetcher(client, settings).get(site.url("/story"))

    assert refused.value.reason == (
        f"redirect to {site.url('/members/story')} refused (disallowed by robots.txt): {site.url('/story')}"
    )
    assert site.requests_to("/members/story") == []


def test_robots_url_is_per_scheme_host_and_port():
    assert robots_url("https://u:p@News.Example.com:8443/a/b?c#d") == (
        "https://news.example.com:8443/robots.txt"
    )
