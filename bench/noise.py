"""How much extraction quality survives the noise of text as it comes from scrapers, feeds and wires.

Scores dev (when ../shared is there) and every training set once as written and once per kind of
noise, every article changed the same way (the held-out sets are never read: they are for
measurement only). Each kind is one thing real pages carry: lines hard-wrapped at a fixed width,
paragraphs glued when a scraper strips their tags, soft hyphens and zero-width marks inside words,
HTML entities left undecoded, no-break spaces, Windows line ends, straight or curly quotes, page
furniture between paragraphs, accents lost, and the top of a page kept with the text: its headline
(on a line of its own or run into the lead when the scraper drops the break) and a byline. Prints
matched and predicted facts and F1 per kind, with the change against the clean texts.

    .venv/bin/python bench/noise.py [--jobs N] [KIND ...]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.quality import set_names  # noqa: E402  (after the path is set)

if TYPE_CHECKING:
    from pipeline.records import Article

FIXTURES = ROOT / "tests" / "fixtures"
DEV = ROOT.parent / "shared" / "data" / "dev"

Noise = Callable[[str, random.Random], str]
PageTop = Callable[[str], str]  # the article's title → what the scraper kept above the text

_FURNITURE = [
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Read more: Five things we learned from the weekend",
    "Photo: Getty Images",
]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _wrapped(width: int) -> Noise:
    def wrap(text: str, _: random.Random) -> str:
        return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in _paragraphs(text))

    return wrap


def _soft_hyphens(text: str, rng: random.Random) -> str:
    return re.sub(r"(?<=[a-z])(?=[a-z]{3})", lambda _: "\u00ad" if rng.random() < 0.02 else "", text)


def _no_break_spaces(text: str, rng: random.Random) -> str:
    return re.sub(" ", lambda _: "\u00a0" if rng.random() < 0.15 else " ", text)


def _entities(text: str, _: random.Random) -> str:
    return text.replace("'", "&#39;").replace("’", "&#8217;")


def _furniture(text: str, rng: random.Random) -> str:
    out: list[str] = []
    for i, paragraph in enumerate(_paragraphs(text)):
        out.append(paragraph)
        if i % 2:
            out.append(rng.choice(_FURNITURE))
    return "\n\n".join(out)


def _no_accents(text: str, _: random.Random) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


NOISES: dict[str, Noise] = {
    "clean": lambda text, _: text,
    "wrapped at 72": _wrapped(72),
    "wrapped at 60": _wrapped(60),
    "paragraphs glued": lambda text, _: "".join(_paragraphs(text)),
    "one paragraph": lambda text, _: " ".join(_paragraphs(text)),
    "soft hyphens": _soft_hyphens,
    "entities": _entities,
    "no-break spaces": _no_break_spaces,
    "CRLF line ends": lambda text, _: text.replace("\n", "\r\n"),
    "straight quotes": lambda text, _: re.sub("[‘’]", "'", re.sub("[“”]", '"', text)),
    "curly apostrophes": lambda text, _: re.sub(r"(?<=\w)'(?=\w)", "’", text),
    "page furniture": _furniture,
    "double spaces": lambda text, _: re.sub(r"([.!?]) ", r"\1  ", text),
    "no accents": _no_accents,
}


# The top of the page above the text, as scrapers keep it (the record's title is kept as well).
PAGE_TOPS: dict[str, PageTop] = {
    "headline on top": lambda title: f"{title}\n\n",
    "headline run in": lambda title: title,
    "byline on top": lambda _: "By Staff Reporter | Updated 14:02 GMT\n\n",
    "headline and byline": lambda title: f"{title}\nBy Staff Reporter | Updated 14:02 GMT\n\n",
}


def _changed(article: Article, kind: str) -> str:
    if kind in PAGE_TOPS:
        return PAGE_TOPS[kind](article.title or "") + article.text
    return NOISES[kind](article.text, random.Random(article.id))


def score_noise(kind: str) -> tuple[str, int, int, int]:
    """(kind, matched, predicted, gold) over dev and the training sets with every article so changed."""
    from pipeline.extract import extract_article
    from pipeline.extract.scoring import load_jsonl, score
    from pipeline.records import Article
    from pipeline.sources.news import read_news

    tp = pred = gold = 0
    for name in set_names(["train"]):
        folder = DEV if name == "dev" else FIXTURES / name
        articles = [a for a in read_news(folder / "articles.jsonl") if isinstance(a, Article)]
        facts = [fact for a in articles for fact in extract_article(replace(a, text=_changed(a, kind)))]
        result = score(load_jsonl(folder / "gold.jsonl"), facts)
        tp, pred, gold = tp + result.tp, pred + result.pred, gold + result.gold
    return kind, tp, pred, gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    every_kind = [*NOISES, *PAGE_TOPS]
    parser.add_argument("kinds", nargs="*", help=f"kinds of noise (default: all): {', '.join(every_kind)}")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    kinds = ["clean"] + [k for k in (args.kinds or every_kind) if k != "clean"]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(score_noise, kinds))
    clean_f1 = 0.0
    print(f"{'noise':20} {'matched':>8} {'predicted':>10} {'gold':>7} {'F1':>6} {'change':>7}")
    for kind, tp, pred, gold in results:
        f1 = 2 * tp / (pred + gold) if pred + gold else 0.0
        clean_f1 = f1 if kind == "clean" else clean_f1
        print(f"{kind:20} {tp:8,} {pred:10,} {gold:7,} {f1:6.3f} {f1 - clean_f1:+7.3f}")


if __name__ == "__main__":
    main()
