"""An aide promoted to the top job: "C sacked Y and promoted his assistant X to replace him", "handed the job
to his assistant X", "X, Y's assistant, has been promoted to the top job", "His successor is X, until now his
assistant", "named X head coach, promoting the long-time assistant". The appointment the rules read is one
event; the words also tell the aide's post X held at the club (a spell of its own) and that he left it for
the top job, as the gold sets record a step up from the backroom. (A stand-in keeps his aide's post and goes
back to it: not read here.) Runs after the restatements are dropped, on the facts and the sentences alone."""

from __future__ import annotations

import re
import unicodedata

from pipeline.extract.dates import DateMention
from pipeline.extract.facts import Fact
from pipeline.extract.rules.grammar import AIDE_NOUN, UNTIL_FILLED

_AIDE_ROLES = frozenset({"assistant_coach", "goalkeeping_coach", "fitness_coach"})
_EXITS = frozenset({"left", "dismissed", "resigned"})

# the title right before his name: "his assistant X", "assistant coach X", "Y's long-time assistant X"
_TITLE_BEFORE = re.compile(r"\b" + AIDE_NOUN + r"\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
# the title apposed right after his name: "X, Y's assistant,", "X, until now his assistant", "X, Y's former
# No. 2"
_TITLE_AFTER = re.compile(
    r"\s*,\s+(?:(?:until\s+now|previously|formerly|hitherto)\s+)?"
    r"(?:his|her|their|the\s+club['’]s|[\w\-]+['’]s?)\s+"
    r"(?:(?:former|long-?time|longtime|trusted)\s+)?" + AIDE_NOUN + r"\b"
    # (not "X, Y's assistant at Sturm, was named …": the title places his post, maybe at another club)
    r"(?!\s+(?:at|with|of|in)\s)",
    re.IGNORECASE,
)
# the promotion told of him by a pronoun or descriptor: "promoting him from the position of assistant",
# "promoting the long-time assistant", "promoting Y's assistant"
_PROMOTING_THE_AIDE = re.compile(
    r"\bpromot(?:ed|es|e|ing)\s+(?:(?:him|her)\s+from\s+(?:the\s+(?:position|role|post)\s+of\s+)?(?:an?\s+|his\s+|her\s+)?"
    # (not "promoted to Y's assistant": a step up to the aide's post, not from it)
    r"assistant|the\s+(?:[\w\-]+\s+)?assistant|(?!(?:to|as)\s)[\w\-]+(?:\s+[\w\-]+)?['’]s?\s+assistant)\b",
    re.IGNORECASE,
)
# the words that make it the top job: a promotion, a successor, the man replaced, the job handed over
_TOP_JOB = re.compile(
    r"\bpromot(?:ed|es|e|ing|ion)\b|\bsuccessor\b|\b(?:replac(?:e|es|ed)|succeed(?:s|ed)?)\s+(?:him|her)\b|"
    r"\btop\s+job\b|\bhand(?:ed|s|ing)\s+(?:over\s+)?the\s+(?:job|reins)\b",
    re.IGNORECASE,
)
# "his former assistant", "Y's former No. 2"
_FORMER_AIDE = re.compile(r"\bformer\s+" + AIDE_NOUN + r"\b", re.IGNORECASE)
# a stand-in's charge: he goes back to his aide's post
_STAND_IN = re.compile(r"\b(?:interim|caretaker|acting|temporar(?:y|ily))\b|" + UNTIL_FILLED, re.IGNORECASE)


def promoted_aides_posts(facts: list[Fact], sentences: list[str]) -> list[Fact]:
    """The aide's post (a spell, undated) and its end (dated as the step up) of each promoted aide whose
    post the facts do not tell yet."""
    out: list[Fact] = []
    for f in facts:
        if not _promoted_aide(f, facts, sentences):
            continue
        f.role = "head_coach"  # the title names the post he leaves, not the one he takes
        same = [g for g in facts if (g.coach, g.club, g.squad) == (f.coach, f.club, f.squad) and g is not f]
        if not any(g.role in _AIDE_ROLES for g in same):  # ("joined C as Y's assistant in 2022": told)
            out.append(_aides_post(f, "in_charge", None))
        # ("His former assistant X replaced him": the aide's post ended before, when the words do not tell)
        if not any(g.event == "left" for g in same) and not _FORMER_AIDE.search(sentences[f.sentence]):
            out.append(_aides_post(f, "left", f.date))
    return out


# an aide's title a stand-in is named by: the aide nouns, "first-team coach", "second coach"
_STAND_IN_TITLE = r"(?:" + AIDE_NOUN + r"|first[\s-]team\s+coach|second\s+coach)"
_STAND_IN_TITLE_BEFORE = re.compile(r"\b" + _STAND_IN_TITLE + r"\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
# "X, McCoist's assistant since 2011,", "X, the club's assistant manager,", "X, previously assistant manager,"
# (not "X, assistant at C,": a post maybe at another club)
_STAND_IN_TITLE_AFTER = re.compile(
    r"\s*,\s+(?:(?:until\s+now|previously|formerly|hitherto)\s+)?"
    r"(?:(?:his|her|their|the\s+club['’]s|the|[\w\-]+['’]s?)\s+)?"
    r"(?:(?:long-?time|longtime|trusted)\s+)?" + _STAND_IN_TITLE + r"\b(?!\s+(?:at|with|of|in)\s)",
    re.IGNORECASE,
)


def stand_in_aides_posts(facts: list[Fact], sentences: list[str]) -> list[Fact]:
    """The aide's post (a spell, undated) of each stand-in the sentence titles an aide of the club:
    "First-team coach X will take charge of Saturday's game", "His assistant X will lead the team until the
    end of the season": he keeps that post and goes back to it, a spell beside his charge (no exit). Not
    "his former assistant X took over as interim": an aide of another day, maybe of another club."""
    out: list[Fact] = []
    for f in facts:
        if f.event != "appointed" or f.role != "caretaker" or f.derived or f.sentence >= len(sentences):
            continue
        sentence = sentences[f.sentence]
        if _FORMER_AIDE.search(sentence) or not _titled_stand_in(f.coach, sentence):
            continue
        if any(
            g.event == "in_charge" and (g.coach, g.club, g.squad) == (f.coach, f.club, f.squad) for g in facts
        ):
            continue
        out.append(_aides_post(f, "in_charge", None))
    return out


def _titled_stand_in(coach: str, sentence: str) -> bool:
    """Whether the sentence gives the man an aide's title right before or after a word of his name."""
    plain = _unaccented(sentence)
    for word in {w for w in _unaccented(coach).split() if len(w) > 2}:
        for m in re.finditer(r"\b" + re.escape(word) + r"\b", plain, re.IGNORECASE):
            if _STAND_IN_TITLE_BEFORE.search(plain, max(0, m.start() - 60), m.start()):
                return True
            if _STAND_IN_TITLE_AFTER.match(plain, m.end()):
                return True
    return False


def _promoted_aide(f: Fact, facts: list[Fact], sentences: list[str]) -> bool:
    """An appointment of a man the sentence titles an aide, to the post another man left at that club, told
    as the top job (not a stand-in's charge); the one head coach the sentence appoints there."""
    if f.event != "appointed" or f.role == "caretaker" or f.derived or f.sentence >= len(sentences):
        return False
    sentence = sentences[f.sentence]
    if not _TOP_JOB.search(sentence) or _STAND_IN.search(sentence) or not _titled_aide(f.coach, sentence):
        return False
    vacated = any(
        g.event in _EXITS and g.coach != f.coach and (g.club, g.squad) == (f.club, f.squad)
        for g in facts
        if g.sentence <= f.sentence
    )
    rivals = any(
        g.event == "appointed" and g.coach != f.coach and g.club == f.club and g.sentence == f.sentence
        for g in facts
    )
    return vacated and not rivals


def _titled_aide(coach: str, sentence: str) -> bool:
    """Whether the sentence gives the man an aide's title: before or after a word of his name, or told of
    him by the promotion's own words."""
    plain = _unaccented(sentence)
    if _PROMOTING_THE_AIDE.search(plain):
        return True
    for word in {w for w in _unaccented(coach).split() if len(w) > 2}:
        for m in re.finditer(r"\b" + re.escape(word) + r"\b", plain, re.IGNORECASE):
            before = _TITLE_BEFORE.search(plain, max(0, m.start() - 60), m.start())
            if before or _TITLE_AFTER.match(plain, m.end()):
                return True
    return False


def _unaccented(text: str) -> str:
    """The text without accents, each character kept in its place ("Iñigo" and "Íñigo" read alike)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _aides_post(f: Fact, event: str, when: DateMention | None) -> Fact:
    return Fact(
        f.coach, f.club, f.squad, "assistant_coach", event, 0.65, f.sentence, f.trigger, when, derived=True
    )
