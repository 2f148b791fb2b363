"""Quotations and who speaks them. '"I have decided to step down," X said' tells X's own news in
the first person: inside a quotation whose speaker the attribution names ('X said', 'said C coach X',
'X told reporters:', 'he added'), 'I', 'me' and 'my' are that speaker, so the rules read 'I have
resigned' as they read 'X has resigned'. A quotation may run over several sentences and its
attribution may sit before it, after it or in the middle; one with no speaker found stays as it is
(its 'I' is nobody). What others say of a coach in a quote is told by their own words, not here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.mentions import Mention
from pipeline.extract.rules import rule_names

__all__ = ["FIRST_PERSON_RULES", "QuoteBook", "first_person_mentions", "is_first_person", "quote_book"]

# rules written for a first-person quotation only (the rules/ package)
FIRST_PERSON_RULES = rule_names("first-person-decided")

# the verbs that attribute a quotation to its speaker
_SPEECH = (
    r"(?:said|says|told|tells|added|adds|insisted|insists|explained|explains|admitted|admits|revealed|"
    r"reveals|declared|declares|stated|states|wrote|writes|posted|commented|stressed|noted|continued|"
    r"confirmed|announced|acknowledged|conceded|claimed|replied|responded|recalled|vowed|promised|joked|"
    r"reflected|concluded|emphasi[sz]ed|underlined|assured|affirmed|asserted|remarked|argued|warned)"
)
# '…," X said' / '…," X, 45, told reporters': the speaker opens the tail, his verb follows
_VERB_AFTER_NAME = re.compile(r"(?:\s*,[^,\"“”]{1,60},)?\s+(?:\w+ly\s+)?" + _SPEECH + r"\b")
# nothing or a title between the quotation and its speaker: '…," the Fiorentina coach X said'
_TITLE_BETWEEN = re.compile(r"[\s,—–-]*(?:(?:the|a|an)\s+)?(?:[^\s\"“”.;!?]+\s+){0,5}|[\s,—–-]*")
# '…," said (new C manager) X': the verb first, the speaker's title before his name
_VERB_BEFORE_NAME = re.compile(r"[\s,—–-]*" + _SPEECH + r"\s+(?:[^\"“”.;!?]{0,60}?\s)?")
# 'X said: "…', 'X told the club website: "…', 'X said, "…', 'X: "…'
_HEAD_AFTER_NAME = re.compile(
    r"(?:\s*,[^,\"“”]{1,60},)?(?:\s+(?:\w+ly\s+)?" + _SPEECH + r"\b[^\"“”:.;!?]{0,60}?\s*[:,]|\s*:)\s*"
)
_HEAD_VERB_FIRST = re.compile(r"[\s,]*" + _SPEECH + r"\s+(?:[^\"“”.;!?]{0,60}?\s)?$")
# 'I', 'me', 'my', 'myself' (not 'Liga I', 'World War I': a numeral)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I(?=[\s'’,.;:!?])|[Mm]e|[Mm]y|[Mm]yself)\b")
# "the best coach I have worked with", "the club I love": a relative clause, not a title before a name
_NOUN_BEFORE = re.compile(
    r"\b(?:coach|coaches|manager|managers|boss|trainer|player|players|team|club|side|man|one)\s$"
)
_NUMERAL_BEFORE = re.compile(r"(?:Liga|Division|League|Serie|War|Group|Pot|Tier|Part|Phase|Level|Class)\s$")
_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s(:—–-]))'(?=[A-Z])")
_STRAIGHT_CLOSE = re.compile(r"(?<=[.,!?])'(?=\s|$)")
_CURLY_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])’|’(?=[,.;:!?])")
_MAX_SENTENCES = 6  # a quotation left open longer than this lost its closing mark


@dataclass(slots=True)
class Piece:
    """The part of one quotation that lies in one sentence."""

    start: int
    end: int
    quote: int  # the quotation's number in the article


@dataclass(slots=True)
class QuoteBook:
    """The article's quotations: their pieces per sentence, the sentence each one ends in, and the
    speakers found so far."""

    pieces: list[list[Piece]]
    closes: dict[int, int]  # quotation → sentence of its last piece
    sentences: list[str]
    named: list[list[Mention]]
    speakers: dict[int, str | None] = field(default_factory=dict)


_QUOTE_MARK = re.compile('[“‘”"]')
_MARK_KIND = {"“": "open", "‘": "open", "”": "close", '"': "toggle"}


def _marks(sentence: str) -> list[tuple[int, str]]:
    """Quotation marks in order: (offset, 'open' | 'close' | 'toggle')."""
    # one regex scan rather than a Python loop over every character (this runs for every sentence)
    marks = [(m.start(), _MARK_KIND[m.group()]) for m in _QUOTE_MARK.finditer(sentence)]
    if "‘" in sentence:  # a curly single quotation (not an apostrophe: "Klopp’s")
        marks += [(m.start(), "close") for m in _CURLY_SINGLE_CLOSE.finditer(sentence)]
    if "'" in sentence and not marks:  # straight single quotation marks only when nothing else quotes
        marks += [(m.start(), "open") for m in _STRAIGHT_OPEN.finditer(sentence)]
        marks += [(m.start(), "close") for m in _STRAIGHT_CLOSE.finditer(sentence)]
    return sorted(marks)


def quote_book(sentences: list[str], named: list[list[Mention]]) -> QuoteBook:
    """Find the quotations of an article (a paragraph opening with a quotation mark while one is
    open starts a new quotation, as a quote continued over paragraphs is written)."""
    pieces: list[list[Piece]] = []
    closes: dict[int, int] = {}
    current: int | None = None
    opened_at = 0
    count = 0
    for i, sentence in enumerate(sentences):
        if current is not None and i - opened_at >= _MAX_SENTENCES:
            current = None
        start = 0 if current is not None else None
        here: list[Piece] = []
        for pos, kind in _marks(sentence):
            if start is not None and kind == "open":  # a new quotation before the last one closed
                if pos > start:
                    here.append(Piece(start, pos, current))  # type: ignore[arg-type]
                start, current, opened_at, count = pos + 1, count, i, count + 1
                continue
            if start is None and kind in ("open", "toggle"):
                start, current, opened_at, count = pos + 1, count, i, count + 1
            elif start is not None and kind in ("close", "toggle"):
                if start == 0 and pos == len(sentence) - len(sentence.lstrip()) and kind == "toggle":
                    current, opened_at, count = count, i, count + 1  # a new paragraph's quotation
                    start = pos + 1
                    continue
                here.append(Piece(start, pos, current))  # type: ignore[arg-type]
                closes[current] = i  # type: ignore[index]
                start, current = None, None
        if start is not None and current is not None:
            here.append(Piece(start, len(sentence), current))
            closes[current] = i
        pieces.append(here)
    return QuoteBook(pieces, closes, list(sentences), list(named))


def _person_after(sentence: str, begin: int, end: int, people: list[Mention]) -> str | None:
    """The speaker named in the words after a quotation (up to the next one)."""
    after = [m for m in people if begin <= m.start < end]
    if not after:
        return None
    m = after[0]
    if sentence.startswith(("'s", "’s"), m.end):
        return None  # '…," said X's agent': somebody else
    between = sentence[begin : m.start]
    if _TITLE_BETWEEN.fullmatch(between) and _VERB_AFTER_NAME.match(sentence, m.end):
        return m.name  # '…," X said', '…," the Fiorentina coach X told reporters'
    if _VERB_BEFORE_NAME.fullmatch(between):
        return m.name
    return None


def _person_before(sentence: str, begin: int, end: int, people: list[Mention]) -> str | None:
    """The speaker named in the words before a quotation (from the previous one)."""
    before = [m for m in people if begin <= m.start and m.end <= end]
    if not before:
        return None
    m = before[-1]
    if _HEAD_AFTER_NAME.fullmatch(sentence, m.end, end):
        return m.name
    if _HEAD_VERB_FIRST.match(sentence[begin : m.start]) and not sentence[m.end : end].strip(" ,:"):
        return m.name
    return None


def _speaker(book: QuoteBook, i: int, piece: Piece, people: list[Mention], focus: str | None) -> str | None:
    """Who speaks the quotation `piece` belongs to: an attribution before its first piece, after
    its last one or between two quotations of one sentence; 'he said' after a later sentence's
    close is the man in focus."""
    if piece.quote in book.speakers:
        return book.speakers[piece.quote]
    sentence = book.sentences[i]
    here = book.pieces[i]
    k = here.index(piece)
    people = [m for m in people if m.kind == "P"]
    begin = here[k - 1].end + 1 if k else 0
    found = _person_before(sentence, begin, max(piece.start - 1, 0), people) if piece.start else None
    last = book.closes.get(piece.quote, i)
    if found is None and last == i and piece.end < len(sentence):
        nxt = here[k + 1].start - 1 if k + 1 < len(here) else len(sentence)
        found = _person_after(sentence, piece.end + 1, nxt, people)
        if found is None and k + 1 < len(here):  # '"A," said X, "but B."': the next quotation's head
            found = _person_before(sentence, piece.end + 1, nxt, people)
    elif found is None and last > i:
        later = book.sentences[last]
        tail = book.pieces[last][0] if book.pieces[last] else None
        if tail is not None and tail.quote == piece.quote and tail.end < len(later):
            named = [m for m in book.named[last] if m.kind == "P"]
            found = _person_after(later, tail.end + 1, len(later), named)
            if found is None and _PRONOUN_SAID.match(later, tail.end + 1):
                found = focus
    if found is None and k == 0 and not sentence[: piece.start - 1].strip() and i and book.pieces[i - 1]:
        # '"A," X said. "B."': a quotation opening the next sentence goes on with the same speaker
        before = book.pieces[i - 1][-1]
        if before.quote != piece.quote:
            found = _speaker(book, i - 1, before, book.named[i - 1], None)
    book.speakers[piece.quote] = found
    return found


def is_first_person(m: Mention) -> bool:
    """An 'I', 'me' or 'my' of a quotation read as its speaker."""
    return m.pronoun and m.text.lower() in ("i", "me", "my", "myself")


_PRONOUN_SAID = re.compile(r"[\s,]*(?:he|she)\s+(?:\w+ly\s+)?" + _SPEECH + r"\b")


def first_person_mentions(
    i: int, sentence: str, mentions: list[Mention], book: QuoteBook | None, focus: str | None
) -> list[Mention]:
    """The sentence's mentions with 'I', 'me' and 'my' of quotations read as their speaker."""
    if book is None or not book.pieces[i]:
        return mentions
    added: list[Mention] = []
    for piece in book.pieces[i]:
        words = [
            m
            for m in _FIRST_PERSON.finditer(sentence, piece.start, piece.end)
            if not _NUMERAL_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
            and not _NOUN_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
        ]
        if not words:
            continue
        speaker = _speaker(book, i, piece, mentions, focus)
        if not speaker:
            continue
        for w in words:
            if any(m.start < w.end() and w.start() < m.end for m in mentions):
                continue
            added.append(Mention("P", w.start(), w.end(), w.group(0), name=speaker, pronoun=True))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)
