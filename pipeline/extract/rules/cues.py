"""Cues read around a match: hedges, negation, and the words that tell a staff role."""

from __future__ import annotations

import re

from pipeline.extract.quick_start import compile_quick
from pipeline.extract.rules.grammar import GOALKEEPING_TITLE, SPECIALIST_TITLE, UNTIL_POST_FILLED

# Lowercase on purpose: "May" the month is not "may" the hedge.
HEDGE = compile_quick(
    r"\b(?:[Ee]xpected|[Cc]ould|may|might|[Ww]ould|set\s+to|likely|either|possibly|[Rr]eportedly|"
    r"rumou?red|poised|tipped|in\s+line|candidate|if|considering|considered|talks?|frontrunner|front-runner|favourite|"
    r"shortlist|contender|consideration|evaluat(?:e|es|ed|ing)|"
    # a club's wish: "are interested in appointing X", "keen to hire", "want to bring in", "hope to name"
    r"interested\s+in|keen\s+(?:on|to)|(?:want|wants|wanted|hope|hopes|hoping)\s+to)\b"
    # "are close to appointing X", "closing in on", "on the verge of naming": the deal is not done
    r"|\b(?:(?:close|closer|closing\s+in)\s+(?:to|on)|nearing|on\s+the\s+(?:verge|brink)\s+of)\b"
    # "X to replace Y" (a headline's future): hedged
    r"|«P\d+»\s+(?:is\s+|are\s+)?to\s+(?:replace|succeed|take|become|be\b|join|lead)"
)
NEGATION = compile_quick(
    r"\b(?:not|never|no\s+longer|n't|won't|refused\s+to|denied)\b"
    # "rejected claims he was leaving", "dismissed reports that he would quit", "laughed off talk of …"
    r"|\b(?:rejected|dismissed|rubbished|laughed\s+off|played\s+down|shot\s+down|quashed)\s+(?:the\s+|any\s+)?"
    r"(?:\w+\s+)?(?:claims?|reports?|suggestions?|speculation|rumou?rs?|talk)\b",
    re.IGNORECASE,
)

ROLE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # specialists who coach no squad: "set-piece coach", "performance analyst", "head of analysis",
    # "technical adviser" (a title before "coach" would otherwise read as the head coach's)
    (
        compile_quick(
            r"\b(?:set[- ]pieces?\s+(?:coach(?:es)?|specialist)|"
            r"(?:video|performance|match|data|opposition)\s+analysts?|analysts?(?=\s+«P)|"
            r"head\s+of\s+(?:performance\s+|match\s+|data\s+)?analysis|"
            r"technical\s+advis[eo]rs?|" + SPECIALIST_TITLE + r")\b",
            re.I,
        ),
        "other_staff",
    ),
    # "preparer of goalkeepers", "physical preparer": translated Portuguese/Spanish staff titles
    # ("head of goalkeeping": the club's goalkeeper coach)
    (
        compile_quick(
            r"\b(?:" + GOALKEEPING_TITLE + r"|"
            r"(?:preparers?|trainers?|coach(?:es)?)\s+of\s+(?:the\s+)?goalkeepers|"
            r"head\s+of\s+goalkeeping)\b",
            re.I,
        ),
        "goalkeeping_coach",
    ),
    (
        compile_quick(
            r"\b(?:fitness\s+coach(?:es)?|(?:physical|athletic)\s+(?:performance\s+)?(?:trainers?|coach(?:es)?|preparers?)|"
            # "trainer of motor preparation" (translated Polish "trener przygotowania motorycznego")
            r"conditioning\s+coach(?:es)?|(?:trainers?|coach(?:es)?)\s+of\s+(?:motor|physical|athletic)\s+preparation)\b",
            re.I,
        ),
        "fitness_coach",
    ),
    (
        compile_quick(
            r"\b(?:caretaker|interim|temporary|provisional|acting|stand-in|"
            # "the first team is entrusted temporarily to X" (translated "affidata temporaneamente")
            r"temporarily|provisionally|short-term\s+basis)\b"
            # ("the team has been entrusted for the moment to X": the same hand-over told by its stretch)
            r"|\bentrusted\s+for\s+(?:the\s+moment|now|the\s+time\s+being)\b"
            # "assumed the team in deputy form" (translated Turkish "vekaleten"): a stand-in
            r"|\bin\s+(?:a\s+)?deputy\s+(?:form|capacity|character)\b"
            # "take charge for the final two matches": a stand-in until the season ends
            r"|\bfor\s+the\s+(?:final|last|remaining)\s+(?:\w+\s+)?(?:games|matches|fixtures)\b"
            # "take charge of the side for Saturday's trip to Barnsley", "take joint charge": a stand-in
            r"|\bfor\s+(?:(?:this|next|the\s+next)\s+)?(?:\w+day['’]s|weekend['’]s|the\s+weekend['’]s)\s+"
            r"(?:\w+\s+)?(?:trip|game|match|visit|fixture|clash|derby|tie)\b"
            r"|\b(?:joint|shared)\s+charge\b"
            # "will lead the team until a coach is found": a stand-in until the post is filled
            r"|\b" + UNTIL_POST_FILLED + r"\b",
            re.I,
        ),
        "caretaker",
    ),
    (
        compile_quick(
            r"\b(?:assistants?|number\s+two|no\.?\s*2|coaching\s+staff|backroom\s+staff|"
            r"right-hand)\b",
            re.I,
        ),
        "assistant_coach",
    ),
)
