"""Departures: dismissed, resigned, left; leaving a role, partings, exits told in a gerund or a second
clause, exits told with the length of the spell they end.
"""

from __future__ import annotations

from pipeline.extract.lexicon import EXECUTIVE_TITLES
from pipeline.extract.people import PLAYING_POSITION
from pipeline.extract.rules.grammar import (
    CHANGE_WHEN,
    CLUB_DESC,
    DEMONYM_DESC,
    DEMONYM_WORD,
    NOT_AN_OBJECT,
    NOT_MATCH_PLAY,
    PARTED,
    POSSESSOR_DESC,
    REPLACED_DESC,
    SACK_VERB,
    WAVED_AWAY,
)
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# "the contract of (Dutch) (head) coach X": the man whose term a club does not renew (a national team's
# coach too: "of national coach X", "of women's national team head coach X", the team tagged as the club or
# the squad)
_CONTRACT_OF = (
    r"the\s+(?:contract|deal)\s+of\s+(?:" + DEMONYM_WORD + r")?"
    r"(?:(?:(?:wo)?men['’]s\s+)?(?:«[CS]\d+»|national(?:\s+team)?)\s+)?(?:(?:head\s+)?coach\s+|manager\s+)?"
    r"(?=«P\d+»(?!['’]))"
)

# "dismissed his assistant Y": Y is the one sacked, not "his" man (but "dismissed together with his
# son Y": he is, as Y)
_NOT_HIS_MAN = r"(?:(?!['’]s\b)|(?<=with\s«P\d»)|(?<=with\s«P\d\d»))"

# "decided to step down as chairman (of C)": a board post he leaves, not a coaching one
_NOT_AS_EXECUTIVE = (
    r"(?!\s+as\s+(?:the\s+)?(?:(?:club|club's|«C\d+»(?:'s)?)\s+)?(?:" + EXECUTIVE_TITLES + r")\b)"
)


# a season counted: "his fifth season", "her 3rd campaign"
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"


# whose cycle (a coach's spell, translated "ciclo"): "the French coach X", "X" (a few words of title or
# nationality before the name, never a clause)
_CYCLE_HOLDER = r"(?:the\s+)?(?:(?!(?:and|but|who|which|with)\b)[\w\-]+\s+){0,3}?{P_OWN}"


# "X, who (has) ended his …", "X officially closes her …": the man ending a spell of his own, then its club
_ENDED_HIS = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|already|officially)\s+)?(?:ended|ends|finished|finishes|closed|closes|"
    r"concluded|concludes|completed|completes)\s+{HIS}\s+"
)
_ENDED_AT = r"\b(?:\s+(?:with|at|in)\s+(?:the\s+)?{C})?"


# "(X's) contract with C ran out", "(whose) deal was not extended": a term that ended with no new one
# ("his contract as Republic of Ireland manager was not renewed": the post named by its title; "has not been
# renewed" is read by contract-not-renewed)
_CONTRACT_RAN_OUT = (
    r"(?:[\w\-]+\s+){0,2}?(?:contract|deal)"
    r"(?:\s+(?:(?:at|with)\s+(?:the\s+)?|as\s+(?=«C\d+»\s+(?:head\s+)?(?:manager|coach|boss)\b)){C}"
    r"(?:\s+(?:head\s+)?(?:manager|coach|boss))?)?\s+"
    r"(?:had\s+)?(?:was\s+(?:allowed\s+to\s+(?:expire|run\s+out|lapse)|not\s+(?:renewed|extended|prolonged))|"
    r"expired|ran\s+out|lapsed|ended|came\s+to\s+an\s+end)\b"
)


# --- dismissed ---------------------------------------------------------------------
# after "not be part of the staff": a one-game absence ("for Saturday's game", "this weekend", "because of
# illness") or another club's staff ("the new staff at «C»"), not a departure from the club in view
_ABSENCE_OR_ELSEWHERE = (
    r"\s+(?:for\s+(?:the\s+|this\s+|next\s+|[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:game|match|trip|fixture|tie|clash)|"
    r"this\s+weekend|on\s+[A-Z][a-z]+day|against\b|because\s+of|due\s+to|through\s+(?:injury|illness)|"
    r"(?:at|of|with)\s+«C)"
)


# a club closing a man's time in charge: "C have ended / brought / pulled the plug on …" (see the rules)
_CLUB_ENDED = (
    r"{C}{HAVE}\s+(?:ended|ends|ending|brought|brings|called\s+time\s+on|pulled\s+the\s+plug\s+on)\s+"
)
_REIGN = r"(?:reign|tenure|spell|stint|era)"
_REIGN_ENDED = r"(?:\s+(?:at\s+the\s+(?:helm|club)|in\s+charge))?(?:\s+to\s+an?\s+(?:\w+\s+)?end)?(?!\w)"

DISMISSED: tuple[Rule, ...] = (
    R(
        "passive-sacked",
        "dismissed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:got\s+|been\s+)?(?:\w+ly\s+)?"
        # "was suspended and then sacked": a first participle of the same passive
        r"(?:[a-z]+ed\s+and\s+(?:then\s+|later\s+|subsequently\s+|eventually\s+|finally\s+)?)?"
        + SACK_VERB
        + r"\b(?:\s+by\s+(?:the\s+)?{CDESC}{C})?",
        0.9,
        club_side="near",
    ),
    R(
        "active-sacked",
        "dismissed",
        r"\b(?:sack(?:ed|s|ing)?|(?:fire[sd]?|firing|dismiss(?:ed|es|ing|al)?)"
        + WAVED_AWAY
        + r"|axe[sd]?|axing|"
        r"exonerat(?:ed|es|ing|ion)|"
        # "after the destitution of X" (translated Spanish/Portuguese "destitución", "destituição")
        r"destitut(?:ed|es|ing|ion)|"
        r"oust(?:ed|"
        r"s)?|"
        r"let\s+go\s+of|"  # "C let go of coach X"
        # "C removed coach X", "C removed X as head coach" (not "removed the interim tag from X", nor a
        # player taken off: a coach's title before him or his post after)
        r"remov(?:ed|es|ing)(?=\s+(?:the\s+)?(?:head\s+)?(?:coach|manager|trainer)\s+«P\d+»|\s+«P\d+»\s+"
        # ("from his post": the pronoun may be tagged as the man, "from «P»'s post")
        r"(?:as\s+(?:(?:head|first-team)\s+)?(?:coach|manager|trainer|boss)|from\s+{HIS}\s+(?:post|position|duties)))|"
        # "Legia ended the collaboration with the coach X", "decided to end the cooperation with X": the
        # club's act, as "parted company with" (a coach ending his own is "X ended his collaboration with C")
        # "PSS also released goalkeeping coach X": a coach's release, his title before him (a player is
        # released too; "released the Brazilian X as new trainer" is translated Indonesian for unveiled)
        r"releas(?:ed|es)(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?(?:coach|trainer|manager|"
        r"assistant)\s+«P\d+»)|"
        r"(?:end(?:ed|s|ing)?|terminat(?:e|ed|es|ing)|interrupt(?:ed|s)?)\s+(?:the|its|their)\s+(?:\w+\s+)?"
        r"(?:collaboration|cooperation|relationship|association)\s+with|"
        # "rescinded the contract of X" (translated "rescindió el contrato"): the club ended it
        r"rescind(?:ed|s)?\s+(?:(?:yesterday|today|on\s+\w+day)\s+)?the\s+contract\s+(?:of|with)|"
        r"part(?:ed|s)?\s+(?:company|ways){TIME}\s+with|terminat(?:e|ed|es|ing)\s+(?:(?:yesterday|today|on\s+\w+day)\s+)?(?:the\s+contract\s+of|"
        r"the\s+services\s+of))\b(?!\s+by\s)"
        # ("X was dismissed but climbed to fourth under Y": "but" and "under" start another clause)
        r"(?:\s+of)?(?:(?!\s(?:following|after|before|when|while|over|in|but|under|by)\s)[^«».,;:!?]|«[CS]\d+»|(?<!with\s)«P\d+»['’]s\b){0,50}?{P}"
        + _NOT_HIS_MAN,
        0.9,
        club_side="before",
    ),
    # "since Sevilla let him go in October": the club ended it ("refused to let their coach go" is no
    # sacking: the verb must follow the club itself)
    R(
        "club-let-go",
        "dismissed",
        # ("C have let manager X go": his title between)
        r"{C}{HAVE}(?:\s+(?:finally|eventually|then|later|subsequently))?\s+(?:let|lets)\s+"
        r"(?:(?:their|its|the)\s+)?(?:(?:head\s+)?(?:coach|manager|boss)\s+)?{P}\s+go\b",
        0.8,
        club_side="tag",
    ),
    # "C have ended X's reign", "brought X's tenure to an end", "pulled the plug on X's spell in charge",
    # "ended the reign of X": the club closing his time in charge (said of the club, a sacking; "X's reign
    # ended" alone tells no one's act)
    R(
        "club-ended-his-reign",
        "dismissed",
        _CLUB_ENDED + r"{P}['’]s?\s+(?:[\w\-]+\s+)?" + _REIGN + _REIGN_ENDED,
        0.8,
        club_side="tag",
    ),
    R(
        "club-ended-the-reign-of",
        "dismissed",
        _CLUB_ENDED + r"the\s+(?:[\w\-]+\s+)?" + _REIGN + r"\s+of\s+{P}" + _REIGN_ENDED,
        0.8,
        club_side="tag",
    ),
    R(
        "possessive-sacking",
        "dismissed",
        r"{P}(?:'s?|,?\s+whose)\s+(?:sacking|dismissal|firing|axing|exoneration|"
        # "X's contract was terminated", "replacing X, whose contract had been cancelled" (the comma may be
        # left out: "in the place of X whose contract was terminated by the federation"); translated "was
        # resolved" ("resuelto", "resolvido")
        r"contract\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:terminated|cancelled|rescinded|resolved))\b",
        0.85,
        club_side="near",
    ),
    # "For X it is a return after the exoneration at C", "X, back after the sacking by C in May": a sacking
    # told as a bare noun (translated "dopo l'esonero a C"), the sentence's man's, at the club right after
    # (not another man's: "X took over after the sacking at C of Y", "X was named after the dismissal by C";
    # nor a man who speaks of it or is spoken to: "X said the mood lifted after …", "Y spoke to X after …")
    R(
        "after-the-sacking-at",
        "dismissed",
        r"(?<!\bto\s)(?<!\bwith\s)(?<!\bmet\s)(?<!\bpraised\s)(?<!\bthanked\s)(?<!\bwatched\s)"
        r"{P_OWN}(?:(?!appoint|named|hired|took\s+over|takes\s+over|replac|succe|"
        r"said|says|spoke|speaks|told|tells|added|met\b|praised|thanked|watched)[^«.;:!?]|«S\d+»){0,80}?"
        r"\b(?:after|since|following)\s+the\s+(?:sacking|dismissal|exoneration|firing|axing)\s+(?:at|by|from)\s+"
        r"(?:the\s+)?{C}(?!['’])(?!\s+of\b)",
        0.75,
        club_side="tag",
    ),
    # "before the club ended his contract", "the federation terminated his deal": the employer's doing
    R(
        "employer-ended-contract",
        "dismissed",
        r"(?:\bthe\s+(?:club|board|federation|association|owners?)|{C})\s+(?:then\s+|later\s+|eventually\s+|"
        r"promptly\s+|duly\s+)?(?:ended|terminated|cancelled|rescinded|tore\s+up)\s+{P}['’]s?\s+(?:contract|deal)\b",
        0.75,
        club_side="near",
    ),
    R(
        "terminate-contract",
        "dismissed",
        # "the termination of the contract of the Argentine coach X": the noun form of the same act
        r"\b(?:terminat(?:e|ed|es|ing)\s+(?=the\s+contracts?\s+of\s|«P\d+»'s?\s+contract)|"
        r"(?:termination|rescission|cancellation|dissolution)\s+of\s+(?=the\s+contracts?\s+of\s))"
        r"(?:the\s+contracts?\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:head\s+)?coach\s+|manager\s+|technician\s+)?)?{P}",
        0.8,
        club_side="topic",
    ),
    # "the federation decided not to renew the contract of X", "chose not to extend X's deal": his
    # term ran out, a departure (not a sacking)
    R(
        "not-renew-contract",
        "left",
        # ("decided to not renew": the split infinitive; "did not renew (manager) X's contract": the club's
        # act told in the past)
        r"\b(?:(?:(?:decided|chose|opted|elected|voted)\s+(?:(?:not\s+to|to\s+not)\s+(?:renew|extend)|"
        r"against\s+(?:renewing|extending))|did\s+not\s+(?:renew|extend))\s+(?:"
        + _CONTRACT_OF
        + r"|(?:(?:head\s+)?coach\s+|manager\s+)?(?=«P\d+»['’]s?\s+(?:contract|deal)\b))"
        # "will not renew the contract of coach X": the club's decision announced (not "he would
        # not extend his contract", his own words, whose "his" is read as the man)
        r"|(?:will|would)\s+not\s+(?:renew|extend)\s+" + _CONTRACT_OF + r")"
        r"{P}",
        0.75,
        club_side="near",
    ),
    # "X was not renewed after the elimination", "X would not be retained", "who led the side to the final
    # but was not retained": the man himself not kept on when his term ended (translated "no fue renovado"),
    # a departure; "the club did not renew him", "will not bring back head coach X": the club's act told
    # of the man
    R(
        "not-retained",
        "left",
        r"{P}(?!['’]s){APP}{WHO}(?:\s+(?:[^«.;:]|«[CS]\d+»){1,100}?\s+but)?{HAVE}\s+not\s+(?:be\s+|been\s+)?"
        # ("Goalkeeping coach X was not kept", translated copy's 'non è stato confermato'; a bare 'kept' only
        # ending the clause or before who kept him: not 'was not kept informed')
        r"(?:retained|renewed|kept\s+on|kept(?=\s*[.,;]|\s+by\b))\b",
        0.7,
        club_side="near",
    ),
    # "X will not be part of the new staff", "will no longer be part of Y's staff": an aide not kept on by
    # the new man, a departure (the staff in view). Not a one-game absence ("… the staff for Saturday's
    # game because of illness"), nor another club's staff ("… the new staff at «C»": he is not following
    # his old boss there, which says nothing of his leaving the club in view)
    R(
        "not-part-of-staff",
        "left",
        r"{P}(?!['’]s){APP}{WHO}{HAVE}\s+(?:not|no\s+longer)\s+(?:be\s+)?(?:a\s+)?(?:part|member)\s+of\s+"
        r"(?:the\s+new\s+|the\s+|{HIS}\s+)(?:new\s+)?(?:(?:coaching|technical|backroom)\s+)?staff\b"
        r"(?!" + _ABSENCE_OR_ELSEWHERE + ")",
        0.7,
        club_side="topic",
    ),
    R(
        "club-did-not-renew-him",
        "left",
        r"\b(?:did\s+not\s+(?:renew|retain)|(?:will|would)\s+not\s+bring\s+back)\s+"
        r"(?:(?:head\s+)?coach\s+|manager\s+)?{P_OWN}",
        0.7,
        club_side="near",
    ),
    # "brought back X, the coach he dismissed in September", "X, the man the board sacked": an object
    # relative clause — X was sacked, whoever its subject is
    R(
        "the-coach-he-sacked",
        "dismissed",
        r"{P},\s+the\s+(?:coach|manager|man|boss|tactician|technician)\s+(?:(?:that|whom)\s+)?"
        r"(?:(?:owner|president|chairman)\s+«P\d+»|«[PC]\d+»|the\s+(?:own\s+|same\s+)?(?:club|board|president|owner|chairman))\s+"
        r"(?:had\s+|has\s+)?"
        r"(?:(?:already|previously|once|first)\s+)?(?:sacked|dismissed|fired|axed|exonerated)\b",
        0.85,
        club_side="near",
    ),
    # "X, sacked by Leeds in February 2023, was named …": the aside tells a sacking of its own
    R(
        "aside-sacked",
        "dismissed",
        r"{P},\s+(?:(?:\w+ly|also)\s+)?(?:sacked|dismissed|fired|axed|exonerated|ousted|let\s+go|"
        # "X, removed last Monday after the defeat" (translated "destituido"), not "X, removed from the squad"
        r"removed(?=\s+(?:last|on|yesterday|earlier|after|following|this)\b|\s+in\s+(?:(?-i:[A-Z])|\d)))\b"
        # the aside runs to its comma, naming a club on the way ("exonerated in November despite the
        # victory against C, and replaced by Y")
        r"(?:\s+by\s+(?:the\s+)?{CDESC}{C})?(?=(?:[^,;.«]|«C\d+»){0,80}(?:,|\.?$)|"
        # "in substitution of X, exonerated after only eight days despite …": the aside ends the sentence
        r"(?:[^,;.«:]|«C\d+»){0,160}\.?$)",
        0.8,
        club_side="near",
    ),
    # "X, prised away from Luton in November and sacked in February, …": the aside's second participle,
    # at the club in view (not the one he came from)
    R(
        "aside-and-sacked",
        "dismissed",
        r"{P},\s+(?:\w+ly\s+)?(?:appointed|hired|installed|brought\s+in|named|prised|prized|lured|poached|tempted)"
        r"\b(?:[^,;.«]|«[CS]\d+»){0,60}?\band\s+(?:then\s+|later\s+|subsequently\s+)?"
        r"(?P<t>sacked|dismissed|fired|axed|exonerated)\b(?=[^,;.«]{0,40},)",
        0.75,
        club_side="topic",
    ),
)


# --- resigned ------------------------------------------------------------------------
RESIGNED: tuple[Rule, ...] = (
    R(
        "resigned",
        "resigned",
        r"{P}{APP}{WHO}{HAVE}\s+(?:\w+ly\s+)?(?:resign(?:ed|s)|quit(?:s)?|steps?\s+down|stepped\s+down|stepping\s+down|"
        r"stands?\s+down|stood\s+down|standing\s+down|"
        r"walked\s+away|stepped\s+away|steps\s+away|handed\s+in\s+{HIS}\s+(?:resignation|notice)|"
        # ("had tendered their resignations": a manager and his aide, each his own)
        r"(?:tendered|submitted|handed\s+in)\s+(?:{HIS}|their)\s+resignations?|"
        # "walked out on Lazio": he ended it (the gold sets' convention: resigned)
        r"walk(?:ed|s)\s+out\s+(?:on|of)(?=\s+(?:the\s+)?(?:«C|club|team|side|job|post|role))|"
        # "has stepped aside as England manager / from his role / with immediate effect" (not a player's
        # "stepped aside to let Y take the penalty")
        r"(?:steps?|stepped|stepping)\s+aside(?=\s+(?:as\b|from\s+(?:{HIS}|the)\s+(?:role|post|position|job)\b|"
        r"with\s+immediate\s+effect)))\b",
        0.85,
        club_side="near",
    ),
    # "X has called time on his spell at C", "called time on his managerial career": his decision to end it
    # (not "called time on his playing career")
    R(
        "called-time-on",
        "resigned",
        r"{P}{APP}{WHO}{HAVE}\s+(?:\w+ly\s+)?call(?:ed|s|ing)?\s+time\s+on\s+{HIS}\s+(?:\w+[\s-]year\s+|second\s+|"
        r"first\s+|brief\s+)?(?:spell|tenure|time|reign|stint|managerial\s+career|coaching\s+career)\b"
        r"(?:\s+(?:at|with|in\s+charge\s+of)\s+(?:the\s+)?{C})?",
        0.8,
        club_side="tag",
    ),
    # his own choice to go: "X has decided to leave", "opted to step down" (not in a quote, where
    # the club in view is the speaker's guess)
    R(
        "decided-to-leave",
        "resigned",
        r"^[^\"“”]*?{P}{APP}{WHO}{HAVE}\s+(?:decided|opted|chosen|chose)\s+to\s+"
        # (not "decided to leave for C": the club named is where he goes, read below)
        r"(?:leave|quit|resign|step\s+down)\b(?!\s+(?:for|to)\s+(?:the\s+)?{CDESC}«C)" + _NOT_AS_EXECUTIVE,
        0.8,
        club_side="near",
    ),
    # "X decided to leave for C", translated "decided to leave to C": his move, the club named the one he
    # joins
    R(
        "decided-to-leave-for",
        "appointed",
        r"^[^\"“”]*?{P}{APP}{WHO}{HAVE}\s+(?:decided|opted|chosen|chose)\s+to\s+leave\s+(?:for|to)\s+(?:the\s+)?"
        r"{CDESC}{C}(?!['’])",
        0.7,
        club_side="tag",
    ),
    # "X reached an agreement to leave C", "has agreed to leave the club": a departure both sides settled
    # (left, not his resignation)
    R(
        "agreed-to-leave",
        "left",
        r"{P}{APP}{WHO}{HAVE}(?:\s+(?:today|yesterday))?\s+(?:(?:reached|struck)\s+an?\s+agreement|agreed)\s+to\s+leave\s+"
        r"(?:(?:the\s+)?{CDESC}{C}|the\s+(?:club|federation)\b)",
        0.7,
        club_side="tag",
    ),
    # the same in a first-person quotation: '"I have decided to step down," X said' (the 'I' read as
    # the speaker, see quotes.py; the rule fires only on such an 'I')
    R(
        "first-person-decided",
        "resigned",
        r"{P}(?:'ve|'d|\s+have|\s+had)?(?:\s+(?:now|finally|just|therefore|personally|also))?\s+"
        r"(?:decided|opted|chosen|chose|taken\s+the\s+decision)\s+to\s+(?:leave|quit|resign|step\s+down)\b"
        + _NOT_AS_EXECUTIVE,
        0.8,
        club_side="near",
    ),
    # (not "X's resignation as president": a board post he gave up; "as technical director" is the coach's
    # title in Spanish-speaking America and stays his resignation)
    R(
        "possessive-resignation",
        "resigned",
        r"{P}'s?\s+resignation\b(?!\s+as\s+(?!technical\s+director)(?:the\s+)?(?:[\w'’]+\s+)?"
        r"(?:" + EXECUTIVE_TITLES + r")\b)",
        0.8,
        club_side="near",
    ),
)


# --- left ----------------------------------------------------------------------------
# "… left in August", "… left, and", "… departed after the World Cup": a departure named by its verb alone,
# then its time or the clause's end (not "left the pitch", "left out")
_BARE_LEFT = (
    # ("when X stepped aside": making way, with nothing said of how)
    r"{HAVE}\s+(?:left|departed|stepped\s+aside)\b"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:in|on|last|this|earlier|after|following|at\s+the\s+end)\b)"
)
# a spell's end told by a clause hung on its club: "and C, where his duty ended in October 2023", "before a
# spell at Belgian side C that ended after a few months in 2020", "a stint at C which came to an end in May"
# (an end told as a sacking or a resignation, "which ended with his dismissal", is read as that)
_SPELL_NOUN = (
    r"(?:spell|stint|spells|stints|duty|time|tenure|reign|stay|passage|period|cycle|adventure|work|job)"
)
_ENDED = (
    r"(?:only\s+)?(?:ended|finished|concluded|came\s+to\s+an\s+(?:[\w\-]+\s+)?end)\b"
    r"(?!\s+with\s+(?:his|her|the|a)\s+(?:[\w\-]+\s+)?(?:dismissal|sacking|firing|exoneration|resignation))"
)
_CLUB_WHERE_SPELL_ENDED = (
    r"{C},\s+where\s+{P}['’]s?\s+(?:[\w\-]+\s+)?" + _SPELL_NOUN + r"\s+(?:there\s+)?" + _ENDED
)
_SPELL_AT_CLUB_ENDED = (
    NOT_AN_OBJECT
    + r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»){0,160}?\b(?:a|an|his|her)\s+(?:[\w\-]+\s+){0,2}?"
    + _SPELL_NOUN
    + r"\s+(?:in\s+charge\s+)?(?:at|with|of)\s+(?:the\s+)?{CDESC}{C}"
    # ("at Brann in Norway, which ended …": the country after the club)
    + r"(?:\s+in\s+[A-Z][\w\-]+)?,?\s+(?:that|which)\s+"
    + _ENDED
)
RULE_KEYS.update(
    {
        "club-where-spell-ended": ("ended", "finished", "concluded", "to an end"),
        "spell-at-club-ended": ("ended", "finished", "concluded", "to an end"),
    }
)
LEFT: tuple[Rule, ...] = (
    R("club-where-spell-ended", "left", _CLUB_WHERE_SPELL_ENDED, 0.65, club_side="tag"),
    R("spell-at-club-ended", "left", _SPELL_AT_CLUB_ENDED, 0.6, club_side="tag"),
    R(
        "took-over-from",
        "left",
        # ("takes over after X": the man before him, as "from")
        r"\b(?:took|take[sn]?|taking)\s+over\s+(?:[\w\-]+\s+){0,6}?(?:from|after(?=\s+(?:the\s+\w+\s+)?«P))\s+"
        r"(?:the\s+\w+\s+|" + POSSESSOR_DESC + "|" + DEMONYM_DESC + r")?{P}(?!['’]s\b)",
        0.8,
        club_side="after",
    ),
    # "took over at Stadium MK from X", "took over the under-18s the following summer from X": the man
    # before him left the club or squad named between
    R(
        "took-over-at-from",
        "left",
        r"\b(?:took|take[sn]?|taking)\s+over\s+(?:at\s+(?:the\s+)?{C}|(?:the\s+)?{S})\s+(?:[\w\-]+\s+){0,4}?from\s+"
        r"(?:the\s+\w+\s+|" + POSSESSOR_DESC + "|" + DEMONYM_DESC + r")?{P}(?!['’]s\b)",
        0.8,
        club_side="tag",
    ),
    R(
        "replacing",
        "left",
        r"\b(?:replaced|replacing|succeeded|succeeding|in\s+(?:the\s+)?place\s+of|in\s+(?:substitution|replacement)\s+of|"
        r"(?:take|takes|took|taking|taken)\s+the\s+(?:place|relay)\s+of|"  # translated: "took the relay of X"
        r"(?:comes?|came|coming)\s+on\s+the\s+place\s+of|"  # translated: "comes on the place of X"
        # translated "X substitutes Y"; not a player's substitution in a match
        r"substitut(?:es|ed|ing)" + NOT_MATCH_PLAY + r")"
        r"\s+(?:(?:[^«».;]|«S\d+»){0,"
        # "replacing the sacked X", "in substitution of the interim X", "replacing compatriot X",
        # "succeeding his compatriot X" (his: the subject, not the man replaced; "his father X" is kin)
        r"40}?,\s*|the\s+(?:[\w\-]+\s+){1,2}?|" + POSSESSOR_DESC + r"|" + REPLACED_DESC + r")?{P}(?!['’]s\b)",
        0.75,
        club_side="after_topic",
    ),
    R(
        "successor-to",
        "left",
        r"\b(?:successor|replacement)\s+(?:to|for)\s+(?:" + POSSESSOR_DESC + r")?{P}(?!['’]s\b)",
        0.7,
        club_side="topic",
    ),
    # "filling the void left by compatriot X", "the vacancy left by X", "the post vacated by X": the man
    # whose going opened the post in view (not "the gap left by the injured striker X": a player)
    R(
        "void-left-by",
        "left",
        r"\b(?:void|vacancy|gap|post|position|place|seat|job)\s+(?:left(?:\s+(?:vacant|empty|open))?|vacated)\s+by\s+"
        r"(?![^«.;]{0,30}\b" + PLAYING_POSITION + r"\b)(?:" + REPLACED_DESC + r")?{P}(?!['’]s\b)",
        0.7,
        club_side="after_topic",
    ),
    # "(named) as Roberto De Zerbi's successor": the man replaced has gone from the post in view
    R(
        "as-possessive-successor",
        "left",
        # ("still looking for X's successor", "to find X's replacement", "Y, X's replacement, arrives": the
        # post X left is the one sought or filled)
        r"(?:\bas|\bfor|\bfind(?:ing)?|,)\s+(?:the\s+)?{P}'s\s+(?:permanent\s+|long-term\s+)?(?:successor|replacement)\b"
        # (not "X's replacement in midfield": a player's place)
        r"(?!\s+(?:in\s+(?:midfield|defen[cs]e|attack|goal)|up\s+front|on\s+the\s+(?:pitch|wing)))",
        0.65,
        club_side="topic",
    ),
    # "X, who led C to the final, left when his contract expired", "X kept the team up and left at the
    # end of last season": a departure told by when it happened, the club in the aside or in view
    R(
        "left-at-end",
        "left",
        r"{P_OWN}{APP}{WHO}{HAVE}\s+(?:(?:[^.;«]|«[CS]\d+»){0,60}?\band\s+)?(?:left|departed)\s+"
        r"(?:(?:when|after|once|as)\s+{HIS}\s+(?:contract|deal)\s+(?:expired|ran\s+out|ended)"
        # ("his" is tagged as the man it means: "at the end of «P»'s contract")
        r"|at\s+the\s+end\s+of\s+(?:the|last|that|{HIS})\s+(?:\d{4}(?:[-/]\d{2,4})?\s+)?(?:season|campaign|contract))"
        r"(?!\s+(?:for|to)\b)",
        0.7,
        club_side="near",
    ),
    # "C have been without a permanent coach since X left after the World Cup", "without a manager ever
    # since X departed": the vacancy his departure left at the club before
    R(
        "without-coach-since",
        "left",
        r"\bwithout\s+an?\s+(?:(?:permanent|full-time|new|proper|head)\s+)*(?:coach|manager|boss|head\s+coach)\s+"
        r"(?:ever\s+)?since\s+{P_OWN}{APP}{HAVE}\s+(?:left|departed|walked\s+out|moved\s+on)\b",
        0.75,
        club_side="before",
    ),
    # "has been in interim charge since X left after the World Cup", "led C last season, after X left", "the
    # team was led by X, who left in August": a bare departure told as the time of what the sentence tells,
    # from the club it is about (only with its time, a comma or the end after it: "left the pitch" is none)
    R(
        "since-he-left",
        "left",
        r"\b(?:since|after|when|until)\s+" + REPLACED_DESC + r"{P_OWN}{APP}" + _BARE_LEFT,
        0.7,
        club_side="near",
    ),
    # "promoted his assistant after X left to take over C", "the vacancy left when X joined C", "without a
    # coach since X moved to C": a departure told through the man's next job, as the time of what the
    # sentence tells about the club he left (the club before; the one after is where he went)
    R(
        "since-he-moved-on",
        "left",
        # (only in a sentence about the post: a man named, promoted or standing in, a vacancy; "X has won
        # two titles since Y joined D" tells no change at C; "when" only right after the vacancy: "Y was an
        # assistant at C when X took over D" is a time)
        r"\b(?:appoint|named|names|promot|hired|hires|interim|caretaker|vacan|void|gap)[^.;:]{0,100}?"
        # ("interim since February, when X left to …": the time, then the departure)
        r"(?:\b(?:since|after|following)|(?:(?<=\bleft\s)|(?<=\bvacant\s)|(?<=\bopen\s)|(?<=\bempty\s))when|"
        r"\bsince\s+[\w\-]+(?:\s+\d{4})?,\s+when)\s+" + REPLACED_DESC + r"{P_OWN}{APP}{HAVE}\s+"
        # ("left the promoted club for D": the club he left told by a descriptor; the verb is the trigger,
        # so "appointed … a week after X left" dates the exit a week back, not by the appointment)
        r"(?P<t>left\s+(?:(?:the|their|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:club|side|team|champions|holders)\s+(?=for\b))?"
        r"(?:for|to\s+(?:take\s+(?:over|charge)|join|become|coach|manage|lead))|moved\s+(?:on\s+)?to|"
        r"joined|took\s+over(?:\s+at)?|walked\s+out\s+(?:for|to)|departed\s+(?:for|to))\b"
        r"(?=(?:[^«.;,]|«S\d+»){0,40}?«C\d+»)",
        0.7,
        club_side="moved_on_from",
    ),
    R(
        "who-left-then",
        "left",
        # (not "X, who left in March, is now at Norwich": the club named after may be the one he left)
        r"{P_OWN},\s+who" + _BARE_LEFT + r"(?![^.;]*«C)",
        0.7,
        club_side="near",
    ),
    # "X will leave at the end of the season", "is set to depart this summer": an announced departure
    # told with its time and no club (the club in view)
    R(
        "leaves-at-end",
        "left",
        r"{P_OWN}{APP}{WHO}{HAVE}\s+(?:(?:set|due)\s+to\s+)?(?:leave|depart|step\s+away)\s+"
        # (not a player's farewell, told by his appearances or goals later in the sentence)
        r"(?![^.;!?]*\b(?:appearances|caps|outings|goals\s+in)\b)"
        # ("at the end of his fifth season in charge": the season counted)
        r"(?=at\s+the\s+end\s+of\s+(?:the|this|{HIS})\s+(?:\d{4}(?:[-/]\d{2,4})?\s+|" + _ORDINAL + r"\s+)?"
        r"(?:season|campaign|contract)"
        r"|(?:this|next|in\s+the)\s+summer\b|when\s+{HIS}\s+(?:contract|deal)\s+(?:expires|ends|runs\s+out))",
        0.7,
        club_side="near",
    ),
    # "X's contract was allowed to expire", "X's deal with C ran out in June": a departure at the
    # end of the term (past tense only: "X's contract expires in June" is still his post)
    # "after the contract of Portuguese X expired", "when the deal of coach X ran out": the same, told
    # with "of"
    R(
        "contract-of-expired",
        "left",
        r"\bthe\s+(?:[\w\-]+\s+){0,2}?(?:contract|deal)\s+of\s+(?:[\w\-]+\s+){0,2}?{P_OWN}"
        r"(?:\s+(?:at|with)\s+(?:the\s+)?{C})?\s+"
        r"(?:had\s+)?(?:expired|ran\s+out|run\s+out|lapsed|ended|came\s+to\s+an\s+end|was\s+not\s+(?:renewed|extended))\b",
        0.7,
        club_side="topic",
    ),
    R(
        "contract-expired",
        "left",
        # ("X, whose contract was not extended": the same told in a relative clause, whose dates date his
        # exit, `date_facts._contract_clause_dates`)
        r"{P}(?:['’]s?|,?\s+whose)\s+" + _CONTRACT_RAN_OUT,
        0.7,
        club_side="topic",
    ),
    # "Head coach X will leave at the end of the month when his contract expires", "X is to leave at the end
    # of the season": a departure told with no object, only its time (the club is the one in view)
    R(
        "will-leave-at-end",
        "left",
        r"{P}{APP}{WHO}\s+(?:will|is\s+to|shall)\s+(?:also\s+)?leave\s+(?:at\s+the\s+end\s+of\s+(?:the\s+|this\s+)?"
        r"(?:month|season|year|campaign|{HIS}\s+contract)|when\s+{HIS}\s+(?:contract|deal)\s+(?:expires|ends|runs\s+out))\b",
        0.75,
    ),
    R(
        "left-club",
        "left",
        r"{P}{APP}{WHO}{HAVE}\s+(?:left|leave|leaves|leaving|departed|departs|exited|exits|quit|quits)\s+"
        r"(?:(?:{HIS}\s+(?:role|post|job)"
        r"\s+(?:at|with|as)\s+(?:[a-z]+\s+)?(?:of\s+)?(?:to\s+«P\d+»\s+(?:at|with)\s+)?|"
        # "left the bench of C" (translated "dejó el banquillo del C", "lasciato la panchina")
        r"the\s+(?:bench|command|helm|dugout)\s+(?:of|at)\s+(?:the\s+)?|the\s+|"
        + CLUB_DESC
        + r")?{C}|(?:the|that|this)\s+(?:club|team|side|post|position|role|job)"
        # "left his role in February", "leaves that position with immediate effect": his post, told by its
        # title elsewhere (not "his role as director")
        r"\b|{HIS}\s+(?:role|post|job|position)\b(?!\s+(?:at|with|as|of|in\s+the)\b))",
        0.75,
        club_side="after",
    ),
    # "X will hand that role over to his assistant", "… and then handed over to Y", "the last tournament
    # before X hands over to Y", "… reached the final before handing over at the end of that season": he gives
    # up the post he held (what he hands over is the post, or nothing named: not "handed over the trophy");
    # the post is the one the story ties him to where the words name no club ("own")
    R(
        "hands-over-post",
        "left",
        r"{P_OWN}{APP}{WHO}(?:(?:[^«.;:!?]|«[CS]\d+»){0,150}?\s+(?:and|before))?{HAVE}\s+"
        r"(?:hand(?:s|ed|ing)?)\s+(?:over\s+)?"
        r"(?:(?:that|the|this|{HIS})\s+(?:role|job|post|reins|team|side|baton)\s+)?"
        r"(?:over\s+)?(?:to\b|with\s+immediate\s+effect\b|at\s+the\s+end\b|(?=\s*[,.;]|\s*$))",
        0.7,
        club_side="own",
    ),
    # "X is no longer the head coach of C", "X, who is no longer in charge at C"
    R(
        "no-longer-coach",
        "left",
        r"{P}{APP}{WHO}{HAVE}\s+(?:no\s+longer|ceased?\s+to\s+be|ceases\s+to\s+be)\s+(?:(?:the\s+club['’]s|the|a|{HIS})\s+)?"
        r"(?:«S\d+»\s+)?(?:{ROLE}|in\s+charge)"
        r"(?:\s+(?:of|at)\s+(?:the\s+)?{C})?",
        0.75,
        club_side="after",
    ),
    # "Assistants A and B have also left": a staff member gone, told with no club (the one in view)
    R(
        "have-also-left",
        "left",
        r"{P}(?:,[^,«]{1,90},)?,?\s+(?:has|have|had)\s+(?:also\s+)?(?:left|departed|gone)(?:\s+(?:too|as\s+well))?"
        r"(?=\s*[,.;]|\s*$|\s+(?:with|alongside)\s+(?:him|her)\b)",
        0.7,
        club_side="topic",
    ),
    # "McInnes left by mutual consent, with assistant X also departing": staff gone with the coach,
    # told as an absolute clause ("also"/"too" ties him to the departure told before)
    R(
        "with-also-departing",
        "left",
        r"\bwith\s+(?:{HIS}\s+|the\s+)?(?:[\w\-]+\s+|«S\d+»\s+){0,2}?{P}(?:\s+and\s+«P\d+»)?,?\s+(?:also\s+"
        r"(?:departing|leaving|exiting|going|following\s+(?:him|her)\s+out)|(?:departing|leaving|exiting|going)"
        r"\s+(?:too|as\s+well))\b",
        0.7,
        club_side="topic",
    ),
    # "X, Rooney's number two at Plymouth, also left on Tuesday": staff gone with the coach, whose
    # apposition names the boss or the club
    R(
        "appos-also-left",
        "left",
        r"{P},(?:[^,«.;]|«[PC]\d+»(?:['’]s?)?){1,90},\s+(?:(?:has|have|had)\s+)?also\s+(?:left|departed)\b"
        r"(?!\s+for\b)",
        0.7,
        club_side="near",
    ),
    # "Assistant X is leaving with Deila for Standard", "X will depart alongside him": staff going with
    # the departing coach
    R(
        "leaving-with-coach",
        "left",
        r"{P}(?:,[^,«]{1,90},)?,?\s+(?:is|are|will\s+be|will)\s+(?:also\s+)?(?:leaving|departing|leave|depart|go|going)"
        r"\s+(?:with|alongside)\s+(?:him|her|«P\d+»)",
        0.7,
        club_side="topic",
    ),
    # "His assistants A and B are also leaving the club", "his assistant X will also leave": staff going
    # with the coach, told in the future or progressive; "fitness coach X is leaving for a job at the
    # federation": going for work no club's bench (a club after "for" is a move, read by `leaves-for`)
    R(
        "also-leaving",
        "left",
        r"{P}(?:,[^,«]{1,90},)?,?\s+(?:is|are|will|would|shall)\s+(?:also\s+(?:be\s+)?(?:leaving|leave|departing|depart|"
        r"exiting|exit|going)|(?:be\s+)?(?:leaving|departing)\s+too"
        r"|(?:be\s+)?(?:leaving|departing)\s+for\s+an?\s+(?:new\s+)?(?:job|role|post|position)\b)\b",
        0.7,
        club_side="topic",
    ),
    # "… were dismissed too, as was fitness coach X": the clause's verb, understood again
    R(
        "as-was-dismissed",
        "dismissed",
        r"\b(?:sacked|dismissed|fired|axed|let\s+go)\b(?:\s+(?:too|as\s+well))?,?\s+as\s+(?:was|were)\s+"
        r"(?:[\w\-]+\s+){0,3}?{P}",
        0.75,
        club_side="topic",
    ),
    R(
        "as-did-left",
        "left",
        r"\b(?:left|departed)\b(?:\s+(?:too|as\s+well))?,?\s+as\s+(?:did|have|has)\s+(?:[\w\-]+\s+){0,3}?{P}",
        0.7,
        club_side="topic",
    ),
    R(
        "possessive-departure",
        "left",
        # ("after X's move upstairs / into the front office": off the bench into a club post above it)
        r"{P}'s?\s+(?:departure|exit|move\s+away|move\s+(?:upstairs|(?:in)?to\s+the\s+front\s+office))\b"
        r"(?!\s+(?:for|to)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?«C)",
        0.7,
        club_side="near",
    ),
    R(
        "spell-ends",
        "left",
        r"{P}'s?\s+(?:[\w\-]+\s+){0,2}?(?:spell|reign|tenure|stint|time|stay|era)\s+(?:in\s+charge\s+)?"
        # ("X's time as head coach of Sweden's women ended": the title between)
        r"(?:as\s+(?:the\s+)?(?:head\s+)?(?:coach|manager|boss|trainer|selector)\s+(?=of\s))?"
        r"(?:(?:at|with|of)\s+(?:the\s+)?(?:«[CS]\d+»(?:'s?)?\s+)?(?:«[CS]\d+»\s+)?)?(?:has\s+|had\s+)?"
        # ("X's time at C is up": over, in the words of the back pages)
        r"(?:ends|ended|is\s+over|was\s+over|is\s+up|was\s+up|(?:came|comes|come)\s+to\s+an\s+(?:(?:abrupt|early|premature|"
        r"sudden|unhappy)\s+)?end|finished|is\s+finished)\b",
        0.7,
        club_side="near",
    ),
    R(
        "left-for",
        "left",
        r"{P}(?:\s*,(?:[^,«]|«[CS]\d+»){1,90},)?{WHO}{HAVE}\s+(?:left|departed|quit)\s+"
        # ("left in February for C": when, between the verb and the new club)
        r"(?:" + CHANGE_WHEN + r"\s+)?for\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:«C\d+»['’]s?\s+)?«C\d+»",
        0.6,
        club_side="topic",
    ),
)


# --- leaving a role -------------------------------------------------------------------------------
LEAVES_A_ROLE: tuple[Rule, ...] = (
    R(
        "leaves-role-as",
        "left",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:leaves?|left|leaving|quits?|quitting|vacated?|vacates|stepp(?:ed|ing)\s+down\s+from)\s+"
        # ("his post as first-team coach at C", "his role as Y's assistant at C": a squad's or a boss's title)
        r"{HIS}\s+(?:current\s+)?(?:role|post|job|position|duties)\s+as\s+(?:(?:[\w\-]+|«S\d+»|«P\d+»['’]s?)\s+){0,4}?"
        r"(?:(?:(?:to|of|at|with)\s+(?:«P\d+»\s+(?:at|with)\s+)?(?:the\s+)?(?:«S\d+»\s+(?:of|at)\s+)?)?{C}|"
        r"(?:of|at|with)\s+(?:the\s+)?(?:men's\s+|women's\s+)?{S})",
        0.7,
        club_side="tag",
    ),
    # "C can confirm that X has left his role as Head Coach (with immediate effect)": the post named by
    # its title alone, the club the statement's (a club after it is read by "leaves-role-as")
    R(
        "leaves-role-as-title",
        "left",
        # ("has also left his post as assistant manager": an aide's post, his title the role)
        r"{P}{APP}{HAVE}\s+(?:(?:\w+ly|also)\s+)?(?:leaves?|left|leaving|vacated?|vacates)\s+{HIS}\s+(?:current\s+)?"
        r"(?:role|post|job|position)\s+as\s+(?:the\s+)?(?:club's\s+)?(?:(?:first[\s-]team|men's|women's|senior)\s+|«S\d+»\s+)?"
        r"(?:(?:assistant|goalkeeping|fitness)\s+)?(?:head\s+coach|manager|boss|coach)\b(?!\s+(?:of|at|to|for)\b|['’])",
        0.7,
        squad_in_match=True,  # "his role as U21 head coach": that squad's post
    ),
    R(
        "leaves-role-as-spell",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:leaves?|left|leaving|quits?|quitting|vacated?|vacates|stepp(?:ed|ing)\s+down\s+from)\s+"
        r"{HIS}\s+(?:current\s+)?(?:role|post|job|position|duties)\s+as\s+(?:[\w\-]+\s+){0,4}?"
        r"(?:(?:(?:to|of|at|with)\s+(?:«P\d+»\s+(?:at|with)\s+)?(?:the\s+)?(?:«S\d+»\s+(?:of|at)\s+)?)?{C}|"
        r"(?:of|at|with)\s+(?:the\s+)?(?:men's\s+|women's\s+)?{S})",
        0.65,
        club_side="tag",
    ),
)


# --- partings: by mutual consent, club and man parted ---------------------------------------------
PARTINGS: tuple[Rule, ...] = (
    R(
        "mutual-consent",
        "left",
        r"{P}{APP}{WHO}{HAVE}\s+(?:left|leaving|leaves|departed|exited|parted\s+(?:company|ways))\b"
        r"(?:[^«.;]|«S\d+»|«P\d+»'s){0,40}?\bby\s+mutual\s+(?:consent|agreement)",
        0.75,
        club_side="subject",
    ),
    # "X parted ways with C in August", "who parted company with the federation last year": the man as the
    # subject of the parting, a departure (a club that "parted ways with X" is read as a sacking)
    R(
        "he-parted-with-club",
        "left",
        r"{P_OWN}{APP}{WHO}{HAVE}\s+parted\s+(?:company|ways){TIME}\s+with\s+(?:the\s+)?"
        # (not "parted ways with Wigan captain Y": the club names another man's post)
        r"(?:{CDESC}{C}(?!['’]?s?\s+(?:[\w\-]+\s+){0,2}«P\d+»)|(?:club|federation|association)\b)",
        0.7,
        club_side="tag",
    ),
    # "he and the Turkish federation parted by mutual consent", "C and X agreed to part ways in May", "X and
    # C reached agreement for the rescission of the contract": both sides' act, a departure (not a sacking)
    R(
        "person-and-club-parted",
        "left",
        # (the club named before, in the same sentence: "his year at C ended …, and he and the Qatari club …")
        r"{C}(?:[^«.;:!?]|«S\d+»){0,80}?{P}\s+and\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:club|federation|association|board|owners)" + PARTED,
        0.7,
        club_side="tag",
    ),
    # ("The Vietnam Football Federation (VFF) and coach X": the body's initials, then the man's title)
    R(
        "club-and-person-parted",
        "left",
        r"{C}(?:\s*\((?:[^()«]{1,12}|«C\d+»)\))?\s+and\s+(?:(?:head\s+)?(?:coach|manager|trainer)\s+)?{P}"
        + PARTED,
        0.75,
        club_side="tag",
    ),
    R("person-and-club-named-parted", "left", r"{P}\s+and\s+(?:the\s+)?{C}" + PARTED, 0.75, club_side="tag"),
    # "X, who ended his cycle in January", "who finished her cycle with C": the spell ends (translated
    # "terminó su ciclo", "encerrou o ciclo"), told as neither a sacking nor a resignation; so does "X ended
    # his work at C", "ends his work in the club" (translated "kończy pracę w klubie"), the man himself the
    # subject (not "the club ended his contract", a sacking)
    R("ended-his-cycle", "left", _ENDED_HIS + r"(?:cycle|work)" + _ENDED_AT, 0.7, club_side="tag"),
    # "X ended his contract after the Olympics" (translated "terminó su contrato"): said of a player too, so
    # only of a man the story makes a coach
    R(
        "ended-his-contract",
        "left",
        _ENDED_HIS + r"contract" + _ENDED_AT,
        0.7,
        club_side="tag",
        needs_support=True,
    ),
    # "X ends as coach of C", "X ended as head coach of the women's national team" (translated Czech and
    # Polish "končí jako trenér", "kończy jako trener"): his post ends, told as neither a sacking nor a
    # resignation (not "ended as runner-up", "ends as top scorer": a place, not a post)
    R(
        "ends-as-coach-of",
        "left",
        r"{P}{APP}{HAVE}\s+(?:(?:also|officially)\s+)?(?:ends|ended|finishes|finished)\s+as\s+"
        r"(?:(?:head|chief|assistant|interim|caretaker)\s+)?(?:coach|manager|trainer)\s+(?:of|at)\s+(?:the\s+)?"
        r"(?:«C\d+»['’]s?\s+)?«[CS]\d+»",
        0.7,
        club_side="after",
    ),
    # "C officially announced the end of the cycle of the French coach X", "put an end to the cycle of X"
    R(
        "end-of-cycle-of",
        "left",
        r"\b(?:end|close|conclusion)\s+(?:of|to)\s+the\s+cycle\s+of\s+" + _CYCLE_HOLDER,
        0.7,
        club_side="before",
    ),
    # "after the cycle of the Argentine X ended with the elimination", "the cycle of X closed"
    R(
        "cycle-of-ended",
        "left",
        r"\bcycle\s+of\s+" + _CYCLE_HOLDER + r"\s+(?:(?:has|had)\s+)?(?:(?:officially|finally)\s+)?"
        r"(?:ended|ends|closed|closes|concluded|is\s+over|was\s+over|came\s+to\s+an\s+end|comes\s+to\s+an\s+end)\b",
        0.7,
        club_side="near",
    ),
    # "The Mexican Football Federation ended the cycle of X": the club's (or federation's) act, a dismissal
    R(
        "club-ended-cycle-of",
        "dismissed",
        r"{C}{HAVE}\s+(?:(?:officially|also)\s+)?(?:ended|ends|closed|closes|concluded)\s+the\s+cycle\s+of\s+"
        + _CYCLE_HOLDER,
        0.7,
        club_side="tag",
    ),
)


# --- exits told in a gerund or a second clause ----------------------------------------------------
# a word of a plan, which makes what follows in its clause a coming change: "will lead … before stepping down"
_NO_PLAN = r"(?!\b(?:will|would|is\s+to|set\s+to|plans?\s+to)\b)"
# between a spell's subject and its club, and on to its end: no other man named bare, no full stop
_SPELL_WORDS = r"(?:" + _NO_PLAN + r"[^.;«]|«S\d+»|«P\d+»['’]s)"
# the words that put a coach's spell at the club right after them: "led C", "his work at C", "in charge of C",
# "as an assistant coach at C" (not "spent ten years at C", told of players too)
_SPELL_VERB = (
    r"\b(?:led|coached|managed|guided|steered|trained|directed|(?:work|worked|spells?|stints?)\s+(?:at|with)|"
    r"charge\s+(?:of|at)|(?:coach|assistant|manager)\s+(?:at|with|of))"
)
RULE_KEYS.update({"spell-before-leaving": ("before leaving", "before departing")})
EXITS_IN_A_CLAUSE: tuple[Rule, ...] = (
    # "X managed C from 2020 to 2021 before leaving to become Y's assistant", "X is best known for his work at
    # C, whom he guided to the final last season before leaving the club": the spell told ends in his
    # departure, from the club the spell was told at (the first named after him; "before leaving D" names
    # its own club: gerund-left)
    R(
        "spell-before-leaving",
        "left",
        # (the man himself, not his possessive: "X's first spell, …, and he then won …"; the club right after
        # a verb of his spell, not an opponent: "one game, a 2-0 win over C, before leaving")
        r"{P}(?!['’]s)" + _SPELL_WORDS + r"{0,100}?" + _SPELL_VERB + r"\s+(?:the\s+)?{C}"
        r"(?:" + _NO_PLAN + r"[^.;]){0,150}?"
        r"\bbefore\s+(?P<t>leaving|departing)\b(?!\s+(?:the\s+|their\s+)?(?:«C|club\s+«C))",
        0.7,
        club_side="tag",
    ),
    R(
        "gerund-left",
        "left",
        r"\b(?:since|after|before|following|on)\s+(?:\w+ly\s+)?(?:leaving|quitting|(?:his|her)\s+(?:departure|exit)\s+from)\s+"
        r"(?:(?:his|her)\s+(?:role|post|job)\s+(?:at|with)\s+)?(?:the\s+)?{CDESC}{C}",
        0.7,
        club_side="tag",
    ),
    # "…, after refusing a millionaire proposal of the Al-Sadd": the subject turned that club down;
    # "after also turning down Chelsea": the club itself
    R(
        "gerund-declined",
        "offer_declined",
        r"\b(?:since|after|before|following|on|by|when)\s+(?:also\s+|\w+ly\s+)?(?:(?:refusing|rejecting|turning\s+down|"
        r"declining|snubbing)\s+(?:an?\s+|the\s+)?(?:[\w£$€\-]+\s+){0,2}?(?:offer|proposal|approach|bid)s?\s+"
        r"(?:of|from)\s+|(?:rejecting|turning\s+down|snubbing|rebuffing)\s+)(?:the\s+)?{CDESC}{C}",
        0.7,
        club_side="tag",
    ),
    R(
        "gerund-sacked",
        "dismissed",
        # ", being exonerated in October": the translated participle of a sacking after the spell it ends
        r"(?:\b(?:before|after|until|since)|,)\s+being\s+(?:\w+ly\s+)?(?:sacked|dismissed|fired|axed|exonerated|"
        r"relieved\s+(?:of|from)\s+{HIS}\s+duties)\b",
        0.75,
        club_side="before",
    ),
    R(
        "and-was-sacked",
        "dismissed",
        r"{P}(?:[^.;«]|«[CS]\d+»|«P\d+»'s){0,80}?\band\s+(?:was|has\s+been|had\s+been|were)\s+"
        r"(?:(?:most\s+|more\s+)?\w+ly\s+)?"
        r"(?:sacked|dismissed|fired|axed)\s+by\s+(?:the\s+)?{C}",
        0.8,
        club_side="tag",
    ),
    # "X won the league with C but was dismissed five months later": the club he won it with
    R(
        "but-was-sacked",
        "dismissed",
        # ("X, who was brought in December, could not find what was expected and was dismissed in April": his
        # aside first; "struggled in his second season": his own possessive on the way)
        # ("He replaced Y at C in 2020 and was sacked": the subject's sacking, not Y's)
        # ("stepped up from assistant to Y at C in 2020 and guided them to the title, but was sacked": the man
        # he served, named on the way)
        NOT_AN_OBJECT + r"{P_OWN}{APP}{WHO}(?:[^.;«]|«[CS]\d+»|«P\d+»['’]s?\s|(?<=replaced\s)«P\d+»|"
        r"(?<=succeeded\s)«P\d+»|(?<=assistant\sto\s)«P\d+»|(?<=assistant\sunder\s)«P\d+»){0,120}?"
        r"\b(?:but|and)\s+(?:was|had\s+been|has\s+been)\s+"
        r"(?:\w+ly\s+)?(?P<t>sacked|dismissed|fired|axed|exonerated|let\s+go)(?=\s+(?:(?:just|only|barely)\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+later\b"
        # what the sacking followed or who made it ("after the 8-2 defeat", "four games into the next season",
        # "by the board", "by then-president X"; not "by Inter": another club's sacking)
        r"|\s+(?:after|following|amid)\b|\s+(?:\w+\s+)?(?:games?|matches)\s+into\b|\s+by\s+(?-i:[a-z])"
        r"|\s+(?:in|on|last)\s+[A-Z]\w+|\s*[.,;])",
        0.8,
        club_side="tag",
    ),
)


# --- a resignation told in a gerund ---------------------------------------------------------------
RULE_KEYS.update({"before-stepping-down": ("before stepping down", "before resigning", "before quitting")})
GERUND_RESIGNED: tuple[Rule, ...] = (
    R(
        "gerund-resigned",
        "resigned",
        r"\b(?:since|after|before|following)\s+(?:stepping\s+down|resigning|quitting)\s+(?:as|from)\s+(?:the\s+)?"
        r"{C}(?:'s?)?\s+(?:«S\d+»\s+)?(?:head\s+)?(?:coach|manager|boss)",
        0.75,
        club_side="tag",
    ),
    # "X led C to the title in 2022 before stepping down in June", "X led Ghana at the World Cup before
    # stepping down after the tournament": the spell the sentence told ends in his resignation, at the club
    # named last before it (not "before stepping down as C's coach": the rule above; nor "as chairman").
    # The subject is the last man named bare before it ("X succeeded Y, and Y coached C before resigning"),
    # and the clause tells no plan ("X will lead the team at the Olympics before stepping down": a coming
    # exit, read elsewhere)
    R(
        "before-stepping-down",
        "resigned",
        r"{P}(?:"
        + _NO_PLAN
        + r"[^.;«]|«[CS]\d+»|«P\d+»['’]s){0,150}{C}(?:"
        + _NO_PLAN
        + r"[^.;«]|«S\d+»|«P\d+»['’]s){0,100}?"
        r"\bbefore\s+(?:\w+ly\s+)?(?P<t>stepping\s+down|resigning|quitting)\b(?!\s+(?:as|from)\s)",
        0.7,
        club_side="tag",
    ),
)


# --- exits told with the length of the spell they end --------------------------------


RULE_KEYS.update({"left-after-spell": ("left", "leav", "depart", "exit")})
EXITS_WITH_SPELL_LENGTH: tuple[Rule, ...] = (
    # "X departed in November after more than ten years in charge", "X left last month after two seasons at
    # the helm": a departure told with the length of the spell it ends, which tells it was his post (the club
    # named before, else the club in view)
    R(
        "left-after-spell",
        "left",
        # ("departs after three years at the club": a headline's present, or "is leaving")
        r"(?P<titled>(?<=manager\s)|(?<=coach\s)|(?<=boss\s))?"
        r"{P_OWN}{APP}{WHO}{HAVE}\s+(?:left|departed|exited|leaves|departs|exits|leave|depart|leaving|departing)"
        r"{TIME}\s+after\s+"
        r"(?:(?:more\s+than|over|nearly|almost|just|only|some|a|an|his|her)\s+)*(?:[\w\-]+[\s-]+)?"
        r"(?:years?|months?|seasons?|decade|weeks)\s+"
        # ("at the club" only for a man titled coach right before: a player leaves after years at a club too)
        r"(?:in\s+(?:interim\s+|caretaker\s+)?charge|at\s+the\s+helm|(?(titled)at\s+the\s+club|(?!))|"
        r"in\s+the\s+(?:job|role|post|dugout|hot\s+seat))\b"
        # (no club just after: "X, who left after a year in the job, is now at C" tells where he went)
        r"(?!\s+(?:of|at)\s)(?![^.;«]{0,25}«C)",
        0.7,
        club_side="before",
    ),
)
