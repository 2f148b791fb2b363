"""Helpers for the extractor tests: run the extractor on a short text of our own."""

from __future__ import annotations

from pathlib import Path

import pipeline.extract.rule_facts as rule_facts
from pipeline.extract import extract_article
from pipeline.records import Article

SHARED = Path(__file__).resolve().parents[3] / "shared"
SHARED_DEV = SHARED / "data" / "dev"
SCORER = SHARED / "tools" / "score_extract.py"


def facts_of(text: str, published: str | None = "2024-03-12", **kw: str) -> list[dict]:
    return extract_article(Article(id="t", text=text, published=published, **kw))


def keys_of(text: str, published: str | None = "2024-03-12", **kw: str) -> set[tuple[str, str, str, str]]:
    """(coach, club, squad, event) of every fact."""
    return {(f["coach"], f["club"], f["squad"], f["event"]) for f in facts_of(text, published, **kw)}


def roles_of(text: str, club: str, event: str) -> dict[str, str]:
    """Coach → role of the facts of `event` at `club`."""
    return {f["coach"]: f["role"] for f in facts_of(text) if f["event"] == event and f["club"] == club}


def events_of(text: str, published: str | None = "2024-03-12") -> set[tuple[str, str, str]]:
    """(coach, club, event) of every fact."""
    return {(f["coach"], f["club"], f["event"]) for f in facts_of(text, published)}


def read_as(text: str, reference: str, monkeypatch) -> list[str]:
    """The men each occurrence of `reference` ('the Austrian', 'his') was read as, in order."""
    seen: list[str] = []
    original = rule_facts.with_pronouns

    def spy(sentence, named, ctx):
        found = original(sentence, named, ctx)
        said = (m for m in found if m.kind == "P" and m.pronoun)
        seen.extend(m.name for m in said if m.text.lower() == reference.lower())
        return found

    monkeypatch.setattr(rule_facts, "with_pronouns", spy)
    facts_of(text)
    return seen


def spells_of(text: str, coach: str) -> set[str]:
    """The clubs of the `in_charge` facts of `coach`."""
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}
