"""`Rule`, `R()` that builds one (macros expanded, trigger keys attached), and the compile cache: a
rule's regex is compiled the first time a sentence needs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.regex_cache import compile_cached
from pipeline.extract.rules.grammar import _expand
from pipeline.extract.rules.keys import RULE_KEYS


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return compile_cached(source, re.IGNORECASE)  # (from an earlier run's opcodes when it has them)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    event: str
    source: str  # the regex, macros expanded; compiled the first time a sentence needs it
    confidence: float
    role: str | None = None  # forced role; else read from the words around the match
    club_side: str = "near"  # where to look for the club: "after", "before", "near", "topic", "own", …
    needs_club: bool = False  # only fire with a club or squad named in the sentence
    squad_in_match: bool = False  # a squad phrase inside the match is the fact's squad
    # talks are an approach only with the club's post open to the man: a sacking, a search, another man
    # hired or a job named, and he neither holds nor has just lost it (`rule_facts._post_open_for`)
    needs_open_post: bool = False
    # its "A and B were assessed" is said of players checked for a game too: with that bare verb (not "the
    # names of A and B"), only men who are no players, with a post open (`rule_facts._players_assessed`)
    players_assessed_too: bool = False
    # the side it reads is a youth or reserve side ("returns to the under-19s"): a women's team (told beside
    # a story of its men) or a senior side's title ("first-team coach") reads no fact
    youth_or_reserve_only: bool = False
    # it reads a man going back to the post he held ("He will return to his previous role"), which ends a
    # stand-in spell only: it tells a fact only of a man the story told as a stand-in before, at that post
    # (`rule_facts._stand_in_spells_ended`)
    stand_in_before: bool = False
    # its words are said of players too ("C are ready to offer X a new contract"): the fact holds only where
    # the story makes the man a coach elsewhere (`Fact.needs_support`)
    needs_support: bool = False
    keys: tuple[str, ...] = ()  # see RULE_KEYS

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex. Compiling all the rules took most of the import time; most
        articles try only some of them (see `candidate_rules`)."""
        return _compiled(self.source)


def R(name: str, event: str, pattern: str, confidence: float, **kw: object) -> Rule:
    """A rule; `RULE_KEYS[name]` lists words a sentence needs before the pattern is tried."""
    return Rule(name, event, _expand(pattern), confidence, keys=RULE_KEYS[name], **kw)  # type: ignore[arg-type]
