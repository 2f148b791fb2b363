"""Moves between clubs: from club to club, with their date, told in passing, and told from either side
('lured to C', 'poached by C', 'left A and joined B').
"""

from __future__ import annotations

from pipeline.extract.rules.grammar import AGE_APPOSITION, AS_A_YOUNGSTER, DEMONYM_WORD, HAVING
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# the new man's first verb, then the arrival as the second of his clause: "X signed a two-year deal and
# arrives from C", "X signs until 2027 and comes over from C" (no other man between them)
_FIRST_VERB_AND = r"(?:\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\b)(?:[^«.;:!?]|«[CS]\d+»){0,80}?\s+and(?:\s+now)?"
# the post he arrives to take, between the verb and "from C": "joins as assistant manager from C"
_AS_TITLE = (
    r"(?:\s+as\s+(?:an?\s+|the\s+|(?:his|her|their)\s+(?:new\s+)?)?(?:[\w\-]+\s+){0,2}?"
    r"(?:coach|manager|assistant|trainer|boss))?"
)


# between "arrived" and "from C": where and when ("arrived at América in the summer of 2023 from",
# "arrived last summer from", "arrived to the Palmeiras in October of 2020, coming from")
_ARRIVAL_GAP = (
    # "had come only in the summer from C": a focus adverb before the time
    r"(?:\s+(?:only|just))?"
    # ("arrived in Tuscany in 2022 from C": the region of the club he joined)
    r"(?:\s+(?:to|at|in)\s+(?:the\s+)?(?:«C\d+»|(?-i:[A-Z][\w\-]+)))?"
    # "in the summer", "on 8 of November of 2018" (a translated day: "8 of November")
    r"(?:\s+(?:in|on|last|this|during)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?[\w\-]+(?:\s+of)?"
    r"(?:\s+(?:19|20)\d\d)?)?"
    r"(?:,?\s+coming)?"
)

# the club joined, named right after the verb: "X joins Burnley from Hull", "X joined United in July 2021 from
# Orlando Pride" (he left the club after "from")
_CLUB_JOINED = r"(?:(?:(?<=\bjoined)|(?<=\bjoins)|(?<=\bjoining))\s+(?:the\s+)?«C\d+»)?"

# "… Wagner's assistant at Norwich City": the club of an assistant's post, when named
# when a career step happened: "January", "May 2019", "2022", "the summer of 2021"
_WHEN = (
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?|\d{4}|the\s+summer\s+of\s+\d{4})"
)
_COACHED_THEN = (
    r"{P_OWN}{APP}{HAVE}\s+(?:took\s+(?:over\s+at|charge\s+of)|managed|coached|joined)\s+(?:the\s+)?«C\d+»"
    r"[^«.;:!?]{0,40}?\s+and\s+(?:then\s+|later\s+|subsequently\s+)?"
)


# --- moves: leaves for, joins from, prised from ---------------------------------------------------
MOVES_FROM_CLUB_TO_CLUB: tuple[Rule, ...] = (
    R(
        "leaves-for",
        "appointed",
        # ("left A in 2022 for B", "left A last summer to join B": when, between the clubs; "left the promoted
        # club for B", "has left the club for Portuguese giants B", "leaves A for the English B": the club
        # left named by what it is, the club joined with what it is before it; not "for B's game")
        r"{P}{APP}{HAVE}\s+(?:leaves|left|quits|quit|departs|departed)\s+"
        r"(?:«C\d+»|the\s+(?:[\w\-]+\s+)?(?:club|side|team))"
        r"{TIME}\s+(?:to\s+join|for)\s+(?:the\s+)?(?:" + DEMONYM_WORD + r")?{CDESC}{C}(?!['’])",
        0.75,
        club_side="tag",
    ),
    R(
        "whom-joined",
        "appointed",
        r"{C},?\s+(?:whom|which)\s+{P}\s+(?:had\s+|first\s+|originally\s+)?(?:joined|took\s+over\s+(?:at\s+)?)\b",
        0.7,
        club_side="tag",
    ),
    R(
        "joins-from",
        "left",
        r"{P}(?:{APP}{WHO}{HAVE}|" + _FIRST_VERB_AND + r")\s+(?:(?:set|expected|due|poised)\s+to\s+)?"
        r"(?:joins?|joined|joining|arrives?|arrived|arriving|comes|came|come|moves?|moved|switche[sd]|"
        # ("returns to the Kassam Stadium from C": back to the club in view, leaving C; not "returned from
        # Spain", a trip)
        r"(?:returns?|returned|returning)(?=\s+to\s))"
        + _CLUB_JOINED
        # ("comes in as assistant coach from C", "came in from C": the arrival told with "in")
        + r"(?:\s+in(?=\s+(?:as|from)\b))?"
        + _ARRIVAL_GAP
        + _AS_TITLE
        + r"\s+(?:the\s+club\s+|\w+\s+)?from\s+(?:the\s+)?"
        # (not "moved from C as a boy": where he grew up, or his youth club as a player)
        r"(?:[a-z\-]+\s+){0,2}?{CDESC}(?:{C}|{S})(?!\s+" + AS_A_YOUNGSTER + ")",
        0.75,
        club_side="tag",
    ),
    # "X joined the Battery from D", "joins the staff from D": the side he joins named before "from D" by a
    # word the club list does not hold (a club it holds is joins-from's), as a player's transfer is told too
    # ("has joined Everton from Carlisle"): a coach's move only where the story makes him a coach
    R(
        "joins-club-from",
        "left",
        r"{P}{APP}{WHO}{HAVE}\s+(?:joins|joined|joining)\s+(?:the\s+)?(?:staff|(?-i:[A-Z][\w\-]+))"
        + _ARRIVAL_GAP
        + _AS_TITLE
        + r"\s+from\s+(?:the\s+)?{CDESC}{C}(?!\s+"
        + AS_A_YOUNGSTER
        + ")",
        0.75,
        club_side="tag",
        needs_support=True,
    ),
    # "replaced by X, coming from Avispa Fukuoka", "X, who is coming from C": he left C
    R(
        "coming-from",
        "left",
        r"{P}(?:,|\s+who\s+(?:is|was))?\s+coming\s+(?:over\s+)?from\s+(?:the\s+)?{CDESC}{C}",
        0.7,
        club_side="tag",
    ),
    # "X, prised away from Luton,", "X was lured from Ajax": he left Luton, Ajax
    R(
        "prised-from",
        "left",
        r"{P}(?:,|{APP}{WHO}{HAVE})\s+(?:(?:been|being)\s+)?(?:prised|prized|lured|poached|tempted)\s+(?:away\s+)?"
        r"from\s+(?:the\s+)?{CDESC}{C}",
        0.75,
        club_side="tag",
    ),
    R(
        "joins-from-appointed",
        "appointed",
        # ("had only come from C in October": the arrival told with 'come', as joins-from reads its departure)
        r"{P}{APP}{WHO}{HAVE}\s+(?:joins?|joined|joining|arrives?|arrived|arriving|came|come)"
        + _ARRIVAL_GAP
        + r"\s+(?:the\s+club\s+)?from\s+(?:the\s+)?"
        r"(?:[a-z\-]+\s+){0,2}?{CDESC}«[CS]\d+»(?![^.;]{0,40}?\bto\s+(?:the\s+)?«C)",
        0.7,
        club_side="topic",
    ),
    R(
        "left-to-take",
        "left",
        r"{P}{APP}{HAVE}\s+(?:left|quit|departed)\s+(?:in\s+\w+\s+|last\s+\w+\s+)?to\s+(?:take\s+"
        r"(?:over|charge|up)|become|coach|manage|join|lead)\b",
        0.7,
        club_side="before_only",
    ),
)


# --- moves told with their date -------------------------------------------------------------------
DATED_MOVES: tuple[Rule, ...] = (
    # "X took charge of A in 2018 and moved to B a year later": a coach's move leaves A for B (dated at B)
    R(
        "coach-moved-to",
        "appointed",
        _COACHED_THEN + r"(?:moved|switched|went)\s+(?:on\s+)?to\s+(?:the\s+)?{CDESC}(?P<t>{C})",
        0.7,
        club_side="tag",
    ),
    # a dated move in a coach's career: "In January he moved to Plymouth", "X joined the Revolution in
    # May 2019", "In 2022 he joined Cercle Brugge"
    R(
        "dated-move",
        "appointed",
        # dated before ("In 2022 he …") or right after the club ("… joined C in May 2019")
        r"(?P<w>\bIn\s+"
        + _WHEN
        + r"\s*,?\s+)?{P}{HAVE}\s+(?:(?:moved|switched|went)\s+(?:on\s+)?to|joined)\s+"
        r"(?:the\s+)?{CDESC}(?P<t>{C})(?(w)|(?=\s+in\s+" + _WHEN + r"\b))(?!\s+as\s+(?:a\s+)?player)",
        0.7,
        club_side="tag",
    ),
    R(
        "coach-moved-from",
        "left",
        _COACHED_THEN.replace(r"«C\d+»", "{C}")
        + r"(?:moved|switched|went)\s+(?:on\s+)?to\s+(?:the\s+)?{CDESC}(?P<t>«C\d+»)",
        0.7,
        club_side="tag",
    ),
)


# --- moves between clubs told in passing -----------------------------------------------------------


# "…, coming from C" / "…, having joined from C" hung on the sentence's subject: the club he came from
_FROM_ORIGIN = r"from\s+(?:the\s+)?(?!behind\b)(?:[a-z\-]+\s+){0,2}?{CDESC}{C}"
_FROM_CLUB = r"\s+(?:the\s+club\s+)?" + _FROM_ORIGIN
# the verbs of someone coaching a club he went to: "left Porto Alegre to train the Celta of Vigo"
_TO_COACH = r"to\s+(?:train|coach|manage|lead|direct|take\s+(?:over|charge)(?:\s+(?:of|at))?)\s+(?:the\s+)?"
RULE_KEYS.update(
    {
        "having-joined-from": (
            "having joined",
            "having arrived",
            "having come",
            "having moved",
            "having switched",
            "having only",
            "having just",
            "having recently",
            "having previously",
        ),
        "subject-arriving-from": ("coming from", "arriving from", "coming over from"),
        "walked-out-for": ("walked out", "walks out", "walking out"),
        "formerly-of": (
            "formerly of",
            "formerly with",
            "formerly at",
            "previously of",
            "previously with",
            "previously at",
            "ex of",
            "passed by",
            "passed through",
        ),
        "left-place-to-coach": ("to train", "to coach", "to manage", "to lead", "to direct", "to take"),
        "expect-him-to-be": ("expect",),
    }
)
MOVES_IN_PASSING: tuple[Rule, ...] = (
    # "Y, who was sacked in October, having joined from Cove Rangers in 2022": he left Cove Rangers
    R(
        "having-joined-from",
        "left",
        HAVING + r"(?:joined|arrived|come|moved|switched)" + _ARRIVAL_GAP + _FROM_CLUB,
        0.75,
        club_side="tag",
    ),
    # "X had only been appointed in June, arriving from London City Lionesses", "X took charge of C in
    # June, coming from Al-Duhail": the participle tells where the sentence's subject came from
    R(
        "subject-arriving-from",
        "left",
        # ("X had led C into the top six in his first season after arriving from D": the same, after "after")
        r"^(?:[^«.;:!?]{0,40},\s+)?{P_OWN}(?:[^«.;:!?]|«[CS]\d+»|«P\d+»'s){0,120}?(?:,|\s+after)\s+(?:coming|arriving)\s+"
        r"(?:over\s+)?(?:(?:only|just|directly)\s+)?" + _FROM_ORIGIN,
        0.7,
        club_side="tag",
    ),
    # "X walked out for Stockport County in November", "walked out on Wigan to join Bolton": his next post
    R(
        "walked-out-for",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+walk(?:ed|s|ing)\s+out(?:\s+on\s+(?:the\s+)?(?:«C\d+»|club|team|side|job))?{TIME}"
        r"\s+for\s+(?:the\s+)?{CDESC}{C}",
        0.7,
        club_side="tag",
    ),
    # "the Portuguese X, formerly of Motor Lublin", "X, formerly of Getafe and Elche", "X, 48, formerly of
    # Torino": past posts (a player's too: needs support); the list reader takes each club
    R(
        "formerly-of",
        "in_charge",
        # (translated: "X, ex of A and B", the Italian "ex di"; "X, passed by A and B", the Portuguese "passou
        # por")
        r"{P}" + AGE_APPOSITION + r",\s+(?:(?:formerly|previously)\s+(?:of|with|at)|ex\s+of|"
        r"passed\s+(?:by|through))\s+"
        r"(?=(?:the\s+)?{CDESC}«C\d+»(?!['’]))",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "he had left Porto Alegre to train the Celta of Vigo", "left Lazio to coach Roma": the post he went to
    R(
        "left-place-to-coach",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:left|quit|departed)\s+(?:«C\d+»|(?:the|that|his|her)\s+(?:club|post|job|role|side|team)|"
        r"(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?){TIME}\s+" + _TO_COACH + r"{CDESC}{C}",
        0.7,
        club_side="tag",
    ),
    # "the Spanish press expect him to be presented at Real Madrid", "reports expect X to be named C coach":
    # the press's expectation is a rumour
    R(
        "expect-him-to-be",
        "linked",
        r"\bexpect(?:s|ed|ing)?\s+{P}\s+to\s+(?:be\s+(?:appointed|named|confirmed|unveiled|presented|installed|"
        r"announced)|take\s+over|take\s+charge|succeed|replace|join)\b(?:\s+(?:at|by|as))?(?:\s+the)?"
        r"(?:\s+new)?(?:\s+(?:head\s+)?(?:coach|manager)\s+(?:of|at))?\s+{C}",
        0.55,
        club_side="tag",
    ),
)


# --- moves told from either side: "lured to C", "poached by C", "left A and joined B" ------------------


_LURE_VERB = r"(?:lured|poached|prised|prized|tempted)"
# "lured / poached / prised away": keys of the rules reading a coach taken from his club
_LURED_KEYS = ("lured", "poached", "prised", "prized", "tempted")
RULE_KEYS.update(
    {
        "passive-lured-by": _LURED_KEYS,
        "lured-to-from": _LURED_KEYS,
        "club-lured-coach": _LURED_KEYS,
        "left-and-joined": ("and joined", "and join", "and will join", "and will take", "and has joined"),
    }
)
MOVES_FROM_EITHER_SIDE: tuple[Rule, ...] = (
    # "X has been poached by C", "X was lured to C": the club he goes to hires him
    R(
        "passive-lured-by",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:been\s+)?"
        + _LURE_VERB
        + r"\s+(?:away\s+)?(?:by|to)\s+(?:the\s+)?{CDESC}{C}",
        0.75,
        club_side="tag",
    ),
    # "X was lured to Bayern from Burnley", "poached by C1 from C2": the club he leaves
    R(
        "lured-to-from",
        "left",
        r"{P}{APP}{WHO}{HAVE}\s+(?:been\s+)?"
        + _LURE_VERB
        + r"\s+(?:away\s+)?(?:by|to)\s+(?:the\s+)?{CDESC}«C\d+»"
        r"{TIME}\s+from\s+(?:the\s+)?{CDESC}{C}",
        0.75,
        club_side="tag",
    ),
    # "Bayern poached X from Burnley", "C have lured X away": the club hires him
    R(
        "club-lured-coach",
        "appointed",
        r"{C}{HAVE}\s+(?:\w+ly\s+)?(?:lured|poached|prised|prized|tempted)\s+(?:(?:head\s+coach|manager|boss|coach)\s+)?{P}"
        r"(?=\s+(?:away|from)\b)",
        0.75,
        club_side="tag",
    ),
    # "X left Burnley and joined Bayern", "departed Brighton and will take charge of Marseille": his next post
    R(
        "left-and-joined",
        "appointed",
        r"\b(?:left|leaves|departed|departs|quit|quits)\b(?:[^«.;:!?]|«C\d+»){1,60}?,?\s+and\s+"
        r"(?:(?:has|have|will|now|since|later|then|subsequently|is\s+to)\s+)*"
        r"(?:joined|joins|join|take\s+(?:over|charge)\s+(?:at|of))\s+(?:the\s+)?{CDESC}{C}"
        r"(?!['’]s?\s+(?:\w+\s+)?(?:staff|academy|board))(?!\s+as\s+(?:an?\s+)?(?:assistant|player|director))",
        0.7,
        club_side="tag",
    ),
)
