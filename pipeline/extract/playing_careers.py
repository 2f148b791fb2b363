"""A man's playing career as the story tells it, against the spells and titles read in words a playing
career is told in too ("had spells at A and B", "won the league with C": `PLAYER_DEED_RULES`). A club his
player descriptor names ("the former Lazio midfielder", "ex-Ajax striker X", "X, who played for Ajax") is
where he played: a title or listed spell there, in a player's words, is his playing days unless the story
also tells him coaching there. The sentence pass marks those clubs on `People` (`mark_playing_clubs`); the
article's end drops such facts (`without_playing_days`)."""

from __future__ import annotations

import re

from pipeline.extract.facts import _TAG, Context, Fact, TaggedSentence
from pipeline.extract.mentions import Mention
from pipeline.extract.people import PLAYING_POSITION
from pipeline.extract.player_guards import (
    COACHING_SPELL_WORDS,
    PAST_WORD,
    PLAYER_CAREER_RULES,
    PLAYER_DEED_RULES,
)
from pipeline.extract.rules import Rule

# what names a man by his playing past: a position ("midfielder", "captain") or the player himself
# ("international", "player", "footballer")
_PLAYER_HEAD = r"(?:" + PLAYING_POSITION + r"|international|player|footballer)"
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
PLAYING_CLUB_HINT = re.compile(r"\b(?:" + _PLAYER_HEAD + r"|played|appearances|goals)\b")


def mark_playing_clubs(tagged: str, mentions: list[Mention], named: list[Mention], ctx: Context) -> None:
    """Mark the clubs the sentence names as a man's playing clubs (see the module's doc)."""
    for pattern in (_TITLE_BEFORE, _TITLE_AFTER, _PLAYED_FOR):
        for m in pattern.finditer(tagged):
            person = mentions[int(m.group("p"))]
            if person.kind != "P":
                continue
            for t in _TAG.finditer(m.group("clubs")):
                club = mentions[int(t.group(2))]
                if club.kind == "C" and club.name:
                    ctx.people.mark_played_for(person.name, club.name)
    for person in mentions:
        if person.kind == "P" and person.pronoun and _PLAYER_DESCRIPTOR.match(person.text):
            for club in named:  # the clubs inside the descriptor's words
                if club.kind == "C" and club.name and person.start <= club.start < person.end:
                    ctx.people.mark_played_for(person.name, club.name)


# a coaching word right after the deed's words: "won the league with C as coach", "had two spells with C in
# charge"
_AS_COACH_AFTER = re.compile(
    r"[^.;«]{0,25}?\b(?:as\s+(?:(?:head|assistant|interim|caretaker)\s+)?(?:coach|manager|boss|trainer)|"
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
    own_words = _TAG.sub(lambda t: sent.mentions[int(t.group(2))].text, match.group(0)).rsplit(",", 1)[-1]
    return not (
        COACHING_SPELL_WORDS.search(own_words)
        or _AS_COACH_AFTER.match(sent.tagged, match.end())
        or _COACHING_CAREER.search(sent.tagged)
    )


def without_playing_days(facts: list[Fact], ctx: Context) -> list[Fact]:
    """The facts but the titles and spells told in a player's words at a club the man played for, unless
    another fact tells him coaching there ('C coach X', 'X managed C')."""
    if not ctx.people.played_for:
        return facts
    coached = {(f.coach, f.club) for f in facts if f.event == "in_charge" and not f.players_words}
    return [
        f
        for f in facts
        if not f.players_words
        or (f.coach, f.club) in coached
        or not ctx.people.has_played_for(f.coach, f.club or "")
    ]
