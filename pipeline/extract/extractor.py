"""Article → coaching facts: the orchestration. Splits the article into sentences (`text`), finds
its people and clubs in a first pass and each sentence's mentions (`coreference`), decides the
club the story is about (headline, lead, most named) and a match report's fixture
(`attribution`), reads each sentence's facts (`rule_facts`, with `attribution` for clubs and
squads and `date_facts` for dates), post-processes the article's facts as a whole
(`postprocess`) and returns them as contract dicts. `extract_article` is the only entry point;
it turns any failure into `ExtractionError`."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from pipeline.extract.attribution import (
    _fixture,
    _lead_club,
    headline_and_lead_club,
    lead_appointment,
    lead_opening_club,
    most_named_side,
    opponent_only_clubs,
    title_club,
    title_leaves,
)
from pipeline.extract.coreference import (
    _blank_dateline,
    blank_nickname,
    first_pass,
    hyphened_ex,
    national_team_mentions,
    regular_past,
    sentence_mentions,
    unique_spans,
)
from pipeline.extract.cv_blocks import cv_step
from pipeline.extract.dates import (
    date_from_url,
    dateline_date,
    news_day,
    page_stamp_date,
    parse_published,
    year_from_url,
)
from pipeline.extract.facts import Fact
from pipeline.extract.former_names import names_of_their_time
from pipeline.extract.mentions import run_mentions
from pipeline.extract.postprocess import (
    WOMENS_WORD,
    _postprocess,
    coaching_roundup,
    headline_national_sides,
    headline_womens_clubs,
    womens_league_headline,
)
from pipeline.extract.quotes import quote_book
from pipeline.extract.rule_facts import sentence_facts
from pipeline.extract.rules import candidate_rules
from pipeline.extract.text import dateline_head, headline_end, is_link_line, plain_text, split_spans_at
from pipeline.records import Article

__all__ = ["ExtractionError", "article_date", "extract_article"]


def article_date(article: Article, plain: str | None = None) -> date | None:
    """Publication date: the `published` field, else a dateline, a date in the URL or the page's own
    date stamp ('Published: 4 March 2024'). `plain` is the article's text read as plain text, when the
    caller has it already."""
    published = parse_published(getattr(article, "published", None))
    if published:
        return published
    from_url = date_from_url(getattr(article, "url", None))
    text = getattr(article, "text", "") or ""
    year_hint = from_url.year if from_url else year_from_url(getattr(article, "url", None))
    if plain is None:
        plain = plain_text(text).text if isinstance(text, str) else ""
    return dateline_date(plain, year_hint) or from_url or page_stamp_date(plain)


_LINE_BREAKS = str.maketrans("\r\n", "  ")
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


def _one_line(sentence: str) -> str:
    """The sentence with its line breaks as spaces and a curly apostrophe inside a word straight
    ("Toronto’s Bob Bradley", "O’Neill": the rules read "'s"); same length, so offsets hold."""
    if "\n" in sentence:
        sentence = sentence.translate(_LINE_BREAKS)
    return _CURLY_APOSTROPHE.sub("'", sentence) if "’" in sentence else sentence


class ExtractionError(Exception):
    """The extractor failed on one article. Odd text (empty, HTML, another language, huge) never
    does this, so it is a bug: callers record it against the article (the quarantine, a message
    on stderr) and go on with the others rather than lose the article without a word."""


def extract_article(article: Article) -> list[dict]:
    """The coaching facts of one article, as contract dicts. Raises only `ExtractionError`."""
    try:
        return _extract(article)
    except Exception as exc:
        raise ExtractionError(f"article {getattr(article, 'id', '?')}: extractor failed: {exc!r}") from exc


def _extract(article: Article) -> list[dict]:
    raw = article.text if isinstance(article.text, str) else ""
    plain = plain_text(raw)
    text = plain.text
    title = getattr(article, "title", None)
    headline = plain_text(title).text if isinstance(title, str) else None
    ref = article_date(article, text)
    spans = unique_spans(text)
    top = headline_end(text, headline)
    if top is not None:
        spans = split_spans_at(spans, top)
    # (a sentence hard-wrapped over lines is read as one line: a name or a title may straddle the break)
    sentences = [
        hyphened_ex(regular_past(blank_nickname(_blank_dateline(_one_line(text[s:e]))))) for s, e in spans
    ]
    head = dateline_head(text[spans[0][0] : spans[0][1]]) if spans else None
    ctx, first = first_pass(sentences, head.group("place") if head else None)
    ctx.sentences = sentences
    ctx.news_day = news_day(sentences, ref)
    lowered = [s.lower() for s in sentences]
    rules = [
        [] if is_link_line(s) else candidate_rules(low) for s, low in zip(sentences, lowered, strict=True)
    ]
    mentions = []
    for i, (s, found, r) in enumerate(zip(sentences, first, rules, strict=True)):
        ctx.people.cursor = i  # a shared surname is the man named in full nearest before
        mentions.append(sentence_mentions(s, ctx, found, with_squads=bool(r)))
    counts = Counter(m.name for ms in mentions for m in ms if m.kind == "C")
    ctx.club_counts = counts
    ctx.opponent_clubs = opponent_only_clubs(sentences, mentions)
    # a national team named only by its demonym ("the South Korean men's national team") counts too
    topical = [national_team_mentions(s, ms) for s, ms in zip(sentences, mentions, strict=True)]
    for ms in topical:
        ctx.club_kinds.update((m.name, m.club_kind) for m in ms if m.kind == "C")
    # (a club told only by its town, "his assistant at Varna", is where a spell was, not the story's)
    topic_counts = Counter(m.name for ms in topical for m in ms if m.kind == "C" and not m.by_town)
    if topic_counts:
        title = headline if headline and headline.strip() else None
        # the headline's mentions, found once for both readers of it
        title_found = run_mentions(title, set(topic_counts)) if title else []
        headline_club = title_club(title, title_found, topic_counts)
        if headline_club and title_leaves(title, title_found):
            # "Kompany leaves Burnley" over a lead telling his appointment at Bayern: the story is Bayern's
            headline_club = lead_appointment(sentences, topical, topic_counts, title) or headline_club
        ctx.topic_club = (
            headline_club
            or _lead_club(sentences, topical, topic_counts, title)
            or headline_and_lead_club(title, title_found, topical, topic_counts)
            or lead_opening_club(sentences, topical, topic_counts, title)
            or most_named_side(sentences, topical, topic_counts)
        )
        ctx.fixture = _fixture(title, title_found, sentences, mentions, counts)
        ctx.result_sides = _fixture(title, title_found, sentences, mentions, counts, wide=True)
    ctx.quotes = quote_book(sentences, mentions)
    ctx.women_from = _first_womens_word(headline, sentences)
    ctx.womens_headline = womens_league_headline(headline)
    ctx.headline_sides = headline_national_sides(headline)
    ctx.headline_women = headline_womens_clubs(headline)
    ctx.coaching_roundup = coaching_roundup(headline, sentences[:1])
    ctx.headline = headline or ""
    facts: list[Fact] = []
    cv_coach = None  # the coach of a CV heading ("His coaching career:") over the lines after it
    for i, sentence in enumerate(sentences):
        ctx.people.cursor = i
        facts.extend(sentence_facts(i, sentence, lowered[i], rules[i], mentions[i], ctx, ref))
        cv_coach, cv_facts = cv_step(i, sentence, mentions[i], ctx, cv_coach)
        facts.extend(cv_facts)
    facts = _postprocess(facts, ctx, text)
    facts = names_of_their_time(facts, text)
    # (evidence and offsets cut the text as it came, scrape noise and all)
    told_spans = [plain.original_span(s, e) for s, e in spans]
    originals = [raw[s:e] for s, e in told_spans]
    return [_to_dict(article, f, told_spans, originals) for f in facts]


def _first_womens_word(title: object, sentences: list[str]) -> int:
    """The first sentence naming women's football (0 when the headline does, -1 when none does)."""
    if isinstance(title, str) and WOMENS_WORD.search(title):
        return 0
    return next((i for i, s in enumerate(sentences) if WOMENS_WORD.search(s)), -1)


def _to_dict(article: Article, f: Fact, spans: list[tuple[int, int]], sentences: list[str]) -> dict:
    start, end = spans[f.sentence]
    return {
        "article_id": str(article.id),
        "coach": f.coach,
        "club": f.club,
        "squad": f.squad,
        "role": f.role,
        "event": f.event,
        "date": f.date.value.isoformat() if f.date else None,
        "date_precision": f.date.precision if f.date else None,
        "confidence": round(f.confidence, 2),
        "evidence": sentences[f.sentence],
        "char_start": start,
        "char_end": end,
    }
