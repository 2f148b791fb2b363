"""The bounded fetcher and the feed parser's edge cases, against a real server on 127.0.0.1."""

from __future__ import annotations

import time
from dataclasses import replace

import httpx
import pytest
from feed_site import Route, Site

from pipeline.sources import http_fetch
from pipeline.sources.feeds import parse_feed, unsafe_or_malformed
from pipeline.sources.http_fetch import (
    Fetcher,
    FetchError,
    FetchSettings,
    check_public_host,
    decode_body,
    non_public_kind,
    normalize_url,
)


@pytest.fixture
def fetcher(settings: FetchSettings):
    with httpx.Client(trust_env=False) as client:
        yield Fetcher(client, settings)


def test_5xx_is_retried_with_backoff_then_succeeds(site: Site, fetcher: Fetcher):
    site.routes["/busy"] = Route(b"<html>ok</html>", fail_times=1)
    assert fetcher.get(site.url("/busy")).body == b"<html>ok</html>"
    assert fetcher.stats.retries == 1
    assert [status for _, status in site.requests_to("/busy")] == [503, 200]


def test_retries_are_bounded(site: Site, fetcher: Fetcher):
    site.routes["/down"] = Route(b"<html>ok</html>", fail_times=10)
    with pytest.raises(FetchError, match="HTTP 503") as failed:
        fetcher.get(site.url("/down"))
    assert failed.value.transient and fetcher.stats.retries == 1
    assert len(site.requests_to("/down")) == 2  # one try, one retry


def test_redirects_are_followed_and_each_hop_checked(site: Site, fetcher: Fetcher):
    site.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    site.routes["/new"] = Route(b"<html>moved</html>")
    site.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})

    assert fetcher.get(site.url("/old")).url == site.url("/new")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(site.url("/loop"))


def test_conditional_request_answered_304(site: Site, fetcher: Fetcher):
    site.routes["/feed"] = Route(b"<rss/>", etag='"v1"')
    result = fetcher.get(site.url("/feed"), {"If-None-Match": '"v1"'})
    assert result.not_modified and result.body == b""


def test_requests_to_one_host_are_spaced_out(site: Site, settings: FetchSettings):
    site.routes["/a"] = Route(b"<html>a</html>")
    with httpx.Client(trust_env=False) as client:
        polite = Fetcher(client, FetchSettings(**{**settings.__dict__, "host_delay": 0.1}))
        started = time.monotonic()
        for _ in range(3):
            polite.get(site.url("/a"))
    assert time.monotonic() - started >= 0.2


def test_non_http_schemes_are_refused_before_any_request(fetcher: Fetcher):
    for url in ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/", "/relative"]:
        with pytest.raises(FetchError, match="is not allowed"):
            fetcher.get(url)
    assert fetcher.stats.requests == 0


def test_settings_from_source_options():
    settings = FetchSettings().with_options({"timeout": "2.5", "max_bytes": 1000, "urls": []})
    assert settings.timeout == 2.5 and settings.max_bytes == 1000
    assert settings.allowed_schemes == frozenset({"http", "https"})


def test_normalize_url_drops_tracking_fragment_and_default_port():
    assert (
        normalize_url("HTTPS://News.Example.com:443/a/b?id=7&utm_source=rss#top")
        == "https://news.example.com/a/b?id=7"
    )


def test_decode_body_uses_header_then_meta_charset():
    latin = "Atlético".encode("latin-1")
    assert decode_body(latin, "text/html; charset=iso-8859-1") == "Atlético"
    page = b'<html><head><meta charset="iso-8859-1"></head>' + latin
    assert "Atlético" in decode_body(page, "text/html")


def test_undeclared_html_entities_are_tolerated_but_declarations_are_not():
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
        b"<title>Gilsanz&nbsp;takes over at Depor&eacute;</title>"
        b"<link>http://127.0.0.1/a</link></item></channel></rss>"
    )
    entries, problem = parse_feed(feed, "http://127.0.0.1/feed.xml")
    assert problem == "" and entries[0].title == "Gilsanz\xa0takes over at Deporé"

    declared = feed.replace(b"<rss", b'<!DOCTYPE rss [<!ENTITY x "y">]><rss', 1)
    assert "declares XML entities" in unsafe_or_malformed(declared)
    utf16 = declared.decode().replace('"1.0"?>', '"1.0" encoding="utf-16"?>').encode("utf-16")
    assert unsafe_or_malformed(utf16)  # still refused, whatever the encoding


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6
        ("10.0.0.7", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata service
        ("fe80::1%eth0", "link-local"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-global"),  # carrier-grade NAT
        ("93.184.215.14", ""),
        ("2606:4700:4700::1111", ""),
    ],
)
def test_non_public_addresses_are_recognised(address: str, kind: str):
    assert non_public_kind(address) == kind


def test_private_hosts_are_refused_before_any_request(site: Site, settings: FetchSettings):
    site.routes["/a"] = Route(b"<html>a</html>")
    with httpx.Client(trust_env=False) as client:
        fetcher = Fetcher(client, replace(settings, allow_private_hosts=False))
        for url in [site.url("/a"), "http://localhost/", "http://[::1]/", "http://10.1.2.3/"]:
            with pytest.raises(FetchError, match="non-public address refused") as refused:
                fetcher.get(url)
            assert refused.value.reason.endswith(url) and not refused.value.transient
    assert fetcher.stats.requests == 0 and site.log == []
    check_public_host("http://93.184.215.14/news")  # a public IP literal passes (no DNS)


def test_a_redirect_to_a_private_host_is_refused(site: Site, settings: FetchSettings, monkeypatch):
    # Let 127.0.0.1 pass for a public address, so only the redirect's target is private.
    resolve = http_fetch.host_addresses
    monkeypatch.setattr(
        http_fetch,
        "host_addresses",
        lambda host: ["93.184.215.14"] if host == "127.0.0.1" else resolve(host),
    )
    port = site.base.rsplit(":", 1)[1]
    site.routes["/hop"] = Route(status=302, headers={"Location": f"http://localhost:{port}/inside"})
    site.routes["/inside"] = Route(b"<html>intranet</html>")
    with httpx.Client(trust_env=False) as client:
        fetcher = Fetcher(client, replace(settings, allow_private_hosts=False))
        with pytest.raises(FetchError) as refused:
            fetcher.get(site.url("/hop"))

    assert refused.value.url == site.url("/hop")
    assert refused.value.problem.startswith(
        f"redirect to http://localhost:{port}/inside refused (non-public address refused: "
        "host 'localhost' resolves to loopback address"
    )
    assert len(site.requests_to("/hop")) == 1
    assert site.requests_to("/inside") == []  # the target was never requested
