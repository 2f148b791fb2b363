"""Benchmark the news extractor against spaCy's bare English tokenizer on the same texts.

Runs the extractor on at least 3,000 articles (the dev articles from ../shared when present,
every training set's articles and the samples, cycled with distinct ids) and prints articles/second,
the ratio to `spacy.blank("en")` tokenising the same texts (start-up included on both
sides), and peak memory.

    .venv/bin/python bench/extract.py [--n 3000] [--jobs N]

The parallel figure (`touchline extract --jobs N`) is printed beside the one-process ratio,
not instead of it: the tokenizer runs in one process.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEV_ARTICLES = ROOT.parent / "shared" / "data" / "dev" / "articles.jsonl"
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLES = ROOT / "samples" / "news"


def load_texts() -> list[dict]:
    """Raw article records (id, text, published, url): the dev articles from ../shared when
    present, every training set's articles (never the held-out sets') and the samples."""
    from pipeline.records import Article
    from pipeline.sources.news import read_news

    training = sorted(FIXTURES.glob("extract_train*/articles.jsonl"))
    paths = [p for p in (DEV_ARTICLES, *training, SAMPLES) if p.exists()]
    return [
        {"id": a.id, "text": a.text, "published": a.published, "url": a.url}
        for path in paths
        for a in read_news(path)
        if isinstance(a, Article)
    ]


def run_extractor(records: list[dict], n: int) -> tuple[float, int]:
    start = time.perf_counter()
    from pipeline.extract import extract_article  # start-up (imports, reference data) counted
    from pipeline.records import Article

    facts = 0
    for i in range(n):
        r = records[i % len(records)]
        art = Article(id=f"{r['id']}-{i}", text=r["text"], published=r.get("published"), url=r.get("url"))
        facts += len(extract_article(art))
    return time.perf_counter() - start, facts


def run_extractor_parallel(records: list[dict], n: int, jobs: int) -> tuple[float, int]:
    """The same work through `touchline extract --jobs`: batches in `jobs` worker processes
    (pool start-up counted)."""
    start = time.perf_counter()
    from pipeline.extract.commands import facts_in_parallel
    from pipeline.records import Article

    articles = (
        Article(id=f"{r['id']}-{i}", text=r["text"], published=r.get("published"), url=r.get("url"))
        for i in range(n)
        for r in (records[i % len(records)],)
    )
    facts = sum(len(f) for batch in facts_in_parallel(articles, jobs) for f in batch if isinstance(f, list))
    return time.perf_counter() - start, facts


def run_tokenizer(records: list[dict], n: int) -> float:
    start = time.perf_counter()
    import spacy

    nlp = spacy.blank("en")
    for i in range(n):
        nlp.tokenizer(records[i % len(records)]["text"])
    return time.perf_counter() - start


def run_huge_article() -> float:
    """Seconds for one 10 MB article (the extractor reads only its first `MAX_TEXT_CHARS`)."""
    from pipeline.extract import extract_article
    from pipeline.records import Article

    text = ("Brentford have sacked head coach Olaf Lind. " + "The crowd sang. " * 40 + "\n") * 16000
    start = time.perf_counter()
    extract_article(Article(id="huge", text=text, published="2024-03-12"))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers for the parallel run")
    args = parser.parse_args()
    records = load_texts()
    if not records:
        print("no articles to benchmark", file=sys.stderr)
        return 1
    n = max(args.n, 1)
    extract_s, facts = run_extractor(records, n)
    rss_extract_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    token_s = run_tokenizer(records, n)
    parallel_s, parallel_facts = run_extractor_parallel(records, n, args.jobs) if args.jobs > 1 else (0.0, 0)
    # tracemalloc slows allocation-heavy code several-fold: measure it on a separate, short run.
    tracemalloc.start()
    run_extractor(records, min(n, 300))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    huge_s = run_huge_article()
    print(f"articles: {n} (from {len(records)} distinct texts), facts: {facts}")
    print(f"extractor: {n / extract_s:,.0f} articles/s ({extract_s:.2f} s incl. start-up)")
    print(f"spaCy blank('en') tokenizer: {n / token_s:,.0f} articles/s ({token_s:.2f} s incl. start-up)")
    print(f"ratio extractor/tokenizer speed: {token_s / extract_s:.2f}x (one process each)")
    if parallel_s:
        same = "same facts" if parallel_facts == facts else f"FACTS DIFFER: {parallel_facts}"
        print(
            f"extractor --jobs {args.jobs}: {n / parallel_s:,.0f} articles/s ({parallel_s:.2f} s), "
            f"{token_s / parallel_s:.2f}x the tokenizer; {same}"
        )
    print(
        f"peak memory: {peak / 1e6:.1f} MB traced in the extractor (300-article run); "
        f"process RSS {rss_extract_mb:.0f} MB after extraction, {rss_mb:.0f} MB after spaCy"
    )
    print(f"one 10 MB article (read up to the cap): {huge_s:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
