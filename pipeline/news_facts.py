"""Run the extractor over warehouse article rows: facts as `staging.news_facts` rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import duckdb

from pipeline.extract import ExtractionError, extract_article
from pipeline.records import Article, Quarantined
from pipeline.warehouse import replace_rows


def facts_from_articles(rows: Iterable[dict[str, Any]]) -> tuple[list[dict], list[Quarantined]]:
    facts, rejects = [], []
    for row in rows:
        article = Article(
            id=row["article_id"],
            text=row["text"],
            published=row["published"],
            title=row["title"],
            url=row["url"],
            source=row["source"],
            source_ref=row["source_ref"],
        )
        try:
            extracted = extract_article(article)
        except ExtractionError as exc:  # a defect must not stop the run: quarantine the article
            rejects.append(Quarantined.of(article.source, article.source_ref, str(exc)))
            continue
        for index, fact in enumerate(extracted):
            facts.append(_fact_row(fact, index, row))
    return facts, rejects


def _fact_row(fact: dict, index: int, row: dict[str, Any]) -> dict:
    return {
        "article_id": row["article_id"],
        "fact_index": index,
        "source": row["source"],
        "source_ref": row["source_ref"],
        "coach": fact["coach"],
        "club": fact["club"],
        "squad": fact["squad"],
        "role": fact["role"],
        "event": fact["event"],
        "event_date": date.fromisoformat(fact["date"][:10]) if fact.get("date") else None,
        "date_precision": fact.get("date_precision"),
        "confidence": fact["confidence"],
        "evidence": fact["evidence"],
        "char_start": fact.get("char_start"),
        "char_end": fact.get("char_end"),
        # Knowledge time: the publication, else when we first read it.
        "published_at": row["published_at"] or row["ingested_at"],
        "published_day": row["published_day"],
    }


def replace_day_rejects(
    con: duckdb.DuckDBPyConnection, stage: str, rejects: list[Quarantined], days: list[str]
) -> None:
    """Replace what `stage` rejected among the articles of `days` (other days' rejects stay)."""
    rows = [{"stage": stage, **reject.to_row()} for reject in rejects]
    of_these_days = (
        "stage = ? and (source, source_ref) in (select (source, source_ref) "
        "from raw.news_articles where list_contains(?, published_day))"
    )
    replace_rows(con, "quality.rejects", rows, of_these_days, [stage, days])
