"""Machine-translated phrasing (Italian/Spanish/Portuguese/German/Turkish news in English), and joining
or serving on a coach's staff told in translated words.
"""

from __future__ import annotations

from pipeline.extract.lexicon import CLUB_NOUN
from pipeline.extract.rules.grammar import BACKROOM_TITLE, STAFF_GROUP
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# --- machine-translated phrasing (Italian/Spanish/Portuguese/German news in English) ----------


# "to their under-19 coach X", "to the B team coach X": a side's coach named by his title, no comma
_SIDE_TITLE = r"(?:the|his|its|their)\s+«S\d+»(?:-team)?\s+(?:head\s+)?(?:coach|manager|boss|trainer)\s+"

# what a club hands a coach: "the team", "the first team", "the bench", "the command of the team"
_THE_TEAM = (
    r"(?:the\s+)?(?:(?:first\s+)?team|«S\d+»|bench|squad|technical\s+(?:command|direction)|"
    r"command(?:\s+of\s+the\s+(?:team|squad|«S\d+»))?)"
)
RULE_KEYS.update(
    {
        "dispense-with-services": ("dispens",),
        "entrust-team-to": ("entrust",),
        "team-entrusted-to": ("entrusted",),
        "command-assumed-by": ("assumed", "taken by", "taken over by"),
        "bench-passes-to": ("pass", "goes to", "go to", "went to", "gone to", "hands of"),
        "his-place-taken-by": ("taken by",),
        "direction-in-charge-of": ("charge of", "hands of", "responsibility of"),
        "successor-becomes": ("successor", "replacement", "substitute"),
        "successor-at-club-is": ("successor at", "successor in", "replacement at", "replacement in"),
        "employer-chose": (
            "chose",
            "opted for",
            "went for",
            "decided for",
            "decided on",
            "settled on",
            "plumped for",
        ),
        "chosen-one-is": ("chosen", "elected", "choice fell", "choice has fallen", "choice falls"),
        "followed-on": ("followed on",),
        "followed-on-appointed": ("followed on",),
    }
)
# a sacked coach's post told as his place: "his place on the bench", "his place at the helm", or "his
# place" alone when the news is of what will come ("his place will be taken by")
_HIS_PLACE = (
    r"(?:\b(?:his|her)|«P\d+»['’]s)\s+place(?:\s+(?:on\s+the\s+bench|in\s+the\s+dugout|at\s+the\s+helm)|"
    r"(?=\s+(?:will|shall)\s+be\s+taken\b))"
)
MACHINE_TRANSLATED: tuple[Rule, ...] = (
    # "decided to dispense with the services of X", "C dispensed with coach X": a sacking
    R(
        "dispense-with-services",
        "dismissed",
        r"\b(?:dispens(?:e|es|ed|ing))\s+with\s+(?:the\s+)?(?:services\s+of\s+)?(?:(?:the\s+)?{ROLE}\s+)?{P_OWN}",
        0.85,
        club_side="before",
    ),
    # "to entrust again the first team to X", "re-entrusted the team to X", "entrusts the bench to the
    # trainer of the Primavera, X": the club hands him the team
    R(
        "entrust-team-to",
        "appointed",
        # ("entrusted the team to their under-19 coach X": the senior team handed to a youth side's coach)
        r"\b(?:re-?)?entrust(?:s|ed|ing)?\s+(?:again\s+|once\s+again\s+|anew\s+)?(?:" + _THE_TEAM + r"\s+"
        r"(?:again\s+)?to\s+(?:(?:the|his|its|their)\s+(?:[^«,.;]|«[CS]\d+»){1,50}?,\s+)?|"
        r"the\s+(?:first\s+)?(?:team|squad|bench)\s+to\s+" + _SIDE_TITLE + r"){P}",
        0.85,
        club_side="before",
    ),
    # "The technical guidance of the first team was entrusted to X", "the team will be entrusted to X"
    # (translated Italian "la guida tecnica è stata affidata a"): the passive of "entrust the team to X"
    R(
        "team-entrusted-to",
        "appointed",
        r"(?:\b(?:technical\s+)?(?:guidance|leadership)\s+of\s+"
        + _THE_TEAM
        + r"|\b"
        + _THE_TEAM
        + r"|«[CS]\d+»)"
        r"(?:\s+of\s+(?:the\s+)?«[CS]\d+»)?\s+(?:will\s+be|is|was|has\s+been|had\s+been|shall\s+be)\s+"
        # ("… entrusted for the moment to the under-19 coach, X": the stretch told before whom)
        r"(?:\w+ly\s+)?entrusted\s+(?:\w+ly\s+|for\s+(?:the\s+moment|now|the\s+time\s+being)\s+)?to\s+"
        r"(?:(?:the|his|its)\s+(?:[^«,.;]|«[CS]\d+»){1,50}?,\s+)?{P}",
        0.8,
        club_side="topic",
    ),
    # "the command of the team will be assumed in interim form by X", "the bench is taken over by X"
    R(
        "command-assumed-by",
        "appointed",
        r"\b(?:command|helm|bench|technical\s+direction|leadership)(?:\s+of\s+(?:the\s+)?(?:team|squad|«[CS]\d+»))?"
        r"\s+(?:will\s+be|is|was|has\s+been|had\s+been|shall\s+be)\s+(?:\w+ly\s+)?(?:assumed|taken(?:\s+over)?)"
        r"(?:\s+(?:in\s+(?:an?\s+)?interim\s+(?:form|basis|way)|on\s+an\s+interim\s+basis|provisionally|"
        r"interim(?:ly)?))?\s+by\s+(?:the\s+[\w\-]+\s+)?{P}",
        0.8,
        club_side="topic",
    ),
    # "The bench passes to X", "the command of the team now goes to X", "the helm passed into the hands of
    # X" (translated "la panchina passa a", "el banquillo pasa a manos de"): the post handed to him
    R(
        "bench-passes-to",
        "appointed",
        # a job, post or bare direction told of something only of the club's team or bench: "the post of
        # sporting director passes to X", "the direction of the academy (a squad tag) passes to X" hand him
        # another post ("the job goes to X" after a sacking is the bench)
        r"\b(?:(?:bench|helm|reins|technical\s+direction|command)(?:\s+of\s+{SHORT})?|(?:job|post)(?!\s+o[fn]\b)|"
        r"(?:job|post|direction)\s+(?:of|on)\s+(?:the\s+)?(?:first\s+)?"
        r"(?:" + CLUB_NOUN + r"|squad|bench|«C\d+»)(?:['’]s?\s+bench)?)\s+(?:now\s+|thus\s+|therefore\s+)?"
        r"(?:pass(?:es|ed)?|will\s+(?:now\s+)?(?:pass|go)|goes|went|has\s+gone)\s+"
        # "… to Y's assistant X", "… to the second coach X": the aide named through his title
        r"(?:(?:in)?to\s+the\s+hands\s+of|to)\s+(?:(?:the|his|«P\d+»['’]s?)\s+(?:[\w\-]+\s+){1,2}?)?{P}",
        0.8,
        club_side="topic",
    ),
    # "The technical direction of C will be in charge of X", "the bench remains in the hands of X" (translated
    # Spanish "la dirección técnica estará a cargo de X"): the team's post, told as the subject, handed to him
    R(
        "direction-in-charge-of",
        "appointed",
        r"\b(?:(?:technical\s+)?(?:direction|command|leadership)|bench|dugout|team|squad)"
        r"(?:\s+of\s+(?:the\s+)?(?:team|squad|«[CS]\d+»))?\s+(?:will\s+(?:now\s+)?(?:be|remain)|is\s+now|remains)\s+"
        r"(?:in\s+charge\s+of|(?:in|into)\s+the\s+hands\s+of|under\s+the\s+(?:responsibility|charge)\s+of)\s+"
        # ("… of the Argentine X", "… of assistant X", "… of his assistant X")
        r"(?:(?:the|his|her|«P\d+»['’]s?)\s+)?(?:[a-z][\w\-]*\s+){0,2}?{P}",
        0.75,
        club_side="topic",
    ),
    # "His place on the bench was taken by X", "his place will be taken by X" (Polish, Czech agency copy):
    # the man whose place it is must have been told leaving (see `_vetoed`): players' places are taken too
    R(
        "his-place-taken-by",
        "appointed",
        _HIS_PLACE + r"\s+(?:will\s+be|is|was|has\s+been|had\s+been|shall\s+be)\s+(?:\w+ly\s+)?taken"
        r"(?:\s+(?:on\s+an\s+interim\s+basis|provisionally|temporarily))?\s+by\s+(?:the\s+[\w\-]+\s+)?{P}",
        0.8,
        club_side="topic",
    ),
    # "Successor becomes, likewise on Monday, X", "The successor is X", "His replacement will be X", "His
    # substitute will be X": the club in view appoints him
    R(
        "successor-becomes",
        "appointed",
        r"\b(?:(?:the|his|her|a|as)\s+)?(?:new\s+)?(?:successor|replacement|substitute)\s+(?:becomes|will\s+be|is|was)\b(?:\s*,[^,«.;]{1,40},)?"
        r"\s+(?:the\s+[\w\-]+\s+)?{P}",
        0.8,
        club_side="topic",
    ),
    # "His successor at the Schützenwiese is X", "The new successor at C will be X": the club named
    # (by name, town or ground) after "successor at" appoints him, whatever club the story is at
    R(
        "successor-at-club-is",
        "appointed",
        r"\b(?:(?:the|his|her)\s+)?(?:new\s+)?(?:successor|replacement)\s+(?:at|in)\s+(?:the\s+)?{C}"
        r"\s+(?:becomes|will\s+be|is|was)\s+(?:the\s+[\w\-]+\s+)?{P}",
        0.8,
        club_side="tag",
    ),
    # "the federation chose X", "when the club opted for X", "C, which however decided for X", "C chose X as
    # their new head coach": the employer's pick is its appointment (a team picking a player is told with a
    # club's name and no coaching word, so a club's name as subject needs one)
    R(
        "employer-chose",
        "appointed",
        r"(?:\bthe\s+(?:[\w\-]+\s+){0,2}?(?:club|federation|board|association|hierarchy)|«C\d+»\s*,\s*which|"
        r"«C\d+»(?=[^.;]*\b(?:coach|manager|boss|successor|replacement|bench|job)\b))"
        r"(?:\s+(?:however|eventually|instead|ultimately|finally|then))?"
        r"\s+(?:chose|opted\s+for|went\s+for|decided\s+(?:for|on)|settled\s+on|plumped\s+for)\s+"
        r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?{P_OWN}",
        0.75,
        club_side="near",
    ),
    # "The chosen one is X", "the elected is X", "the choice fell on X" (translated "el elegido es",
    # "la scelta è caduta su"): the man the club picked for its bench
    R(
        "chosen-one-is",
        "appointed",
        # ("The chosen one to replace him is X": the post he fills told between)
        r"(?:\bthe\s+(?:chosen|elected)(?:\s+one)?(?:\s+to\s+(?:replace|succeed)\s+«P\d+»(?!['’]))?"
        r"\s+(?:is|was|will\s+be)|"
        r"(?:\bthe\s+(?:club['’]s\s+|board['’]s\s+)?|«C\d+»['’]s?\s+)choice\s+(?:fell|has\s+fallen|falls|had\s+fallen)\s+on)"
        # ("… on the former Lechia coach X": his title, with a club)
        r"\s+(?:the\s+(?:[\w\-]+\s+|«C\d+»\s+){0,3}?)?{P_OWN}",
        0.75,
        club_side="topic",
    ),
    # "In January 2021 he had followed on Y": the German "folgte auf", he succeeded Y
    R(
        "followed-on",
        "left",
        r"\bfollow(?:ed|s)\s+on\s+(?:from\s+)?{P}",
        0.75,
        club_side="after_topic",
    ),
    R(
        "followed-on-appointed",
        "appointed",
        r"{P}{APP}{HAVE}\s+follow(?:ed|s)\s+on\s+(?:from\s+)?«P\d+»",
        0.75,
        club_side="topic",
    ),
)


# --- joining or serving on a coach's staff, told in translated words ------------------------------------


# "… to Y's coaching staff (at C)", "… to the backroom team": onto a coach's staff ("the first-team staff"
# is tagged as a squad: `staffside` names it, for the veto of a youth side's staff)
_TO_STAFF = (
    r"\s+to\s+(?:the\s+|{HIS}\s+|«P\d+»['’]s?\s+)(?:(?:first-team|senior|new)\s+|«S(?P<staffside>\d+)»\s+)?"
    r"(?:{STAFF}|staff)\b(?:\s+(?:at|of)\s+(?:the\s+)?{C})?"
)
# the body of aides around a head coach: "the (new) technical commission", "his coaching staff", "the group"
# (not "the group of signings", "the group stage")
# ("the first-team staff", "the professional staff": the senior side's, as a youth coach moves up to it)
_STAFF_BODY = (
    r"(?:the|his|her|«P\d+»'s)\s+(?:new\s+)?(?:(?:first[\s-]team|senior|professional|main)\s+|«S\d+»\s+)?"
    r"(?:{STAFF_KIND}\s+(?:commission|committee|staff|team|body)|staff|" + STAFF_GROUP + r")\b"
)
RULE_KEYS.update(
    {
        "joins-staff-body": (
            "ascend",
            "moves up to",
            "moved up to",
            "steps up to",
            "stepped up to",
            "assigned to",
            "promoted to",
            "integrat",
            "join",
            "enter",
            "complet",
            "part of",
            "round out",
            "rounds out",
            "rounded out",
        ),
        "joins-staff-of-club": ("staff of", "staff at", "team of", "team at"),
        "added-to-staff": ("staff", "team"),
        "added-to-staff-passive": ("added to",),
        "staff-of-will-enter": ("staff of",),
        "working-as-aide": ("working as", "works as", "serving as", "serves as"),
    }
)
TRANSLATED_STAFF: tuple[Rule, ...] = (
    # "The auxiliary X, old partner of Y, also integrates the new technical commission", "X, who joins the
    # coaching staff", translated "analyst X completes the technical team", "X will also be part of the
    # technical body", "fitness coach X and analyst Y round out the staff": he comes onto the staff (not
    # "returns to the staff": a stand-in going back)
    R(
        "joins-staff-body",
        "appointed",
        # (an apposition may end on another man: "X, old partner of Felipão, also joins …")
        # (", who joined the staff under Y": a past step, told aside; his post now may be elsewhere)
        # ("The trainer of the reserve, X, integrates the professional staff": the name set off by commas)
        r"{P}(?:{APP}|\s*,[^,«.;]{1,60}«P\d+»,|(?:(?<=,\s«P\d»)|(?<=,\s«P\d\d»))\s*,)?"
        r"(?:\s*,\s+who(?=\s+(?:also\s+)?(?:joins|enters|integrates|completes)\b))?"
        r"{HAVE}\s+(?:(?:will|to)\s+)?(?:also\s+)?(?:integrates?|integrated|"
        r"integrating|joins|joined|enters|entered|completes?|completed|be\s+(?:a\s+)?part\s+of|"
        r"rounds?\s+out|rounded\s+out|"
        # ("ascends to the staff", "moves up to the first-team staff", "was assigned to the first-team staff":
        # translated "sobe à equipa técnica", a youth coach moved up to the senior staff)
        r"(?:ascends?|ascended|(?:moves?|moved|steps?|stepped)\s+up)\s+to|(?:assigned|promoted)\s+to)"
        r"\s+(?:also\s+)?" + _STAFF_BODY + r"(?!\s+(?:of|at)\s+(?:the\s+)?«C)",
        0.65,
        club_side="topic",
    ),
    # "Brighton have added Andrea Maldera to De Zerbi's coaching staff": he comes onto the staff
    R(
        "added-to-staff",
        "appointed",
        r"\b(?:add|adds|added|adding)\s+{P}" + _TO_STAFF,
        0.7,
        role="assistant_coach",
        club_side="before",
    ),
    # "X has been added to the backroom team at Villa"
    R(
        "added-to-staff-passive",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:been\s+|be\s+)?added" + _TO_STAFF,
        0.7,
        role="assistant_coach",
        club_side="before",
    ),
    # "X has joined the coaching staff of / at Swansea City", "is set to join the backroom team at C": the
    # club named after the staff
    R(
        "joins-staff-of-club",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:(?:set|expected|poised|due|going|likely|will|to)\s+(?:to\s+)?)?(?:also\s+)?"
        r"(?:joins|joined|join|joining)\s+the\s+(?:(?:first-team|first\s+team|senior|new)\s+|«S\d+»\s+)?"
        r"(?:{STAFF}|staff)\s+(?:of|at)\s+(?:the\s+)?{C}",
        0.7,
        role="assistant_coach",
        club_side="tag",
        squad_in_match=True,
    ),
    # "In the staff of Calzona will enter also Marek Hamsik, with the role of technical collaborator"
    R(
        "staff-of-will-enter",
        "appointed",
        r"\b(?:in|into)\s+the\s+(?:technical\s+|coaching\s+)?staff\s+of\s+«P\d+»\s+(?:will\s+)?(?:enter|enters|"
        r"join|joins|arrive|arrives)\s+(?:also\s+)?{P}",
        0.65,
        club_side="topic",
    ),
    # "in which X is working as assistant coach", "Y, who serves as goalkeeping coach": his post now
    R(
        "working-as-aide",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:working|works|serving|serves)\s+as\s+(?:an?\s+|the\s+|{HIS}\s+)?"
        + BACKROOM_TITLE
        + r"\b(?!\s+(?:at|of|with|for|to)\s)",
        0.6,
        club_side="topic",
    ),
)


# A youth or reserve coach's own post, told beside his step up or his stand-in spell: the post's spell (and,
# where the words say it is over, its end; a same-sentence appointment ends it too, see `_promotion_left`)
# "had been coaching Albion's under-23 side before stepping up", "coached PSV's U19s before being promoted"
_COACHED_SQUAD_BEFORE_STEP_UP = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:coaching|coached|leading|led|managing|managed|training|trained|"
    r"in\s+charge\s+of)\s+(?:the\s+club['’]s\s+|the\s+|{HIS}\s+|«C\d+»['’]s?\s+|(?-i:[A-Z][\w\-]+)['’]s?\s+)?{S}"
    r"(?:[^.;«]|«[CS]\d+»){0,60}?\b(?:before|until)\s+(?:(?:being|getting)\s+promoted|"
    r"(?:stepping|moving)\s+up|(?:he|she)\s+(?:was\s+promoted|stepped\s+up|moved\s+up))\b"
)
# "X, until now trainer of the under-23 team,", "X, until recently coach of C's reserves", "X, until now
# responsible for the Under-19s", "X, until now coach of Jong C" (a club's reserve side named as a club), "X,
# who was until now coach of the Sub 17", "X, who until today trained the Primavera", told of a past move too
# ("X, until then coach of the U19, had taken the interim"): a post he leaves; the same told after another
# apposition or as the main clause's own verb ("X, the former C defender, until now coach of D", "X was
# until now the coach of C's U17s", "X, 46, was until now in charge of the club's reserve side", "who until
# now was", the translated "conductor of the Sub 17"; not a where-clause's "he": "moves from C, where he was
# until now …" tells the main clause's man, whoever the pronoun was read as)
_UNTIL_NOW_TITLE = (
    r"(?<!\bwhere\s){P}{APP},?\s+(?:who\s+(?:was\s+|has\s+been\s+)?|(?:was|has\s+been)\s+)?"
    r"(?:until|till|up\s+to)\s+(?:now|then|recently|today|this\s+week)\s+(?:was\s+|has\s+been\s+)?"
    r"(?:(?:the\s+)?(?:{ROLE}|conductor)\s+(?:of|at)|responsible\s+(?:of|for)|in\s+charge\s+of|"
    r"trained|coached|led|directed|managed|conducted)\s+"
    r"(?:the\s+(?:club['’]s\s+)?|«C\d+»['’]s?\s+)?(?:{S}|{C}(?!['’]))"
)
# "He started with the under-17s in January and was promoted to the under-20s": the first post he left
_STARTED_WITH_THEN_PROMOTED = (
    r"{P}{HAVE}\s+(?:started|began|begun|starting|beginning)(?:\s+(?:out|coaching))?\s+(?:with|at|in)\s+"
    r"(?:the\s+|«C\d+»['’]s?\s+)?{S}(?:[^.;«]|«[CS]\d+»){0,60}?\band\s+(?:was|got|has\s+been)\s+promoted\s+to\b"
)
# "until now the U23 coach": keys of both until-now-title rules
_UNTIL_NOW_KEYS = ("until", "till", "up to now")
RULE_KEYS.update(
    {
        "coached-squad-before-step-up": ("before", "until"),
        "until-now-title": _UNTIL_NOW_KEYS,
        "until-now-title-left": _UNTIL_NOW_KEYS,
        "started-with-then-promoted": ("promoted to",),
        "started-with-then-promoted-left": ("promoted to",),
        "until-then-in-charge-of": ("until", "till"),
        "the-role-of-squad-person": (
            "coach of",
            "trainer of",
            "technician of",
            "manager of",
            "boss of",
            "dt of",
            "technical director of",
        ),
    }
)
TRANSLATED_STAFF += (
    R("coached-squad-before-step-up", "in_charge", _COACHED_SQUAD_BEFORE_STEP_UP, 0.7, club_side="tag"),
    R("until-now-title", "in_charge", _UNTIL_NOW_TITLE, 0.7, club_side="tag"),
    R("until-now-title-left", "left", _UNTIL_NOW_TITLE, 0.7, club_side="tag"),
    R("started-with-then-promoted", "in_charge", _STARTED_WITH_THEN_PROMOTED, 0.7, club_side="tag"),
    R("started-with-then-promoted-left", "left", _STARTED_WITH_THEN_PROMOTED, 0.7, club_side="tag"),
    # "Until Monday he was still in charge of the under-20s": a post that ended then
    R(
        "until-then-in-charge-of",
        "left",
        r"\b(?:until|till)\s+(?:(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|recently|now|"
        r"last\s+(?:week|month)|this\s+week)\s*,?\s+{P}\s+(?:was|had\s+been)\s+(?:still\s+)?(?:in\s+charge\s+of|"
        r"(?:the\s+)?(?:head\s+)?(?:coach|manager|trainer)\s+of)\s+(?:the\s+|«C\d+»['’]s?\s+)?{S}",
        0.7,
        club_side="tag",
    ),
    # "entrust the team to the trainer of the Primavera, Paolo Beruatto": the title he holds
    R(
        "the-role-of-squad-person",
        "in_charge",
        # ("the DT of the Sub-20, X": the Spanish "director técnico", the coach, as "technical director")
        r"\bthe\s+(?:head\s+)?(?:coach|trainer|technician|manager|boss|DT|technical\s+director)\s+of\s+"
        r"(?:the\s+|«C\d+»['’]s?\s+)?{S}"
        r"(?:\s+of\s+«C\d+»)?,\s+{P}",
        0.7,
        club_side="tag",
    ),
)


# "X says goodbye to C", "bids farewell to C": the translated "se despide de", "saluta", "verabschiedet sich"
# (a club named: not "said goodbye to the fans")
RULE_KEYS.update({"says-goodbye-to": ("goodbye", "farewell", "adieu")})
FAREWELLS: tuple[Rule, ...] = (
    R(
        "says-goodbye-to",
        "left",
        r"{P}{APP}{WHO}{HAVE}\s+(?:\w+ly\s+)?(?:says|said|say|saying|bids|bid|bade|bidding)\s+"
        r"(?:goodbye|farewell|adieu)\s+to\s+(?:the\s+)?{CDESC}{C}(?!['’])",
        0.7,
        club_side="tag",
    ),
)
