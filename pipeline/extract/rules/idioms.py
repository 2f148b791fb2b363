"""Tabloid and wire idioms of the common events, and tabloid sackings."""

from __future__ import annotations

from pipeline.extract.lexicon import TEAM_NOUN
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# --- tabloid and wire idioms of the common events --------------------------------------------------


# "C showed X the door", "C have given X the sack / the boot / the chop": the club's act, told as an idiom
_SACK_IDIOM_NOUN = r"(?:sack|boot|axe|chop|push|bullet|heave-ho)"
# "stepped up on an interim basis", "steps up as caretaker manager", "will step up to take interim charge of
# C / to lead the first team / to take the reins until the summer", "steps up from his role as assistant to
# …": a stand-in taking the team (not "steps up from the U23s", a promotion)
_STEP_UP_STAND_IN = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:will|is\s+to|has\s+agreed\s+to)\s+)?(?:steps|stepped|step|stepping)\s+up\s+"
    r"(?:from\s+{HIS}\s+(?:role|post|position|job)\s+as\s+(?:the\s+)?(?:«S\d+»\s+)?(?:[\w\-]+\s+){0,2}?(?:assistant|coach)\s+)?"
    r"(?:on\s+an?\s+(?:interim|temporary|caretaker)\s+basis|as\s+(?:the\s+)?(?:interim|caretaker|acting|temporary)\s+"
    r"(?:head\s+coach|manager|coach|boss)|to\s+(?:take|assume)\s+(?:interim|temporary|caretaker)\s+charge|"
    r"to\s+(?:(?:lead|take\s+charge\s+of)\s+(?:the\s+)?(?:first[\s-]team|senior\s+(?:team|side)|side|team|«[CS]\d+»)|"
    r"take\s+the\s+reins)"
    r"(?=[^.;]{0,60}\b(?:interim|temporary|caretaker|until|for\s+the\s+(?:next|rest|remainder))\b))"
)
# "(lost his job) at C / with C / as C manager / as coach of C": the club of the job told right after it
_JOB_AT_CLUB = r"(?:\s+(?:at|with|as)\s+(?:the\s+)?(?:{ROLE}\s+(?:of|at)\s+(?:the\s+)?)?{CDESC}{C})?"
# "was given the sack / the boot / the axe": keys of both given-the-sack rules
_GIVEN_THE_SACK_KEYS = (
    "the sack",
    "the boot",
    "the axe",
    "the chop",
    "the push",
    "the bullet",
    "heave-ho",
    "marching orders",
)
RULE_KEYS.update(
    {
        "showed-the-door": ("the door", "the exit"),
        "given-the-sack": _GIVEN_THE_SACK_KEYS,
        "passive-given-the-sack": _GIVEN_THE_SACK_KEYS,
        "paid-price-job": ("paid the price", "pays the price", "paid the ultimate price"),
        "lost-his-job": ("lost his", "lost her", "lost their", "loses his", "loses her", "loses their"),
        "cost-him-his-job": ("cost", "costs"),
        "step-up-stand-in": ("step up", "steps up", "stepped up", "stepping up"),
        "passive-brought-in-as": ("brought in",),
        "left-to-become-club-role": ("to become",),
    }
)
TABLOID_AND_WIRE_IDIOMS: tuple[Rule, ...] = (
    R(
        "showed-the-door",
        "dismissed",
        r"\b(?:show|shows|showed|shown|showing)\s+(?:(?:head\s+coach|manager|boss|coach)\s+)?{P}\s+the\s+(?:(?:exit\s+)?door|exit)\b",
        0.85,
        club_side="before",
    ),
    R(
        "given-the-sack",
        "dismissed",
        r"\b(?:give|gives|gave|given|giving|hand|hands|handed|handing)\s+(?:(?:head\s+coach|manager|boss|coach)\s+)?"
        r"{P}\s+(?:{HIS}\s+marching\s+orders|the\s+" + _SACK_IDIOM_NOUN + r")\b",
        0.85,
        club_side="before",
    ),
    # "X has been given the boot by C", "X was handed his marching orders"
    R(
        "passive-given-the-sack",
        "dismissed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:been\s+)?(?:given|handed|got|gets)\s+(?:{HIS}\s+marching\s+orders|(?:the\s+)?"
        + _SACK_IDIOM_NOUN
        + r")\b",
        0.85,
        club_side="near",
    ),
    # "X has paid the price for C's poor start / a run of five defeats", "paid the price with his job": the
    # coach sacked for results (a player's "paid the price for his red card" names no results)
    R(
        "paid-price-job",
        "dismissed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:paid|pays)\s+the\s+(?:ultimate\s+)?price\s+(?:with\s+{HIS}\s+job\b|"
        r"for\s+(?:[^.;«]|«[CS]\d+»(?:['’]s?)?){0,50}?\b(?:start|run|results?|form|defeats?|losses|slump|"
        r"campaign|season|relegation|exit|elimination|streak)\b)",
        0.75,
        club_side="near",
    ),
    # "X lost his job at C in November", "who loses her post as coach": the sacking told from the coach's
    # side; told in the past or a headline's present (not "will / could lose his job": a threat), and not
    # a player's "lost his job to Y", "lost his job as captain" (a rival or the armband took his place)
    R(
        "lost-his-job",
        "dismissed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:lost|loses)\s+{HIS}\s+(?:job|post|position)\b"
        r"(?!\s+(?:to\b|as\s+(?:the\s+)?(?:club\s+)?(?:captain|skipper|first-choice|number\s+one)))"
        + _JOB_AT_CLUB,
        0.75,
        club_side="tag",
    ),
    # "a run of six defeats cost X his job (as coach of C)": the results that got him sacked (not "could /
    # would cost him his job": a threat)
    R(
        "cost-him-his-job",
        "dismissed",
        # (the lookbehinds after the cheap check, not at every position)
        r"\b(?=costs?\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bwill\s)(?<!\bcan\s)"
        r"(?<!\bto\s)(?:cost|costs)\s+{P}\s+{HIS}\s+(?:job|post|position)\b" + _JOB_AT_CLUB,
        0.75,
        club_side="tag",
    ),
    R("step-up-stand-in", "appointed", _STEP_UP_STAND_IN, 0.75, role="caretaker", club_side="near"),
    # "X has been brought in as C's new head coach", "was brought in as manager in June"
    R(
        "passive-brought-in-as",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+brought\s+in{TIME}\s+as\s+(?:(?:the|their|its)\s+|«C\d+»['’]s?\s+)?(?:new\s+)?{ROLE}",
        0.85,
        club_side="near",
    ),
    # "X left Celtic to become Tottenham manager", "quit A to become B's new head coach": the new post, the
    # club named before the title
    R(
        "left-to-become-club-role",
        "appointed",
        r"\b(?:resigned|left|leaves|leaving|quit|quits|quitting|departed|departs)\b(?:[^«.;:!?]|«C\d+»){1,60}?\s+"
        r"to\s+become\s+(?:the\s+)?(?:new\s+)?{C}(?:['’]s?)?\s+(?:new\s+)?{ROLE}",
        0.7,
        club_side="tag",
    ),
)


# --- tabloid sackings --------------------------------------------------------------------------


RULE_KEYS.update({"ditched": ("ditch", "dump", "canned", "canning"), "was-ditched": ("ditched", "canned")})
TABLOID_SACKINGS: tuple[Rule, ...] = (
    # "C have ditched (manager) X", "dumped boss X", "canned their coach X": a sacking, the man right after
    # (a man "dumped" is a coach only when titled so; "dropped X to the bench / for the derby" is a player)
    R(
        "ditched",
        "dismissed",
        r"\b(?:(?:ditch(?:ed|es|ing)?|cann(?:ed|ing))\s+(?:(?:their|its|the)\s+)?(?:(?:head\s+)?(?:coach|manager|boss)\s+)?|"
        r"dump(?:ed|s|ing)?\s+(?:(?:their|its|the)\s+)?(?:head\s+)?(?:coach|manager|boss)\s+)"
        r"{P_OWN}(?!\s+(?:to|from|for|out\s+of|in\s+favour)\b)",
        0.8,
        club_side="before",
    ),
    # "X has been ditched / canned by C" (not "ditched from the squad": a player dropped)
    R(
        "was-ditched",
        "dismissed",
        r"{P}{APP}{WHO}{HAVE}(?:(?<=\swas)|(?<=\swere)|(?<=\sbeen))\s+(?:ditched|canned)\b"
        r"(?!\s+(?:from|for)\s+(?:the\s+)?" + TEAM_NOUN + r")",
        0.8,
        club_side="near",
    ),
)
