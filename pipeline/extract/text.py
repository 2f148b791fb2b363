"""Sentence spans of an article with boilerplate left out, as offsets into the original text.

Offsets always point into `article.text` unchanged, so evidence can be cut back out of it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.ids import fold

MAX_TEXT_CHARS = 100_000  # news articles are a few KB; a 10 MB "article" is junk past this
MAX_SENTENCE_CHARS = 1_000  # longer "sentences" are unpunctuated dumps: cut them

# Lines that are page furniture, not article prose.
_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:advertisement|advert|sponsored|read\ more|related\b.*|see\ also:?|more
        |share\b.*|copyright\b.*|©.*|all\ rights\ reserved.*
        |click\ here\b.*|sign\ up\b.*|subscribe\b.*|follow\ us\b.*|getty\ images.*
        |(?:photo|picture|image|video|caption|listen|watch)s?:.*|\*+|相关文章.*
        |this\ website\ is\ not\ intended.*|you\ may\ also\ like.*|recommended.*)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A byline or a time stamp on a line of its own ("By Jane Doe | Updated 14:02 BST", "By Ana Ruiz and
# Tom Berg, Chief Football Writer", "Published: 4 March 2024, 14:32"): page furniture, no one in the story.
# (A sentence opening "By Christmas, …" ends on a stop; a byline does not.)
_NAME_WORD = r"(?:[A-Z][\w.'’\-]*|de|da|di|do|dos|del|van|von|der|le|la|al|el|bin)"
_PAGE_STAMP_LINE = re.compile(
    r"^\s*(?:(?:By|BY)\s+" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,4}"
    r"(?:\s*(?:,|and|&)\s+[A-Z][\w.'’\-]*(?:\s+" + _NAME_WORD + r"){0,4})?"
    r"(?:\s*[|•·,:–—-]\s*[^\n]{0,80})?"
    # a stamp: a few words holding a date or a time
    r"|(?i:(?:first\s+)?published|posted|(?:last\s+)?updated)(?:\s+on)?\s*:?\s*(?=[^\n]*\d)"
    # (its words split at spaces only: "(?:[…]+\s*){1,6}" tried every split of a long word, exponentially)
    r"[\w,:./|()+\-]+(?:\s+[\w,:./|()+\-]+){0,5})(?<![.!?])\s*$"
)
# A link to another story ("Read more: X leaves Chelsea", "Also read: …"): kept as a sentence, since
# it names the article's subjects, but it states nothing itself (see `is_link_line`).
_LINK_LINE = re.compile(
    r"^\s*(?:read\s+more|also\s+read|read\s+also|further\s+reading|related|see\s+also|more|watch|"
    r"more\s+on\s+this(?:\s+story)?)\s*[:|>»]",
    re.IGNORECASE,
)


# A wire dateline opening the story: "SAITAMA, Japan (Kyodo) --", "LISBON, Dec 29 (Reuters) -",
# "TOKYO, Dec 28 Kyodo -", "TURIN, 27 OCT -", "PALERMO -", "(Reuters) -". Its place and agency are no
# people or clubs.
_AGENCY = (
    r"AP|Reuters|AFP|Xinhua|Kyodo(?:\s+News)?|Yonhap|EFE|ANSA|PA|dpa|SID|Bernama|IANS|PTI|UPI|TASS|AAP|"
    r"NAN|KUNA|APS|Anadolu|Sputnik|CP|ANI|Associated\s+Press|Press\s+Association|Agence\s+France-Presse"
)
# The bracket of a title-case dateline names a news agency: a known one (any case: "(dpa)", "(Xinhua)"), an
# agency's acronym in capitals ("(ELTA)", "(APA-OTS)"), or a service named as one ("(Nikkan Sports)",
# "(Iberian Sports Wire)"), several joined by "/" ("(dpa/xinhua)"). Other bracket words are an outlet's
# own labels ("(Photo)", "(Video)", "(updated)", "(Monday)"): a club's headline may open on those.
# (The named agencies beyond `_AGENCY` are national wire services, general knowledge: Switzerland's
# Keystone-SDA, Belgium's Belga, Portugal's Lusa, Denmark's Ritzau, Romania's Agerpres, Croatia's HINA, the
# Czech ČTK, Serbia's Tanjug, Indonesia's Antara, Peru's Andina, Mexico's Notimex, Argentina's Télam.)
_EDITORIAL_LABEL = (
    r"(?:UPDATED?|PHOTOS?|VIDEOS?|AUDIO|LIVE|WATCH|GALLERY|EXCLUSIVE|OFFICIAL|BREAKING|OPINION|ANALYSIS|"
    r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\b"
)
_ONE_AGENCY = (
    r"(?i:" + _AGENCY + r"|Keystone-SDA|Belga|Lusa|Ritzau|Agerpres|HINA|ČTK|Tanjug|Antara|Andina|"
    r"Notimex|Télam)(?![\w\-])"
    r"|(?!" + _EDITORIAL_LABEL + r")[A-Z]{2,9}(?:-[A-Z][\w]*)?(?![\w\-])"
    r"|(?:[A-Z][\w\-]*\s){0,2}(?:[A-Z]\w*)?(?:News|Press|Wire|Agency|Sports?)(?![\w\-])"
)
_BRACKETED_AGENCIES = r"(?:" + _ONE_AGENCY + r")(?:\s*/\s*(?:" + _ONE_AGENCY + r"))*"
_DATELINE_HEAD = re.compile(
    r"^\s*(?:(?!(?:BREAKING|JUST|CONFIRMED|OFFICIAL|UPDATE|LATEST)\b)(?=[A-Z.'\-]{4}|[A-Z.'\-]+\s[A-Z]{2})(?P<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})"
    r"(?:,\s*[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){0,2})?"  # , Japan / , Calif.
    r"(?:,\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})(?:,?\s*\d{4})?)?"  # , July 8
    # "(Reuters)", or the agency bare after the date: "TOKYO, Dec 28 Kyodo -"
    r"\s*(?:(?:\((?:" + _AGENCY + r")\)|(?:" + _AGENCY + r")\b)\s*)?"
    r"|\((?:" + _AGENCY + r")\)\s*"
    # a town in title case, a date and a news agency in brackets: "Bern, June 4, 2024 (Keystone-SDA) -"
    # (not a label: "Wigan Athletic, March 4 (Sunday) - X has been sacked" is a club's own headline)
    r"|[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+){0,2},\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})"
    r"(?:,?\s*\d{4})?\s*\((?:" + _BRACKETED_AGENCIES + r")\)\s*)"
    r"(?:--|—|–|-)\s+"
)


# A live blog's timestamp or a transcript's speaker label opening a line: "09.10 GMT", "14:32",
# "3.45pm BST", "MARCUS:". It is nobody and no club ("GMT Ruud van Nistelrooy").
_LINE_HEAD = re.compile(
    r"^\s*(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|AEST|JST|KST))?"
    r"|[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+)?:)\s+(?=\S)"
)


def dateline_head(sentence: str) -> re.Match[str] | None:
    """An opening wire dateline; its group "place" is the town, when one is named."""
    return _DATELINE_HEAD.match(sentence)


def line_head(sentence: str) -> re.Match[str] | None:
    """An opening live-blog timestamp or speaker label (see `_LINE_HEAD`)."""
    return _LINE_HEAD.match(sentence)


def is_link_line(sentence: str) -> bool:
    """A 'Read more: …' / 'Also read: …' line: a headline of another story, not a statement."""
    return bool(_LINK_LINE.match(sentence))


# A header after which the rest is a list of links to other stories.
_LINK_LIST_HEADER = re.compile(
    r"^\s*(?:see also|related(?: articles| stories| news)?|more stories|read more|相关文章"
    r"|you may also like|recommended(?: for you)?)\s*:?\s*$",
    re.IGNORECASE,
)
_EMBED = re.compile(
    r"pic\.twitter\.com|twitter\.com/|instagram\.com/|\(@\w+\)\s+\w+ \d{1,2}, "
    r"\d{4}"
)
# a social-media embed is a short block of its own: a longer run holding one is the story's prose with
# the embed inside (paragraphs a scraper ran together), where only the embed's own sentences go
_EMBED_BLOCK_CHARS = 600


def _embed_block(line: str) -> bool:
    return len(line) <= _EMBED_BLOCK_CHARS and bool(_EMBED.search(line))


# Where a sentence ends: a stop, then a space and a capital; a closing quote after a stop; or a sentence
# glued to the one before, as when a page's paragraph tags are stripped ("… on Monday.The club said …":
# two small letters, a digit or a bracket before the stop, so no initial or "St.")
_SENTENCE_END = re.compile(
    r"""(?<=[.!?])["”’']?(?=\s+["“‘']?[A-Z0-9À-ÞŁŚŠŞŻŽČĆ])|(?<=[.!?]["”])(?=\s)"""
    r"|(?<=[a-zà-ÿ0-9)]{2}[.!?])[\"”]?(?=[A-ZÀ-Þ][a-zà-ÿ])",
)
# Abbreviations after which a period does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|v|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    r"|Gen|Rev|Prof|Inc|Ltd|Co|approx|etc)|\b[A-Z]|\b(?:U\.S|U\.K))\.$"
)
# "… the return to Série A. The Portuguese …": a division's or a group's letter is no initial
_DIVISION_LETTER = re.compile(
    r"\b(?:Serie|Série|Group|Grupo|Groupe|Gruppe|League|Liga|Pool|Division)\s+[A-Z]\.$"
)

# "1. FC Köln", "1. FSV Mainz 05"; the numbered leagues "2. Bundesliga", "3. Liga", "2. Frauen-Bundesliga"
_CLUB_NUMBER = re.compile(
    r"(?:^|[^\w.])\d\.\s+(?:FC|FSV|SC|SV|FFC|CfR|Bundesliga|Liga|Frauen-Bundesliga|Division|Divisjon|divisjon)\b"
)


# What scraped pages carry that a reader never sees: soft hyphens and zero-width marks inside words
# ("Ses\u00adsegnon"), spaces of other widths (no-break, thin, ideographic), Unicode line separators and
# HTML entities a scraper left undecoded ("Klopp&#8217;s side"). Read as the plain text they stand for.
_SCRAPE_NOISE = re.compile(
    "[\u00ad\u200b\u200c\u200d\u2060\ufeff]"
    "|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2028\u2029]"
    "|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});"
)
_LINE_SEPARATORS = "\u2028\u2029"


def _plain(noise: str) -> str:
    if noise in _LINE_SEPARATORS:
        return "\n"
    if noise.startswith("&"):
        return html.unescape(noise)  # (an unknown name stays as it is)
    return " " if noise.isspace() else ""


@dataclass(frozen=True, slots=True)
class PlainText:
    """An article's text with scrape noise read as plain text, and the way back: the span in the
    original of a span of `text`, so evidence and offsets still cut the original."""

    text: str
    _starts: list[int] | None = None  # original offset where text[i] comes from; None: text unchanged
    _ends: list[int] | None = None  # original offset just after it

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self._starts is None or self._ends is None or end <= start:
            return start, end
        return self._starts[start], self._ends[end - 1]


def plain_text(raw: str) -> PlainText:
    """`raw` with soft hyphens and zero-width marks dropped, odd spaces made plain, entities decoded."""
    if not _SCRAPE_NOISE.search(raw):
        return PlainText(raw)
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _SCRAPE_NOISE.finditer(raw):
        parts.append(raw[pos : m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        plain = _plain(m.group())
        parts.append(plain)
        starts.extend([m.start()] * len(plain))
        ends.extend([m.end()] * len(plain))
        pos = m.end()
    parts.append(raw[pos:])
    starts.extend(range(pos, len(raw)))
    ends.extend(range(pos + 1, len(raw) + 1))
    return PlainText("".join(parts), starts, ends)


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each prose sentence, boilerplate lines and link lists skipped."""
    text = text[:MAX_TEXT_CHARS]
    for start, end in _blocks(text):
        yield from _split_block(text, start, end)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Runs of lines joined when a line break falls mid-sentence (broken wrapping)."""
    in_link_list = False
    block_start = block_end = -1
    pos = 0
    lines = text.splitlines(keepends=True)
    width = _wrap_width(lines)
    for line in lines:
        line_start, pos = pos, pos + len(line)
        stripped = line.strip()
        if not stripped:
            in_link_list = False
            if block_start >= 0:
                yield block_start, block_end
                block_start = -1
            continue
        if _LINK_LIST_HEADER.match(stripped):
            in_link_list = True
        if (
            in_link_list
            or _BOILERPLATE_LINE.match(stripped)
            or _PAGE_STAMP_LINE.match(stripped)
            or _embed_block(stripped)
        ):
            if block_start >= 0:
                yield block_start, block_end
                block_start = -1
            continue
        content_start = line_start + (len(line) - len(line.lstrip()))
        content_end = line_start + len(line.rstrip())
        if block_start >= 0 and (
            _continues(text[block_start:block_end], stripped)
            or (width is not None and _wrapped_before(text[block_start:block_end], stripped, width))
        ):
            block_end = content_end
            continue
        if block_start >= 0:
            yield block_start, block_end
        block_start, block_end = content_start, content_end
    if block_start >= 0:
        yield block_start, block_end


def _continues(previous: str, line: str) -> bool:
    """True when `line` carries on the sentence `previous` broke off (hard-wrapped text): it opens in
    lower case, or `previous` stopped on a comma or a word that cannot end a sentence ("sent home
    from the\nOlympics")."""
    previous = previous.rstrip()
    if previous.endswith(_SENTENCE_STOPS):
        return False
    return line[:1].islower() or bool(_OPEN_ENDING.search(previous[-12:]))


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at (its longest line: e-mail and wire copy wrap at 60 to
    80 characters), or None when its line breaks are the writer's own. Wrapped text breaks several lines
    close to that width in mid-sentence, before a word in lower case; a page with a paragraph a line has
    lines far longer, and a list of headlines starts each line in capitals."""
    lengths = [len(line.rstrip()) for line in lines]
    width = max(lengths, default=0)
    if not 40 <= width <= _MAX_WRAP_WIDTH:
        return None
    mid_sentence = sum(
        1
        for line, length, after in zip(lines, lengths, lines[1:], strict=False)
        if length >= width - 20 and after.lstrip()[:1].islower()
    )
    return width if mid_sentence >= 2 else None


_MAX_WRAP_WIDTH = 100
_SENTENCE_STOPS = (".", "!", "?", '"', "”", ":")


def _wrapped_before(previous: str, line: str, width: int) -> bool:
    """In hard-wrapped text, True when the line before `line` was broken only because `line`'s first word
    did not fit on it; a line that stopped short (a headline, a paragraph's end) stopped on purpose. Copy
    wrapped by hand or by an editor breaks a few columns short of its widest line ("… his assistant
    Dario\nRossi also leaves"): in a paragraph already wrapped, a line that stops on no sentence stop within
    that slack is broken too (a list of headlines is no wrapped paragraph)."""
    last_line = previous[previous.rfind("\n") + 1 :]
    first_word = line.split(None, 1)[0]
    fits = len(last_line) + 1 + len(first_word)
    if fits > width:
        return True
    return (
        "\n" in previous and fits > width - _WRAP_SLACK and not last_line.rstrip().endswith(_SENTENCE_STOPS)
    )


_WRAP_SLACK = 10


# a line that stops on these has broken a sentence off
_OPEN_ENDING = re.compile(
    r"(?:,|\b(?:the|a|an|of|from|to|and|or|with|at|in|on|by|for|as|his|her|their|its|who|which|that))$"
)


def _split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    block = text[start:end]
    cut = 0
    for m in _sentence_ends(block):
        if _ABBREV.search(
            block[max(0, m.start() - 8) : m.start()].rstrip("\"”’'")
        ) and not _DIVISION_LETTER.search(block, max(0, m.start() - 12), m.start()):
            continue
        if _CLUB_NUMBER.match(block, max(0, m.start() - 3)):
            continue
        yield from _emit(text, start + cut, start + m.end())
        cut = m.end()
    yield from _emit(text, start + cut, end)


_PUNCT = re.compile(r"[.!?]")


# page furniture a lost line break runs into the next sentence ("ADVERTISEMENTFormer Blackpool boss …",
# "Advertisement Former Blackpool boss …")
_GLUED_FURNITURE = (
    r"(?:ADVERTISEMENT|Advertisement|Story\s+continues\s+below(?:\s+advertisement)?)\s*(?=[A-Z\"“])"
)
_GLUED_FURNITURE_HEAD = re.compile(_GLUED_FURNITURE)


# Paragraphs glued where the first stops on no stop, as when a page's tags are stripped: a word in small
# letters run into a capitalised one ("Read more: Hibs sign a midfielderFormer St Johnstone manager …";
# "McDonald", "iPhone" or "WhatsApp" do not open in three small letters), or page furniture run into the
# next sentence ("… from Deepdale.ADVERTISEMENTFormer Blackpool boss …"; `_emit` drops the word).
_GLUED_PARAGRAPH = re.compile(
    r"(?<![\w'’\-])[a-zà-ÿ]{3,}(?=[A-ZÀ-Þ][a-zà-ÿ])|(?<=[.!?])[\"”]?(?=" + _GLUED_FURNITURE + r")"
)


def _sentence_ends(block: str) -> Iterator[re.Match[str]]:
    """`_SENTENCE_END.finditer(block)`, tried only just after a '.', '!' or '?' (and after a
    closing quote that follows one), the only places a match can start: the regex alone
    would try both of its lookbehind branches at every character of the block; and the ends of
    glued paragraphs (`_GLUED_PARAGRAPH`), in the block's order."""
    ends: list[re.Match[str]] = []
    pos = 0
    for q in _PUNCT.finditer(block):
        at = q.end()
        for p in (at, at + 1) if block[at : at + 1] in ('"', "”") else (at,):
            if p < pos:
                continue
            m = _SENTENCE_END.match(block, p)
            if m:
                ends.append(m)
                pos = m.end()
    glued = [m for m in _GLUED_PARAGRAPH.finditer(block) if not any(e.end() == m.end() for e in ends)]
    yield from sorted(ends + glued, key=lambda m: m.end()) if glued else ends


# a photo credit or caption told after a caption sentence on its line ("John McGlynn at the stadium.
# Picture: Michael Gillen"): furniture like a line of its own; the photographer is nobody in the story
_CREDIT = re.compile(r"(?:photo|picture|pic|image)s?(?:\s+credit)?\s*:", re.IGNORECASE)


def _emit(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    furniture = _GLUED_FURNITURE_HEAD.match(text, start, end)
    start = furniture.end() if furniture else start
    if end - start < 3 or _CREDIT.match(text, start, end) or _EMBED.search(text, start, end):
        return
    while end - start > MAX_SENTENCE_CHARS:  # unpunctuated dump: cut at a space
        cut = text.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        yield start, cut
        start = cut + 1
    yield start, end


# how far into the text a repeated headline may start: a short label before it ("Sport news:")
_HEADLINE_PREFIX_CHARS = 40
_HEADLINE_PREFIX_END = (":", "|", "-", "–", "—")


def headline_end(text: str, headline: str | None) -> int | None:
    """Where the page's headline ends when a scraper kept it at the top of the text (pages often
    repeat it there, sometimes after a short label), else None. The headline may run straight into
    the lead when the scraper dropped the line break ("… sack coach EusebioMADRID, Feb. 9 (Xinhua)
    --"): the offset then falls inside the first sentence, where `split_spans_at` splits it."""
    words = headline.split() if headline else []
    if len(words) < 3:
        return None
    window = _HEADLINE_PREFIX_CHARS + len(headline or "") + 20
    # (most pages do not repeat it: a pattern is compiled per headline only when its words are there, compared
    # folded, which is looser than the case-blind pattern: "İzmir" and "IZMIR" alike, punctuation as space)
    if fold(headline or "") not in fold(text[:window]):
        return None
    found = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE).search(text, 0, window)
    label = text[: found.start()] if found else ""
    if not found or (
        label and not label.endswith("\n") and not label.rstrip().endswith(_HEADLINE_PREFIX_END)
    ):
        return None
    after = text[found.end() : found.end() + 1]
    if after in ("", "\n", "\r") or after.isupper() or after.isdigit():
        return found.end()
    # on the lead's line with a space or a lower-case word after it: a lead that opens with the
    # headline's words ("Barcelona sack coach Eusebio after …"), not a headline
    return found.end() if after.isalpha() and not words[-1][-1].isalnum() else None


def split_spans_at(spans: list[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    """`spans` with the one `cut` falls inside split in two there."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        out += [(start, cut), (cut, end)] if start < cut < end else [(start, end)]
    return out
