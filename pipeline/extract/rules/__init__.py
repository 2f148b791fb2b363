"""Event patterns over a *tagged* sentence.

Before matching, every mention in a sentence is replaced by a tag: «P3» a person, «C1» a
club, «S2» a squad phrase (the number indexes the sentence's mention list). Patterns are then
written the way football news phrases things ("«P» has been appointed", "sacked … «P»",
"«P»'s side") with a few macros: {P} / {P2} person, {C} club, {S} squad, {APP} an
apposition between commas, {GAP} a short stretch of words with no person tag, {STAFF} a
coach's staff ("backroom team"; {STAFF_KIND} its kind word alone).

The rules live in one module per topic; `index.RULES` joins their tuples in the declared order
(the order decides which match wins):

- grammar: macros, `_expand`, shared regex fragments
- rule: `Rule`, `R()`, the compile cache
- keys: `RULE_KEYS`, the words a sentence needs before a rule is tried
- names: `rule_names`, a set of rule names checked against the declared rules
- appointments: appointments, posts and promotions
- departures: sackings, resignations, departures, partings
- spells: spells in charge: careers, lengths, records, past posts, a squad named as its coach's
- extensions: contracts extended
- offers_and_links: offers, refusals, talks, candidates and links
- aides_and_staff: assistants and backroom staff
- successions: the man replaced, successors
- moves: moves between clubs
- stand_ins: caretakers and interim coaches
- assorted: two runs of mixed events kept in their order
- in_passing: events told in passing
- event_choice: the right event for the right coach
- translated: machine-translated phrasing
- coach_lists: several coaches named in one breath
- idioms: tabloid and wire idioms
- news_copy: news copy and US-style club statements
- fronted_clauses: fronted clauses ('Once in charge of C, X …')
- index: `RULES`, the key index, `candidate_rules`
- cues: `HEDGE`, `NEGATION`, `ROLE_WORDS`
"""

from __future__ import annotations

from pipeline.extract.rules.aides_and_staff import INCOMING_AIDE_RULES
from pipeline.extract.rules.cues import HEDGE, NEGATION, ROLE_WORDS
from pipeline.extract.rules.fronted_clauses import KEPT_AT_SQUAD_RULES
from pipeline.extract.rules.index import KEY_REGEX, KEY_RULES, RULE_NEEDS, RULES, candidate_rules
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.names import rule_names
from pipeline.extract.rules.rule import R, Rule

__all__ = [
    "HEDGE",
    "INCOMING_AIDE_RULES",
    "KEPT_AT_SQUAD_RULES",
    "KEY_REGEX",
    "KEY_RULES",
    "NEGATION",
    "ROLE_WORDS",
    "RULES",
    "RULE_KEYS",
    "RULE_NEEDS",
    "R",
    "Rule",
    "candidate_rules",
    "rule_names",
]
