"""A stand-in made permanent, told in one sentence: "X was given the job permanently in October after a
spell as caretaker", "X was appointed on a permanent basis in January, having been interim head coach since
August", "X had taken over in November, first as interim and then as head coach", "X had succeeded Y,
initially as interim manager". Two appointments, a caretaker's and a head coach's (the gold sets count each);
the rules often read one of them. This reads the other, undated (which date is whose the sentence's clauses
tell, not these words). Runs after the restatements are dropped, on the facts and the sentences alone."""

from __future__ import annotations

import re

from pipeline.extract.facts import Fact

# the stand-in's spell: "after a spell as caretaker", "having been interim head coach", "stepping in",
# "first as interim", "initially as interim manager", "took temporary charge"
_STAND_IN = re.compile(r"\b(?:interim|caretaker|temporary|acting)\b|\bstepp(?:ing|ed)\s+in\b", re.IGNORECASE)
# the stand-in's title beside his name ("Caretaker boss X", "X, the caretaker, has been appointed …") or the
# tag removed: what he is as the news is told, not his stand-in spell told as an event of its own
_STAND_IN_TITLE = re.compile(
    r"\b(?:caretaker|interim|acting|temporary)\s+(?:head\s+coach|manager|boss|coach|trainer)\s+(?=(?-i:[A-Z]))|"
    r",\s+the\s+(?:caretaker|interim)(?:\s+(?:head\s+coach|manager|boss|coach))?\s*,|"
    # ("had the interim tag removed": the making permanent alone, the stand-in's start untold)
    r"\b(?:interim|caretaker)\s+(?:tag|label)\b",
    re.IGNORECASE,
)
# the post made his for good: "on a permanent basis", "given the job permanently", "then as head coach", "had
# the interim tag removed" (not "until a permanent appointment is made": a stand-in's stretch)
_MADE_PERMANENT = re.compile(
    r"\bon\s+a\s+permanent\s+(?:basis|deal|contract)\b|\bpermanently\b|\bmade\s+permanent\b|"
    r"\b(?:and\s+)?(?:then|later)\s+as\s+(?:the\s+)?(?:permanent\s+)?(?:head\s+coach|manager|boss|coach)\b|"
    r"\b(?:interim|caretaker)\s+(?:tag|label)\b|"
    # ("X had succeeded Y, initially as interim manager": a stand-in first, then more)
    r"\binitially\s+as\s+(?:an?\s+|the\s+)?(?:interim|caretaker)\b",
    re.IGNORECASE,
)
# the permanence only wished or weighed ("wants the job on a permanent basis", "will not be considered for
# the job on a permanent basis"), or more than one stand-in spell ("in two spells as interim", "twice"):
# each spell is told as such, not as one appointment
_NOT_ONE_MADE_PERMANENT = re.compile(
    r"\b(?:wants?|wanted|hopes?|hoping|considered|candidate|could|would|might|twice|two\s+spells|"
    r"two\s+stints)\b",
    re.IGNORECASE,
)
# the stand-in told as a spell held: "has been in charge since 2016, first as interim", "had been in interim
# charge since January", "spent most of 2023 as head coach, first on an interim basis": his caretaker's spell
# (in_charge), as the gold sets record it, not an appointment
_SPELL_TOLD = re.compile(
    r"\bin\s+(?:interim\s+|caretaker\s+|temporary\s+)?charge\s+since\b|\bspent\b", re.IGNORECASE
)
# another man's stand-in spell: "ending Y's interim spell", "after Y's caretaker stint" (not "the club's")
_WHOSE_STAND_IN = re.compile(
    r"([\w\-]+)['’]s?\s+(?:[\w\-]+\s+)?(?:interim|caretaker|temporary|acting)\b", re.IGNORECASE
)
# the two roles of a stand-in made permanent, each the other's counterpart
_OTHER_ROLE = {"caretaker": "head_coach", "head_coach": "caretaker"}


def stand_in_made_permanent(facts: list[Fact], sentences: list[str]) -> list[Fact]:
    """The appointment of the other role, for each appointment told with both a stand-in's spell and its
    making permanent, when the sentence tells no one else's stand-in spell nor the other appointment."""
    out: list[Fact] = []
    seen: set[tuple[str, str | None, str, int]] = set()
    for f in facts:
        if f.event != "appointed" or f.role not in _OTHER_ROLE or f.derived or f.sentence >= len(sentences):
            continue
        sentence = sentences[f.sentence]
        key, role = (f.coach, f.club, f.squad), _OTHER_ROLE[f.role]
        if (*key, f.sentence) in seen or not _made_permanent_here(f.coach, sentence):
            continue
        told = [g for g in facts if g.sentence == f.sentence and g is not f]
        if any(g.coach != f.coach and g.role == "caretaker" for g in told):
            continue  # "X was appointed permanently, ending Y's interim spell": the stand-in is Y
        if any(
            (g.coach, g.club, g.squad) == key and g.event == "appointed" and g.role == role for g in facts
        ):
            continue  # (the other appointment told, here or in a sentence of its own)
        event = "in_charge" if role == "caretaker" and _SPELL_TOLD.search(sentence) else "appointed"
        if any((g.coach, g.club, g.squad, g.event, g.role) == (*key, event, role) for g in told):
            continue
        seen.add((*key, f.sentence))
        other = Fact(f.coach, f.club, f.squad, role, event, 0.7, f.sentence, f.trigger)
        other.derived = other.no_date = True  # (his first appointment came before the news: not its day)
        out.append(other)
    return out


def _made_permanent_here(coach: str, sentence: str) -> bool:
    """Whether the sentence tells the man's stand-in spell made permanent, once."""
    return bool(
        _STAND_IN.search(_STAND_IN_TITLE.sub(" ", sentence))
        and _MADE_PERMANENT.search(sentence)
        and not _NOT_ONE_MADE_PERMANENT.search(sentence)
        and _his_stand_in(coach, sentence)
    )


def _his_stand_in(coach: str, sentence: str) -> bool:
    """Whether the stand-in's words are the man's: he is named before them (or not at all: "he", "the Scot"),
    and no other man's possessive holds them ("Y's interim spell")."""
    words = {w.lower() for w in coach.split()}
    own = words | {"club", "team", "side", "his", "her"}
    if any(m.group(1).lower() not in own for m in _WHOSE_STAND_IN.finditer(sentence)):
        return False
    cue = _STAND_IN.search(sentence)
    named = [
        m.start() for w in words for m in re.finditer(r"\b" + re.escape(w) + r"\b", sentence, re.IGNORECASE)
    ]
    return cue is not None and (not named or min(named) < cue.start())
