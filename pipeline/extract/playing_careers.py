"""A man's playing career as the story tells it, against the spells and titles read in words a playing
career is told in too ("had spells at A and B", "won the league with C": `PLAYER_DEED_RULES`). A club his
player descriptor names ("the former Lazio midfielder", "ex-Ajax striker X", "X, who played for Ajax") is
where he played: a title or listed spell there, in a player's words, is his playing days unless the story
also tells him coaching there; so is one told in a year before the story says his coaching began ("began
his coaching career in 2015"). The sentence pass marks those clubs on `People` (`mark_playing_clubs`) and
each such fact's year (`deed_year`); the article's end drops such facts (`without_playing_days`)."""

from __future__ import annotations

import re

from pipeline.extract.facts import TAG, Context, Fact, TaggedSentence
from pipeline.extract.mentions import Mention
from pipeline.extract.people import PLAYING_POSITION
from pipeline.extract.player_guards import (
    COACHING_SPELL_WORDS,
    PAST_WORD,
    PLAYER_CAREER_RULES,
    PLAYER_DEED_RULES,
)
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.rules import Rule

# what names a man by his playing past: a position ("midfielder", "captain") or the player himself
# ("international", "player", "footballer")
_PLAYER_HEAD = (
    r"(?:" + PLAYING_POSITION + r"|international|player|footballer)"
    # (not "the former Lyon player and coach": he coached there too)
    r"(?!\s+and\s+(?:(?:assistant|head|youth)\s+)?(?:coach|manager|boss|trainer))"
)
# one club or several: "«C1»", "«C1» and «C2»", "«C1», «C2» and «C3»"
_CLUBS = r"«C\d+»(?:['’]s?)?(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)«C\d+»(?:['’]s?)?)*"
# "former «C1» and «C2» midfielder «P3»", "ex-«C1» striker «P2»"
_TITLE_BEFORE = re.compile(
    r"\b"
    + PAST_WORD
    + r"\s*(?P<clubs>"
    + _CLUBS
    + r")\s+(?:[\w\-]+\s+){0,2}?"
    + _PLAYER_HEAD
    + r"\s+«P(?P<p>\d+)»",
    re.IGNORECASE,
)
# "«P0», the former «C1» midfielder,", "«P0», an ex-«C1» and «C2» striker,"
_TITLE_AFTER = re.compile(
    r"«P(?P<p>\d+)»,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?"
    + PAST_WORD
    + r"\s*(?P<clubs>"
    + _CLUBS
    + r")\s+(?:[\w\-]+\s+){0,2}?"
    + _PLAYER_HEAD
    + r"\b",
    re.IGNORECASE,
)
# "«P0», the former defender of «C1» and «C2»," (translated copy's order)
_TITLE_OF_AFTER = re.compile(
    r"«P(?P<p>\d+)»,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?"
    + PAST_WORD
    + r"\s*(?:[\w\-]+\s+){0,2}?"
    + _PLAYER_HEAD
    + r"\s+of\s+(?:the\s+)?(?P<clubs>"
    + _CLUBS
    + r")",
    re.IGNORECASE,
)
# "«P0», who played for «C1» and «C2»", "«P0» made 200 appearances for «C1»", "scored 90 goals for «C1»"
_PLAYED_FOR = re.compile(
    r"«P(?P<p>\d+)»(?:,\s+who)?\s+(?:(?:also|had|has|once)\s+)?"
    r"(?:played|made\s+[^«.;,]{0,30}?\bappearances|scored\s+[^«.;,]{0,30}?\bgoals)\s+"
    r"(?:[^«.;,]{0,30}?\s)?for\s+(?:the\s+)?(?P<clubs>" + _CLUBS + r")",
    re.IGNORECASE,
)
# a descriptor read as the man: "the former Lazio and Roma midfielder", "the ex-Ajax striker", "the former
# defender of River Plate"
_PLAYER_DESCRIPTOR = re.compile(
    r"^(?:the|a|an)?\s*(?:[\w\-]+\s+){0,2}?" + PAST_WORD + r"\b.*\b" + _PLAYER_HEAD + r"(?:\s+of\s.*)?$",
    re.IGNORECASE,
)
# the words any of the above needs, in the lowered sentence
PLAYING_CLUB_HINT = compile_quick(r"\b(?:" + _PLAYER_HEAD + r"|played|appearances|goals)\b")


def mark_playing_clubs(tagged: str, mentions: list[Mention], named: list[Mention], ctx: Context) -> None:
    """Mark the clubs the sentence names as a man's playing clubs (see the module's doc)."""
    for pattern in (_TITLE_BEFORE, _TITLE_AFTER, _TITLE_OF_AFTER, _PLAYED_FOR):
        for m in pattern.finditer(tagged):
            person = mentions[int(m.group("p"))]
            if person.kind != "P":
                continue
            for t in TAG.finditer(m.group("clubs")):
                club = mentions[int(t.group(2))]
                if club.kind == "C" and club.name:
                    ctx.people.mark_played_for(person.name, club.name)
    for person in mentions:
        if person.kind == "P" and person.pronoun and _PLAYER_DESCRIPTOR.match(person.text):
            for club in named:  # the clubs inside the descriptor's words
                if club.kind == "C" and club.name and person.start <= club.start < person.end:
                    ctx.people.mark_played_for(person.name, club.name)


# a coaching word right after the deed's words: "won the league with C as coach", "… as assistant", "had two
# spells with C in charge"
_AS_COACH_AFTER = re.compile(
    r"(?:(?!(?:before|then|later|until|after)\b)(?:[^.;«]|«[CS]\d+»)){0,40}?\b(?:as\s+(?:an?\s+)?(?:(?:head|assistant|interim|caretaker)\s+)?(?:coach|manager|boss|trainer)|"
    r"as\s+(?:an?\s+)?assistant|"
    r"in\s+charge|on\s+the\s+bench|in\s+the\s+dugout)\b",
    re.IGNORECASE,
)


# a sentence told of his coaching career as a whole: "has a strong record as a coach: he won …", "in his
# managerial career he won …"
_COACHING_CAREER = re.compile(
    r"\bas\s+(?:an?\s+)?(?:head\s+)?(?:coach|manager)\b|\b(?:coaching|managerial)\s+(?:career|record|days)\b",
    re.IGNORECASE,
)


def told_in_players_words(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """The rule read a spell or a title in words a playing career is told in too, with no coaching word of
    its own ('won the league with C', not 'won the league with C as coach') in a sentence not told of his
    coaching career."""
    if rule.name not in PLAYER_DEED_RULES and rule.name not in PLAYER_CAREER_RULES:
        return False
    own_words = TAG.sub(lambda t: sent.mentions[int(t.group(2))].text, match.group(0)).rsplit(",", 1)[-1]
    return not (
        COACHING_SPELL_WORDS.search(own_words)
        or _AS_COACH_AFTER.match(sent.tagged, match.end())
        or _COACHING_CAREER.search(sent.tagged, 0, _clause_end(sent.tagged, match.end()))
    )


# the next move told after the spells: "… before moving to C as coach" (its "as coach" is the next post's)
_NEXT_MOVE = re.compile(r"\b(?:before|then|later|until|after)\b", re.IGNORECASE)


def _clause_end(tagged: str, end: int) -> int:
    """Where the words about the spells end: at the next move told after them, else the sentence's end."""
    nxt = _NEXT_MOVE.search(tagged, end)
    return nxt.start() if nxt else len(tagged)


# the year a title or spell is told in, right after its words: "won the league with C in 1999", "had spells at
# A and B in the 1990s"
_YEAR_AFTER = re.compile(r"[^.;:]{0,50}?\b(?:in|of|during|between)\s+(?:the\s+)?((?:19|20)\d\d)s?\b")


def deed_year(fact: Fact, match: re.Match[str], tagged: str) -> int | None:
    """The year a spell or title told in a player's words began or was won, when the words tell it."""
    if fact.date is not None and fact.date.kind in ("since", "point"):
        return fact.date.value.year
    year = _YEAR_AFTER.match(tagged, fact.trigger_end if fact.trigger_end >= 0 else match.end())
    return int(year.group(1)) if year else None


# where a man's coaching began: "began his coaching career", "his first job as a manager", "moved into
# coaching", "hung up his boots"
_COACHING_BEGAN = compile_quick(
    r"\b(?:(?:began|started|launched|beginning|starting)\s+(?:his|her)\s+(?:coaching|managerial)\s+career|"
    r"(?:his|her)\s+first\s+(?:(?:coaching|managerial|head\s+coach(?:ing)?)\s+(?:job|role|post|position)|"
    r"job\s+(?:as\s+(?:an?\s+)?(?:head\s+)?(?:coach|manager)|in\s+(?:coaching|management)))|"
    r"(?:moved|went|stepped)\s+into\s+(?:coaching|management)|hung\s+up\s+(?:his|her)\s+boots|"
    r"retir(?:ed|ing)\s+(?:from\s+playing|as\s+a\s+player)|(?:ended|finished)\s+(?:his|her)\s+playing\s+career)\b",
    re.IGNORECASE,
)
# its year: the first told after the words in their clause ("began his coaching career at Mainz in 2010"),
# else one fronted before them ("In 2010 he began his coaching career")
# (not over a second verb: "began his coaching career at Lille and won the cup there in 2019")
_YEAR_NEXT = re.compile(r"(?:(?!\b(?:and|where|but|then|while)\b)[^.;]){0,60}?\b((?:19|20)\d\d)\b")
_FRONTED_YEAR = re.compile(r"^\s*(?:In|By)\s+((?:19|20)\d\d)\b")


def _named_last_before(sentence: str, at: int, coaches: set[str]) -> str | None:
    """Of the coaches, the one whose name (full or surname) the sentence gives last before `at`."""
    last: tuple[int, str] | None = None
    for coach in coaches:
        for name in {coach, coach.split()[-1]}:
            where = sentence.rfind(name, 0, at)
            if where >= 0 and (last is None or where > last[0]):
                last = (where, coach)
    return last[1] if last else None


def _coaching_began(facts: list[Fact], sentences: list[str]) -> dict[str, int]:
    """For each coach, the year the story says his coaching began, told in a sentence of his own facts:
    the man named last before the words ("replacing Y, who hung up his boots in 2019" is Y's start, not
    the appointee's), or each man of the sentence when none is named before them ("He began …")."""
    by_sentence: dict[int, set[str]] = {}
    for f in facts:
        by_sentence.setdefault(f.sentence, set()).add(f.coach)
    began: dict[str, int] = {}
    for i, coaches in by_sentence.items():
        sentence = sentences[i] if 0 <= i < len(sentences) else ""
        cue = _COACHING_BEGAN.search(sentence)
        year = cue and (_YEAR_NEXT.match(sentence, cue.end()) or _FRONTED_YEAR.match(sentence))
        if not (cue and year):
            continue
        holder = _named_last_before(sentence, cue.start(), coaches)
        for coach in {holder} if holder else coaches:
            began[coach] = min(int(year.group(1)), began.get(coach, 9999))
    return began


def without_playing_days(facts: list[Fact], ctx: Context) -> list[Fact]:
    """The facts but the titles and spells told in a player's words at a club the man played for (unless
    another fact tells him coaching there: 'C coach X', 'X managed C') or in a year before his coaching
    began ('X was champion with C in 1999. He began his coaching career in 2015')."""
    if not any(f.players_words for f in facts):
        return facts
    coached = {(f.coach, f.club) for f in facts if f.event == "in_charge" and not f.players_words}
    began = _coaching_began(facts, ctx.sentences)

    def playing_days(f: Fact) -> bool:
        if ctx.people.has_played_for(f.coach, f.club or "") and (f.coach, f.club) not in coached:
            return True
        return f.told_year is not None and f.told_year < began.get(f.coach, 0)

    return [f for f in facts if not (f.players_words and playing_days(f))]
