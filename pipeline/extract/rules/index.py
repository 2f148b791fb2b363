"""RULES, every topic module's rules in their declared order (the order decides which match wins), and
the key index: `candidate_rules` picks the rules worth trying on a sentence.
"""

from __future__ import annotations

import re

from pipeline.extract.rules.aides_and_staff import (
    AIDE_ON_BOSS_STAFF,
    AIDE_SPELLS,
    AIDE_WITH_THE_NEW_MAN,
    AIDES_NAMED_BY_THEIR_BOSS,
    AIDES_OF_A_BOSS,
    AIDES_WHO_FOLLOW,
    ARRIVING_AIDES,
    BACKROOM_TITLES,
    INCOMING_STAFF,
    JOINED_BY_STAFF,
    NEW_STAFF_OTHER_WORD_ORDERS,
    STAFF_AND_PREDECESSORS,
)
from pipeline.extract.rules.appointments import (
    APPOINTED,
    APPOINTMENTS_IN_OTHER_WORDS,
    ARRIVALS_AS_APPOINTMENTS,
    POSTS_AND_PROMOTIONS,
)
from pipeline.extract.rules.assorted import PROMOTIONS_AND_ROLES, STAYS_EXITS_AND_REPLACEMENTS
from pipeline.extract.rules.coach_lists import SEVERAL_COACHES
from pipeline.extract.rules.departures import (
    DISMISSED,
    EXITS_IN_A_CLAUSE,
    EXITS_WITH_SPELL_LENGTH,
    GERUND_RESIGNED,
    LEAVES_A_ROLE,
    LEFT,
    PARTINGS,
    RESIGNED,
)
from pipeline.extract.rules.event_choice import (
    CHANGE_NOT_SPELL,
    RIGHT_EVENT_RIGHT_COACH,
    SACKINGS_IN_A_CLAUSE_OR_TRANSLATED,
)
from pipeline.extract.rules.extensions import CLUB_KEEPS_ITS_COACH, EXTENDED
from pipeline.extract.rules.fronted_clauses import FRONTED_CLAUSES
from pipeline.extract.rules.idioms import TABLOID_AND_WIRE_IDIOMS, TABLOID_SACKINGS
from pipeline.extract.rules.in_passing import (
    ARRIVALS_AND_DEPARTURES_IN_PASSING,
    POSTS_IN_PASSING,
    SPELL_START_OR_END,
)
from pipeline.extract.rules.moves import (
    DATED_MOVES,
    MOVES_FROM_CLUB_TO_CLUB,
    MOVES_FROM_EITHER_SIDE,
    MOVES_IN_PASSING,
)
from pipeline.extract.rules.news_copy import CHANGES_IN_NEWS_COPY, US_CLUB_STATEMENTS
from pipeline.extract.rules.offers_and_links import (
    APPROACHES,
    CANDIDATE_LISTS,
    GOSSIP_AND_STATEMENTS,
    HEDGED_AND_REFUSED,
    LINKED,
    OFFER_DECLINED,
    OFFERS,
    REFUSALS_AFTER_AN_APPOSITION,
    ROUNDUP_ITEMS,
    TALKS_AND_CONSIDERATION,
)
from pipeline.extract.rules.rule import Rule
from pipeline.extract.rules.spells import (
    AGE_GROUP_TITLES,
    CAREER_SPELLS,
    EARLIER_SPELLS,
    FORMER_ROLES,
    IN_CHARGE,
    LAST_JOB,
    PAST_POSTS_IN_FEATURES,
    SEASON_RECORDS,
    SERVED_UNDER,
    SPELL_LENGTHS,
    SPELLS_BY_DEEDS,
    SPELLS_BY_POSSESSIVE,
    SQUAD_OF_COACH,
    WHOM_HE_MANAGED,
    WON_WITH,
)
from pipeline.extract.rules.stand_ins import STAND_IN_FIRST_GAMES, STAND_INS_STEPPING_BACK, STAND_INS_TOGETHER
from pipeline.extract.rules.successions import REPLACEMENTS, SUCCESSIONS
from pipeline.extract.rules.translated import FAREWELLS, MACHINE_TRANSLATED, TRANSLATED_STAFF
from pipeline.extract.trie import trie_pattern


def _substrings(text: str) -> set[str]:
    return {text[a:b] for a in range(len(text)) for b in range(a + 1, len(text) + 1)}


RULES: tuple[Rule, ...] = (
    *APPOINTED,
    *DISMISSED,
    *RESIGNED,
    *LEFT,
    *IN_CHARGE,
    *EXTENDED,
    *CLUB_KEEPS_ITS_COACH,
    *OFFERS,
    *OFFER_DECLINED,
    *LINKED,
    *CAREER_SPELLS,
    *AIDES_OF_A_BOSS,
    *SPELLS_BY_DEEDS,
    *LEAVES_A_ROLE,
    *TALKS_AND_CONSIDERATION,
    *REPLACEMENTS,
    *POSTS_AND_PROMOTIONS,
    *MOVES_FROM_CLUB_TO_CLUB,
    *PARTINGS,
    *SPELL_LENGTHS,
    *APPROACHES,
    *WON_WITH,
    *AGE_GROUP_TITLES,
    *DATED_MOVES,
    *WHOM_HE_MANAGED,
    *EXITS_IN_A_CLAUSE,
    *JOINED_BY_STAFF,
    *GERUND_RESIGNED,
    *SPELLS_BY_POSSESSIVE,
    *CANDIDATE_LISTS,
    *ROUNDUP_ITEMS,
    *AIDES_WHO_FOLLOW,
    *FORMER_ROLES,
    *AIDE_SPELLS,
    *STAND_INS_STEPPING_BACK,
    *STAYS_EXITS_AND_REPLACEMENTS,
    *SERVED_UNDER,
    *PROMOTIONS_AND_ROLES,
    *POSTS_IN_PASSING,
    *ARRIVALS_AND_DEPARTURES_IN_PASSING,
    *SEASON_RECORDS,
    *SACKINGS_IN_A_CLAUSE_OR_TRANSLATED,
    *APPOINTMENTS_IN_OTHER_WORDS,
    *MACHINE_TRANSLATED,
    *ARRIVALS_AS_APPOINTMENTS,
    *STAFF_AND_PREDECESSORS,
    *RIGHT_EVENT_RIGHT_COACH,
    *AIDE_WITH_THE_NEW_MAN,
    *AIDE_ON_BOSS_STAFF,
    *INCOMING_STAFF,
    *SUCCESSIONS,
    *BACKROOM_TITLES,
    *MOVES_IN_PASSING,
    *SEVERAL_COACHES,
    *TRANSLATED_STAFF,
    *FAREWELLS,
    *REFUSALS_AFTER_AN_APPOSITION,
    *CHANGE_NOT_SPELL,
    *GOSSIP_AND_STATEMENTS,
    *TABLOID_AND_WIRE_IDIOMS,
    *MOVES_FROM_EITHER_SIDE,
    *EARLIER_SPELLS,
    *HEDGED_AND_REFUSED,
    *CHANGES_IN_NEWS_COPY,
    *FRONTED_CLAUSES,
    *US_CLUB_STATEMENTS,
    *PAST_POSTS_IN_FEATURES,
    *SPELL_START_OR_END,
    *NEW_STAFF_OTHER_WORD_ORDERS,
    *ARRIVING_AIDES,
    *EXITS_WITH_SPELL_LENGTH,
    *SQUAD_OF_COACH,
    *STAND_INS_TOGETHER,
    *STAND_IN_FIRST_GAMES,
    *TABLOID_SACKINGS,
    *LAST_JOB,
    *AIDES_NAMED_BY_THEIR_BOSS,
)


def _key_index() -> tuple[re.Pattern[str], dict[str, frozenset[int]]]:
    """One regex finding every rule key in a sentence, and key → positions of the rules it
    unlocks (a key also unlocks the rules of any shorter key inside it: 'replaced by' holds
    'replac')."""
    rules_of: dict[str, set[int]] = {}  # key → positions of the rules listing it
    for i, r in enumerate(RULES):
        for k in r.keys:
            rules_of.setdefault(k, set()).add(i)
    # Keys start words; a lookahead at each word start finds overlapping keys too.
    regex = re.compile(r"\b(?=(" + trie_pattern(set(rules_of)) + "))")
    # The keys inside a key are among its substrings: a set lookup per substring, not a scan of
    # every rule's keys per key (which cost a tenth of a second at import).
    unlocks = {k: frozenset().union(*(rules_of.get(sub, ()) for sub in _substrings(k))) for k in rules_of}
    return regex, unlocks


KEY_REGEX, KEY_RULES = _key_index()

# Besides a key, words the sentence (lowercased) must hold one of from each group before these rules are
# tried: their keys are common words ("and ", "left", "interim") and their patterns slow, while every match
# needs these words too (each group lists the words the pattern cannot match without).
_STAFF_TITLE_WORDS = (
    "assistant",
    "collaborator",
    "auxiliar",
    "co-trainer",
    "co-coach",
    "second",
    "secund",  # translated Romanian "secund", the second coach
    "number",
    "physical",
    "athletic",
    "fitness",
    "conditioning",
    "goalkeep",
    "keeper",  # "keeper trainer" (translated Dutch "keeperstrainer")
    "performance",
    "analyst",
    "preparation",  # "trainer of motor preparation"
    "piece",  # "set-piece coach"
)
# every title `BACKROOM_TITLE` reads holds one of these: the words above and "vice", "adjunct", "right-hand
# man", "mental coach", "sports psychologist", "sports scientist", "head of analysis" (the rules below opening
# on a title are the slowest to try)
BACKROOM_TITLE_WORDS = (
    *_STAFF_TITLE_WORDS,
    *("vice", "adjunct", "deputy", "right", "mental", "psychologist", "scien", "analysis"),
)
# "after X left / departed / quit": the exit verbs of the rules reading a post filled after an exit
_LEFT_WORDS = ("left", "departed", "quit")
RULE_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "becomes-staff-title": (BACKROOM_TITLE_WORDS,),
    "titled-staff-left": (BACKROOM_TITLE_WORDS,),
    "leave-with-him-titled-staff": (BACKROOM_TITLE_WORDS,),
    "titled-staff-sacked": (BACKROOM_TITLE_WORDS,),
    "titled-staff-extended": (_STAFF_TITLE_WORDS,),
    "as-has-titled-staff-extended": (_STAFF_TITLE_WORDS,),
    "titled-staff-stays": (BACKROOM_TITLE_WORDS,),
    "club-titled-staff-stays": (BACKROOM_TITLE_WORDS,),
    "staff-keeps-titled": (BACKROOM_TITLE_WORDS,),
    "staff-takes-in-titled": (BACKROOM_TITLE_WORDS, ("staff", "committee", "commission")),
    "staff-takes-in-as-titles": (BACKROOM_TITLE_WORDS, ("staff", "committee", "commission")),
    "titled-staff-renewed-passive": (BACKROOM_TITLE_WORDS,),
    "renewed-are-titled-staff": (BACKROOM_TITLE_WORDS,),
    "staff-group-new-deals": (_STAFF_TITLE_WORDS,),
    "titled-staff-came-with-him": (BACKROOM_TITLE_WORDS, ("with", "along")),
    "titled-staff-joined-club": (BACKROOM_TITLE_WORDS,),
    "brings-titled-staff": (BACKROOM_TITLE_WORDS,),
    "brings-titled-staff-from": (BACKROOM_TITLE_WORDS, ("from",)),
    "come-with-him-titled-staff": (BACKROOM_TITLE_WORDS,),
    "accompanied-by-titled-staff": (BACKROOM_TITLE_WORDS,),
    "arrived-with-titled-staff": (BACKROOM_TITLE_WORDS,),
    # "X left after three years in charge": keys "left", "leav", "depart", "exit"
    "left-after-spell": (("after",),),
    # "X … and was (later) coach of C", "… and has been C's manager"
    "and-was-coach-of": (("was", "been", "served"), ("coach", "manager", "boss")),
    "and-was-clubs-coach": (("was", "been", "served"), ("coach", "manager", "boss")),
    # "the interim X … will stay on as assistant / return to the academy / was kept on as number two"
    "interim-stays-as-assistant": (("stay", "remain", "continue", "kept", "return", "back", "revert"),),
    "interim-stays-as-assistant-spell": (("stay", "remain", "continue", "return", "back", "revert"),),
    "one-game-stand-in-goes-back": (("return", "back", "revert"),),
    "one-game-stand-in-spell": (("return", "back", "revert"),),
    "stand-in-will-lead": (("interim", "caretaker", "acting", "temporary"),),
    # "his last job was at C": the post's noun, whatever the words before it
    "last-job-was-at": (("job", "post", "role", "position", "club", "appointment"),),
    # "appointed after X left / departed / quit": keys "after", "when", "once", "following"
    "after-he-left": (_LEFT_WORDS,),
    "filled-after-he-left": (_LEFT_WORDS,),
    # "with A and B in contention / among the candidates / being linked": key "with "
    "with-list-considered": (
        ("consideration", "contention", "frame", "running", "among", "considered", "shortlisted", "linked"),
    ),
    # "had / used five coaches: A, B and C": keys "had", "used", "through"
    "counted-coaches-list": (("coaches", "managers", "trainers", "bosses"),),
    # The ten below cost most in failed tries on the bench sentences (keys "leave", "coach", "replac",
    # "staff", "led", "appointed", "assistant" …): each group holds a word every match holds besides its key.
    # "X's assistant A and fitness coach B leave with X", "X leaves along with his vice A"
    "titled-staff-leave-with-him": (BACKROOM_TITLE_WORDS, ("with",)),
    "leaves-with-his-titled-staff": (BACKROOM_TITLE_WORDS, ("with",)),
    # "brings A as his assistant"
    "bring-as-staff": (BACKROOM_TITLE_WORDS,),
    "bring-as-titles-then-names": (BACKROOM_TITLE_WORDS,),
    "bring-as-staff-from": (BACKROOM_TITLE_WORDS, ("from",)),
    # "X was (also) coach of A, B and C"
    "was-role-at-list": (("was", "been", "served", "worked"),),
    # "replacing Y, who has left for C"
    "replaced-man-moves-on": (("who", "gone", "passed"),),
    # "X played for C and was later appointed"
    "and-was-appointed": (("and",),),
    # "will arrive with his staff, including assistant A", "brings his own staff, including A"
    "arrives-with-staff": (
        ("arriv", "comes", "coming", "will", "bring"),
        ("with", "accompanied", "including", "among"),
    ),
    # "the team was led by A as caretaker"
    "team-led-for-spell": (("was", "were", "been"),),
    # "assistant to X at C and to Y at D"
    "second-head-of-assistant-at": (("and",),),
    # "X guided C between 2011 and 2014", "led C from 2019 until 2023"
    "led-between-years": (("between", "from"),),
}
_NEEDS_AT = {i: RULE_NEEDS[r.name] for i, r in enumerate(RULES) if r.name in RULE_NEEDS}


def candidate_rules(lowered: str) -> list[Rule]:
    """The rules worth trying on a lowercased sentence, in their declared order."""
    found = set(KEY_REGEX.findall(lowered))
    if not found:
        return []
    chosen: set[int] = set().union(*(KEY_RULES[k] for k in found))
    return [
        RULES[i]
        for i in sorted(chosen)
        if i not in _NEEDS_AT or all(any(w in lowered for w in group) for group in _NEEDS_AT[i])
    ]
