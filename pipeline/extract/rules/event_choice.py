"""The right event for the right coach: sackings told in a relative clause or in translated wording,
wordings read as another event, the change itself rather than the spell around it.
"""

from __future__ import annotations

from pipeline.extract.lexicon import CLUB_NOUN
from pipeline.extract.rules.grammar import _ORDINAL, NOT_AN_OBJECT
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# --- the right event: sackings told in a relative clause or in translated wording -----------------


RULE_KEYS.update(
    {
        "whom-sacked": ("whom",),
        "released-from-duties": ("released",),
        "aside-in-post-since": ("post since", "charge since", "office since", "helm since", "bench since"),
        "where-promoted": ("where",),
        "before-leaving-for": ("before leaving for", "before departing for", "before leaving to join"),
        "but-resigned": (
            "but resigned",
            "and resigned",
            "but quit",
            "and quit",
            "but stepped down",
            "and stepped down",
        ),
        "and-staff-sacked": ("staff",),
        "agreed-to-end-contract": (
            "agreed to end",
            "agreed to terminate",
            "agreed to rescind",
            "agree to end",
        ),
        "interim-tag-removed": ("interim tag", "caretaker tag", "interim label", "caretaker label"),
        "who-was-terminated": ("terminated", "separated from"),
        "spell-ended-with-the-sack": ("with the sack", "in the sack", "in dismissal", "in his dismissal"),
    }
)

SACKINGS_IN_A_CLAUSE_OR_TRANSLATED: tuple[Rule, ...] = (
    # "He replaces X, whom the Galaxy fired on Oct. 29", "Y, whom they sacked in May": X was sacked
    R(
        "whom-sacked",
        "dismissed",
        r"{P},\s+whom\s+(?:the\s+)?{CDESC}(?:{C}|the\s+"
        + CLUB_NOUN
        + r"|they|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+"
        r"(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:sacked|fired|dismissed|axed|ousted|let\s+go)\b",
        0.85,
        club_side="near",
    ),
    # "Hertha has released trainer X with immediate effect from his duties": the German
    # "freigestellt", a sacking
    R(
        "released-from-duties",
        "dismissed",
        r"\breleased\s+(?:(?:head\s+)?(?:coach|trainer|manager)\s+)?{P}\s+(?:with\s+immediate\s+effect\s+)?"
        r"from\s+{HIS}\s+(?:duties|functions|post|position)",
        0.85,
        club_side="before",
    ),
    # "X, in post since August 2018, had …", "Y, at the helm since 2021, …": the spell of the post in view
    R(
        "aside-in-post-since",
        "in_charge",
        r"{P},\s+(?:(?:who\s+(?:has|had)\s+been|who\s+is|who\s+was)\s+)?(?:in\s+(?:post|charge|office)|at\s+the\s+helm|on\s+the\s+bench)"
        r"\s+since\b(?=[^,;.«]{1,40},)",
        0.75,
        club_side="topic",
    ),
    # "made his name at C, where he was promoted from physio to manager": his appointment at C
    R(
        "where-promoted",
        "appointed",
        r"{C},\s+where\s+{P}{HAVE}\s+(?:\w+ly\s+)?(?:promoted|appointed|named|installed|hired|made)\s+"
        r"(?:from\s+(?:[\w\-]+\s+){1,3}?)?(?:to\s+|as\s+)?(?:the\s+)?(?:first-team\s+|head\s+)?"
        r"(?:manager|head\s+coach|coach|boss)\b(?!\s+of\s+the\s+(?:year|season|month|decade|tournament)\b)",
        0.75,
        club_side="tag",
    ),
    # "…, before leaving for Southampton in September 2010": the club he went to coach next
    R(
        "before-leaving-for",
        "appointed",
        r"{P}(?:[^«.;]|«[CS]\d+»){0,150}?,?\s+before\s+(?:leaving|departing)\s+(?:for|to\s+join)\s+(?:the\s+)?{C}",
        0.65,
        club_side="tag",
    ),
    # the sentence's second event, its subject left out: "He led Jeonbuk to the title in 2021 but
    # resigned in May 2023" (a sacking told so: "but-was-sacked")
    R(
        "but-resigned",
        "resigned",
        r"{P_OWN}(?:[^«.;:]|«[CS]\d+»){0,120}?,?\s+(?:but|and)\s+(?:then\s+|later\s+|eventually\s+)?"
        r"(?P<t>resigned|quit|stepped\s+down|stood\s+down)\b(?!\s+as\s+(?:a\s+)?player)",
        0.7,
        club_side="elided",
    ),
    # "the federation and X agreed to end his contract by mutual consent": a parting, not a sacking
    R(
        "agreed-to-end-contract",
        "left",
        r"\bagreed?\s+to\s+(?:end|terminate|rescind|cancel)\s+{P}['’]s?\s+(?:contract|deal)\b",
        0.75,
        club_side="topic",
    ),
    # "X had the interim tag removed in November": the caretaker made permanent
    R(
        "interim-tag-removed",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:had|has|have|saw)\s+(?:the|{HIS})\s+(?:interim|caretaker)\s+(?:tag|label)\s+"
        r"(?:removed|dropped|lifted)\b",
        0.8,
        role="head_coach",
        club_side="topic",
    ),
    # "takes over from Y, who was terminated earlier this month", "in the place of Y, who was separated from
    # the position on Monday" (translated "fue separado del cargo"): the employer ended it
    R(
        "who-was-terminated",
        "dismissed",
        r"{P},?\s+who\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:terminated|separated\s+from\s+"
        r"(?:the|his|her)\s+(?:position|post|charge|functions|duties|job|role))\b",
        0.8,
        club_side="near",
    ),
    # "after Y's 15-game spell ended with the sack", "his stint at C ended in dismissal": a sacking ended it
    R(
        "spell-ended-with-the-sack",
        "dismissed",
        r"{P}['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:spell|stint|tenure|reign|time)(?:\s+(?:at|in\s+charge\s+of|with)\s+{C})?"
        r"\s+(?:\w+ly\s+)?ended\s+(?:with|in)\s+(?:the\s+sack|(?:his\s+|her\s+)?dismissal)\b",
        0.8,
        club_side="near",
    ),
    # "X and his entire technical staff were sacked on Sunday": the coach with his staff
    R(
        "and-staff-sacked",
        "dismissed",
        r"{P}\s+and\s+{HIS}\s+(?:entire\s+|whole\s+)?{STAFF}\s+"
        r"(?:have\s+been|has\s+been|were|had\s+been)\s+(?:sacked|fired|dismissed|axed|relieved\s+(?:of|from)\s+their\s+duties)",
        0.85,
        club_side="near",
    ),
)

# "X kept Forest up last season", "Dyche kept us up", "He kept VfB in the Bundesliga", "He guided them
# to safety": a survival told of the club named or in view (a player's too, unless a coaching word is about)
_TOP_LEAGUE = (
    r"(?:top\s+flight|top\s+division|division|league|Premier\s+League|Premiership|Championship|Bundesliga|"
    r"Serie\s+A|La\s*Liga|Ligue\s+1|Eredivisie|Primeira\s+Liga|MLS|[\w\-]+\s+(?:League|Liga|Lig|Division))"
)
# a man not named as the object of "replaced", "took over from", "under" … (or followed by his own "…, who")
_NOT_THE_REPLACED_MAN = r"(?:" + NOT_AN_OBJECT + r"|(?=«P\d+»\s*,\s*who\b))"
RULE_KEYS.update({"kept-them-up": ("kept", "keeps", "keeping", "to safety", "to survival")})
SACKINGS_IN_A_CLAUSE_OR_TRANSLATED += (
    R(
        "kept-them-up",
        "in_charge",
        # (not a man named after a preposition or as the replaced man: "came as successor of Y and kept the
        # team up", "had replaced Y in October and kept the club up": not Y, unless "…, who kept …" is his)
        _NOT_THE_REPLACED_MAN + r"(?<!\bof\s)(?<!\bby\s){P_OWN}"
        r"(?:{APP}|(?:[^«.;:!?]|«[CS]\d+»){0,100}?\b(?:and|but)\b)?{WHO}{HAVE}\s+(?:\w+ly\s+)?"
        r"(?:(?:kept|keeps|keeping)\s+(?:{C}|them|us|(?:the\s+)?" + CLUB_NOUN + r")\s+"
        r"(?:up\b|in\s+(?:the\s+)?" + _TOP_LEAGUE + r"\b)|"
        r"(?:guided|steered|led|took)\s+(?:them|us|(?:the\s+)?"
        + CLUB_NOUN
        + r")\s+to\s+(?:safety|survival)\b)",
        0.6,
        club_side="own",
    ),
)

# "X won the league title in his first season", "In his first season the Dutchman conquered the cup",
# "X, in his second spell as interim head coach, saw out the campaign": a spell told by its season
_NTH_SEASON = r"in\s+{HIS}\s+" + _ORDINAL + r"\s+(?:full\s+)?(?:season|year|campaign)\b"
_TROPHY_VERB = r"(?:won|lifted|clinched|claimed|conquered|secured|delivered)"
_NTH_SEASON_KEYS = ("in his first", "in his second", "in his third", "in her first", "in her second")
RULE_KEYS.update(
    {
        "won-in-his-nth-season": _NTH_SEASON_KEYS,
        "in-his-nth-season-won": _NTH_SEASON_KEYS,
        "in-his-nth-spell-as": (" spell as ", " stint as "),
    }
)
SACKINGS_IN_A_CLAUSE_OR_TRANSLATED += (
    R(
        "won-in-his-nth-season",
        "in_charge",
        r"{P_OWN}(?:\s*,\s*\d{2}\s*,)?{HAVE}\s+"
        + _TROPHY_VERB
        + r"\s+(?:[^«.;:!?]|«[CS]\d+»){1,60}?\b"
        + _NTH_SEASON,
        0.6,
        club_side="own",
    ),
    R(
        "in-his-nth-season-won",
        "in_charge",
        r"\b[Ii]n\s+{HIS}\s+"
        + _ORDINAL
        + r"\s+(?:full\s+)?(?:season|year|campaign)(?:\s+in\s+charge)?,?\s+{P}\s+"
        + _TROPHY_VERB
        + r"\b",
        0.6,
        club_side="own",
    ),
    R(
        "in-his-nth-spell-as",
        "in_charge",
        r"{P},\s+(?:now\s+)?in\s+{HIS}\s+"
        + _ORDINAL
        + r"\s+(?:spell|stint)\s+as\s+(?:the\s+)?(?:club's\s+)?{ROLE}\b",
        0.65,
        club_side="own",
    ),
)

# A round-up's "At Aston Villa, X is still waiting for his first win", "At C, X, who signed an extension
# in January, is under growing pressure": the man the paragraph frames at that club (a player's too,
# unless a coaching word is about or he is a known coach)
RULE_KEYS.update({"at-club-framed-person": ("at ",)})
SACKINGS_IN_A_CLAUSE_OR_TRANSLATED += (
    R(
        "at-club-framed-person",
        "in_charge",
        r"^\s*(?:At|Over\s+at|Across\s+town\s+at)\s+(?:the\s+)?{C},\s+{P_OWN}(?:\s*,\s*(?:who\s+)?[^,«]{1,100},)?"
        r"\s+(?:is|was|has|had|remains|faces|must|will|still|now)\b",
        0.6,
        club_side="tag",
    ),
)


# "X's departure for C", "X's move to C": where he went is his next post, the club in view the one he left
# (a player's too, unless a coaching word or a vacancy is about)
_DEPARTURE_FOR = r"{P}'s?\s+(?:departure|exit|move)\s+(?:for|to)\s+(?:the\s+)?"
RULE_KEYS.update({"departure-for": ("departure for", "exit for", "move to", "departure to", "exit to")})
RULE_KEYS.update({"departure-for-club": RULE_KEYS["departure-for"]})
SACKINGS_IN_A_CLAUSE_OR_TRANSLATED += (
    R("departure-for", "left", _DEPARTURE_FOR + r"(?:[\w\-]+\s+){0,3}?«C\d+»", 0.6, club_side="topic"),
    R(
        "departure-for-club",
        "appointed",
        _DEPARTURE_FOR + r"(?:(?:[A-Z][\w\-]*\s+)?(?:side|club|giants|outfit|champions|team)\s+)?{C}",
        0.6,
        club_side="tag",
    ),
)

# Translated career openings: "As main trainer he debuted in the Marítimo", "he made his debut as a head
# coach with C": the first club he coached
_AS_COACH = r"as\s+(?:a\s+|the\s+)?(?:main\s+|head\s+|senior\s+|first-team\s+)?(?:trainer|coach|manager)"
_DEBUTED = r"(?:debuted|made\s+(?:his|her)\s+debut)"
_DEBUT_AT = r"\s+(?:in|at|with|for|on\s+the\s+bench\s+of)\s+(?:the\s+)?{C}"
# "debuted / made his debut at C": keys of both debut rules
_DEBUT_KEYS = ("debuted", "debut")
RULE_KEYS.update({"coach-debuted": _DEBUT_KEYS, "debuted-as-coach": _DEBUT_KEYS})
SACKINGS_IN_A_CLAUSE_OR_TRANSLATED += (
    R(
        "coach-debuted",
        "in_charge",
        r"\b" + _AS_COACH + r"\s*,?\s+{P}\s+" + _DEBUTED + _DEBUT_AT,
        0.65,
        club_side="tag",
    ),
    R(
        "debuted-as-coach",
        "in_charge",
        r"{P}\s+" + _DEBUTED + r"\s+" + _AS_COACH + _DEBUT_AT,
        0.65,
        club_side="tag",
    ),
)

# Departures told from the club's side or by the spell's end: "hired X, prying the Frenchman away from
# C", "C lured X from D" (he left D); "X ended his four-year spell at C" (he left C)
_PRY_VERB = r"(?:prised|prized|prising|prizing|prying|pried|luring|lured|poaching|poached|tempting|tempted)"
_SPELL_NOUN = r"(?:spell|stint|tenure|reign|time|stay|association|spell\s+in\s+charge)"
# "X ended his …", "X has brought to an end his …": a man closing a spell of his own
_ENDED_HIS = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:ended|ends|ending|concluded|brought\s+(?:an\s+end\s+to|to\s+an\s+end))\s+"
)
_ENDED_KEYS = ("ended", "ends", "ending", "concluded", "brought an end", "brought to an end")
RULE_KEYS.update(
    {
        "pried-away-from": (
            "prised",
            "prized",
            "prising",
            "prizing",
            "prying",
            "pried",
            "lur",
            "poach",
            "tempt",
        ),
        "ended-spell-at": _ENDED_KEYS,
        "ended-club-spell": _ENDED_KEYS,
    }
)
SACKINGS_IN_A_CLAUSE_OR_TRANSLATED += (
    R(
        "pried-away-from",
        "left",
        r"\b" + _PRY_VERB + r"\s+(?:the\s+)?{P}\s+(?:away\s+)?from\s+(?:the\s+)?{CDESC}{C}",
        0.7,
        club_side="tag",
    ),
    R(
        "ended-spell-at",
        "left",
        # "ended his second spell at C", "ended a four-year stay at C"
        _ENDED_HIS
        + r"(?:{HIS}|an?)\s+(?:[\w\-]+\s+){0,2}?"
        + _SPELL_NOUN
        + r"\s+(?:at|with|in\s+charge\s+of)\s+(?:the\s+)?{CDESC}{C}"
        r"(?!\s+as\s+(?:a\s+)?player)",
        0.7,
        club_side="tag",
    ),
    # "X ends his C spell after four years", "ended his second C stint" (not "his C loan spell": a player's)
    R(
        "ended-club-spell",
        "left",
        _ENDED_HIS + r"{HIS}\s+(?:[\w\-]+\s+)?{C}\s+(?!loan\b)(?:[\w\-]+\s+)?" + _SPELL_NOUN + r"\b",
        0.7,
        club_side="tag",
    ),
)

# "X joined A in 2021 after seven seasons as coach of B", "X arrives after working as an assistant at B",
# "X came to A after a four-year spell in charge of B": the earlier spell (in_charge) and its end (left)
_ARRIVED_AFTER_SPELL = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:joined|joins|joining|arrived|arrives|arriving|came|comes|moved)\b"
    r"(?:[^«.;]|«[CS]\d+»(?:['’]s)?){0,60}?\bafter\s+(?:(?:a|an|his|her|\w+|\d+)[\s\-]+){0,3}?"
    r"(?:years?|seasons?|months|spells?|stints?|working|coaching|serving)\b(?!\s+as\s+(?:a\s+)?player)"
    r"(?:[^«.;]|«S\d+»){0,50}?\b(?:at|with|of|for)\s+(?:the\s+)?{CDESC}{C}(?!\s+as\s+(?:a\s+)?player)"
)
_ARRIVED_AFTER_KEYS = (
    "joined",
    "joins",
    "joining",
    "arrived",
    "arrives",
    "arriving",
    "came",
    "comes",
    "moved",
)
RULE_KEYS.update(
    {"arrived-after-spell": _ARRIVED_AFTER_KEYS, "arrived-after-spell-left": _ARRIVED_AFTER_KEYS}
)
SACKINGS_IN_A_CLAUSE_OR_TRANSLATED += (
    R("arrived-after-spell", "in_charge", _ARRIVED_AFTER_SPELL, 0.65, club_side="tag"),
    R("arrived-after-spell-left", "left", _ARRIVED_AFTER_SPELL, 0.65, club_side="tag"),
)

# "X has won promotion three times as a manager, with A, B and C": the clubs of a coach's feats
RULE_KEYS.update(
    {"won-as-coach-with": ("as a manager", "as a coach", "as a head coach", "as manager", "as coach")}
)
SACKINGS_IN_A_CLAUSE_OR_TRANSLATED += (
    R(
        "won-as-coach-with",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:also\s+)?(?:won|lifted|claimed|clinched)\s+(?:[^«».,;:!?]|«S\d+»){0,50}?"
        r"\bas\s+(?:an?\s+)?(?:head\s+)?(?:manager|coach),?\s+(?:with|at)(?=\s+(?:both\s+)?(?:the\s+)?«[CS])",
        0.65,
        club_side="list",
        needs_club=True,
    ),
)


# --- the right event for the right coach: wordings read as another event --------------------------


RULE_KEYS.update(
    {
        "separation-from": ("separation from",),
        "club-separated-from": ("separated",),
        "from-whom-club-separated": ("from whom",),
        "resignation-of": ("resignation of",),
        "contract-of-terminated": ("terminated", "cancelled", "rescinded"),
    }
)

# the club (or its board, its federation) as the one who acts
_CLUB_SUBJECT = r"(?:\bthe\s+(?:club|board|federation|association)|{C})"

RIGHT_EVENT_RIGHT_COACH: tuple[Rule, ...] = (
    # "after the separation from X", "since the club's separation from X": the club parted with him
    # (README of train6: "the club separated from him" is dismissed; "the separation with X" stays left)
    R(
        "separation-from",
        "dismissed",
        r"\b(?:the|their|its|a|«C\d+»['’]s?)\s+(?:\w+\s+)?separation\s+from\s+"
        r"(?:(?:their|its|the)\s+)?(?:(?:head\s+)?(?:manager|coach|boss|trainer)\s+)?{P}",
        0.75,
        club_side="subject",
    ),
    # "the club separated from X", "X, from whom the club separated on Sunday": the club's act (dismissed);
    # not "X separated from C" (the coach's own parting: left)
    R(
        "club-separated-from",
        "dismissed",
        _CLUB_SUBJECT + r"{HAVE}\s+(?:\w+ly\s+)?separated\s+"
        r"(?:itself\s+|themselves\s+)?from\s+(?:(?:head\s+)?(?:coach|manager|trainer|boss)\s+)?{P}",
        0.8,
        club_side="near",
    ),
    R(
        "from-whom-club-separated",
        "dismissed",
        r"{P},\s+from\s+whom\s+" + _CLUB_SUBJECT + r"{HAVE}\s+(?:\w+ly\s+)?separated\b",
        0.8,
        club_side="near",
    ),
    # "the contract of head coach X has been terminated": the employer ended it (a federation's too);
    # not "… terminated by mutual consent / agreement" (left)
    R(
        "contract-of-terminated",
        "dismissed",
        r"\bcontract\s+of\s+(?:[^«.;,]|«[CS]\d+»){0,60}?{P}\s+(?:was|has\s+been|had\s+been|is\s+being)\s+"
        r"(?:\w+ly\s+)?(?:terminated|cancelled|rescinded)\b(?![^.;]{0,40}\bmutual)",
        0.8,
        club_side="near",
    ),
    # "since the resignation of X", "after the resignation of coach X": his own going (resigned, not left)
    R(
        "resignation-of",
        "resigned",
        r"\bresignation\s+of\s+(?:(?:their|its|the)\s+)?(?:(?:head\s+)?(?:manager|coach|boss|trainer)\s+)?{P}",
        0.8,
        club_side="subject",
    ),
)


# --- event choice: the change itself, not only the spell around it ------------------------------

RULE_KEYS.update(
    {
        "gerund-appointed": ("being appointed", "being hired", "being installed"),
        "took-up-role-elsewhere": ("another club", "a different club", "a new club"),
        "before-being-appointed-club": (
            "before being appointed",
            "before being named",
            "before being made",
            "before being installed",
            "before being hired",
        ),
    }
)
CHANGE_NOT_SPELL: tuple[Rule, ...] = (
    # "lasted just 10 weeks in the job after being appointed in January 2023": the appointment the
    # spell began with (a post named right after it, "as sporting director", is no coaching one)
    R(
        "gerund-appointed",
        "appointed",
        r"\b(?:after|since)\s+being\s+(?:\w+ly\s+)?(?:(?:re-?)?appointed|hired|installed)\b"
        r"(?!\s+(?:as\s+)?(?:the\s+)?(?:\w+\s+)?(?:captain|player|director|ambassador|president|chairman|adviser|advisor))",
        0.7,
        club_side="before",
    ),
    # "managed Port Vale before being appointed Wales Under-21 manager in 2017": the career's next post,
    # named right after the verb (a post that is no coach's, "before being named sporting director", is not)
    R(
        "before-being-appointed-club",
        "appointed",
        r"\bbefore\s+being\s+(?:\w+ly\s+)?(?:appointed|named|made|installed|hired)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
        r"(?:(?P<title>(?:head|chief)\s+coach|manager|coach|boss|trainer)\s+(?:of|at)\s+(?:the\s+)?)?{C}"
        r"(?(title)|(?:['’]s?)?\s+(?:«S\d+»\s+)?(?:(?:head|chief)\s+coach|manager|coach|boss|trainer)\b)",
        0.7,
        club_side="tag",
    ),
    # "first-team coach X, who has taken up a role with another club": he leaves the club in view
    R(
        "took-up-role-elsewhere",
        "left",
        r"{P}{APP}{WHO}{HAVE}\s+(?:taken\s+up|took\s+up|accepted|takes\s+up)\s+(?:a|an)\s+(?:new\s+)?"
        r"(?:role|position|post|job|offer)\s+(?:with|at)\s+(?:another|a\s+different|a\s+new)\s+club\b",
        0.7,
        club_side="near",
    ),
)

# "He first took the job in October 2016", "X, who took the Wales post in 2017": a past hiring told with
# the job taken (past tense only: "to take the job", "would have taken the job" tell none)
RULE_KEYS.update(
    {"took-the-job": ("took the", "taken the", "took over the", "taken over the", "accepted the")}
)
CHANGE_NOT_SPELL += (
    R(
        "took-the-job",
        "appointed",
        r"{P}{APP}{WHO}(?:\s+(?:has|had|first|then|later|finally|originally|initially|eventually|only))*\s+"
        # "In 2020 he accepted the job at Dynamo Kyiv": the job taken, told by its acceptance
        r"(?:took|taken|accepted)\s+(?:over\s+)?the\s+(?:«[CS]\d+»\s+)?(?:job|post)\b"
        r"(?!\s+(?:of|as)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:director|president|chairman|ambassador|adviser|player))",
        0.75,
        club_side="after",
    ),
)

# career retrospectives: the second step of a spell told with its subject (and auxiliary) left out
RULE_KEYS.update(
    {
        "brought-him-back": ("back",),
        # ("and then sacked", "but later fired": the verb's own words are the keys)
        "passive-and-sacked": ("sacked", "dismissed", "fired", " axed"),
        "before-succeeding-him": ("succeeding", "succeeded", "replacing", "replaced"),
    }
)
CHANGE_NOT_SPELL += (
    # "X was appointed by C in 2007 and sacked a year later", "where he was appointed in January and
    # sacked in May": the one passive goes on, its "was" left out (not "and sacked his assistant")
    R(
        "passive-and-sacked",
        "dismissed",
        r"{P}(?!['’]s){APP}{WHO}\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
        r"(?:appointed|named|hired|installed|brought\s+in)\b(?:[^.;«:]|«[CS]\d+»){0,80}?\s+(?:but|and)\s+"
        r"(?:then\s+|later\s+)?(?P<t>sacked|dismissed|fired|axed)"
        r"(?=\s+(?:(?:just|only|barely)\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+later\b"
        r"|\s+(?:in|on|last)\s+(?-i:[A-Z])\w+|\s*[.,;])",
        0.75,
        club_side="tag",
    ),
    # "before the Galaxy brought him back in July 2017 to replace Y", "Benfica brought Lage back as head
    # coach": the object before "back" (not "brought him back into the side", "back from injury": a player)
    R(
        "brought-him-back",
        "appointed",
        r"\b(?:brought|brings|bring|bringing)\s+{P}\s+back\b(?=\s+(?:in\s+(?:(?-i:[A-Z])\w+|(?:19|20)\d{2})|"
        r"as\s+(?:the\s+|their\s+|its\s+)?(?:(?:new|head|first-team|permanent|interim|caretaker)\s+)*"
        r"(?:coach|manager|boss|trainer|caretaker)\b|"
        r"to\s+(?:replace|succeed|lead|coach|manage|take\s+(?:over|charge))\b|for\s+a\s+(?:second|third)\s+(?:spell|stint)))",
        0.75,
        club_side="before",
    ),
    # "he began as assistant to Y at C before succeeding him as head coach in 1977", "… and later
    # replaced Y": the subject takes the post of the man he succeeds (no squad on the way: "coach of the
    # academy and later replaced Y" leaves whose squad unclear; not "sacked X and replaced him
    # (the same day) with Y": the club's act; not a relative clause's own subject)
    R(
        "before-succeeding-him",
        "appointed",
        r"{P}(?!['’]s)(?:(?!,?\s+(?:who|whom|which|whose)\b)(?:[^.;«:]|«[CP]\d+»)){0,120}?"
        r"(?:\s+before|,?\s+and(?:\s+then|\s+later|\s+eventually)?)\s+"
        r"(?P<t>succeeding|succeeded|replacing|replaced)\s+«P\d+»(?!['’]|{TIME}\s+(?:with|by)\b)",
        0.7,
        club_side="near",
    ),
)
