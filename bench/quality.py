"""Score the extractor on every article set in one run, scored as `touchline eval` scores.

    .venv/bin/python bench/quality.py                 # every set: dev (when ../shared is there),
                                                     # extract_train*, heldout*
    .venv/bin/python bench/quality.py train           # dev and the training sets
    .venv/bin/python bench/quality.py heldout5 heldout6 --compact
    .venv/bin/python bench/quality.py train --categories   # where the misses are, in counts

`--compact` prints one line (each set's F1 and the total matched and predicted facts): the
form to use on the blind `heldout*` sets while writing rules, which are for measurement only
and never to be read. `--categories` counts misses by kind (the coach never reported, found
but not at the gold's club, a wrong squad, a wrong or missing event) without printing text.
`--json FILE` writes every figure (for the README table and the quality floors).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "fixtures"
DEV = ROOT.parent / "shared" / "data" / "dev"


def _number(name: str) -> int:
    digits = re.sub(r"\D", "", name)
    return int(digits) if digits else 1


def _folders(prefix: str) -> list[str]:
    names = [p.name for p in FIXTURES.iterdir() if p.is_dir() and re.fullmatch(prefix + r"\d*", p.name)]
    return sorted(names, key=_number)


def set_names(requested: list[str]) -> list[str]:
    """Set names from the arguments: 'train' and 'heldout' expand to their groups."""
    dev = ["dev"] if DEV.exists() else []
    if not requested:
        return dev + _folders("extract_train") + _folders("heldout")
    names: list[str] = []
    for name in requested:
        if name == "train":
            names += dev + _folders("extract_train")
        elif name == "heldout":
            names += _folders("heldout")
        else:
            names.append(name)
    return names


def _folder(name: str) -> Path:
    return DEV if name == "dev" else FIXTURES / name


def score_set(name: str) -> tuple[str, dict, list[str]]:
    """(name, figures, miss kinds) of one set."""
    from pipeline.extract import extract_article
    from pipeline.extract.scoring import load_jsonl, score
    from pipeline.records import Article
    from pipeline.sources.news import read_news

    gold = load_jsonl(_folder(name) / "gold.jsonl")
    articles = [a for a in read_news(_folder(name) / "articles.jsonl") if isinstance(a, Article)]
    pred = [fact for article in articles for fact in extract_article(article)]
    result = score(gold, pred)
    figures = {
        "gold": result.gold,
        "pred": result.pred,
        "tp": result.tp,
        "f1": round(result.f1, 3),
        "p": round(result.precision, 3),
        "r": round(result.recall, 3),
        "date": round(result.date_acc, 3),
        "role": round(result.role_acc, 3),
    }
    return name, figures, [miss_kind(miss, pred) for miss in result.misses]


def miss_kind(miss: dict, pred: list[dict]) -> str:
    """The kind of a missed gold fact, read from the predictions about its coach in its article."""
    from pipeline.extract.scoring import club_match, coach_match, norm_event, norm_squad, squad_match

    in_article = [p for p in pred if str(p.get("article_id")) == str(miss["article_id"])]
    same_coach = [p for p in in_article if coach_match(miss["coach"], p.get("coach") or "")]
    same_club = [p for p in same_coach if club_match(miss["club"], p.get("club") or "")]
    same_squad = [p for p in same_club if squad_match(norm_squad(miss["squad"]), norm_squad(p.get("squad")))]
    if not same_coach:
        kind = "coach never reported"
    elif not same_club:
        kind = "coach found, not at this club"
    elif not same_squad:
        kind = "wrong squad"
    else:
        kind = "wrong or missing event"
    return f"{kind} [{norm_event(miss['event'])}]"


def main() -> None:
    parser = argparse.ArgumentParser(description="Score the extractor on every article set in one run.")
    parser.add_argument("sets", nargs="*", help="folders under tests/fixtures, 'dev', 'train' or 'heldout'")
    parser.add_argument("--compact", action="store_true", help="one line: each set's F1 and the totals")
    parser.add_argument("--categories", action="store_true", help="count the misses by kind")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(score_set, set_names(args.sets)))
    figures = {name: f for name, f, _ in results}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    if args.compact:
        line = " ".join(f"{name}={f['f1']:.3f}" for name, f in figures.items())
        matched, predicted = (sum(f[key] for f in figures.values()) for key in ("tp", "pred"))
        print(line, f"| tp={matched} pred={predicted}")
    else:
        for name, f in figures.items():
            print(
                f"{name:16} gold={f['gold']:4} pred={f['pred']:4} tp={f['tp']:4} f1={f['f1']:.3f} "
                f"p={f['p']:.3f} r={f['r']:.3f} date={f['date']:.3f} role={f['role']:.3f}"
            )
    if args.categories:
        for kind, count in Counter(kind for _, _, kinds in results for kind in kinds).most_common():
            print(f"{count:5}  {kind}")


if __name__ == "__main__":
    main()
