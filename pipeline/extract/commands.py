"""The `touchline extract` and `touchline eval` commands, as plain functions over streams."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import TextIO

from pipeline.extract.extractor import ExtractionError, extract_article
from pipeline.extract.scoring import load_jsonl, score
from pipeline.records import Article, Quarantined
from pipeline.sources.news import read_news

_FACT_KEYS = ("article_id", "coach", "club", "squad", "event")


# Articles handed to a worker at a time: large enough that pickling is noise, small enough
# that the window of pending batches (2 per worker) keeps memory flat on any input size.
BATCH_SIZE = 64


def run_extract(paths: list[str], out: TextIO, err: TextIO, jobs: int = 1) -> int:
    """Print one JSON line per fact for every article under `paths`; streamed, article by article.

    With `jobs` > 1, batches of articles are extracted in that many worker processes; facts
    come out in the same order as with one. Returns 0 when everything was read, 1 when some
    article or file could not be (each is named on `err`), 2 when no path gave any article.
    """
    tally = {"articles": 0, "problems": 0}

    def articles() -> Iterator[Article]:
        for path in paths:
            for record in read_news(Path(path)):
                if isinstance(record, Quarantined):
                    tally["problems"] += 1
                    err.write(f"touchline extract: {record.source_ref}: {record.reason}\n")
                    continue
                tally["articles"] += 1
                yield record

    batches = facts_in_parallel(articles(), jobs) if jobs > 1 else ([facts_or_error(a)] for a in articles())
    for batch in batches:
        for facts in batch:
            if isinstance(facts, str):  # the extractor failed on this article: say so, go on
                tally["problems"] += 1
                err.write(f"touchline extract: {facts}\n")
                continue
            for fact in facts:
                out.write(json.dumps(fact, ensure_ascii=False) + "\n")
    out.flush()
    if tally["articles"] == 0:
        err.write("touchline extract: no article could be read\n")
        return 2
    return 1 if tally["problems"] else 0


def facts_or_error(article: Article) -> list[dict] | str:
    """The article's facts, or the message naming it when the extractor failed on it (a string, so
    it crosses process boundaries as it is)."""
    try:
        return extract_article(article)
    except ExtractionError as exc:
        return str(exc)


def facts_in_parallel(articles: Iterable[Article], jobs: int) -> Iterator[list[list[dict] | str]]:
    """The facts of each article, batch by batch in input order, extracted by `jobs` processes.

    At most 2 × `jobs` batches are in flight, so a huge input never sits in memory at once
    (unlike `Pool.imap`, which drains its input as fast as it can)."""
    source = iter(articles)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[list[dict] | str]]] = deque()
        while True:
            while len(pending) < 2 * jobs and (batch := list(islice(source, BATCH_SIZE))):
                pending.append(pool.submit(_extract_batch, batch))
            if not pending:
                return
            yield pending.popleft().result()


def _extract_batch(batch: list[Article]) -> list[list[dict] | str]:
    return [facts_or_error(article) for article in batch]


def run_eval(gold: str, articles: str, out: TextIO, verbose: bool = False, err: TextIO | None = None) -> int:
    """Extract facts from `articles` and score them against `gold`, as score_extract.py does.
    An article the extractor fails on is named on `err` and scored as giving no facts (exit 1)."""
    gold_facts = load_jsonl(gold)
    pred: list[dict] = []
    failed = 0
    for record in read_news(Path(articles)):
        if isinstance(record, Article):
            facts = facts_or_error(record)
            if isinstance(facts, str):
                failed += 1
                (err or sys.stderr).write(f"touchline eval: {facts}\n")
                continue
            pred.extend(facts)
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
    return 1 if failed else 0
