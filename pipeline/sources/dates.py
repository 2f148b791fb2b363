"""Dates as people write them in staff lists, each with a precision (day, month, season, year).

`2019-12-22`, `22/12/2019`, `22 Dec, 2019`, `December 22, 2019`, `December 2019`, `2019-12`,
`May 1956`, `2019`, `2024-25` / `2024/25` (a season, July–June), and the open end
(`Present`, `current`, `now`, `-`, empty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

OPEN_END_WORDS = {
    "",
    "present",
    "current",
    "now",
    "today",
    "ongoing",
    "-",
    "–",
    "—",
    "null",
    "none",
    "n/a",
    "na",
    "actual",
    "actualidad",
    "presente",
}

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january", "ene", "enero"),
            ("feb", "february", "febrero"),
            ("mar", "march", "marzo"),
            ("apr", "april", "abr", "abril"),
            ("may", "mayo"),
            ("jun", "june", "junio"),
            ("jul", "july", "julio"),
            ("aug", "august", "ago", "agosto"),
            ("sep", "sept", "september", "septiembre", "setiembre"),
            ("oct", "october", "octubre"),
            ("nov", "november", "noviembre"),
            ("dec", "december", "dic", "diciembre"),
        ]
    )
    for m in names
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_SEASON = re.compile(r"^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_WORDS = re.compile(r"[a-záéíóú]+\.?|\d+", re.IGNORECASE)


class DateParseError(ValueError):
    """A date string that none of the known forms fit."""


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a precision; `value` is the first day of the period (a season: 1 July)."""

    value: date
    precision: str  # day | month | season | year

    @property
    def last_day(self) -> date:
        """The last day of the period (what an end date like 'December 2019' means at most)."""
        if self.precision == "day":
            return self.value
        if self.precision == "month":
            nxt = date(self.value.year + self.value.month // 12, self.value.month % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        if self.precision == "season":
            return date(self.value.year + 1, 6, 30)
        return date(self.value.year, 12, 31)


def is_open_end(text: object) -> bool:
    return text is None or str(text).strip().lower() in OPEN_END_WORDS


def parse_date(text: object) -> PartialDate | None:
    """The date in `text`, or None for an open end ('Present', empty); DateParseError otherwise."""
    if isinstance(text, date):
        return PartialDate(text, "day")
    if is_open_end(text):
        return None
    raw = re.sub(r"\s+", " ", str(text)).strip()
    try:
        found = _numeric(raw) or _worded(raw)
    except ValueError as exc:  # e.g. 2019-02-30
        raise DateParseError(f"not a real date: {raw!r} ({exc})") from exc
    if found is None:
        raise DateParseError(f"unrecognised date: {raw!r}")
    return found


def _numeric(raw: str) -> PartialDate | None:
    if m := _ISO.match(raw):
        return PartialDate(date(int(m[1]), int(m[2]), int(m[3])), "day")
    if m := _DMY.match(raw):  # European order: 22/12/2019
        return PartialDate(date(int(m[3]), int(m[2]), int(m[1])), "day")
    if (m := _SEASON.match(raw)) and _is_season(int(m[1]), m[2]):
        # '2011-12' is read as a season, not December 2011: the usual form in staff lists
        return PartialDate(date(int(m[1]), 7, 1), "season")
    if m := _YEAR_MONTH.match(raw):
        return PartialDate(date(int(m[1]), int(m[2]), 1), "month")
    if m := _YEAR.match(raw):
        return PartialDate(date(int(m[1]), 1, 1), "year")
    return None


def _is_season(start: int, end_text: str) -> bool:
    end = int(end_text)
    return end == start + 1 if len(end_text) == 4 else end == (start + 1) % 100


def _worded(raw: str) -> PartialDate | None:
    """'22 Dec, 2019', 'December 22, 2019', 'December 2019', 'May 1956', '22 de mayo de 2019'."""
    words = [w.rstrip(".").lower() for w in _WORDS.findall(raw) if w.lower() not in ("de", "of")]
    months = [w for w in words if w in _MONTHS]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) != 1 or len(months) + len(numbers) != len(words):
        return None
    month = _MONTHS[months[0]]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(years) != 1 or len(days) > 1:
        return None
    if days:
        return PartialDate(date(years[0], month, days[0]), "day")
    return PartialDate(date(years[0], month, 1), "month")


def season_label(start_year: int) -> str:
    """2024 → '2024-25'."""
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def season_from_text(text: object) -> str | None:
    """'2017/2018', '2017-18', '2017' (a season start year) → '2017-18'; None if not a season."""
    if text is None:
        return None
    raw = str(text).strip()
    if (m := _SEASON.match(raw)) and _is_season(int(m[1]), m[2]):
        return season_label(int(m[1]))
    if _YEAR.match(raw):
        return season_label(int(raw))
    return None
