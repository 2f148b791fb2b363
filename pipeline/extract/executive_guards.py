"""Guards against executives' wording. Presidents, directors, owners and agents are named in the same
sentences as coaches and with the same verbs ("Sporting director X said", "X, who succeeds Y on the
board"): `without_executives` drops the facts of a man the article knows as an executive, and the
exit of the man he succeeds, unless the sentence names him the team's coach (`mark_named_coaches`)
or tells a past coaching post of his (`FORMER_POST_RULES`, `FORMER_WORD`); `EXEC_HINT` is the cheap
word test for a sentence that may name an executive, and `surnames_past_executives` gives a bare
surname shared with an executive back to the coach. `rule_facts` runs these per sentence and
`postprocess` runs `without_executives` again over the article; this module imports neither."""

from __future__ import annotations

import re

from pipeline.extract.facts import Context, Fact
from pipeline.extract.mentions import Mention
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.rules import rule_names

# An executive the sentence names the team's coach: "Sporting director X has been named head coach of C",
# "… X will serve as head coach on an interim basis", "C have appointed sporting director X as interim coach"
_COACH_POST = (
    r"(?:the\s+)?(?:club['’]s\s+|team['’]s\s+)?(?:new\s+)?(?:(?:interim|caretaker|temporary|acting|permanent)\s+)*"
    r"(?:head\s+coach|coach|manager|boss)\b(?!\s+(?:of\s+the\s+(?:year|month|season)|education|development))"
)


_NAMED_COACH = compile_quick(
    r"«P(\d+)»(?:,[^,«]{0,60},)?\s+(?:(?:has|have|had|was|is|will|would)\s+)?(?:(?:been|be)\s+)?"
    r"(?:named|appointed|confirmed|installed|unveiled|made)\s+(?:as\s+)?" + _COACH_POST + "|"
    r"«P(\d+)»(?:,[^,«]{0,60},)?\s+(?:will|is\s+to|would|shall)\s+(?:serve|act|step\s+in|stand\s+in|take\s+over)\s+"
    r"as\s+" + _COACH_POST + "|"
    # "The technical director, X, will take charge of the team for Saturday's game"
    r"«P(\d+)»(?:,[^,«]{0,60})?,?\s+(?:will|is\s+to|would|shall)\s+take\s+(?:(?:interim|temporary|caretaker)\s+)?"
    r"charge\s+of\s+the\s+(?:team|side|squad|first\s+team)\b|"
    r"\b(?:named|appointed|installed|hired|promoted)\s+(?:(?:sporting|technical)\s+director|director\s+of\s+football|"
    r"general\s+manager)\s+«P(\d+)»\s+(?:as\s+)?" + _COACH_POST,
    re.IGNORECASE,
)


def mark_named_coaches(facts: list[Fact], tagged: str, mentions: list[Mention]) -> None:
    """The facts of a man this sentence names the team's coach stand, whatever post he held before."""
    if not facts:
        return
    named = {mentions[int(next(g for g in m.groups() if g))].name for m in _NAMED_COACH.finditer(tagged)}
    for f in facts:
        if f.coach in named:
            f.named_coach = True


# an executive's own past coaching posts still count: "Sporting director X, a former coach of Turkey, said"
FORMER_POST_RULES = rule_names("former-coach-of-list", "former-clubs-role", "person-the-club-role")


FORMER_WORD = re.compile(r"\b(?:former|ex-|one-time)", re.IGNORECASE)


def without_executives(facts: list[Fact], ctx: Context) -> list[Fact]:
    """Facts of an executive (not a past coaching post of his, nor one the sentence makes him take), and
    the exit of the man an executive succeeds ('sports board X, who succeeds Y'): Y's post is his."""
    is_executive = ctx.people.is_executive
    executive = [f for f in facts if is_executive(f.coach) and not (f.former_post or f.named_coach)]
    succeeded = {_match_of(f) for f in executive if f.event == "appointed"}
    return [f for f in facts if f not in executive and not (f.event == "left" and _match_of(f) in succeeded)]


def _match_of(f: Fact) -> tuple[int, int, int]:
    """Where the rule match that found the fact lies: (sentence, start, end)."""
    return f.sentence, f.trigger, f.trigger_end


def surnames_past_executives(named: list[Mention], ctx: Context) -> None:
    """'Hassan, 57, …' after coach Hossam and director Ibrahim Hassan were named: the bare surname
    was read (before anyone was known as an executive) as the one named last; it is the coach's."""
    for m in named:
        if m.kind == "P" and not m.pronoun and " " not in m.text and ctx.people.is_executive(m.name):
            m.name = ctx.people.resolve(m.text, m.start)


EXEC_HINT = re.compile(
    r"president|chair|owne[rd]|director|executive|ceo|administrator|spokes|agent|secretary|chief|bought\s+by|"
    r"scout|doctor|physio|general manager|team manager|technical manager|board|recruitment|club of |"
    r"property of"
)
