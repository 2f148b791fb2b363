"""Publication dates and relative date expressions resolved against them.

Every resolved date comes with a precision from the contract vocabulary: day, week, month,
season (July–June), year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pipeline.extract.mentions import lower_text
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.trie import trie_pattern

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
NUMBERS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBERS.update({"a": 1, "an": 1, "a couple of": 2, "a few": 3, "several": 3})

_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_NAMES = "|".join(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
NUM_RE = (
    r"(?:\d{1,2}|a couple of|a few|several|an?|"
    + "|".join(sorted((w for w in NUMBERS if " " not in w and len(w) > 2), key=len, reverse=True))
    + ")"
)

# What may follow "on the 6th" for it to be a day of the month, not "the 6th minute" or "6th place":
# the sentence's end or a clause's opener
_ORDDAY_AFTER = (
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|after|before|when|as|in|at|with|to|from|by|for|following|amid|"
    r"despite|having|while|,)\b)"
)

_ISO = re.compile(r"(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})")
_DMY = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")  # European 12.03.2024
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
# "news.cn/20250326/4b1f…/c.html", "…/sport-20240303_abc": a date written as eight digits in a path
_URL_COMPACT_DATE = re.compile(r"[/_-]((?:20|19)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
# "yna.co.kr/view/AEN20240603001200315": a wire story id, the agency's capitals, the date, a serial
_URL_STORY_ID_DATE = re.compile(
    r"/[A-Z]{2,4}((?:20|19)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{6,}(?=[/?#.]|$)"
)
# "MADRID, Feb. 9 (Xinhua) --", "LAGOS, Nigeria, March 12 -", "DOHA, 12 March (AFP) -",
# "JOHANNESBURG, March 11, 2024 -", "KOLKATA, October 4, 2024:", "FRISCO, Texas – December 16, 2024 –":
# a town (and its state), the month and day (either order), perhaps the year, then the agency's
# bracket, the dash or a colon
_DATELINE = re.compile(
    r"^[^\n]{0,80}?\b[A-ZÀ-Ý][A-Za-zÀ-ÿ .]{1,30}(?:,|\s[-–—])\s+(?:("
    + _MONTH_RE
    + r")\.?\s+(\d{1,2})|(\d{1,2})\s+("
    + _MONTH_RE
    + r")\.?)(?:,?\s*(\d{4}))?\s*(?:\(|--|[-–—]\s|:\s)",
    re.IGNORECASE | re.MULTILINE,  # (at the top of a line: a headline line may come first)
)
# "ST. LOUIS (Jan. 3, 2025) –": the town, then the month, day and year in brackets
_DATELINE_BRACKET = re.compile(
    r"^[^\n]{0,40}?\b[A-Z][A-Za-z .]{1,30}\s+\(("
    + _MONTH_RE
    + r")\.?\s+(\d{1,2}),?\s+(\d{4})\)\s*(?:--|[-–—])",
    re.IGNORECASE | re.MULTILINE,
)
# "https://hungarytoday.hu/2024/03/marco-rossi-…": a year and month in a URL's path, with no day
_URL_YEAR_MONTH = re.compile(r"/((?:20|19)\d{2})/(?:0?[1-9]|1[0-2])/")
# the weekday a wire story's lead tells its news on ("said Monday", "on Tuesday"; not "Sunday's game")
_LEAD_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s)", re.I)
# a year the text tells, not as the end of a contract or spell ("until 2026")
_TOLD_YEAR = re.compile(
    r"(?<!until )(?<!till )(?<!through )(?<!to )\b((?:19|20)\d{2})(?:[-–/]((?:19|20)?\d{2}))?\b(?![-–/]\d)"
)
_TEXT_DATE = re.compile(
    r"\b(" + _MONTH_RE + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})\b|\b(\d{1,2})(?:st|nd|rd|"
    r"th)?\s+(" + _MONTH_RE + r")\.?,?\s+(\d{4})\b",
    re.IGNORECASE,
)


# A page's own date stamp near its top, as scraped pages keep it: "Published: 14:32 GMT, 4 March 2024",
# "Posted on March 4, 2024", "First published on Mon 4 Mar 2024", or a line holding only a date (and a
# weekday or time: "Monday 4 March 2024 14:32"). "Updated" dates the page's last change: the last resort.
_STAMP_HEAD_CHARS = 600
_STAMP_LINE = re.compile(
    r"^[ \t]*(?P<word>(?:first\s+)?published|posted|(?:last\s+)?updated|date)\b(?:\s+on)?\s*:?"
    r"(?P<rest>[^\n]{6,60})$",
    re.IGNORECASE | re.MULTILINE,
)
_DATE_ONLY_LINE = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]{2,8},?\s+)?(?P<rest>(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + _MONTH_RE
    + r")\.?,?\s+\d{4}"
    r"|(?:" + _MONTH_RE + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4}|\d{4}-\d{2}-\d{2}))"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def page_stamp_date(text: str) -> date | None:
    """The date a page's stamp near its top gives ('Published: 4 March 2024'), else None."""
    head = text[:_STAMP_HEAD_CHARS]
    updated = None
    for m in _STAMP_LINE.finditer(head):
        told = parse_published(m.group("rest"))
        if told and "updated" in m.group("word").lower():
            updated = updated or told
        elif told:
            return told
    only = _DATE_ONLY_LINE.search(head)
    return (parse_published(only.group("rest")) if only else None) or updated


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets within the sentence
    end: int
    value: date
    precision: str
    # "point" (when something happened), "since" (spell start), "until" (spell end), "term" (the end
    # of a contract signed: "has signed a deal until 30 June 2027", neither an event nor a departure)
    kind: str
    future: bool = False  # told in the future tense ("will take charge in September"): the coming one


def parse_published(value: str | None) -> date | None:
    """A date from an ISO-ish `published` value ('2024-11-19', '2024-11-19T08:00:00Z')."""
    if not value:
        return None
    m = _ISO.search(value)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _TEXT_DATE.search(value)
    if m:
        return _text_date(m)
    m = _DMY.search(value)
    return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def date_from_url(url: str | None) -> date | None:
    if not url:
        return None
    m = _URL_DATE.search(url) or _URL_COMPACT_DATE.search(url) or _URL_STORY_ID_DATE.search(url)
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def dateline_date(text: str, year_hint: int | None) -> date | None:
    """'MADRID, Feb. 9 (Xinhua) --' at the top of a wire story; the year comes from the dateline,
    a hint, else the latest year the story tells (its news is no older than that)."""
    head = text[:400]
    bracket = _DATELINE_BRACKET.search(head)
    if bracket:
        return _safe_date(int(bracket.group(3)), MONTHS[bracket.group(1).lower()], int(bracket.group(2)))
    m = _DATELINE.search(head)
    if not m:
        return None
    month = MONTHS[(m.group(1) or m.group(4)).lower().rstrip(".")]
    day = int(m.group(2) or m.group(3))
    year = int(m.group(5)) if m.group(5) else year_hint
    if year is None:
        told = _latest_told_year(text, month)
        year = _weekday_year(text[m.end() : m.end() + 300], month, day, told) if told else None
    if year is None:
        return None
    return _safe_date(year, month, day)


def year_from_url(url: str | None) -> int | None:
    """The year of a URL's '/2024/03/' path (a month's folder with no day)."""
    m = _URL_YEAR_MONTH.search(url or "")
    return int(m.group(1)) if m else None


def _weekday_year(lead: str, month: int, day: int, told: int) -> int:
    """The year of a dateline's day that falls on the weekday its lead tells ('SEOUL, July 8 (Yonhap) --
    … said Monday': 2024), near the latest year the story tells; that day, else the day before (news
    told the morning after); none fitting: the told year."""
    wd = _LEAD_WEEKDAY.search(lead)
    if not wd:
        return told
    weekday = WEEKDAYS[wd.group(1).lower()]
    # (the news is no older than the told year: the years from it on first, then the few before)
    years = sorted(range(told - 3, told + 4), key=lambda y: (y < told, abs(y - told)))
    for back in (0, 1):
        for y in years:
            value = _safe_date(y, month, day)
            if value and (value - timedelta(days=back)).weekday() == weekday:
                return y
    return told


def _latest_told_year(text: str, month: int) -> int | None:
    """The latest year the text tells as news ('the 2023-24 season' tells 2024 in its spring, 2023 in
    its autumn); when it tells none, the year before the latest told ahead
    ('would stay until the 2026 World Cup')."""
    past: list[int] = []
    ahead: list[int] = []
    for m in _TOLD_YEAR.finditer(text):
        first = int(m.group(1))
        second = m.group(2)
        season = bool(second) and int(second[-2:]) == (first + 1) % 100  # its spring is the next year
        year = first + 1 if season and month <= 6 else first
        (ahead if _told_ahead(text, m.start()) else past).append(year)
    past += [int(m.group(2)) + _num(m.group(1)) for m in _SPELL_ENDING_NOW.finditer(text)]
    if past:
        return max(past)
    return max(ahead) - 1 if ahead else None  # a plan is told before its year


def _told_ahead(text: str, start: int) -> bool:
    """A year told as a plan or a term ('would focus on qualifying for the 2027 World Cup', 'a deal
    until June 2027', 'by 2026'): the future, which does not bound when the news was told."""
    lo = max(0, start - 90)
    return any(p.search(text, lo, start) for p in (_UNTIL_BEFORE, _FUTURE_BEFORE, _WOULD_BEFORE, _BY_BEFORE))


def _text_date(m: re.Match[str]) -> date | None:
    if m.group(1):
        return _safe_date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    return _safe_date(int(m.group(6)), MONTHS[m.group(5).lower()], int(m.group(4)))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def season_start(day: date) -> date:
    return date(day.year if day.month >= 7 else day.year - 1, 7, 1)


# --- relative expressions in a sentence -------------------------------------------------

# what may stand before a spell's counted length: "spent the past two seasons", "after almost four years"
_LENGTH_LEAD = (
    r"(?:the\s+(?:last|past)\s+)?(?:(?:more\s+than|almost|nearly|over|just\s+over|around|about)\s+)?"
)

_REL = re.compile(
    r"""(?=[a-z0-9])\b(?:
    (?P<weekday>\b(?:on|last|this\s+past|this|since)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)
        (?:'s)?(?:\s+(?:morning|afternoon|evening|night))?\b)
  | (?P<dmy>\b(?:on\s+)?(?:the\s+)?(?P<dyd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dym>"""
    + _MONTH_RE
    + r""")\.?,?\s+(?P<dyy>(?:19|20)\d{2})\b)
  | (?P<daymonth>\b(?:on\s+)?(?:the\s+)?(?P<dmd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmm>"""
    + _MONTH_RE
    + r""")\b(?!\.?,?\s*\d{4}))
  | (?P<ordday>\bon\s+the\s+(?P<odd>\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?P<odm>this|last|the)\s+month\b)?"""
    + _ORDDAY_AFTER
    + r""")
  | (?P<hoursof>\b(?:in\s+the\s+(?:early|small)\s+hours|on\s+the\s+(?:morning|afternoon|evening|night))
      \s+of\s+
      (?P<hwd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s))
  | (?P<weekend>\b(?:at|over|during)\s+the\s+weekend\b|\b(?P<wkl>last|this\s+past)\s+weekend\b)
  | (?P<holiday>\b(?:on\s+)?(?P<hol>christmas\s+(?:eve|day)|boxing\s+day|new\s+year['’]s\s+(?:eve|day))\b)
  | (?P<monthedge>\b(?:at\s+)?the\s+(?P<edge>start|beginning|middle|end)\s+of\s+
      (?:(?P<emw>the|this|last)\s+month|(?P<emn>"""
    + _MONTH_NAMES
    + r""")(?:\s+(?P<emy>(?:19|20)\d{2}))?)\b)
  | (?P<yearedge>\b(?:at\s+)?the\s+(?P<ye>start|beginning|turn|end)\s+of\s+
      (?P<yw>the|this|last|that)\s+year\b)
  | (?P<yearpart>\b(?:at\s+)?the\s+(?P<yp>start|beginning|middle|end)\s+of\s+
      (?P<ypy>(?:19|20)\d{2})\b(?![-–/]\d))
  | (?P<seasonstart>\b(?:at\s+)?the\s+(?:start|beginning|outset)\s+of\s+(?P<ssw>the|this|last|next)\s+
      (?:season|campaign)\b)
  | (?P<relunit>\bthe\s+(?P<rw>previous|preceding|following|next|subsequent)\s+
      (?P<ru>season|campaign|summer|year|month|week|day|"""
    + _MONTH_NAMES
    + r""")\b)
  | (?P<winterbreak>\b(?:in|during|over|at)\s+the\s+(?:winter|mid-?season|january)\s+(?:transfer\s+)?
      (?:break|window|pause|shutdown)\b)
  | (?P<closeseason>\b(?:in|during|over)\s+the\s+(?:close[d]?[-\s]season|off-?season|pre-?season)\b)
  | (?P<yearseason>\b(?:the\s+)?(?P<ysy>(?:19|20)\d{2})\s+(?:[\w-]+\s+){0,2}?(?:season|campaign)\b)
  | (?P<today>\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today)\b)
  | (?P<yesterday>\b(?:yesterday|last\s+night)\b)
  | (?P<weeksagowd>\b(?P<wan>"""
    + NUM_RE
    + r""")\s+weeks?\s+ago\s+(?:on\s+)?
      (?P<wawd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s))
  | (?P<ago>\b(?P<n>"""
    + NUM_RE
    + r""")\s+(?P<unit>days?|weeks?|months?|years?|seasons?|decades?)\s+ago\b)
  | (?P<nafter>\b(?P<an>"""
    + NUM_RE
    + r""")\s+(?P<au>days?|weeks?|fortnights?|months?|years?)\s+after\b)
  | (?P<seasonend>\b(?:at\s+)?the\s+end\s+of\s+(?P<se>the|that|this|last|next)\s+(?:season|campaign)\b)
  | (?P<firstseason>\b(?:after|in)\s+(?:a\s+single|just\s+one|only\s+one|one|his\s+first|her\s+first|"""
    r"""a\s+first|his\s+only|her\s+only)\s+season\b(?!\s+(?:of|with|at)\b))
  | (?P<nthseason>(?:(?<=\bis\s)|(?<=\bnow\s)|(?<=currently\s)|(?<=\bstill\s)|(?<=,\s))in\s+(?:his|her)\s+
      (?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|[4-9]th|10th)\s+(?:full\s+)?
      (?P<nthu>season|year|campaign)\b(?!\s+(?:of|as\s+a\s+player)\b))
  | (?P<fortnight>\ba\s+fortnight\s+ago\b)
  | (?P<lastunit>\b(?:last|past)\s+(?P<lu>week|month|year|season|term|campaign|summer|winter|autumn|spring|"""
    + _MONTH_NAMES
    + r""")\b)
  | (?P<inthesummer>\b(?:in|during|over)\s+the\s+summer\b(?!\s+of))
  | (?P<intheseason>\b(?:in|during)\s+the\s+(?P<isn>autumn|spring)\b(?!\s+of))
  | (?P<thisunit>\b(?:this|earlier\s+this|later\s+this|next|the\s+coming)\s+
      (?P<tu>week|month|year|season|summer|winter|autumn|spring|campaign|term)\b)
  | (?P<inseason>\b(?:earlier|later|early|late)\s+in\s+the\s+(?:season|campaign|term)\b)
  | (?P<thatunit>\b(?:(?:later|earlier)\s+)?(?:in\s+)?(?:that|the\s+same)\s+
      (?P<thu>summer|season|campaign|year|month|week|day|"""
    + _MONTH_NAMES
    + r""")\b(?![-’'])|\b(?:earlier|later)\s+in\s+the\s+(?P<thd>day)\b)
  | (?P<sincethen>\bsince\s+then\b)
  | (?P<overlast>\b(?:over|for|in)\s+the\s+(?:last|past)\s+(?P<on>"""
    + NUM_RE
    + r""")\s+(?P<ou>years?|seasons?|months?)\b)
  | (?P<decade>\b(?:over|for|in|during)\s+the\s+(?:last|past)\s+decade\b)
  | (?P<spent>\b(?:spent|spending|after)\s+"""
    + _LENGTH_LEAD
    + r"""(?P<sn>"""
    + NUM_RE
    + r""")\s+(?P<su>years?|seasons?)\b)
  | (?P<range>\b(?:from|between)\s+(?:(?P<rm>"""
    + _MONTH_RE
    + r""")\s+)?(?P<ry>(?:19|20)\d{2})(?:\s*(?:-|–|to|until|and)\s*(?:"""
    + _MONTH_RE
    + r"""\s+)?(?:19|20)?\d{2})?\b)
  | (?P<since>\bsince\s+(?:(?P<sm>"""
    + _MONTH_RE
    + r""")\s+(?:of\s+)?)?(?P<sy>(?:19|20)\d{2})\b)
  | (?P<untilthis>\buntil\s+(?P<ut>this|last)\s+season\b)
  | (?P<season>\b(?:in\s+)?(?:the\s+)?(?P<sea>(?:19|20)\d{2})[-–/](?:\d{2}|\d{4})\s+season\b)
  | (?P<bareseason>\b(?:(?:in|during|for|of)\s+)?(?:the\s+)?(?:season\s+)?(?P<bsa>(?:19|20)\d{2})[-–/]
      (?P<bsb>\d{2}|(?:19|20)\d{2})\b(?![-–/.]\d))
  | (?P<monthyear>\b(?:in|on|during|mid-|early|late|end\s+of)\s*(?P<mm>"""
    + _MONTH_RE
    + r""")\.?(?:\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(?P<my>(?:19|20)\d{2})\b)
  | (?P<monthday>\b(?:on\s+)?(?P<mdm>"""
    + _MONTH_RE
    + r""")\.?\s+(?P<mdd>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4}))
  | (?P<month>\b(?:in|since|during|mid-|early|late|end\s+of)\s*(?P<mo>"""
    + _MONTH_NAMES
    + r""")\b)
  | (?P<untilmonth>\b(?:until|till)\s+(?P<um>"""
    + _MONTH_NAMES
    + r""")(?:\s+(?P<uy>(?:19|20)\d{2}))?\b(?!\s*,?\s*(?:\d|of\b)))
  | (?P<summerof>\b(?:(?:in|during|over)\s+)?(?:the\s+)?summer\s+(?:of\s+)?
      (?P<suy>(?:19|20)\d{2})\b(?![-–/]\d))
  # (a year he spent somewhere: 'spent 2023 as an assistant with C'; a spell's end: 'coached C until 2021')
  | (?P<year>\b(?:(?:in|since|during|of|spent|spending|until)\s+(?:(?:early|late)\s+|mid-?\s?)?
      |(?:early|late)\s+|mid-)
      (?P<y>(?:19|20)\d{2})\b)
  | (?P<barewd>\b(?P<bwd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s))
  | (?P<matchday>\b(?P<mwd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\b)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word, 1)


_SPACED_STARTS = {"a", "an", "the", "for", "of"}
# First words of every expression _REL knows, so it is only tried at word starts like these.
_REL_STARTS = re.compile(
    r"\b(?="
    + trie_pattern(
        {
            "on",
            "at",
            "last",
            "this",
            "past",
            "since",
            "between",
            "today",
            "tonight",
            "earlier",
            "later",
            "yesterday",
            "over",
            "in",
            "spent",
            "summer",
            "that",
            "spending",
            "after",
            "from",
            "until",
            "mid-",
            "early",
            "late",
            "end",
            "during",
            "next",
            "several",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "christmas",
            "boxing",
            "new",
            "19",
            "20",
        }
        | {w for w in NUMBERS if " " not in w and w not in _SPACED_STARTS}
        | {str(i) for i in range(10)}
        | set(MONTHS)
    )
    # These words open an expression only before whitespace ("the coming season", "a week
    # ago", "of 2019"): a bare prefix would also try _REL at "and", "their", "former", "often".
    + r"|(?:an?|the|for|of)\s"
    + ")",
    re.IGNORECASE,
)


# "until", "through", "runs to": the words a spell's or contract's end follows
_UNTIL_WORD = r"\b(?:until|till|(?<!midway\s)(?<!halfway\s)(?<!part-way\s)through|runs\s+to|running\s+to)\s+"
# (a month before the year: "a contract until December of 2026")
_UNTIL_BEFORE = re.compile(
    _UNTIL_WORD
    # (a tournament's year too: "a contract running until the 2027 Asian Cup")
    + r"(?:the\s+(?:(?:end|summer|start|beginning|middle|close)(?:\s+of)?\s+(?:the\s+)?)?)?(?:"
    + _MONTH_RE
    + r")?\s*$",
    re.I,
)


# "has signed a contract until …", "on a two-year deal running to …": the term of a contract
_TERM_BEFORE = re.compile(
    r"\b(?:contract|deal|agreement|terms)\b[^.;:!?,]{0,30}?"
    r"(?:" + _UNTIL_WORD + r"[^.;:!?,]{0,25})?$",
    re.I,
)
# "whose contract finalizes on 30 June", "when his deal runs out in May", "will not renew the contract of
# coach X, which ends on 31 December": the end of his spell (the contract named, then its end in a relative
# clause)
_EXPIRES_BEFORE = re.compile(
    r"\b(?:contract|deal)\s+(?:of\s+[^.;:!?,]{1,60},\s+(?:which|that)\s+)?"
    r"(?:expires|ends|runs\s+out|finali[sz]es|finishes|is\s+up)\s+$",
    re.IGNORECASE,
)
# "since the summer of 2018"; "since taking over in October 2022" dates the spell's start too
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:the\s+(?:(summer)|start|beginning|end)\s+(?:of\s+)?|(?:taking\s+(?:over|charge)|arriving|"
    r"joining|(?:his|her)\s+appointment)\s+(?:(?:at|of)\s+the\s+club\s+)?)?$",
    re.I,
)
# "a spell that began in", "his time at the club, which began in", "a tenure that had started in"
_SPELL_BEGAN_BEFORE = re.compile(
    r"\b(?:spell|tenure|reign|stint|time|era|spells|career|period|adventure|journey)\b[^.;:!?]{0,40}?"
    r"\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|kicked\s+off)\s+$",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?:hired|appointed|named|sacked|dismissed|fired|confirmed|announced|said|resigned|unveiled|quit|left|"
    r"died|signed|agreed|parted|stepped\s+down|until|ousted|axed|relieved|promoted|replaced|introduced|"
    r"presented|terminated|extended|renewed|"
    # a news line's object before the weekday: "signed a multi-year extension Tuesday"
    r"extension|contract|deal|statement)\s+$",
    re.IGNORECASE,
)
_JUST_COMMA = re.compile(r",?\s*")
# "took charge of Saturday's draw", "was in the dugout for Sunday's defeat": the game a stand-in led
_IN_CHARGE_FOR = re.compile(
    r"(?:\bcharge\s+(?:of|for)|\bin\s+the\s+dugout\s+for|\bon\s+the\s+(?:bench|touchline)\s+for|"
    r"\boversaw|\boversees|\b(?:led|took)(?:\s+(?:the\s+)?(?:team|side|squad|first\s+team)\s+(?:in|for))?)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the third Premier League manager to lose his job (this season)": an ordinal counting what the span holds
_ORDINAL_COUNT_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:[\w\-']+\s+){0,4}?(?:head\s+)?(?:coach|coaches|manager|managers|boss|bosses|trainer|trainers)\s+"
    r"(?:[\w\-']+\s+){0,4}$",
    re.IGNORECASE,
)
# A start told in the present tense is a schedule: "takes charge on Saturday", "once X begins work on Monday"
SCHEDULED_START = (
    r"(?:takes|starts|begins|assumes)\s+"
    r"(?:charge|over|work|(?:his|her)\s+(?:new\s+)?(?:job|role|duties|post))"
)
# A fixture told in the present tense is to come: "Crewe travel to Wrexham on Saturday", "host Stoke on
# Sunday" (the verb, not the noun: "the hosts on Sunday", "a visit to Anfield")
_FIXTURE_AHEAD = (
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)"
    r"(?:travel|host|face|visit|welcome|play)s?\s+(?:to\s+)?(?-i:[A-Z])\w*"
)
# "will take charge in September", "is set to be unveiled on Monday": the coming month or weekday.
# A past or perfect verb after the auxiliary ("will …, having been sacked in May") ends the future clause.
# "…, which ends on 31 December", "that runs out in June": a contract's end told in a relative clause
CONTRACT_ENDS_CLAUSE = r"(?:which|that)\s+(?:expires|ends|runs\s+out)"
_FUTURE_BEFORE = compile_quick(
    r"\b(?:will|shall|'ll|(?:is|are)\s+(?:set|due|expected|poised|going|scheduled)\s+to|(?:is|are)\s+to|"
    # an absolute 'with X set to': "with the Norwegian set to start on June 1", "with pre-season due to begin"
    r"with\s[^.;:!?,]{1,40}?\b(?:set|due|scheduled)\s+to|"
    + SCHEDULED_START
    + "|"
    + _FIXTURE_AHEAD
    + r"|(?:contract|deal)\s+(?:expires|ends|finalizes|finalises|runs\s+out)|"
    # ("the contract of coach X, which ends on 31 December": its end told in a relative clause)
    r"(?:contract|deal)\s+of\s+[^.;:!?,]{1,60},\s+" + CONTRACT_ENDS_CLAUSE + r")\b"
    r"(?:(?!\b(?:has|have|had|was|were|did|said|ago|since|after|last|who|which)\b)[^.;:!?,])*$",
    re.IGNORECASE,
)


# "announced he would step down at the end of the season": a future told in the past, the coming end
_WOULD_BEFORE = re.compile(r"\bwould\b[^.;:!?]*$", re.IGNORECASE)
# "arrives after fifteen seasons at Kristianstads, the club she coached from 2009": a spell that ends
# with the news, so the news is its start's year plus its length
_SPELL_ENDING_NOW = re.compile(
    r"\bafter\s+(" + NUM_RE + r")\s+(?:years|seasons)\b[^.;!?]{0,80}?\b(?:from|since)\s+((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# "by 2026", "by the end of 2026": a deadline, the future
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+(?:end|summer|start)\s+of\s+)?$", re.IGNORECASE)


# Every branch of _REL holds a digit or one of these words (weekdays, "today" and "yesterday"
# end in "day"; "tonight" and "fortnight" in "night"), so a sentence without any has no date
# and skips the start-by-start scan. Same flags as _REL, so case folding agrees.
_DATE_GATE = re.compile(
    r"\d|day|night|morning|afternoon|evening|ago|week|month|year|season|summer|winter|autumn|spring|campaign|decade|term|"
    r"christmas|since\s+then|" + _MONTH_NAMES,
    re.IGNORECASE,
)
# _DATE_GATE and _REL_STARTS without IGNORECASE, for `lower_text(sentence)` (same offsets): a
# case-sensitive scan lets `re` skip ahead on first letters, several times faster. (Both are
# written in lower case; keep them so.)
_DATE_GATE_LOW = re.compile(_DATE_GATE.pattern)
_REL_STARTS_LOW = re.compile(_REL_STARTS.pattern)


def find_dates(sentence: str, ref: date | None, before: Sequence[DateMention] = ()) -> list[DateMention]:
    """Dated expressions in `sentence`, resolved against the article date `ref`.

    Absolute years ("in 2020", "from 2011-13") resolve without `ref`; relative ones need it. Those
    told by a date before them ("that August", "the following season", "a year later", "since then")
    take the sentence's own date before them, else the last of `before`, the dates the sentences
    before it told.
    """
    out: list[DateMention] = []
    scanned = lower_text(sentence)
    gate, starts = _DATE_GATE_LOW, _REL_STARTS_LOW
    if len(scanned) != len(sentence):  # "İ": offsets would shift, scan the sentence case-blind
        scanned, gate, starts = sentence, _DATE_GATE, _REL_STARTS
    if not gate.search(scanned):
        return out
    anchor = before[-1] if before else None
    done = 0
    for start in starts.finditer(scanned):  # try the big pattern only where one can begin
        if start.start() < done:
            continue
        m = _REL.match(sentence, start.start())
        if m is None:
            continue
        if m.lastgroup in ("thatunit", "relunit") and _lower_case_month(m):
            continue  # "a decision that may cost him": the verb, not the month
        if m.lastgroup in ("thatunit", "sincethen"):  # "that summer", "since then": of the date just told
            told = _antecedent(m, out, before)
            # (not "August of that year", which the month took)
            apart = not (out and told is out[-1] and _OF_GAP.fullmatch(sentence, told.end, m.start()))
            that = _that_unit(m, told) if told and apart else None
            if that:
                out.append(that)
            done = m.end()
            continue
        if m.lastgroup == "barewd" and not _VERB_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # a bare weekday counts only right after a verb ("was hired Tuesday") or "until"
        if m.lastgroup == "matchday" and not _IN_CHARGE_FOR.search(
            sentence, max(0, m.start() - 40), m.start()
        ):
            continue  # "Saturday's game" dates a stand-in's one game only ("took charge of Saturday's draw")
        done = m.end()
        _add_date(sentence, m, ref, out, anchor)
    if not out and anchor is None:
        return out
    return _lengths_before_told(sentence, _years_later(sentence, out, anchor))


def _antecedent(
    m: re.Match[str], out: list[DateMention], before: Sequence[DateMention]
) -> DateMention | None:
    """The date 'that August', 'since then' lean on: the sentence's own last one, else the last the
    sentences before told; for 'the same day' the last told to the day or week ('announced on
    Tuesday. … the Icelandic club said on the same day')."""
    if _that_word(m) in ("day", "week"):
        fine = [d for d in (*before, *out) if d.precision in ("day", "week")]
        return fine[-1] if fine else None
    return out[-1] if out else (before[-1] if before else None)


def _that_word(m: re.Match[str]) -> str:
    """The unit 'that …' or 'earlier in the …' names ('' for 'since then')."""
    return (m.group("thu") or m.group("thd") or "").lower()


# a month only with its capital: "that May", not "that may" / "that march"
_CAPITALISED_MONTHS = "(?-i:" + "|".join(m.capitalize() for m in _MONTH_NAMES.split("|")) + ")"
# Words that tell a date by the one told before them ("that August", "later that year", "in March of
# the same year", "the following season", "two months later", "since then", "earlier in the day"):
# only a sentence holding one needs the dates the sentences before it told.
_TOLD_BY_DATE_BEFORE = compile_quick(
    r"\b(?:that|the\s+same|the\s+(?:following|next|subsequent|previous|preceding))\s+(?:summer|season|"
    r"campaign|year|month|week|day|"
    + _CAPITALISED_MONTHS
    + r")\b|\b(?:years?|months?|seasons?|days?|weeks?)\s+(?:later|earlier)\b|\bsince\s+then\b|"
    r"\b(?:earlier|later)\s+in\s+the\s+day\b",
    re.IGNORECASE,
)
_COUNTED_BACK = re.compile(r"\bafter$")
# how many sentences back the date such words lean on may be told
_ANCHOR_REACH = 3


def dates_told_before(sentences: Sequence[str], i: int, ref: date | None) -> tuple[DateMention, ...]:
    """The dates the few sentences before sentence `i` told, in the text's order (not a contract's
    term or a spell's end), when sentence `i` tells a date by one ("Como sacked Longo in November.
    Roberts was named later that month."); none when it tells none such, or when `sentences` does not
    hold it (a Context the extractor has not filled)."""
    if i >= len(sentences) or not _TOLD_BY_DATE_BEFORE.search(sentences[i]):
        return ()
    return tuple(d for s in sentences[max(0, i - _ANCHOR_REACH) : i] for d in _told_dates(s, ref))


_LEAD_SENTENCES = 3  # the headline and the lead, where a report tells the day of its news
_NEWS_DAY_REACH = timedelta(days=7)


def news_day(sentences: Sequence[str], ref: date | None) -> date | None:
    """The day the article's news happened: the first day its lead tells in the week up to the
    article's date ("… the club confirmed on Monday", "The decision arrived yesterday"), else that
    date. A change told as news with no day of its own happened then."""
    if ref is None:
        return None
    for sentence in sentences[:_LEAD_SENTENCES]:
        for d in _told_dates(sentence, ref):
            if (
                d.precision == "day"
                and ref - _NEWS_DAY_REACH <= d.value <= ref
                and not _match_day(sentence, d)
            ):
                return d.value
    return ref


# "Burnley won 2-0 on Saturday", "after Tom Lund scored twice on Sunday": the day of a game told in the
# lead, not the day of the news (a sacking "on Sunday, a day after the 3-0 defeat" keeps its own)
_MATCH_CLAUSE = re.compile(
    r"\b(?:won|lost|drew|beat|beaten|thrashed|scored|played|draw|defeat|victory|win|loss|game|match|fixture)\b"
    r"[^,;]{0,40}$",
    re.IGNORECASE,
)


# "took the team for Saturday's 2-1 defeat", "led Monday's training": the day of a game or a session
_GAME_OF_THE_DAY = re.compile(
    r"\s+(?:[\w.-]+\s+){0,4}?(?:game|match|draw|defeat|win|victory|loss|tie|fixture|clash|trip|derby|"
    r"final|friendly|training|session)\b",
    re.IGNORECASE,
)


def game_day(sentence: str, d: DateMention) -> bool:
    """The day is told as a game's or a session's ("Saturday's game", "Monday's training"; a month's
    possessive, "January's friendly", is left outside its mention)."""
    if sentence[d.start : d.end].endswith(("'s", "’s")):
        return bool(_GAME_OF_THE_DAY.match(sentence, d.end))
    return sentence.startswith(("'s", "’s"), d.end) and bool(_GAME_OF_THE_DAY.match(sentence, d.end + 2))


def _match_day(sentence: str, d: DateMention) -> bool:
    """The day is told in a clause about a game, or is the day of one."""
    return bool(_MATCH_CLAUSE.search(sentence, max(0, d.start - 50), d.start)) or game_day(sentence, d)


@lru_cache(maxsize=256)  # each sentence is looked back at by the few after it
def _told_dates(sentence: str, ref: date | None) -> tuple[DateMention, ...]:
    """The dates `sentence` tells, a year named in passing too ("led them to the last 16 at the 2022
    World Cup"), in the text's order."""
    dates = find_dates(sentence, ref)
    # (not "a fortnight after the takeover", counted back to another event than the sentence's)
    told = [
        d
        for d in dates
        if d.kind in ("point", "since") and not _COUNTED_BACK.search(sentence, d.start, d.end)
    ]
    for m in _TOLD_YEAR.finditer(sentence):
        if any(d.start <= m.start() < d.end for d in dates) or _UNTIL_BEFORE.search(
            sentence, max(0, m.start() - 30), m.start()
        ):
            continue  # (a date read already, or a term's: "a deal running to June 2026")
        year = int(m.group(1))
        second = m.group(2)
        if second and int(second[-2:]) == (year + 1) % 100:  # "the 2022-23 season"
            told.append(DateMention(m.start(), m.end(), date(year, 7, 1), "season", "point"))
        else:
            told.append(DateMention(m.start(), m.end(), date(year, 1, 1), "year", "point"))
    return tuple(sorted(told, key=lambda d: d.start))


def _lower_case_month(m: re.Match[str]) -> bool:
    """A month name told by the date before it, written in lower case: a word, not the month."""
    word = m.group("thu") or m.group("ru") or ""
    return word.lower() in MONTHS and word.islower()


def _add_date(
    sentence: str,
    m: re.Match[str],
    ref: date | None,
    out: list[DateMention],
    anchor: DateMention | None = None,
) -> None:
    """Adds the date `m` tells to `out`, read with the words before it and the dates `out` (else
    `anchor`) told already."""
    future = bool(_FUTURE_BEFORE.search(sentence, max(0, m.start() - 90), m.start()))
    try:
        resolved = _resolve(m, ref, future)
    except (ValueError, OverflowError):
        resolved = None
    if not resolved:
        return
    told = _date_kind(sentence, m, *resolved)
    if told is None:
        return
    joined = _joined_with_told(sentence, m, out, anchor, *told)
    if joined is None:
        return
    start, value, precision, kind = joined
    if (
        out
        and m.lastgroup in ("lastunit", "thisunit")
        and precision == "year"
        and out[-1].precision == "month"
        and _OF_GAP.fullmatch(sentence, out[-1].end, m.start())
    ):  # "in March last year": March of that year
        prev = out.pop()
        value = date(value.year, prev.value.month, prev.value.day)
        out.append(DateMention(prev.start, m.end(), value, "month", prev.kind))
        return
    ahead = future and kind != "since" and ref is not None and value > ref
    out.append(DateMention(start, m.end(), value, precision, kind, ahead))


def _date_kind(
    sentence: str, m: re.Match[str], value: date, precision: str, kind: str
) -> tuple[date, str, str] | None:
    """`m`'s date with its kind as the words before it tell it ("until", "since", "expires on"); None
    where those words make it no event's date."""
    if m.lastgroup == "thisunit" and _ORDINAL_COUNT_BEFORE.search(
        sentence, max(0, m.start() - 70), m.start()
    ):
        return None  # "the third manager to lose his job this season": the span counted in, no date
    if m.lastgroup == "seasonend" and _UNTIL_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
        return None  # "will lead the team until the end of the season": a plan, not an event's date
    if kind == "point" and _UNTIL_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
        kind = "until"  # "a contract until the end of the 2022-23 season": an end, not an event
    expires = _EXPIRES_BEFORE.search(sentence, max(0, m.start() - 110), m.start())
    if kind == "point" and expires:
        kind = "until"  # "when his contract expires on 31 July": the day he leaves
    elif kind == "until" and _TERM_BEFORE.search(sentence, max(0, m.start() - 70), m.start()):
        kind = "term"
    since = _SINCE_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
    if kind == "point" and _SPELL_BEGAN_BEFORE.search(sentence, max(0, m.start() - 70), m.start()):
        kind = "since"  # "ending a spell that began in October 2015": the spell's start, not the end
    if kind == "point" and (since or m.group(0).lower().startswith("since ")):
        kind = "since"  # "in charge since last summer", "since the summer of 2018"
        if since and since.group(1) and precision == "year":
            value, precision = date(value.year, 7, 1), "season"
    return value, precision, kind


def _joined_with_told(
    sentence: str,
    m: re.Match[str],
    out: list[DateMention],
    anchor: DateMention | None,
    value: date,
    precision: str,
    kind: str,
) -> tuple[int, date, str, str] | None:
    """`m`'s date (start, value, precision, kind) read with the date told just before it, which it may
    replace in `out` ("on Sunday, November 21"); None for a date counted from an untold one."""
    start = m.start()
    told = out[-1] if out else anchor
    if m.lastgroup == "relunit" and told:  # "in 2019 … the following season": the one after that date
        next_to = _next_to_told(
            told, m.group("ru").lower(), m.group("rw").lower() in ("previous", "preceding")
        )
        return (start, *next_to, kind) if next_to else None
    if (
        out
        and out[-1].precision == precision == "day"
        and m.lastgroup != "nafter"
        and out[-1].end <= m.start()
        and _JUST_COMMA.fullmatch(sentence, out[-1].end, m.start())
    ):
        weekday = out.pop()  # "on Sunday, November 21": the written date, not the weekday's guess
        start = weekday.start  # … told from "on Sunday" on ("since X was sacked on Sunday, …")
    if m.lastgroup == "nafter" and out and (out[-1].precision == "day" or precision in ("month", "year")):
        value, precision = _before_told(out[-1], _num(m.group("an")), m.group("au").lower(), precision)
    which = m.group("se").lower() if m.lastgroup == "seasonend" else None
    if told and (which == "that" or (which == "the" and out)):
        # "in December 2019 … at the end of the season": the end of that season
        value = date(season_start(told.value).year + 1, 6, 30)
    if m.lastgroup == "yearedge" and m.group("yw").lower() == "that":  # "at the end of that year"
        if not told:
            return None
        value = date(told.value.year, _EDGE_MONTH[m.group("ye").lower()], 1)
    if (
        m.lastgroup == "bareseason"
        and out
        and out[-1].precision == precision == "season"
        and _JUST_COMMA.fullmatch(sentence, out[-1].end, m.start())
    ):  # "in his first season, 2022-23": the season named, told from the first words on
        told = out.pop()
        start, kind = told.start, told.kind
    if m.lastgroup == "month" and told and _OF_THAT_YEAR.match(sentence, m.end()):
        value = date(told.value.year, value.month, value.day)  # "in August of that year"
    return start, value, precision, kind


# " almost four years", " seven seasons": a spell's length (group 1 its count, group 2 its unit)
_SPELL_LENGTH = r"\s+" + _LENGTH_LEAD + r"(\w+)\s+(years?|seasons?)\b"
# "sacked in November 2022 after almost four years in charge", "joined D in January 2020 after seven
# seasons at C": a spell's length told right after the dated change that ended it
_AFTER_LENGTH_AT = re.compile(r"after" + _SPELL_LENGTH, re.IGNORECASE)
# "spent seven years in charge of C, taking them to …, before leaving in 2022": the end told later
_SPENT_LENGTH_AT = re.compile(r"(?:spent|spending)" + _SPELL_LENGTH, re.IGNORECASE)
_LEAVING_BEFORE = re.compile(
    r"\bbefore\s+(?:leaving|departing|quitting|moving\s+on|stepping\s+down|being\s+(?:sacked|dismissed|fired|"
    r"replaced))\b[^.;:,]{0,40}$",
    re.IGNORECASE,
)


def time_spent(sentence: str, d: DateMention) -> bool:
    """The mention is a length someone spent somewhere ("spent the past two seasons on Y's staff"),
    counted back: the start of his own time there."""
    return d.kind == "since" and _SPENT_LENGTH_AT.fullmatch(sentence, d.start, d.end) is not None


def _lengths_before_told(sentence: str, out: list[DateMention]) -> list[DateMention]:
    """A spell's length counted back from the dated end the sentence tells, not from the article's date."""
    for i, d in enumerate(out):
        if d.kind != "since":
            continue
        after = _AFTER_LENGTH_AT.fullmatch(sentence, d.start, d.end)
        spent = _SPENT_LENGTH_AT.fullmatch(sentence, d.start, d.end)
        end = None
        if after and i and out[i - 1].kind == "point" and not sentence[out[i - 1].end : d.start].strip(" ,"):
            end = out[i - 1]
        elif spent:
            end = next(
                (
                    e
                    for e in out[i + 1 :]
                    if e.kind == "point"
                    and _LEAVING_BEFORE.search(sentence, max(d.end, e.start - 60), e.start)
                ),
                None,
            )
        told = after or spent
        if end is None or told is None or end.future:
            continue
        n, unit = _num(told.group(1)), told.group(2).lower()
        if not (told.group(1).isdigit() or told.group(1).lower() in NUMBERS):
            continue
        out[i] = DateMention(d.start, d.end, _ago(end.value, n, unit), d.precision, "since")
    return out


# "took charge in 2018 and moved on a year later", "won it in May 2023 but was dismissed five months
# later", "in 2018 … two years earlier": so long after (or before) the date just told
_YEARS_LATER = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(years?|seasons?|months?)\s+(later|earlier)\b",
    re.IGNORECASE,
)
# "sacked on December 4 and replaced a day later", "appointed X days later": a day or a few after
_DAYS_LATER = re.compile(
    r"\b(?:(a|an|one|two|three|four|five|six|seven|\d)\s+|(?:just\s+|only\s+)?)(days?|weeks?|hours)\s+"
    r"(later|earlier)\b",
    re.IGNORECASE,
)
_LATER_WORD = re.compile(r"later|earlier", re.IGNORECASE)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _years_later(
    sentence: str, out: list[DateMention], anchor: DateMention | None = None
) -> list[DateMention]:
    """Adds the dates told as so long after (before) the date told before them, in the sentence or
    else the `anchor` the sentences before told."""
    if not _LATER_WORD.search(sentence):  # the word both patterns need: skip their scans
        return sorted(out, key=lambda d: d.start)
    for m in _YEARS_LATER.finditer(sentence):
        months = m.group(2).lower().startswith("month")
        finest = ("month", "day") if months else ("year", "season", "month", "day")
        told = [d for d in out if d.end <= m.start() and d.precision in finest]
        if not told and anchor and anchor.precision in finest and not out:
            told = [anchor]
        if told and not any(d.start <= m.start() < d.end for d in out):
            n = _COUNT.get(m.group(1).lower()) or int(m.group(1))
            n = n if m.group(3).lower() == "later" else -n
            if months:
                value, precision = _ago(told[-1].value, -n, "month"), "month"
            else:
                value, precision = date(told[-1].value.year + n, 1, 1), "year"
            out.append(DateMention(m.start(), m.end(), value, precision, "point"))
    for m in _DAYS_LATER.finditer(sentence):
        told = [d for d in out if d.end <= m.start() and d.precision in ("day", "week", "month")]
        if not told and anchor and anchor.precision in ("day", "week", "month") and not out:
            told = [anchor]
        if told and not any(d.start <= m.start() < d.end for d in out):
            out.append(_days_later(m, told[-1]))
    return sorted(out, key=lambda d: d.start)


def _days_later(m: re.Match[str], told: DateMention) -> DateMention:
    """A day or a few after (or before) the date told: 'a day later' to the day, 'days later' to the
    week; a month told stays that month."""
    unit, count = m.group(2).lower(), m.group(1)
    days = 0 if unit == "hours" else (_COUNT.get(count.lower()) or int(count)) if count else 3
    days *= 7 if unit.startswith("week") else 1
    days = days if m.group(3).lower() == "later" else -days
    if told.precision == "month":
        return DateMention(m.start(), m.end(), told.value, "month", "point")
    precise = count and unit.startswith("day") and told.precision == "day"
    precision = "day" if precise or unit == "hours" else ("week" if days < 14 else "month")
    return DateMention(m.start(), m.end(), told.value + timedelta(days=days), precision, "point")


def _that_unit(m: re.Match[str], told: DateMention) -> DateMention | None:
    """'in April 2023 … that summer': the unit named, of the date just told (a day or week only of
    one told as finely: 'won it in 2014 … on the same day' is another day); 'since then': a spell
    from the date told."""
    unit, value = _that_word(m), told.value
    if m.lastgroup == "sincethen":
        return DateMention(m.start(), m.end(), value, told.precision, "since")
    if unit in MONTHS:  # "replaced X in January 2020 and was sacked that August": of that year
        month = MONTHS[unit]
        year = season_start(value).year + (month < 7) if told.precision == "season" else value.year
        value, precision = date(year, month, 1), "month"
    elif unit == "summer":
        value, precision = date(value.year, 7, 1), "season"
    elif unit in ("season", "campaign"):
        value, precision = season_start(value), "season"
    elif unit == "year":
        value, precision = date(value.year, 1, 1), "year"
    elif unit == "month":
        value, precision = date(value.year, value.month, 1), "month"
    elif told.precision in ("day", "week"):  # "the same day", "that week": the date told
        precision = told.precision
    else:
        return None
    return DateMention(m.start(), m.end(), value, precision, "point")


_OF_GAP = re.compile(r"\s+(?:of\s+)?")


def _next_to_told(told: DateMention, unit: str, before: bool) -> tuple[date, str] | None:
    """The unit after the date told ('the following season', 'the next June'), or before it ('the
    previous summer'); a day or week only of a date told as finely."""
    step, value = (-1 if before else 1), told.value
    if unit in MONTHS:  # the first such month after (before) the date told
        month = MONTHS[unit]
        ahead = month > value.month if step > 0 else month < value.month
        return date(value.year + (0 if ahead else step), month, 1), "month"
    if unit in ("day", "week"):
        if told.precision not in ("day", "week"):
            return None
        return value + timedelta(days=step * (1 if unit == "day" else 7)), told.precision
    if unit == "month":
        return _ago(value, -step, "month"), "month"
    if unit == "year":
        return date(value.year + step, 1, 1), "year"
    if unit == "summer":  # the summer window after (before) the date told
        ahead = value.month < 6 if step > 0 else value.month > 8
        return date(value.year + (0 if ahead else step), 7, 1), "season"
    # a year told alone stands for the season it began ("took over in 2017 … the following season": 2018-19)
    season = value.year if told.precision == "year" else season_start(value).year
    return date(season + step, 7, 1), "season"


def _before_told(told: DateMention, n: int, unit: str, precision: str) -> tuple[date, str]:
    """'in December, a year after leaving C': so long before the date just told ('a year' to the month)."""
    if unit.startswith("year") and n == 1 and told.precision in ("month", "day"):
        return _ago(told.value, 12, "month"), "month"
    return _ago(told.value, n, unit), precision


_OF_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that(?:\s+same)?|the\s+same)\s+year\b", re.IGNORECASE)


def _resolve(m: re.Match[str], ref: date | None, future: bool = False) -> tuple[date, str, str] | None:
    """(value, precision, kind) of a date match: a date written out, else one told relative to the
    article's date `ref` (none without it); `future` when the clause tells what is still to come."""
    g = m.lastgroup
    if g in _WRITTEN_FORMS or (g == "monthedge" and m.group("emn")):
        return _resolve_written(m, ref, future)
    return _resolve_relative(m, ref, future) if ref is not None else None


# the date forms that carry their own year (a bare month needs the article's date)
_WRITTEN_FORMS = frozenset(
    {
        "range",
        "since",
        "season",
        "monthyear",
        "dmy",
        "bareseason",
        "summerof",
        "year",
        "yearpart",
        "yearseason",
    }
)


def _resolve_written(m: re.Match[str], ref: date | None, future: bool) -> tuple[date, str, str] | None:
    """A date whose year the text writes ("in 2014/15", "on 16 October 2018", "since March 2021")."""
    g = m.lastgroup
    if g == "range":
        month = MONTHS[m.group("rm").lower()] if m.group("rm") else 1
        return date(int(m.group("ry")), month, 1), "month" if m.group("rm") else "year", "since"
    if g == "since":
        month = MONTHS[m.group("sm").lower()] if m.group("sm") else 1
        return date(int(m.group("sy")), month, 1), "month" if m.group("sm") else "year", "since"
    if g == "season":
        return date(int(m.group("sea")), 7, 1), "season", "point"
    if g == "monthyear":
        day = int(m.group("md")) if m.group("md") else (15 if "mid" in m.group(0).lower() else 1)
        prec = "day" if m.group("md") else "month"
        return date(int(m.group("my")), MONTHS[m.group("mm").lower()], day), prec, "point"
    if g == "dmy":  # "on 16 October 2018", "5th of December, 2019"
        value = _safe_date(int(m.group("dyy")), MONTHS[m.group("dym").lower()], int(m.group("dyd")))
        return (value, "day", "point") if value else None
    if g == "bareseason":  # "in 2014/15", "the season 2005-06", "his first season, 2022-23"
        first, second = int(m.group("bsa")), int(m.group("bsb"))
        second += first // 100 * 100 if second < 100 else 0  # "2008-12": to 2012
        # "Anderlecht (2019-2022)", "two spells (2009-2015 and 2020-2021)": a spell's years in brackets
        bracketed = m.string[max(0, m.start() - 1) : m.start()] == "(" or bool(
            _SPAN_AND_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
        )
        if second == first + 1:
            return date(first, 7, 1), "season", "since" if bracketed else "point"
        prefixed = not m.group(0)[:1].isdigit()  # "in 2011-13": from 2011
        if bracketed and second > first:
            return date(first, 1, 1), "year", "since"
        return (date(first, 1, 1), "year", "point") if prefixed else None
    if g == "monthedge" and m.group("emn"):  # "at the start of April (2018)"
        month = MONTHS[m.group("emn").lower()]
        year = int(m.group("emy")) if m.group("emy") else _latest_year(ref, month, future)
        return (date(year, month, 1), "month", "point") if year else None
    if g == "summerof":  # "in the summer of 2024": the close season before 2024-25
        return date(int(m.group("suy")), 7, 1), "season", "point"
    if g == "year":
        told = m.group(0).lower()
        # ("coached C until 2021": the spell's end, or a contract's term, as "until May 2021" is)
        kind = "since" if told.startswith("since") else "until" if told.startswith("until") else "point"
        return date(int(m.group("y")), 1, 1), "year", kind
    if g == "yearpart":  # "at the end of 2023": its December ("the start of 2024": January)
        return date(int(m.group("ypy")), _EDGE_MONTH[m.group("yp").lower()], 1), "month", "point"
    if g == "yearseason":  # "ahead of the 2020 season" (a calendar-year league): that year
        return date(int(m.group("ysy")), 1, 1), "year", "point"
    return None


def _resolve_relative(m: re.Match[str], ref: date, future: bool) -> tuple[date, str, str] | None:
    """A date told relative to the article's date ("on Tuesday", "last summer", "two weeks ago")."""
    return _relative_day(m, ref, future) or _relative_span(m, ref, future)


def _relative_day(m: re.Match[str], ref: date, future: bool) -> tuple[date, str, str] | None:
    """A day or week told relative to the article's ("on Tuesday", "yesterday", "at the weekend")."""
    g = m.lastgroup
    if g == "matchday" and future:
        return None  # "will take charge of Saturday's game": today's news, the game is no date of it
    if g in ("barewd", "matchday"):
        weekday = m.group("bwd") or m.group("mwd")
        if future:
            return _coming_weekday(ref, weekday), "day", "point"
        back = (ref.weekday() - WEEKDAYS[weekday.lower()]) % 7
        return ref - timedelta(days=back), "day", "point"
    if g == "weekday":
        if future and not m.group(0).lower().startswith(("last", "this past", "since")):
            return _coming_weekday(ref, m.group("wd")), "day", "point"
        back = (ref.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        if m.group(0).lower().startswith("last") and back == 0:
            back = 7
        return ref - timedelta(days=back), "day", "point"
    if g == "holiday":  # "dismissed on Christmas Eve": the latest one (the coming one, told ahead)
        month, day = _HOLIDAYS[re.sub(r"\W+", " ", m.group("hol").lower())]
        return _latest_day(ref, month, day, future), "day", "point"
    if g == "today":
        return ref, "day", "point"
    if g == "ordday":  # "on the 6th": the latest 6th (of last month, when told so)
        return _ordinal_day(ref, int(m.group("odd")), (m.group("odm") or "").lower(), future)
    if g == "hoursof":  # "in the early hours of Monday": that weekday
        back = (ref.weekday() - WEEKDAYS[m.group("hwd").lower()]) % 7
        return ref - timedelta(days=back), "day", "point"
    if g == "weeksagowd":  # "a week ago on Thursday": the Thursday a week before the latest one
        back = (ref.weekday() - WEEKDAYS[m.group("wawd").lower()]) % 7 + 7 * _num(m.group("wan"))
        return ref - timedelta(days=back), "day", "point"
    if g == "yesterday":
        return ref - timedelta(days=1), "day", "point"
    if g == "nafter":  # "four days after X stepped down": before the day just told (or today)
        return _ago(ref, _num(m.group("an")), m.group("au").lower()), _unit_precision(m.group("au")), "point"
    if g == "fortnight":
        return ref - timedelta(days=14), "week", "point"
    if g in ("monthday", "daymonth"):  # "on October 16th", "on 5th December": the latest one
        month = MONTHS[(m.group("mdm") or m.group("dmm")).lower()]
        day = int(m.group("mdd") or m.group("dmd"))
        return _latest_day(ref, month, day, future), "day", "point"
    if g == "weekend":  # "at the weekend": the Saturday just gone ("last weekend": the one before)
        back = (ref.weekday() - 5) % 7
        if m.group("wkl") and m.group("wkl").lower() == "last" and back < 2:
            back += 7
        return ref - timedelta(days=back), "week", "point"
    return None


def _relative_span(m: re.Match[str], ref: date, future: bool) -> tuple[date, str, str] | None:
    """A month, season or year told relative to the article's ("last summer", "two years ago", "in March")."""
    return _relative_season(m, ref, future) or _counted_back(m, ref) or _relative_unit(m, ref, future)


def _relative_season(m: re.Match[str], ref: date, future: bool) -> tuple[date, str, str] | None:
    """A season or its edge told relative to the article's ("at the end of the season", "in the summer")."""
    g = m.lastgroup
    if g == "seasonstart":  # "at the start of the season": this one's July ("of last season": the one before)
        which = m.group("ssw").lower()
        return date(season_start(ref).year + {"last": -1, "next": 1}.get(which, 0), 7, 1), "season", "point"
    if g == "closeseason":  # "in the close season": the latest summer, like "in the summer"
        return date(ref.year if ref.month >= 6 else ref.year - 1, 7, 1), "season", "point"
    if g == "inseason":  # "earlier in the season": this one
        return season_start(ref), "season", "point"
    if (
        g == "firstseason"
    ):  # "after a single season in charge", "in his first season at …": this season's start
        return season_start(ref), "season", "since"
    if g == "nthseason":  # "is now in his third season at C": the spell began two seasons before this one
        return _nth_season_start(m, ref)
    if g == "inthesummer":  # the latest summer: this year's from June on (told ahead: the coming one)
        if future or _WOULD_BEFORE.search(m.string, max(0, m.start() - 80), m.start()):
            return date(ref.year if ref.month < 7 else ref.year + 1, 7, 1), "season", "point"
        return date(ref.year if ref.month >= 6 else ref.year - 1, 7, 1), "season", "point"
    if g == "seasonend":  # "at the end of this/last/the season": its 30 June
        which = m.group("se").lower()
        year = season_start(ref).year + {"last": 0, "this": 1, "next": 2}.get(which, 1)
        ahead = future or bool(_WOULD_BEFORE.search(m.string, max(0, m.start() - 80), m.start()))
        if which in ("the", "that") and not ahead and date(year, 6, 30) > ref:
            year -= 1  # told in the past: the season end just gone
        return date(year, 6, 30), "season", "point"
    if g == "untilthis":
        start = season_start(ref)
        if m.group("ut").lower() == "last":
            start = date(start.year - 1, 7, 1)
        return date(start.year, 6, 30), "season", "until"
    return None


# "several", "a few": how many is not told, so no start can be counted back from them
_VAGUE_COUNTS = frozenset({"several", "a few"})


def _counted_back(m: re.Match[str], ref: date) -> tuple[date, str, str] | None:
    """A span counted back from the article's date ("two years ago", "over the past decade")."""
    g = m.lastgroup
    if g == "decade":  # "over the past decade": ten years back
        return date(ref.year - 10, 1, 1), "year", "since"
    if g == "ago":
        unit = m.group("unit")
        return _ago(ref, _num(m.group("n")), unit.lower()), _unit_precision(unit), "point"
    if g in ("overlast", "spent"):
        if (m.group("on") or m.group("sn")).lower() in _VAGUE_COUNTS:  # "spent several seasons": no count
            return None
        n = _num(m.group("on") or m.group("sn"))
        unit = (m.group("ou") or m.group("su")).lower()
        return _length_start(ref, n, unit), _unit_precision(unit), "since"
    return None


def _relative_unit(m: re.Match[str], ref: date, future: bool) -> tuple[date, str, str] | None:
    """A month, year or named part of one told relative to the article's ("last month", "in March",
    "at the start of the year", "until June")."""
    g = m.lastgroup
    if g == "monthedge":  # "at the start of the month": this one ("of last month": the one before)
        back = 1 if m.group("emw").lower() == "last" else 0
        return _ago(ref, back, "month"), "month", "point"
    if g == "relunit":  # "the previous summer" told alone: before now (a told date is handled by the caller)
        if m.group("rw").lower() in ("previous", "preceding"):
            return _last(ref, m.group("ru").lower().replace("campaign", "season"))
        return _this(ref, m.group("ru").lower().replace("campaign", "season"), "next")
    if g == "winterbreak":  # "in the winter break": the latest January (the coming one, told ahead)
        return date(_latest_year(ref, 1, future) or ref.year, 1, 1), "month", "point"
    if g == "intheseason":  # "in the autumn": the latest one, like "last autumn"
        return _last(ref, m.group("isn").lower())
    if g == "yearedge":  # "at the start of the year": its January ("the end of last year": December)
        return _year_edge(ref, m.group("ye").lower(), m.group("yw").lower(), future)
    if g == "lastunit":
        return _last(ref, m.group("lu").lower())
    if g == "thisunit":
        return _this(ref, m.group("tu").lower(), m.group(0).lower())
    if g == "untilmonth":
        return _until_month(m, ref, future)
    if g == "month":
        return _relative_month(m, ref, future)
    return None


def _until_month(m: re.Match[str], ref: date, future: bool) -> tuple[date, str, str]:
    """'coached Mali until June (last year)', 'will stay until March': a spell's end."""
    month = MONTHS[m.group("um").lower()]
    if m.group("uy"):
        return date(int(m.group("uy")), month, 1), "month", "until"
    if future:
        return date(ref.year if month >= ref.month else ref.year + 1, month, 1), "month", "until"
    return date(ref.year if month <= ref.month else ref.year - 1, month, 1), "month", "until"


def _relative_month(m: re.Match[str], ref: date, future: bool) -> tuple[date, str, str]:
    """'in March', 'since mid-May': the latest such month (the coming one, told ahead)."""
    month = MONTHS[m.group("mo").lower()]
    since = m.group(0).lower().startswith("since")
    year = ref.year if month <= ref.month else ref.year - 1
    if future and not since:
        year = ref.year if month >= ref.month else ref.year + 1
    day = 15 if "mid" in m.group(0).lower() else 1
    return date(year, month, day), "month", "since" if since else "point"


# "(2009-2015 and 2020-2021)": the second span of a bracket
_SPAN_AND_BEFORE = re.compile(r"\((?:19|20)\d\d[-–/](?:19|20)?\d\d,?\s+(?:and\s+)?$")


# "the start / middle / end of 2023": its first, middle or last month
_EDGE_MONTH = {"start": 1, "beginning": 1, "turn": 1, "middle": 7, "end": 12}


def _ordinal_day(ref: date, day: int, of: str, future: bool) -> tuple[date, str, str] | None:
    """'on the 6th': this month's 6th when it is gone (or told ahead), else last month's."""
    months = ref.year * 12 + ref.month - 1 - (of == "last")
    if of not in ("last", "this") and (day > ref.day) != future:
        months += 1 if future else -1
    value = _safe_date(months // 12, months % 12 + 1, day)
    return (value, "day", "point") if value else None


# Holidays a sacking is dated by ("on Christmas Eve", "on Boxing Day"): (month, day)
_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year s eve": (12, 31),
    "new year s day": (1, 1),
}


def _latest_day(ref: date, month: int, day: int, future: bool) -> date:
    """A day and month told without a year: the latest one (within a week ahead), or the coming one."""
    value = date(ref.year, month, day)
    if future and value < ref:
        return date(ref.year + 1, month, day)
    if not future and value > ref + timedelta(days=7):
        return date(ref.year - 1, month, day)
    return value


def _year_edge(ref: date, edge: str, which: str, future: bool) -> tuple[date, str, str]:
    """January of the year told ('the turn of the year': the January it turned to), or its December."""
    year = ref.year - (which == "last")
    if edge != "end":
        return date(year, 1, 1), "month", "point"
    if which == "the" and not future and ref.month < 12:
        year -= 1  # "was sacked at the end of the year" told in spring: last December
    return date(year, 12, 1), "month", "point"


def _latest_year(ref: date | None, month: int, future: bool) -> int | None:
    """The year of a month told without one: this year's unless still to come (the coming one, told ahead)."""
    if ref is None:
        return None
    if future:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _coming_weekday(ref: date, weekday: str) -> date:
    """The next such weekday from `ref` on (today if it is one)."""
    return ref + timedelta(days=(WEEKDAYS[weekday.lower()] - ref.weekday()) % 7)


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_ORDINALS |= {"ninth": 9, "tenth": 10}
# after "X, in his third season at C," the clause goes on in the present: the season is the current one
_PRESENT_AFTER_ASIDE = re.compile(
    r"[^,.;:!?]{0,60},\s+(?:has|have|is|are|says|said|admits|admitted|insists|insisted|believes|will|faces)\b",
    re.IGNORECASE,
)


def _nth_season_start(m: re.Match[str], ref: date) -> tuple[date, str, str] | None:
    """'now in his third season': two seasons before the current one ('third year': two years back).
    Told in an aside ('X, in his third season at C, …'), only when the clause goes on in the present."""
    aside = m.string[max(0, m.start() - 2) : m.start()] == ", "
    if aside and not _PRESENT_AFTER_ASIDE.match(m.string, m.end()):
        return None
    word = m.group("nth").lower()
    back = (_ORDINALS.get(word) or int(word[:-2])) - 1
    if m.group("nthu").lower() == "year":
        return date(ref.year - back, 1, 1), "year", "since"
    return date(season_start(ref).year - back, 7, 1), "season", "since"


def _unit_precision(unit: str) -> str:
    unit = unit.lower().rstrip("s")
    return {"day": "day", "week": "week", "fortnight": "week", "month": "month", "season": "season"}.get(
        unit, "year"
    )


def _length_start(ref: date, n: int, unit: str) -> date:
    """The start of a length that runs up to the article's date ("spent the last five seasons at C"):
    from January to June the season under way is nearly played and is one of them (told in June
    2017: 2012-13 to 2016-17)."""
    if unit.rstrip("s") == "season" and ref.month < 7:
        return date(season_start(ref).year + 1 - n, 7, 1)
    return _ago(ref, n, unit)


def _ago(ref: date, n: int, unit: str) -> date:
    unit = unit.rstrip("s")
    if unit == "day":
        return ref - timedelta(days=n)
    if unit in ("week", "fortnight"):  # ("a fortnight after": two weeks)
        return ref - timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 - n
        return date(months // 12, months % 12 + 1, 1)
    if unit == "decade":
        return date(ref.year - 10 * n, 1, 1)
    if unit == "season":
        return date(season_start(ref).year - n, 7, 1)
    return date(ref.year - n, 1, 1)


# the middle month of a season of the year ("last autumn": October)
_SEASON_MONTH = {"autumn": 10, "spring": 4}


def _last(ref: date, unit: str) -> tuple[date, str, str]:
    if unit == "week":
        return ref - timedelta(weeks=1), "week", "point"
    if unit == "month":
        return _ago(ref, 1, "month"), "month", "point"
    if unit == "year":
        return date(ref.year - 1, 1, 1), "year", "point"
    if unit in ("season", "term", "campaign"):
        return date(season_start(ref).year - 1, 7, 1), "season", "point"
    if unit == "summer":  # the summer window before now; in autumn that is this year's
        return date(ref.year if ref.month >= 9 else ref.year - 1, 7, 1), "season", "point"
    if unit == "winter":
        return date(ref.year if ref.month >= 3 else ref.year - 1, 1, 1), "month", "point"
    if unit in _SEASON_MONTH:  # "last autumn": the one before now, told by its middle month
        month = _SEASON_MONTH[unit]
        return date(ref.year if ref.month > month + 1 else ref.year - 1, month, 1), "season", "point"
    month = MONTHS[unit]
    return date(ref.year if month < ref.month else ref.year - 1, month, 1), "month", "point"


def _this(ref: date, unit: str, phrase: str) -> tuple[date, str, str]:
    ahead = phrase.startswith(("next", "the coming"))
    if unit == "week":
        return ref + timedelta(weeks=1 if ahead else 0), "week", "point"
    if unit == "month":
        return (_ago(ref, -1, "month") if ahead else date(ref.year, ref.month, 1)), "month", "point"
    if unit == "year":
        return date(ref.year + ahead, 1, 1), "year", "point"
    if unit in ("season", "campaign", "term"):
        return date(season_start(ref).year + ahead, 7, 1), "season", "point"
    if unit == "summer":
        year = ref.year + (1 if ahead else 0)  # "this summer" in November: the one just gone
        return date(year, 7, 1), "season", "point"
    if unit in _SEASON_MONTH:  # "this autumn", "next spring": this year's, the coming one if ahead
        month = _SEASON_MONTH[unit]
        return date(ref.year + (1 if ahead and ref.month > month else 0), month, 1), "season", "point"
    return date(ref.year + (1 if ahead or ref.month >= 3 else 0), 1, 1), "month", "point"
