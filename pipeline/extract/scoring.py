"""Scoring extracted facts against gold facts, exactly as the project's evaluation defines it.

A predicted fact matches a gold fact when article, coach, club, squad and event agree (names
accent- and case-insensitive, clubs compared on token sets without affixes such as FC, CF,
Club, de, La). Gold facts are matched greedily in file order, each prediction used once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

CLUB_STOP = frozenset(
    {
        "fc",
        "cf",
        "cd",
        "club",
        "de",
        "la",
        "el",
        "the",
        "afc",
        "sad",
        "ud",
        "rcd",
        "sc",
        "ac",
        "as",
        "ssc",
        "calcio",
        "football",
        "futbol",
        "del",
        "real",
    }
)
SQUAD_ALIASES = {
    "first team": "first_team",
    "first_team": "first_team",
    "senior": "first_team",
    "b team": "reserve",
    "reserve": "reserve",
    "reserves": "reserve",
    "b": "reserve",
    "u19": "u19",
    "under-19": "u19",
    "u23": "u23",
    "u21": "u21",
    "u18": "u18",
    "u17": "u17",
    "women": "women",
    "national team": "national",
    "national": "national",
    "national_u21": "national_u21",
    "national_women": "national_women",
}
EVENT_ALIASES = {
    "sacked": "dismissed",
    "fired": "dismissed",
    "declined": "offer_declined",
    "offer_turned_down": "offer_declined",
    "candidate": "linked",
    "rumour": "linked",
    "rumor": "linked",
    "shortlisted": "linked",
}
ROLE_ALIASES = {
    "manager": "head_coach",
    "head coach": "head_coach",
    "coach": "head_coach",
    "interim": "caretaker",
    "assistant": "assistant_coach",
}
DATE_TOLERANCE_DAYS = {"day": 3, "week": 10, "month": 45, "season": 370, "year": 370, None: 370}


def _fold(s: str | None) -> list[str]:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9 ]+", " ", s.lower()).split()


def coach_match(gold: str, pred: str) -> bool:
    """Same name, or one's tokens within the other's, both with a given name."""
    gt, pt = _fold(gold), _fold(pred)
    if not gt or not pt:
        return False
    if gt == pt:
        return True
    if len(gt) == 1:
        return gt[0] in pt
    if len(pt) == 1:
        return False
    return set(gt) <= set(pt) or set(pt) <= set(gt)


def _club_tokens(s: str) -> set[str]:
    toks = _fold(s)
    core = [t for t in toks if t not in CLUB_STOP]
    return set(core or toks)


def club_match(gold: str, pred: str) -> bool:
    a, b = _club_tokens(gold), _club_tokens(pred)
    if not a or not b or not (a <= b or b <= a):
        return False
    full_a, full_b = set(_fold(gold)), set(_fold(pred))
    if ("atletico" in full_a) != ("atletico" in full_b):
        return False
    return not (("real" in full_a) != ("real" in full_b) and "madrid" in (a | b))


def norm_squad(s: str | None) -> str:
    s = (s or "").strip().lower()
    return SQUAD_ALIASES.get(s, s.replace(" ", "_"))


def squad_match(gold: str, pred: str) -> bool:
    """Equal codes; a gold 'youth' (age not stated) takes any uNN of the same kind."""
    if gold == pred:
        return True
    if gold.endswith("youth"):
        kind = gold[: -len("youth")]
        rest = pred[len(kind) :] if pred.startswith(kind) else ""
        return bool(re.fullmatch(r"u\d\d", rest))
    return False


def norm_role(s: str | None) -> str:
    s = (s or "").strip().lower()
    return ROLE_ALIASES.get(s, s.replace(" ", "_"))


def norm_event(s: str | None) -> str:
    s = (s or "").strip().lower()
    return EVENT_ALIASES.get(s, s)


def _article(fact: dict) -> str:
    return str(fact["article"] if "article" in fact else fact.get("article_id"))


def same_fact(gold: dict, pred: dict, strict_event: bool = True) -> bool:
    return (
        _article(gold) == str(pred.get("article_id"))
        and coach_match(gold.get("coach", ""), pred.get("coach", "") or "")
        and club_match(gold.get("club", ""), pred.get("club", "") or "")
        and squad_match(norm_squad(gold.get("squad")), norm_squad(pred.get("squad")))
        and (not strict_event or norm_event(gold.get("event")) == norm_event(pred.get("event")))
    )


def match(gold: list[dict], pred: list[dict], strict_event: bool = True) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same_fact(g, p, strict_event):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def date_ok(gold: dict, pred: dict) -> bool | None:
    """None when the gold fact has no date; else whether the prediction is within tolerance."""
    if not gold.get("date"):
        return None
    if not pred.get("date"):
        return False
    try:
        dg = date.fromisoformat(gold["date"][:10])
        dp = date.fromisoformat(str(pred["date"])[:10])
    except ValueError:
        return False
    return abs((dg - dp).days) <= DATE_TOLERANCE_DAYS.get(gold.get("date_precision"), 370)


@dataclass
class Score:
    gold: int
    pred: int
    tp: int
    loose_tp: int
    precision: float
    recall: float
    f1: float
    date_acc: float
    role_acc: float
    by_event: dict[str, list[int]] = field(default_factory=dict)  # event → [gold, pred, matched]
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)


def score(gold: list[dict], pred: list[dict]) -> Score:
    articles = {_article(g) for g in gold}
    pred = [p for p in pred if str(p.get("article_id")) in articles]
    pairs = match(gold, pred)
    tp = len(pairs)
    precision = tp / len(pred) if pred else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    dates = [d for d in (date_ok(gold[gi], pred[pi]) for gi, pi in pairs) if d is not None]
    roles = [norm_role(gold[gi].get("role")) == norm_role(pred[pi].get("role")) for gi, pi in pairs]
    by_event: dict[str, list[int]] = {}
    for g in gold:
        by_event.setdefault(norm_event(g.get("event")), [0, 0, 0])[0] += 1
    for p in pred:
        by_event.setdefault(norm_event(p.get("event")), [0, 0, 0])[1] += 1
    for gi, _ in pairs:
        by_event[norm_event(gold[gi].get("event"))][2] += 1
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    return Score(
        gold=len(gold),
        pred=len(pred),
        tp=tp,
        loose_tp=len(match(gold, pred, strict_event=False)),
        precision=precision,
        recall=recall,
        f1=f1,
        date_acc=sum(dates) / len(dates) if dates else float("nan"),
        role_acc=sum(roles) / len(roles) if roles else float("nan"),
        by_event=dict(sorted(by_event.items())),
        misses=[g for gi, g in enumerate(gold) if gi not in matched_gold],
        false_positives=[p for pi, p in enumerate(pred) if pi not in matched_pred],
    )


def load_jsonl(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out
