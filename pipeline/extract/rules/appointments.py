"""Appointments: the appointed rules, posts named by title and promotions, appointments told in other
words, arrivals told instead of appointments.
"""

from __future__ import annotations

from pipeline.extract.lexicon import EXECUTIVE_TITLES, TEAM_NOUN
from pipeline.extract.rules.grammar import (
    _FOR_GAMES,
    AGE_APPOSITION,
    APPOINT_VERB,
    DEMONYM_DESC,
    DEMONYM_WORD,
    GAME_CHARGE,
    POSSESSOR_DESC,
    REPLACED_DESC,
    SQUAD_AS_POST,
    TO_EXTENSION,
    WEEKDAY,
)
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# "promoted in January / last summer / in 2023 from …": when, between the verb and its origin
_WHEN_BEFORE_FROM = r"(?:\s+(?:in|on|last|this|earlier\s+this)\s+[\w\-]+(?:\s+\d{4})?)?"
# what stands between "was replaced" and its "by": "replaced last year by", "replaced at C on Sunday by",
# "succeeded on an interim basis by", "replaced as manager by"
_BEFORE_BY = (
    r"(?:\s+\w+ly)?{TIME}(?:\s+(?:at|as\s+(?:[\w\-]+\s+){0,2}?(?:manager|coach|boss)\s+(?:of|at))\s+(?:the\s+)?«C\d+»)?"
    r"{TIME}(?:\s+as\s+(?:(?:head|first-team)\s+)?(?:coach|manager|boss))?"
    r"(?:\s+on\s+an?\s+(?:interim|temporary|caretaker|provisional|permanent)\s+basis)?{TIME}"
    # "was replaced on the bench by", "replaced at the helm by": the post he lost, told by its place
    # ("was replaced there by": the club named before)
    r"(?:\s+(?:on|in)\s+(?:the|their|its)\s+(?:bench|dugout|touchline|hot\s+seat)|\s+at\s+the\s+helm|\s+there)?{TIME}"
)
# "He returns to the club where he won the title after being promoted from the reserve side": the promotion
# told later in his own sentence, as the time of what he did
_PROMOTION_LATER = (
    r"(?!['’]s)(?:[^.;«]|«[CS]\d+»){0,120}?\b(?:after|before|when|since|on)\s+"
    r"(?:being|having\s+been|getting|(?:he|she)\s+(?:was|had\s+been))"
)
# the side he steps up from, told by its owner: "from the club's reserve team", "from their under-19s"
_SIDE_LEFT = r"(?:(?:the\s+)?{C}|(?:the\s+|the\s+(?:club|side)['’]s\s+|their\s+|its\s+)?{S})"
# … or by the post he held there: "steps up from his role as under-18s coach", "from his post in charge of
# the U21s" (a youth or reserve side's: "from his post as first-team coach" is an aide's title on the senior
# staff; read for the side he leaves only, the post he steps up to is told by the rest of the sentence)
_POST_LEFT = (
    r"(?:his|her|«P\d+»['’]s)\s+(?:(?:previous|former)\s+)?(?:role|post|position|job)\s+"
    r"(?:as|in\s+charge\s+of)\s+(?:the\s+)?{S}"
)
# "X was promoted from the U23s", "X, who stepped up in January from C's reserve team": the squad he leaves
# ("X, promoted from C's B team in March, has won five games": the participle set off after his name)
_PROMOTED_UP_FROM = (
    r"{P}(?:{APP}{WHO}{HAVE}|\s*,(?=\s+(?:promoted|stepped\s+up|moved\s+up)\b)|"
    + _PROMOTION_LATER
    + r")\s+(?:promoted|(?:stepped|steps|stepping|step)\s+up|(?:moved|moves|moving)\s+up)"
    + _WHEN_BEFORE_FROM
    + r"\s+from\s+"
)
_PROMOTED_FROM = _PROMOTED_UP_FROM + _SIDE_LEFT
_PROMOTED_FROM_POST = _PROMOTED_UP_FROM + _POST_LEFT

# "C promoted X from the under-20 side to …", "have promoted former full back X from their U19s": the squad
# he leaves, told after him in the active voice (his new post is read by the appointed rules)
# … to a coaching post ("to take charge of the first team", "to lead the team", "to the Under-19s", "to head
# coach", "as coach"): not a player's move up ("to the first team squad", "to train with the first team")
_TO_A_COACHING_POST = (
    r"(?=\s+(?:to\s+(?:take\s+(?:charge|over)|coach|manage|lead|become|be\s+|"
    r"(?:the\s+)?(?:(?:role|post|position)\s+of\s+)?(?:head\s+coach|manager|coach|boss|trainer)\b|"
    r"(?:the\s+)?«S\d+»(?!\s+(?:squad|players?)\b))|as\s+(?:[\w\-]+\s+){0,2}?(?:coach|manager|boss|trainer)\b))"
)
_PROMOTED_HIM_FROM = (
    r"\bpromot(?:ed|es|e|ing)\s+(?:[\w\-]+\s+){0,3}?{P}\s+from\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:«C\d+»['’]?s?\s+)?{S}" + _TO_A_COACHING_POST
)

# what the replaced man is called between the verb and his name: "replace compatriot X", "replaces interim
# coach X", "succeed the successful interim solution X" (lowercase words, none a preposition: "replaced in the
# dugout by X" is the other way round)
# "Sampaoli had relieved Lopetegui in October" (Spanish "relevó a"): took over from the man named right after
# ("relieved X of his duties" is a sacking)
_RELIEVED_MAN = r"reliev(?:es|ed|ing)(?=\s+(?:the\s+[A-Z]\w+\s+)?«P\d+»(?!['’])(?!\s+of\b))"


# "after Y was fired": a man inside a subordinate clause, whom an elliptic "and was named" skips
_SUBCLAUSE_PERSON = r"\b(?:after|when|since|before|once|while|until|as)\s+«P\d+»(?!['’])"
_NOT_IN_SUBCLAUSE = (
    r"{AT_TAG}(?<!\bafter\s)(?<!\bwhen\s)(?<!\bsince\s)(?<!\bbefore\s)"
    r"(?<!\bonce\s)(?<!\bwhile\s)(?<!\buntil\s)"
)


# "X has announced he is stepping down", "X confirmed that …", "X announced his retirement": X is the
# speaker announcing something, not the one announced.
_ACTIVE_ANNOUNCE = (
    r"(?:(?<!\bannounced)(?<!\bconfirmed)|"
    r"(?!\s+(?:that\b|«P\d+»|(?:his|her|their|its)\b)|(?:[^.;«]|«[CP]\d+»){0,80}?,\s+that\b|"
    # "who announced weeks ago / on Monday that he …": a time before the "that" of what he announced
    r"(?:\s+(?:[a-z]+|\d+)){1,3}\s+that\b|"
    # "who announced in October his retirement" ('his' tagged as the man it stands for): a time before the
    # thing he announced
    r"\s+(?:in|on|last|this|earlier\s+this)\s+(?:[a-z]+|\d+)\s+(?:(?:his|her|their|its)\b|«P\d+»['’]s\b)))"
)
# "…, manager X confirmed (on Friday).": the man speaking at the end of his own report, not one
# confirmed in a post (that needs "was confirmed" or "confirmed as …")
_SPEAKER_AT_END = (
    r"(?!(?<=»\s(?:confirmed|announced))(?:\s+(?:on\s+\w+|yesterday|today|tonight|last\s+\w+|this\s+\w+|"
    r"after\s+[^.;«]{0,40}|in\s+(?:a|an|his|her)\s+[^.;«]{0,40}))?\s*(?:[.;!?\"”]|,\s+(?:adding|saying|but|and)\b))"
)

# "X named 23 players / three uncapped players / five new faces for the qualifiers": his selection
_PICKED_PLAYERS = (
    r"(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:players|men|names|faces|newcomers|debutants|goalkeepers|defenders|midfielders|"
    r"forwards|strikers|uncapped)\b)"
)
# "was named captain", "named player of the month", "named in England's squad": a player's honour or
# selection, not a post
_PLAYERS_HONOUR = (
    r"(?!\s+(?:as\s+)?(?:(?:the|a|an|new|club|team|vice|their|his|its|«[CS]\d+»(?:['’]s)?)[\s-]+){0,3}"
    # (not "player-manager", "player-coach": a coach's post that keeps him on the pitch)
    r"(?:captain|skipper|player|footballer|young\s+player|man\s+of\s+the\s+match|MVP)\b(?!-))"
)
_NOT_AN_HONOUR = (
    _PLAYERS_HONOUR
    + r"(?!\s+in\s+(?:[^.;«]|«[CS]\d+»){0,40}?\b(?:squad|team\s+of\s+the|XI|line-?up|starting)\b)"
    # "was named coach of the season / manager of the month": an award, not a post
    r"(?!\s+(?:as\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:coach|manager|trainer)\s+of\s+the\s+"
    r"(?:year|season|month|decade|tournament|round)\b)"
    # "was appointed sporting director of C", "has been named club ambassador / head of delegation":
    # a board or club post, not a coaching one (unless "… and head coach" follows)
    r"(?!\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:new|club|club's|interim|acting|global|«[CS]\d+»(?:['’]s)?)\s+){0,2}"
    r"(?:" + EXECUTIVE_TITLES + r"|ambassador|head\s+of\s+(?:delegation|recruitment|scouting|"
    r"football\s+operations|communications|business))\b(?!\s+(?:coach|of\s+coaching))"
    r"(?![^.;]{0,40}\band\s+(?:the\s+)?(?:head\s+|first-team\s+)?(?:coach|manager)\b))"
    # "X named a 25-man squad / his starting XI": the coach picking players, not a man given a post
    r"(?!\s+(?:a|an|his|her|their|the|its)\s+(?:[\w\-]+\s+){0,3}?(?:squad|team|side|line-?up|XI|roster)\b"
    r"(?![’']|\s+(?:head\s+|assistant\s+)?(?:coach|manager|boss|trainer|tactician|director)))"
    + _PICKED_PLAYERS
)


# --- appointed ---------------------------------------------------------------------

# "has become", "has now become", "have officially become": a post taken, told as today's news
_HAS_BECOME = r"(?:has|have)\s+(?:now\s+|officially\s+|just\s+)?become"
APPOINTED: tuple[Rule, ...] = (
    R(
        "passive-appointed",
        "appointed",
        # "was on Monday named": the day may sit between the auxiliary and the participle
        r"{P}{APP}{WHO}{HAVE}(?:(?:(?<=\swas)|(?<=\shas)|(?<=\shad)|(?<=\sis))(?-i:{TIME}))?\s+"
        + APPOINT_VERB
        + _SPEAKER_AT_END
        # not "promoted (in January) from C's U23s": the promoted-from rules tell that
        + r"(?!\s+(?:in|to)\s+the\s+(?:squad|team))"
        + _NOT_AN_HONOUR
        + r"(?!"
        + _WHEN_BEFORE_FROM
        + r"\s+from\b)\b"
        + _ACTIVE_ANNOUNCE,
        0.9,
        club_side="after",
    ),
    R(
        "active-appointed",
        "appointed",
        # ("Names that circulate are those of A": the noun, a list of candidates)
        # ("As candidates are named A and B": translated, the passive's subject after it, candidates only)
        # ("Names in the frame include A and B": opening the sentence, the plural noun)
        # ("Among the candidates had also been named A and B": the passive's subject after it, candidates)
        r"\b(?:(?:re-?)?appoint(?:ed|s|ing)?|(?<!^)(?<!\bthe\s)(?<!\bother\s)(?<!\bare\s)(?<!\bwere\s)"
        r"(?<!\bcandidates\shad\salso\sbeen\s)(?<!\bcandidates\shad\sbeen\s)(?<!\bcandidates\shave\sbeen\s)"
        r"name[sd]?(?!\s+(?:like|such\s+as|including|that|which)\b)"
        + _PICKED_PLAYERS
        + r"|naming|hire[sd]?|hiring|"
        # translated: "the board designated (in interim form) to X"
        r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)(?<!is\s)designat(?:ed|es|ing)(?:\s+in\s+(?:interim|provisional)\s+(?:form|character|way)\s+to)?|unveil(?:ed|s)?|install(?:ed|"
        r"s)?|"
        # translated: "the federation officialized (this Friday) X as its new coach"
        r"officiali[sz](?:ed|es|ing)|"
        r"promote[sd]?|(?:confirm|announce)(?:ed|s)?\s+(?:the\s+)?(?:appointment|arrival|hiring)"
        r"\s+of|"
        r"the\s+appointment\s+of|the\s+hiring\s+of)\b(?:(?!\s(?:to|will|would|replacing|succeeding|after|before|following|when|while|as|"
        # "named head coach … in place of the sacked Y": Y is the man replaced; "have yet to name a
        # replacement for Y": so is Y
        r"in\s+place\s+of|instead\s+of|replacements?|successors?)"
        r"\s)[^«».,;:!?]|«[CS]\d+»"
        # "the appointment of Y's former assistant X": the aide named through his boss
        r"|«P\d+»['’]s?\s+(?:[\w-]+\s+)?(?:assistant|deputy|number\s+two|right-hand\s+man)\s+(?=«P))"
        # ("has named his staff", "will name his backroom team": his aides, not him)
        r"{0,50}?{P}(?!'s?\s+(?:\w+\s+)?(?:successor|replacement|assistant|number|staff|backroom))"
        # "names B as captain": the armband, a player's
        + _PLAYERS_HONOUR
        +
        # "has named his starting XI / squad": the coach picking players
        r"(?!'s?\s+(?:[\w\-]+\s+){0,3}?(?:squad|team|side|line-?up|XI|roster)\b(?![’']))",
        0.9,
        club_side="before",
    ),
    # "made official this Monday the signing of X as new trainer of the first team": a club's signing
    # of a man as its coach (translated news) is his appointment; a bare signing may be a player's
    R(
        "signing-as-coach",
        "appointed",
        # ("C have secured the services of X as manager": the same hiring, told of the club)
        r"\b(?:the\s+(?:signing|incorporation|hiring|contracting|appointment|arrival|return)|"
        r"(?:secured|secures|securing)\s+the\s+services)\s+of\s+{P}\s+as\s+(?:the\s+|their\s+|its\s+)?"
        # ("the arrival of X as the new technical director of the first team": translated Latin American
        # "director técnico", the coach, told so by the team he directs)
        r"(?:new\s+)?(?:«S\d+»\s+)?(?:{ROLE}|technical\s+director(?=\s+of\s+the\s+(?:(?:first\s+)?team\b|«S\d+»)))",
        0.85,
        club_side="near",
    ),
    # "C made official on Tuesday the arrival of X", "has formalised, this Friday, the arrival of X at the
    # head of its first team", "made official the new mister: it is X", "made official X as new coach"
    # (translated "oficializó la llegada de X"): the club's announcement of its new coach, no post named
    # (a man told by a player's title is not this: "the arrival of the striker X")
    R(
        "made-official-arrival",
        "appointed",
        r"\b(?:made\s+official|formali[sz](?:ed|es)|officiali[sz](?:ed|es))(?:\s*,?\s+(?:on|this)\s+\w+"
        r"(?:\s+\(\d+\))?,?)?\s+(?:the\s+(?:arrival|appointment|hiring|engagement|contracting)\s+of\s+"
        r"(?:the\s+)?(?:(?:coach|technician|trainer|tactician|manager|strategist)\s+)?|"
        # (not "the new coach of the Primavera: it is X", a youth side's)
        r"the\s+new\s+(?:coach|mister|technician|trainer|manager)\s*:\s+"
        r"it\s+is\s+|(?=«P\d+»\s+as\s+(?:the\s+)?new\s+(?:technical\s+director|{ROLE})))"
        r"{P}",
        0.8,
        club_side="before",
    ),
    R(
        "lands-at",
        "appointed",
        r"{P}{APP}\s+(?:lands|landed|lands\s+(?:the\s+)?(?:top\s+)?job\s+at|landed\s+(?:the\s+)?job\s+at)\s+(?:at\s+)?"
        r"(?:the\s+)?{C}(?!\s+(?:airport|in\b))",
        0.7,
        club_side="tag",
    ),
    R(
        "will-be-their",
        "appointed",
        r"{P}{APP}\s+(?:(?:will|shall|is\s+to|is\s+set\s+to|would)\s+(?:now\s+)?(?:be|become)|"
        + _HAS_BECOME
        + r"|"
        # ("has stepped up to become C manager", "moves up to become C's head coach")
        r"(?:(?:has|have)\s+)?(?:stepped|steps|moved|moves)\s+up\s+to\s+become)"
        # ("will be C manager", "has become C's new head coach")
        r"\s+(?:their|the|its|the\s+club's|{C}(?:'s?)?)\s+(?:new\s+)?(?:«S\d+»\s+)?"
        r"(?:(?:new|permanent|full-time|interim|caretaker|acting|temporary|first-team|head)\s+)"
        # (not "will be C manager Y's assistant": a title before another man's name)
        r"*(?:manager|head\s+coach|coach|boss|trainer|technician)\b(?!\s+«P\d+»)",
        0.85,
        club_side="near",
    ),
    # "X has become manager of C", "will become head coach at C": the post named before the club
    R(
        "become-title-of",
        "appointed",
        r"{P}{APP}\s+(?:(?:will|shall|is\s+to|would)\s+(?:now\s+)?become|"
        + _HAS_BECOME
        + r")\s+(?:the\s+)?(?:new\s+)?"
        r"(?:«S\d+»\s+)?(?:(?:permanent|full-time|interim|caretaker|head)\s+)*(?:manager|head\s+coach|coach|boss)\s+"
        r"(?:of|at)\s+(?:the\s+)?{C}",
        0.85,
        club_side="tag",
    ),
    # "Assistant X will serve as interim coach", "X will act as caretaker manager": the post he is given
    R(
        "will-serve-as",
        "appointed",
        r"{P}{APP}\s+(?:will|shall|is\s+to|is\s+set\s+to|would)\s+(?:now\s+)?(?:serve|act|stand\s+in|step\s+in)"
        r"\s+as\s+(?:the\s+)?(?:club's\s+|{C}'s?\s+)?(?:new\s+)?(?:«S\d+»\s+)?"
        r"(?:(?:interim|caretaker|acting|temporary|head|permanent)\s+)*(?:manager|head\s+coach|coach|boss|trainer)\b",
        0.85,
        club_side="near",
    ),
    # a participle opening: "Appointed on July 9, 2012 by C, X has won …", "Hired in 2021, X led …"
    R(
        "participle-appointed",
        "appointed",
        r"^\W*(?:Appointed|Hired|Installed)\s+(?:[^,.;]|,\s*\d{4})*?,\s*{P}(?!\s*(?:,|and)\s)",
        0.7,
        club_side="before",
    ),
    R(
        "and-was-appointed",
        "appointed",
        # the subject of the main clause, not a man inside its "after Y was fired": he is skipped
        _NOT_IN_SUBCLAUSE + r"{P}(?:[^.;«]|«[CS]\d+»|«P\d+»'s|" + _SUBCLAUSE_PERSON + r"){0,80}?\band\s+"
        r"(?:was|has\s+been|were|is)\s+(?:\w+ly\s+)?(?P<t>appointed|named|installed|hired|promoted)\b",
        0.85,
        club_side="after",
    ),
    R(
        "moved-to-take",
        "appointed",
        r"\b(?:moving|moved|went\s+on|going\s+on|left)\s+to\s+take\s+(?:up\s+|over\s+)?(?:the\s+)"
        r"?(?:position|post|job|role|reins|charge)\s+(?:at|of|with)\b",
        0.75,
        club_side="after",
    ),
    R(
        "takes-over",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:set|expected|poised|due|going|tipped|"
        r"likely|agreed)\s+to\s+)?(?:take[sn]?|"
        r"took|taking)\s+"
        r"(?:over|(?:joint\s+)?(?:temporary\s+|interim\s+|provisional\s+|caretaker\s+)?(?:joint\s+)?charge|the\s+reins|"
        r"the\s+helm)\b" + GAME_CHARGE,
        0.85,
        club_side="after",
    ),
    # a stand-in told by the games he took: "X took temporary charge for last weekend's game", "took
    # charge of the team for a handful of games", "took charge of last month's friendly as caretaker" (not
    # a head coach's "took charge of one final game before leaving": the words must tell a stand-in)
    R(
        "charge-for-games",
        "in_charge",
        r"{P}(?=[^.;!?]*\b(?:interim|caretaker|temporary|provisional|acting)\b){APP}{WHO}{HAVE}\s+"
        r"(?:took|taken|takes|take|taking)\s+"
        r"(?:(?:temporary|interim|provisional|caretaker)\s+)?charge" + _FOR_GAMES,
        0.7,
        role="caretaker",
        club_side="near",
    ),
    # translated: "X had assumed the Selection", "assumed the command of C", "assumes the bench"
    R(
        "assumed-post",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:assume[sd]?|assuming)\s+(?:the\s+)?(?:(?:(?:technical\s+)?command|bench|reins|"
        r"helm|post|position|role\s+of\s+(?:head\s+)?coach|" + TEAM_NOUN + r"(?!['’])|interim)\b|«C\d+»)",
        # "assumed the team in deputy form", "who assumes the interim" (French "assure l'intérim")
        0.8,
        club_side="after",
    ),
    # translated Spanish/Portuguese "asumirá como nuevo entrenador": "X will assume as new coach from next
    # season", "assumed as head coach in 2022" (not "assumed as captain": the title must be a coach's)
    R(
        "will-assume-as",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:will|to|would)\s+)?(?:assume[sd]?|assuming)\s+as\s+(?:the\s+)?(?:new\s+)?"
        r"(?:«S\d+»\s+)?(?:{ROLE}|supervisor)\b",
        0.8,
        club_side="near",
    ),
    # translated: "X was brought to the head of the team in deputy form" (Turkish "takımın başına getirildi"),
    # "was placed at the front of the team" (Spanish "al frente del equipo"): he is given the team
    R(
        "brought-to-head-of-team",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:\w+ly\s+)?(?:brought|placed|put|installed|appointed|named|promoted)\s+(?:to|at)\s+"
        r"the\s+(?:head|front)\s+of\s+(?:the\s+)?(?:(?:first|senior|professional)\s+)?(?:team|side|squad|«S\d+»)"
        # (not "at the head of the club": a president's post)
        r"(?!['’])",
        0.8,
        club_side="after_topic",
    ),
    # translated word order: "In his place arrives X", "in the place of Y comes X"
    R(
        "in-his-place-arrives",
        "appointed",
        r"\bin\s+(?:{HIS}|the)\s+place(?:\s+of\s+«P\d+»)?,?\s+(?:arrives|arrived|comes|came|steps\s+in|enters)\s+"
        r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?{P}",
        0.8,
        club_side="topic",
    ),
    # translated: "X, who arrived to the white bench in 2021", "arrived at the bench of C", "will return to
    # the bench of C": the coaching job
    R(
        "arrived-bench",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:arrived|arrives|came|returned|returns?)\s+(?:to|at|on)\s+the\s+(?:[a-z\-]+\s+)?bench\b"
        r"(?:\s+of\s+(?:the\s+)?{C})?",
        0.75,
        club_side="after_topic",
    ),
    R(
        "replaces",
        "appointed",
        # "X has signed a two-year deal and replaces Y", "X signs until 2029 and succeeds Y": a second verb of
        # the same subject
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:signed|signs|agreed|agrees|penned|pens|inked|inks|(?:named|appointed|confirmed|unveiled)\b)"
        r"[^«».;:!?]{0,50}?\band\s+)?(?:(?:set|expected|poised|due|tipped|likely)\s+)?"
        # "X had left Torino to replace Y": the post he left told on the way
        r"(?:(?:left|quit|departed)\s+(?:the\s+)?«C\d+»\s+(?=to\s))?"
        # ("the Argentine X": a capitalised demonym after "the" as before)
        # ("succeeds to X": the French "succède à" in translated reports)
        r"(?:to\s+)?(?:replace[sd]?|replacing|succeed(?:s|ed)?(?:\s+to(?=\s+«P))?|succeeding|"
        + _RELIEVED_MAN
        + r")\s+(?:the\s+\w+\s+|"
        # "succeeds his former boss Y", "replaced his mentor Y": Y, not "his" (the subject himself)
        + POSSESSOR_DESC
        + r"|"
        + REPLACED_DESC
        + r"){P2}(?!['’]s\b)",
        0.85,
        club_side="after_topic",
    ),
    R(
        "replaced-by",
        "appointed",
        # "was succeeded by his long-time assistant Y": Y, not "his" (the man replaced)
        # "X, sacked in November, and replaced exactly by Y": the participles of one subject
        # "was X, replaced in 2003 by Y", "X, who was succeeded by Y": the aside told of X
        r"{P2}{APP}(?:\s+and|\s*,(?:\s+who)?)?{HAVE}\s+(?:be\s+|been\s+)?(?:replaced|succeeded)"
        + _BEFORE_BY
        + r"\s+by\b"
        r"(?:\s+«P\d+»'s)?{GAP}{P_OWN}",
        0.85,
        club_side="topic",
    ),
    R(
        "will-direct",
        "appointed",
        # ("will conduct the team on an interim basis": the verb of copy translated from Spanish, Portuguese)
        r"{P}{APP}{WHO}\s+(?:will|shall|is\s+to|to)\s+(?:now\s+)?(?:direct|lead|conduct|oversee|manage|coach|"
        r"be\s+in\s+charge\s+of|be\s+taking)\b"
        r"(?=[^.]*\b(?:interim|caretaker|temporary|provisional|until)\b)",
        0.8,
        club_side="topic",
    ),
    R(
        "joins-staff",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:(?:set|expected|poised|due|going|likely)\s+to\s+)?(?:(?:either|also|"
        r"then)\s+)?(?:[^«».,]{0,40}?\bor\s+)?(?:join(?:s|ed|ing)?|link(?:s|ed)?\s+up\s+with)"
        r"\s+(?:«P\d+»'s\s+|the\s+|his\s+|her\s+)?"
        r"(?:(?:first-team|first\s+team|senior|new)\s+|«S\d+»\s+)?{STAFF}"
        # (the staff of a club named after it: joins-staff-of-club)
        r"(?!\s+(?:of|at)\s+(?:the\s+)?«C)",
        0.8,
        role="assistant_coach",
        club_side="topic",
        squad_in_match=True,
    ),
    # "X, the club's long-serving defender, will act as player-coach": a player taking a post on the staff
    R(
        "will-act-as-player-coach",
        "appointed",
        r"{P}{APP}\s+(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:also\s+)?(?:act|serve|double)\s+as\s+"
        r"(?:an?\s+|the\s+(?:club['’]s\s+)?)?player-coach\b",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    R(
        "will-be-assistant",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:again\s+)?(?:be|become|becomes|became|serve\s+as)\s+(?:again\s+)?(?:(?:his|her|«P\d+»['’]s?|"
        r"the\s+new|the|their)\s+(?:new\s+)?(?:assistant|number\s+two|no\.?\s*2|right-hand\s+man|"
        # ("will be his second": the aide's title in translated copy, not "his second spell")
        r"second(?=\s*[.,;]|\s+in\s+command\b))|"
        # "will be one of his assistants"
        r"one\s+of\s+(?:his|her|«P\d+»['’]s?|the|their)\s+(?:new\s+)?assistants)",
        0.8,
        role="assistant_coach",
        club_side="topic",
    ),
    R(
        "signed-deal",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:signed|agreed|penned)\s+an?\s+(?:\S+-year\s+|\S+\s+year\s+)?(?:deal|"
        r"contract)\s+(?:with|at)\s+{SHORT}{C}",
        0.75,
        club_side="after",
    ),
    # "Zamalek signed the Portuguese coach X", "Besiktas signed with the coach X until 2026" (translated
    # Arabic, Turkish and Greek club news): the club hires a man named by his coaching title
    R(
        "club-signed-coach",
        "appointed",
        r"{C}{HAVE}\s+(?:officially\s+)?(?:signed|contracted|hired)\s+(?:with\s+)?(?:the\s+)?(?:"
        + DEMONYM_WORD
        + r")?"
        r"(?:new\s+)?(?:head\s+)?(?:coach|manager|technician|trainer|strategist|tactician|technical\s+director)\s+"
        r"{P_OWN}(?!\s+to\s+" + TO_EXTENSION + ")",
        0.8,
        club_side="tag",
    ),
    # "X will sit on the bench of C from next season" (translated Italian "siederà sulla panchina"): his
    # coming post
    R(
        "will-sit-on-bench-of",
        "appointed",
        r"{P}{APP}{WHO}(?:\s+(?:and\s+)?(?:now|then|from\s+next\s+season))?\s+(?:he\s+|she\s+|«P\d+»\s+)?"
        r"(?:will|is\s+to|shall)\s+(?:now\s+)?(?:sit|be\s+sitting)\s+on\s+(?:the\s+)?bench\s+(?:of|at)\s+(?:the\s+)?{C}",
        0.8,
        club_side="tag",
    ),
    R(
        "announced-as",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:announced|confirmed|unveiled)\s+as\s+(?:the\s+new\s+)?{C}\s+{ROLE}",
        0.85,
        club_side="after",
    ),
    R(
        "made-permanent",
        "appointed",
        r"\b(?:on\s+a\s+permanent\s+(?:deal|basis|contract)|made\s+permanent|"
        # "was later handed the job permanently", "handed the role permanently", "appointed permanently"
        r"(?:(?:handed|given)\s+the\s+(?:\w+\s+)?(?:job|role|post|reins)|appointed|installed)\s+permanently|"
        # "first as interim …, and then permanently from 2018": the stand-in's spell turned permanent
        r"(?:and\s+)?then\s+permanently|"
        # "… and had the interim tag removed in October", "and the club removed the interim tag": said after
        # the stand-in's spell, of the sentence's subject (right after his name: interim-tag-removed)
        r"(?:had|saw)\s+the\s+(?:interim\s+|caretaker\s+)?(?:tag|label)\s+(?:removed|dropped|lifted)|"
        r"(?:removed|dropped|lifted)\s+the\s+(?:interim|caretaker)\s+(?:tag|label)|"
        r"permanent\s+(?:manager|"
        r"head\s+coach|boss|basis))",
        0.8,
        role="head_coach",
        club_side="topic",
    ),
    # "X took over as interim in June, won the Gold Cup and was confirmed in August", "entrusted the interim
    # to X, who was confirmed at the post in November": the stand-in confirmed as the coach (not "confirmed
    # as caretaker / until the end of the season", nor "confirmed that …": his stand-in spell or his words)
    R(
        "interim-then-confirmed",
        "appointed",
        r"\b(?:interim|caretaker|temporary|temporarily)\b[^.;:!?]{0,150}?(?:\band|,\s+who|\bbefore)\s+"
        r"(?:was\s+|being\s+)?(?:later\s+|then\s+|finally\s+)?(?P<t>confirmed)"
        r"(?=\s*[,.;]|\s+(?:in|on|at\s+the\s+(?:post|helm|end|start)|weeks|months|days|"
        r"(?:last|this|that|the\s+following)\s+(?:summer|winter|spring|autumn|month|year|season|week)|"
        r"as\s+(?:the\s+)?(?:permanent|new|full-time|head|manager|coach|boss)))",
        0.75,
        role="head_coach",
        club_side="topic",
    ),
    # "Arteta, appointed in December 2019, signed …", "Jones, prised away from Luton in November,"
    R(
        "aside-appointed",
        "appointed",
        r"{P},\s+(?:\w+ly\s+)?(?:appointed|hired|installed|brought\s+in|"
        r"(?:prised|prized|lured|poached|tempted)\s+(?:away\s+)?from\s+(?:the\s+)?{CDESC}«C\d+»)"
        r"(?!\s+(?:as\s+)?(?:captain|player))(?:\s+by\s+(?:the\s+)?{CDESC}{C})?(?=[^,;.«]{0,40},)",
        0.75,
        club_side="topic",
    ),
)


# --- posts named by title, promotions -------------------------------------------------------------
POSTS_AND_PROMOTIONS: tuple[Rule, ...] = (
    R(
        "person-the-new-club-role",
        "appointed",
        # "X, the new C manager, said", "X, C's new coach,": the appointment restated in an aside (the
        # in_charge readers of such asides leave "new" to these two rules)
        r"{P},\s+(?:the\s+)?(?P<new_first>(?:new|newly[- ]appointed)\s+)?{C}(?:['’]s?)?\s+"
        r"(?(new_first)|new\s+)(?:«S\d+»\s+)?(?:head\s+)?(?:manager|coach|boss)\b(?!\s+(?:«P\d+»|captain|referee))",
        0.75,
        club_side="tag",
    ),
    R(
        "person-the-new-role-of",
        "appointed",
        # "X, the new manager of C, said"
        r"{P},\s+(?:the\s+)?new\s+(?:head\s+)?(?:manager|coach|boss)\s+(?:of|at)\s+(?:the\s+)?{C}",
        0.75,
        club_side="tag",
    ),
    R(
        "person-the-club-role",
        "in_charge",
        # "X, the current C manager", "X, a former C coach", "X, the ex-C boss", "X, a two-time C boss" (his
        # spells there counted)
        r"{P},\s+(?:the\s+|an?\s+)?(?:(?:two|three|four|\d)-time\s+)?(?:current\s+|former\s+|one-time\s+|ex-\s*)?{C}(?:'s?)?\s+(?:«S\d+»\s+)?(?:head\s+)?"
        # not "A, former C coach B and D": a list whose next man the title goes with
        # ("X, a former Dundalk assistant, said …": the aide's spell there; "X, the club's permanent
        # assistant,": translated Portuguese "auxiliar permanente", the aide on the staff whoever the head
        # coach is)
        r"(?:manager|coach|boss|(?:permanent\s+)?(?:assistant(?:\s+(?:manager|coach))?|auxiliary))\b"
        r"(?!\s+(?:«P\d+»|captain|referee))",
        0.75,
        club_side="tag",
    ),
    R(
        "person-the-squad-role",
        "in_charge",
        # "X, the under-21 coach, took interim charge": his own post, told in a closed aside (the
        # squad's club is the one in view)
        r"{P},\s+(?:the\s+|an?\s+)?(?:current\s+|former\s+|ex-\s*)?{S}\s+(?:team\s+|side\s+)?(?:head\s+)?"
        r"(?:manager|coach|boss)(?=\s*(?:,|[.;]?\s*$))",
        0.7,
        club_side="tag",
    ),
    R(
        "promoted-from",
        "in_charge",
        _PROMOTED_FROM,
        0.7,
        club_side="tag",
    ),
    R(
        "promoted-from-post",
        "in_charge",
        _PROMOTED_FROM_POST,
        0.7,
        club_side="tag",
        youth_or_reserve_only=True,
    ),
    R(
        "promoted-from-left",
        "left",
        _PROMOTED_FROM,
        0.7,
        club_side="tag",
    ),
    R(
        "promoted-from-post-left",
        "left",
        _PROMOTED_FROM_POST,
        0.7,
        club_side="tag",
        youth_or_reserve_only=True,
    ),
    # "Academy coach X steps up to take charge of the first team", "stepped up to the senior side": the squad
    # he steps up to is his new post (the one he held is read from his title, see `_promotion_left`)
    R(
        "steps-up-to-squad",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:steps|stepped|stepping|step|moves|moved|moving|move)\s+up"
        r"(?:\s+(?:in|on|last|this)\s+[\w\-]+)?\s+to\s+(?:(?:take\s+(?:charge\s+of|over)|lead|coach|manage|run)\s+)?"
        r"(?:the\s+|«C\d+»['’]s?\s+)?{S}",
        0.75,
        club_side="tag",
    ),
    # "X takes the under-23s, while Y moves to the under-18s", "Z will take the U19": an academy reshuffle
    # handing each man a youth or reserve side, told by the bare verb (a senior side "taken" to a final or a
    # player "moved to" the first team is no post; "takes over" and "moves up" are read above)
    R(
        "takes-youth-side",
        "appointed",
        # (an age only between: an aside's squads are his past, "X, coach of the U19s, takes the U21")
        r"{P_OWN}" + AGE_APPOSITION + r"{HAVE}\s+(?:(?:is\s+(?:set|expected|due)\s+)?to\s+)?"
        r"(?:takes?|took|taking|(?:moves?|moved|moving|switch(?:es)?|switched)\s+(?:across\s+|down\s+)?to)\s+"
        r"(?:the\s+|its\s+|their\s+)?" + SQUAD_AS_POST,
        0.7,
        club_side="tag",
        squad_in_match=True,
        youth_or_reserve_only=True,
    ),
    R("promoted-him-from", "in_charge", _PROMOTED_HIM_FROM, 0.7, club_side="tag"),
    R("promoted-him-from-left", "left", _PROMOTED_HIM_FROM, 0.7, club_side="tag"),
    R(
        "promoted-from-appointed",
        "appointed",
        _PROMOTED_FROM
        # "promoted from the U19s to the U21s", "steps up from the Under-19s to replace Y", "… and will
        # lead the under-18s": the post is named there (or is Y's), not the senior side
        + r"(?![^.;]{0,40}\bto\s+(?:(?:the\s+)?«[CS]|replace\b|succeed\b|take\s+over\s+from\b))"
        + r"(?![^.;«]{0,20}\band\s+(?:will\s+)?(?:now\s+)?(?:lead|leads|coach|coaches|manage|manages|"
        r"take\s+charge\s+of|takes\s+charge\s+of|take\s+over|takes\s+over)\s+(?:the\s+|its\s+|their\s+)?«S)",
        0.75,
        club_side="tag",
    ),
    # "X had stepped up from the under-21s in 2020 to replace Y", "was promoted from the B team to succeed Y":
    # the step up fills Y's post (the squad Y left, see `postprocess._step_up_fills_the_post`)
    R(
        "stepped-up-to-replace",
        "appointed",
        _PROMOTED_FROM + r"(?=(?:[^.;«]|«[CS]\d+»){0,40}?\bto\s+(?:replace|succeed|take\s+over\s+from)\s+"
        r"(?:the\s+\w+\s+)?«P\d+»)",
        0.75,
        club_side="tag",
    ),
    # "X was promoted from the under-19s to the first team", "stepped up from C's B team to the under-23s in
    # 2019": the side he was promoted to is his new post (the one he left is read by promoted-from-left), at
    # the club he was promoted within (`rule_facts._squad_promoted_to` reads the squad named last)
    R(
        "promoted-from-to-squad",
        "appointed",
        r"{P}(?:{APP}{WHO}{HAVE}|"
        + _PROMOTION_LATER
        + r")\s+(?:promoted|(?:stepped|steps|stepping|step)\s+up|(?:moved|moves|moving)\s+up)"
        + _WHEN_BEFORE_FROM
        + r"\s+from\s+(?:the\s+)?(?:{C}(?:['’]s?)?(?:\s*«S\d+»)?|«S\d+»)"
        + _WHEN_BEFORE_FROM
        + r"\s+to\s+(?:the\s+|its\s+|their\s+)?{S}(?!\s+(?:squad|players?|training)\b)",
        0.75,
        club_side="tag",
    ),
    R(
        "confirm-as",
        "appointed",
        r"\b(?:confirm(?:s|ed)?|unveil(?:s|ed)?|announce[sd]?|name[sd]?|appoint(?:s|ed)?|install(?:s|ed)?|"
        # translated: "presented X as new trainer", "officialized X as new mister", "ratified X as DT"
        # ("the Executive Committee elected X as new head coach": a federation's body choosing him)
        r"present(?:s|ed)|officiali[sz](?:es|ed)|ratif(?:ies|ied)|elect(?:s|ed)|designat(?:es|ed))"
        # ("confirmed Argentine X as the new coach": his nationality before the name)
        # ("presented this Tuesday to X as …": translated Spanish, the day and the personal "a" before him;
        # "presented X on Thursday as …": the day after him)
        # ("has designated, this Tuesday, X as new selector": the day set off by commas, translated Spanish)
        r"(?:\s+(?:on|this)\s+"
        + WEEKDAY
        + r"|,\s+(?:on|this)\s+"
        + WEEKDAY
        + r",)?(?:\s+to(?=\s+«P))?\s+(?:"
        + DEMONYM_DESC
        + r")?{P}"
        r"(?:\s+on\s+" + WEEKDAY + r")?\s+as\s+"
        # ("confirmed X as their new under-18s coach": the squad's title)
        # ("as new selector of the national team": a national coach's title in translated copy)
        r"(?:their\s+|the\s+club['’]s\s+|the\s+|its\s+)?(?:new\s+)?(?:(?:«S\d+»\s+)?{ROLE}|selector\b|"
        # ("as technical director of the first team / of the senior national team": the coach's title in
        # Spanish-speaking football, where the team follows; alone it is an executive's)
        r"technical\s+director(?=\s+of\s+(?:the\s+(?:senior\s+|main\s+)?«S\d+»|«C\d+»))|"
        + SQUAD_AS_POST
        # ("confirmed X as the man to replace Y", "as the successor to Y", "as Y's replacement": the post
        # told by the man it passes from)
        + r"|(?:man|woman)\s+to\s+(?:replace|succeed)\b|(?:replacement|successor)\s+(?:for|to|of)\b|"
        r"«P\d+»['’]s?\s+(?:replacement|successor)\b)",
        0.9,
        club_side="before",
    ),
)


# --- appointments told in other words ---------------------------------------------------------


# "took a new post there": take charge of / take over (at) / become the manager of / join / coach / direct C,
# "take up the vacant position at C", "take the head coach job at C", "become assistant manager to Y at C",
# "become head coach for C"
_TO_NEW_POST = (
    r"to\s+(?:take\s+(?:over|charge)(?:\s+(?:at|of))?|"
    # ("take up the manager's job at C": the title's possessive before the post)
    r"take\s+(?:up\s+)?(?:the\s+|a\s+)?(?:[\w\-]+(?:['’]s)?\s+){0,3}?(?:job|post|position|role|reins)\s+(?:at|of|with)|"
    # ("become national coach of C": the title read as the national squad's, «S» alone)
    r"become\s+(?:the\s+)?(?:new\s+|first\s+)?(?:{ROLE}|«S\d+»)(?:\s+to\s+«P\d+»)?\s+(?:of|at|for|with)|"
    r"join|coach|manage|direct|lead|train)\s+(?:the\s+)?{CDESC}{C}"
)
APPOINTMENTS_IN_OTHER_WORDS: tuple[Rule, ...] = (
    # "X has left the Islanders with immediate effect to become the new manager of English League One
    # side C", "X leaves C1 to take charge of C2", "quit C2 weeks later to join C3": the new post (the
    # mover is the last man named before the verb)
    R(
        "left-club-to-post",
        "appointed",
        # (a time or his contract may stand between: "left last week at the end of his contract to take over";
        # "left to coach C", "left to manage C" right after the verb are left-to-coach's spell)
        # ("will leave at the end of the season to become manager of C": the move told ahead of its day)
        r"\b(?:resigned|left|leave|leaves|leaving|quit|quits|quitting|departed|departs)\b"
        r"(?:(?:[^«.;:!?]|«C\d+»|«P\d+»['’]s(?=\s+contract\b)){1,60}?|(?=\s+to\s+(?!coach\b|manage\b)))\s+"
        + _TO_NEW_POST,
        0.7,
        club_side="tag",
    ),
    # "C have a new head coach: X takes over", "has found the successor of Y: X", "made official the new
    # mister: it is X", "presented his successor: X, 41, …": the new man named after a colon that announces
    # him (not a list of names weighed: "the successor: X or Y?"; not "the new coach's words: X said")
    R(
        "new-man-after-colon",
        "appointed",
        r"\b(?:new\s+{ROLE}(?!['’])|successor|replacement)\b(?:[^«.:;!?]|«[CS]\d+»|«P\d+»['’]?s?){0,50}?:\s+"
        r"(?:(?:it\s+is|it['’]s|here\s+is)\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){0,2}?{P_OWN}"
        r"(?!\s*,\s*«P|\s*,?\s+or\b|\s+(?:said|says|told)\b)",
        0.8,
        role="head_coach",
        # (the club the story is about, whose post the announced man fills, not one his aside names; "the new
        # coach of the Primavera: it is X": the side named before the colon)
        club_side="topic",
        squad_in_match=True,
    ),
    # "C brought in X as head coach", "brought X in as their new manager", "brings X as co-trainer"
    R(
        "brought-in-as",
        "appointed",
        r"\b(?:brought|brings|bring|bringing|drafted|drafts|draft)\s+(?:in\s+)?{P}(?:\s+in)?\s+as\s+"
        r"(?:(?:the|their|its|his|her|a)\s+)?(?:new\s+)?{ROLE}",
        0.85,
        club_side="before",
    ),
    # "X's appointment was confirmed by C", "X's appointment as head coach was announced on Monday"
    R(
        "appointment-confirmed",
        "appointed",
        r"{P}'s\s+appointment(?:\s+as\s+(?:the\s+)?(?:new\s+)?{ROLE}(?:\s+(?:of|at)\s+(?:the\s+)?«C\d+»)?)?\s+"
        r"(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+ly\s+)?(?:confirmed|announced|made\s+official|ratified)\b",
        0.85,
        club_side="near",
    ),
    # "assistants A and B agreed to new long-term contracts", "X agreed a new two-year deal"
    R(
        "agreed-new-contract",
        "extended",
        r"{P}{APP}{HAVE}\s+agreed\s+(?:to\s+)?(?:an?\s+)?(?:new|improved|fresh)\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:contracts?|deals?)\b(?:\s+(?:with|at)\s+(?:the\s+)?{C})?",  # "a new deal at Portman Road"
        0.8,
        club_side="topic",
    ),
)


# --- arrivals told instead of appointments ------------------------------------------------------


RULE_KEYS.update({"brought-back-to-steer": ("brought back", "brought in", "recalled", "called back")})
ARRIVALS_AS_APPOINTMENTS: tuple[Rule, ...] = (
    # "X was brought back to steer C to safety", "was brought in to save C", "recalled to lead C": a
    # coach hired for a task at C
    R(
        "brought-back-to-steer",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:(?:brought|called)\s+(?:back|in)|recalled)\s+to\s+"
        r"(?:steer|lead|guide|save|rescue|coach|manage|take\s+(?:charge\s+of|over(?:\s+at)?))\s+(?:the\s+)?{C}",
        0.8,
        club_side="tag",
    ),
)
