"""The `touchline extract` and `touchline eval` commands, as plain functions over streams."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from pipeline.extract.extractor import extract_article
from pipeline.extract.scoring import load_jsonl, score
from pipeline.records import Article, Quarantined
from pipeline.sources.news import read_news

_FACT_KEYS = ("article_id", "coach", "club", "squad", "event")


def run_extract(paths: list[str], out: TextIO, err: TextIO) -> int:
    """Print one JSON line per fact for every article under `paths`; streamed, article by article.

    Returns 0 when everything was read, 1 when some article or file could not be (each is
    named on `err`), 2 when no path gave any article.
    """
    problems = articles = 0
    for path in paths:
        for record in read_news(Path(path)):
            if isinstance(record, Quarantined):
                problems += 1
                err.write(f"touchline extract: {record.source_ref}: {record.reason}\n")
                continue
            articles += 1
            for fact in extract_article(record):
                out.write(json.dumps(fact, ensure_ascii=False) + "\n")
    out.flush()
    if articles == 0:
        err.write("touchline extract: no article could be read\n")
        return 2
    return 1 if problems else 0


def run_eval(gold: str, articles: str, out: TextIO, verbose: bool = False) -> int:
    """Extract facts from `articles` and score them against `gold`, as score_extract.py does."""
    gold_facts = load_jsonl(gold)
    pred: list[dict] = []
    for record in read_news(Path(articles)):
        if isinstance(record, Article):
            pred.extend(extract_article(record))
    s = score(gold_facts, pred)
    if verbose:
        for g in s.misses:
            out.write(
                "MISS "
                + json.dumps({k: g.get(k) for k in ("article", *_FACT_KEYS) if k in g}, ensure_ascii=False)
                + "\n"
            )
        for p in s.false_positives:
            out.write("FP   " + json.dumps({k: p.get(k) for k in _FACT_KEYS}, ensure_ascii=False) + "\n")
    for event, (n_gold, n_pred, n_tp) in s.by_event.items():
        out.write(f"  {event:15s} gold={n_gold:3d} pred={n_pred:3d} matched={n_tp:3d}\n")
    out.write(f"gold={s.gold} pred={s.pred} tp={s.tp} loose_tp(ignoring event)={s.loose_tp}\n")
    out.write(
        f"f1={s.f1:.3f} precision={s.precision:.3f} recall={s.recall:.3f} "
        f"date_acc={s.date_acc:.3f} role_acc={s.role_acc:.3f}\n"
    )
    return 0
