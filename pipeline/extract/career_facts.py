"""Career pairs: the coach and club a career verb joins within one clause ("X, who managed A and
coached B, …", "previously head coach of C", "began his coaching career at D"). Each sentence with a
career word gives its pairs as low-confidence head-coach spells (or a specialist's, when the title
says so), kept aside in the context rather than told; at the article's end post-processing adds
those of the coaches the article reports on, for the clubs no pattern told anything about
(`unclaimed_career_pairs`). Only `rule_facts` reads sentences into pairs (`career_pairs`, gated by
`CAREER_WORD`); this module reads the tagged sentence and nothing of the rule matching."""

from __future__ import annotations

import re

from pipeline.extract.coordinated_people import verb_after_object
from pipeline.extract.facts import TAG, Context, Fact, TaggedSentence
from pipeline.extract.lexicon import CLUB_KIND_NOUN
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.player_guards import COACHING_TALK, tells_playing_days
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.rules import ROLE_WORDS
from pipeline.extract.rules.grammar import CLUB_OPENS_CLAUSE, KIN

# Words of a coaching career: a sentence holding none joins no coach and club by itself.
CAREER_WORD = re.compile(
    r"\b(?:manag\w*|coach\w*|in\s+charge|spells?|stints?|tenure|led|guided|took\s+(?:over|charge)|boss|"
    r"trainer|directed|helm|bench)\b"
)
# The career verb right before the club: "coached A", "head coach of A", "spells at A and B",
# "previously coached «C1», «C2» and" (a list of clubs), "caretaker coach of A", "at Finnish club A"
_CAREER_BETWEEN = compile_quick(
    r"\b(?:managed|coached|led|guided|directed|(?:manager|coach|boss|trainer)\s+(?:of|at)|"
    r"in\s+charge\s+(?:of|at)|(?:spells?|stints?|tenure|career)\s+(?:at|with|in\s+charge\s+of)|"
    r"took\s+(?:over|charge)\s+(?:of|at))\s+"
    r"(?:(?:the|at|of|with|club|side)\s+|[A-Z][\w'’-]*\s+" + CLUB_KIND_NOUN + r"\s+|the\s+«S\d+»\s+of\s+)?"
    # the items before: "coach of Curacao national team and Turkish club C", "coach of Turkey and of C"
    r"(?:«C\d+»(?:\s+«S\d+»|\s+national\s+team|\s+\w+)?,?\s+(?:and\s+)?(?:of\s+)?"
    r"(?:[A-Z][\w'’-]*\s+" + CLUB_KIND_NOUN + r"\s+)?)*$",
    re.IGNORECASE,
)
_NOT_COACHING = re.compile(
    r"\b(?:play\w*|scor\w*|beat|beating|defeat\w*|against|drew|lost|loan\w*|sign\w*|transfer\w*|striker|"
    r"midfielder|defender|goalkeeper|captain\w*|v|vs|owner|president|chairman|director|fans?|supporters?|"
    # (kin: "X, the son of a youth coach at C" tells the relative's post)
    r"interest|offer\w*|linked|approach\w*|talks|replac\w*|succe\w*|" + KIN + r")\b",
    re.IGNORECASE,
)


# "coached A and B beat both his sides": a later club of the list opening a clause of its own
_OPENS_CLAUSE = re.compile(CLUB_OPENS_CLAUSE, re.IGNORECASE)
# "the new coach of C", "as new head coach of C": an arrival, not a spell; "assistant coach of C": not
# a head coach's spell
_NEW_TITLE_BEFORE = re.compile(r"\b(?:new|assistant)\s+(?:head\s+)?$", re.IGNORECASE)
# "guided Japan past Germany and Spain": the opponents knocked out
_PAST_OPPONENT = re.compile(r"»\s+past\s")
# "under Y", "alongside Y": the man the subject served with, not the subject of what follows
_SERVED_UNDER = re.compile(r"\b(?:under|alongside|beside)\s+$", re.IGNORECASE)
_WHO_NEXT = re.compile(r",?\s+who\b")
# "«C1» of " right before a country: the club's country ("Maccabi Tel Aviv of Israel")
_OF_COUNTRY = re.compile(r"«C\d+»\s+of\s+(?:the\s+)?$")


# "… before spells at", "… and also had three spells with", "…, then coached": a career sentence going on
# to its next spell after a club it named (the words right before the career verb)
_CAREER_GOES_ON = re.compile(r"(?:^|»[^«]*?)\b(?:before|then|later|and|followed\s+by)\b[^«]*$", re.IGNORECASE)
# the subject's place: the sentence's start or a clause's ("…, he", "and in Germany he", "Born in Sunne, he")
_SUBJECT_PLACE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|then|when|before|after|while|where|since|so)\s+)(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "X, who left for C, and previously coached D": the 'and' may go back to the sentence's subject
_AFTER_WHO_CLAUSE = re.compile(r"^,?\s+who\b.*,\s+and\b[^«]*$", re.IGNORECASE)


def _career_goes_on(sent: TaggedSentence, m: re.Match[str], between: str, verb_start: int) -> bool:
    """Whether a career verb far from its subject or after another club still tells the subject's spell:
    the person is a clause's subject, only clubs or himself stand between (no other person, no ';'),
    and a connective ('before', 'then', 'and', 'later') leads from the last of them to the verb."""
    before = between[:verb_start]
    if "«S" in before or ";" in before or verb_start > 200 or _AFTER_WHO_CLAUSE.match(before):
        return False
    name = sent.mentions[int(m.group(2))].name
    if any(sent.mentions[int(k)].name != name for k in re.findall(r"«P(\d+)»", before)):
        return False
    return bool(_SUBJECT_PLACE.search(sent.tagged, 0, m.start())) and bool(_CAREER_GOES_ON.search(before))


# the career words a player's career is told in too: "spells at A and B", "his career with A"
_PLAYERS_CAREER_WORD = re.compile(r"^(?:spells?|stints?|career)\b", re.IGNORECASE)


# "Klopp's assistant", "his long-time number two": the boss of an aide, not the one whose career follows
_AIDES_BOSS = re.compile(
    r"['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:assistant|number\s+two|no\.?\s*2|deputy|right-hand\s+man)\b",
    re.IGNORECASE,
)


def career_pairs(sent: TaggedSentence) -> list[Fact]:
    """'X, who managed A and coached B, …': each coach and club a career verb joins, in order,
    within one clause. Kept only when no pattern told anything about that coach and club."""
    tagged, mentions, squad_of = sent.tagged, sent.mentions, sent.squad_of
    out = []
    for m in TAG.finditer(tagged):
        if m.group(1) != "P":
            continue
        person = mentions[int(m.group(2))]
        if _AIDES_BOSS.match(tagged, m.end()):
            continue  # "He has been Klopp's assistant since 2018, after a spell in charge of C": not Klopp's
        for c in TAG.finditer(tagged, m.end(), min(len(tagged), m.end() + 260)):
            if c.group(1) != "C":
                continue
            between = tagged[m.end() : c.start()]
            verb = _CAREER_BETWEEN.search(between)
            if verb is None or _NOT_COACHING.search(between) or _PAST_OPPONENT.search(between):
                continue
            if "«" in verb.group(0) and _OPENS_CLAUSE.match(tagged, c.end()):
                continue  # "coached A and B beat both his sides": B is the next clause's subject
            if _NEW_TITLE_BEFORE.search(between, 0, verb.start()):
                continue  # "has since been unveiled as the new coach of C": a move, not a past spell
            if ("«" in between[: verb.start()] or verb.start() > 60) and not _career_goes_on(
                sent, m, between, verb.start()
            ):
                continue  # "X replaced Y at C, having previously coached D": D is X's, not Y's
            if verb_after_object(tagged, int(m.group(2)), m.end() + verb.start() + 1):
                continue  # "He replaced Y and previously coached C": the subject's spell, not Y's
            if _SERVED_UNDER.search(tagged, 0, m.start()) and not _WHO_NEXT.match(between):
                continue  # "worked with Belgium under Y, before a stint in charge of C": the subject's
            club_mention = mentions[int(c.group(2))]
            if club_mention.club_kind == "national" and tagged.startswith("'s", c.end()):
                continue  # "led A into Sweden's top flight": the country's league, not its team
            if club_mention.club_kind == "national" and _OF_COUNTRY.search(between):
                continue  # "coached Maccabi Tel Aviv of Israel": the club's country, not its team
            club, squad = squad_of.get(int(c.group(2)), (club_mention.name, "first_team"))
            if squad == "first_team" and _YOUTH_TITLE.search(_own_title(between, verb)):
                squad = "youth"  # "was youth coach of C": the club's youth teams, not its first team
            if (
                _PLAYERS_CAREER_WORD.search(verb.group(0))
                and tells_playing_days(sent, c.end(), spell_list=True)
                and not COACHING_TALK.search(tagged)
            ):
                continue  # "The former defender had spells at A and B": his playing days, as the rules read
            role = _career_title_role(between, verb)
            f = Fact(person.name, club, squad, role, "in_charge", 0.4, sent.index, m.start())
            f.other_side_named = _other_side_named(squad_of, int(c.group(2)), club, squad)
            # "spells at A and B" with no coaching word: a player's words too (see `playing_careers`)
            players_words = _PLAYERS_CAREER_WORD.search(verb.group(0)) and not COACHING_TALK.search(between)
            f.players_words = bool(players_words)
            out.append(f)
    return out


# the specialist titles a career pair's title may carry ("goalkeeping coach at C", "fitness coach of C")
_SPECIALIST_ROLES = frozenset({"goalkeeping_coach", "fitness_coach", "other_staff"})
_TITLE_SPLIT = re.compile(r"»|,|\band\b")


# "youth coach of C", "academy coach at C": the title of a post with the club's youth teams
_YOUTH_TITLE = re.compile(r"\b(?:youth|academy)\s+$", re.IGNORECASE)


def _own_title(between: str, verb: re.Match[str]) -> str:
    """The words of this item's title before the career verb ("…, and youth coach of D": ' youth ')."""
    return _TITLE_SPLIT.split(between[: verb.start()])[-1]


def _career_title_role(between: str, verb: re.Match[str]) -> str:
    """The role a career pair's title tells: "was a goalkeeping coach at C" is no head coach's spell
    ("coach at" is the verb, the specialist's word just before it); any other title is the head coach's."""
    title = _own_title(between, verb)[-25:] + verb.group(0)
    role = next((r for rx, r in ROLE_WORDS if rx.search(title)), "head_coach")
    return role if role in _SPECIALIST_ROLES else "head_coach"


def unclaimed_career_pairs(facts: list[Fact], ctx: Context) -> list[Fact]:
    """The career pairs of coaches the article reports on, for the clubs no pattern told anything
    about: low-confidence spells ("previously head coach of A", "began his coaching career at B")."""
    coaches = {f.coach for f in facts}
    told: dict[tuple[str, str], list[Fact]] = {}
    for g in facts:
        told.setdefault((fold(g.coach), fold(g.club or "")), []).append(g)
    out, seen = [], set()
    for f in ctx.fallbacks:
        key = (fold(f.coach), fold(f.club or ""))
        if f.coach in coaches and not _claimed(f, told.get(key, [])) and key not in seen and f.club:
            seen.add(key)
            out.append(f)
    return out


def _other_side_named(
    squad_of: dict[int, tuple[str | None, str]], k: int, club: str | None, squad: str
) -> bool:
    """The sentence names the pair's club again, for another of its sides."""
    return any(i != k and name == club and side != squad for i, (name, side) in squad_of.items())


def _claimed(pair: Fact, told: list[Fact]) -> bool:
    """A told fact about the pair's coach and club (`told`) claims it; one of another side, told in the
    pair's own sentence that names that side apart, does not: "was head trainer of A and B and most recently
    worked in the youth academy of A" tells A's first team beside its youth post."""
    return any(
        not (pair.other_side_named and g.sentence == pair.sentence and g.squad != pair.squad) for g in told
    )
