"""A small news site for the feed tests: articles, feeds, hostile payloads, an HTTP server.

Routes are plain data so a test can add or change them. Nothing here touches the internet.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pipeline.config import SourceConfig

# Boilerplate around every article; none of it may reach an Article's text.
BOILERPLATE = (
    "We use cookies to improve your experience",
    "Accept all cookies",
    "Transfer centre",
    "Ten goalkeepers who changed the game",
    "Subscribe to our newsletter",
    "All rights reserved",
)

ARTICLES = {
    "alonso": (
        "Real Madrid name Xabi Alonso head coach",
        "Real Madrid have named Xabi Alonso as their new head coach, handing the former "
        "midfielder a contract that runs until June 2028.",
        "Alonso arrives from Bayer Leverkusen, where his side won the Bundesliga without losing "
        "a single league match in the 2023-24 season.",
        "He succeeds Carlo Ancelotti, who leaves the Bernabéu to take charge of the Brazil "
        "national team, and starts work before the Club World Cup in the United States.",
    ),
    "flick": (
        "Barcelona appoint Hansi Flick",
        "Barcelona confirmed Hansi Flick as their head coach on 29 May 2024, days after "
        "president Joan Laporta dismissed Xavi Hernández.",
        "Xavi had said in January that he would leave at the end of the season, changed his "
        "mind in April, and was then relieved of his duties before the final league game.",
        "Flick, who won the treble with Bayern Munich in 2020 and later coached Germany, "
        "signed a two-year deal running until June 2026.",
    ),
    "torres": (
        "Fernando Torres steps up to Atlético Madrid B",
        "Fernando Torres will coach Atlético Madrid B, the club's reserve team, from the "
        "2024-25 season onwards.",
        "The former striker spent the previous seasons in charge of Atlético's under-19 side, "
        "his first coaching job at the club where he began his playing career.",
        "Torres takes over from Luis García Tevenet, who had led the reserve team in the "
        "third tier of Spanish football.",
    ),
    "amorim": (
        "Manchester United turn to Ruben Amorim",
        "Manchester United appointed Ruben Amorim as head coach on 1 November 2024, only days "
        "after dismissing Erik ten Hag.",
        "Ruud van Nistelrooy looked after the team as interim coach while United agreed the "
        "release clause in Amorim's contract with Sporting CP.",
        "Amorim, who won two Portuguese league titles with Sporting, began work at Carrington "
        "after the November international break.",
    ),
    "gilsanz": (
        "Deportivo sack Idiakez and promote Gilsanz",
        "Deportivo de La Coruña dismissed head coach Imanol Idiakez in November 2024 after a "
        "difficult start to the Segunda División season.",
        "The club handed the first team to Óscar Gilsanz, who had been coaching Fabril, "
        "Deportivo's reserve side, and knows the academy players well.",
        "Gilsanz is a familiar name in Galician football after many years on the touchlines "
        "of the region's lower divisions.",
    ),
}

SECRET = "TOUCHLINE-SECRET-d41d8cd98f00b204"  # only in a local file that an XXE feed points at


def article_html(key: str, canonical: str | None = None) -> bytes:
    title, *paragraphs = ARTICLES[key]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Touchline Test Media</title>
{link}</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
 <button>Accept all cookies</button> <a href="/privacy">Manage preferences</a></div>
<header><nav class="main-nav"><ul><li><a href="/">Home</a></li>
<li><a href="/fixtures">Fixtures and results</a></li>
<li><a href="/transfers">Transfer centre</a></li></ul></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Touchline staff</p>
{body}
</article>
<aside class="sidebar"><h2>Most read</h2><ul>
<li><a href="/lists/keepers">Ten goalkeepers who changed the game</a></li>
<li><a href="/lists/derbies">The fiercest derbies in Europe</a></li></ul></aside></main>
<footer><p>Subscribe to our newsletter for daily updates.</p>
<p>© 2024 Touchline Test Media. All rights reserved.</p></footer>
</body></html>""".encode()


def rss_feed(base: str, items: list[tuple[str, str, str]]) -> bytes:
    """RSS 2.0 with (title, link, pubDate) items."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link if '://' in link else base + link}</link>"
        f"<pubDate>{d}</pubDate><description>{t}</description></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test football news</title><link>{base}/</link><description>Coaching news"
        f"</description>{entries}</channel></rss>"
    ).encode()


def atom_feed(base: str, entries: list[tuple[str, str, str]]) -> bytes:
    """Atom 1.0 with (title, href, updated) entries; an href may be relative."""
    body = "".join(
        f'<entry><title>{t}</title><link rel="alternate" href="{href}"/>'
        f"<id>tag:test,{href}</id><updated>{d}</updated></entry>"
        for t, href, d in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f'xml:base="{base}/"><title>Test coaching wire</title><id>tag:test,wire</id>'
        f"<updated>2024-11-19T09:00:00Z</updated>{body}</feed>"
    ).encode()


def billion_laughs() -> bytes:
    lol = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?><!DOCTYPE rss [' + "".join(lol) + "]>"
        '<rss version="2.0"><channel><title>&lol9;</title>'
        "<item><title>&lol9;</title><link>http://example.invalid/a</link></item>"
        "</channel></rss>"
    ).encode()


def xxe_feed(secret_file: Path) -> bytes:
    return (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "'
        + secret_file.as_uri()
        + '">]><rss version="2.0"><channel><title>&xxe;</title>'
        "<item><title>&xxe;</title><description>&xxe;</description>"
        "<link>http://example.invalid/xxe</link></item></channel></rss>"
    ).encode()


def xxe_http_feed(url: str) -> bytes:
    """An external entity that would make the parser request `url` (SSRF)."""
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ping SYSTEM "{url}">]>'
        '<rss version="2.0"><channel><title>&ping;</title></channel></rss>'
    ).encode()


def xxe_parameter_feed(secret_file: Path) -> bytes:
    return (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % leak SYSTEM "'
        + secret_file.as_uri()
        + '"> %leak;]><rss version="2.0"><channel><title>x</title></channel></rss>'
    ).encode()


def external_dtd_feed(secret_file: Path) -> bytes:
    """No entity declared inline, but an external DTD subset pointing at the secret."""
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{secret_file.as_uri()}">'
        '<rss version="2.0"><channel><title>DTD feed</title></channel></rss>'
    ).encode()


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds to sleep before answering
    slow_times: int | None = None  # only the first N requests are delayed (None: all)
    fail_times: int = 0  # the first N requests get a 503 with Retry-After: 0
    send_length: bool = True  # False: no Content-Length, the body ends when the socket closes
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0


@dataclass
class Site:
    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    # (path, request headers, status) of every request
    log: list[tuple[str, dict[str, str], int]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def requests_to(self, path: str) -> list[tuple[dict[str, str], int]]:
        return [(h, status) for p, h, status in self.log if p == path]


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:
        route = self.site.routes.get(self.path.split("?", 1)[0])  # like most sites: query ignored
        with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts)
            self._answer(route)

    def _answer(self, route: Route | None) -> None:
        if route is None:
            self._send(404, b"<html><body>Not found</body></html>", "text/html")
            return
        route.hits += 1
        if route.delay and (route.slow_times is None or route.hits <= route.slow_times):
            time.sleep(route.delay)
        if route.hits <= route.fail_times:
            self._send(503, b"busy", "text/plain", Route(headers={"Retry-After": "0"}))
        elif _not_modified(route, self._request_headers()):
            self._send(304, b"", "", Route(send_length=False))
        else:
            self._send(route.status, route.body, route.content_type, route)

    def _request_headers(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.headers.items()}

    def _send(self, status: int, body: bytes, ctype: str, route: Route | None = None) -> None:
        # Logged before answering, so a test that got the answer also sees the log entry.
        self.site.log.append((self.path, self._request_headers(), status))
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if route is None or route.send_length:
            self.send_header("Content-Length", str(len(body)))
        if route is not None:
            for name, value in [("ETag", route.etag), ("Last-Modified", route.last_modified)]:
                if value:
                    self.send_header(name, value)
            for name, value in route.headers.items():
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


def _not_modified(route: Route, headers: dict[str, str]) -> bool:
    if route.etag and headers.get("if-none-match") == route.etag:
        return True
    return bool(route.last_modified) and headers.get("if-modified-since") == route.last_modified


LAST_MODIFIED = formatdate(1731999600, usegmt=True)  # 2024-11-19 07:00 GMT


def feed_source(site: Site, path: str, name: str = "test-news", **options: object) -> SourceConfig:
    return SourceConfig(name=name, kind="feed", url=site.url(path), options=dict(options))


def gzip_bomb(size: int) -> bytes:
    return gzip.compress(b"<html>" + b" " * size, compresslevel=9)


@contextmanager
def serve() -> Iterator[Site]:
    """A `Site` served by a `ThreadingHTTPServer` on a free port of 127.0.0.1."""
    site = Site()
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True  # a handler still sleeping must not hold up the shutdown
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
