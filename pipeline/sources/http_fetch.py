"""Polite, bounded HTTP GETs for the network sources.

Every request has a timeout and a size cap, only http(s) URLs are fetched (redirects are
followed by hand so each hop is checked), transient failures are retried with exponential
backoff, and requests to one host are spaced out (by `host_delay`, or the host's robots.txt
`Crawl-delay` when longer). Each host's robots.txt is read once per run and obeyed (see
`RobotsRules`) unless `respect_robots` is off. Hosts that resolve to a loopback, private,
link-local, multicast or reserved address are refused (an SSRF guard: a feed must not make
us fetch the metadata service or an intranet page) unless `allow_private_hosts` is set.
Failures raise `FetchError` with a reason that names the URL, for the caller to quarantine.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

USER_AGENT = "Touchline/0.1 (+https://github.com/touchline)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid)$", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 10.0  # seconds per connect/read, and for a whole response body
    max_bytes: int = 5 * 1024 * 1024  # decoded body size cap (also caps gzip bombs)
    retries: int = 2  # extra attempts after a timeout, transport error, 5xx or 429
    backoff: float = 1.0  # first retry waits this long, then doubles
    max_backoff: float = 30.0  # cap on any wait, including a server's Retry-After
    host_delay: float = 1.0  # minimum seconds between two requests to the same host
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    allowed_schemes: frozenset[str] = frozenset({"http", "https"})
    trust_env: bool = True  # honour HTTP(S)_PROXY / NO_PROXY from the environment
    allow_private_hosts: bool = False  # fetch hosts on loopback/private/link-local addresses
    respect_robots: bool = True  # obey each host's /robots.txt, Crawl-delay included
    max_crawl_delay: float = 60.0  # cap on a robots.txt Crawl-delay (a huge one would stall)

    def with_options(self, options: Mapping[str, Any]) -> FetchSettings:
        """These settings overridden by the matching keys of a source's `options`
        (`allowed_schemes` excepted); raises ValueError for a value of the wrong kind."""
        changes = {
            f.name: _option(f.name, getattr(self, f.name), options[f.name])
            for f in fields(self)
            if f.name in options and f.name != "allowed_schemes"
        }
        return replace(self, **changes)


_BOOLEANS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


def _option(name: str, current: Any, value: Any) -> Any:
    if not isinstance(current, bool):
        return type(current)(value)
    if isinstance(value, bool):
        return value
    if str(value).strip().lower() in _BOOLEANS:
        return _BOOLEANS[str(value).strip().lower()]
    raise ValueError(f"option {name!r} must be true or false, not {value!r}")


class FetchError(Exception):
    """A URL could not be fetched; `reason` says why and names the URL."""

    def __init__(
        self, url: str, reason: str, *, transient: bool = False, retry_after: float = 0.0, status: int = 0
    ) -> None:
        super().__init__(f"{reason}: {url}")
        self.url = url
        self.problem = reason  # without the URL
        self.reason = f"{reason}: {url}"
        self.transient = transient  # worth trying again (a timeout, 5xx, 429, network error)
        self.retry_after = retry_after  # seconds the server asked us to wait
        self.status = status  # the HTTP status, when the server answered with an error


@dataclass(frozen=True)
class FetchResult:
    url: str  # final URL, after redirects
    status: int  # 200, or 304 when the conditional request matched
    headers: httpx.Headers
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return media_type(self.headers.get("content-type", ""))


@dataclass
class FetchStats:
    requests: int = 0
    retries: int = 0
    not_modified: int = 0
    bytes_received: int = 0


@dataclass
class Fetcher:
    """GETs through one httpx client, with the safety rules of `settings`."""

    client: httpx.Client
    settings: FetchSettings = field(default_factory=FetchSettings)
    stats: FetchStats = field(default_factory=FetchStats)
    pacer: HostPacer = field(default_factory=lambda: HostPacer())
    robots: RobotsRules = field(default_factory=lambda: RobotsRules())

    def get(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        accept_types: frozenset[str] | None = None,
        *,
        robots: bool = True,
    ) -> FetchResult:
        """GET `url` (following redirects); raise `FetchError` on any failure.

        `accept_types` rejects a 200 response of another media type before its body is read;
        `robots=False` skips the robots.txt check (for fetching robots.txt itself).
        """
        start = url
        for _hop in range(self.settings.max_redirects + 1):
            try:
                self._check(url, robots)
            except FetchError as exc:
                if url == start:
                    raise
                reason = f"redirect to {url} refused ({exc.problem})"
                raise FetchError(start, reason, transient=exc.transient) from exc
            result = self._get_with_retries(url, headers or {}, accept_types)
            if result.status not in REDIRECT_STATUSES:
                return result
            location = result.headers.get("location")
            if not location:
                raise FetchError(url, f"HTTP {result.status} redirect without a Location")
            url = urljoin(url, location)
        raise FetchError(start, f"more than {self.settings.max_redirects} redirects")

    def _check(self, url: str, robots: bool) -> None:
        """Raise `FetchError` unless `url` may be requested at all."""
        check_scheme(url, self.settings.allowed_schemes)
        if not self.settings.allow_private_hosts:
            check_public_host(url)
        if robots and self.settings.respect_robots:
            self.robots.check(url, self)

    def _host_delay(self, url: str) -> float:
        delay = self.settings.host_delay
        if self.settings.respect_robots:
            crawl_delay = self.robots.crawl_delay(url, self.settings.user_agent)
            delay = max(delay, min(crawl_delay, self.settings.max_crawl_delay))
        return delay

    def _get_with_retries(
        self, url: str, headers: Mapping[str, str], accept_types: frozenset[str] | None
    ) -> FetchResult:
        attempt = 0
        while True:
            try:
                return self._get_once(url, headers, accept_types)
            except FetchError as exc:
                if not exc.transient or attempt >= self.settings.retries:
                    raise
                wait = min(self.settings.backoff * 2**attempt, self.settings.max_backoff)
                time.sleep(max(wait, exc.retry_after))
                attempt += 1
                self.stats.retries += 1

    def _get_once(
        self, url: str, headers: Mapping[str, str], accept_types: frozenset[str] | None
    ) -> FetchResult:
        self.pacer.wait(url, self._host_delay(url))
        self.stats.requests += 1
        request_headers = {"User-Agent": self.settings.user_agent, **headers}
        try:
            with self.client.stream(
                "GET",
                url,
                headers=request_headers,
                timeout=self.settings.timeout,
                follow_redirects=False,  # each hop goes through check_scheme
            ) as response:
                return self._read(url, response, accept_types)
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out ({type(exc).__name__})", transient=True) from exc
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(url, "unsupported URL scheme") from exc
        except (httpx.InvalidURL, ValueError) as exc:
            raise FetchError(url, f"invalid URL ({exc})") from exc
        except httpx.TransportError as exc:
            reason = f"network error ({type(exc).__name__}: {exc})"
            raise FetchError(url, reason, transient=True) from exc

    def _read(self, url: str, response: httpx.Response, accept_types: frozenset[str] | None) -> FetchResult:
        status = response.status_code
        if status in REDIRECT_STATUSES or status == 304:
            return FetchResult(url, status, response.headers)
        if status in RETRY_STATUSES:
            wait = min(_retry_after(response), self.settings.max_backoff)
            raise FetchError(url, f"HTTP {status}", transient=True, retry_after=wait, status=status)
        if status != 200:
            raise FetchError(url, f"HTTP {status}", status=status)
        kind = media_type(response.headers.get("content-type", ""))
        if accept_types is not None and kind and kind not in accept_types:
            raise FetchError(url, f"unexpected content type {kind!r}")
        body = self._read_capped(url, response)
        return FetchResult(url, status, response.headers, body)

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        cap = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(url, f"response of {declared} bytes is over the {cap}-byte cap")
        # A server trickling bytes could dodge the per-read timeout, so bound the whole body.
        deadline = time.monotonic() + self.settings.timeout
        chunks, size = [], 0
        for chunk in response.iter_bytes():  # decoded bytes: a gzip bomb hits the cap too
            size += len(chunk)
            self.stats.bytes_received += len(chunk)
            if size > cap:
                raise FetchError(url, f"response is over the {cap}-byte cap")
            if time.monotonic() > deadline:
                raise FetchError(url, "timed out reading the body", transient=True)
            chunks.append(chunk)
        return b"".join(chunks)


@dataclass
class HostPacer:
    """Spaces out the requests to each host; share one between the fetchers of a run."""

    last_request: dict[str, float] = field(default_factory=dict)
    sleep: Callable[[float], None] = time.sleep  # a test may record the pauses instead
    clock: Callable[[], float] = time.monotonic  # …and keep the time, so a slow machine can't skew them

    def wait(self, url: str, delay: float) -> None:
        host = urlsplit(url).netloc.lower()
        last = self.last_request.get(host)
        if last is not None:
            pause = delay - (self.clock() - last)
            if pause > 0:
                self.sleep(pause)
        self.last_request[host] = self.clock()


@dataclass
class RobotsRules:
    """Each host's robots.txt, fetched once per run; share one between the fetchers of a run.

    Read with `urllib.robotparser` for the fetcher's User-Agent, following RFC 9309 on what a
    failed fetch means: an HTTP 4xx (no robots.txt) allows everything, 401 and 403 included
    (unlike `RobotFileParser.read`); a 5xx, a 429, a network failure, or anything else that
    keeps us from reading the file (over the size cap, a refused redirect) disallows the
    whole host for this run, since the site may be down or overloaded and its rules unknown.
    Such pages fail as transient, so the feed reader tries them again on a later run.
    """

    by_url: dict[str, RobotFileParser | FetchError] = field(default_factory=dict)

    def check(self, url: str, fetcher: Fetcher) -> None:
        """Raise `FetchError` if the robots.txt of `url`'s host does not let us fetch it."""
        rules = self._rules(robots_url(url), fetcher)
        if isinstance(rules, FetchError):
            problem = f"robots.txt unavailable ({rules.problem}), host skipped for this run"
            raise FetchError(url, problem, transient=True)
        if not rules.can_fetch(fetcher.settings.user_agent, url):
            raise FetchError(url, "disallowed by robots.txt")

    def crawl_delay(self, url: str, user_agent: str) -> float:
        """The host's Crawl-delay for `user_agent`, 0 if none (or robots.txt not read yet)."""
        rules = self.by_url.get(robots_url(url))
        if isinstance(rules, RobotFileParser):
            return float(rules.crawl_delay(user_agent) or 0)
        return 0.0

    def _rules(self, url: str, fetcher: Fetcher) -> RobotFileParser | FetchError:
        if url not in self.by_url:
            self.by_url[url] = _read_robots(url, fetcher)
        return self.by_url[url]


def _read_robots(url: str, fetcher: Fetcher) -> RobotFileParser | FetchError:
    rules = RobotFileParser(url)
    try:
        result = fetcher.get(url, robots=False)
    except FetchError as exc:
        if exc.transient or not 400 <= exc.status < 500:
            return exc
        rules.allow_all = True
        return rules
    rules.parse(result.body.decode("utf-8", errors="replace").splitlines())
    return rules


def robots_url(url: str) -> str:
    """'https://News.example.com:8443/a/b?c' → 'https://news.example.com:8443/robots.txt'."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2].lower()  # without any user:password@
    return urlunsplit((parts.scheme.lower(), netloc, "/robots.txt", "", ""))


def make_client(settings: FetchSettings) -> httpx.Client:
    return httpx.Client(
        headers={"User-Agent": settings.user_agent},
        timeout=settings.timeout,
        follow_redirects=False,
        trust_env=settings.trust_env,
    )


def check_scheme(url: str, allowed: frozenset[str]) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in allowed:
        raise FetchError(url, f"URL scheme {scheme or '(none)'!r} is not allowed")
    if not urlsplit(url).hostname:
        raise FetchError(url, "URL has no host")


def check_public_host(url: str) -> None:
    """Refuse `url` if its host resolves to any non-public address (every address is checked:
    one private answer among public ones is enough to refuse).

    The check is on the URL's host, before the request; a proxy from the environment still
    gets only URLs that passed it. (The connection resolves the name again, so a DNS answer
    that changes in between is not caught; the guard is against links to internal hosts.)
    """
    host = urlsplit(url).hostname or ""
    try:
        addresses = host_addresses(host)
    except (OSError, UnicodeError) as exc:  # socket.gaierror, or a name IDNA cannot encode
        raise FetchError(url, f"host {host!r} not resolved ({exc})", transient=True) from exc
    for address in addresses:
        kind = non_public_kind(address)
        if kind:
            raise FetchError(
                url,
                f"non-public address refused: host {host!r} resolves to {kind} address {address} "
                "(set allow_private_hosts: true to fetch it)",
            )


def host_addresses(host: str) -> list[str]:
    """Every address `host` resolves to (an IP literal resolves to itself)."""
    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def non_public_kind(address: str) -> str:
    """'loopback', 'private', … for an address that is not on the public internet, else ''."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # without an IPv6 zone ('fe80::1%eth0')
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped  # '::ffff:127.0.0.1' is 127.0.0.1
    for kind in ("unspecified", "loopback", "link_local", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return "" if ip.is_global else "non-global"  # e.g. 100.64.0.0/10, carrier-grade NAT


def media_type(content_type: str) -> str:
    """'text/html; charset=utf-8' → 'text/html'."""
    return content_type.split(";", 1)[0].strip().lower()


def normalize_url(url: str) -> str:
    """A comparable form of a URL: lowercase scheme and host, no default port, fragment or
    tracking parameters."""
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    default_port = {"http": 80, "https": 443}.get(scheme)
    netloc = host if parts.port in (None, default_port) else f"{host}:{parts.port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def decode_body(body: bytes, content_type: str) -> str:
    """Text of an HTML body: the charset of the header, else of a <meta> tag, else UTF-8."""
    charsets = [_header_charset(content_type)]
    meta = _META_CHARSET.search(body[:4096])
    charsets.append(meta.group(1).decode("ascii", "ignore") if meta else None)
    for charset in filter(None, charsets):
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def _header_charset(content_type: str) -> str | None:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def _retry_after(response: httpx.Response) -> float:
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else 0.0
