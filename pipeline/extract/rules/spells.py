"""Spells in charge: the in_charge rules, career spells (a coach's CV, his lists of clubs), spells told
by deeds, length, trophies or a possessive, former roles, posts under a boss, a record told in a
season report, earlier spells and past posts told in passing, a squad named as its coach's, 'his
last job'.
"""

from __future__ import annotations

from pipeline.extract.lexicon import CLUB_NOUN, EXECUTIVE_TITLES, TEAM_NOUN, TRANSLATED_COACH_TITLE
from pipeline.extract.rules.grammar import (
    _CAPITALISED,
    _COACHING_CAREER,
    AIDE_COPULA,
    AIDE_NOUN,
    AS_A_PLAYER,
    AS_A_YOUNGSTER,
    AT_SENIOR_CLUB,
    BACKROOM_TITLE,
    CLUB_DESC,
    LED_FOR_NOW,
    NO_CLUB_NEXT,
    NOT_AN_OBJECT,
    NOT_AS_NON_COACH,
    STAFF_ROLE,
    STAND_IN_CHARGE,
    STAND_IN_NAMED_AS,
    STAND_IN_TITLE,
)
from pipeline.extract.rules.keys import RULE_KEYS, SPELL_KEYS
from pipeline.extract.rules.rule import R, Rule

# a word before the club he goes to: a descriptor ("Saudi strugglers C"), an owner ("Major League Soccer's
# C", "Mexico's C": its league or country) or the boss whose staff he joins there ("to join Y's staff at C")
_OWNED_BY = r"(?:(?:[\w\-]+|«[CP]\d+»['’]s?)\s+|[\w\-]+['’]s\s+)"
# "in interim", "in interim form", "on an interim basis": a stand-in's charge, told as a manner (translated
# Spanish/Portuguese "en forma interina", "interinamente")
_INTERIM_WAY = (
    r"(?:in\s+(?:an?\s+)?(?:interim|provisional|deputy)(?:\s+(?:form|way|capacity|character))?|"
    r"on\s+an?\s+(?:interim|temporary|provisional|caretaker)\s+basis|interim(?:ly)?)"
)
# "had steadied the side", "steadied the ship": what a stand-in did with the team
_STEADIED = (
    r"{HAVE}\s+(?:(?:\w+ly|also)\s+)?(?:steadied|steered|stabili[sz]ed|calmed)\s+"
    r"(?:the\s+)?(?:team|side|squad|ship)\b"
)
# the time a passive spell is told with, between the participle and "by": "coached in the meantime by X", "led
# since the summer by X", "guided for now by X"
_SPELL_TIME = r"(?:in\s+the\s+meantime|for\s+now|meanwhile|since\s+(?:then|(?:the\s+)?[\w\-]+))\s+"
# a coach's participle in the passive up to "by": "coached by", "guided formally by", "directed on an interim
# basis by", "led since the summer by" (not bare "led by": a captain leads a side in a match report; "led on
# an interim basis by" is the stand-in rules')
_GUIDED_WHEN = (
    r"(?:(?:guided|coached|managed|directed|commanded|conducted)\s+(?:\w+ly\s+|"
    + _INTERIM_WAY
    + r"\s+|"
    + _SPELL_TIME
    + r")?|led\s+"
    + _SPELL_TIME
    + r")"
)
# "had short periods at A and B", "had passages at A" (translated Italian "passaggi"), "had experiences with
# A and B" (Italian "esperienze"; the plural only: "has experience with young players" is no spell): a
# spell's other words
_PASSAGE_PREPS = r"(?:by|for|through)"
# (only before "at" or "with": "a period of" is any length of time); "a brief period with C", "a short
# engagement with C" too
# ("has passages by A and B", "passages for A": translated "passagens por", a spell at each club)
# ("had coaching roles with A's women and B": posts on a club's staff, each a spell there; not "linked with
# coaching roles in MLS", a place)
_SPELL_SYNONYMS = (
    r"(?:(?:periods?|passages?|engagements?|experiences|(?:coaching|managerial)\s+(?:roles?|posts?|jobs?))"
    r"(?=\s+(?:at|with|on\s+the\s+bench\s+of)\s)|passages?(?=\s+" + _PASSAGE_PREPS + r"\s))"
)
# "had spells in Denmark with A and B", "a stint in the Netherlands at C": the country or region of the
# spells, told between the noun and the club
_SPELL_PLACE = r"(?:in\s+(?:the\s+)?(?:«C\d+»|" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")?)\s+)?"
# the club after a spell synonym: "a spell at A", "passages by A"; "a short spell on the bench of A"
# (translated copy: the bench of a club is its coach's post; a substitute sits on the bench "at" a club)
_SPELL_AT = (
    r"(?:at|with|of|on\s+the\s+bench\s+of|(?:(?<=passage\s)|(?<=passages\s))" + _PASSAGE_PREPS + r")\s+"
)
# the words between a man and the spells his clause ends on: clubs, and a possessor's name or 'his' ("X has
# been Y's assistant since 2018, after a spell in charge of C", "X spent his playing days at A, after …")
_TO_CLAUSE_SPELLS = r"(?:[^«.;:!?]|«[CS]\d+»|«P\d+»['’]s\s){0,120}?"
# a spell's two years: "between 2014 and 2015", "from 2011 until 2020", "from 2017 to 2018"
_BETWEEN_YEARS = (
    r"(?:between\s+(?:\w+\s+)?(?:19|20)\d\d\s+and|from\s+(?:\w+\s+)?(?:19|20)\d\d\s+(?:to|until|till))"
    r"\s+(?:\w+\s+)?(?:19|20)\d\d\b"
)


# the time a man spent at a club: "two seasons", "almost three years", "the last two seasons" (not "his entire
# playing career": a player's)
_TIME_SPENT = (
    r"(?:(?:almost|nearly|more\s+than|over|just\s+over|around|about|close\s+to)\s+)?"
    r"(?:(?:the|his|her)\s+(?:last|past|first|final|next)\s+)?"
    r"\w+\s+(?:and\s+a\s+half\s+)?(?:years?|seasons?)\s+"
)


# the title a spell was held as: "caretaker manager", "head coach", "boss"
_SPELL_TITLE = r"(?:(?:head|caretaker|interim|acting)\s+)?(?:coach|manager|boss)\b"
# "under the guidance of X": a coach's stewardship, told like "under X"
_GUIDANCE_OF = (
    r"(?:(?:the|his|her)\s+)?"
    r"(?:(?:guidance|stewardship|tutelage|leadership|management|direction|command)\s+of\s+)?"
    # ("Under the 33-year-old X, C reached …": the man told by his age)
    r"(?:(?:the\s+)?\d+-year-old\s+)?"
)
# "X took charge of / managed A (in 2018) and (then) …": the first spell of a coach who then moved on
# "saved C from relegation / the descent": what a coach does for a club, told as a spell (a player's
# goals do it too: like "led", kept only for a man the article shows coaching)
_SAVED_FROM_DROP = (
    r"(?:saved|rescued)(?=\s+(?:the\s+)?«C\d+»(?:\s+of\s+[A-Z][\w-]+)?\s+from\s+(?:the\s+)?"
    r"(?:relegation|descent|drop)\b)"
)
# ", the club's academy director,", ", head groundsman,": the title beside a man is no coaching one
_NO_COACHING_TITLE = (
    r"(?!,\s+(?:the\s+)?(?:(?:club['’]s|«C\d+»['’]?s?)\s+)?(?:(?:[\w\-]+|«S\d+»)\s+){0,2}?(?:"
    + EXECUTIVE_TITLES
    + r"|groundsman|kit\s+man|analyst|ambassador)\b)"
)

# "… since 2013 as player and coach", "… since 2010, first as a player": years that began on the pitch
_NOT_AS_PLAYER = (
    r"(?![^.;«]{0,40}?\bas\s+(?:an?\s+)?(?:player|captain|midfielder|defender|striker|goalkeeper)\b)"
)

# "has managed in Germany with Mainz and Freiburg", "had worked in Mexico with A", "worked in the Indian Super
# League with A", "who coached in the Damallsvenskan with C", "coached in Portugal, at A and B": the country
# or the league first, then the clubs
_IN_PLACE_WITH = (
    r"(?:managed|coached|worked|trained)\s+in\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}(?:[A-Z][\w-]*|«C\d+»)"
    r",?\s+(?:with|at)(?=\s+(?:the\s+)?«[CS])"
)


# "started out at A", "and started out with B": a coach's first post (a player's career starts so too: the
# spell is kept only for a man shown coaching, see `career_lists._LED_AT_END`)
_STARTED_OUT_AT = r"start(?:ed|ing)\s+out\s+(?:at|with)(?=\s+(?:the\s+)?«[CS])"


# "was last at A", "and was most recently with B", "was most recently at the helm of C": his latest post,
# told by its place
_LATEST_POST_AT = (
    r"was\s+(?:last|most\s+recently)\s+(?:at|with|at\s+the\s+(?:helm|head)\s+of)"
    r"(?=\s+(?:the\s+)?«C\d+»(?!['’]))"
)


# "was active for A and B", "has been active at C": translated German copy ("war für A tätig"), a post held
# (a player's too: the spell is kept only for a man shown coaching, see `career_lists._LED_AT_END`)
_ACTIVE_FOR = r"active\s+(?:for|at|with)(?=\s+(?:the\s+)?«C\d+»(?!['’]))"


# when a spell ended, told before its place in translated copy: "until June", "until last season", "until
# 2023", "until now", "until the end of last season" ("fino a giugno", "hasta la temporada pasada")
_UNTIL_WHEN = (
    r"(?:until|till)\s+(?:now|recently|(?:last|this)\s+(?:season|summer|year|month)|"
    r"the\s+(?:summer|end\s+of\s+(?:the\s+|last\s+)?season)|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s+"
)


# the clubs after a career verb's translated "before" ("coached before A, B and C"): a list, or one club whose
# clause closes or an aside follows ("coached before C, which he took up"), not "coached before C came
# calling", a time clause
_BEFORE_CLUBS = (
    r"(?=\s+(?:the\s+)?«C\d+»(?:,?\s+(?:and\s+)?(?:the\s+)?«C|"
    r"\s*[,.;:(]|\s*$|\s+(?:in|from|between|until|for)\s))"
)


# --- in charge -------------------------------------------------------------------------
# " the Coelacanths", " the Promise Keepers": a side by its nickname (not an office, "the Federation", nor
# an age group, "the Under-21s", which is a squad of its own)
_SIDE_NICKNAME = (
    r"(?:\s+(?!(?:Federation|Association|Board|League|Club|Under|U\d)\b)" + _CAPITALISED + r"){1,2}"
)


IN_CHARGE: tuple[Rule, ...] = (
    R(
        "possessive-side",
        "in_charge",
        # not "his new team-mates" (a player's)
        r"{P}'s?\s+(?:(?:[a-z\-]+\s+){0,2})?(?:«S\d+»\s+)?(?:side|team|squad|men|charges|"
        r"coaching\s+staff|backroom\s+staff|"
        r"training\s+sessions?|tactics)\b(?!-)",
        0.7,
        role="head_coach",
        club_side="possessive",
    ),
    # Romance word order for "X's side" in translated match copy: "the team of X won the final", "the side
    # of coach X" ("el equipo de X", "la squadra di X"), at the club in view unless the sentence names it as
    # the other side (`rule_facts._team_of_plays_club_in_view`); not "the team of X and Y" (players named in a
    # list), nor "at / by the side of X" (beside him)
    R(
        "team-of-person",
        "in_charge",
        r"(?<!\bat\s)(?<!\bby\s)\bthe\s+(?:(?:first|senior)\s+)?(?:team|side|squad|eleven)\s+of\s+"
        r"(?:(?:coach|manager|head\s+coach|technician|trainer|mister)\s+)?{P_OWN}(?!\s*(?:,|and)\s+«P)",
        0.6,
        role="head_coach",
        club_side="topic",
    ),
    # "Fenerbahçe, the new technical director X with a 2-year contract signed" (translated Turkish)
    R(
        "club-the-new-role",
        "appointed",
        r"{C},\s+(?:the|their|its)\s+new\s+(?:head\s+coach|coach|manager|boss|trainer|technician|"
        r"technical\s+director)\s+{P_OWN}",
        0.75,
        club_side="tag",
    ),
    R(
        "club-role-person",
        "in_charge",
        r"(?:{C}|{S})(?:'s?)?(?:\s+«[CS]\d+»(?:'s?)?)?(?:(?:\s+|-)" + TEAM_NOUN + r")?\s+{ROLE}(?:,"
        r")?\s+{P}",
        0.75,
        club_side="tag",
    ),
    # "national coach X welcomed the call-ups", "Austria national coach X watched the game", "work closely
    # with national coach X": a squad phrase that is itself the title ("national coach" is tagged a squad),
    # the man right after it holds that post (a possessive after him, "national coach X's staff", is left to
    # the rules of possessives)
    R(
        "squad-title-person",
        "in_charge",
        # (not "the U18 national coach X": the age group's post, told by its own tag before)
        r"(?<![\w«-])(?<!»\s)(?:{C}(?:'s?)?\s+)?{S}\s+{P}(?!['’])",
        0.65,
        role="head_coach",
        club_side="tag",
    ),
    R(
        "role-person",
        "in_charge",
        # (not the bare "coach" of "«C» head coach X", which names C's post, not the story club's)
        # ("men's manager X": the men's side's coach, beside a women's story)
        r"(?<![\w-])(?<!»\s)(?<!(?<!\bmen)'s\s)(?<!second\s)(?<!whose\s)(?<!whose\shead\s)(?<!whose\sassistant\s)"
        r"(?<!»\shead\s)(?<!»\sassistant\s)(?:(?:current|incumbent|outgoing|then|former|ex-|previous|"
        r"interim|caretaker|acting|temporary)\s+)*(?:(?:their|its|the\s+club's|the)\s+)?(?:{S}\s+)?(?:team\s+)?"
        # ("assistant head coach X": an aide's whole title, not the head coach's read inside it)
        r"(?:assistant\s+(?:head\s+)?(?:coach|manager)|goalkeeping\s+coach|goalkeeper\s+coach|fitness\s+coach|"
        # the translated titles: "goalkeeper trainer X", "co-trainer X" ("Torwarttrainer", "Co-Trainer"),
        # "selector X" (the national coach: Portuguese "selecionador", Polish "selekcjoner")
        # ("keeper trainer X", "keeper coach X": the Dutch "keeperstrainer", the goalkeeping coach)
        r"(?:assistant|goalkeeping|goalkeeper|goalkeepers|keeper|fitness|physical|athletic)\s+trainer|co-trainer|selector|"
        r"keeper\s+coach|"
        # ("physical coach X", "athletic performance coach X": the fitness coach's title, not a bare "coach")
        r"(?:athletic\s+)?performance\s+coach|physical\s+coach|"
        # the bare "Assistant X" opening the sentence, "the assistant X" (translated "l'assistant X"): an
        # aide's title on its own; not "his (former) assistant X", "Y's assistant X" (his boss's aide, whom
        # bosss-aide-named reads and places), nor "including assistant X" (staff brought), nor "parted
        # company with assistant X" (his exit)
        r"(?:(?<=^)|(?<=^\s)|(?<=\bthe\s))assistant|"
        # ("assistant coach, «P» as goalkeeping coach": the title ends the item before, not his)
        r"set[- ]piece\s+coach|head\s+coach|manager|boss|coach)(?:,(?=\s+«P\d+»(?!\s+as\b)))?\s+{P}",
        0.65,
        club_side="tag",
    ),
    R(
        "person-the-role-of",
        "in_charge",
        # "X, the Norwegian trainer of Standard": a nationality before the title
        # "X, now manager of C", "X, today coach of C" (translated "oggi allenatore del C"): the post he holds
        # ("X, the new manager of C" is person-the-new-club-role's appointment)
        # ("X, a former assistant coach of C", "X, former assistant of the C selection": an aide's past post)
        r"{P},\s+(?!(?:the\s+)?new\s)(?:(?:actually|currently|still|now|today)\s+)?(?:the\s+|(?=an?\s+former\s)an?\s+)?"
        r"(?:current\s+|former\s+|then\s+)?"
        r"(?:«[CS]\d+»(?:'s?)?\s+)?"
        r"(?:(?<=the\s)(?-i:[A-Z][a-z]+)\s+)?(?:{ROLE}|(?<=former\s)assistant(?=\s+of\b))\s+(?:"
        r"of"
        # "X, coach of the club's under-19 team, …": the club the sentence names ("X, the coach of their B
        # team": a side the club in view owns, told by "their" or "its")
        r"|at|for)\s+(?:the\s+|(?:their|its)\s+(?=«S))?(?:" + CLUB_NOUN + r"['’]s\s+)?(?:{C}|{S})",
        0.75,
        club_side="tag",
    ),
    R(
        "was-role",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:is|was|has\s+been|had\s+been|served\s+as|worked\s+as|remains|became|"
        # ("who is also head coach of the under-23s": a second post he holds beside the one in the news)
        # ("is a former C manager", "is the former coach of C": a past post told in the present; "a" only
        # before the club: "is a coach" alone names no post)
        r"been)\s+(?:(?:still|also)\s+)?(?:the\s+|an?\s+(?=(?:former\s+|ex-)«C))?(?:former\s+|ex-)?"
        r"(?:{C}'?s?\s+(?:(?:former|previous|one-time)\s+)?)?(?:«S\d+»\s+)?"
        # ("was head coach assistant of Y": an aide's translated title)
        r"(?:assistant\s+(?:coach|manager)|head\s+coach(?!\s+assistant)|manager|coach|boss|goalkeeping\s+coach|"
        # "who was manager X's first signing", "who was the coach's captain": a title owning or naming
        # someone else is not his post
        # ("was the DT of C", "was selector of C": translated copy's titles, heading the post they name)
        r"fitness\s+coach|"
        + TRANSLATED_COACH_TITLE
        + r"(?=\s+of\s))\b(?!\s+(?:of|for)\s+(?:next|the\s+next))"
        r"(?!['’]s\b|\s+«P)",
        0.7,
        club_side="near",
        needs_club=False,
    ),
    # "was head coach of Spanish clubs A and B", "Earlier he was trainer at A and at B": the post at each
    # club listed (was-role reads one club near the title)
    R(
        "was-role-at-list",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:(?:also|previously|earlier|before|once|formerly)\s+)?(?:was|has\s+been|had\s+been|"
        r"served\s+as|worked\s+as)\s+(?:(?:also|previously|earlier|before|once|formerly)\s+)?"
        # ("was before coach for the Sweden U21 team": translated "för", "für")
        # ("was DT of A and of B", "was selector of S and trainer of C": translated copy's titles, never with
        # "a": English "was a selector of C" sat on a selection panel)
        r"(?:(?:an?\s+|the\s+)?(?:head\s+coach|coach|manager|trainer)|(?:the\s+)?"
        + TRANSLATED_COACH_TITLE
        + r")"
        r"\s+(?:at|of|with|for)\s+"
        r"(?!(?:next|the\s+next)\b)",
        0.7,
        club_side="list",
        needs_club=True,
    ),
    R(
        "in-the-role",
        "in_charge",
        # "X will be in the dugout for Saturday's game": one match ahead, not a spell in charge
        r"{P}{APP}{HAVE}\s+(?:been\s+)?in\s+the\s+(?:role|job|post|hot\s+seat|(?<!\bwill\sbe\sin\sthe\s)dugout)\b",
        0.7,
        club_side="topic",
    ),
    R(
        "in-charge-of",
        "in_charge",
        # ("has twice been in charge of C": two spells, see `_counted_spells`; "Head groundsman X has been
        # in charge at C's ground": no coaching post; "had been in charge in Ostrava": the club told by
        # its town)
        r"{AT_TAG}(?<!groundsman\s)(?<!director\s)(?<!kit\sman\s){P}"
        + _NO_COACHING_TITLE
        + r"{APP}{WHO},?{HAVE}(?:\s+(?:twice|thrice){HAVE})?\s+"
        # ("was most recently in charge of C", "had last been in charge of C": his latest post)
        r"(?:(?:remain(?:ed|s)?\s+|been\s+|was\s+)?(?:(?:most\s+recently|last)\s+)?"
        r"in\s+(?:interim\s+|caretaker\s+|temporary\s+)?charge\s+"
        r"(?:of|at|in(?=\s+«C))|"
        # "had been at the helm of C since 2022", "X, at the head of the Lions since 2019,": the same post by
        # its place, with its verb or as an aside ("the arrival of X at the head of C" is the arrival)
        r"(?:(?:remain(?:ed|s)?|been|was)\s+|(?<=,\s))at\s+the\s+(?:helm|head)\s+(?:of|at))\b",
        0.75,
        club_side="after",
        needs_club=True,
    ),
    R(
        "managed-list",
        "in_charge",
        # "had before led A": the translated adverb before the verb
        r"{P}{APP}{HAVE}\s+(?:previously\s+|also\s+|last\s+|once\s+|formerly\s+|earlier\s+|most\s+recently\s+|in\s+the\s+past\s+|"
        r"before\s+(?=\w+\s+(?:the\s+)?(?:[A-Z]\w+\s+|selections?\s+of\s+)?«C))?(?:" + _IN_PLACE_WITH + r"|"
        # "previously coached in the C academy": a side of a club (not "coached in Spain", a place)
        r"(?:coached|managed)\s+in(?=\s+(?:the\s+)?«C\d+»(?:['’]s?)?\s+«S\d+»)|"
        # "has coached in Bosnia, most recently with A": his latest post, the countries before it only places
        r"(?:coached|managed|worked)\s+in\s+(?:[^«.;,]|«C\d+»){1,40},\s+most\s+recently\s+(?:with|at)(?=\s+(?:the\s+)?«C)|"
        # "has managed more than 500 games, with A, B and C": the games counted, then the clubs
        r"(?:managed|coached)\s+(?:(?:more\s+than|over|almost|nearly|some)\s+)?\d[\d,]*\s+(?:games|matches)"
        r"\s*,?\s+(?:with|at|for)(?=\s+(?:the\s+)?«C)|"
        # ("had coached before A, B and C": the translated adverb after the verb, before a list of clubs;
        # "coached before C, which he took up": one club, its clause closed or an aside after it, not
        # "coached before C came calling", a time clause)
        r"(?:managed|coached|directed|commanded)(?:\s+before" + _BEFORE_CLUBS + r")?|"
        # ("led before A, B and C": the same after "led" or "guided", whose bare form is read below)
        r"(?:led|guided)\s+before" + _BEFORE_CLUBS + r"|"
        # translated "orientou" (Portuguese), "menangani" (Indonesian): "orientated Real SC", "handled C in
        # the Eredivisie", "orientated the under-23 of C" — a club or side right after, never "handled the
        # pressure"
        r"(?:orientated|oriented|handled)(?:\s+(?:also|before))?(?=\s+(?:the\s+)?«[CS]\d+»)|"
        # translated "condujo", "ha condotto": "conducted Tokushima for two seasons", never "conducted talks"
        r"conducted(?=\s+(?:the\s+)?«[CS])|"
        # translated "passou pelo", "pasó por": "passed by A, B and C", "passed by the B team of C" (a club or
        # side right after, never "passed by the board", "passed by a vote")
        r"passed\s+by(?=\s+(?:the\s+)?«[CS]\d+»(?!['’]))|"
        # "headed the main national team of Ukraine", "headed the U-17 team": a side headed (not "headed
        # C's winner", a player's goal, nor "headed to C", a move)
        r"headed(?=\s+(?:the\s+)?(?:main\s+|senior\s+)?«[CS]\d+»(?!['’]))|"
        # translated careers: "had trained the Lazio", "trained previously A", "had worked at Hannover 96"
        # ("trained the U19 of Malmö": a side of the club, translated "allenava la Primavera dell'Inter")
        # ("trained also A and B", "trained before that the U19 of C", "worked also at C": the adverb after
        # the verb, as translated copy keeps it: "allenò anche", "trabajó también en")
        r"trained(?:\s+(?:also|before\s+that))?(?=,?\s+(?:among\s+(?:the\s+)?others,?\s+|previously\s+)?"
        r"(?:the\s+)?«[CS])|"
        # ("trained before A from 2019 to 2021 and B": translated "allenò prima", the adverb before the clubs)
        r"trained\s+before(?=\s+(?:the\s+)?«C\d+»(?!['’]))|"
        + _LATEST_POST_AT
        + r"|"
        + _STARTED_OUT_AT
        + r"|"
        + _ACTIVE_FOR
        + r"|"
        r"worked\s+(?:also\s+)?(?:at|for|in)(?=\s+(?:the\s+)?«C)|"
        r"led|guided|took\s+charge\s+of|" + _SAVED_FROM_DROP + r"|"
        # "sat five seasons on the bench of A", "sat on the benches of A and B": translated, a coach's seat
        r"(?:sat|sits|sitting)\s+(?:(?:[\w-]+\s+){1,2}(?:seasons|years|months)\s+)?on\s+the\s+benche?s?\s+(?:of|at)|"
        # "went on to coach German club C": the next post of a career told in order ("went on to lead C to
        # the title" is as often a player's)
        r"(?:went|go(?:es)?|going)\s+on\s+to\s+(?:coach|manage|take\s+charge\s+of)|"
        # "had worked with A": a club right after (not "worked with Y", a person)
        r"worked\s+with(?=\s+(?:the\s+)?«C)|"
        r"(?:began|started)\s+(?:coaching|managing)\s+(?:at|with)|"
        # "began his managerial career in England with A, B and C": the first posts of a coach
        r"(?:began|started|launched)\s+{HIS}\s+(?:senior\s+)?(?:managerial|coaching|head\s+coaching)\s+career"
        r"(?:\s+in\s+[A-Z][\w-]+)?\s+(?:with|at))\b",
        0.75,
        club_side="list",
        needs_club=True,
    ),
    # "Assistant X coached the final six games on an interim basis", "X led the side for the last three
    # matches of the season": a stand-in's spell told by the games he took (the club in view)
    R(
        "coached-final-games",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:coached|led|managed|oversaw|took\s+charge\s+(?:of|for))\s+"
        r"(?:the\s+" + CLUB_NOUN + r"\s+(?:for|in)\s+)?the\s+(?:final|last|remaining)\s+"
        r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:games|matches|fixtures)\b",
        0.7,
        club_side="topic",
    ),
    R(
        "who-coached",
        "in_charge",
        # ("who first coached C from 2009 to 2013": the earlier spell of a man back at C)
        r"\b(?:who|and|having|whom\s+«P\d+»)\s+(?:(?:has|had|have|previously|once|formerly|also|briefly|"
        # ("who before Parma had coached A and B": the club he left for this post told first)
        r"already|first|originally|most\s+recently|since|later|then|subsequently|before(?:\s+that|\s+«C\d+»)?|earlier|"
        r"twice|thrice|"
        # ("who himself coached A and B": a director or a rival's boss once in the dugout too)
        r"himself|herself|"
        r"in\s+the\s+past)\s+)*"
        r"(?:" + _IN_PLACE_WITH + r"|managed|coached|directed|trained|"
        # "who before had worked in Sevilla, Athletic and Deportivo", "and before that worked at A and B": a
        # list of clubs (one club alone, "who also worked at Chelsea", may be any post on the staff); "and
        # worked also at A and in Greece with B": translated, the adverb after the verb, B's country told
        r"worked\s+(?:also\s+)?(?:at|for|in)(?=\s+(?:the\s+)?«C\d+»,?\s+(?:and\s+)?"
        r"(?:in\s+(?:the\s+)?«C\d+»\s+(?:with|at)\s+|" + _SPELL_PLACE + r"(?:with|at)\s+)?(?:the\s+)?«C)|"
        r"(?:been\s+)?in\s+charge\s+(?:of|at)|"
        + _SAVED_FROM_DROP
        + r"|"
        + _STARTED_OUT_AT
        + r"|"
        + _LATEST_POST_AT
        + r"|"
        r"(?<=previously\s)led|(?<=also\s)led|(?<=has\s)led|(?<=had\s)led|"
        r"(?<=who\s)(?:led|guided)(?=\s+(?:the\s+)?«C\d+»\s+(?:to|into)\s)|"
        # "who led the Matildas in two spells": a spell counted is a coach's (a captain leads in games)
        r"(?<=who\s)(?:led|guided)(?=\s+(?:the\s+)?«C\d+»\s+(?:in\s+(?:two|three|four)\s+(?:separate\s+)?"
        r"(?:spells|stints)|twice)\b))\s+",
        0.7,
        club_side="list",
        needs_club=True,
    ),
    # "X, who coached the under-20s from 2022 and led the Olympic team in Paris", "has coached Argentina's
    # under-20 side since 2022 and led the country's under-23 team": a second side told by a second verb
    # whose subject, the coach of the first clause, is left out
    R(
        "coached-and-led-side",
        "in_charge",
        r"{P_OWN}(?:,\s+who|\s+(?:has|had))\s+(?:also\s+)?(?:coached|managed|trained|directed)\s+"
        r"(?:[^«.;:]|«[CS]\d+»){1,60}?\s+and\s+(?:led|coached|managed|directed)\s+"
        r"(?:the\s+(?:country|club|federation)['’]s\s+|the\s+|its\s+)?{S}",
        0.7,
        club_side="tag",
    ),
    # translated: "X directed until now the Sanse", "since 2022 he guides the national of Slovakia"
    R(
        "directs-club",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:direct(?:s|ed)|guides|guided|has\s+guided)\s+(?:until\s+now\s+|since\s+\w+\s+)?"
        r"(?:the\s+)?(?:national\s+(?:team\s+)?of\s+(?:the\s+)?)?{C}(?!\s+(?:to|into)\b)",
        0.7,
        club_side="tag",
    ),
    # "X was the first coach in the history of C", "the first foreign manager in the history of C": a spell
    R(
        "first-coach-in-history",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:was|is|became|become|been)\s+(?:also\s+)?the\s+first\s+(?:[\w-]+\s+)?"
        r"(?:head\s+coach|coach|manager|trainer)\s+in\s+(?:the\s+)?history\s+of\s+(?:the\s+)?{C}",
        0.65,
        club_side="tag",
    ),
    # "after a good season in Serie B at the guide of C", "two years at the helm of C": a spell by its length
    R(
        "season-at-helm-of",
        "in_charge",
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»){0,100}?\b(?:seasons?|years?|spells?|stints?|campaigns?)"
        r"(?:\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)?\s+at\s+the\s+(?:helm|guide)\s+of\s+(?:the\s+)?{C}",
        0.6,
        club_side="tag",
    ),
    R(
        "worked-alongside",
        "in_charge",
        # "X, the fitness coach, has worked alongside him": the title's apposition ends where the verb starts
        r"(?:\b(?:who|whom|and|having)|(?<=coach,)|(?<=trainer,)|(?<=assistant,)|(?<=,)(?=\s+both\s+with\s))\s+"
        # ("A and B, who both worked with him at C": the aides of a list, each of them; "and earlier worked
        # under Y at A and B": when, told before the verb; "who also work with him in C", "who until now
        # worked with him at C": his current post)
        r"(?:(?:has|had|have|previously|also|once|later|then|both|all|earlier|until\s+now)\s+)*"
        r"(?:(?:worked|works|work)\s+"
        r"(?:alongside|with|under)\s+(?:him|her|«P\d+»)\s+(?:at|with|in|since\s+(?:the|their\s+days\s+at))|"
        # ("A and B, who were with him in C", "…, both with him in C": a list's time beside its boss at C)
        r"(?:(?:were|been)\s+(?:(?:both|all|also|already)\s+)*|(?<=both\s))"
        r"with\s+(?:him|her|«P\d+»(?!['’]))\s+(?:at|in)|"
        # "his assistant Y, who followed him to A, B and C", "and later accompanied him to the national team",
        # "the adjunct Y, who accompanied him in C", "who accompanied him as assistant in A and B" (his title
        # told between)
        r"(?:followed|accompanied)\s+(?:him|her|«P\d+»)(?:\s+as\s+(?:{HIS}\s+)?(?:" + AIDE_NOUN + r"))?"
        r"\s+(?:to|in|at))\s+",
        0.65,
        role="assistant_coach",
        club_side="list",
        needs_club=True,
    ),
    R(
        "coaching-list",
        "in_charge",
        # ("after directing C", "before guiding C": translated "tras dirigir", "dopo aver guidato")
        r"\b(?:before|after|while|since)\s+(?:previously\s+|also\s+|briefly\s+)?(?:coaching|managing|leading|"
        r"directing|guiding|"
        # "took Egypt to the World Cup, before working with Uzbekistan and DR Congo": a club right after
        # ("before working with C as a scout": no coaching post)
        r"working\s+(?:with|at|for)(?=\s+(?:the\s+)?«C)" + NOT_AS_NON_COACH + r")\s+",
        0.7,
        club_side="list",
        needs_club=True,
    ),
    R(
        "after-years-in-charge",
        "in_charge",
        r"{P_OWN}(?:[^.;«]|«[CS]\d+»){0,120}?\b(?:after|following|ending)\s+(?:(?:a|an|his|her|nearly|almost|"
        r"more\s+than|over|just|some|only)\s+)*(?:[\w\-]+[\s-]+)?(?:years?|months?|weeks|seasons?|games|matches)\s+in\s+"
        r"(?:interim\s+|caretaker\s+)?charge\b(?!\s+(?:of|at)\s)",
        0.65,
        club_side="near",
    ),
    R(
        "stick-with",
        "in_charge",
        r"{C}{HAVE}\s+(?:\w+\s+)?(?:stick|stuck|sticking|stand|standing|stood)\s+(?:with|by)\s+(?:(?:their\s+)?"
        r"(?:coach|manager|boss|head\s+coach)\s+)?{P}",
        0.65,
        club_side="tag",
    ),
    R(
        "tenure-with",
        "in_charge",
        r"{P}'s?\s+(?:\w+\s+)?(?:tenure|spell|stint|time|work|job|reign|success|spells)\s+(?:with|"
        r"at|in\s+charge\s+of|as\s+coach\s+of)\s+(?:the\s+)?(?:{C}|{S})",
        0.7,
        club_side="tag",
    ),
    # "won 14 trophies during his first spell in charge", "in his previous stint at the helm": an earlier
    # spell at the club in view (the club named after it goes to tenure-with)
    R(
        "his-earlier-spell-in-charge",
        "in_charge",
        # ("from his two previous stints in charge": the earlier spells counted)
        r"{P}['’]s?\s+(?:(?:two|three|four)\s+)?(?:first|second|previous|earlier|initial|original|last)\s+"
        r"(?:spell|stint|tenure|reign|period)s?\s+"
        r"(?:in\s+charge|at\s+the\s+(?:helm|club)|as\s+(?:head\s+)?(?:coach|manager))\b(?!\s+(?:of|at|with)\s)",
        0.65,
        club_side="topic",
    ),
    # "X, back for a fourth spell since December 2020, …": his present spell at the club in view, told in an
    # aside on a man who returned
    R(
        "back-for-another-spell",
        "in_charge",
        r"{P},\s+(?:now\s+)?back\s+for\s+(?:a|his|her)\s+(?:second|third|fourth|fifth)\s+(?:spell|stint)\b"
        r"(?!\s+(?:at|with|in\s+charge\s+of)\s)",
        0.6,
        club_side="topic",
    ),
    # "remembered for his seven years with Peru", "in his two seasons at Brentford": a spell counted
    # (a player's too: kept only for a man shown coaching); "in his first season as head coach at C": the
    # one season he is in, with the post
    R(
        "his-years-with",
        "in_charge",
        r"{P}'s?\s+(?:(?:first\s+|last\s+|final\s+)?(?:\w+|\d+)(?:\s+and\s+a\s+half)?\s+(?:years|seasons)|"
        r"(?:first|second|third|last|final|only)\s+(?:year|season))\s+"
        r"(?:as\s+(?:an?\s+)?(?:head\s+coach|coach|manager|boss)\s+)?"
        r"(?:with|at|in\s+charge\s+of)\s+(?:the\s+)?(?:{C}|{S})(?!['’])",
        0.65,
        club_side="tag",
    ),
    R(
        "spent-years",
        "in_charge",
        r"{P}(?:[^«».;:!?]|«[CS]\d+»){0,100}?\bspen(?:t|ding|ds)\s+"
        + _TIME_SPENT
        + r"(?:in\s+[A-Z][\w\-]+\s+)?"  # "spent three years in Qatar with Al-Arabi": the country on the way
        # ("spent three years running youth club C": the club he ran)
        r"(?:at|with|in\s+charge\s+of|running)\s+(?:the\s+|{HIS}\s+)?(?:"
        # "spent two seasons at Hungarian champions C", "eight years in charge of his boyhood club C"
         + CLUB_DESC + r")?(?:{C}|{S})",
        0.6,
        club_side="tag",
    ),
    R(
        "signed-player",
        "in_charge",
        r"{P}{APP}\s+(?:signed|brought|bought|recruited)\s+«P\d+»\s+(?:for|to)\s+(?:the\s+)?{C}",
        0.6,
        club_side="tag",
    ),
    R(
        "assistant-to",
        "in_charge",
        # ("After years as assistant to Y, X was head coach of C": X, a verb after him, is the clause's
        # subject)
        # (not "the former Cardiff assistant to Y": club-aide-under-boss reads Y's spell at that club)
        r"(?<!»\s)\bassistant\s+(?:(?:manager|coach)\s+)?to\s+{P}(?:\s*(?:,|and)\s*{P2}(?!\s+(?:was|is|has|had|became)\b))?",
        0.65,
        role="head_coach",
        club_side="near",
    ),
    R(
        "left-to-coach",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:left|departed|quit)\s+(?:\w+\s+){0,3}?to\s+(?:coach|manage)\s+"
        r"(?:[a-zA-Z]+\s+){0,2}?{C}",
        0.7,
        club_side="tag",
    ),
    # "X left the club to take over at C", "quit to take charge of C", "left in October to join C",
    # "resigned last week to take over Saudi strugglers C", "walked out of the Riverside to take over at C",
    # "stepped down before the end of the season to join C", "has left his role as D's coach to take charge
    # of C", "resigned to take over Major League Soccer's C", "left to join Y's staff at C": the move to C is
    # his appointment there
    R(
        "left-to-take-over",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:left|departed|quit|resigned|stepped\s+down|walked\s+out)\s+"
        r"(?:(?:[\w\-]+|«[CSP]\d+»)(?:['’]s)?\s+){0,8}?to\s+(?:"
        r"take\s+(?:over|charge)(?:\s+(?:at|of))?|join|lead)\s+" + _OWNED_BY + r"{0,4}?{C}",
        0.75,
        club_side="tag",
    ),
    # "X will leave the K League 1 champions to take charge of C", "who is leaving the club to take charge of
    # C", "will leave the staff to take over J2 side C": the move told as news is his appointment at C
    R(
        "leaves-to-take-over",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:leave|leaves|leaving)\s+(?:(?:[\w\-]+|«[CSP]\d+»)(?:['’]s)?\s+){0,5}?to\s+(?:"
        r"take\s+(?:over|charge)(?:\s+(?:at|of))?|join|lead)\s+" + _OWNED_BY + r"{0,3}?{C}",
        0.75,
        club_side="tag",
    ),
    # translated: "Artur Jorge, who left in April to the Botafogo": his move there
    R(
        "left-to-the-club",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:left|departed)\s+(?:(?:in|last|this)\s+\w+\s+)?to\s+the\s+{C}",
        0.7,
        club_side="tag",
    ),
    R(
        "under-coach",
        "in_charge",
        r"{P}'s?\s+(?:first-team|first\s+team)\s+(?:coaching\s+)?staff",
        0.7,
        club_side="topic",
    ),
    # "In the meantime the team was guided formally by X", "the side has been coached by X since …", "the
    # team was led in the meantime by X" ("led by" only with the time of the spell or a stand-in's way:
    # match reports say "Spain were led by Rodri")
    R(
        "team-guided-by",
        "in_charge",
        r"\b(?:the\s+)?" + TEAM_NOUN + r"\s+(?:was|were|has\s+been|had\s+been|is\s+being|was\s+being)\s+"
        r"(?:\w+ly\s+)?" + _GUIDED_WHEN + r"by\s+{P_OWN}",
        0.7,
        club_side="topic",
    ),
    # "The club's under-19 side is coached by X", "C's B team were managed by X": the post he holds
    # (or held); "led by" is left out, as above
    R(
        "is-coached-by",
        "in_charge",
        r"(?:«C\d+»(?:['’]s?)?\s+|«S\d+»\s+)(?:"
        + TEAM_NOUN
        + r"\s+)?(?:is|are|was|were|has\s+been|have\s+been|"
        # ("C had been led since the summer by X", "the team (read as C) was guided in the meantime by X":
        # the participles and times of team-guided-by)
        r"had\s+been)\s+(?:\w+ly\s+)?(?:trained\s+|" + _GUIDED_WHEN + r")by\s+{P_OWN}",
        0.7,
        club_side="tag",
        squad_in_match=True,
    ),
    # "lost to C, led by X", "to join C, the second-tier side managed by X", "C's men, coached by X, travel":
    # a club and the man it plays under, set off after its name (a captain is titled: "C, led by captain Y")
    R(
        "club-coached-by",
        "in_charge",
        r"{C}(?:['’]s?\s+(?:"
        + TEAM_NOUN
        + r"|men|women))?,\s+(?:the\s+(?:[\w\-]+\s+){0,3}?"
        + TEAM_NOUN
        + r"\s+)?(?:coached|managed|trained|headed|led)\s+by\s+{P_OWN}",
        0.7,
        club_side="tag",
    ),
    # "the under-20s coached by X and the under-17s led by Y", "the men's team, coached by X": a squad and the
    # coach it is known by
    R(
        "squad-coached-by",
        "in_charge",
        # ("the men's team, coached by X, …": the participle set off by commas)
        r"(?<!«C)(?<!'s\s)\bthe\s+«S\d+»,?\s+(?:coached|managed|led|guided|trained|directed)\s+by\s+{P_OWN}",
        0.7,
        club_side="topic",
        squad_in_match=True,
    ),
    # "X has been in charge on an interim basis since Y's departure", "X has been in interim charge since …"
    R(
        "been-in-charge-since",
        "in_charge",
        r"{P_OWN}{APP}{WHO}\s+(?:has|had|have)\s+been\s+(?:in\s+(?:interim\s+|temporary\s+|caretaker\s+|sole\s+)?charge"
        # ("had been in post since 2022", "has been in the job for 18 months", "at the helm for a year")
        r"|in\s+post|in\s+the\s+(?:job|post|role|hot\s+seat)|at\s+the\s+helm)"
        r"(?:\s+on\s+an?\s+(?:interim|temporary|caretaker)\s+basis)?"
        # ("X, who has been in charge as interim coach since then, …": the stand-in's title as a manner)
        r"(?:\s+as\s+(?:an?\s+|the\s+)?(?:interim|caretaker|acting|temporary)\s+(?:head\s+)?(?:coach|manager|boss))?"
        # ("had been in charge only since May": a short spell's start, stressed)
        r"\s+(?:(?:only\s+|just\s+)?(?:ever\s+)?since\b|"
        # "had been in charge for less than a year", "has been in charge for three seasons"
        r"for\s+(?:(?:less|more|fewer)\s+than\s+|just\s+(?:over\s+|under\s+)?|only\s+|almost\s+|nearly\s+|"
        r"over\s+|under\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:and\s+a\s+half\s+)?"
        r"(?:years?|months?|seasons?|weeks?|games|matches)\b)",
        0.7,
        club_side="near",
    ),
    # "X had been in office since the summer of 2019", "has been on the bench since 2021", "had been at the
    # head of the team since May": a coach's open spell told by translated words (Spanish "en el cargo",
    # "en el banquillo", Italian "alla guida della squadra") that also tell a president's term or a benched
    # player's wait, so kept only for a man the story makes a coach or in a story of a coaching change
    R(
        "been-in-office-since",
        "in_charge",
        r"{P_OWN}" + _NO_COACHING_TITLE + r"{APP}{WHO}\s+(?:has|had|have)\s+been\s+"
        r"(?:in\s+office|on\s+the\s+bench|at\s+the\s+head\s+of\s+the\s+(?:first\s+)?(?:team|side|squad))"
        r"\s+(?:ever\s+)?since\b" + _NOT_AS_PLAYER,
        0.7,
        club_side="near",
        needs_support=True,
    ),
    # "X, in temporary charge since Y's sacking, has won …", "X, in caretaker charge since April, will
    # stay on": a stand-in's open spell told in an aside with no verb (the spell is the story's club's)
    R(
        "in-charge-since-aside",
        "in_charge",
        r"{P}\s*,\s+(?:who\s+has\s+been\s+)?in\s+(?:interim|temporary|caretaker)\s+charge\s+(?:ever\s+)?since\b",
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "X was in charge from 2011 until 2020", "had been in interim charge between 2014 and 2015": a closed
    # spell at the club in view, told by its two years (not the open one of "has been in charge since")
    R(
        "in-charge-between-years",
        "in_charge",
        r"{P}(?!['’]s){APP}{WHO}\s+(?:was|had\s+been|has\s+been)\s+(?:(?:previously|already|once|first)\s+)?"
        r"in\s+(?:interim\s+|temporary\s+|caretaker\s+|sole\s+)?charge\s+"
        + _BETWEEN_YEARS
        # ("… between 2014 and 2015 as interim": the stand-in's title after the years, read with the match)
        + r"(?:\s+as\s+(?:an?\s+|the\s+)?(?:interim|caretaker|acting|temporary)\b)?",
        0.7,
        club_side="near",
    ),
    # "Busby returns for a second spell, having guided the team between 2014 and 2015", "X led C from 2011
    # to 2014", "after he leaded the tricolours between 1981 and 1986" (translated copy): a spell led, told by
    # its two years rather than by where the team went
    R(
        "led-between-years",
        "in_charge",
        r"{P}(?!['’]s)(?:{APP}{WHO}{HAVE}\s+|(?:[^«.;:!?]|«[CS]\d+»){0,100}?,\s+having\s+)"
        r"(?:(?:previously|already|once|first|also)\s+)?(?:led|leaded|guided|steered)\s+"
        r"(?:the\s+(?:team|side|club|squad)|(?:the\s+)?{C})(?:['’]s?)?(?:\s+«S\d+»)?\s+" + _BETWEEN_YEARS,
        0.7,
        club_side="tag",
    ),
    # "X had been in charge at the Kassam Stadium since 2022", "in charge in Ostrava since 2021", "in charge
    # of the side since", "at the head of the Coelacanths since 2014" (translated): the spell at the club in
    # view, told by its town, ground or nickname (not "at the head of the Federation": an office)
    R(
        "been-in-charge-there-since",
        "in_charge",
        # "Head groundsman X", "X, the club's academy director,": a man whose title is no coaching one
        r"{AT_TAG}(?<!groundsman\s)(?<!director\s)(?<!kit\sman\s){P_OWN}"
        + _NO_COACHING_TITLE
        + r"{APP}{WHO}\s+(?:has|had|have)\s+been\s+"
        r"(?:(?:in\s+(?:interim\s+|temporary\s+|caretaker\s+)?charge|"
        r"at\s+the\s+helm)\s+(?:(?:at|in)\s+(?:the\s+)?(?:"
        + _CAPITALISED
        + r"\s+){0,2}"
        + _CAPITALISED
        + r"|of\s+the\s+(?:first\s+|"
        + _CAPITALISED
        + r"\s+)?(?:team|side|squad|club)|"
        # "in charge of the Kestrels since 2019", "of the Ankara club since": the side by its nickname or town
        r"of\s+the" + _SIDE_NICKNAME + r")|"
        r"at\s+the\s+head\s+of\s+the" + _SIDE_NICKNAME + r")"
        r"\s+(?:ever\s+)?since\b",
        0.7,
        club_side="topic",
    ),
    # "He had been at Galaxy since 2022", "the goalkeeping coach, who has been with the club since 2015", "X
    # has been with the Under-23s since 2022": his time at a club or side, told by its start, is his spell
    # there (not a player's years: "at the club since 2010 as a player"); translated copy's simple tenses
    # tell the same ("X was at C since 2023", Portuguese "estava no C desde"), and a closed spell is told by
    # its two years ("X was at C from 2015 to 2018")
    R(
        "been-at-club-since",
        "in_charge",
        r"{P}(?!['’]s)"
        + _NO_COACHING_TITLE
        + r"{APP}{WHO}\s+(?:(?:has|had|have)\s+been|was|is)\s+(?:at|with)\s+(?:the\s+)?"
        r"(?:{C}(?:\s+«S\d+»)?|{S})\s+(?:(?:ever\s+)?since\b|" + _BETWEEN_YEARS + r")" + _NOT_AS_PLAYER,
        0.7,
        club_side="tag",
    ),
    R(
        "been-at-the-club-since",
        "in_charge",
        r"{P}(?!['’]s)"
        + _NO_COACHING_TITLE
        + r"{APP}{WHO}\s+(?:has|had|have)\s+been\s+(?:at|with)\s+the\s+club\s+"
        r"(?:ever\s+)?since\b" + _NOT_AS_PLAYER,
        0.7,
        club_side="topic",
    ),
    # "his assistant Y had taken the team for recent matches", "Z had steadied the team as interim coach"
    R(
        "took-the-team",
        "in_charge",
        r"{P_OWN}{APP}{HAVE}\s+(?:taken|took|steadied|steered)\s+(?:charge\s+of\s+)?the\s+"
        + TEAM_NOUN
        + r"\s+"
        r"(?:for\s+(?:the\s+)?(?:recent|last|past|next|remaining|final|\w+)\s+(?:few\s+|\w+\s+)?"
        r"(?:matches|games|fixtures)|as\s+(?:the\s+)?(?:interim|caretaker|acting|temporary)\s+(?:head\s+)?"
        r"(?:coach|manager|boss))\b",
        0.7,
        club_side="near",
    ),
    # "the interim managers A and B had steadied the side in between", "caretaker boss X steadied the ship":
    # stand-ins named by their title, told by what they did with the team (the last name, then the first)
    R(
        "stand-ins-steadied",
        "in_charge",
        STAND_IN_TITLE + r"(?:«P\d+»\s*,\s*)*(?:«P\d+»\s*,?\s+and\s+)?{P}" + _STEADIED,
        0.7,
        role="caretaker",
        club_side="near",
    ),
    R(
        "stand-ins-steadied-first",
        "in_charge",
        STAND_IN_TITLE + r"{P}(?:\s*,\s*«P\d+»)*\s*,?\s+and\s+«P\d+»" + _STEADIED,
        0.7,
        role="caretaker",
        club_side="near",
    ),
    # "X, who has the team unbeaten through four games as interim coach, will …": the stand-in's spell
    R(
        "who-as-interim",
        "in_charge",
        r"{P}\s*,\s+who\s+(?:[^,«.;:!?]|«[CS]\d+»){0,80}?(?:\bas\s+(?:the\s+)?(?:«[CS]\d+»\s+)?"
        r"(?:interim|caretaker|acting)\s+(?:head\s+)?(?:coach|manager|boss)|"
        # "X, who took the team on an interim basis for the last three games, …"
        r"\bthe\s+"
        + TEAM_NOUN
        + r"\s+on\s+an?\s+(?:interim|caretaker|temporary)\s+basis\b[^,«.;:!?]{0,50}?)\s*,",
        0.7,
        role="caretaker",
        club_side="near",
    ),
    # "will remain on staff as an assistant": a stand-in staying on in a new role
    R(
        "remain-as-assistant",
        "appointed",
        r"{P_OWN}(?:{APP}|\s*,\s+who\s+[^«.;:!?]{0,100}?,)\s*{HAVE}\s+(?:remain|stay)\s+(?:on\s+(?:the\s+)?staff\s+|on\s+)?"
        r"as\s+(?:an?\s+|the\s+|«P\d+»['’]s\s+)?(?:first-team\s+)?(?:assistant|number\s+two)\b",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    # "X had first taken interim charge, alongside his assistant Y": the aide stepping in with him
    R(
        "charge-alongside-assistant",
        "appointed",
        r"\b(?:took|taken|takes|take|taking)\s+(?:interim\s+|temporary\s+|caretaker\s+)?charge"
        r"(?:[^«.;:!?]|«[CS]\d+»){0,40}?,?\s+(?:alongside|with|assisted\s+by)\s+" + STAFF_ROLE + "{P}",
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
)


# an aide's title told beside another post or as an aside, with no verb of its own: "has been head coach of A
# and assistant at B" (the copula shared with the post before), "X, previously an assistant at C,", "X, the
# former assistant at C," (an apposition); an aide's title must follow (not "head coach of A and coach at B",
# nor "X, the former coach at C": a head coach's post, read by other rules)
# "an assistant coach of C", "assistant manager of C B", "the permanent auxiliary of the club": an aide's
# title owned by the side named after it (not a bare "coach of C", the head coach's; not "assistant of Y", his
# boss)
_AIDE_TITLE_OF_A_SIDE = (
    r"(?:(?<=assistant\s)|(?<=assistant\scoach\s)|(?<=assistant\smanager\s)|(?<=assistant\strainer\s)|"
    r"(?<=auxiliary\s))of(?=\s+(?:the\s+)?«[CS]\d+»)"
)
_AIDE_TITLE_BESIDE = (
    r"|(?:\b(?:head\s+)?(?:coach|manager|trainer)\s+(?:of|at|with)\s+(?:the\s+)?«C\d+»(?:\s+«S\d+»)?\s+and"
    # ("X, the permanent assistant of the club,": translated Portuguese "auxiliar permanente", the aide kept
    # on the staff whoever the head coach is; his standing post)
    r"|(?<=»),\s+(?:\d{2},\s+)?(?:the\s+)?(?:former|formerly|previously|permanent))"
    r"(?=\s+(?:an?\s+|the\s+)?(?:assistant|adjunct|auxiliary|deputy|number\s+two|co-(?:trainer|coach)|"
    r"second\s+(?:trainer|coach))\b)"
)


# --- career spells: a coach's CV, his lists of clubs, tenures -------------------------------------
CAREER_SPELLS: tuple[Rule, ...] = (
    # (its verb, `t`, is where the youth post is told: "X led C to the title and has also coached the
    # club's youth teams" is two clauses, the first-team spell told before it stays beside the youth one;
    # "had been" is the verb's, so "had been coaching the U19s" still tells a post held up to now)
    R(
        "youth-spell",
        "in_charge",
        r"{P_OWN}(?:[^«.;:!?]|«[CS]\d+»){0,80}?\b(?P<t>(?:(?:had|has|have)\s+been\s+)?(?:running|ran|run|leading|led|heading|headed|"
        r"in\s+charge\s+of|coaching|coached|managing|managed|"
        r"(?:coached|coaching|worked|working)\s+(?:in|with|at)|"
        # "took over in 2008 after several years as coach of the club's junior side": years told by the title
        r"(?:years|seasons)\s+as\s+(?:the\s+)?(?:head\s+)?(?:coach|manager|trainer)\s+of|"
        # "began his coaching career in Barcelona's youth system", "began coaching with Milan's youth teams"
        r"(?:began|started|launched)\s+(?:«P\d+»'s\s+)?(?:coaching|managerial)\s+(?:career\s+)?(?:in|with|at)|"
        # "cut his teeth (as a coach) in the youth set-up at C", "learned his trade in C's youth sector":
        # where a coach started out, told in the idioms of a first job (not a youngster's or a player's)
        r"(?:cut\s+(?:his|her|«P\d+»['’]s)\s+(?:coaching\s+|managerial\s+)?teeth(?:\s+as\s+an?\s+(?:youth\s+)?coach)?|"
        r"(?:learned|learnt)\s+(?:his|her|«P\d+»['’]s)\s+(?:coaching\s+)?trade)"
        r"(?![^.;]{0,100}?(?:" + AS_A_PLAYER + "|" + AS_A_YOUNGSTER + r"))\s+(?:in|with|at))\s+"
        # ("coached in the youth academy of C", "in the Madrid club's youth academy": the word "youth" before
        # the academy's tag, a club named by its town before "club's")
        r"(?:the\s+|its\s+|their\s+)?(?:{C}['’]s?\s+|(?:«C\d+»\s+|[A-Z][\w\-]+\s+)?club['’]s\s+)?(?:youth\s+)?(?:academy|{S})|"
        r"as\s+(?:a|the|an)\s+(?:\w+\s+)?youth\s+(?:team\s+)?"
        r"coach\s+(?:at|with|of|for)\s+(?:the\s+club|«C\d+»))",
        0.65,
        club_side="tag",
    ),
    R(
        "had-spell",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|previously|once|briefly)\s+)?(?:had|has|enjoyed|endured|"
        # ("is best known in Asia for two spells as coach of C": the spells a coach is known by)
        r"(?:(?:best|most|perhaps\s+best)\s+)?(?:known|remembered)(?:\s+in\s+[A-Z][\w\-]+)?\s+for(?:\s+(?:his|her))?)"
        r"\s+(?:a|an|two|three|several|previous|brief|short|successful|\w+ful)?\s*(?:(?:brief|short|successful|previous|"
        r"second|first|\w+-year|two-year|\w+ful)\s+)?(?:spells?|stints?|" + _SPELL_SYNONYMS + r")\s+"
        r"(?:(?:"
        + STAND_IN_CHARGE
        + r"|as\s+"
        + _SPELL_TITLE
        + r"\s+)?"
        + _SPELL_PLACE
        + _SPELL_AT
        # ("had two spells as C's caretaker manager": the club told as the title's possessor)
        + r"|as\s+(?=(?:the\s+)?«C\d+»['’]s?\s+"
        + _SPELL_TITLE
        + r"))",
        0.6,
        club_side="list",
    ),
    # "There followed spells at A and B", "Then came two years at C": the opening words stand for the man
    # the story is about (`coreference._SUBJECTLESS_SPELLS_OPENER`), the spells are listed after them (a
    # player's spells are told so too: kept only for a man shown coaching, see `SPELL_LIST_RULES`)
    R(
        "followed-spells-at",
        "in_charge",
        r"^\W*{P}\s+(?:(?:a|an|two|three|four|several|brief|short|successful|further|more|\w+-year)\s+)*"
        r"(?:spells?|stints?|(?:\w+\s+)?(?:years|seasons))\s+" + _SPELL_PLACE + r"(?:at|with)\s+",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "Then A, B and a season at C.", "Before that: A as an assistant, B as a youth coach.": a verbless career
    # list; the opening words stand for the man the story is about (`coreference._verbless_list_opener`,
    # only before a club that the list goes on from), the clubs are listed after them (a player's too: kept
    # only for a man shown coaching, see `SPELL_LIST_RULES`)
    R(
        "verbless-career-list",
        "in_charge",
        r"^\W*{P}\s+(?=(?:the\s+)?«C)",
        0.5,
        club_side="list",
        needs_club=True,
    ),
    # "X, 60, is a specialist of survival, with many passages at A and B", "X has coached in the UAE for a
    # decade, with spells at A, B and C": the spells told as the clause's companion (a player has spells
    # too: kept only for a man shown coaching, see `SPELL_LIST_RULES`)
    R(
        "with-spells-at",
        "in_charge",
        r"{P}(?!['’]s)" + _TO_CLAUSE_SPELLS + r",\s+with\s+(?:(?:a|an|two|three|four|several|many|numerous|"
        r"previous|brief|short|successful|long|\w+ful)\s+)*(?:spells?|stints?|" + _SPELL_SYNONYMS + r")\s+"
        r"(?:" + STAND_IN_CHARGE + r")?" + _SPELL_PLACE + _SPELL_AT,
        0.6,
        club_side="list",
    ),
    # "The Welshman had a long career at a higher level, with A, B and C", "has a long coaching career with A
    # and B": the clubs of a career told after it (a player's career too: kept only for a man shown coaching,
    # unless it is told as a coaching one)
    R(
        "career-with-list",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:had|has|have|enjoyed|built)\s+(?:a|an)\s+(?:(?:long|rich|varied|successful|"
        r"distinguished|lengthy|\w+-year)\s+)+(?:(?:coaching|managerial)\s+)?career\b(?:\s+(?:at|in)\s+"
        r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:level|leagues?|divisions?))?,?\s+(?:with|at)\s+",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "X returns to C after spells in charge of A and B", "…, who arrives after a stint as manager of D":
    # the spells a move follows (told as a coach's, "in charge" / "as manager": a player has spells too)
    R(
        "after-spells",
        "in_charge",
        r"{P}(?!['’]s)" + _TO_CLAUSE_SPELLS + r"\bafter\s+(?:(?:a|an|two|three|four|several|brief|short|"
        r"successful|previous|\w+-year)\s+)*(?:spells?|stints?)\s+(?:"
        + STAND_IN_CHARGE
        + r"|as\s+(?:head\s+)?"
        r"(?:coach|manager)\s+)(?:at|with|of)\s+",
        0.6,
        club_side="list",
    ),
    # "X returns to Serie A after the experiences with A, B and C", "after his passages by A and B": the
    # spells a return or move follows, in translated copy (Italian "esperienze", Portuguese "passagens"); a
    # player has them too, so they need the man shown coaching (see `SPELL_LIST_RULES`)
    R(
        "after-experiences",
        "in_charge",
        r"{P}(?!['’]s)" + _TO_CLAUSE_SPELLS + r"\bafter\s+(?:the|his|her|«P\d+»['’]s)\s+"
        r"(?:(?:previous|past|earlier|\w+ful)\s+)?(?:experiences?|passages?)\s+(?:on\s+the\s+benche?s?\s+)?"
        r"(?:at|with|by|in)\s+(?=(?:the\s+)?«C)",
        0.6,
        club_side="list",
    ),
    # "He had coached C since 2021, …, after earlier spells with C's under-19s and at feeder club D": spells
    # told bare after a coaching clause (a player has spells too: kept only for a man shown coaching)
    R(
        "after-bare-spells",
        "in_charge",
        r"{P}(?!['’]s){APP}{HAVE}\s+(?:(?:also|previously|since)\s+)?(?:coached|managed|led|trained|been\s+in\s+"
        r"charge\s+of|took\s+charge\s+of)\s(?:[^«.;:!?]|«[CS]\d+»|«P\d+»['’]s\s){0,160}?\bafter\s+(?:(?:a|an|two|"
        r"three|four|several|"
        r"brief|short|successful|previous|earlier|\w+-year)\s+)*(?:spells?|stints?)\s+(?:at|with)\s+",
        0.6,
        club_side="list",
    ),
    R(
        "and-had-spell",
        "in_charge",
        # "X, 48, began his career at A and had a spell at B": his own "his" may stand between
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»|«P\d+»['’]s\s+(?:(?:early|first|formative)\s+)?(?:coaching\s+|managerial\s+)?"
        r"(?:career|years|seasons|days)){0,160}?"
        # ("led A for eight years, had spells at B and C": a comma joins the clauses as well)
        r"(?:,?\s+and|,)\s+(?:(?:also|previously|once|briefly|later|then)\s+)?"
        r"(?:had|has|enjoyed|endured)\s+(?:(?:a|an|two|three|several|previous|brief|short|successful)\s+)?"
        r"(?:(?:brief|short|successful|previous|second|first|\w+-year|\w+ful)\s+)?(?:spells?|stints?|"
        + _SPELL_SYNONYMS
        + r")\s+"
        # "and had spells with Qatari clubs A and B", "and had a spell on the staff of Danish club C"
        r"(?:"
        + STAND_IN_CHARGE
        + r"|as\s+(?:head\s+)?(?:coach|manager)\s+|on\s+the\s+(?:coaching\s+)?staff\s+)?"
        + _SPELL_PLACE
        + _SPELL_AT,
        0.6,
        club_side="list",
    ),
    # "X has coached A and B, and began his managerial career with C and D": the second clause's list
    R(
        "and-began-career-with",
        "in_charge",
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»){0,160}?,?\s+and\s+(?:had\s+)?(?:began|begun|started|launched)\s+{HIS}\s+"
        r"(?:senior\s+)?(?:managerial|coaching|head\s+coaching)\s+career(?:\s+in\s+[A-Z][\w-]+)?\s+(?:with|at)\s+",
        0.7,
        club_side="list",
        needs_club=True,
    ),
    # "after working as an assistant at A", "began his coaching career as an assistant at B", "spent his
    # early coaching years as an assistant at A", "has also worked as a first-team coach at A and B",
    # "was previously an assistant with A and B", "was also an assistant at C", "had a spell as an assistant
    # with C", "spent three years as assistant manager at C", "worked only as assistant, at A and B", "was
    # second trainer in C": a staff spell at each club listed
    R(
        "aide-spell-at",
        "in_charge",
        r"(?:\b(?:(?:(?:(?:work(?:ed|ing)|serv(?:ed|ing))(?:\s+only)?|(?:began|begun|started|starting|beginning)\s+{HIS}\s+"
        r"(?:coaching\s+)?career|spen[dt]\s+{HIS}\s+(?:(?:early|first|formative)\s+)?(?:coaching\s+)?"
        # ("spent 2023 as an assistant with C": the year he spent there)
        r"(?:years|seasons|days)|spent\s+(?:\w+\s+){0,3}?(?:years?|seasons?|months?|(?:19|20)\d\d)|"
        r"(?:had|enjoyed)\s+(?:a|an|two)\s+(?:\w+\s+)?(?:spells?|stints?))\s+as)|"
        # (not the present "is coach at C", nor "became coach at C", "having been coach at C": a bare coach
        # after these is the head coach's post, read by other rules; an aide's title still reads)
        + r"(?!is\s|(?:became|having\s+been)"
        + r"(?:\s+(?:also|previously|once|later|then|formerly|earlier|briefly))?\s+(?:an?\s+|the\s+)?coach\b)"
        # ("was still an assistant at C when Y took over": a past spell that ran on to then)
        + AIDE_COPULA
        + r"(?:\s+still)?"
        + r")"
        + _AIDE_TITLE_BESIDE
        + r")\s+(?:an?\s+|the\s+)?"
        # (not "the number two at C behind Zubizarreta", "deputy behind Y": a second-choice goalkeeper)
        r"(?:assistant(?:\s+(?:coach|manager|trainer))?|adjunct|auxiliary|(?:deputy|number\s+two)(?![^.;]{0,60}\bbehind\b)|"
        # ("was second trainer in C", "assistant coach in C": translated copy's title and preposition)
        r"co-(?:trainer|coach)|second\s+(?:trainer|coach)|(?:first[\s-]team\s+|«S(?P<staff_squad>\d+)»\s+)?coach),?\s+"
        # ("was adjunct in Saudi Arabia at C": the country on the way)
        r"(?:in\s+(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?\s+(?=at\s))?"
        r"(?:at|with|in(?=\s+(?:the\s+)?«C\d+»)|" + _AIDE_TITLE_OF_A_SIDE + r")\s+",
        0.6,
        role="assistant_coach",
        club_side="list",
        needs_club=True,
    ),
    # "a well-travelled coach who has had spells at A, B and C": the relative clause of a person named
    # earlier (players have spells too: kept only for someone shown coaching)
    R(
        "who-had-spells",
        "in_charge",
        r"\bwho\s+(?:has|had|have)\s+(?:(?:also|previously|since|already)\s+)?had\s+(?:a|an|two|three|four|"
        r"several|many|numerous|previous|brief|short|successful|\w+ful)?\s*(?:(?:brief|short|successful|"
        r"previous|\w+-year)\s+)?(?:spells?|stints?)\s+(?:"
        + STAND_IN_CHARGE
        + r"|as\s+(?:head\s+)?(?:coach|manager)\s+)?"
        r"(?:at|with|of)\s+",
        0.6,
        club_side="list",
    ),
    # "a career that has taken him to A, B and C", "whose coaching career took her to A and B"
    # ("His coaching career has taken him to A, B and C": the possessor is the man, "his" read as him)
    R(
        "career-taken-to",
        "in_charge",
        r"(?:{P}['’]s?\s+)?\b(?:coaching\s+|managerial\s+)?career\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?(?:also\s+)?"
        r"(?:taken|took)\s+(?:him|her|«P\d+»)\s+(?:to|from)\s+",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "His Italian years took in A, B and a second spell at C", "Her career has taken in A and B": the clubs a
    # career's years went through (a player's too: kept only for a man shown coaching)
    R(
        "career-took-in",
        "in_charge",
        r"{P}['’]s\s+(?:[\w-]+\s+){0,2}?(?:career|years|seasons|travels)\s+(?:(?:also|then|later)\s+)?"
        r"(?:took|takes|has\s+taken|had\s+taken)\s+in\s+",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "In his career as a coach also A, B and C", "In her managerial career: A and B": the clubs of a coaching
    # career listed with no verb (translated "Nella sua carriera da allenatore anche …"); "also" or a colon
    # opens the list, so "In his coaching career, Milan won …" reads nothing (a playing career told so is
    # guarded, see `SPELL_LIST_RULES`)
    R(
        "career-as-coach-also",
        "in_charge",
        r"\bIn\s+{P}['’]s\s+(?:(?:coaching|managerial)\s+career|career\s+(?:as\s+an?\s+|on\s+the\s+)"
        r"(?:coach|manager|bench))\s*(?:,?\s+also|:)\s+(?=(?:the\s+)?«[CS])",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "after working in the youth divisions of C", "after years in the youth departments of A and B"
    # (translated "divisiones inferiores", "Nachwuchsabteilungen"): a youth post at each club (not "came
    # through the youth ranks", a player's; the years alone may be a player's too: kept only for a man shown
    # coaching)
    R(
        "youth-sector-list",
        "in_charge",
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»){0,120}?\b(?:working|worked|coaching|coached|years|seasons|"
        r"experiences?)\s+in\s+the\s+youth\s+(?:sectors?|departments?|divisions?|categories)\s+of\s+",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "X, whose (former) clubs include A and B": a career list (a player's too, so only for a coach)
    R(
        "whose-clubs-include",
        "in_charge",
        # ("whose CV includes A and B", "whose previous stops include A")
        r"{P}{APP},?\s+whose\s+(?:(?:former|previous|past|other|coaching|managerial)\s+)*(?:clubs|teams|sides|"
        r"employers|stops|CV|résumé|resume)\s+(?:have\s+|also\s+)*(?:include[sd]?|included)\b",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "after X's six-year tenure came to an end": the spell whose length is told, as well as its end
    R(
        "tenure-ended-spell",
        "in_charge",
        # ("X's three-and-a-half-year reign at C", "X's 18-month stint")
        r"{P}'s?\s+(?:(?:[\w\-]+\s+)?(?:[\w\-]+[\s-](?:year|season|month)(?:[\s-]long)?|long|lengthy|decade-long)\s+"
        # ("X's year at C ended", "X's two seasons with C came to an end", "X's 16 months at C came to an
        # abrupt end": the spell told by its length)
        r"(?:spell|reign|tenure|stint|era|stay)|(?:\w+\s+)?(?:year|years|season|seasons|months)(?=\s+(?:at|with)\s))\s+"
        r"(?:in\s+charge\s+)?"
        r"(?:(?:at|with|of)\s+(?:the\s+)?(?:«[CS]\d+»(?:'s?)?\s+)?(?:«[CS]\d+»\s+)?)?(?:has\s+|had\s+)?"
        r"(?:ends|ended|is\s+over|was\s+over|(?:came|comes)\s+to\s+an\s+(?:(?:abrupt|early|premature|sudden|"
        r"unhappy)\s+)?end|finished|is\s+finished)\b",
        0.6,
        club_side="near",
    ),
    R(
        "whom-he-left",
        "left",
        # ("Peruvian club C, which he leaves to take up the post": the move the story tells; not "which he
        # left as a player", "which he left as a teenager"); the club may be told with the years of the spell
        # ("C from 2014 to 2016, which he left") or as a plural ("C, who he left in December")
        r"{C}(?:\s+(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until)\s+(?:19|20)\d\d)?"
        r",\s+(?:whom|which|who(?=\s+«P))\s+{P}\s+(?:had\s+|then\s+|now\s+)?"
        r"(?:(?:left|quit)\b(?!\s+(?:for|to|behind)\b)|leaves\b)(?![^.;]{0,60}(?:"
        + AS_A_PLAYER
        + "|"
        + AS_A_YOUNGSTER
        + r"))",
        0.65,
        club_side="tag",
    ),
    R(
        "stay-on-as",
        "in_charge",
        # ("continues as physical preparer": translated "sigue como preparador físico", any backroom title)
        r"{P}{APP}{HAVE}\s+(?:stay|stays|staying|remain|remains|remaining|continue|continues|continuing)\s+(?:on\s+)?as\s+"
        r"(?:an?\s+|the\s+|his\s+|her\s+)?(?:first[\s-]team\s+coach|" + BACKROOM_TITLE + r")",
        0.65,
        club_side="near",
    ),
    R(
        "saw-out-season",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:saw|see|sees|seeing)\s+out\s+the\s+(?:\w+\s+)?(?:season|campaign)\s+"
        r"(?:as\s+(?:the\s+|an?\s+)?(?:caretaker|interim)|in\s+(?:interim|temporary|caretaker)\s+charge)",
        0.65,
        role="caretaker",
        club_side="topic",
    ),
    R(
        "staff-in-place",
        "in_charge",
        r"\b(?:assistant\s+(?:coaches|managers)|assistants|first[\s-]team\s+coaches)\s+"
        r"(?P<list>«P\d+»(?:\s*,\s*«P\d+»)*\s*,?\s+and\s+«P\d+»)"
        r"(?:\s*,)?\s+(?:(?:will|are\s+to|are\s+set\s+to|also)\s+)?(?:remain|stay|are\s+retained|have\s+been\s+kept\s+on)",
        0.6,
        role="assistant_coach",
        club_side="topic",
    ),
    # a plural staff title spread over the names after it, as the singular one names one man:
    # "Stubbs' assistants A and B, who took training", "his backroom team of assistants A and B"
    R(
        "staff-list",
        "in_charge",
        r"\b(?:assistant\s+(?:coaches|managers|trainers)|assistants|co-trainers|co-coaches)\s+"
        r"(?P<list>«P\d+»(?:\s*,\s*«P\d+»)*\s*,?\s+and\s+«P\d+»)"
        # not the subject of a change ("… have also left", "… must go", "… agreed new deals"): that tells it
        r"(?!(?:\s*,?\s+and\s+[^«.;]{0,30}«P\d+»|\s*,[^.;]{0,80}?,)?\s+(?:(?:have|has|are|were|will|would|must|"
        r"also|both|too|all|now|been|be|then|to)\s+)*(?:left|leav|go\b|gone|going|depart|follow|join|agree|sign|"
        r"sacked|dismissed|relieved|fired|axed|retained|kept|remain|stay|exit|mov|quit))",
        0.6,
        role="assistant_coach",
        club_side="topic",
    ),
)


# a tournament or stage a team qualifies for: "the Africa Cup of Nations 2019", "two World Cups", "Euro 2016",
# "the Europa League group stage", "Europe"
_TOURNAMENT = (
    r"(?:the\s+|two\s+|three\s+)?(?:[\w\-]+\s+){0,4}?(?:World\s+Cups?|Euros?\b|European\s+Championships?|"
    r"Africa(?:n)?\s+Cup|AFCON|CAN\b|Copa\s+Am[eé]rica|Gold\s+Cup|Asian\s+Cup|Olympics|Olympic\s+Games|"
    r"Champions\s+League|Europa\s+League|Conference\s+League|Libertadores|Sudamericana|play-?offs|finals?\b|"
    r"Europe\b)"
)
# "led Mexico at the 2002 and 2010 World Cups", "guided Ghana at the 2022 World Cup": a national team led at a
# senior tournament, named with nothing but its years or its body before it (not "at the FIFA U-20 World Cup"
# nor "at the Women's World Cup": another side of that country)
_AT_SENIOR_TOURNAMENT = (
    r"\s+(?:at|in)\s+(?:the\s+|two\s+|three\s+)?(?:(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s+(?:and\s+(?:19|20)\d\d\s+)?)?"
    r"(?:(?:FIFA|UEFA|CAF|AFC|CONCACAF|Concacaf|CONMEBOL)\s+)?(?:World\s+Cups?|"
    r"(?:Africa(?:n)?\s+)?Cup\s+of\s+Nations|AFCON|Asian\s+Cup|Copa\s+Am[eé]rica|Gold\s+Cup)\b"
)
# "is best known for", "is remembered for", "made his name by": the feat a coach is known by follows
_KNOWN_FOR = (
    r"(?:(?:(?:best|most|perhaps\s+best)\s+)?(?:known|remembered|famous)\s+for|made\s+{HIS}\s+name\s+by)\s+"
)

# --- a spell told by what he did in it: made his name, guided to ----------------------------------
SPELLS_BY_DEEDS: tuple[Rule, ...] = (
    R(
        "in-his-spell",
        "in_charge",
        r"{P}{APP}\s+(?:is|was|now)\s+(?:now\s+)?in\s+(?:his|her|«P\d+»['’]s?)\s+(?:\w+\s+){0,2}?(?:spell|stint|tenure|reign)\s+"
        r"(?:in\s+charge\s+)?(?:at|with|of)\s+(?:(?:the\s+)?{C}|the\s+" + CLUB_NOUN + r")",
        0.6,
        club_side="tag",
    ),
    R(
        "made-name",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:first\s+)?(?:made\s+(?:his|her|«P\d+»(?:['’]s)?)\s+name|"
        r"cut\s+(?:his|her|«P\d+»(?:['’]s)?)\s+(?:coaching\s+|managerial\s+)?teeth|"
        r"earned\s+(?:his|her|«P\d+»(?:['’]s)?)\s+stripes)\s+(?:as\s+(?:a\s+)?(?:coach|manager)\s+)?"
        r"(?:at|with|in\s+charge\s+of)\s+(?:an?\s+|the\s+)?(?:[a-z\-]+\s+){0,2}?{C}",
        0.6,
        club_side="tag",
    ),
    # "earned his reputation in Sweden with A and then in Wales with B", "made his name with A and then at B",
    # "cut her teeth at A and then at B": where a coach made his name, each club of the list a spell (the
    # country of each may come first); "made his name as a player at C" is no coach's
    R(
        "made-name-list",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:first\s+)?(?:(?:made|earned|built|forged)\s+(?:his|her|«P\d+»(?:['’]s)?)\s+"
        r"(?:name|(?:coaching\s+|managerial\s+)?reputation)|"
        r"cut\s+(?:his|her|«P\d+»(?:['’]s)?)\s+(?:coaching\s+|managerial\s+)?teeth)"
        r"(?:\s+as\s+(?:a\s+)?(?:coach|manager))?"
        # the list starts at the club, or at the country told before it ("in Sweden with A")
        r"(?:\s+(?:at|with)(?=\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}?«C)|(?=\s+in\s+(?:the\s+)?[«A-Z]))"
        r"(?=(?:[^.;«]|«[CS]\d+»){0,60}?\band\s+(?:then\s+|later\s+)?(?:in\s+[^.;«,]{1,25}?\s+)?(?:at|with)\s)"
        r"(?![^.;]{0,60}" + AS_A_PLAYER + r")",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "Gotti made his name on the bench with A and B", "began his career on the bench at C", "cut his teeth
    # in the dugout at A and B", "was previously on the bench at A, B and C", "worked in the lower divisions
    # with clubs such as A and B":
    # the bench or dugout (or clubs worked with) shows a coach's posts; each club listed is a spell
    R(
        "bench-career-list",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:previously|also|once|later|then|first|briefly)\s+)*(?:"
        r"(?:(?:made|cut|earned)\s+(?:his|her|«P\d+»(?:['’]s)?)\s+(?:(?:coaching|managerial)\s+)?"
        # ("began his career on the bench at C": not "as a coach at C", an aide's post to aide-spell-at)
        r"(?:name|teeth|stripes)\s+|(?:began|started|launched)\s+(?:his|her|«P\d+»(?:['’]s)?)\s+career\s+"
        r"(?=on\s|in\s)|"
        r"(?:worked|coached|served)\s+)"
        r"(?:on\s+the\s+benche?s?|in\s+the\s+dugouts?|as\s+an?\s+(?:head\s+)?(?:coach|manager)|in\s+management)|"
        # ("was last season on the bench of C": translated, the time before the place; "was until June on
        # the bench of C", Italian "era fino a giugno sulla panchina del", the spell's end before it)
        r"(?:was|been|sat)\s+(?:previously\s+|also\s+|once\s+|last\s+season\s+|" + _UNTIL_WHEN + r")?"
        r"on\s+the\s+benche?s?|"
        r"(?:worked|coached)(?:\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:divisions?|leagues?|tiers?))?\s+"
        r"(?:with|at)\s+(?:(?:[\w-]+\s+)?(?:clubs|teams|sides))\s+(?:such\s+as|like|including))"
        r"(?:\s+(?:at|with|of)\b)?",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    R(
        "previous-jobs",
        "in_charge",
        # "X's previous clubs as coach include", "Gattuso's previous stops include", "X's CV includes A and B"
        # and "His long career also includes A and B"
        r"{P}['’]s?\s+(?:(?:(?:previous|former|past|other|earlier)\s+(?:coaching\s+|managerial\s+)?(?:jobs|clubs|"
        r"posts|roles|stints|spells|employers|stops)(?:\s+as\s+(?:an?\s+)?(?:head\s+)?(?:coach|manager))?)|"
        # ("His long career also includes A and B": not a playing career)
        r"(?:(?:long|rich|varied|coaching|managerial)\s+)*(?:CV|résumé|resume|career(?<!playing\scareer)))\s+"
        r"(?:also\s+)?(?:include[sd]?|were|have\s+included)\s+",
        0.6,
        club_side="list",
    ),
    # a CV told after a colon, each club with its years: "His career as coach: A (2012-2015), B (2016-2018)
    # and the C national team (2021-2023)", "X has a long career with national teams: A (1995-1998), B …"
    # (a coaching career only: "career as coach", "coaching career", "with national teams"; the first club's
    # bracketed years mark the list as a CV)
    R(
        "career-cv-colon",
        "in_charge",
        # ("X, 68, known as "Bolillo", has …": a nickname after the apposition)
        r"{P}(?:['’]s|{APP}(?:\s+(?:known|nicknamed|dubbed)\s+(?:as\s+)?[^,]{1,30},)?\s+(?:has|had)\s+(?:had\s+)?an?\s+(?:(?:long|lengthy|rich|varied|extensive|\w+ful)\s+)?)"
        r"\s*(?:"
        + _COACHING_CAREER
        + r"|career\s+(?:with|in|on\s+the\s+bench\s+of)\s+(?:national\s+teams|«S\d+»))"
        r"(?:\s+in\s+brief|\s+so\s+far)?\s*:\s*"
        r"(?=(?:the\s+)?«C\d+»(?:\s+(?:national\s+)?(?:team|side))?\s*\(\s*\d{4})",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    R(
        "guided-to",
        "in_charge",
        # ("brought Venezia back to Serie A": the translated "ha riportato", "llevó"; "is best known for
        # leading Iceland to the quarter-finals": the feat he is remembered by)
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|previously|once|famously|later|then)\s+)?(?:guided|led|took|taken|steered|"
        r"brought|" + _KNOWN_FOR + r"(?:leading|guiding|steering|taking))\s+"
        # ("took the Olympic team to silver", "guided the country's under-20 side to the final": a squad)
        r"(?:(?:the\s+)?{CDESC}{C}|(?:the\s+(?:country['’]s\s+)?|{HIS}\s+|«C\d+»['’]s?\s+)?{S})"
        r"(?:{LED_TO}|" + _AT_SENIOR_TOURNAMENT + r")(?![^.;]{0,60}" + AS_A_PLAYER + r")",
        0.6,
        club_side="tag",
    ),
    # "He qualified Uganda for the Africa Cup of Nations", "had classified Peru to the World Cup" (translated
    # "clasificó"), "qualified the Harambee Stars of Kenya for …": a team he took to a tournament
    R(
        "qualified-for",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|previously|once|famously|later|then)\s+)?(?:qualified|classified)\s+"
        r"(?:the\s+)?{CDESC}{C}(?:\s+of\s+«C\d+»)?\s+(?:for|to)\s+" + _TOURNAMENT,
        0.6,
        club_side="tag",
    ),
    # a clause hung on the club: "at Verona, whom he took into the top half", "Almería, club which he
    # already directed three seasons", "Genoa, where he had three separate spells", "Nice, where he
    # finished fifth in his only season in charge", "Sampdoria, with whom he won the Coppa Italia"
    R(
        "club-whom-led",
        "in_charge",
        # ("Maccabi Tel Aviv of Israel, with which he won": the club, not its country)
        r"{C}(?:\s+of\s+(?:the\s+)?«C\d+»)?(?:'s?)?,?\s+(?:(?:the\s+)?" + CLUB_NOUN + r"\s+)?"
        r"(?:whom|which|where|with\s+wh(?:om|ich))\s+{P}\s+"
        r"(?:had\s+|has\s+)?(?:(?:already|previously|once|also|later|then|famously|first|just|recently)\s+)?(?:"
        # ("whom he had taken into the Champions League", "which he brought to Serie A": other feat verbs)
        r"(?:led|took|taken|brought|guided|steered)(?=(?:\s+[\w\-]+){0,2}\s+(?:to|into)\s)|"
        # ("Colombia, which he classified to two World Cups": translated "clasificó")
        r"(?:qualified|classified)(?=\s+(?:for|to)\s+" + _TOURNAMENT + r")|"
        r"(?:won|lifted)\b(?![^.;,]{0,50}\bwith\b)|"  # "Colombia, where he won the league with C": C's
        r"(?:directed|coached|managed|trained)\b(?!\s+against\b)|"
        # "St. Gallen, where he had worked for six years": a spell told by its length
        r"worked\s+for\s+(?:\w+\s+){1,3}?(?:years|seasons)\b|"
        # "Molineux, where he was assistant a decade ago", "C, where he was Y's assistant", "where he was
        # her top assistant": a post on another man's staff there (not "Australia, where he was an assistant
        # at C": C's)
        r"(?:was|served\s+as)\s+(?:(?:an?|the|first-team)\s+|"
        r"(?:«P\d+»['’]s?|his|her)\s+(?:(?:top|first|long-time)\s+)?)?(?:assistant|number\s+two|deputy|right-hand)\b"
        r"(?![^.;,]{0,30}?\b(?:at|with)\s+«C)|"
        r"(?:had|enjoyed|spent)\s+(?:[\w\-]+\s+){0,2}(?:spells?|stints?|seasons?|years)\b|"
        r"(?:[^«.;,]|«[CS]\d+»){0,60}?\bin\s+(?:«P\d+»'s|his|her)\s+(?:\w+\s+){0,2}seasons?\s+in\s+charge\b)"
        r"(?![^.;]{0,60}\bas\s+a\s+player)",
        0.6,
        club_side="tag",
    ),
    # "In the meantime the team was guided by X", "the side has since been led by X": the club in view
    R(
        "team-led-by",
        "in_charge",
        r"\bthe\s+" + TEAM_NOUN + r"\s+(?:(?:has|had|have)\s+(?:since\s+)?been|was|were|is|are)\s+"
        r"(?:(?:formally|temporarily|provisionally|since|then|briefly)\s+)?(?:led|guided|coached|directed|managed)\s+"
        r"(?:(?:formally|temporarily|provisionally)\s+)?by\s+" + STAND_IN_NAMED_AS + r"{P}",
        0.6,
        club_side="topic",
    ),
    # "the team will be conducted by X, coach of the U20s", "until then the side will be led by X": a spell
    # told ahead (a permanent coach is named, not told by who leads the side) is a stand-in's appointment at
    # the story's club; his youth post named beside it stays his
    R(
        "team-will-be-led-by",
        "appointed",
        r"\bthe\s+" + TEAM_NOUN + r"\s+will\s+(?:now\s+)?be\s+"
        r"(?:led|guided|coached|directed|managed|conducted)\s+"
        + LED_FOR_NOW
        + r"by\s+"
        + STAND_IN_NAMED_AS
        + r"{P_OWN}",
        0.65,
        role="caretaker",
        club_side="topic",
    ),
    # "X won the cup with A and led B to the title": the coordinated verb's subject opens the sentence
    # ("coached A, and before that took B from the third tier to the top flight", "and had earlier led B to
    # promotion": the earlier deed told second)
    R(
        "and-guided-to",
        "in_charge",
        r"\band\s+(?:had\s+)?(?:(?:also|later|then|famously|subsequently|earlier|previously|before\s+that)\s*,?\s+)?"
        r"(?:guided|led|took|steered)\s+(?:the\s+)?"
        r"(?=«C\d+»{LED_TO})",
        0.6,
        club_side="list",
        needs_club=True,
    ),
)


# --- spells told by their length ------------------------------------------------------------------
SPELL_LENGTHS: tuple[Rule, ...] = (
    R(
        "had-been-since",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:had\s+been|has\s+been|was|been)\s+(?:the\s+)?(?:{C}(?:'s?)?\s+)?"
        r"(?:«S\d+»\s+)?(?:(?:interim|caretaker|acting|assistant|temporary)\s+)?(?:head\s+coach|manager|coach|"
        r"boss|in\s+charge|at\s+the\s+helm)"
        r"(?:\s+(?:of|at)\s+(?:the\s+)?(?:«S\d+»\s+)?«C\d+»)?\s+since\b",
        0.75,
        club_side="near",
    ),
    R(
        "spent-in-charge",
        "in_charge",
        # ("spent the last two seasons as coach of the C under-19s": the time told back from now)
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?spen(?:t|ds|ding)\s+(?:almost\s+|nearly\s+|more\s+than\s+|over\s+|"
        r"just\s+|around\s+|about\s+)?(?:the\s+(?:past|last|previous)\s+)?(?:\w+|\d+)\s+(?:and\s+a\s+half\s+)?"
        r"(?:years?|seasons?|months?|campaigns?)\s+(?:in\s+charge|as\s+(?:head\s+)?(?:coach|manager|boss)|"
        r"at\s+the\s+helm)\b(?:\s+(?:of|at)\s+(?:the\s+)?{C})?",
        0.7,
        club_side="near",
    ),
    R(
        "during-spell",
        "in_charge",
        r"\b(?:during|in|after|before|throughout)\s+{HIS}\s+(?:\w+\s+){0,2}?(?:spell|stint|time|tenure|"
        r"reign|years)\s+(?:in\s+charge\s+)?(?:at|with|in\s+charge\s+of|as\s+(?:head\s+)?"
        r"(?:coach|manager)\s+of)\s+(?:the\s+)?{C}",
        0.65,
        club_side="tag",
    ),
)


# --- a spell told by what he won ------------------------------------------------------------------
# what a man wins: "the title", "four Scudetti", "the Copa Libertadores", "the double"
# "had earlier won", "before was champion" (translated copy's adverb ahead of the verb): the deed told as an
# earlier one, the subject's all the same (not a clause's "before joining": a past verb follows)
_EARLIER_DEED = r"(?:\s+(?:earlier|before(?=\s+(?:was|won|had|became)\b)))?{HAVE}"
_TITLE_NOUN = (
    r"\b(?:titles?|cups?|copa|league|championships?|trophy|trophies|scudett[oi]|crown|double|treble|"
    r"libertadores|promotion)\b"
)
WON_WITH: tuple[Rule, ...] = (
    R(
        "won-with",
        "in_charge",
        # ("after winning the league with C": the man before, shown coaching elsewhere in the article)
        # ("…, having won it twice with C": the clause's subject)
        # ("…, winning the Cup with A in 2012 and with B in 2015", "…, lifting the trophy with C": a
        # participle of the sentence's subject)
        # ("is best known for winning two titles with C": the feat he is known by)
        # ("X, the Spaniard who won the Europa League with C": the man his nationality or age calls him)
        # ("…, and before that won the league with C", "and earlier won …": the subject's earlier feat)
        r"(?:{P}(?:{APP}{WHO}|,\s+the\s+(?:(?-i:[A-Z][\w\-]*)|\d+-year-old)\s+who){HAVE}"
        + _EARLIER_DEED
        + r"\s+"
        r"(?:also\s+|" + _KNOWN_FOR + r"(?=winning|lifting))?|"
        # ("…, and had previously won three championships with C": the verb's own auxiliary and adverbs)
        r"\band{HAVE}\s+(?:(?:earlier|before\s+that)\s*,?\s+)?(?:was\s+(?=champion))?|"
        # ("…, before winning two titles with C": the subject's later feat, as "after winning" his earlier)
        r",\s+having\s+|,\s+(?=(?:winning|lifting)\b)|\b(?:after|since|following|before)\s+(?=winning))"
        # "had been champion with A, B and C" (not "world champion with Italy": a player's, mostly), "had
        # conquered four titles with C" (translated "conquistó"; not "conquered the hearts of the fans")
        r"(?:won|winning|lifted|lifting|claimed|clinched|conquered(?=\s+[^«.;:!?]{0,30}?"
        + _TITLE_NOUN
        + r")|"
        # ("reached two finals of the Europa League with C", "reached the cup final with C": a final reached)
        r"reached(?=\s+(?:the\s+|two\s+|three\s+|\w+\s+)?(?:[\w\-]+\s+){0,3}?(?:semi-?)?finals?\b)|"
        # ("was champion with C", "became champion twice with C": told of a coach, not a world champion)
        # ("was champion of Belgium with C", "champion of Mexico twice with C": translated "campeón de México
        # con C", the country's league won with the club after it)
        r"(?:(?<=\bbeen\s)|(?<=\bwas\s)|became\s+)(?:an?\s+)?(?!(?:world|european|olympic)\b)(?:[\w-]+\s+)?"
        r"champions?(?:\s+of\s+«C\d+»)?|"
        r"went\s+on\s+to\s+(?:win|lift|claim))\s+(?!(?:his|her)\s+\w+\s+caps?)"
        r"(?:(?!" + AS_A_PLAYER + r")[^«».,;:!?]|«S\d+»){0,70}?"
        r"\b(?:with|at)(?=\s+(?:both\s+)?(?:the\s+)?«[CS])"
        r"(?![^.;]{0,60}" + AS_A_PLAYER + r")",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "X, champion with C in 2015, was also considered", "X, a two-time Polish champion with C, …",
    # "X, finalist of the Copa Libertadores with C": a title told in an aside after his name (or after the
    # noun that names him: "X is one of the most decorated coaches in Ghana, champion with A and B"); no
    # other man between, so "X replaced Y, champion with C" is Y's. (Not "world/European/Olympic
    # champion": a player's title, mostly, as in `won-with`.)
    R(
        "champion-with-aside",
        "in_charge",
        r"{P_OWN}(?:[^«.;:!?]|«[CS]\d+»){0,100}?,\s+(?:an?\s+|the\s+)?(?:(?:two|three|four|five|six|\d+)-time\s+)?"
        r"(?!(?:world|european|olympic|former)\b)(?:[\w-]+\s+)?(?:champion|finalist)s?"
        r"(?:\s+(?:of|in)\s+(?:the\s+)?(?:[\w\-]+\s+){1,4}?|\s+)with(?=\s+(?:the\s+)?«[CS])"
        r"(?![^.;]{0,60}" + AS_A_PLAYER + r")",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # the title told first, the man after it: "A two-time Welsh champion with C, X also coached A and B",
    # "Champion with C in 2015, X …" (not "world/European/Olympic champion", mostly a player's; no other
    # man between)
    R(
        "fronted-champion-with",
        "in_charge",
        r"^(?:an?\s+)?(?:(?:two|three|four|five|six|\d+)-time\s+)?(?!(?:world|european|olympic|former)\b)"
        r"(?:[\w-]+\s+)?champions?\s+with\s+(?:the\s+)?{C}(?:[^«.;:!?]|«[CS]\d+»){0,40}?,\s+{P_OWN}"
        r"(?![^.;]{0,60}" + AS_A_PLAYER + r")",
        0.6,
        club_side="tag",
    ),
    # the club put first: "At C he won two League Cups", "and with the C he conquered the Swiss Cup", "With C,
    # X was champion twice": a title won there (a clause's opening, not "worked with C he …")
    R(
        "fronted-won-with",
        "in_charge",
        r"(?:^|[,;]\s+(?:and\s+)?|\band\s+)(?:at|with)\s+(?:the\s+)?{C}(?:['’]s?\s+«S\d+»)?\s*,?\s+"
        r"{P_OWN}{HAVE}\s+(?:also\s+)?"
        r"(?:won|lifted|claimed|clinched|conquered|(?:(?<=was\s)|became\s+)(?:an?\s+)?champions?)\b"
        r"(?![^.;]{0,60}" + AS_A_PLAYER + r")",
        0.6,
        club_side="tag",
    ),
)


# --- a spell told by an age group's tournament won, no team named ---------------------------------
# "won the European Under-19 Championship", "the FIFA U-20 World Cup", "the under-21 Euro", "the Under-17
# title": a tournament of national age groups, so the squad is the country in view's age group (the rules'
# facts are kept only at a national team: `rule_facts._AGE_TITLE_RULES`)
_AGE_TOURNAMENT_BODY = r"(?:(?:European|World|FIFA|UEFA|AFC|CAF|AFF|Asian|African|CONCACAF|Arab)\s+)?"
_AGE_TOURNAMENT = (
    r"(?=\s+" + _AGE_TOURNAMENT_BODY + r"(?:Championships?|title|crown|Euros?|World\s+Cup|Asian\s+Cup|"
    r"Africa(?:n)?\s+Cup|Cup\s+of\s+Nations|Gold\s+Cup)\b)"
)
# the subject winning it: "X won", "X, who won", "X, 50, has twice won"
_WON_THE_AGE_GROUP = (
    r"{P_OWN}{APP}{WHO}{HAVE}(?:\s+(?:famously|twice|earlier))?\s+(?:won|lifted|claimed|clinched)\s+the\s+"
    + _AGE_TOURNAMENT_BODY
)
# (not a player's: "as a player"; nor the team named after it, "won the Under-21 Euro with Germany", which
# `won-with` reads)
_NO_PLAYER_NOR_TEAM = r"(?![^.;]{0,60}" + AS_A_PLAYER + r")(?![^«.;]{0,40}\bwith\s+(?:the\s+)?«[CS])"
AGE_GROUP_TITLES: tuple[Rule, ...] = (
    R(
        "won-age-group-title",
        "in_charge",
        _WON_THE_AGE_GROUP + r"{S}" + _AGE_TOURNAMENT + _NO_PLAYER_NOR_TEAM,
        0.6,
        club_side="tag",
    ),
    # the second tournament of the same verb: "won the European Under-17 Championship in 2017 and the
    # Under-19 title in 2019"
    R(
        "won-age-group-title-and",
        "in_charge",
        _WON_THE_AGE_GROUP
        + r"«S\d+»"
        + _AGE_TOURNAMENT
        + r"[^«.;:!?]{0,50}?\s+and\s+the\s+"
        + _AGE_TOURNAMENT_BODY
        + r"{S}"
        + _AGE_TOURNAMENT
        + _NO_PLAYER_NOR_TEAM,
        0.6,
        club_side="tag",
    ),
)


# the spell verb of a relative clause on the club: "(the club he) already coached", "had managed" (not
# "managed to beat", "coached against")
_CLAUSE_SPELL_VERB = (
    r"(?:had\s+|has\s+)?(?:(?:already|previously|once|first|also|briefly)\s+)?"
    # ("commanded": translated "comandou")
    r"(?:coached|managed|led|directed|trained|guided|commanded)\b(?!\s+(?:against|to\s+(?!the\b)))"
)


# --- a club told by whom he managed ---------------------------------------------------------------
WHOM_HE_MANAGED: tuple[Rule, ...] = (
    R(
        "whom-managed",
        "in_charge",
        r"(?:{C}|{S}),?\s+(?:whom|which|where)\s+{P}\s+(?:(?:had|has|also|previously|once)\s+)*(?:managed|coached|led|"
        r"guided|worked|was\s+in\s+charge)\b",
        0.7,
        club_side="tag",
    ),
    # "leaves C, the Swedish club she coached from 2009", "after leaving C, the expansion team he coached
    # from its first season": the club told by the spell of a relative clause with no "whom" (not "the club he
    # managed to beat", "the side he coached against", "the club he played for")
    R(
        "club-he-coached",
        "in_charge",
        r"{C}(?:['’]s?)?,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:club|team|side|outfit|selection)\s+{P}\s+"
        + _CLAUSE_SPELL_VERB,
        0.7,
        club_side="tag",
    ),
    # "returns to the club he already coached from 2011 to 2014", "is back in the post he held between 2014
    # and 2016": a return to the club in view, the earlier spell there told by the relative clause
    R(
        "returns-to-post-held",
        "in_charge",
        r"\b(?:returns?|returned|returning|is\s+back|comes\s+back|goes\s+back)\s+(?:to|in)\s+"
        # (the club's noun is tagged as the club in view: "to «C» he coached"; "to C, the club he coached")
        r"(?:(?:the\s+)?{C}(?:,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:club|team|side|outfit|selection))?|"
        r"the\s+(?:club|team|side|post|job|bench|role|position))\s+(?:that\s+)?{P}\s+"
        r"(?:"
        + _CLAUSE_SPELL_VERB
        + r"|(?:had\s+)?(?:(?:already|previously|once|first)\s+)?(?:held|occupied)\b)",
        0.65,
        club_side="tag",
    ),
    # "arrives from C, with whom he was champion twice", "the Olympic team, with which he won the bronze
    # medal": a trophy won with the club or squad named before (a player's too: needs support)
    R(
        "with-whom-won",
        "in_charge",
        r"(?:{C}|{S}),?\s+with\s+(?:whom|which)\s+{P}{HAVE}\s+(?:won|lifted|claimed|clinched|conquered|"
        # ("with whom he lived the promotion": translated "con el que vivió el ascenso")
        r"(?:lived|achieved|celebrated)\s+(?:the|a|an|its|their)\s+(?:\w+\s+)?(?:promotion|title|ascent)|"
        r"(?:was|became|become|been)\s+(?:a\s+)?(?:\w+-time\s+)?champions?)\b"
        # ("with whom he won the title as a player": his playing days; "won «P»": a trophy is never a person,
        # the tagger read "the Serie B title as a player" as someone described)
        r"(?![^.;]{0,60}" + AS_A_PLAYER + r")(?!\s+«P)",
        0.6,
        club_side="tag",
    ),
)


# --- spells told by a possessive, games in charge -------------------------------------------------
SPELLS_BY_POSSESSIVE: tuple[Rule, ...] = (
    R(
        "possessive-club",
        "in_charge",
        r"{P}'s?\s+(?:(?:unbeaten|struggling|resurgent|title-chasing|high-flying|in-form|promoted|relegated|"
        r"newly-promoted)\s+)?(?:«S\d+»\s+)?{C}(?:'s)?(?:\s+(?P<team>side|team|squad|men|outfit)\b)?",
        0.6,
        club_side="tag",
    ),
    # Romance word order for "X's C": "the Colombia of Marsiglia", "the U20 of X", "the women's selection of
    # X", "Vélez, of X," ("el Colombia de", "la Sub 20 de"): the team the man coaches
    R(
        "club-of-person",
        "in_charge",
        r"(?:{C}|{S})(?:\s+(?:national\s+)?(?:side|team|squad|selection))?\s*,?\s+of\s+"
        r"(?:(?:coach|manager|head\s+coach|selector|technician|trainer)\s+)?{P_OWN}"
        # not "the Argentina of Messi and Di María": players named in a list
        r"(?!\s*(?:,|and)\s+«P)",
        0.6,
        club_side="tag",
    ),
    R(
        "games-in-charge",
        "in_charge",
        r"{P}'s?\s+(?:\w+\s+){0,2}(?:games?|match(?:es)?|seasons?|spell|years?|months?)\s+in\s+"
        r"charge\s+(?:of|at)\s+(?:the\s+)?(?:{C}|{S})",
        0.7,
        club_side="tag",
    ),
    R(
        "managed-by",
        "in_charge",
        # ("Palace's men, managed by X": the men's side of a club whose women's team is the story)
        r"{C}(?:'s?(?:\s+(?:men|side|team)\b)?)?,?\s+(?:who\s+(?:are|were|is|was)\s+|(?:are|were|was|have\s+been|"
        r"had\s+been)\s+|now\s+|"
        # ("C, trained / directed / guided by X": translated copy's words for the coach's; not "led by", which
        # match reports use of captains)
        r"currently\s+|then\s+)?(?:managed|coached|trained|directed|guided)"
        r"\s+by\s+(?:(?:former|ex-)\s+(?:«[CS]\d+»\s+)?\w+\s+)?{P}",
        0.7,
        club_side="tag",
    ),
)


# --- roles returned to, former clubs' roles -------------------------------------------------------
FORMER_ROLES: tuple[Rule, ...] = (
    R(
        "returned-as",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:returned|returns|return|returning|c[oa]me\s+back|coming\s+back)\s+"
        r"(?:to\s+(?:the\s+)?(?:{C}|club|team|side|dugout)\s+)?as\s+(?:(?:the\s+|their\s+|its\s+|{HIS}\s+)?(?:new\s+)?)"
        r"(?:«C\d+»(?:'s?)?\s+)?"
        r"(?:{ROLE}|assistant|number\s+two)\b",
        0.8,
        club_side="tag",
    ),
    R(
        "as-club-role",
        "in_charge",
        # ("a spell as C's assistant manager", "a spell as C assistant": an aide's post there)
        r"{P_OWN}{APP}{HAVE}(?:[^«».;:!?]|«[CS]\d+»){0,60}?\bas\s+(?:the\s+)?{C}(?:'s?)?\s+(?:«S\d+»\s+)?"
        r"(?:(?:assistant\s+)?(?:head\s+coach|manager|coach|boss)|assistant)\b",
        0.65,
        club_side="tag",
    ),
    R(
        "former-clubs-role",
        "in_charge",
        r"(?:{P},\s+(?:the\s+|a\s+)?)?\b(?:former|ex-)\s*"
        # ("the former US national team and LA Galaxy coach": a club's squad named after it, one item)
        r"(?=«[CS]\d+»(?:'s)?(?:\s+«S\d+»)?(?:\s*(?:,|and)\s*«[CS]\d+»(?:'s)?(?:\s+«S\d+»)?)+\s+(?:head\s+)?"
        r"(?:manager|coach|boss)\b"
        r"(?:,?\s+{P2})?)",
        0.7,
        club_side="list",
        needs_club=True,
    ),
    # "X, a former coach of Turkey and of Germany's Under-21s, said …": his past posts, listed after "of"
    R(
        "former-coach-of-list",
        "in_charge",
        # ("X, ex-coach of A and of B, …": the article may be left out)
        # ("X, ex-technician of C": translated copy's title)
        r"{P},\s+(?:(?:a|the|an)\s+)?(?:former|ex-|one-time)\s*(?:head\s+)?(?:coach|manager|boss|"
        + TRANSLATED_COACH_TITLE
        + r")\s+of\s+",
        0.7,
        club_side="list",
        needs_club=True,
    ),
)


# the side a clause is about, before its verb: "The U20 (of C) remains …", "C will face the season …"
_SIDE = r"(?:{S}(?:[^«.;:!?]|«C\d+»){0,30}?\s+|{C}[^«.;:!?]{0,30}?\s+|\b(?:team|side|squad|selection)\s+)"
_SIDE_SUBJECT = _SIDE + "?"


# --- posts told by whom he served under, player-coaches -------------------------------------------
SERVED_UNDER: tuple[Rule, ...] = (
    # "Under Mikel Arteta, Arsenal have …": the club's results under its coach
    R(
        "under-person-club",
        "in_charge",
        r"\b[Uu]nder\s+"
        + _GUIDANCE_OF
        + r"(?:(?:coach|manager|boss|head\s+coach)\s+)?{P_OWN},?\s+(?:the\s+)?{C}(?!['’]s)",
        0.65,
        club_side="tag",
    ),
    # "C were dominant under X", "joined C as a player-coach under X", "won the title under his former
    # assistant X": whoever a side plays under is its coach (club: "at C" after him, else the clause's)
    R(
        "played-under",
        "in_charge",
        r"\b[Uu]nder\s+"
        + _GUIDANCE_OF
        + r"(?:(?:the|then|their|its|new|former|interim|caretaker|head|coach|manager|boss)\s+)*"
        r"(?:«P\d+»'s?\s+(?:former\s+|long-time\s+|then\s+)?(?:assistant|number\s+two|deputy)\s+)?"
        r"{P_OWN}(?:\s+(?:at|with)\s+(?:the\s+)?{C})?",
        0.6,
        club_side="under",
        needs_club=True,
    ),
    # "The U20 remains in the hands of X", "the women's team stays in the hands of trainer X", "C will face
    # the season with X on the bench": the man a side is left to, or who sits on its bench through a
    # stretch, coaches it (not "started with X on the bench", a substitute's; nor "in the hands of his
    # collaborators", nobody named; nor "the decision is in the hands of X": a side is the subject)
    R(
        "side-in-hands-of",
        "in_charge",
        _SIDE
        + r"\b(?:remains?|remained|stays?|stayed|is|was|be)\s+(?:(?:for\s+now|for\s+the\s+moment),?\s+)?"
        r"in\s+the\s+hands\s+of\s+(?:(?:coach|trainer|manager|technician)\s+)?{P_OWN}",
        0.6,
        role="head_coach",
        club_side="tag",
    ),
    R(
        "side-with-on-the-bench",
        "in_charge",
        _SIDE_SUBJECT
        + r"(?<!started\s)(?<!starts\s)(?<!began\s)(?<!begins\s)(?<!left\s)(?<!leaves\s)\bwith\s+"
        r"(?:(?:coach|trainer|technician)\s+)?{P_OWN}\s+on\s+the\s+bench\b"
        # (a substitute's bench is a match's: "with X on the bench until the 60th minute")
        r"(?![^.;]{0,60}\b(?:game|match|minutes?|substitutes?|starting|line-?up|XI|fit|injur\w*)\b)",
        0.6,
        role="head_coach",
        club_side="tag",
    ),
    # "he also worked with the first team's forwards", "coaches the strikers": a specialist on the staff
    R(
        "unit-coach",
        "in_charge",
        r"{P_OWN}(?:[^«.;:!?]|«[CS]\d+»){0,80}?\b(?:worked|working|works|coached|coaching|coaches)\s+with\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:{C}['’]s?\s+)?(?:{S}['’]s?\s+|club['’]s\s+)?"
        r"(?:forwards|strikers|attackers|defenders|midfielders|(?P<gk>goalkeepers|keepers))\b",
        0.6,
        role="assistant_coach",
        club_side="tag",
    ),
    # "As manager of Porto, X won …", "As Porto boss, he …": the clause's subject ran the club then
    R(
        "as-manager-of",
        "in_charge",
        r"(?:^|[;:]\s*|\b(?:and|but|while)\s+)as\s+(?:the\s+)?(?:then\s+)?(?:{ROLE}\s+(?:of|at)\s+(?:the\s+)?"
        r"{CDESC}(?=«C\d+»,)|(?=«C\d+»\s+{ROLE},)){C}(?:\s+{ROLE})?,\s+{P_OWN}(?=\s+[a-z])",
        0.7,
        club_side="tag",
    ),
    # "X joined Derby as a player-coach", "X was player-manager of C": he coached while still playing
    R(
        "player-coach",
        "in_charge",
        r"{P_OWN}{APP}{HAVE}\s+(?:(?:joined|rejoined|returned\s+to|moved\s+to|signed\s+for|went\s+to)\s+"
        r"(?:the\s+)?«C\d+»\s+as|was|were|been|became|become|served\s+as|worked\s+as|began\s+as|started\s+as)\s+"
        r"(?:an?\s+|the\s+|(?:«C\d+»['’]s?)\s+)?player[\s-](?:coach|manager)\b",
        0.6,
        club_side="near",
        needs_club=True,
    ),
    # "X became part of a four-man interim team with A, B and C": each of them a caretaker
    R(
        "interim-team",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:(?:became|was|were|formed|made\s+up)\s+)?(?:part\s+of|one\s+of|joined)\s+an?\s+"
        r"(?:[\w\-]+\s+)?(?:interim|caretaker|temporary)\s+(?:management\s+|coaching\s+)?"
        r"(?:team|committee|trio|quartet|duo|set-up|setup|staff)\b"
        r"(?:\s+(?:with|alongside|including|of)\s+(?P<list>«P\d+»(?:\s*,\s*«P\d+»)*(?:\s*,?\s+and\s+«P\d+»)?))?",
        0.65,
        role="caretaker",
        club_side="near",
    ),
    # "Arsenal, under Mikel Arteta, have …", "Chelsea under Pochettino are …"
    R(
        "club-under-person",
        "in_charge",
        r"{C},?\s+under\s+"
        + _GUIDANCE_OF
        + r"(?:(?:coach|manager|boss|head\s+coach)\s+)?{P_OWN},?\s+(?:have|has|are|is|were|was|had|"
        r"will|would|could|look|looks|went|won|beat|lost|drew|became|finished|[a-z]+ed)\b",
        0.65,
        club_side="tag",
    ),
)


# --- a coach's record told in a season report ------------------------------------------------


# "X has won three of his 11 games", "He won three and drew two of his six games in charge":
# the record of his spell (the club in view, or "at C"); "first match in charge will be" tells none.
_RESULT_VERB = r"(?:won|drawn|drew|lost|collected|taken)"
_COUNT = r"(?:\w+|\d+)"
RULE_KEYS.update({"record-of-his-games": (" of his ", " of her ")})
SEASON_RECORDS: tuple[Rule, ...] = (
    R(
        "record-of-his-games",
        "in_charge",
        r"{P_OWN}(?:\s*,\s*\d{2}\s*,)?{HAVE}\s+(?:only\s+|just\s+)?"
        + _RESULT_VERB
        + r"\s+(?:only\s+|just\s+)?"
        + _COUNT
        + r"(?:\s*,\s*"
        + _RESULT_VERB
        + r"\s+"
        + _COUNT
        + r")*(?:,?\s+and\s+"
        + _RESULT_VERB
        + r"\s+"
        + _COUNT
        + r")?\s+of\s+{HIS}\s+(?:(?:first|last|final)\s+)?(?:\d+|\w+)\s+"
        r"(?:(?:league|competitive|Premier\s+League)\s+)?"
        r"(?:games|matches|fixtures)\b(?:\s+in\s+charge\b)?(?:\s+(?:at|of|with)\s+(?:the\s+)?{C})?",
        0.6,
        club_side="tag",
    ),
)

# "X will remain in charge of C", "X has rejected A and will stay on as manager of C", "X remains head
# coach of C": he holds that post now (a coordinated verb of his, with no other person between)
RULE_KEYS.update({"remains-in-charge-of": ("remain", "stay", "stays", "continue")})
SEASON_RECORDS += (
    R(
        "remains-in-charge-of",
        "in_charge",
        r"{P_OWN}(?:{APP}|(?:[^«.;:!?]|«[CS]\d+»){0,100}?\b(?:and|but)\b)?{WHO}{HAVE}\s+"
        r"(?:(?:will|would|shall|is\s+(?:set|expected|going)\s+to)\s+)?(?:still\s+)?"
        r"(?:remain(?:s|ed)?|stay(?:s|ed)?(?:\s+on)?|continue(?:s|d)?)\s+(?:in\s+charge\s+(?:of|at)|"
        # "will continue at the helm of C", "remains at the head of C" ("al frente de", "alla guida")
        r"at\s+the\s+(?:helm|head|command|reins)\s+of|"
        # "will continue on the bench of C" ("seguirá en el banquillo"; who remains on the bench is a player)
        r"(?<=continue\s)on\s+the\s+bench\s+of|(?<=continues\s)on\s+the\s+bench\s+of|"
        r"(?:as\s+)?(?:the\s+)?(?:head\s+coach|manager|coach|boss)\s+(?:of|at)|"
        # "Aimar, who continues to coach the Under-17 side"
        r"(?<=continue\s)to\s+(?:coach|lead|manage|train|guide)|(?<=continues\s)to\s+(?:coach|lead|manage|train|guide))"
        r"\s+(?:the\s+)?(?:{C}|{S})",
        0.7,
        club_side="tag",
    ),
)

# translated Spanish/Italian word order, the verb first: "Arrives X to C" ("Llega X al C"), "Leaves the
# bench of C the Uruguayan X" ("Deja el banquillo del C el uruguayo X"): the subject after its verb
_BENCH_OF = r"(?:the\s+(?:bench|command|helm|dugout|reins)\s+of\s+)?(?:the\s+)?"
RULE_KEYS.update({"verb-first-arrives": ("arrives", "lands"), "verb-first-leaves": ("leaves", "quits")})
SEASON_RECORDS += (
    R(
        "verb-first-arrives",
        "appointed",
        r"^\W*(?-i:Arrives|Lands)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?{P}\s+(?:to|at|in)\s+"
        + _BENCH_OF
        + r"{C}",
        0.75,
        club_side="tag",
    ),
    R(
        "verb-first-leaves",
        "left",
        r"^\W*(?-i:Leaves|Quits)\s+" + _BENCH_OF + r"{C}\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?{P}",
        0.75,
        club_side="tag",
    ),
)

# "A managed Ross County alongside B", "co-managed C together with B": B, the other of joint head coaches
RULE_KEYS.update({"managed-jointly-with": ("alongside", "together with", "jointly with")})
SEASON_RECORDS += (
    R(
        "managed-jointly-with",
        "in_charge",
        r"«P\d+»{HAVE}\s+(?:jointly\s+)?(?:co-)?(?:managed|coached|ran|led)\s+{C}\s+(?:jointly\s+)?"
        r"(?:alongside|together\s+with|jointly\s+with)\s+{P}(?!['’]s?\s)(?!\s+(?:as|in)\s+(?:his|her|their)\b)",
        0.65,
        role="head_coach",
        club_side="tag",
    ),
)


# --- a coach's earlier spells told in passing -----------------------------------------------------


# "before a brief stint at QPR", "after a short spell in Belgium with Sint-Truiden", "before spells with
# Libya and Botswana", "either side of a title-winning stint with C": the spells a career sentence runs
# through (a player's too: see `SPELL_LIST_RULES`); its subject named before, not the man a verb took as
# its object ("He replaced Y, after a spell at C")
_SPELL_ADJ = (
    r"(?:brief|short|short-lived|successful|unsuccessful|ill-fated|disappointing|difficult|underwhelming|"
    r"previous|first|second|\w+-month|\w+-year|\w+-season|\w+-winning|two|three)"
)
_BEFORE_A_SPELL = (
    NOT_AN_OBJECT
    # ("He replaced compatriot Y in Yokohama, after a spell with C": the subject's spell, not Y's)
    + r"(?<!compatriot\s)(?<!countryman\s)"
    r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»|(?<=compatriot\s)«P\d+»|(?<=countryman\s)«P\d+»){0,160}?\b(?:before|after|followed\s+by|then|either\s+side\s+of)\s+(?:a|an|his|her|two|three|"
    r"several)?\s*(?:" + _SPELL_ADJ + r"\s+)*(?:spells?|stints?)\s+"
    r"(?:(?:in\s+(?:interim\s+|caretaker\s+)?charge|as\s+(?:(?:head|interim|caretaker)\s+)?(?:coach|manager|boss))\s+)?"
    # ("in Belgium with C": the country on the way, untagged)
    r"(?:at|with|of|in\s+(?:[A-Z][\w\-]+\s+)?with)\s+"
)
# "X lasted less than five months at Chelsea", "lasted just 77 days in charge of C", "Gattuso lasted less
# than five months" (the club in view): the spell told by its shortness (a player lasts at a club too)
# (the words from "lasted" on: "only lasted less than five months in charge")
_LASTED_SPAN = (
    r"(?:(?:only|just|barely)\s+)?lasted\s+"
    r"(?:(?:only|just|barely|less\s+than|under|fewer\s+than|little\s+more\s+than|(?:a\s+)?(?:little\s+)?over|"
    r"around|about|nearly|almost|a\s+mere)\s+)*(?:a|an|one|\w+|\d+)(?:\s+and\s+a\s+half)?\s+"
    r"(?:days?|weeks?|months?|years?|seasons?|games?|matches)\b"
    r"(?:\s+in\s+(?:charge|the\s+(?:job|role|post|dugout|hot\s+seat)))?"
)
_LASTED = r"{P}{APP}{WHO}{HAVE}\s+" + _LASTED_SPAN
_LASTED_END = (
    r"(?=\s*(?:[.;!?]|$|,\s+(?:and|but|winning|losing|having)\b|"
    r"\s+in\s+(?:his|her|«P\d+»['’]s?)\s+\w+\s+(?:spell|stint)\b))"
)
# (the clause ends there: "lasted under seven months at C after succeeding Y", "…, who replaced him with Z"
# tell the spell by its events)
_LASTED_AT = r"\s+(?:at|with|in\s+charge\s+of)\s+(?:the\s+)?{C}" + _LASTED_END
# "Toppmoller's only senior head coaching job came at F91 Dudelange", "His only other managerial post was at
# Luton", "Roy's only experience as a head coach had come at his former club Nice", "His first job as a head
# coach was at C", "His first senior job came at C", "His first job in management had been at C": a coach's
# earlier post
_ONLY_JOB_CAME = (
    r"{P}['’]s?\s+(?:only|sole|one|first|previous|other)\s+(?:(?:other|previous|senior|permanent|full-time|club|"
    r"first-team)\s+)*(?:(?:head[\s-]coaching|managerial|coaching|management|club)\s+(?:job|role|post|position|"
    r"experience|appointment|spell|stint)|(?:job|role|post|experience|spell|stint)\s+(?:as\s+(?:an?\s+)?"
    # ("his first senior job came at C": "senior job" is tagged as the first team; "His first job in
    # management had been at C")
    r"(?:head\s+coach|manager|coach)|in\s+(?:management|coaching|the\s+dugout))|«S\d+»(?:\s+(?:job|role|post|position))?)\s+(?:had\s+|has\s+)?"
    r"(?:came|come|was|were|been)\s+(?:at|with|in\s+charge\s+of)\s+"
    r"(?:(?:his|her|«P\d+»['’]s?)\s+(?:former|old|hometown|boyhood)\s+club\s+)?(?:the\s+)?{CDESC}{C}"
)
RULE_KEYS.update(
    {
        "before-a-spell-at": SPELL_KEYS,
        "lasted-at": ("lasted",),
        "won-but-lasted-at": ("lasted",),
        "lasted-in-view": ("lasted",),
        # every determiner the rule reads
        "only-job-came-at": ("only", "sole", "previous", "other", "first", "one "),
        "had-first-job-at": ("first",),
        "having-led-to": ("having",),
        "and-was-coach-of": ("and ",),  # (a word start: ", and" too)
        "and-was-clubs-coach": ("and ",),  # (a word start: ", and" too)
    }
)
EARLIER_SPELLS: tuple[Rule, ...] = (
    R("before-a-spell-at", "in_charge", _BEFORE_A_SPELL, 0.6, club_side="list", needs_club=True),
    R(
        "lasted-at",
        "in_charge",
        _LASTED + _LASTED_AT,
        0.6,
        club_side="tag",
    ),
    # "X won the title with A in 2022 but lasted only eight months at B": the short spell told after another
    # deed of the same subject (no other man named between: "X replaced Y, who lasted …" is Y's)
    R(
        "won-but-lasted-at",
        "in_charge",
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»){1,120}?,?\s+(?:but|and)\s+" + _LASTED_SPAN + _LASTED_AT,
        0.6,
        club_side="tag",
    ),
    R(
        "lasted-in-view",
        "in_charge",
        _LASTED + _LASTED_END,
        0.6,
        club_side="topic",
    ),
    R("only-job-came-at", "in_charge", _ONLY_JOB_CAME, 0.6, club_side="tag"),
    # "X had his first top-flight job at C", "…, and got her first senior post with C": the same earlier post,
    # told with the man as the subject (not "his first game at C", "his first job as a player")
    R(
        "had-first-job-at",
        "in_charge",
        # (the clause before may name him again: "X began his career in … and had his first … job at C")
        r"{P}(?!['’]s)(?:[^«».;:!?]|«[CS]\d+»|«P\d+»['’]s?){0,80}?\b(?:had|got|landed|took|earned)\s+"
        r"(?:his|her|«P\d+»['’]s?)\s+first\s+(?:[\w\-]+\s+){0,2}?(?:job|post|role|appointment)\s+"
        r"(?:at|with|in\s+charge\s+of)\s+(?:the\s+)?{CDESC}{C}",
        0.6,
        club_side="tag",
    ),
    # "Put is no stranger to African football, having taken Burkina Faso to the final of the 2013 Afcon":
    # the achievement of a spell told after the clause on the man (a captain takes a team to a final too)
    R(
        "having-led-to",
        "in_charge",
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»){0,120}?,\s+having\s+(?:(?:previously|also|once|already|famously)\s+)?"
        r"(?:taken|led|guided|steered)\s+(?:the\s+)?{C}{LED_TO}",
        0.6,
        club_side="tag",
    ),
    # "He coached the Rapids for four seasons, …, and also was head coach of Chivas USA in 2012": the post
    # of the sentence's subject told in a clause of its own
    R(
        "and-was-coach-of",
        "in_charge",
        # (not the man he "worked with" or "served under": "He worked with Y at A and was head coach of B")
        r"{AT_TAG}(?<!with\s)(?<!under\s)(?<!alongside\s)"
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»|(?<=with\s)«P\d+»|(?<=under\s)«P\d+»){0,160}?,?\s+and\s+"
        r"(?:(?:also|later|then|previously|once|briefly)\s+)*"
        r"(?:was|has\s+been|had\s+been|served\s+as)\s+(?:(?:also|later|then|previously|once|briefly)\s+)*"
        r"(?:the\s+)?(?:(?:interim|caretaker|head)\s+)?(?:coach|manager|boss)\s+(?:of|at)\s+(?:the\s+)?{CDESC}{C}",
        0.6,
        club_side="tag",
    ),
    # "The Frenchman coached Bordeaux, and was briefly Bayern Munich's interim coach in 2017": the same
    # clause with the club's possessive before the post
    R(
        "and-was-clubs-coach",
        "in_charge",
        r"{AT_TAG}(?<!with\s)(?<!under\s)(?<!alongside\s)"
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»){0,160}?,?\s+and\s+"
        r"(?:(?:also|later|then|previously|once|briefly)\s+)*"
        r"(?:was|has\s+been|had\s+been|served\s+as)\s+(?:(?:also|later|then|previously|once|briefly)\s+)*"
        r"{C}['’]s?\s+(?:(?:interim|caretaker|head)\s+)?(?:coach|manager|boss)\b(?!\s+of\s+the\s+(?:year|month|season))",
        0.6,
        club_side="tag",
    ),
)


# --- past posts told in passing in long features -----------------------------------------------------
RULE_KEYS.update(
    {
        "assistant-of-at": ("assistant of", "assistant coach of", "assistant manager of"),
        "boss-staff-at": ("staff at", "staff with", "staff in"),
        "boss-staff-when-won": ("staff when",),
        "boss-staff-no-club": ("staff",),
        "staff-of-boss-no-club": ("staff of", "coaching team of", "backroom team of", "technical team of"),
        "with-as-interim": ("as interim", "as caretaker", "as acting", "as temporary"),
        "departure-of-to": ("departure of", "exit of", "move of"),
    }
)
# a past place on a staff: "was part of", "had been a member of", "as a member of" (not "will join", "stays on
# as part of": a staff of the post in view, whose boss's spell is news told otherwise; not "before joining":
# a staff joined elsewhere, after the club named before)
_PAST_MEMBER = (
    r"\b(?:" + AIDE_COPULA + r"\s+(?:an?\s+)?(?:part|member|one)\s+of|as\s+an?\s+member\s+of)\s+(?:the\s+)?"
)
# the club a clause places the aide at: "at C, he was part of", "C, where he (trained the U18s and) was part
# of", "worked with C as a member of" (not any club named before: "he left C and later was part of Y's staff")
# (an "At C" opener's club, else one a where-clause or "as" follows; "he" may be tagged as the man it means)
_STAFF_PLACE = (
    r"(?P<opener>\b[Aa]t\s+(?:the\s+)?)?{C}"
    r"(?(opener),?\s+(?:he|she|«P\d+»)\s+|(?:,\s+where\s+(?:[^«.;:!?]|«[PS]\d+»){0,80}?|(?:\s+«S\d+»)?\s+(?=as\s)))"
)
PAST_POSTS_IN_FEATURES: tuple[Rule, ...] = (
    R(
        "assistant-of-at",
        "in_charge",
        r"\bassistant\s+(?:(?:manager|coach)\s+)?of\s+{P}" + AT_SENIOR_CLUB,
        0.65,
        role="head_coach",
        club_side="tag",
    ),
    R(
        "boss-staff-at",
        "in_charge",
        r"{P}['’]s?\s+(?:{STAFF_KIND}\s+)?staff" + AT_SENIOR_CLUB,
        0.65,
        role="head_coach",
        club_side="tag",
    ),
    # "C, where he was part of Postecoglou's staff", "worked with C as a member of Löw's staff", "at C, he was
    # part of the technical team of Guardiola": the boss coaches the club the clause places the aide at
    R(
        "boss-staff-no-club",
        "in_charge",
        _STAFF_PLACE + _PAST_MEMBER + r"{P}['’]s?\s+(?:{STAFF_KIND}\s+)?staff" + NO_CLUB_NEXT,
        0.65,
        role="head_coach",
        club_side="tag",
    ),
    # ("in the team of Y" is any man's team: only a coaching, backroom or technical team is a staff)
    R(
        "staff-of-boss-no-club",
        "in_charge",
        _STAFF_PLACE + r"(?:" + _PAST_MEMBER + r"|\b(?:worked|served)\b[^«.;,]{0,40}?\bin\s+)"
        r"the\s+(?:{STAFF}|staff)\s+of\s+{P_OWN}" + NO_CLUB_NEXT,
        0.65,
        role="head_coach",
        club_side="tag",
    ),
    # "was part of Mancini's staff when Italy won Euro 2020": the boss led the team whose feat is told
    R(
        "boss-staff-when-won",
        "in_charge",
        r"{P}['’]s?\s+(?:{STAFF_KIND}\s+)?staff\s+when\s+(?:the\s+)?{C}\s+(?:won|reached|lifted|claimed)\b",
        0.65,
        role="head_coach",
        club_side="tag",
    ),
    R(
        "with-as-interim",
        "in_charge",
        r"\bwith\s+{P}\s+(?:as|serving\s+as)\s+(?:(?:the|their|its)\s+)?"
        r"(?:interim|caretaker|acting|temporary)\s+(?:head\s+)?(?:coach|manager|boss|trainer)\b",
        0.65,
        role="caretaker",
        club_side="before",
    ),
    # "following the departure of Ian Burchnall to Forest Green Rovers": where he went is his next post
    R(
        "departure-of-to",
        "appointed",
        r"\b(?:departure|exit|move)\s+of\s+(?:(?:their|its|the)\s+)?(?:(?:head\s+)?(?:manager|coach|boss)\s+)?"
        r"{P}\s+(?:to|for)\s+(?:the\s+)?{CDESC}{C}",
        0.65,
        club_side="tag",
    ),
)


# --- a squad named as its coach's ------------------------------------------------------------------


RULE_KEYS.update({"squad-of-coach": (" of ",)})
SQUAD_OF_COACH: tuple[Rule, ...] = (
    # translated "the rossoneri first team of Paulo Fonseca", "the Lyon women's team of X": the club's squad
    # its coach runs (a squad is no player's; the club named, as one in view may be another's)
    R(
        "squad-of-coach",
        "in_charge",
        r"(?:\bthe\s+)?{C}\s+«S\d+»\s+of\s+{P_OWN}",
        0.65,
        club_side="tag",
        squad_in_match=True,
    ),
)


# --- a past post told as "his last job" -----------------------------------------------------


RULE_KEYS.update({"last-job-was-at": ("last", "previous", "most recent", "latest", "first")})
LAST_JOB: tuple[Rule, ...] = (
    # "His last job was at Barnsley", "Smith's previous post was as manager of C", "His last club was C":
    # the post a man held before, told by its place in his career
    R(
        "last-job-was-at",
        "in_charge",
        r"{P}['’]s?\s+(?:last|previous|most\s+recent|latest|first)\s+"
        r"(?:(?:managerial|coaching|head\s+coaching|senior|permanent|full-time)\s+)?"
        r"(?:job|post|role|position|club|appointment)"
        r"\s+(?:in\s+(?:management|charge)\s+)?(?:was|came)\s+"
        r"(?:(?:at|with)\s+|as\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:head\s+coach|coach|manager|boss)\s+(?:of|at)\s+)?"
        r"(?:the\s+)?{C}(?!['’])",
        0.7,
        club_side="tag",
    ),
)


# "X has asked to be released from his contract", "requested to be released": the coach's own wish ends it
_ASKED_RELEASE = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:asked|requested)\s+to\s+be\s+released"
    r"(?:\s+from\s+{HIS}\s+(?:contract|deal|duties|post|role))?"
)
RULE_KEYS.update({"asked-to-be-released": ("asked", "requested")})
RULE_KEYS.update({"released-to-take-over": ("asked", "requested")})
LAST_JOB += (
    # "X has asked to be released from his contract", "who asked to be released by Belgian club C": a
    # resignation (the club named in the words, else the one before or in view: not the one he leaves for)
    R(
        "asked-to-be-released",
        "resigned",
        _ASKED_RELEASE + r"(?:\s+(?:by|at|with)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?{C})?",
        0.8,
        club_side="before",
    ),
    # "… asked to be released from his contract in order to take over Swiss club C": the post he goes to
    R(
        "released-to-take-over",
        "appointed",
        _ASKED_RELEASE + r"\s+(?:in\s+order\s+|so\s+as\s+)?to\s+(?:take\s+(?:over|charge)(?:\s+(?:at|of))?|"
        r"join|become\s+(?:the\s+)?(?:new\s+)?(?:head\s+coach|coach|manager)\s+(?:of|at))\s+"
        r"(?:(?:[\w\-]+|«S\d+»)\s+){0,4}?{C}",
        0.75,
        club_side="tag",
    ),
)
