"""Successions: the man replaced ('arrived to replace', 'after the split with'), and succession told by
a successor, a place taken, a substitution, a release.
"""

from __future__ import annotations

from pipeline.extract.rules.grammar import NOT_MATCH_PLAY, POSSESSOR_DESC
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# --- the man replaced: arrived to replace, the split ----------------------------------------------
REPLACEMENTS: tuple[Rule, ...] = (
    # "Elsner arrived in the summer from Le Havre, whom he had kept up, to replace X": the man an arrival
    # replaced has gone from the post in view (told in the past: the arrival happened)
    R(
        "arrived-to-replace-left",
        "left",
        # (translated "para substituir": "arrives to substitute X", after an arrival verb only)
        # ("had taken charge in 2022, coming from the reserves, to replace X": a coach's arrival told by his
        # taking charge)
        r"«P\d+»{APP}{HAVE}\s+(?:arrived|arrives|came\s+in|joined|was\s+brought\s+in|"
        # (not "had taken over the captaincy to replace X", a player's armband)
        r"(?:took|taken)\s+(?:over|charge|the\s+(?:head|helm|reins))(?![^.;]{0,110}?\b(?:captain\w*|armband)\b))\b"
        r"(?:[^«.;:!?]|«[PCS]\d+»){0,110}?"
        # ("had arrived in November to relieve X": translated "relevar", not "relieve X of his duties")
        r"\bto\s+(?:replace|succeed|substitute|relieve(?=\s+(?:the\s+\w+\s+)?«P\d+»(?!\s+of\b)))\s+"
        r"(?:the\s+\w+\s+)?{P}",
        0.75,
        club_side="topic",
    ),
    # "X is in his third spell at C, having returned in the summer of 2022 to replace Y", "X returned to C
    # to replace Y": an arrival told by a participle or a return; Y has gone from the post in view (a
    # player's move is told so too: Y must be a coach elsewhere in the story)
    R(
        "having-arrived-to-replace-left",
        "left",
        r"(?:«P\d+»{APP}{HAVE}\s+returned|\bhaving\s+(?:(?:first\s+|originally\s+)?(?:arrived|returned|joined|come\s+in)|"
        r"been\s+brought\s+in))\b"
        r"(?:[^«.;:!?]|«[CS]\d+»){0,80}?\bto\s+(?:replace|succeed)\s+(?:the\s+\w+\s+)?{P}",
        0.75,
        club_side="topic",
    ),
    # "X had stepped up from the academy to succeed Y", "was promoted to the first team to replace Y", "then
    # crossed north London two years later to replace Y", "had taken charge in 2022 to replace Y", "after
    # arriving in February to succeed Y", "X, arrived in September to replace Y, leaves": a step up or an
    # arrival told by other words; Y has gone from the post in view (not a player standing in for an injured
    # or suspended man: "stepped up to replace the injured Y")
    R(
        "stepped-up-to-replace-left",
        "left",
        r"(?:\b(?:stepped|moved)\s+up|\bwas\s+promoted|\bcrossed|\b(?:took|taken)\s+(?:the\s+)?(?:head|helm|reins|charge)\b|"
        r"\bafter\s+(?:arriving|joining|coming\s+in)|«P\d+»,\s+arrived)\b"
        r"(?:[^«.;:!?]|«[CS]\d+»){0,80}?\bto\s+(?:replace|succeed)\s+"
        r"(?!the\s+(?:injured|suspended|sidelined|departing\s+(?:striker|defender|midfielder|keeper|goalkeeper))\b)"
        r"(?:the\s+\w+\s+)?{P}",
        0.7,
        club_side="topic",
    ),
    R(
        "appointed-to-replace",
        "left",
        # ("hired former Manchester United manager X on Monday to replace Y": a club in the appointee's title)
        # ("was named by the MLS club on Tuesday to replace Y": the club naming him is the post Y left)
        r"\b(?:appointed|named|hired|brought\s+in|installed|drafted\s+in|chosen|selected|picked)\b(?:\s+by\s+{C})?"
        r"(?:[^«.;]|«P\d+»|«C\d+»(?=\s+(?:head\s+)?(?:manager|coach|boss)\b)){0,60}?\bto\s+"
        r"(?:replace|succeed|substitute)\s+(?:the\s+\w+\s+|" + POSSESSOR_DESC + r")?{P}(?!['’]s\b)",
        0.75,
        club_side="topic",
    ),
    # "PISA - X has signed a two-year contract to replace Y": a deal signed to take a coach's place is
    # the signer's appointment (a player's is told so too: a round-up or coaching wording must back it)
    R(
        "signed-to-replace",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:signed|agreed)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:contract|deal)\b(?:[^«.;]|«[CS]\d+»){0,40}?"
        r"\bto\s+(?:replace|succeed)\s+(?:the\s+\w+\s+)?«P\d+»",
        0.75,
        club_side="topic",
    ),
    R(
        "to-become",
        "appointed",
        # ("to become national coach of C": the title read as the national squad's, «S» alone)
        r"\bto\s+become\s+(?:the\s+)?(?:new\s+|first\s+)?(?:(?:«S\d+»\s+)?{ROLE}|«S\d+»)\s+(?:of|at)\s+"
        r"(?:the\s+)?{C}",
        0.75,
        club_side="tag",
    ),
    R(
        "and-took-over",
        "appointed",
        r"{P}(?:[^.;«]|«[CS]\d+»){0,80}?\band\s+(?:has\s+|have\s+)?(?:since\s+|now\s+)?"
        r"(?:taken|took)\s+(?:over|charge)\s+(?:at|of|as)\b",
        0.8,
        club_side="after",
    ),
    # "X, who left after guiding C to safety and has since been named D coach", "… and has since been
    # unveiled by D", "… and has since taken over D": the later move told after the exit, its club after
    # the verb (the exit's clause may run long: the man's last deed at the club he left)
    R(
        "and-since-named",
        "appointed",
        r"{P}(?:[^.;«]|«[CS]\d+»){0,160}?\band\s+(?:has\s+|have\s+)?since\s+"
        r"(?:been\s+(?:named|appointed|unveiled|confirmed|installed|hired)|joined|taken\s+over(?!\s+from))\b",
        0.8,
        club_side="after",
    ),
    R(
        "departure-of",
        "left",
        # ("after the farewell of X": the translated "l'addio di", "la despedida de")
        r"\b(?:departure|exit|farewell)\s+of\s+(?:(?:their|its|the)\s+)?"
        # ("the departure of the Uruguayan strategist X": a nationality and a translated title)
        r"(?:[A-Z][a-z]+\s+(?=(?:head\s+)?(?:manager|coach|boss|strategist|technician|tactician|trainer)\b))?"
        r"(?:(?:head\s+)?(?:manager|coach|boss|strategist|technician|tactician|trainer)\s+)?{P}",
        0.75,
        club_side="subject",
    ),
    # "took over after the separation with X", "since the split from X": the club's parting with its
    # coach, told as the time of a later step
    R(
        "after-split-with",
        "left",
        r"\b(?:after|since|following|before)\s+(?:the|their|its|a)\s+(?:\w+\s+)?"
        # (not "the separation from X": the club's own act, see "separation-from")
        r"(?:separation(?!\s+from)|split|parting|divorce)"
        r"\s+(?:with|from)\s+(?:(?:head\s+)?(?:manager|coach|boss)\s+)?{P}",
        0.7,
        club_side="subject",
    ),
    R(
        "offered-job-to",
        "offer",
        r"\boffer(?:ed|s)?\s+(?:the\s+)?(?:\w+\s+)?(?:job|post|role|position|reins)\s+to\s+{P}",
        0.7,
        club_side="subject",
    ),
)


# --- succession told by a successor, a place taken, a substitution, a release -------------------------


RULE_KEYS.update(
    {
        "successor-of": ("as successor of", "as the successor of", "new successor of"),
        "came-as-successor": ("successor",),
        "successor-then-his-spell": ("successor", "replacement"),
        "place-taken-by": (
            "place was taken",
            "place has been taken",
            "place had been taken",
            "place is taken",
            "place was occupied",
            "place is occupied",
            "place on the bench",
            "place on the dugout",
        ),
        "took-his-place": ("his place", "her place"),
        "substituted-by-coach": ("substituted by",),
        "after-release-of": ("release of",),
        "release-of-coach": ("release of",),
        "replaced-man-moves-on": (
            "replac",
            "succe",
            "place of",
            "took over",
            "taken over",
            "takes over",
            "taking over",
        ),
        "followed-who-left": ("followed",),
        "followed-predecessor": ("followed",),
    }
)

_MATCH_PLAY = NOT_MATCH_PLAY
# what a relative clause on the man replaced tells before his move on: "who kept C up and now moves to D",
# "who did not continue after the final and has since taken over D", "who after the narrow escape left for D"
# (its words name no other man; the move follows "and" or is a "left for")
# (his own contract may stand there: "who reached the resolution of his contract and passed to C")
_TOLD_BEFORE_THE_MOVE = (
    r"(?:(?:[^«».;:!?,]|«[CS]\d+»|«P\d+»['’]s){1,100}?\s(?:and\s+(?:then\s+|later\s+)?(?=has\s|had\s|now\s|"
    r"since\s|join(?:s|ed)\s|mov(?:es|ed)\s|t(?:ook|akes)\s|left\s|leaves\s|sign(?:s|ed)\s|pass(?:es|ed)\s)|"
    r"(?=(?:left|leaves|departed)\s+for\s)))?"
)
# "coach X", "manager X": the man named by his coaching role right before him
_ROLE_BEFORE = r"(?:(?<=\bcoach\s)|(?<=\bmanager\s)|(?<=\btrainer\s)|(?<=\bboss\s))"
# "X took his place", "X has taken Y's place"
_TOOK_PLACE = r"«P\d+»(?!['’]){HAVE}\s+(?:took|takes|taken|taking)\s+{HIS}\s+place"
# "the Spaniard X", "the interim X": a descriptor between the article and the name
_DESCRIBED = r"(?:the\s+(?:[\w\-]+\s+){1,2}?)?"

SUCCESSIONS: tuple[Rule, ...] = (
    # "as successor of Thomas Reis", "as the successor of Pascal Jansen": the man replaced has gone
    R(
        "successor-of",
        "left",
        r"\bas\s+(?:the\s+)?(?:new\s+|permanent\s+)?successor\s+of\s+" + _DESCRIBED + r"{P_OWN}",
        0.7,
        club_side="topic",
    ),
    # "X had come to Bochum from Vitesse as successor of Y", "X took the command in June 2022 as the
    # successor of Y", "X arrives as Y's successor": X took the post
    R(
        "came-as-successor",
        "appointed",
        r"{P_OWN}{APP}{WHO}{HAVE}\s+(?:came|come|comes|arrived|arrives|arriving|joined|joins|took|takes|"
        r"taken|returned|returns|appointed|named|hired|installed|presented|unveiled)\b"
        r"(?:[^«».;:!?]|«[CS]\d+»){0,100}?\bas\s+(?:the\s+|a\s+)?(?:new\s+|permanent\s+)?"
        r"(?:successor\s+(?:of|to)\s+"
        + _DESCRIBED
        + r"«P\d+»|«P\d+»['’]s?\s+(?:new\s+|permanent\s+)?successor)",
        0.8,
        club_side="after_topic",
    ),
    # "His successor X lasted six days", "His replacement, X, a former assistant of Y, was sacked in June": a
    # timeline naming the man who took the post by the one he replaced, then telling, in the past, what
    # became of him there (not "his successor will be X", "could be X"); the sentence's dates are that
    # later event's (`no_date`)
    R(
        "successor-then-his-spell",
        "appointed",
        r"«P\d+»['’]s?\s+(?:eventual\s+|immediate\s+)?(?:successor|replacement)(?:\s+at\s+{C})?\s*,?\s+{P_OWN}"
        r"(?:{APP})?\s+(?:also\s+|then\s+|only\s+)?(?:lasted|was|had|did|won|led|managed|stayed|survived|"
        r"kept|went|guided|oversaw|fared|resigned|quit|left)\b",
        0.75,
        club_side="topic",
    ),
    # "At Legia his place was taken by the Portuguese X", "Y's place has been taken by X": X took the post
    # ("His place on the bench of the Lions is taken by X", "in Qatar his place was occupied by X": the bench
    # named with the place, and the post's other verb; not a side's place, "his place in the under-19s", whose
    # side the story's later facts would take on; "his place will be taken by X" is said of players too)
    R(
        "place-taken-by",
        "appointed",
        r"{HIS}\s+place\s+(?:on\s+(?:the\s+)?(?:bench|dugout)(?:\s+of\s+(?:the\s+)?(?:[\w\-]+|«C\d+»))?\s+)?"
        r"(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:\w+ly\s+)?(?:taken|occupied)\s+by\s+"
        + _MATCH_PLAY
        + _DESCRIBED
        + r"{P_OWN}",
        0.75,
        club_side="near",
    ),
    # "coach X took his place", "X took her place as head coach": X stepped into the post; a player
    # "took his place in the side" is no appointment
    R(
        "took-his-place",
        "appointed",
        r"(?:"
        + _ROLE_BEFORE
        + r"(?="
        + _TOOK_PLACE
        + r"(?=\s*(?:[.,;]|$|\s+(?:at|as)\b)))|(?="
        + _TOOK_PLACE
        + r"\s+(?:as\s+(?:the\s+)?(?:new\s+)?(?:head\s+)?(?:coach|manager|trainer|boss)\b|"
        r"(?:on|in)\s+the\s+(?:bench|dugout)\b|at\s+the\s+helm\b)))"
        + _TOOK_PLACE.replace("«P\\d+»", "{P}", 1)
        + _MATCH_PLAY,
        0.75,
        club_side="topic",
    ),
    # translated: "he was dismissed in July 2018 and substituted by X", "coach Y was substituted by X"
    R(
        "substituted-by-coach",
        "appointed",
        r"(?:\b(?:dismissed|sacked|fired|released|relieved|resigned|left)\b(?:[^«».;:!?]|«[CS]\d+»){0,40}?"
        r"\band|"
        + _ROLE_BEFORE
        + r"«P\d+»{HAVE})\s+(?:been\s+)?substituted\s+(?:\w+\s+){0,3}?by\s+"
        + _MATCH_PLAY
        + _DESCRIBED
        + r"{P_OWN}",
        0.75,
        club_side="topic",
    ),
    # "had taken over in April after the release of Y" (README: a released coach is dismissed)
    R(
        "after-release-of",
        "dismissed",
        r"(?:\b(?:took|taken|take[sn]?|taking)\s+(?:over|charge)\b|\b(?:appointed|named|installed|coach)\b)"
        r"(?:[^«».;:!?]|«[CS]\d+»){0,80}?\b(?:after|following|since)\s+the\s+release\s+of\s+"
        r"(?:(?:head\s+)?(?:coach|manager|trainer)\s+)?{P_OWN}",
        0.75,
        club_side="subject",
    ),
    # "the release of coach Y": the club let its coach go (not a player, nor "released to take over C")
    R(
        "release-of-coach",
        "dismissed",
        r"\brelease\s+of\s+(?:(?:their|its|the)\s+)?(?:head\s+)?(?:coach|manager|trainer)\s+{P_OWN}"
        r"(?!\s+from\s+(?:his|her)\s+contract\s+to\b)",
        0.75,
        club_side="subject",
    ),
    # "X succeeds Y, who joins C", "replaces Y, who leaves the Côte d'Azur for C", "successor to Y, who
    # moves to C", "takes over from the Argentine Y, who has since taken over C", "takes the place of Y, who
    # went to C": the man replaced went on to coach C (a player replaced, then moved on, is told among
    # signings: see `player_guards.player_like`); translated copy tells the move with "passed to" (the
    # Italian "passato al", the French "passé à") and may leave out "who": "succeeds Y, passed to C",
    # "replaces Y, gone to C" (only these participles: "replaced Y, moving to C" is the subject's move)
    R(
        "replaced-man-moves-on",
        "appointed",
        r"\b(?:replac(?:es?|ed|ing)|succe(?:eds?|eded|eding)|successor\s+(?:to|of)|(?:in\s+)?(?:place|replacement)\s+of|"
        r"(?:took|takes|taken|taking)\s+over{TIME}\s+from)\s+(?:the\s+)?(?:[\w\-]+\s+)?«P(?P<p>\d+)»"
        r"\s*,\s+(?:who\s+"
        + _TOLD_BEFORE_THE_MOVE
        + r"|(?=(?:passed|gone)\s+to\s))(?P<told>(?:has\s+|had\s+|is\s+|will\s+)?(?:since\s+|now\s+)?"
        r"(?:joins?|joined|joining|mov(?:es|ed|ing)\s+to|switch(?:es|ed)\s+to|sign(?:s|ed)\s+(?:with|for)|"
        r"pass(?:es|ed)\s+to|(?:went|gone|goes)\s+to|"
        r"(?:leaves|left|leaving|quit|quits|departs|departed)\s+(?:(?:[\w\-'’]+|«C\d+»)\s+){0,4}?for|"
        r"(?:taken|took|takes|taking)\s+(?:over|charge)(?:\s+(?:at|of))?)"
        # (not "who went to C as a player in 1990": his playing days)
        r"\s+(?:the\s+)?{CDESC}{C})(?!\s+as\s+(?:a\s+)?player)",
        0.75,
        club_side="tag",
    ),
    # "X had in turn followed Y, who left in the summer": Y went from the post X took
    R(
        "followed-who-left",
        "left",
        r"«P\d+»{HAVE}\s+(?:(?:in\s+turn|then|directly)\s+)?followed\s+" + _DESCRIBED + r"{P}\s*,\s+who\s+"
        r"(?:had\s+)?(?:\w+ly\s+)?(?:left|departed|walked\s+out)\b(?!\s+(?:for|to)\s+(?:the\s+)?«P)",
        0.7,
        club_side="topic",
    ),
    R(
        "followed-predecessor",
        "appointed",
        r"{P}{HAVE}\s+(?:(?:in\s+turn|then|directly)\s+)?followed\s+" + _DESCRIBED + r"«P\d+»\s*,\s+who\s+"
        r"(?:had\s+)?(?:\w+ly\s+)?(?:left|departed|walked\s+out|quit|resigned|stepped\s+down|"
        r"was\s+(?:sacked|dismissed|fired|released))\b",
        0.7,
        club_side="topic",
    ),
)
