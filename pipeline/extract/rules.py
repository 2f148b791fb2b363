"""Event patterns over a *tagged* sentence.

Before matching, every mention in a sentence is replaced by a tag: «P3» a person, «C1» a
club, «S2» a squad phrase (the number indexes the sentence's mention list). Patterns are then
written the way football news phrases things ("«P» has been appointed", "sacked … «P»",
"«P»'s side") with a few macros: {P} / {P2} person, {C} club, {S} squad, {APP} an
apposition between commas, {GAP} a short stretch of words with no person tag, {STAFF} a
coach's staff ("backroom team"; {STAFF_KIND} its kind word alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.lexicon import CLUB_NOUN, DEMONYMS, EXECUTIVE_TITLES, LIST_SEP, TEAM_NOUN
from pipeline.extract.trie import trie_pattern

# family words: "his father X", "the son of Y" name a relative, whatever post he held
_KIN = (
    r"(?:son|daughter|father|mother|brother|sister|wife|husband|uncle|nephew|niece|cousin|grandson|"
    r"granddaughter|son-in-law)"
)
# what a man is to another, said in apposition ("X, the nephew of Y,", "X, the former assistant of Y,")
_KIN_OR_AIDE = r"(?:" + _KIN + r"|protégé|protege|assistant|deputy|number\s+two|right-hand\s+man)"
# the staff around a head coach, named by its kind: "coaching staff", "backroom team", "technical staff"
_STAFF_KIND = r"(?:coaching|backroom|technical)"
_STAFF_TEAM = _STAFF_KIND + r"\s+(?:staff|team)"
# "A, B and C": a list of names, the rule's (?P<list>)
_PEOPLE_LIST = r"(?P<list>«P\d+»(?:" + LIST_SEP + r"«P\d+»)*)"
# the same, none of its names an owner ("A and B's side")
_UNOWNED_PEOPLE_LIST = r"(?P<list>«P\d+»(?!['’])(?:" + LIST_SEP + r"«P\d+»(?!['’]))*)"
_MACROS = {
    "{P}": r"«P(?P<p>\d+)»",
    "{P2}": r"«P(?P<p2>\d+)»",
    "{C}": r"«C(?P<c>\d+)»",
    "{S}": r"«S(?P<s>\d+)»",
    "{HIS}": r"(?:his|her|their|its|«P\d+»'s)",
    "{WHO}": r"(?:\s*,?\s+(?:who|which))?",
    # an apposition: ", 45,", " (45)", or ", the former A and B coach" before "who …"
    # (not one ending on another person: "…, turning to coach Y, who left C": Y left)
    # (a relative clause may run longer: ", who led A to three titles and coached the B national team,")
    "{APP}": r"(?:\s*,[^,]{1,90}(?<!«P\d»)(?<!«P\d\d»),|\s*,\s+who\s[^,]{86,160}(?<!«P\d»)(?<!«P\d\d»),|"
    r"\s*\([^)]{1,40}\)|"
    # "X, a former defender of A, B and C, made his name …": a playing career's list of clubs
    r"\s*,\s+(?:a|the)\s+former\s+(?:[\w-]+\s+){0,2}?(?:player|defender|midfielder|striker|forward|winger|"
    r"goalkeeper|full-?back|centre-?back|captain)\s+(?:of|for|at|with)\s+«C\d+»(?:\s*,\s*«C\d+»)*\s*,?\s+and\s+«C\d+»,|"
    # "X, member of the technical staff of Y, was leading the team": the staff he belongs to may end on
    # his boss's name
    r"\s*,\s+(?:a\s+|the\s+)?(?:member|part)\s+of\s+(?:[^,«.;]|«[CS]\d+»){1,40}?«P\d+»(?:'s\s+[\w\-]+)?"
    r"(?:\s+(?:at|with)\s+«C\d+»)?,|"
    r"\s*,\s+(?:the|a|an)\s+(?:[^,«.;]|«[CS]\d+»){1,60}?"
    r"\b(?:coach|manager|boss)(?=\s+who\s)|"
    # "X, the son of Y, was appointed", "X, the former assistant of Y at C, has …": kin or an aide's post
    # under another man, then the subject's verb
    r"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    + _KIN_OR_AIDE
    + r"\s+(?:of|to)\s+(?:[^,«.;]|«[CS]\d+»){0,50}?"
    r"«P\d+»(?:\s+(?:at|with)\s+«C\d+»)?,(?=\s+(?:\w+ly\s+)?(?:has|have|had|was|were|is|will)\s))?"
    # the name itself set off by commas: "The coach of C, X, was dismissed" (not "in place of X, is the …")
    r"(?:(?:(?<=,\s«P\d»)|(?<=,\s«P\d\d»))\s*,(?=\s+(?:has|have|had|was|were|is|will)\s))?",
    "{STAFF}": _STAFF_TEAM,
    "{STAFF_KIND}": _STAFF_KIND,
    "{GAP}": r"(?:[^«».;:!?]|«[CS]\d+»){0,60}?",
    "{FOR_JOB}": r"(?:\s+for\s+the\s+(?:[\w-]+\s+){0,2}?(?:job|post|role|position|vacancy|hot\s+seat))?",
    # what a club is called before its name: "Saudi Pro League champions C", "Mexican side C"
    "{CDESC}": r"(?:(?:[A-Z][\w\-]*\s+|\d\s+){0,4}"
    r"(?:champions|club|side|outfit|giants|leaders|holders|rivals)\s+)?",
    # "… (C's under-23s) to the title / second place / a bronze medal", not as a player
    # ("took Norwich up twice", "guided C up as champions": a promotion told by 'up')
    "{LED_TO}": r"(?:'s?)?(?:\s+«S\d+»)?"
    r"(?:\s+up\b(?!\s+(?:front|top|the\s+field|against|to\s+(?:speed|date)))|"
    # ("taken C from League Two to the Premier League": where the climb began)
    r"(?:\s+from\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}?(?=\s+(?:to|into)\s))?"
    r"\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    r"(?:[\w\-]+\s+){0,3}?"
    r"(?:title|cup|trophy|league|promotion|final|semi-?finals?|quarter-?finals?|championship|crown|place|flight|"
    r"half|play-?offs|medal|glory|safety|survival|qualification|double|treble|«[CS]\d+»|"
    r"[A-Z]\w+\s+(?:Cup|League)|"
    # "took C into Serie A", "up to Ligue 1": a top division named by its own name
    r"Serie\s+[ABC]|Ligue\s+[12]|(?:2\.\s+)?Bundesliga|La\s+Liga|Eredivisie|Primeira\s+Liga|S(?:ü|u)per\s+Lig|"
    r"Ekstraklasa|Allsvenskan|Eliteserien|Brasileir(?:ã|a)o|MLS\s+Cup|"
    # "took Japan to the last 16 of the World Cup", "to the round of 16": a knockout stage reached
    r"last\s+(?:16|sixteen|eight|four|32)|round\s+of\s+(?:16|32))\b)(?![^.;]{0,60}\bas\s+a\s+player)",
    # "will lead the team / take charge of the side / coach C": a coach's coming spell
    "{WILL_LEAD}": r"(?:will|would|is\s+to|was\s+to)\s+(?:lead|coach|manage|guide|take\s+charge\s+of|"
    r"be\s+in\s+charge\s+of)\s+(?:the\s+(?:team|side|club|squad)\b|(?:the\s+)?«[CS]\d+»)",
    "{SHORT}": r"(?:[^«».;:!?]|«[CS]\d+»){0,30}?",
    # a time phrase between a verb and its preposition: "replaced last year by", "sacked on Sunday by",
    # "appointed earlier this month as", "parted ways on 3 March with", "replaced in May 2023 by"
    "{TIME}": r"(?:\s*,?\s+(?:(?:earlier|later)\s+)?(?:in|on|last|this|during|over|at)\s+(?:the\s+)?"
    r"(?:(?:early|late|mid-?|end\s+of|start\s+of|\d{1,2}(?:st|nd|rd|th)?)\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|year|season|campaign|week|weekend|"
    r"month|summer|winter|spring|autumn|morning|afternoon|evening|night)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+\d{4})?(?:\s+(?:morning|afternoon|evening|night))?,?"
    r"|\s+(?:yesterday|today))?",
    # ("I'm leaving", "I've resigned": a first-person quotation, see quotes.py)
    "{HAVE}": r"(?:'(?:m|ve|ll|d)\b)?(?:\s+(?:has|have|had|is|are|was|were|will|would|shall|'s|am|also|now|"
    r"officially|just|already|reportedly|been|be|being|then|finally|since|subsequently|previously|"
    r"currently|formerly|once|initially|first|later|recently|only|himself|herself|still)\b)*",
    "{ROLE}": r"(?:(?:new|permanent|full-time|interim|caretaker|acting|temporary|assistant|"
    r"first-team|first team|senior|head|chief|youth|reserve|B|B-team)\s+)*(?:manager|"
    r"head\s+coach|coach|boss|trainer|tactician|gaffer|technician|strategist|coach|"
    # translated titles: Italian "mister", Spanish "DT" (director técnico), "helmsman" (timonel)
    r"mister|helmsman|DT|"
    # "Former Liverpool assistant X": the bare title right before his name
    r"assistant(?=,?\s+«P))",
}


# "in interim", "in interim form", "on an interim basis": a stand-in's charge, told as a manner (translated
# Spanish/Portuguese "en forma interina", "interinamente")
_INTERIM_WAY = (
    r"(?:in\s+(?:an?\s+)?(?:interim|provisional|deputy)(?:\s+(?:form|way|capacity|character))?|"
    r"on\s+an?\s+(?:interim|temporary|provisional|caretaker)\s+basis|interim(?:ly)?)"
)
# "the interim managers", "caretaker boss": stand-ins named by their title before their names
_STAND_IN_TITLE = (
    r"\b(?:interim|caretaker|acting|temporary)\s+(?:head\s+)?"
    r"(?:coach|coaches|manager|managers|boss|bosses|duo|pair)\s+"
)
# "had steadied the side", "steadied the ship": what a stand-in did with the team
_STEADIED = (
    r"{HAVE}\s+(?:(?:\w+ly|also)\s+)?(?:steadied|steered|stabili[sz]ed|calmed)\s+"
    r"(?:the\s+)?(?:team|side|squad|ship)\b"
)
# "the team was guided for two matches / led in the last matches of the year by X": a spell told by its
# matches is a stand-in's (a permanent coach's spell is told by its years)
_STAND_IN_SPELL = (
    r"(?:\b(?:the\s+)?" + TEAM_NOUN + r"|«C\d+»)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:guided|led|coached|managed|directed|commanded)\s+(?P<spell_told>"
    r"(?:for|in|during)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:matches|games|fixtures)(?:\s+of\s+the\s+(?:year|season))?|"
    # "the team was led on an interim basis by X"
    r"on\s+an?\s+(?:interim|temporary|caretaker)\s+basis)?"
    r"\s*by\s+(?:(?:assistant|first-team)\s+(?:coach\s+|manager\s+)?)?{P}(?!'s)"
    # "the side was led by assistant coach X as caretaker": else the spell is told after the name
    r"(?(spell_told)|\s+as\s+(?:the\s+|an?\s+)?(?:interim|caretaker)\b)"
)
# "…, who then returned to the second team / to his post": a stand-in going back to the post he held
_RETURNED_TO = (
    r"(?:[^.;«]|«[CS]\d+»){0,150}?\breturn(?:ed|s)?\s+(?:then\s+|later\s+|after(?:wards)?\s+)?to\s+"
    r"(?:the\s+|{HIS}\s+)?(?:«S\d+»|(?:(?:second|secondary|reserve|youth|b)\s+" + TEAM_NOUN + r"|"
    r"post|function|role|job|position|duties|academy|reserves)\b)"
)
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
# "X was promoted from the U23s", "X, who stepped up in January from C's reserve team": the squad he leaves
_PROMOTED_FROM = (
    r"{P}(?:{APP}{WHO}{HAVE}|"
    + _PROMOTION_LATER
    + r")\s+(?:promoted|(?:stepped|steps|stepping|step)\s+up|(?:moved|moves|moving)\s+up)"
    + _WHEN_BEFORE_FROM
    + r"\s+from\s+(?:the\s+)?(?:{C}|{S})"
)
# "He was also Y's assistant at C", "had been an assistant to Y with C": the post told with a bare copula
_AIDE_COPULA = (
    r"(?:was|is|were|had\s+been|has\s+been|having\s+been|became)(?:\s+(?:also|previously|once|later|then))?"
)
# an aide's title, incl. translated ones: "assistant", "adjunct", "auxiliary", "right-hand man", "number two",
# "co-trainer" (the German "Co-Trainer")
_AIDE_NOUN = (
    r"(?:assistant(?:\s+coach|\s+manager)?|adjunct|auxiliary|deputy|number\s+two|no\.?\s*2|co-(?:trainer|coach)|"
    r"right-hand\s+(?:man|woman))"
)
# "an assistant to Y", "adjunct of Y", "Luis Enrique's assistant", "Y's number two", "Y's right-hand man":
# someone's aide (Y tagged)
_AIDE_OF = (
    r"(?:(?:an?\s+|the\s+)?(?:former\s+|long-time\s+)?(?:assistant\s+(?:coach\s+|manager\s+)?(?:to|under|of)|"
    r"(?:adjunct|auxiliary|deputy|number\s+two|co-(?:trainer|coach)|right-hand\s+(?:man|woman))\s+(?:to|of))\s+«P\d+»|"
    r"«P\d+»['’]s?\s+(?:former\s+|long-time\s+|trusted\s+)?" + _AIDE_NOUN + r")"
)


# a person a verb or preposition takes as its object ("He replaced Y", "under Y"): not the subject of
# what follows
_NOT_AN_OBJECT = (
    r"(?<!from\s)(?<!with\s)(?<!under\s)(?<!to\s)"
    r"(?<!replaced\s)(?<!replacing\s)(?<!succeeded\s)(?<!succeeding\s)"
)

# adverbs inside "who (himself) was (once) coach of": "himself", "also", "previously"
_SELF = r"(?:(?:himself|herself|also|previously|once|formerly|briefly)\s+)*"
# one capitalised word left untagged: a town, ground or nickname ("Ostrava", "Sincil Bank", "the Syli")
_CAPITALISED = r"(?-i:[A-Z][\w'’\-]*)"

# an aide kept on: "remain as", "stays on as", "will continue as"
_STAYS_ON = r"\b(?:remain|remains|remained|stay|stays|stayed|continue|continues|continued)(?:\s+on)?\s+as\s+"

# where the aide served: "at C", ", with C", "both at C and (previously) at C2"
_AIDE_AT = r",?\s+(?:both\s+)?(?:at|with|in)\s+"


# someone's aide named by title before the aide's own name: "his assistant X", "Y's long-time number two X"
_AIDE_TITLED = r"(?:«P\d+»(?:['’]s?)?|the)\s+(?:[\w\-]+\s+)?" + _AIDE_NOUN + r"\s+(?=«P\d+»)"
# the man a passive "by" names may carry his aide's title: "by his assistant X", "by assistant X"
_AIDE_BY = r"(?:" + _AIDE_TITLED + r"|(?:assistant|interim|caretaker)\s+(?:coach\s+|manager\s+)?(?=«P\d+»))?"


# what the replaced man is called between the verb and his name: "replace compatriot X", "replaces interim
# coach X", "succeed the successful interim solution X" (lowercase words, none a preposition: "replaced in the
# dugout by X" is the other way round)
# "Sampaoli had relieved Lopetegui in October" (Spanish "relevó a"): took over from the man named right after
# ("relieved X of his duties" is a sacking)
_RELIEVED_MAN = r"reliev(?:es|ed|ing)(?=\s+(?:the\s+[A-Z]\w+\s+)?«P\d+»(?!['’])(?!\s+of\b))"
# "replaces Serbian X", "takes over from Turkish tactician X": the replaced man's nationality, then
# at most one lowercase title word
_DEMONYM = r"(?-i:" + trie_pattern(set(DEMONYMS)) + r")"
_DEMONYM_DESC = _DEMONYM + r"\s+(?:(?-i:[a-z][\w\-]*)\s+)?(?=«P\d+»)"
# "confirmed X as national coach until 2026", "will remain as women's national coach": the squad phrase
# that is itself the post ("national coach" is tagged a squad), where nothing but its time or an end follows
_SQUAD_AS_POST = (
    r"«S\d+»(?=\s*(?:[,.;:!?)]|$|(?:until|through|for|on|at|in|from|after|and|with|of|beyond)\b))"
)
# a nationality before a title: "the Swiss technical director X"
_DEMONYM_WORD = _DEMONYM + r"\s+"
# what the club is before its name: "Hungarian champions C", "Swiss club C", "Premier League side C"
_CLUB_DESC = (
    r"(?:(?!to\b|for\b|and\b)[\w\-]+\s+){1,3}?(?:club|side|outfit|giants|champions|holders|leaders|rivals)\s+"
)
_REPLACED_DESC = (
    r"(?:" + _DEMONYM_DESC + r"|(?:(?:the|his|her|their)\s+)?(?:(?!(?:by|with|as|for|at|in|on|to|and|or|but|"
    r"him|her|them|who|after|before|from)\b)(?-i:[a-z][\w\-]*)\s+){0,3}?)"
)
# "his former boss Y", "Xavi's mentor Y": the man named after a possessor and a few words of what he
# was to him (not kin: "his father Y")
_POSSESSOR_DESC = r"«P\d+»['’]s\s+(?!" + _KIN + r"\b)(?:[\w\-]+\s+){1,3}?(?=«P)"
# what two sides did together when a coach went: "parted by mutual consent", "agreed to part ways", "reached
# agreement for the rescission of the contract", "have separated"
_PARTED = (
    r"{HAVE}\s+(?:(?:mutually\s+)?agreed\s+to\s+(?:part|separate|go\s+their\s+separate\s+ways)\b|"
    r"(?:parted|separated)\b(?:\s+(?:ways|company))?(?!\s+with\b)|"
    # "agreed to end their working relationship", "decided to terminate their collaboration"
    r"(?:(?:mutually\s+)?(?:agreed|decided)\s+to\s+|(?=ended\b|terminated\b))(?:end(?:ed)?|terminated?)\s+"
    r"(?:their|the)\s+(?:working\s+|professional\s+|contractual\s+)?(?:relationship|cooperation|collaboration|"
    # "VFF and coach X have agreed to terminate the contract" (both sides: the one contract between them)
    r"association|partnership|contract)\b|"
    r"reached\s+(?:an?\s+)?(?:mutual\s+|amicable\s+)?agreement\b(?=(?:[^.;«]|«[CS]\d+»){0,50}?\b(?:rescission|"
    r"termination|end|dissolution|cancellation|part\s+ways|to\s+part)\b))"
)
# the words after a person that tell his stand-in spell, up to the clause joining what he does next:
# ", who led C on an interim basis this season,", " has been interim head coach since then and", " took
# caretaker charge after his departure and", "…; he"
# (another man only as a possessive or as the one whose exit opened the spell: "since Y was sacked")
_SPELL_WORDS = (
    r"(?:[^«.;:!?]|«[CS]\d+»|«P\d+»['’]s?|«P\d+»(?=\s+(?:was|had\s+been)\s+(?:sacked|fired|dismissed)\b|"
    r"\s+(?:had\s+)?(?:left|departed|quit|resigned|stepped\s+down)\b))"
)
# a stand-in's spell told by the games he took without a title: "ran the team for three games", "took
# charge of the last three games", "led the side in the final two matches"
_STAND_IN_GAMES = (
    r"(?:ran|led|took\s+charge\s+of|oversaw|coached|guided|steered)\s+(?:the\s+"
    + TEAM_NOUN
    + r"\s+(?:for|in)\s+)?"
    r"(?:the\s+)?(?:(?:last|previous|past|final|next|first)\s+)?(?:(?:two|three|four|five|six|seven|eight|\d+)\s+)?"
    # ("the last two league games", "the final three Premier League matches": the competition between)
    r"(?:(?:league|cup|(?-i:[A-Z][\w\-]*))\s+){0,2}(?:games|matches|fixtures)"
)
_STAND_IN_TOLD = (
    _SPELL_WORDS
    + r"{0,120}?\b(?:interim|caretaker|acting|temporary|"
    + _STAND_IN_GAMES
    + r")\b"
    + _SPELL_WORDS
    + r"{0,120}?"
    # "…; he will …" (the pronoun tagged as him: see `_vetoed`)
    r"(?:,|\s+and|;\s+(?:he|she|«P(?P<again>\d+)»))"
)
# "running the club's U21 side", "coaching Ajax's «S»": a squad he runs, named after the verb
_RUNNING_SQUAD = (
    r"(?:running|coaching|leading|managing|overseeing|(?:{HIS}\s+(?:role|post|job|position)\s+as))\s+"
    r"(?:the\s+club['’]s\s+|«C\d+»['’]s?\s+|the\s+|{HIS}\s+)?(?:(?:[\w\-]+|«[PC]\d+»)\s+){0,3}?"
    r"(?:«S\d+»|(?:side|team|squad|academy)\b)"
)
# "will stay on as an assistant", "is expected to remain part of the coaching staff", "was then kept on by Y
# as his number two", "will return to the youth set-up / to his role": a stand-in stepping back
_STEPS_BACK = (
    r"{HAVE}\s+(?:(?:expected|set|due|likely|going)\s+to\s+)?(?:"
    # ("will stay in the staff as assistant")
    r"(?:stay|stays|stayed|remain|remains|remained)\s+(?:(?:on|in)\s+(?:the\s+)?staff\s+|on\s+)?as\s+"
    r"(?:an?\s+|the\s+|{HIS}\s+)?(?:first-team\s+)?(?:assistant|number\s+two|no\.?\s*2)\b|"
    # ("will remain on Noonan's staff": the new head coach's)
    r"(?:stay|stays|stayed|remain|remains|remained)\s+(?:(?:on|in)\s+(?:the\s+|«P\d+»['’]s\s+)?|part\s+of\s+(?:the\s+|{HIS}\s+)?)"
    r"(?:(?:{STAFF_KIND}\s+)?(?:staff|set-?up)|{STAFF_KIND}\s+team)\b|"
    r"kept\s+on\s+(?:by\s+«P\d+»\s+)?as\s+(?:an?\s+|the\s+|{HIS}\s+)?(?:assistant|number\s+two)\b|"
    # ("returns to the backroom staff", "will go back to be assistant coach": the aide's post he held)
    r"(?:return|returns|returned|go\s+back|goes\s+back|went\s+back|revert|reverts)\s+to\s+(?:the\s+|{HIS}\s+)?"
    r"{STAFF}\b|"
    r"(?:go|goes|went)\s+back\s+to\s+(?:be|being)\s+(?:an?\s+|the\s+|{HIS}\s+)?(?:first-team\s+)?"
    r"(?:assistant|number\s+two)\b|"
    r"(?:return|returns|returned|go\s+back|goes\s+back|revert|reverts)\s+to\s+(?:the\s+|{HIS}\s+)?"
    r"(?:«S\d+»|(?:youth|academy|reserve|b|second)\s+(?:set-?up|team|side|squad|ranks)\b|academy\b|reserves\b|"
    # ("will return to that role": the post named before)
    r"(?:previous\s+|former\s+|old\s+|usual\s+|that\s+)?(?:role|post|position|duties|job)\b|"
    # "will go back to running the club's reserve side": the squad he ran before
    + _RUNNING_SQUAD
    + r"))"
)


def _expand(pattern: str) -> str:
    for macro, regex in _MACROS.items():
        pattern = pattern.replace(macro, regex)
    return pattern


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    event: str
    source: str  # the regex, macros expanded; compiled the first time a sentence needs it
    confidence: float
    role: str | None = None  # forced role; else read from the words around the match
    club_side: str = "near"  # where to look for the club: "after", "before", "near", "topic"
    needs_club: bool = False  # only fire with a club or squad named in the sentence
    squad_in_match: bool = False  # a squad phrase inside the match is the fact's squad
    keys: tuple[str, ...] = ()  # see RULE_KEYS

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex. Compiling all the rules took most of the import time; most
        articles try only some of them (see `candidate_rules`)."""
        return _compiled(self.source)


# "agreed to part ways", "agreed to end their working relationship": the keys of `_PARTED`
_PARTED_KEYS = (
    "part",
    "separate",
    "agreement",
    "relationship",
    "cooperation",
    "collaboration",
    "association",
    "terminate the contract",
    "end the contract",
)
# Words one of which a sentence must contain (lowercased) for a rule to be tried at all:
# most sentences of an article carry no event, and a substring test is far cheaper than a regex.
# "joins from C", "the club from which he arrived": keys shared by the rules reading an arrival
# "promoted (in January) from the U23s", "steps up from the reserves": the keys of the promotion rules
_PROMOTION_KEYS = (
    "promoted from",
    "stepped up from",
    "moved up from",
    "steps up from",
    "step up from",
    "stepping up from",
    "moves up from",
    "moving up from",
    "promoted in ",
    "promoted on ",
    "promoted last ",
    "promoted this ",
    "promoted earlier ",
    "stepped up in ",
    "stepped up last ",
)
_ARRIVAL_FROM = (
    "joins from",
    "joined from",
    "join from",
    "joining from",
    "arrives from",
    "arrived from",
    "arriving from",
    "club from",
)
# a man approached choosing his own way instead: "decided to stay", "preferred to wait for a job in Europe",
# "opted to sign a new contract at Ayr instead", "decided to take a break from football", "is happy working
# under Y" ("happy with the project", "decided to sign a new contract with C" may be the approacher's yes)
_CHOSE_OWN_WAY = (
    r"(?:decide[sd]?|opted|preferred|chose)\s+to\s+(?:remain|stay|wait|continue|take\s+a\s+break|"
    r"sign\s+a\s+new\b(?=[^.;]{0,60}?\b(?:instead|(?:his|her)\s+current\s+(?:club|employers?|side))))|"
    r"(?:is|was)\s+happy\s+(?:working|where|at|to\s+stay)"
)
# what a coach rejects or declines that is no offer: "rejected claims he was leaving", "rebuffed criticism",
# "declined to comment", "dismissed suggestions"
_NO_OFFER_REFUSED = (
    r"\s+(?:(?:the|any|all|such|these|those|his|her)\s+)?(?:\w+\s+)?(?:claims?|suggestions?|reports?|speculation|"
    r"rumou?rs?|talk|criticism|accusations?|allegations?|notions?|ideas?|comparisons?|charges?|excuses?|"
    r"questions?|complaints?|the\s+view)\b|"
    r"\s+to\s+(?:comment|discuss|speculate|answer|elaborate|reveal|be\s+drawn|go\s+into|blame|criticise|criticize)\b|"
    # "has turned down many offers (to stay)": offers counted, no club named (not the club he is at)
    r"\s+(?:many|several|numerous|other|countless|multiple|a\s+(?:lot|number)\s+of|lots\s+of)\s+(?:\w+\s+)?"
    r"(?:offers|approaches|proposals|jobs)\b(?![^.;«]{0,40}«C)"
)


# "Chris Wilder's assistant Alan Knill": the aide named through his boss (the offer is the aide's)
_BOSS_AIDE = r"(?:«P\d+»['’]s?\s+(?:[\w\-]+\s+)?(?:assistant|deputy|number\s+two|right-hand\s+man)\s+(?=«P))?"

# Passive verbs of a rumour: "mentioned", "linked", "touted" (the press names a candidate)
_RUMOURED = (
    r"(?:mentioned|linked|considered|named|touted|tipped|quoted|suggested|rumoured|shortlisted|interviewed)"
)

# the words of an aide's title (see `_AIDE_NOUN`), as rule keys
_AIDE_KEYS = (
    "assistant",
    "adjunct",
    "auxiliary",
    "deputy",
    "number two",
    "no 2",
    "no. 2",
    "no.2",
    "right-hand",
    "co-trainer",
    "co-coach",
)
# "X is wanted / coveted / targeted by C": the keys of both rules reading a club's interest told passively
_WANTED_BY_KEYS = (
    "wanted by",
    "coveted by",
    "admired by",
    "pursued by",
    "chased by",
    "targeted by",
    "courted by",
    "tracked by",
)

# "came to an abrupt end": a spell's end told with how it ended
_ENDED_EARLY = ("abrupt end", "early end", "premature end", "sudden end", "unhappy end")
# "decided to leave / to step down": keys of both decided-to-leave rules
_DECIDED_TO_LEAVE_KEYS = ("to leave", "to quit", "to resign", "to step down")
# "arrived to replace / to substitute Y": keys of the two replacement rules that read "substitute" too
_TO_REPLACE_OR_SUBSTITUTE_KEYS = ("to replace", "to succeed", "to substitute")
# "manager X", "X was coach": keys of the rules reading a bare coaching title
_COACH_WORD_KEYS = ("manager", "coach", "boss")
# "the coach moved (on) to C": keys of both coach-moved rules
_MOVED_ON_KEYS = ("moved to", "moved on to", "switched to", "went on to")
# "had his contract extended / renewed": keys of the rules reading an extension
_EXTENDED_KEYS = ("extended", "renewed", "prolonged")
# "the stand-ins steadied the ship": keys of both stand-ins-steadied rules
_STEADIED_KEYS = ("steadied", "steered", "stabilised", "stabilized", "calmed")
# "C confirmed X will lead the team": keys of both rules reading a confirmed future coach
_WILL_LEAD_KEYS = ("will lead", "will coach", "will manage", "will take charge", "will guide")
# "extended his contract", "not renewing his deal": keys of the rules reading a renewal
# ("prolonged": the translated "prolongé", "prolungato", "prolongado", "verlängert")
_RENEW_KEYS = ("renew", "extend", "prolong")
# "leaves his role as head coach": keys of both leaves-role-as rules
_ROLE_AS_KEYS = ("role as", "post as", "job as", "position as", "duties as")
# "had a spell / a stint at C": keys of the rules reading a spell told by that noun
_SPELL_KEYS = ("spell", "stint")
# "had short periods at A and B", "had passages at A" (translated Italian "passaggi"): a spell's other words
_PASSAGE_PREPS = r"(?:by|for|through)"
# (only before "at" or "with": "a period of" is any length of time); "a brief period with C", "a short
# engagement with C" too
# ("has passages by A and B", "passages for A": translated "passagens por", a spell at each club)
_SPELL_SYNONYMS = (
    r"(?:(?:periods?|passages?|engagements?)(?=\s+(?:at|with)\s)|passages?(?=\s+" + _PASSAGE_PREPS + r"\s))"
)
# the keys of `_SPELL_SYNONYMS`
_SPELL_SYNONYM_KEYS = (
    *(f"{noun} {prep}" for noun in ("period", "passage", "engagement") for prep in ("at", "with")),
    *(f"{noun}s {prep}" for noun in ("period", "passage", "engagement") for prep in ("at", "with")),
    *(f"{noun} {prep}" for noun in ("passage", "passages") for prep in ("by", "for", "through")),
)
# the club after a spell synonym: "a spell at A", "passages by A"
_SPELL_AT = r"(?:at|with|of|(?:(?<=passage\s)|(?<=passages\s))" + _PASSAGE_PREPS + r")\s+"
# "handed / gave X a new contract": keys of both rules reading a contract given
_NEW_CONTRACT_KEYS = ("new contract", "new deal", "improved", "-year contract", "-year deal")
# "among those mentioned are A and B": keys of both candidate-list rules
_AMONG_KEYS = ("among those", "among the")
# "sacked / left along with X": keys of the rules reading men who went together
_ALONG_WITH_KEYS = ("along with", "together with")
# "X remains Y's assistant": keys of both rules reading an aide who stays
_REMAIN_KEYS = ("remain", "stay", "continue")
# "returns to his assistant role": keys of both return-to-assistant rules
_RETURN_KEYS = ("return", "revert", "go back")
# "to replace / to succeed Y": keys of the rules reading a replacement
_TO_REPLACE_KEYS = ("to replace", "to succeed")
# "promoted from assistant": keys of the promoted-from-assistant rules
_PROMOTED_FROM_KEYS = ("promoted from", "stepped up from", "moved up from")
# "in his second season": keys of both in-his-nth-season rules
_IN_HIS_KEYS = ("in his ", "in her ")
# "will bring X with him", "brought from C": keys of bring-as-staff and brought-from
_BRING_KEYS = ("bring", "brought", "take", "took")
# "brings (with him)", "will bring in", "took": a boss bringing an aide, named next ("bring in X as his
# assistant": the aide's title told as his)
_BRING_AIDE = (
    r"\b(?:(?:bring|brings|brought|bringing)(?:\s+in)?|take|takes|took|taking)\s+"
    r"(?:with\s+(?:him|her|«P\d+»)\s+)?"
)
RULE_KEYS: dict[str, tuple[str, ...]] = {
    "return-to-staff-spell": ("staff", "team", "back to be"),
    "passive-appointed": (
        "appoint",
        "reappoint",
        "re-appoint",
        "named",
        "install",
        "unveil",
        "hired",
        "confirmed",
        "promoted",
        "announced",
        "chosen",
        "selected",
        "handed",
        "given",
        "in charge",
        "made",
        "officiali",
        "placed in",
        # "was put in interim charge": the words "in charge" split by the stand-in's title
        "interim charge",
        "temporary charge",
        "caretaker charge",
    ),
    "active-appointed": (
        "appoint",
        "name",
        "naming",
        "hire",
        "hiring",
        "unveil",
        "install",
        "promot",
        "arrival",
        "designat",
        "officiali",
    ),
    "lands-at": ("lands", "landed"),
    "will-serve-as": ("serve as", "act as", "stand in as", "step in as"),
    "will-be-their": (
        "will be",
        "shall be",
        "is to be",
        "set to be",
        "would be",
        "will become",
        "will now be",
        "would become",
        "is set to become",
    ),
    "participle-appointed": ("appointed", "hired", "installed"),
    "and-was-appointed": ("appointed", "named", "installed", "hired", "promoted"),
    "moved-to-take": ("to take",),
    "takes-over": (
        "take over",
        "takes over",
        "taken over",
        "took over",
        "taking over",
        "charge",
        "the reins",
        "the helm",
    ),
    "replaces": ("replac", "succeed", "reliev"),
    "assumed-post": ("assum",),
    "will-assume-as": ("assume as", "assumes as", "assumed as", "assuming as"),
    "brought-to-head-of-team": ("head of the", "front of the"),
    "in-his-place-arrives": ("place",),
    "arrived-bench": ("bench",),
    "directs-club": ("direct", "guide", "guiding"),
    "first-coach-in-history": ("history of",),
    "season-at-helm-of": ("helm of", "guide of"),
    "replaced-by": ("replaced by", "succeeded by", "replaced ", "succeeded "),
    "will-direct": ("interim", "caretaker", "temporary", "provisional", "until"),
    "joins-staff": ("staff", "backroom team", "coaching team", "technical team"),
    "will-be-assistant": ("assistant", "number two", "no 2", "no. 2", "no.2", "right-hand"),
    "signed-deal": ("signed", "agreed", "penned"),
    "club-signed-coach": ("signed", "contracted", "hired"),
    "will-sit-on-bench-of": ("sit on the bench", "sitting on the bench"),
    "announced-as": ("announced as", "confirmed as", "unveiled as"),
    "made-permanent": ("permanent",),
    "passive-sacked": (
        "exonerat",
        "destitut",
        "cessed",
        "separated",
        "sacked",
        "fired",
        "dismissed",
        "axed",
        "relieved",
        "let go",
        "shown the door",
        "ousted",
        "removed",
        "released",
    ),
    "club-let-go": (" let ", " lets "),
    "active-sacked": (
        "exonerat",
        "destitut",
        "sack",
        "fire",
        "firing",
        "dismiss",
        "axe",
        "axing",
        "oust",
        "part",
        "terminat",
        "let go of",
        "collaboration with",
        "cooperation with",
        "relationship with",
        "association with",
        "rescind",
    ),
    "possessive-sacking": (
        "sacking",
        "dismissal",
        "firing",
        "axing",
        "terminated",
        "exoneration",
        "cancelled",
        "rescinded",
    ),
    "terminate-contract": ("terminat", "rescission", "cancellation", "dissolution"),
    "not-renew-contract": ("not to renew", "not to extend", "against renewing", "against extending"),
    "employer-ended-contract": (
        "ended his",
        "ended her",
        "terminated his",
        "terminated her",
        "cancelled his",
        "cancelled her",
        "rescinded his",
        "rescinded her",
        "tore up his",
        "tore up her",
    ),
    "called-time-on": ("called time", "calls time", "call time", "calling time"),
    "resigned": (
        "resign",
        "quit",
        "step",
        "stood down",
        "stand",
        "walked away",
        "notice",
        "walked out",
        "walks out",
    ),
    "decided-to-leave": _DECIDED_TO_LEAVE_KEYS,
    "first-person-decided": _DECIDED_TO_LEAVE_KEYS,
    "no-longer-coach": ("no longer", "cease"),
    "possessive-resignation": ("resignation",),
    "aside-and-sacked": (
        "and sacked",
        "and dismissed",
        "and fired",
        "and axed",
        "and then sacked",
        "and later sacked",
    ),
    "signing-as-coach": (
        "signing",
        "incorporation",
        "hiring",
        "contracting",
        "appointment",
        "arrival",
        "return of",
    ),
    "the-coach-he-sacked": ("sacked", "dismissed", "fired", "axed", "exonerated"),
    "aside-sacked": (
        ", exonerated",
        ", sacked",
        ", dismissed",
        ", fired",
        ", axed",
        ", ousted",
        ", let go",
        "ly sacked",
        "ly dismissed",
        # ", also dismissed": another sacking told in passing
        "also sacked",
        "also dismissed",
        "also fired",
        "also exonerated",
    ),
    "aside-appointed": (
        ", appointed",
        ", hired",
        ", installed",
        ", brought in",
        "prised",
        "prized",
        "lured",
        "poached",
        "tempted",
    ),
    "took-over-from": ("over from", "over as", "over"),
    "replacing": ("replac", "succeed", "place of", "substitut", "relay of"),
    "successor-to": ("successor", "replacement"),
    "as-possessive-successor": ("'s successor", "'s replacement", "’s successor", "’s replacement"),
    "with-also-departing": (
        "also departing",
        "also leaving",
        "also exiting",
        "also going",
        "also following",
        "departing too",
        "leaving too",
        "going too",
        "exiting too",
        "as well",
    ),
    "arrived-to-replace-left": _TO_REPLACE_OR_SUBSTITUTE_KEYS,
    "having-arrived-to-replace-left": _TO_REPLACE_KEYS,
    "presented-as-coach": ("presented",),
    "is-now-at": ("now at", "now back at", "now with", "currently at", "currently with", "now back with"),
    "left-club": ("leave", "left", "depart", "exit", "quit", "walked out", "walks out"),
    "without-coach-since": ("without a", "without an"),
    "left-at-end": ("left when", "left after", "left once", "left as", "left at the end", "departed"),
    "leaves-at-end": ("leave", "depart", "step away"),
    "have-also-left": ("left", "departed", "gone"),
    "also-leaving": ("also leav", "also depart", "also exit", "also go", "also be leav", "too"),
    "as-was-dismissed": ("as was", "as were"),
    "as-did-left": ("as did", "as have", "as has"),
    "possessive-departure": ("departure", "exit", "move away"),
    "possessive-side": ("side", "team", "squad", "men", "charges", "staff", "session", "tactics"),
    "club-the-new-role": ("the new", "their new", "its new"),
    "club-role-person": (
        "manager",
        "coach",
        "boss",
        "trainer",
        "tactician",
        "gaffer",
        "assistant",
        # the translated titles of {ROLE}: "River Plate DT X", "Pachuca strategist X"
        "technician",
        "strategist",
        "helmsman",
        " dt ",
    ),
    "role-person": (*_COACH_WORD_KEYS, "trainer", "selector"),
    "person-the-role-of": ("manager", "coach", "boss", "trainer", "tactician", "gaffer", "technician"),
    "was-role": _COACH_WORD_KEYS,
    "was-role-at-list": (*_COACH_WORD_KEYS, "trainer"),
    "in-the-role": ("in the role", "in the job", "in the post", "hot seat", "dugout"),
    "in-charge-of": ("in charge", "charge of"),
    "managed-list": (
        "saved",
        "rescued",
        "managed",
        "coached",
        "led",
        "guided",
        "took charge",
        "directed",
        "commanded",
        "conducted",
        "trained",
        "worked at",
        "worked for",
        "worked ",
        "bench",
        "on to ",
        "began coaching",
        "started coaching",
        "career with",
        "career at",
        "career in",
    ),
    "who-coached": (
        "worked",
        "managed",
        "coached",
        "led",
        "guided",
        "directed",
        "trained",
        "in charge",
        "saved",
        "rescued",
    ),
    "dated-move": ("moved to", "moved on to", "switched to", "went to", "joined"),
    "coach-moved-to": _MOVED_ON_KEYS,
    "coach-moved-from": _MOVED_ON_KEYS,
    "won-with": ("won ", "lifted", "claimed", "clinched", "went on to", "winning"),
    "whom-managed": ("whom", "which he", "which she", "where he", "where she"),
    "gerund-sacked": (
        "being sacked",
        "being dismissed",
        "being fired",
        "being axed",
        "being relieved",
        "being exonerated",
    ),
    "and-was-sacked": ("sacked by", "dismissed by", "fired by", "axed by"),
    "but-was-sacked": (
        "was exonerated",
        "was sacked",
        "was dismissed",
        "was fired",
        "was axed",
        "been sacked",
        "been dismissed",
        "was let go",
        "been let go",
    ),
    "bring-as-assistants": ("as his assistant", "as her assistant", "as his number two", "as her number two"),
    "team-guided-by": ("guided", "coached", "managed", "directed", "commanded", "conducted"),
    "is-coached-by": ("coached by", "managed by", "trained by"),
    "squad-coached-by": ("coached by", "managed by", "led by", "guided by", "trained by", "directed by"),
    "had-contract-extended": _EXTENDED_KEYS,
    "been-in-charge-since": ("charge",),
    "been-in-charge-there-since": ("charge", "helm", "head of"),
    "took-the-team": ("taken the", "took the", "steadied", "steered"),
    "stand-ins-steadied": _STEADIED_KEYS,
    "stand-ins-steadied-first": _STEADIED_KEYS,
    "charge-for-games": ("game", "match", "fixture", "friendl", "qualifier"),
    "who-as-interim": (
        "as interim",
        "as caretaker",
        "as acting",
        "as the interim",
        "as the caretaker",
        "interim basis",
        "caretaker basis",
        "temporary basis",
    ),
    "remain-as-assistant": (
        "as an assistant",
        "as assistant",
        "as the assistant",
        "as a number two",
        "'s assistant",
    ),
    "charge-alongside-assistant": ("alongside", "with his", "with her", "assisted by"),
    "made-him-offer": ("offer", "proposal"),
    "joined-by-staff": ("joined by", "joined at", "joined in", "bring", "brought"),
    "after-arriving": ("arriving", "arrival"),
    "joining-him-as": ("joining him", "joining her", "following him", "following her"),
    "gerund-left": ("leaving", "quitting", "departure from", "exit from"),
    "gerund-declined": ("refusing", "rejecting", "turning down", "declining", "snubbing", "rebuffing"),
    "gerund-resigned": ("stepping down", "quitting", "resigning"),
    "worked-alongside": (
        "worked alongside",
        "worked with",
        "worked under",
        "works with",
        "works alongside",
        "followed",
        "accompanied",
    ),
    "coaching-list": ("coaching", "managing", "leading", "working with", "working at", "working for"),
    "after-years-in-charge": ("in charge",),
    "stick-with": ("stick with", "stuck with", "sticking with", "stand by", "standing by", "stood by"),
    "tenure-with": ("tenure", "spell", "stint", "time", "work", "job", "reign", "success"),
    "spent-years": ("spen",),
    "his-earlier-spell-in-charge": (
        "spell in",
        "stint in",
        "tenure in",
        "reign in",
        "spell at",
        "stint at",
        "spell as",
        "stint as",
        "tenure as",
        "period in",
        "reign as",
    ),
    "former-coach-of-list": (
        "former coach of",
        "former manager of",
        "former boss of",
        "former head coach of",
        "ex-coach of",
        "ex-manager of",
        "one-time coach of",
    ),
    "his-years-with": (
        "years with",
        "years at",
        "seasons with",
        "seasons at",
        "years in charge",
        "seasons in charge",
    ),
    "signed-player": ("signed", "brought", "bought", "recruited"),
    "assistant-to": ("assistant",),
    "left-to-coach": ("left", "departed", "quit"),
    "left-to-take-over": ("left", "departed", "quit", "resigned", "stepped down", "walked out"),
    "leaves-to-take-over": ("leave", "leaving"),
    "left-to-the-club": ("to the",),
    "making-way-for": ("making way", "make way", "makes way", "made way", "handing"),
    "with-in-caretaker-charge": ("caretaker charge", "interim charge", "temporary charge"),
    "club-handed-job": ("handed", "gave", "given", "turned to", "turning to", "bring in"),
    "club-confirmed-will-lead": _WILL_LEAD_KEYS,
    "will-lead-club-confirmed": _WILL_LEAD_KEYS,
    "club-bring-in": ("bring",),
    "contract-expired": ("expire", "ran out", "run out", "lapse", "not renewed", "ended", "an end"),
    "contract-of-expired": ("contract of", "deal of"),
    "put-in-charge": ("in charge", "interim charge", "temporary charge", "caretaker charge", "sole charge"),
    "having-been-appointed": ("having been",),
    "having-been-sacked": ("having been",),
    "appos-also-left": ("also left", "also departed"),
    "having-left": (
        "having left",
        "having quit",
        "having departed",
        "having just",
        "having only",
        "having recently",
        "having previously",
    ),
    "under-coach": ("staff",),
    "renewed": (
        "renew",
        "extend",
        "prolong",
        "extension",
        "signed a new",
        "penned a new",
        "inked a new",
        "agreed a new",
        "committed",
        "signed new",
        "penned new",
        "inked new",
        "agreed new",
        "agreed terms",
        "agreed personal terms",
    ),
    "contract-of-extended": ("renew", "extend", "extension", "prolong"),
    "staff-renewed": ("their contract", "their deal"),
    "extended-his-contract": _RENEW_KEYS,
    "extended-him-until": (*_RENEW_KEYS, "prolong"),
    "his-contract-was-extended": ("extended", "renewed", "prolonged"),
    "by-signing-new-contract": ("signing", "penning", "agreeing", "pen to paper"),
    "offer-for": ("offer", "approach", "bid", "attempt", "move"),
    "approach-from": ("approach from", "offer from", "bid from", "enquiry from", "inquiry from"),
    "approached": ("approached", "contacted", "sounded out", "offered", "made contact", "got in touch"),
    "permission-to-speak": ("permission",),
    "was-offered": ("offered", "given the", "approached", "sounded out", "received a"),
    "turned-down": (
        "turn",
        "knock",
        "reject",
        "rebuff",
        "snub",
        "declin",
        "refus",
        "said",
        "decided",
        "opted",
        "chose",
        "spurn",
        "preferred",
    ),
    "decide-against": (
        "decide",
        "opted",
        "preferred",
        "chose",
        "declined",
        "turn",
        "say no",
        "said no",
        "not interested",
        "happy",
    ),
    "approached-who-declined": ("approached", "sounded out", "contacted", "held talks", "offered the"),
    "is-linked": (
        "interviewed",
        "linked",
        "on the list",
        "to the list",
        "mentioned",
        "close to",
        "tipped",
        "touted",
        "fancied",
        "shortlist",
        "considered",
        "frame",
        "running",
        "consideration",
        "favourite",
        "frontrunner",
        "candidate",
        "target",
        "replacement",
        "contender",
        "identified",
        "earmarked",
        "lined up",
        "options",
        "choice",
        "front-runner",
        "mix",
        "contention",
        "emerged",
        "radar",
        "hat into the ring",
    ),
    "set-to": (
        "set to",
        "expected to",
        "poised to",
        "tipped to",
        "likely to",
        "in line to",
        "favourite to",
        "favourites to",
        "frontrunner to",
        "frontrunners to",
        "front-runner to",
        "front-runners to",
        "primed to",
        "closing in",
        "odds-on to",
        "odds on to",
        "pole position to",
    ),
    "spell-ends": ("ends", "ended", "is over", "was over", "to an end", "finished", *_ENDED_EARLY),
    "left-for": ("left for", "departed for", "quit for"),
    "could-be-next": ("be the next", "become the next"),
    "ruled-out-of-running": (
        "ruled himself out",
        "ruled herself out",
        "rules himself out",
        "rules herself out",
    ),
    "aside-favourite": ("favourite to", "favorite to", "frontrunner to", "front-runner to"),
    "in-talks": ("talks", "negotiat", "discussions"),
    "held-talks-with": ("talks", "discussions"),
    "person-in-talks": ("talks", "negotiat"),
    "person-held-talks": (
        "held talks",
        "held initial",
        "held preliminary",
        "held formal",
        "held advanced",
        "held discussions",
        "opened talks",
        "opened discussions",
        "opened initial",
        "opened preliminary",
        "opened formal",
        "opened advanced",
    ),
    "will-stay": ("stay", "remain"),
    "talks-over-job": (
        "talks over",
        "talks about",
        "talks regarding",
        "discussions over",
        "discussions about",
    ),
    # "who arrived last month from C": a time between the verb and "from"
    "joins-from-appointed": (*_ARRIVAL_FROM, "arrived", "arrives"),
    "leaves-role-as": _ROLE_AS_KEYS,
    "leaves-role-as-spell": _ROLE_AS_KEYS,
    "had-spell": (*_SPELL_KEYS, *_SPELL_SYNONYM_KEYS),
    "after-spells": (
        "after spell",
        "after stint",
        "after a spell",
        "after a stint",
        "after two",
        "after three",
        "after several",
        "after brief",
        "after short",
        "after successful",
        "after previous",
    ),
    "after-bare-spells": _SPELL_KEYS,
    "who-had-spells": _SPELL_KEYS,
    "career-taken-to": ("taken him", "taken her", "took him", "took her"),
    "whose-clubs-include": ("whose",),
    "tenure-ended-spell": ("ends", "ended", "is over", "was over", "to an end", "finished", *_ENDED_EARLY),
    "and-had-spell": (*_SPELL_KEYS, *_SPELL_SYNONYM_KEYS),
    "whom-he-left": ("whom", "which he"),
    "stay-on-as": ("stay on as", "stays on as", "staying on as", "remain as", "remains as", "remain on as"),
    "saw-out-season": ("saw out", "see out", "sees out", "seeing out"),
    "staff-in-place": ("remain", "stay", "retained", "kept on", "in place"),
    "staff-list": (
        "assistants",
        "assistant coaches",
        "assistant managers",
        "assistant trainers",
        "co-trainers",
        "co-coaches",
    ),
    "assisted-by": ("assisted by", "supported by", "helped by", "flanked by", "accompanied by", "seconded"),
    "will-assist": ("assist him", "assist her", "assist "),
    "as-his-assistant": ("assistant", "number two", "right-hand"),
    "been-his-assistant": ("assistant", "number two"),
    "in-his-spell": ("spell", "stint", "tenure", "reign"),
    "made-name": ("made his name", "made her name", "cut his teeth", "cut her teeth", "earned his stripes"),
    "previous-jobs": ("include", "were", "included"),
    "career-cv-colon": (
        "career:",
        "coach:",  # "career as (a / head) coach:"
        "manager:",
        "in brief:",
        "so far:",
        "national teams:",
        "teams:",
    ),
    "bench-career-list": (
        "bench",
        "dugout",
        "as a coach",
        "as a manager",
        "as a head coach",
        "management",
        "such as",
        " like ",
        "including",
    ),
    "guided-to": (
        "guided",
        "led",
        "took",
        "taken",
        "steered",
        "lifted",
        "known for",
        "remembered for",
        "famous for",
        "name by",
    ),
    "club-whom-led": ("whom", "which", "where"),
    "team-led-by": (
        "team was",
        "team has",
        "team had",
        "team is",
        "side was",
        "side has",
        "side had",
        "side is",
    ),
    "and-guided-to": (
        "and guided",
        "and led",
        "and took",
        "and steered",
        "and also",
        "and later",
        "and then",
        "and famously",
        "and subsequently",
    ),
    "youth-spell": (
        "academy",
        "youth",
        "under-",
        "u1",
        "u2",
        "coaching career",
        "managerial career",
        "development squad",
        "primavera",
        "juvenil",
    ),
    "club-linked-with": ("linked with",),
    "club-considering": (
        " eye ",
        "consider",
        "target",
        "eyeing",
        "eyes",
        "monitor",
        "chasing",
        "pursu",
        "interested in",
        "keen on",
        "approach",
        "move for",
    ),
    "received-offer": ("received", "receives", "had an offer", "has an offer", "offer from", "approach from"),
    "to-take-over-at": ("to take", "to become"),
    "consider-as": ("consider", "identif", "target", "want", "eye", "monitor", "favo"),
    "appointed-to-replace": _TO_REPLACE_OR_SUBSTITUTE_KEYS,
    "to-become": ("to become",),
    "and-took-over": ("taken over", "took over", "taken charge", "took charge"),
    "departure-of": ("departure of", "exit of"),
    "leaving-with-coach": (" with ", " alongside "),
    "after-split-with": (
        "separation with",
        "separation from",
        "split with",
        "split from",
        "parting with",
        "divorce from",
        "divorce with",
    ),
    "offered-job-to": ("offered",),
    "person-the-club-role": ("manager", "coach", "boss", "assistant"),
    "person-the-squad-role": _COACH_WORD_KEYS,
    "promoted-from": _PROMOTION_KEYS,
    "promoted-from-left": _PROMOTION_KEYS,
    "promoted-from-appointed": _PROMOTION_KEYS,
    "confirm-as": (
        "confirm",
        "unveil",
        "announce",
        "name",
        "appoint",
        "install",
        "present",
        "officiali",
        "ratifi",
    ),
    "leaves-for": ("leave", "left", "quit", "depart"),
    "whom-joined": ("whom", "which"),
    "prised-from": ("prised", "prized", "lured", "poached", "tempted"),
    "coming-from": ("coming from", "coming over from"),
    "joins-from": (
        *_ARRIVAL_FROM,
        "comes from",
        "came from",
        "moves from",
        "moved from",
        "switched from",
        "switches from",
        "arrives ",
        "arrived ",
        "joined ",
        "joins ",
        "come ",
        "came ",
    ),
    "left-to-take": ("to take", "to become", "to coach", "to manage", "to join", "to lead"),
    "mutual-consent": ("mutual",),
    "person-and-club-parted": ("part", "separate", "agreement"),
    "club-and-person-parted": _PARTED_KEYS,
    "person-and-club-named-parted": _PARTED_KEYS,
    "announces-extension-of": ("extension of", "renewal of"),
    "club-and-person-extended": ("extend", "extension", "renew", "new contract", "new deal"),
    "leaves-role-as-title": ("role as", "post as", "job as", "position as"),
    "had-been-since": (
        "coach since",
        "manager since",
        "boss since",
        "charge since",
        "helm since",
        "coach of",
        "manager of",
        "in charge of",
    ),
    "spent-in-charge": ("spen",),
    "during-spell": tuple(
        f"{who} {what}"
        for who in ("his", "her")
        for what in (
            "spell",
            "time",
            "stint",
            "tenure",
            "reign",
            "years",
            "first",
            "second",
            "two",
            "three",
            "previous",
        )
    ),
    "approached-reps": ("representatives", "agent", "entourage", "camp"),
    "handed-new-contract": _NEW_CONTRACT_KEYS,
    "gave-new-contract": _NEW_CONTRACT_KEYS,
    "offer-to": ("offer to", "offer for", "approach to", "proposal to"),
    "possessive-club": ("'s ", "s' ", "’s ", "s’ "),
    "games-in-charge": ("in charge",),
    "likes-of": ("likes of", "candidate", "contender", "shortlist", "names"),
    "managed-by": ("managed by", "coached by"),
    "named-candidates": ("candidate", "contender", "option", "favourite", "shortlist", "runner"),
    "names-mentioned": ("names", "candidates", "options", "contenders"),
    "had-considered": ("considered", "shortlisted", "sounded out"),
    "with-list-considered": ("with ",),
    "list-among-those-mentioned": _AMONG_KEYS,
    "among-those-were-list": _AMONG_KEYS,
    "follow-him": (
        "follow",
        "join",
        "accompan",
        "returns with",
        "returned with",
        "return with",
        "arrives with",
        "arrived with",
        "comes with",
        "came with",
    ),
    "bring-staff": (
        "bring",
        "brought",
        "take his",
        "take her",
        "took his",
        "took her",
        "takes his",
        "joined",
    ),
    "joined-the-staff": ("joined the", "joined his", "joined her"),
    "bring-assistants": ("bring", "brought", "take his", "take her", "took his", "took her", "takes his"),
    "joined-by-assistant": ("joined by",),
    "named-counted-assistants": (
        "assistants",
        "assistant coaches",
        "assistant managers",
        "assistant trainer",
    ),
    "returned-as": ("returned", "returns", "return", "come back", "came back", "coming back"),
    "as-club-role": (" as ",),
    "replaced-with": ("replaced", "replacing", "replace him", "replace her", "replaces him", "replaces her"),
    "sacked-along-with": _ALONG_WITH_KEYS,
    "sacked-and-his-staff": (
        "sacked",
        "dismissed",
        "fired",
        " axed",
        "ousted",
        "parted ways",
        "parted company",
    ),
    "left-along-with": _ALONG_WITH_KEYS,
    "who-is-coaching": ("coaching", "managing", "in charge of"),
    "joined-club": ("joined", "joins"),
    "club-possessive-person": ("'s ", "s' "),
    "club-of-person": (" of ",),
    "and-left": ("left", "quit", "departed"),
    "left-to-become-club-role": ("to become",),
    "but-will-leave": ("leave", "depart", "exit"),
    "remain-part-of-staff": ("staff",),
    "former-clubs-role": ("former", "ex-"),
    "and-began-career-with": ("career with", "career at", "career in"),
    "aide-spell-at": (
        "as an assistant",
        "as assistant",
        "as the assistant",
        "as a assistant",
        "as a first-team coach",
        "as a first team coach",
        "as first-team coach",
        "as a coach at",
        "as a coach with",
        "an assistant at",
        "an assistant with",
        "an assistant coach at",
        "an assistant coach with",
    ),
    "assistant-to-at": _AIDE_KEYS,
    "head-of-assistant-at": _AIDE_KEYS,
    "aide-of-at-head": _AIDE_KEYS,
    "aide-of-at-named": _AIDE_KEYS,
    "aide-apposed-at": _AIDE_KEYS,
    "aide-following-head-to": ("following", "accompanying"),
    "aide-at-under": (" under ",),
    "remains-aide-of": _REMAIN_KEYS,
    "boss-of-remaining-aide": _REMAIN_KEYS,
    "staff-of-at": ("staff",),
    "coached-final-games": ("games", "matches", "fixtures"),
    "leave-with-him": ("leave", "left", "depart", "go with", "exit"),
    "return-to-assistant": _RETURN_KEYS,
    "caretaker-returns-to-role": ("return", "revert", "go back", "went back"),
    "team-led-for-spell": ("guided", "led ", "coached", "managed", "directed", "commanded"),
    "team-led-returned": ("return",),
    "team-led-steps-back": ("stay", "remain", "kept on", "return", "go back", "goes back", "revert"),
    "stand-in-returned": ("return",),
    "interim-stays-as-assistant": (
        "interim",
        "caretaker",
        "acting",
        "temporary",
        "games",
        "matches",
        "fixtures",
    ),
    "return-to-assistant-spell": _RETURN_KEYS,
    "will-remain-in-charge": ("remain in charge", "stay in charge", "continue in charge"),
    "remain-in-charge": ("charge",),
    "coached-then-leaving": ("leaving",),
    "months-in-charge": ("in charge",),
    "whose-coach": ("whose",),
    "to-replace-at": _TO_REPLACE_KEYS,
    "is-the-new": ("new", "first coach", "first trainer"),
    "relieved-of": ("relie",),
    "turned-to": ("turn",),
    "under-person-club": ("under ",),
    "played-under": ("under ",),
    "unit-coach": ("forwards", "strikers", "attackers", "defenders", "midfielders", "goalkeepers", "keepers"),
    "player-coach": ("player-coach", "player coach", "player-manager", "player manager"),
    "as-manager-of": (
        "manager of",
        "coach of",
        "boss of",
        "trainer of",
        "manager at",
        "coach at",
        "manager,",
        "coach,",
        "boss,",
    ),
    "interim-team": ("interim", "caretaker", "temporary"),
    "club-under-person": ("under ",),
    "left-to-join": ("to join",),
    "left-club-to-post": ("to take", "to become", "to join", "to coach", "to manage"),
    "brought-in-as": (
        "brought in",
        "brings in",
        "bring in",
        "bringing in",
        "drafted in",
        "brought",
        "drafted",
    ),
    "appointment-confirmed": ("appointment",),
    "agreed-new-contract": ("agreed",),
    "who-is-role": ("who is", "who was", "who has been"),
    "who-was-coach-of": ("who ",),
    "who-was-national-coach": (
        "national coach",
        "national manager",
        "national selector",
        "national team coach",
    ),
    "promoted-from-assistant": _PROMOTED_FROM_KEYS,
    "promoted-from-assistant-spell": _PROMOTED_FROM_KEYS,
    "promoted-from-assistant-interim": _PROMOTED_FROM_KEYS,
    "in-his-nth-season": _IN_HIS_KEYS,
    "in-his-nth-season-as": _IN_HIS_KEYS,
    "won-again-with": ("and again with", "and also with", "and the ", "and then with"),
    "now-coaches": ("coaches", "manages", "now leads", "currently leads", "now trains", "now in charge of"),
    "who-had-been-at": ("who had been at", "who was previously at", "who had previously been at"),
    "years-at": ("seasons at", "years at", "season at", "year at", "seasons with", "years with"),
    "returned-in": ("returned", "came back"),
    "who-joined": ("who joined", "who has joined", "who had joined", "who has since joined"),
    "who-joined-in": ("who joined", "who arrived", "who took over", "who had joined", "who has joined"),
    "transformed-club": ("transform", "built", "rebuilt", "turned"),
    "has-led-since": ("has led", "have led"),
    "is-leading-the-team": ("leading", "coaching", "managing", "guiding", "directing", "overseeing"),
    "will-coach": (
        "will coach",
        "will manage",
        "will lead",
        "is to coach",
        "will take charge of",
        "will train",
        "will direct",  # translated: "X will direct the Sevilla next season"
        "will guide",
        "be at the helm",  # "will now be at the helm", "is to be in charge of"
        "be in charge",
    ),
    "led-by": ("led by", "coached by", "managed by", "run by"),
    "aide-will-lead-interim": ("led by", "coached by", "managed by", "run by", "assured by", "ensured by"),
    "joined-as": ("joined", "joins", "arrived", "came in"),
    "left-for-club": (
        "left for",
        "departed for",
        "quit for",
        "leave for",
        "leaves for",
        "leaving for",
        "leaving with",
        "leaves with",
        "left with",
    ),
    "agreed-termination": ("terminat", "rescission", "rescind", "cancel", "to end his", "to end her"),
    "club-agreed-deal": ("agreed", "reached", "struck"),
    "club-chose": ("chosen", "picked", "selected", "opted for", "settled on"),
    "returned-to": ("returned", "returns", "is back", "was back", "came back", "comes back"),
    "will-not-continue": ("continue",),
    "replaced-sacked": ("sacked", "dismissed", "fired", "axed"),
    "arrived-to-replace": _TO_REPLACE_KEYS,
    "arrived-replacing": (", replacing", ", succeeding"),
    "co-coaches": ("co-coach", "joint coach", "joint head coach", "joint manager", "shared the job"),
    "whose-contract-at": ("whose contract", "whose deal", "whose current"),
    "whose-deal-extended": _EXTENDED_KEYS,
    "contract-with-ended": ("ended", "expired", "ran out", "run out", "came to an end"),
    "at-club-who-was-sacked": (", who was", ", who had been", ", who has been"),
    "made-top-target": ("target", "choice", "priority", "candidate"),
    "target-to-replace": _TO_REPLACE_KEYS,
    "continue-as-coach": ("continue as", "carry on as", "remain as", "stay on as", "stay as"),
    "since-taking-over": (
        "since taking",
        "since arriving",
        "since joining",
        "since his appointment",
        "since her appointment",
    ),
}


# "after Y was fired": a man inside a subordinate clause, whom an elliptic "and was named" skips
_SUBCLAUSE_PERSON = r"\b(?:after|when|since|before|once|while|until|as)\s+«P\d+»(?!'s)"
_NOT_IN_SUBCLAUSE = (
    r"(?<!\bafter\s)(?<!\bwhen\s)(?<!\bsince\s)(?<!\bbefore\s)(?<!\bonce\s)(?<!\bwhile\s)(?<!\buntil\s)"
)


# "… charge (of the team) for the final two games / of last month's friendly": the games a stand-in took
_FOR_GAMES = (
    r"(?:\s+of\s+the\s+(?:first\s+|senior\s+)?" + TEAM_NOUN + r")?\s+(?:for|of)\s+"
    r"(?:[\w'’\-]+\s+){0,4}?(?:games?|match(?:es)?|fixtures?|friendl(?:y|ies)|qualifiers?)\b"
)


def R(name: str, event: str, pattern: str, confidence: float, **kw: object) -> Rule:
    """A rule; `RULE_KEYS[name]` lists words a sentence needs before the pattern is tried."""
    return Rule(name, event, _expand(pattern), confidence, keys=RULE_KEYS[name], **kw)  # type: ignore[arg-type]


# "… to a multi-year contract extension", "to a new two-year deal": a renewal, told after "signed X"
_TO_EXTENSION = (
    r"(?:an?\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:(?:contract\s+)?extension|new\s+(?:[\w\-]+\s+){0,2}?(?:contract|deal))\b"
)

# "the job", "the top job", "the Hull job", "the Hull manager's job", "C's head coach role": the post, told
# with up to three words (or the club) before its noun
_THE_POST = r"the\s+(?:(?:[\w\-]+(?:['’]s)?|«[CS]\d+»(?:['’]s?)?)\s+){0,3}?"

_APPOINT_VERB = (
    r"(?:(?:re-?)?appointed|named|installed|unveiled|hired|confirmed|promoted|announced|"
    # translated "fue oficializado", "è stato ufficializzato": a club's making it official
    r"officiali[sz]ed|"
    r"chosen|selected|handed\s+" + _THE_POST + r"(?:job|reins|role)|"
    r"given\s+" + _THE_POST + r"(?:job|reins|post|role|position)|"
    # "had been given / handed temporary charge in February": the team entrusted to him
    r"(?:given|handed)\s+(?:(?:interim|temporary|caretaker|sole|overall)\s+)?charge\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:game|match))|"
    r"(?:put|placed)\s+in\s+(?:interim\s+|temporary\s+|caretaker\s+)?charge|"
    r"made(?!\s+(?:his|her|their|«P\d+»(?:'s)?)\s+(?:name|debut|mark)))"
)
# "X has announced he is stepping down", "X confirmed that …", "X announced his retirement": X is the
# speaker announcing something, not the one announced.
_ACTIVE_ANNOUNCE = (
    r"(?:(?<!\bannounced)(?<!\bconfirmed)|"
    r"(?!\s+(?:that\b|«P\d+»|(?:his|her|their|its)\b)|(?:[^.;«]|«[CP]\d+»){0,80}?,\s+that\b|"
    # "who announced weeks ago / on Monday that he …": a time before the "that" of what he announced
    r"(?:\s+(?:[a-z]+|\d+)){1,3}\s+that\b))"
)
# "dismissed speculation / talk of a move", "fired back at his critics": waved away, nobody sacked
_WAVED_AWAY = (
    r"(?!\s+(?:(?:the|any|all|such|those|these|recent|fresh|growing|mounting|media|press|continued|"
    r"further|out\s+of\s+hand)\s+){0,2}(?:speculation|talk|reports?|rumou?rs?|claims?|suggestions?|"
    r"concerns?|fears?|criticism|links?|questions?|notion|idea|accusations?|allegations?|gossip|"
    r"stories|story|the\s+(?:chances?|possibility|prospect))\b)"
    r"(?!\s+(?:back|up|off\s+a|a\s+(?:warning|shot|parting))\b)"
)
# "…, manager X confirmed (on Friday).": the man speaking at the end of his own report, not one
# confirmed in a post (that needs "was confirmed" or "confirmed as …")
_SPEAKER_AT_END = (
    r"(?!(?<=»\s(?:confirmed|announced))(?:\s+(?:on\s+\w+|yesterday|today|tonight|last\s+\w+|this\s+\w+|"
    r"after\s+[^.;«]{0,40}|in\s+(?:a|an|his|her)\s+[^.;«]{0,40}))?\s*(?:[.;!?\"”]|,\s+(?:adding|saying|but|and)\b))"
)
# "will take charge of the Azzurri at the Etihad on March 23", "takes charge for the first time
# against Ukraine": the first game of a post told elsewhere, not a second appointment
_GAME_CHARGE = (
    r"(?!(?:\s+of\s+(?:the\s+)?(?:«[CS]\d+»|team|side|squad))?\s+(?:for\s+the\s+first\s+time\b|"
    r"at\s+(?:[^.;,]{0,40}?)(?:Stadium|Stadion|Estadio|Park|Arena|Wembley|Etihad|Anfield)\b|"
    r"against\s+(?:the\s+)?«C))"
)
# "dismissed his assistant Y": Y is the one sacked, not "his" man (but "dismissed together with his
# son Y": he is, as Y)
_NOT_HIS_MAN = r"(?:(?!['’]s\b)|(?<=with\s«P\d»)|(?<=with\s«P\d\d»))"
_SACK_VERB = (
    # ("was destituted", "was cessed": translated "destituido", "cesado")
    r"(?:sacked|fired" + _WAVED_AWAY + r"|dismissed" + _WAVED_AWAY + r"|axed|exonerated|destituted|cessed|"
    r"relieved{TIME}\s+(?:of|from)\s+{HIS}\s+(?:duties|functions|post|position)|let\s+go|"
    r"shown\s+the\s+(?:exit\s+)?door|"
    r"ousted|removed\s+from\s+{HIS}\s+(?:post|position)|"
    r"separated\s+from\s+{HIS}\s+(?:functions|duties|post)|removed\s+from\s+office|"
    r"dismissed\s+from\s+{HIS}\s+(?:functions|duties|post)|"
    # "was released from his duties": the German "freigestellt", a sacking
    r"released\s+(?:with\s+immediate\s+effect\s+)?from\s+{HIS}\s+(?:functions|duties|post|contract)|"
    # a coach "was released (after a winless start / in October)": let go by his club (README: dismissed),
    # not one "released to join C" / "released from his contract to take over C" (a move he wanted)
    r"released(?=\s+(?:after|following|in|on|at|by|with|when|last|this|earlier|two|three|four|just|only|"
    r"already)\b|\s*[,.;]|$)(?![^.;]{0,60}\bto\s+(?:join|take|become|manage|coach)\b)|"
    # "was removed as head coach": removed from the post by the club
    r"removed\s+as\s+(?:(?:head|first-team)\s+)?(?:coach|manager|boss|trainer))"
)

# ", who also worked under Y,", ", who was on his staff with C," inside a list of staff: an aside about the
# one before (Y is not listed)
_RELATIVE_ASIDE = r"\s*,\s+who\s+(?:[^«.;,]|«[CSP]\d+»){1,80}?(?=\s*,)"
# the next name of a list of aides: "A and B", "A, and by Austrian fitness coach B"
# (not "…, while goalkeeping coach B stays on", "…, with B staying on": another clause)
_NEXT_AIDE = (
    LIST_SEP + r"(?:by\s+)?(?:the\s+)?"
    r"(?:(?!(?:while|whereas|with|but|as|who|whose|when)\b)[\w\-]+\s+){0,3}?«P\d+»"
)
# "his assistants A and B, the goalkeeping coach C and the physical preparer D": everyone listed
_STAFF_LIST = (
    # "his staff composed of / made up by the assistants A and B": a translated staff list
    r"(?:(?:staff|team)\s+(?:composed|made\s+up|formed|consisting)\s+(?:of|by)\s+(?:the\s+)?)?"
    r"(?:[\w\-]+\s+){0,2}?(?:assistants?|auxiliar(?:y|ies)|number\s+two|staff|coaches)\s+(?P<list>«P\d+»"
    r"(?:" + LIST_SEP + r"(?:by\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}?«P\d+»)*)"
)
# aides counted before they are named: "two assistant coaches from the Netherlands, A and B",
# "a (Chinese) staff including A", "three assistants: A, B and C"
_AIDES_LEAD = (
    r"(?:(?:an?|{HIS})\s+(?:[\w\-]+\s+)?(?:staff|backroom\s+team|coaching\s+team)\s+(?:including|that\s+includes|"
    r"which\s+includes)\s+|"
    r"(?:two|three|four|five|\d)\s+(?:new\s+)?(?:assistant\s+(?:coach(?:es)?|managers|trainers)|assistants|deputies)"
    r"(?:\s+from\s+(?:the\s+)?«C\d+»)?\s*[,:]?\s+)"
)
# between "arrived" and "from C": where and when ("arrived at América in the summer of 2023 from",
# "arrived last summer from", "arrived to the Palmeiras in October of 2020, coming from")
_ARRIVAL_GAP = (
    # "had come only in the summer from C": a focus adverb before the time
    r"(?:\s+(?:only|just))?"
    r"(?:\s+(?:to|at|in)\s+(?:the\s+)?«C\d+»)?"
    # "in the summer", "on 8 of November of 2018" (a translated day: "8 of November")
    r"(?:\s+(?:in|on|last|this|during)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?[\w\-]+(?:\s+of)?"
    r"(?:\s+(?:19|20)\d\d)?)?"
    r"(?:,?\s+coming)?"
)
_PROMOTED_FROM_ASSISTANT = (
    r"{P}{APP}{HAVE}\s+(?:promoted|stepped\s+up|moved\s+up)\s+from\s+(?:(?:his|her|the)\s+)?(?:role\s+of\s+|post\s+of\s+)?"
    r"(?:first-team\s+)?(?:assistant|number\s+two)(?:\s+(?:coach|manager|head\s+coach|role|post|position))?"
    r"(?!\s+(?:at|of|with)\s)"
)
# "under the guidance of X": a coach's stewardship, told like "under X"
_GUIDANCE_OF = (
    r"(?:(?:the|his|her)\s+)?"
    r"(?:(?:guidance|stewardship|tutelage|leadership|management|direction|command)\s+of\s+)?"
)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))"
)
# "a new three-year contract", "an improved deal"
# a staff title right before a name: "his assistant Y", "first assistant coach Y", "goalkeeping coach Y"
_STAFF_ROLE = (
    r"(?:(?:his|her|the|«P\d+»'s|first|long-?time|long-serving|long-standing|trusted|faithful|new)\s+)*"
    r"(?:assistants?(?:\s+(?:coach|manager))?|number\s+two|"
    r"(?:goalkeeping|fitness|analyst|performance)\s+coach|analyst)\s+"
)
# role words between "the contract of" and the name: "of technical director X", "of the technician X"
_STAFF_WORDS = (
    r"(?:(?:the|his|her|their|its|head|technical|director|coach|manager|technician|assistant|assistants|"
    r"goalkeeping|fitness|boss|trainer|first-team|sporting)\s+)*"
)
_NEW_CONTRACT = r"an?\s+(?:new|improved|fresh|longer)\s+(?:[\w\-]+\s+){0,2}?(?:contract|deal)\b"
_TO_INTERIM = (
    r"\s+to\s+(?:the\s+role\s+of\s+|the\s+post\s+of\s+|an?\s+|the\s+)?"
    r"(?:interim|caretaker|acting|temporary)\b"
)

# "… Wagner's assistant at Norwich City": the club of an assistant's post, when named
# when a career step happened: "January", "May 2019", "2022", "the summer of 2021"
_WHEN = (
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?|\d{4}|the\s+summer\s+of\s+\d{4})"
)
# "X took charge of / managed A (in 2018) and (then) …": the first spell of a coach who then moved on
# "saved C from relegation / the descent": what a coach does for a club, told as a spell (a player's
# goals do it too: like "led", kept only for a man the article shows coaching)
_SAVED_FROM_DROP = (
    r"(?:saved|rescued)(?=\s+(?:the\s+)?«C\d+»(?:\s+of\s+[A-Z][\w-]+)?\s+from\s+(?:the\s+)?"
    r"(?:relegation|descent|drop)\b)"
)
_COACHED_THEN = (
    r"{P}(?!'s){APP}{HAVE}\s+(?:took\s+(?:over\s+at|charge\s+of)|managed|coached|joined)\s+(?:the\s+)?«C\d+»"
    r"[^«.;:!?]{0,40}?\s+and\s+(?:then\s+|later\s+|subsequently\s+)?"
)
_AT_CLUB = r"(?:\s+(?:at|with)\s+(?:the\s+)?{C}(?!['’]s))?"
# "X won his first match in charge of C, …": the club of the main clause, if any
_MAIN_CLAUSE_CLUB = r"(?:(?:[^«.;:!?]|«P\d+»'s){0,80}?\b(?:of|at|with)\s+(?:the\s+)?{C})?"
# "X …, having (only) been": a participle clause whose subject is X, the first man of the sentence
_HAVING = (
    r"{P}(?!'s)(?:[^«.;:!?]|«[CS]\d+»|«P\d+»'s){0,120}?,\s+having\s+(?:(?:only|just|recently|previously)\s+)?"
)
_HAVING_BEEN = _HAVING + r"been\s+(?:\w+ly\s+)?"

# a sentence about a match, not a job: "substituted by X in the 70th minute", "his place in the XI"
_NOT_MATCH_PLAY = (
    r"(?![^.;]*\b(?:minutes?|half-time|halftime|(?:first|second)\s+half|interval|injur\w*|goals?|scored?|"
    r"starting|line-?up|XI|came\s+on|off\s+the\s+bench|dropped|striker|midfielder|defender|winger|"
    r"goalkeeper|forward|captain|player)\b)"
)

# "X named 23 players / three uncapped players / five new faces for the qualifiers": his selection
_PICKED_PLAYERS = (
    r"(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:players|men|names|faces|newcomers|debutants|goalkeepers|defenders|midfielders|"
    r"forwards|strikers|uncapped)\b)"
)
# "was named captain", "named player of the month", "named in England's squad": a player's honour or
# selection, not a post
_NOT_AN_HONOUR = (
    r"(?!\s+(?:as\s+)?(?:(?:the|a|an|new|club|team|vice|their|his|its|«[CS]\d+»(?:['’]s)?)[\s-]+){0,3}"
    r"(?:captain|skipper|player|footballer|young\s+player|man\s+of\s+the\s+match|MVP)\b)"
    r"(?!\s+in\s+(?:[^.;«]|«[CS]\d+»){0,40}?\b(?:squad|team\s+of\s+the|XI|line-?up|starting)\b)"
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

# "decided to step down as chairman (of C)": a board post he leaves, not a coaching one
_NOT_AS_EXECUTIVE = (
    r"(?!\s+as\s+(?:the\s+)?(?:(?:club|club's|«C\d+»(?:'s)?)\s+)?(?:" + EXECUTIVE_TITLES + r")\b)"
)
# ", the club's academy director,", ", head groundsman,": the title beside a man is no coaching one
_NO_COACHING_TITLE = (
    r"(?!,\s+(?:the\s+)?(?:(?:club['’]s|«C\d+»['’]?s?)\s+)?(?:(?:[\w\-]+|«S\d+»)\s+){0,2}?(?:"
    + EXECUTIVE_TITLES
    + r"|groundsman|kit\s+man|analyst|ambassador)\b)"
)
# "working with C (and D) as a scout / as their analyst": a post off the bench at the clubs listed
_NOT_AS_NON_COACH = (
    r"(?!\s+(?:the\s+)?«C\d+»(?:(?:,|\s+and)\s+(?:the\s+)?«C\d+»)*\s+as\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
    r"(?:[\w\-]+\s+)?(?:" + EXECUTIVE_TITLES + r"|ambassador|analyst|advis[eo]r|consultant|pundit|player)\b)"
)
# "spells in charge of C", "a spell in caretaker charge of C" (a stand-in's: see `_list_role`)
_STAND_IN_CHARGE = r"in\s+(?:caretaker\s+|interim\s+|temporary\s+)?charge\s+"
# a coaching career (never a playing one) named as such: "coaching career", "career as head coach"
_COACHING_CAREER = (
    r"(?:(?:coaching|managerial)\s+career|career\s+as\s+(?:an?\s+)?(?:head\s+)?(?:coach|manager))"
)
# "talks with X", "talks with manager X", "talks with former Roma and Tottenham coach X" (the clubs he
# coached before his name), "talks with Ipswich's X" (the man named by his club), "… with X and Y"
_TALKS_WITH = (
    r"\s+with\s+(?:(?:«C\d+»\s+)?(?:manager|coach|boss|head\s+coach|former\s+(?:\w+|«C\d+»)"
    r"(?:\s*(?:,|and)\s+«C\d+»)*\s+(?:boss|manager|coach))\s+)?"
    r"(?:«C\d+»['’]s?\s+)?{P}(?:\s*(?:,|and)\s*{P2})?"
)

RULES: tuple[Rule, ...] = (
    # --- appointed ---------------------------------------------------------------------
    R(
        "passive-appointed",
        "appointed",
        # "was on Monday named": the day may sit between the auxiliary and the participle
        r"{P}{APP}{WHO}{HAVE}(?:(?:(?<=\swas)|(?<=\shas)|(?<=\shad)|(?<=\sis))(?-i:{TIME}))?\s+"
        + _APPOINT_VERB
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
        r"\b(?:(?:re-?)?appoint(?:ed|s|ing)?|(?<!\bthe\s)(?<!\bother\s)name[sd]?(?!\s+(?:like|such\s+as|including)\b)"
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
        # "named head coach … in place of the sacked Y": Y is the man replaced
        r"in\s+place\s+of|instead\s+of)"
        r"\s)[^«».,;:!?]|«[CS]\d+»"
        # "the appointment of Y's former assistant X": the aide named through his boss
        r"|«P\d+»['’]s?\s+(?:[\w-]+\s+)?(?:assistant|deputy|number\s+two|right-hand\s+man)\s+(?=«P))"
        r"{0,50}?{P}(?!'s?\s+(?:\w+\s+)?(?:successor|replacement|assistant|number))"
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
        r"\bthe\s+(?:signing|incorporation|hiring|contracting|appointment|arrival|return)\s+of\s+{P}\s+as\s+(?:the\s+)?"
        r"(?:new\s+)?(?:«S\d+»\s+)?{ROLE}",
        0.85,
        club_side="near",
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
        r"{P}{APP}\s+(?:will|shall|is\s+to|is\s+set\s+to|would)\s+(?:now\s+)?(?:be|become)"
        r"\s+(?:their|the|its|the\s+club's|{C}'s?)\s+(?:new\s+)?(?:«S\d+»\s+)?"
        r"(?:(?:new|permanent|full-time|interim|caretaker|acting|temporary|first-team|head)\s+)"
        r"*(?:manager|head\s+coach|coach|boss|trainer|technician)\b",
        0.85,
        club_side="near",
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
        r"the\s+helm)\b" + _GAME_CHARGE,
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
        # "X has signed a two-year deal and replaces Y": a second verb of the same subject
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:signed|agreed|penned|inked|(?:named|appointed|confirmed|unveiled)\b)"
        r"[^«».;:!?]{0,50}?\band\s+)?(?:(?:set|expected|poised|due|tipped|likely)\s+)?"
        # "X had left Torino to replace Y": the post he left told on the way
        r"(?:(?:left|quit|departed)\s+(?:the\s+)?«C\d+»\s+(?=to\s))?"
        # ("the Argentine X": a capitalised demonym after "the" as before)
        # ("succeeds to X": the French "succède à" in translated reports)
        r"(?:to\s+)?(?:replace[sd]?|replacing|succeed(?:s|ed)?(?:\s+to(?=\s+«P))?|succeeding|"
        + _RELIEVED_MAN
        + r")\s+(?:the\s+\w+\s+|"
        # "succeeds his former boss Y", "replaced his mentor Y": Y, not "his" (the subject himself)
        + _POSSESSOR_DESC
        + r"|"
        + _REPLACED_DESC
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
        r"(?:\s+«P\d+»'s)?{GAP}{P}(?!'s)",
        0.85,
        club_side="topic",
    ),
    R(
        "will-direct",
        "appointed",
        r"{P}{APP}{WHO}\s+(?:will|shall|is\s+to|to)\s+(?:now\s+)?(?:direct|lead|oversee|manage|coach|"
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
    R(
        "will-be-assistant",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:again\s+)?(?:be|become|becomes|became|serve\s+as)\s+(?:again\s+)?(?:his|her|«P\d+»['’]s?|the\s+new|the|their)\s+(?:new\s+)"
        r"?(?:assistant|number\s+two|no\.?\s*2|right-hand\s+man)",
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
        + _DEMONYM_WORD
        + r")?"
        r"(?:new\s+)?(?:head\s+)?(?:coach|manager|technician|trainer|strategist|tactician|technical\s+director)\s+"
        r"{P}(?!['’])(?!\s+to\s+" + _TO_EXTENSION + ")",
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
        # "was later handed the job permanently", "appointed permanently"
        r"(?:(?:handed|given)\s+the\s+(?:\w+\s+)?job|appointed|installed)\s+permanently|"
        r"permanent\s+(?:manager|"
        r"head\s+coach|boss|basis))",
        0.8,
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
    # --- dismissed ---------------------------------------------------------------------
    R(
        "passive-sacked",
        "dismissed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:got\s+|been\s+)?(?:\w+ly\s+)?"
        # "was suspended and then sacked": a first participle of the same passive
        r"(?:[a-z]+ed\s+and\s+(?:then\s+|later\s+|subsequently\s+|eventually\s+|finally\s+)?)?"
        + _SACK_VERB
        + r"\b(?:\s+by\s+(?:the\s+)?{CDESC}{C})?",
        0.9,
        club_side="near",
    ),
    R(
        "active-sacked",
        "dismissed",
        r"\b(?:sack(?:ed|s|ing)?|(?:fire[sd]?|firing|dismiss(?:ed|es|ing|al)?)"
        + _WAVED_AWAY
        + r"|axe[sd]?|axing|"
        r"exonerat(?:ed|es|ing|ion)|"
        # "after the destitution of X" (translated Spanish/Portuguese "destitución", "destituição")
        r"destitut(?:ed|es|ing|ion)|"
        r"oust(?:ed|"
        r"s)?|"
        r"let\s+go\s+of|"  # "C let go of coach X"
        # "Legia ended the collaboration with the coach X", "decided to end the cooperation with X": the
        # club's act, as "parted company with" (a coach ending his own is "X ended his collaboration with C")
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
        r"{C}(?:\s+(?:finally|eventually|then|later|subsequently))?\s+(?:let|lets)\s+{P}\s+go\b",
        0.8,
        club_side="tag",
    ),
    R(
        "possessive-sacking",
        "dismissed",
        r"{P}(?:'s?|,?\s+whose)\s+(?:sacking|dismissal|firing|axing|exoneration|"
        # "X's contract was terminated", "replacing X, whose contract had been cancelled" (the comma may be
        # left out: "in the place of X whose contract was terminated by the federation")
        r"contract\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:terminated|cancelled|rescinded))\b",
        0.85,
        club_side="near",
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
        r"\b(?:decided|chose|opted|elected|voted)\s+(?:not\s+to\s+(?:renew|extend)|against\s+(?:renewing|extending))\s+"
        r"(?:the\s+(?:contract|deal)\s+of\s+(?:(?:head\s+)?coach\s+|manager\s+)?(?=«P\d+»(?!['’]))|(?=«P\d+»['’]s?\s+(?:contract|deal)\b))"
        r"{P}",
        0.75,
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
        r"{P},\s+(?:(?:\w+ly|also)\s+)?(?:sacked|dismissed|fired|axed|exonerated|ousted|let\s+go)\b"
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
    # --- resigned ------------------------------------------------------------------------
    R(
        "resigned",
        "resigned",
        r"{P}{APP}{WHO}{HAVE}\s+(?:\w+ly\s+)?(?:resign(?:ed|s)|quit(?:s)?|steps?\s+down|stepped\s+down|stepping\s+down|"
        r"stands?\s+down|stood\s+down|standing\s+down|"
        r"walked\s+away|stepped\s+away|steps\s+away|handed\s+in\s+{HIS}\s+(?:resignation|notice)|"
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
        r"(?:leave|quit|resign|step\s+down)\b" + _NOT_AS_EXECUTIVE,
        0.8,
        club_side="near",
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
    R("possessive-resignation", "resigned", r"{P}'s?\s+resignation\b", 0.8, club_side="near"),
    # --- left ----------------------------------------------------------------------------
    R(
        "took-over-from",
        "left",
        # ("takes over after X": the man before him, as "from")
        r"\b(?:took|take[sn]?|taking)\s+over\s+(?:[\w\-]+\s+){0,6}?(?:from|after(?=\s+(?:the\s+\w+\s+)?«P))\s+"
        r"(?:the\s+\w+\s+|" + _POSSESSOR_DESC + "|" + _DEMONYM_DESC + r")?{P}(?!['’]s\b)",
        0.8,
        club_side="after",
    ),
    R(
        "replacing",
        "left",
        r"\b(?:replaced|replacing|succeeded|succeeding|in\s+(?:the\s+)?place\s+of|in\s+(?:substitution|replacement)\s+of|"
        r"(?:take|takes|took|taking|taken)\s+the\s+(?:place|relay)\s+of|"  # translated: "took the relay of X"
        r"(?:comes?|came|coming)\s+on\s+the\s+place\s+of|"  # translated: "comes on the place of X"
        # translated "X substitutes Y"; not a player's substitution in a match
        r"substitut(?:es|ed|ing)" + _NOT_MATCH_PLAY + r")"
        r"\s+(?:(?:[^«».;]|«S\d+»){0,"
        # "replacing the sacked X", "in substitution of the interim X", "replacing compatriot X",
        # "succeeding his compatriot X" (his: the subject, not the man replaced; "his father X" is kin)
        r"40}?,\s*|the\s+(?:[\w\-]+\s+){1,2}?|"
        + _POSSESSOR_DESC
        + r"|"
        + _REPLACED_DESC
        + r")?{P}(?!['’]s\b)",
        0.75,
        club_side="after_topic",
    ),
    R(
        "successor-to",
        "left",
        r"\b(?:successor|replacement)\s+(?:to|for)\s+(?:" + _POSSESSOR_DESC + r")?{P}(?!['’]s\b)",
        0.7,
        club_side="topic",
    ),
    # "(named) as Roberto De Zerbi's successor": the man replaced has gone from the post in view
    R(
        "as-possessive-successor",
        "left",
        r"\bas\s+(?:the\s+)?{P}'s\s+(?:permanent\s+|long-term\s+)?(?:successor|replacement)\b",
        0.65,
        club_side="topic",
    ),
    # "X, who led C to the final, left when his contract expired", "X kept the team up and left at the
    # end of last season": a departure told by when it happened, the club in the aside or in view
    R(
        "left-at-end",
        "left",
        r"{P}(?!'s){APP}{WHO}{HAVE}\s+(?:(?:[^.;«]|«[CS]\d+»){0,60}?\band\s+)?(?:left|departed)\s+"
        r"(?:(?:when|after|once|as)\s+{HIS}\s+(?:contract|deal)\s+(?:expired|ran\s+out|ended)"
        r"|at\s+the\s+end\s+of\s+(?:the|last|that|his|her)\s+(?:\d{4}(?:[-/]\d{2,4})?\s+)?(?:season|campaign|contract))"
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
        r"(?:ever\s+)?since\s+{P}(?!'s){APP}{HAVE}\s+(?:left|departed|walked\s+out|moved\s+on)\b",
        0.75,
        club_side="before",
    ),
    # "X will leave at the end of the season", "is set to depart this summer": an announced departure
    # told with its time and no club (the club in view)
    R(
        "leaves-at-end",
        "left",
        r"{P}(?!'s){APP}{WHO}{HAVE}\s+(?:(?:set|due)\s+to\s+)?(?:leave|depart|step\s+away)\s+"
        r"(?=at\s+the\s+end\s+of\s+(?:the|this|his|her)\s+(?:\d{4}(?:[-/]\d{2,4})?\s+)?(?:season|campaign|contract)"
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
        r"\bthe\s+(?:[\w\-]+\s+){0,2}?(?:contract|deal)\s+of\s+(?:[\w\-]+\s+){0,2}?{P}(?!['’])"
        r"(?:\s+(?:at|with)\s+(?:the\s+)?{C})?\s+"
        r"(?:had\s+)?(?:expired|ran\s+out|run\s+out|lapsed|ended|came\s+to\s+an\s+end|was\s+not\s+renewed)\b",
        0.7,
        club_side="topic",
    ),
    R(
        "contract-expired",
        "left",
        # ("his contract as Republic of Ireland manager was not renewed": the post named by its title)
        r"{P}['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:contract|deal)"
        r"(?:\s+(?:(?:at|with)\s+(?:the\s+)?|as\s+(?=«C\d+»\s+(?:head\s+)?(?:manager|coach|boss)\b)){C}"
        r"(?:\s+(?:head\s+)?(?:manager|coach|boss))?)?\s+"
        r"(?:had\s+)?(?:was\s+(?:allowed\s+to\s+(?:expire|run\s+out|lapse)|not\s+renewed)|expired|ran\s+out|lapsed|"
        r"ended|came\s+to\s+an\s+end)\b",
        0.7,
        club_side="topic",
    ),
    R(
        "left-club",
        "left",
        r"{P}{APP}{WHO}{HAVE}\s+(?:left|leave|leaves|leaving|departed|departs|exited|exits|quit|quits)\s+"
        r"(?:(?:{HIS}\s+(?:role|post|job)"
        r"\s+(?:at|with|as)\s+(?:[a-z]+\s+)?(?:of\s+)?(?:to\s+«P\d+»\s+(?:at|with)\s+)?|"
        # "left the bench of C" (translated "dejó el banquillo del C", "lasciato la panchina")
        r"the\s+(?:bench|command|helm|dugout)\s+(?:of|at)\s+(?:the\s+)?|the\s+|"
        + _CLUB_DESC
        + r")?{C}|the\s+(?:club|team|side|post|role|job)"
        # "left his role in February": his post, told by its title elsewhere (not "his role as director")
        r"\b|{HIS}\s+(?:role|post|job)\b(?!\s+(?:at|with|as|of|in\s+the)\b))",
        0.75,
        club_side="after",
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
    # with the coach, told in the future or progressive
    R(
        "also-leaving",
        "left",
        r"{P}(?:,[^,«]{1,90},)?,?\s+(?:is|are|will|would|shall)\s+(?:also\s+(?:be\s+)?(?:leaving|leave|departing|depart|"
        r"exiting|exit|going)|(?:be\s+)?(?:leaving|departing)\s+too)\b",
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
        r"{P}'s?\s+(?:departure|exit|move\s+away)\b(?!\s+(?:for|to)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?«C)",
        0.7,
        club_side="near",
    ),
    R(
        "spell-ends",
        "left",
        r"{P}'s?\s+(?:[\w\-]+\s+){0,2}?(?:spell|reign|tenure|stint|time|stay|era)\s+(?:in\s+charge\s+)?"
        r"(?:(?:at|with|of)\s+(?:the\s+)?(?:«[CS]\d+»(?:'s?)?\s+)?(?:«[CS]\d+»\s+)?)?(?:has\s+|had\s+)?"
        r"(?:ends|ended|is\s+over|was\s+over|(?:came|comes|come)\s+to\s+an\s+(?:(?:abrupt|early|premature|"
        r"sudden|unhappy)\s+)?end|finished|is\s+finished)\b",
        0.7,
        club_side="near",
    ),
    R(
        "left-for",
        "left",
        r"{P}(?:\s*,(?:[^,«]|«[CS]\d+»){1,90},)?{WHO}{HAVE}\s+(?:left|departed|quit)\s+for\s+(?:the\s+)?"
        r"(?:[\w\-]+\s+){0,3}?(?:«C\d+»['’]s?\s+)?«C\d+»",
        0.6,
        club_side="topic",
    ),
    # --- in charge -------------------------------------------------------------------------
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
    # "Fenerbahçe, the new technical director X with a 2-year contract signed" (translated Turkish)
    R(
        "club-the-new-role",
        "appointed",
        r"{C},\s+(?:the|their|its)\s+new\s+(?:head\s+coach|coach|manager|boss|trainer|technician|"
        r"technical\s+director)\s+{P}(?!'s)",
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
    R(
        "role-person",
        "in_charge",
        # (not the bare "coach" of "«C» head coach X", which names C's post, not the story club's)
        # ("men's manager X": the men's side's coach, beside a women's story)
        r"(?<![\w-])(?<!»\s)(?<!(?<!\bmen)'s\s)(?<!second\s)(?<!whose\s)(?<!whose\shead\s)(?<!whose\sassistant\s)"
        r"(?<!»\shead\s)(?<!»\sassistant\s)(?:(?:current|incumbent|outgoing|then|former|ex-|previous|"
        r"interim|caretaker|acting|temporary)\s+)*(?:(?:their|its|the\s+club's|the)\s+)?(?:{S}\s+)?(?:team\s+)?"
        r"(?:assistant\s+(?:coach|manager)|goalkeeping\s+coach|goalkeeper\s+coach|fitness\s+coach|"
        # the translated titles: "goalkeeper trainer X", "co-trainer X" ("Torwarttrainer", "Co-Trainer"),
        # "selector X" (the national coach: Portuguese "selecionador", Polish "selekcjoner")
        r"(?:assistant|goalkeeping|goalkeeper|goalkeepers|fitness|physical|athletic)\s+trainer|co-trainer|selector|"
        r"set[- ]piece\s+coach|head\s+coach|manager|boss|coach)(?:,)?\s+{P}",
        0.65,
        club_side="tag",
    ),
    R(
        "person-the-role-of",
        "in_charge",
        # "X, the Norwegian trainer of Standard": a nationality before the title
        r"{P},\s+(?:(?:actually|currently|still)\s+)?(?:the\s+)?(?:current\s+|former\s+|then\s+)?(?:«[CS]\d+»(?:'s?)?\s+)?"
        r"(?:(?<=the\s)(?-i:[A-Z][a-z]+)\s+)?{ROLE}\s+(?:"
        r"of"
        # "X, coach of the club's under-19 team, …": the club the sentence names
        r"|at|for)\s+(?:the\s+)?(?:" + CLUB_NOUN + r"['’]s\s+)?(?:{C}|{S})",
        0.75,
        club_side="tag",
    ),
    R(
        "was-role",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:is|was|has\s+been|had\s+been|served\s+as|worked\s+as|remains|became|"
        r"been)\s+(?:still\s+)?(?:the\s+)?(?:{C}'?s?\s+(?:(?:former|previous|one-time)\s+)?)?(?:«S\d+»\s+)?"
        r"(?:assistant\s+(?:coach|manager)|head\s+coach|manager|coach|boss|goalkeeping\s+coach|"
        # "who was manager X's first signing", "who was the coach's captain": a title owning or naming
        # someone else is not his post
        r"fitness\s+coach)\b(?!\s+(?:of|for)\s+(?:next|the\s+next))(?!['’]s\b|\s+«P)",
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
        r"served\s+as|worked\s+as)\s+(?:(?:also|previously|earlier|before|once|formerly)\s+)?(?:an?\s+|the\s+)?"
        r"(?:head\s+coach|coach|manager|trainer)\s+(?:at|of|with)\s+",
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
        # in charge at C's ground": no coaching post)
        r"(?<!groundsman\s)(?<!director\s)(?<!kit\sman\s){P}"
        + _NO_COACHING_TITLE
        + r"{APP}{WHO},?{HAVE}(?:\s+(?:twice|thrice){HAVE})?\s+(?:remain(?:ed|s)?\s+|been\s+|was\s+)?in\s+"
        r"(?:interim\s+|caretaker\s+|temporary\s+)?charge\s+(?:of|at)\b",
        0.75,
        club_side="after",
        needs_club=True,
    ),
    R(
        "managed-list",
        "in_charge",
        # "had before led A": the translated adverb before the verb
        r"{P}{APP}{HAVE}\s+(?:previously\s+|also\s+|last\s+|once\s+|formerly\s+|earlier\s+|most\s+recently\s+|in\s+the\s+past\s+|"
        r"before\s+(?=\w+\s+(?:the\s+)?(?:[A-Z]\w+\s+|selections?\s+of\s+)?«C))?(?:"
        # "has managed in Germany with Mainz and Freiburg", "had worked in Mexico with A", "worked in the
        # Indian Super League with A", "worked in Serie B with A": the country or the league first
        r"(?:managed|coached|worked|trained)\s+in\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}(?:[A-Z][\w-]*|«C\d+»)"
        r"\s+(?:with|at)(?=\s+(?:the\s+)?«C)|"
        # "has managed more than 500 games, with A, B and C": the games counted, then the clubs
        r"(?:managed|coached)\s+(?:(?:more\s+than|over|almost|nearly|some)\s+)?\d[\d,]*\s+(?:games|matches)"
        r"\s*,?\s+(?:with|at|for)(?=\s+(?:the\s+)?«C)|"
        r"managed|coached|directed|commanded|"
        # translated "condujo", "ha condotto": "conducted Tokushima for two seasons", never "conducted talks"
        r"conducted(?=\s+(?:the\s+)?«[CS])|"
        # translated careers: "had trained the Lazio", "trained previously A", "had worked at Hannover 96"
        r"trained(?=,?\s+(?:among\s+(?:the\s+)?others,?\s+|previously\s+)?(?:the\s+)?«C)|worked\s+(?:at|for|in)(?=\s+(?:the\s+)?«C)|"
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
        r"already|first|originally|most\s+recently|since|later|then|subsequently|before(?:\s+that)?|earlier|twice|thrice|"
        r"in\s+the\s+past)\s+)*"
        r"(?:managed|coached|directed|trained|"
        # "who before had worked in Sevilla, Athletic and Deportivo", "and before that worked at A and B": a
        # list of clubs (one club alone, "who also worked at Chelsea", may be any post on the staff)
        r"worked\s+(?:at|for|in)(?=\s+(?:the\s+)?«C\d+»,?\s+(?:and\s+)?(?:the\s+)?«C)|"
        r"(?:been\s+)?in\s+charge\s+(?:of|at)|" + _SAVED_FROM_DROP + r"|"
        r"(?<=previously\s)led|(?<=also\s)led|(?<=has\s)led|(?<=had\s)led|"
        r"(?<=who\s)(?:led|guided)(?=\s+(?:the\s+)?«C\d+»\s+(?:to|into)\s)|"
        # "who led the Matildas in two spells": a spell counted is a coach's (a captain leads in games)
        r"(?<=who\s)(?:led|guided)(?=\s+(?:the\s+)?«C\d+»\s+(?:in\s+(?:two|three|four)\s+(?:separate\s+)?"
        r"(?:spells|stints)|twice)\b))\s+",
        0.7,
        club_side="list",
        needs_club=True,
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
        r"(?:\b(?:who|whom|and|having)|(?<=coach,)|(?<=trainer,)|(?<=assistant,))\s+"
        r"(?:(?:has|had|have|previously|also|once|later|then)\s+)*(?:(?:worked|works)\s+"
        r"(?:alongside|with|under)\s+(?:him|her|«P\d+»)\s+(?:at|with|in|since\s+(?:the|their\s+days\s+at))|"
        # "his assistant Y, who followed him to A, B and C", "and later accompanied him to the national team",
        # "the adjunct Y, who accompanied him in C"
        r"(?:followed|accompanied)\s+(?:him|her|«P\d+»)\s+(?:to|in|at))\s+",
        0.65,
        role="assistant_coach",
        club_side="list",
        needs_club=True,
    ),
    R(
        "coaching-list",
        "in_charge",
        r"\b(?:before|after|while|since)\s+(?:previously\s+|also\s+|briefly\s+)?(?:coaching|managing|leading|"
        # "took Egypt to the World Cup, before working with Uzbekistan and DR Congo": a club right after
        # ("before working with C as a scout": no coaching post)
        r"working\s+(?:with|at|for)(?=\s+(?:the\s+)?«C)" + _NOT_AS_NON_COACH + r")\s+",
        0.7,
        club_side="list",
        needs_club=True,
    ),
    R(
        "after-years-in-charge",
        "in_charge",
        r"{P}(?!'s)(?:[^.;«]|«[CS]\d+»){0,120}?\b(?:after|following|ending)\s+(?:(?:a|an|his|her|nearly|almost|"
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
        r"{P}['’]s?\s+(?:first|second|previous|earlier|initial|original|last)\s+(?:spell|stint|tenure|reign|period)\s+"
        r"(?:in\s+charge|at\s+the\s+(?:helm|club)|as\s+(?:head\s+)?(?:coach|manager))\b(?!\s+(?:of|at|with)\s)",
        0.65,
        club_side="topic",
    ),
    # "remembered for his seven years with Peru", "in his two seasons at Brentford": a spell counted
    # (a player's too: kept only for a man shown coaching)
    R(
        "his-years-with",
        "in_charge",
        r"{P}'s?\s+(?:first\s+|last\s+|final\s+)?(?:\w+|\d+)(?:\s+and\s+a\s+half)?\s+(?:years|seasons)\s+"
        r"(?:with|at|in\s+charge\s+of)\s+(?:the\s+)?(?:{C}|{S})(?!['’])",
        0.65,
        club_side="tag",
    ),
    R(
        "spent-years",
        "in_charge",
        r"{P}(?:[^«».;:!?]|«[CS]\d+»){0,100}?\bspen(?:t|ding|ds)\s+(?:almost\s+|nearly\s+|more\s+than\s+|over\s+|just\s+over\s+|around\s+|"
        r"about\s+|close\s+to\s+)?\w+\s+(?:and\s+a\s+half\s+)?(?:years?|seasons?)\s+"
        r"(?:in\s+[A-Z][\w\-]+\s+)?"  # "spent three years in Qatar with Al-Arabi": the country on the way
        r"(?:at|with|in\s+charge\s+of)\s+(?:the\s+)?(?:"
        + _CLUB_DESC  # "spent two seasons at Hungarian champions C"
        + r")?(?:{C}|{S})",
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
        r"\bassistant\s+(?:(?:manager|coach)\s+)?to\s+{P}(?:\s*(?:,|and)\s*{P2}(?!\s+(?:was|is|has|had|became)\b))?",
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
    # "stepped down before the end of the season to join C": the move to C is his appointment there
    R(
        "left-to-take-over",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:left|departed|quit|resigned|stepped\s+down|walked\s+out)\s+"
        r"(?:(?:[\w\-]+|«C\d+»)\s+){0,8}?to\s+(?:"
        r"take\s+(?:over|charge)(?:\s+(?:at|of))?|join|lead)\s+"
        r"(?:[\w\-]+\s+){0,4}?{C}",
        0.75,
        club_side="tag",
    ),
    # "X will leave the K League 1 champions to take charge of C", "who is leaving the club to take charge of
    # C", "will leave the staff to take over J2 side C": the move told as news is his appointment at C
    R(
        "leaves-to-take-over",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:leave|leaves|leaving)\s+(?:(?:[\w\-]+|«[CS]\d+»)\s+){0,5}?to\s+(?:"
        r"take\s+(?:over|charge)(?:\s+(?:at|of))?|join|lead)\s+"
        r"(?:[\w\-]+\s+){0,3}?{C}",
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
    # "In the meantime the team was guided formally by X", "the side has been coached by X since …"
    # ("led by" is left out: match reports say "Spain were led by Rodri")
    R(
        "team-guided-by",
        "in_charge",
        r"\b(?:the\s+)?" + TEAM_NOUN + r"\s+(?:was|were|has\s+been|had\s+been|is\s+being|was\s+being)\s+"
        r"(?:\w+ly\s+)?(?:guided|coached|managed|directed|commanded|conducted)\s+(?:\w+ly\s+|"
        + _INTERIM_WAY
        + r"\s+)?by\s+{P}(?!'s)",
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
        r"had\s+been)\s+(?:\w+ly\s+)?(?:coached|managed|trained)\s+by\s+{P}(?!'s)",
        0.7,
        club_side="tag",
        squad_in_match=True,
    ),
    # "the under-20s coached by X and the under-17s led by Y": a squad and the coach it is known by
    R(
        "squad-coached-by",
        "in_charge",
        r"(?<!«C)(?<!'s\s)\bthe\s+«S\d+»\s+(?:coached|managed|led|guided|trained|directed)\s+by\s+{P}(?!'s)",
        0.7,
        club_side="topic",
        squad_in_match=True,
    ),
    # "X has been in charge on an interim basis since Y's departure", "X has been in interim charge since …"
    R(
        "been-in-charge-since",
        "in_charge",
        r"{P}(?!'s){APP}{WHO}\s+(?:has|had|have)\s+been\s+in\s+(?:interim\s+|temporary\s+|caretaker\s+|sole\s+)?charge"
        r"(?:\s+on\s+an?\s+(?:interim|temporary|caretaker)\s+basis)?"
        # ("X, who has been in charge as interim coach since then, …": the stand-in's title as a manner)
        r"(?:\s+as\s+(?:an?\s+|the\s+)?(?:interim|caretaker|acting|temporary)\s+(?:head\s+)?(?:coach|manager|boss))?"
        r"\s+(?:(?:ever\s+)?since\b|"
        # "had been in charge for less than a year", "has been in charge for three seasons"
        r"for\s+(?:(?:less|more|fewer)\s+than\s+|just\s+(?:over\s+|under\s+)?|only\s+|almost\s+|nearly\s+|"
        r"over\s+|under\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:and\s+a\s+half\s+)?"
        r"(?:years?|months?|seasons?|weeks?|games|matches)\b)",
        0.7,
        club_side="near",
    ),
    # "X had been in charge at the Kassam Stadium since 2022", "in charge in Ostrava since 2021", "in charge
    # of the side since", "at the head of the Coelacanths since 2014" (translated): the spell at the club in
    # view, told by its town, ground or nickname (not "at the head of the Federation": an office)
    R(
        "been-in-charge-there-since",
        "in_charge",
        # "Head groundsman X", "X, the club's academy director,": a man whose title is no coaching one
        r"(?<!groundsman\s)(?<!director\s)(?<!kit\sman\s){P}(?!'s)"
        + _NO_COACHING_TITLE
        + r"{APP}{WHO}\s+(?:has|had|have)\s+been\s+"
        r"(?:(?:in\s+(?:interim\s+|temporary\s+|caretaker\s+)?charge|"
        r"at\s+the\s+helm)\s+(?:(?:at|in)\s+(?:the\s+)?(?:"
        + _CAPITALISED
        + r"\s+){0,2}"
        + _CAPITALISED
        + r"|of\s+the\s+(?:first\s+)?(?:team|side|squad|club))|"
        r"at\s+the\s+head\s+of\s+the\s+(?!(?:Federation|Association|Board|League|Club)\b)"
        + _CAPITALISED
        + r")"
        r"\s+(?:ever\s+)?since\b",
        0.7,
        club_side="topic",
    ),
    # "his assistant Y had taken the team for recent matches", "Z had steadied the team as interim coach"
    R(
        "took-the-team",
        "in_charge",
        r"{P}(?!'s){APP}{HAVE}\s+(?:taken|took|steadied|steered)\s+(?:charge\s+of\s+)?the\s+"
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
        _STAND_IN_TITLE + r"(?:«P\d+»\s*,\s*)*(?:«P\d+»\s*,?\s+and\s+)?{P}" + _STEADIED,
        0.7,
        role="caretaker",
        club_side="near",
    ),
    R(
        "stand-ins-steadied-first",
        "in_charge",
        _STAND_IN_TITLE + r"{P}(?:\s*,\s*«P\d+»)*\s*,?\s+and\s+«P\d+»" + _STEADIED,
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
        r"{P}(?!'s)(?:{APP}|\s*,\s+who\s+[^«.;:!?]{0,100}?,)\s*{HAVE}\s+(?:remain|stay)\s+(?:on\s+(?:the\s+)?staff\s+|on\s+)?"
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
        r"(?:[^«.;:!?]|«[CS]\d+»){0,40}?,?\s+(?:alongside|with|assisted\s+by)\s+" + _STAFF_ROLE + "{P}",
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
    # --- extended ------------------------------------------------------------------------
    R(
        "renewed",
        "extended",
        # "X himself signed a two-year extension"
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:him|her)self\s+)?(?:\w+ly\s+)?(?:renewed|extended|prolonged|(?:signed|agreed)\s+(?:to\s+)?(?:a\s+|an\s+)?(?:new\s+)"
        r"?(?:(?:\w+|\d+)-year\s+)?(?:contract\s+)?extension|"
        r"(?:signed|penned|inked|agreed|agreed\s+(?:personal\s+)?terms\s+(?:on|over))\s+a\s+new\s+(?:\S+\s+)?"
        r"(?:deal|contract)|committed\s+{HIS}\s+future|"
        # "A and his assistant B have signed new long-term contracts": one deal each
        r"(?:signed|penned|inked|agreed)\s+new\s+(?:\S+\s+)?(?:deals|contracts))\b",
        0.85,
        club_side="after",
    ),
    # "X had his contract extended until 2026", "X has had his deal renewed"
    R(
        "had-contract-extended",
        "extended",
        r"{P}{APP}{WHO}{HAVE}\s+(?:had|got|gets|has\s+had|had\s+had)\s+{HIS}\s+(?:contract|deal)\s+"
        r"(?:\w+ly\s+)?(?:extended|renewed|prolonged)\b",
        0.8,
        club_side="after",
    ),
    # "X was rewarded with a new contract", "has been handed a new three-year deal"
    R(
        "handed-new-contract",
        "extended",
        r"{P}{APP}{WHO}{HAVE}\s+(?:been\s+)?(?:rewarded|handed|given|awarded)\s+(?:with\s+)?" + _NEW_CONTRACT,
        0.8,
        club_side="after",
    ),
    # "The board rewarded him in September with a new three-year contract", "C handed X a new deal"
    R(
        "gave-new-contract",
        "extended",
        r"\b(?:rewarded|handed|gave|given|awarded)\s+{P}(?:\s+[^«.,;]{0,25}?)??\s+(?:with\s+)?"
        + _NEW_CONTRACT,
        0.8,
        club_side="before",
    ),
    # "C extended the contract of coach X (and his assistant Y)", "the renewal of contract of the
    # technician X", "the club extended his contract": the club renews its coach's deal
    R(
        "contract-of-extended",
        "extended",
        # "decided against extending X's deal" is no extension
        # ("decided to extend the contract of X": the base form only after a decision told as done, not
        # after a wish: "want to extend", "in talks to extend")
        r"\b(?<!against\s)(?:extended|extends|extending|(?:(?<=\bdecided\sto\s)|(?<=\bagreed\sto\s))(?:extend|renew)|renewed|renews|renewing|"
        r"prolong(?:ed|s|ing)|renewal\s+of|extension\s+(?:of|to)|prolongation\s+of),?\s+"
        # ("has prolonged, this Monday, the contract of X": the day set off by commas)
        r"(?:(?:today|yesterday|now|also|officially|this\s+\w+|on\s+\w+),?\s+)*(?:(?:the|their|its)\s+)?"
        # ("the contract of the Portuguese X", "of the Swiss technical director X": nationality, title)
        r"(?:contracts?|deals?)\s+of\s+"
        + _STAFF_WORDS
        + r"(?:"
        + _DEMONYM_DESC
        + r"|"
        + _DEMONYM_WORD
        + _STAFF_WORDS
        + r")?{P}"
        r"(?:\s*(?:,|and)\s+" + _STAFF_WORDS + r"{P2})?",
        0.8,
        club_side="before",
    ),
    # a staff renewed with its coach: "the members of his staff renewed their contracts, among them
    # the assistants A, B and C", "… also extended their deals, including assistant A"
    R(
        "staff-renewed",
        "extended",
        r"\b(?:renewed|extended|renew|extend)\s+their\s+(?:contracts?|deals?)\s*,?\s+(?:among\s+them|including|"
        r"among\s+whom)\s+" + _STAFF_WORDS + r"{P}",
        0.7,
        club_side="topic",
    ),
    R(
        "extended-his-contract",
        "extended",
        # "decided against extending X's deal" is no extension
        r"\b(?<!against\s)(?:extended|extends|extending|renewed|renews|renewing|prolong(?:ed|s|ing))\s+"
        r"(?:(?:today|now|also|officially)\s+)*"
        # ("extended head coach X's contract": his title before the name)
        r"(?:(?:the\s+)?(?:head\s+|assistant\s+|interim\s+)?(?:coach|manager|boss)\s+)?"
        # ("extended Didier Deschamps' contract": the bare apostrophe of a name ending in s)
        r"{P}'s?\s+(?:(?:\w+-year|current|existing)\s+)?(?:contract|deal)",
        0.8,
        club_side="before",
    ),
    # "C have extended (head coach) X until 2027", "renewed X through 2026", "extended X for two more
    # years": the man himself the object, the term right after him ("extended X's contract": above)
    R(
        "extended-him-until",
        "extended",
        r"\b(?<!against\s)(?:extended|extends|renewed|renews|prolong(?:ed|s))\s+"
        r"(?:(?:the\s+)?(?:head\s+|assistant\s+|interim\s+)?(?:coach|manager|boss)\s+)?{P}(?!['’])"
        r"\s+(?:(?:until|till|through|to)\s+(?:the\s+end\s+of\s+|(?:next\s+)?(?:June|May|the\s+summer\s+of)\s+)?"
        r"(?:20\d\d|next\s+season|the\s+end\b)|for\s+(?:another|a\s+further|one|two|three|\d+)\s+"
        r"(?:more\s+)?(?:years?|seasons?))",
        0.8,
        club_side="before",
    ),
    # "Hungary coach X's contract was extended until 2026" (agency copy): "extended X's contract" passive
    R(
        "his-contract-was-extended",
        "extended",
        # (only with his coaching title before his name: players' contracts are extended too)
        r"\b(?:coach|manager|boss|trainer|technician|tactician|helmsman|DT|technical\s+director)\s+"
        r"{P}'s\s+(?:(?:\w+-year|current|existing)\s+)?(?:contract|deal)\s+(?:was|has\s+been|had\s+been|is\s+being)\s+"
        r"(?:\w+ly\s+)?(?:extended|renewed|prolonged)\b",
        0.8,
        club_side="before",
    ),
    # "C announces the extension of X's contract", "confirmed the renewal of coach X's deal": the club's
    # statement of it (talk "over the extension of X's contract" is no extension yet)
    R(
        "announces-extension-of",
        "extended",
        r"\b(?:announce[sd]?|announcing|confirm(?:s|ed|ing)?|complete[sd]?|finali[sz]ed|officiali[sz]ed|"
        r"made\s+official)\s+the\s+(?:extension|renewal)\s+of\s+(?:(?:head\s+)?(?:coach|manager)\s+)?"
        r"{P}['’]s\s+(?:contract|deal)",
        0.8,
        club_side="before",
    ),
    # "C and X have agreed to extend his contract", "C and X reached an agreement on a contract extension":
    # both sides' act told in a club statement, an extension
    R(
        "club-and-person-extended",
        "extended",
        r"{C}\s+and\s+{P}{HAVE}\s+(?:(?:mutually\s+)?agreed|reached\s+(?:an?\s+)?agreement)\s+"
        r"(?:to\s+(?:extend|renew)\s+(?:the\s+(?:coach's\s+|manager's\s+)?|{HIS}\s+|«P\d+»’s\s+)?"
        r"(?:contract|deal|agreement|relationship|association)|(?:on\s+|for\s+)?(?:an?\s+|the\s+)?"
        r"(?:(?:contract|deal)\s+)?(?:extension|renewal)|(?:on\s+|for\s+)?an?\s+new\s+(?:contract|deal))\b",
        0.8,
        club_side="tag",
    ),
    # "X … ruled himself out by signing a new contract", "after penning a fresh deal"
    R(
        "by-signing-new-contract",
        "extended",
        # ("will remain in charge of the Japan national team through the 2026 World Cup after agreeing …": a
        # longer reach than {GAP}, no person between)
        r"{P}(?:[^«».;:!?]|«[CS]\d+»){0,90}?\b(?:by|after)\s+(?:signing|penning|agreeing|putting\s+pen\s+to\s+paper\s+on)\s+"
        + _NEW_CONTRACT,
        0.75,
        club_side="after",
    ),
    # --- offers --------------------------------------------------------------------------
    R(
        "offer-for",
        "offer",
        r"\b(?:made|make|making|submitted|tabled|launched)\s+(?:an?\s+|\w+\s+)?(?:\w+\s+)?(?:offer|"
        r"approach|bid|attempts?|move)\s+(?:to\s+(?:the\s+)?{CDESC}«C\d+»\s+)?(?:for|to\s+(?:sign|lure|pry|prise|tempt|hire))"
        # "for Villarreal coach X", "for their Argentine coach X": the man named by his post
        r"\s+(?:(?:their|its|the)\s+)?(?:«C\d+»['’]?s?\s+)?(?:(?:[A-Z][\w\-]+\s+)?(?:head\s+|assistant\s+)?"
        r"(?:coach|manager|boss)\s+|assistant\s+)?" + _BOSS_AIDE + r"{P}",
        0.7,
        club_side="before",
    ),
    # "C, …, made him a great offer to return": the club that made it is the sentence's subject
    R(
        "made-him-offer",
        "offer",
        r"\b(?:made|makes|make|making)\s+{P}\s+an?\s+(?:\w+\s+){0,2}?(?:offer|proposal)\b",
        0.7,
        club_side="subject",
    ),
    R(
        "approach-from",
        "offer",
        r"\b(?:approach|offer|bid|enquiry|inquiry)\s+from\s+{C}\s+for\s+(?:(?:their|its|the|"
        r"manager|"
        r"boss|coach|head\s+coach)\s+)*{P}",
        0.7,
        club_side="tag",
    ),
    R(
        "approached",
        "offer",
        r"\b(?:approached|contacted|sounded\s+out|offered|made\s+contact\s+with|got\s+in\s+touch\s+with)\s+"
        # ("approached former Orlando Pirates coach X": the club he coached, named in his title)
        r"(?:(?:club|former|ex-|coach|manager|legend|icon|great|boss|«C\d+»(?=\s+(?:coach|manager|boss))|"
        r"the(?=\s+(?:[A-Z][\w\-]+\s+)?(?:coach|manager|boss|tactician)\s)|[A-Z][\w\-]+(?=\s+(?:coach|manager|boss)\s))\s+){0,3}"
        r"{P}(?!['’]s?\s)",  # "offered his apologies": his own, no offer to him
        0.7,
        club_side="subject",
    ),
    R(
        "permission-to-speak",
        "offer",
        # "… to speak to X and his assistant Y": both approached
        r"\bpermission\s+to\s+(?:speak|talk)\s+(?:with|to)\s+{GAP}"
        + _BOSS_AIDE
        + r"{P}(?:\s+and\s+(?:«P\d+»['’]s?\s+(?:assistant|number\s+two)\s+)?{P2})?",
        0.7,
        club_side="subject",
    ),
    R(
        "was-offered",
        "offer",
        # "offered", "approached" passive only: "X had offered C the title" is his gift, no offer to him
        r"{P}{APP}{HAVE}\s+(?:(?:been|was|were|is|are|got|being)\s+(?:\w+ly\s+)?(?:offered|approached|sounded\s+out)|"
        r"given\s+the\s+(?:chance|opportunity)|received\s+a\s+(?:call|phone\s+call|approach|offer))"
        # "has been approached by C": the suitor named
        r"(?:\s+by\s+(?:the\s+)?{CDESC}{C}(?!['’]))?",
        0.7,
        club_side="topic",
    ),
    # --- offer declined ------------------------------------------------------------------------
    # "X turned down / rejected C" ("ruled himself out" is a candidate withdrawing: no offer to decline)
    R(
        "turned-down",
        "offer_declined",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:turn(?:ed|s|ing)?\s+(?:(?:the|their|an?|it|this|that)\s+"
        r"(?:\w+\s+){0,2}?|«C\d+»\s+)?down|reject(?:ed|s|ing)?|knock(?:ed|s)?\s+back|"
        r"rebuff(?:ed|"
        r"s)?|snub(?:bed|s)?|spurn(?:ed|s)?|"
        r"declin(?:ed|es)|refus(?:ed|es)|said\s+['‘\"“]?no\b|decided\s+against|opted\s+against|"
        r"decided\s+to\s+(?:remain|stay)|chose\s+to\s+(?:remain|"
        r"stay)|(?:opted|preferred)\s+to\s+(?:remain|stay))"
        # ("X was rejected by C" is told of C: he did not refuse; "rejected claims he was leaving": no offer)
        r"\b(?!\s+by\b)(?!" + _NO_OFFER_REFUSED + r")",
        0.8,
        club_side="declined",
    ),
    R(
        "decide-against",
        "offer_declined",
        # "…, but the Spaniard turned them down", "but the pair decided to stay": the coach(es) just named
        # ("but the Italian preferred to remain", "but the coach declined": named by nationality or post)
        r"\b(?:only\s+to\s+|but\s+|and\s+)(?:(?:«P\d+»|he|she|the\s+pair|the\s+duo|both(?:\s+men)?|"
        r"the\s+(?:[A-Z][a-z]+|coach|manager|boss|tactician))\s+)?"
        r"(?:(?:promptly|quickly|swiftly|politely|ultimately|eventually|later)\s+)?"
        r"(?:decide[sd]?\s+against|"
        + _CHOSE_OWN_WAY
        + r"|turn(?:ed)?\s+(?:it|them|him|(?:the|their|that)\s+\w+)\s+down|"
        r"declined(?!\s+to\b)|say\s+no|said\s+no|(?:is|was)\s+not\s+interested)\b",
        0.7,
        club_side="declined",
    ),
    # "The club also sounded out X, who declined", "Bochum approached Y, who turned them down": the
    # approach's man refusing in a relative clause
    R(
        "approached-who-declined",
        "offer_declined",
        r"\b(?:approached|sounded\s+out|contacted|held\s+talks\s+with|offered\s+the\s+(?:job|post|role)\s+to)\s+"
        r"(?:(?:[^«.;:]|«C\d+»){0,40}?\s)?"
        r"{P},\s+who\s+(?:(?:promptly|quickly|politely|ultimately|eventually|later)\s+)?"
        r"(?:declined(?!\s+to\b)|turned\s+(?:it|them|him|her|(?:the|their|that)\s+\w+)\s+down|said\s+no|"
        r"turned\s+down\s+(?:the|their|that)\s+\w+|" + _CHOSE_OWN_WAY + r"|"
        r"rejected\s+(?:it|them|(?:the|their|that)\s+\w+)|(?:is|was)\s+not\s+interested)\b",
        0.7,
        club_side="subject",
    ),
    # --- linked --------------------------------------------------------------------------------
    R(
        "is-linked",
        "linked",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|heavily|strongly|already|both|all)\s+)*(?:been\s+)?"
        r"(?:(?:emerged|emerges|emerging|now|widely|firmly)\s+as\s+)?(?:(?:regarded|seen|viewed|"
        r"considered|understood|thought|believed|reported|said)\s+(?:in\s+\w+\s+)?(?:as|to\s+be)\s+(?:being\s+)?"
        r"(?:high\s+|top\s+|very\s+much\s+)?)?(?:linked|"
        r"tipped|touted|fancied|"
        r"shortlisted|considered|in\s+the\s+frame|in\s+the\s+running|under\s+consideration|"
        # ("is favourite", "is hot favourite", "is the bookmakers' favourite")
        r"(?:the\s+(?:\w+'?\s+){0,2}|(?:clear|strong|early|firm|hot|red-hot|odds-on|overwhelming)\s+)?"
        r"(?:favourite|frontrunner|front-runner)(?!\s+(?:of|among)\s+(?:the\s+)?(?:fans|supporters))|"
        r"(?:a|the|an)\s+(?:[\w'’]+\s+){0,2}?(?:candidate|contender|choice|option|front-runner)|"
        r"one\s+of\s+the\s+(?:\w+\s+)?(?:candidates|favourites|"
        r"contenders|options)|a\s+target|the\s+(?:main\s+|top\s+)?target|"
        r"a\s+replacement|the\s+replacement|a\s+contender|(?:(?:at\s+)?the\s+(?:top|head)\s+of|on|added\s+to)\s+"
        # ("has been added to the list of candidates at C")
        r"(?:the|a|their|its|«C\d+»['’]s?)\s+(?:\w+\s+)?(?:shortlist|list(?!\s+of\b)|radar|"
        r"list\s+of\s+(?:candidates|contenders|targets|names|options))|«C\d+»['’]s?\s+(?:\w+\s+)?(?:target|choice|priority|favourite|candidate)|identified|in\s+the\s+mix|in\s+contention|being\s+considered|"
        r"among\s+the\s+(?:\w+\s+)?(?:favourites|candidates|contenders|frontrunners|front-runners|names|options)|"
        r"earmarked|(?:mentioned|named)\s+as\s+(?:a\s+|the\s+)?(?:possible|potential|likely)\s+"
        r"(?:successors?|replacements?|candidates?)|being\s+mentioned|"
        r"(?:(?:reported|said|understood|believed|thought)\s+to\s+be\s+)?close\s+to\s+(?:agreeing|joining|"
        r"taking\s+over|a\s+deal|being\s+(?:named|appointed))|"
        # ("has lined up a friendly": the coach arranging something, not lined up himself)
        r"lined\s+up(?!\s+(?:an?|the|his|her|their|some|two|three)\s)|"
        r"(?:thrown|throws|threw)\s+{HIS}\s+hat\s+into\s+the\s+ring|"
        # "X was also interviewed", "had been interviewed for the role": a candidate of the search (not
        # "interviewed by reporters", "interviewed on the radio")
        r"interviewed(?=\s*[,.;]|\s*$|\s+for\s+(?:the\s+)?(?:(?:\w+|«[CS]\d+»)\s+){0,3}?(?:role|job|post|position|vacancy)))\b",
        0.5,
        club_side="after_topic",
    ),
    R(
        "set-to",
        "linked",
        r"{P}{APP}\s+(?:is|are|was|has\s+been|remains|appears)\s+(?:\w+ly\s+)?(?:set|expected|"
        r"poised|tipped|likely|in\s+line|favourites?|front-?runners?|primed|closing\s+in|odds[\s-]on|"
        # "is in pole position to succeed Y": the bookmakers' and the press's first name
        r"in\s+pole\s+position)\s+to\s+"
        r"(?:be\s+)?(?:appointed|named|confirmed|unveiled|presented|installed|take\s+over|replace|succeed|become|"
        # (not "set to join his coaching staff": an aide's rumour, read by joins-staff)
        r"return|land|join(?!\s+(?:his|her|their|the|«P\d+»['’]s)\s+(?:new\s+)?(?:{STAFF_KIND}\s+)?"
        r"(?:staff|team))|"
        r"leave\s+for|move\s+to|take\s+charge|be\s+the\s+next)",
        0.55,
        club_side="after",
    ),
    # "… with the Italian X, favorite to assume the Selection": an aside naming the favourite
    R(
        "aside-favourite",
        "linked",
        r"{P},\s+(?:the\s+)?(?:(?:big|clear|hot|early|strong)\s+)?(?:favou?rite|frontrunner|front-runner)\s+to\s+"
        r"(?:be\s+)?(?:appointed|named|take\s+over|replace|succeed|become|assume|take\s+charge|land|lead|coach)\b",
        0.55,
        club_side="after_topic",
    ),
    # "X has ruled himself out of the running for the C job": he was a candidate (no offer to decline)
    R(
        "ruled-out-of-running",
        "linked",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:ruled|rules)\s+(?:himself|herself|«P\d+»)\s+out\s+of\s+(?:the\s+)?"
        r"(?:running|race|reckoning|contention)\s+(?:for|to)\s+(?:the\s+)?(?:\w+\s+)?(?:«C\d+»|(?:job|post|role)\s+(?:at|of)\s+«C\d+»)",
        0.5,
        club_side="after_topic",
    ),
    R(
        "could-be-next",
        "linked",
        r"{P}{APP}\s+(?:could|might|may|would)\s+(?:well\s+|soon\s+)?(?:be|become)\s+"
        r"the\s+next\s+(?:«C\d+»\s+)?(?:«S\d+»\s+)?(?:permanent\s+)?(?:manager|head\s+coach|coach|boss)\b",
        0.55,
        club_side="after_topic",
    ),
    R(
        "in-talks",
        "linked",
        # ("set to hold talks": talks to come are a rumour)
        r"\b(?:in\s+(?:advanced\s+|initial\s+|early\s+)?talks|negotiating|negotiations|hold\s+(?:\w+\s+)?(?:talks|discussions))"
        + _TALKS_WITH,
        0.5,
        club_side="subject",
    ),
    # "C held / opened talks with X": the club has approached him, an offer
    R(
        "held-talks-with",
        "offer",
        r"\b(?:held|holding|opened|opening|entered|begun|began|started)\s+(?:\w+\s+)?(?:(?:\w+\s+)?rounds?\s+of\s+)?"
        r"(?:talks|discussions)" + _TALKS_WITH,
        0.5,
        club_side="subject",
    ),
    R(
        "youth-spell",
        "in_charge",
        r"{P}(?!'s)(?:[^«.;:!?]|«[CS]\d+»){0,80}?\b(?:(?:running|ran|run|leading|led|heading|headed|"
        r"in\s+charge\s+of|coaching|coached|managing|managed|(?:coached|coaching|worked|working)\s+(?:in|with|at)|"
        # "began his coaching career in Barcelona's youth system", "began coaching with Milan's youth teams"
        r"(?:began|started|launched)\s+(?:«P\d+»'s\s+)?(?:coaching|managerial)\s+(?:career\s+)?(?:in|with|at))\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:{C}['’]s?\s+|club['’]s\s+)?(?:(?:youth\s+)?academy|{S})|as\s+(?:a|the|an)\s+(?:\w+\s+)?youth\s+(?:team\s+)?"
        r"coach\s+(?:at|with|of|for)\s+(?:the\s+club|«C\d+»))",
        0.65,
        club_side="tag",
    ),
    R(
        "had-spell",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|previously|once|briefly)\s+)?(?:had|has|enjoyed|endured)\s+(?:a|an|two|three|"
        r"several|previous|brief|short|successful|\w+ful)?\s*(?:(?:brief|short|successful|previous|"
        r"second|first|\w+-year|two-year|\w+ful)\s+)?(?:spells?|stints?|" + _SPELL_SYNONYMS + r")\s+"
        r"(?:"
        + _STAND_IN_CHARGE
        + r"|as\s+(?:(?:head|caretaker|interim|acting)\s+)?(?:coach|manager|boss)\s+)?"
        + _SPELL_AT,
        0.6,
        club_side="list",
    ),
    # "X returns to C after spells in charge of A and B", "…, who arrives after a stint as manager of D":
    # the spells a move follows (told as a coach's, "in charge" / "as manager": a player has spells too)
    R(
        "after-spells",
        "in_charge",
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»){0,120}?\bafter\s+(?:(?:a|an|two|three|four|several|brief|short|"
        r"successful|previous|\w+-year)\s+)*(?:spells?|stints?)\s+(?:"
        + _STAND_IN_CHARGE
        + r"|as\s+(?:head\s+)?"
        r"(?:coach|manager)\s+)(?:at|with|of)\s+",
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
        + _STAND_IN_CHARGE
        + r"|as\s+(?:head\s+)?(?:coach|manager)\s+|on\s+the\s+(?:coaching\s+)?staff\s+)?"
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
    # "was previously an assistant with A and B": a staff spell at each club listed
    R(
        "aide-spell-at",
        "in_charge",
        r"\b(?:(?:(?:work(?:ed|ing)|serv(?:ed|ing)|(?:began|begun|started|starting|beginning)\s+{HIS}\s+(?:coaching\s+)?"
        r"career|spen[dt]\s+{HIS}\s+(?:(?:early|first|formative)\s+)?(?:coaching\s+)?(?:years|seasons|days))\s+as)|"
        r"(?:was|were|had\s+been)\s+(?:previously|formerly|earlier|once)(?:\s+also)?)\s+(?:an?\s+|the\s+)?"
        r"(?:assistant(?:\s+(?:coach|manager|trainer))?|(?:first[\s-]team\s+|«S(?P<staff_squad>\d+)»\s+)?coach)\s+(?:at|with)\s+",
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
        + _STAND_IN_CHARGE
        + r"|as\s+(?:head\s+)?(?:coach|manager)\s+)?"
        r"(?:at|with|of)\s+",
        0.6,
        club_side="list",
    ),
    # "a career that has taken him to A, B and C", "whose coaching career took her to A and B"
    R(
        "career-taken-to",
        "in_charge",
        r"\b(?:coaching\s+|managerial\s+)?career\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?(?:also\s+)?"
        r"(?:taken|took)\s+(?:him|her|«P\d+»)\s+(?:to|from)\s+",
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
        r"{C},\s+(?:whom|which)\s+{P}\s+(?:had\s+|then\s+)?(?:left|quit)\b(?!\s+(?:for|to|behind)\b)",
        0.65,
        club_side="tag",
    ),
    R(
        "stay-on-as",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:stay|stays|staying|remain|remains|remaining)\s+(?:on\s+)?as\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
        r"(?:first[\s-]team\s+coach|assistant(?:\s+(?:coach|manager|head\s+coach))?|(?:goalkeeping|fitness)\s+coach)",
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
    # "A and B, both members of his under-21 staff, will assist him": his aides in the post he takes
    R(
        "will-assist",
        "appointed",
        r"{P}{APP}\s+(?:will|would|are\s+to|is\s+to|are\s+set\s+to|is\s+set\s+to)\s+(?:also\s+)?assist\s+"
        r"(?:him|her|«P\d+»)(?!['’])",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    # the new man's aides: "he will be assisted by A", "will be supported by assistant coaches A and B"
    R(
        "assisted-by",
        "appointed",
        # ("seconded by", "seconded in his staff by": the French "secondé par" in translated reports)
        r"\b(?:will|is\s+to|are\s+to|shall)\s+be\s+(?:assisted|supported|helped|flanked|accompanied|seconded)"
        r"(?:\s+in\s+{HIS}\s+(?:technical\s+|coaching\s+)?staff)?\s+by\s+"
        r"(?:" + _AIDES_LEAD + r")?"
        r"(?:(?:assistant\s+(?:coach(?:es)?|managers?|trainers?)|assistants?|co-trainers?)\s+)?"
        # "… by his long-time deputies A and B", "… by his compatriot Y": lowercase words about the aides
        r"(?:{HIS}\s+(?-i:[a-z][\w\-]*\s+){1,3}?(?=«P))?"
        # "… by former Pools midfielder Y": the aide's playing past before his name
        r"(?:(?:former|ex-)\s*(?:[\w\-]+\s+|«C\d+»\s+){0,3}?(?:midfielder|defender|striker|forward|winger|"
        r"goalkeeper|keeper|player|captain|international|star|team-?mate)\s+)?"
        # "… by compatriot Y": a lowercase word about the aide
        r"(?:(?-i:compatriots?|countrym[ae]n|fellow\s+[A-Z]\w+)\s+)?"
        # "… by Japanese coach Y": the aide's nationality and a bare coach's title
        r"(?:" + _DEMONYM_WORD + r"(?-i:coach(?:es)?|trainers?)\s+)?"
        # ("…, and by Austrian fitness coach B": the next aide with his own "by", nationality and title)
        r"(?P<list>«P\d+»(?:" + _RELATIVE_ASIDE + r")?(?:" + _NEXT_AIDE + r")*(?!['’])"
        r"(?:,?\s+with\s+«P\d+»\s+as\s+(?:(?:the|his|her)\s+)?(?:[\w\-]+\s+)?coach)?)",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    R(
        "as-his-assistant",
        "in_charge",
        r"\b(?:(?:joined|arrived\s+at)\s+(?:the\s+club|«C\d+»)\s+as|(?:has|had|have)\s+been|is|was)\s+{P}['’]s?\s+"
        r"(?:long-time\s+|trusted\s+|first\s+)?"
        r"(?:assistant|number\s+two|right-hand\s+(?:man|woman))\b" + _AT_CLUB,
        0.6,
        role="head_coach",
        club_side="topic",
    ),
    R(
        "been-his-assistant",
        "in_charge",
        # ("X, who was Kadri's assistant, …": the past spell told in the relative clause)
        r"{P}(?:{APP}|,\s+who)\s+(?:(?:has|had|have)\s+been|was)\s+«P\d+»['’]s?\s+(?:long-time\s+|trusted\s+)?"
        r"(?:assistant|number\s+two)\b" + _AT_CLUB,
        0.6,
        role="assistant_coach",
        club_side="topic",
    ),
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
    # "Gotti made his name on the bench with A and B", "cut his teeth in the dugout at A and B", "was
    # previously on the bench at A, B and C", "worked in the lower divisions with clubs such as A and B":
    # the bench or dugout (or clubs worked with) shows a coach's posts; each club listed is a spell
    R(
        "bench-career-list",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:previously|also|once|later|then|first|briefly)\s+)*(?:"
        r"(?:(?:made|cut|earned)\s+(?:his|her|«P\d+»(?:['’]s)?)\s+(?:(?:coaching|managerial)\s+)?"
        r"(?:name|teeth|stripes)\s+|(?:worked|coached|served)\s+)"
        r"(?:on\s+the\s+benche?s?|in\s+the\s+dugouts?|as\s+an?\s+(?:head\s+)?(?:coach|manager)|in\s+management)|"
        r"(?:was|been|sat)\s+(?:previously\s+|also\s+|once\s+)?on\s+the\s+benche?s?|"
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
        r"{P}['’]s?\s+(?:(?:(?:previous|former|past|other|earlier)\s+(?:coaching\s+|managerial\s+)?(?:jobs|clubs|"
        r"posts|roles|stints|spells|employers|stops)(?:\s+as\s+(?:an?\s+)?(?:head\s+)?(?:coach|manager))?)|"
        r"(?:coaching\s+|managerial\s+)?(?:CV|résumé|resume))\s+(?:also\s+)?(?:include[sd]?|were|have\s+included)\s+",
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
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|previously|once|famously|later|then)\s+)?(?:guided|led|took|taken|steered|"
        # "is best known for leading Iceland to the quarter-finals": the feat he is remembered by
        r"(?:(?:(?:best|most|perhaps\s+best)\s+)?(?:known|remembered|famous)\s+for|made\s+{HIS}\s+name\s+by)\s+"
        r"(?:leading|guiding|steering|taking))\s+"
        r"(?:the\s+)?{CDESC}{C}{LED_TO}",
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
        r"(?:led|took|guided|steered)(?=(?:\s+[\w\-]+){0,2}\s+(?:to|into)\s)|"
        r"(?:won|lifted)\b(?![^.;,]{0,50}\bwith\b)|"  # "Colombia, where he won the league with C": C's
        r"(?:directed|coached|managed|trained)\b(?!\s+against\b)|"
        # "St. Gallen, where he had worked for six years": a spell told by its length
        r"worked\s+for\s+(?:\w+\s+){1,3}?(?:years|seasons)\b|"
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
        r"(?:(?:formally|temporarily|provisionally)\s+)?by\s+"
        r"(?:(?:the\s+)?(?:interim|caretaker|assistant|coach|manager)\s+)*{P}",
        0.6,
        club_side="topic",
    ),
    # "X won the cup with A and led B to the title": the coordinated verb's subject opens the sentence
    R(
        "and-guided-to",
        "in_charge",
        r"\band\s+(?:(?:also|later|then|famously|subsequently)\s+)?(?:guided|led|took|steered)\s+(?:the\s+)?"
        r"(?=«C\d+»{LED_TO})",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    R(
        "leaves-role-as",
        "left",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:leaves?|left|leaving|quits?|quitting|vacated?|vacates|stepp(?:ed|ing)\s+down\s+from)\s+"
        r"{HIS}\s+(?:current\s+)?(?:role|post|job|position|duties)\s+as\s+(?:[\w\-]+\s+){0,4}?"
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
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:leaves?|left|leaving|vacated?|vacates)\s+{HIS}\s+(?:current\s+)?"
        r"(?:role|post|job|position)\s+as\s+(?:the\s+)?(?:club's\s+)?(?:(?:first[\s-]team|men's|women's|senior)\s+|«S\d+»\s+)?"
        r"(?:head\s+coach|manager|boss|coach)\b(?!\s+(?:of|at|to|for)\b|['’])",
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
    R(
        "will-stay",
        "offer_declined",
        r"{P}{APP}{HAVE}\s+(?:(?:announced|said|confirmed|decided|insisted|revealed|made\s+clear)\s+"
        r"(?:on\s+\w+\s+)?(?:that\s+)?(?:he|she|«P\d+»)\s+)?(?:will|would|is\s+going\s+to|is\s+to|to)\s+"
        r"(?:stay|remain)\s+(?:(?:in\s+charge\s+)?(?:at|with|of)|in\s+charge\s+of)\s+(?:the\s+)?{C}",
        0.7,
        club_side="tag",
    ),
    R(
        "person-in-talks",
        "linked",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:in\s+(?:advanced\s+|initial\s+|early\s+|preliminary\s+)?(?:talks|negotiations)|"
        r"holding\s+talks|negotiating)\s+(?:with|over\s+a\s+move\s+to)\s+(?:the\s+)?(?:«S\d+»\s+)?{C}",
        0.5,
        club_side="tag",
    ),
    # "X is the favourite, and has already held talks with the club", "X held talks with C last week": talks
    # held (not talks going on, "in talks", a rumour) are an approach, as "C held talks with X" is
    R(
        "person-held-talks",
        "offer",
        r"{P}(?:{APP}|(?:[^«.;:!?]|«[CS]\d+»){0,80}?,?\s+and)(?:\s+(?:has|have|had|already|also|reportedly))*\s+"
        r"(?:held|opened)\s+(?:initial\s+|preliminary\s+|formal\s+|advanced\s+)?(?:talks|discussions)\s+with\s+"
        r"(?:the\s+)?{C}(?!\s+(?:about|over)\s+(?:a\s+)?new\s+contract)",
        0.5,
        club_side="tag",
    ),
    # "Monaco had also been linked with Spaniard X", "C were first linked with X last year": the club's rumour
    R(
        "club-linked-with",
        "linked",
        r"{C}{APP}{HAVE}\s+(?:(?:also|heavily|strongly|widely|repeatedly|first)\s+)*(?:been\s+)?"
        r"(?:(?:also|heavily|strongly|widely|repeatedly|first)\s+)*linked\s+with\s+"
        r"(?:(?:former|ex-|[A-Z][a-z]+|«C\d+»(?:['’]s?)?)\s+){0,2}?(?:(?:coach|manager|boss)\s+)?{P}(?!['’]s?\s)",
        0.5,
        club_side="tag",
    ),
    # "X held talks over the position last month": a candidate for the vacancy in view
    R(
        "talks-over-job",
        "linked",
        r"{P}{APP}{WHO}{HAVE}\s+(?:\w+ly\s+)?(?:held|holding|hold|had|opened|in)\s+(?:\w+\s+)?(?:talks|discussions)\s+"
        r"(?:over|about|regarding)\s+(?:the\s+)?(?:(?:vacant|managerial|head\s+coach|coaching|manager's)\s+)?"
        r"(?:position|job|post|vacancy|role|hot\s+seat)\b",
        0.5,
        club_side="after_topic",
    ),
    R(
        "club-considering",
        "linked",
        r"{C}{HAVE}\s+(?:also\s+)?(?:\w+ly\s+)?(?:considering|targeting|targetting|eyeing|eye|monitoring|chasing|"
        r"pursuing|(?:interested|keen)\s+(?:in|on)|(?:weighing|plotting|preparing|mulling)\s+(?:up\s+)?"
        r"(?:an?\s+)?(?:approach|move)\s+for)\s+(?:(?:former|ex-|(?:\w+|«C\d+»)\s+(?:boss|coach|manager))\s+){0,2}?{P}",
        0.5,
        club_side="tag",
    ),
    R(
        "received-offer",
        "offer",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:received|receives|had|has|rejected|turned\s+down|knocked\s+back|snubbed|rebuffed|"
        r"declined|refused)\s+(?:an?\s+)?"
        r"(?:\w+\s+)?(?:offer|approach|bid|proposal|enquiry|inquiry)\s+from\s+(?:the\s+)?{C}",
        0.7,
        club_side="tag",
    ),
    R(
        "to-take-over-at",
        "appointed",
        r"\b(?:resigned|left|quit|departed|leaves|leaving)\s+to\s+(?:take\s+(?:over|charge)|"
        r"become\s+(?:the\s+)?(?:new\s+)?(?:manager|coach|head\s+coach|boss))\s+(?:at|of)\s+(?:the\s+)?"
        r"(?:«S\d+»\s+)?{C}",
        0.75,
        club_side="tag",
    ),
    R(
        "consider-as",
        "linked",
        r"\b(?:consider(?:s|ed|ing)?|identif(?:y|ied|ies)|target(?:s|ed|ing)?|want(?:s|ed)?|"
        r"eye(?:s|"
        r"d|ing)?|monitor(?:s|ed|ing)?|favou?r(?:s|ed)?)\s+{P}\s+(?:as|to)\s+"
        r"(?:an?\s+|the\s+|their\s+)?(?:option|candidate|replacement|successor|new|next|replace|"
        r"succeed|take\s+over|(?:ideal\s+|right\s+)?(?:man|woman)\s+to|(?:first|top|main)\s+(?:choice|target)|"
        r"priority)",
        0.5,
        club_side="subject",
    ),
    # "Elsner arrived in the summer from Le Havre, whom he had kept up, to replace X": the man an arrival
    # replaced has gone from the post in view (told in the past: the arrival happened)
    R(
        "arrived-to-replace-left",
        "left",
        # (translated "para substituir": "arrives to substitute X", after an arrival verb only)
        r"«P\d+»{APP}{HAVE}\s+(?:arrived|arrives|came\s+in|joined|was\s+brought\s+in)\b(?:[^«.;:!?]|«[PCS]\d+»){0,110}?"
        r"\bto\s+(?:replace|succeed|substitute)\s+(?:the\s+\w+\s+)?{P}",
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
    R(
        "appointed-to-replace",
        "left",
        # ("hired former Manchester United manager X on Monday to replace Y": a club in the appointee's title)
        r"\b(?:appointed|named|hired|brought\s+in|installed|drafted\s+in|chosen|selected|picked)\b(?:[^«.;]|«P\d+»|"
        r"«C\d+»(?=\s+(?:head\s+)?(?:manager|coach|boss)\b)){0,60}?\bto\s+"
        r"(?:replace|succeed|substitute)\s+(?:the\s+\w+\s+|" + _POSSESSOR_DESC + r")?{P}(?!['’]s\b)",
        0.75,
        club_side="topic",
    ),
    R(
        "to-become",
        "appointed",
        r"\bto\s+become\s+(?:the\s+)?(?:new\s+|first\s+)?(?:«S\d+»\s+)?{ROLE}\s+(?:of|at)\s+"
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
    R(
        "departure-of",
        "left",
        r"\b(?:departure|exit)\s+of\s+(?:(?:their|its|the)\s+)?"
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
    R(
        "person-the-club-role",
        "in_charge",
        # "X, the current C manager", "X, a former C coach", "X, the ex-C boss"
        r"{P},\s+(?:the\s+|an?\s+)?(?:current\s+|former\s+|one-time\s+|ex-\s*)?{C}(?:'s?)?\s+(?:«S\d+»\s+)?(?:head\s+)?"
        # not "A, former C coach B and D": a list whose next man the title goes with
        # ("X, a former Dundalk assistant, said …": the aide's spell there)
        r"(?:manager|coach|boss|assistant(?:\s+(?:manager|coach))?)\b(?!\s+(?:«P\d+»|captain|referee))",
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
        "promoted-from-left",
        "left",
        _PROMOTED_FROM,
        0.7,
        club_side="tag",
    ),
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
    R(
        "confirm-as",
        "appointed",
        r"\b(?:confirm(?:s|ed)?|unveil(?:s|ed)?|announce[sd]?|name[sd]?|appoint(?:s|ed)?|install(?:s|ed)?|"
        # translated: "presented X as new trainer", "officialized X as new mister", "ratified X as DT"
        r"present(?:s|ed)|officiali[sz](?:es|ed)|ratif(?:ies|ied))"
        # ("confirmed Argentine X as the new coach": his nationality before the name)
        r"(?:\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\s+(?:" + _DEMONYM_DESC + r")?{P}\s+as\s+"
        # ("confirmed X as their new under-18s coach": the squad's title)
        r"(?:their\s+|the\s+club['’]s\s+|the\s+|its\s+)?(?:new\s+)?(?:(?:«S\d+»\s+)?{ROLE}|"
        + _SQUAD_AS_POST
        + ")",
        0.9,
        club_side="before",
    ),
    R(
        "leaves-for",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:leaves|left|quits|quit|departs|departed)\s+«C\d+»\s+(?:to\s+join|for)\s+{C}",
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
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:set|expected|due|poised)\s+to\s+)?(?:joins?|joined|joining|arrives?|arrived|"
        r"arriving|comes|came|come|moves?|moved|switche[sd])"
        + _ARRIVAL_GAP
        + r"\s+(?:the\s+club\s+|\w+\s+)?from\s+(?:the\s+)?"
        r"(?:[a-z\-]+\s+){0,2}?{CDESC}(?:{C}|{S})",
        0.75,
        club_side="tag",
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
        r"{P}{APP}{WHO}{HAVE}\s+(?:joins?|joined|joining|arrives?|arrived|arriving)"
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
    R(
        "mutual-consent",
        "left",
        r"{P}{APP}{WHO}{HAVE}\s+(?:left|leaving|leaves|departed|exited|parted\s+(?:company|ways))\b"
        r"(?:[^«.;]|«S\d+»|«P\d+»'s){0,40}?\bby\s+mutual\s+(?:consent|agreement)",
        0.75,
        club_side="subject",
    ),
    # "he and the Turkish federation parted by mutual consent", "C and X agreed to part ways in May", "X and
    # C reached agreement for the rescission of the contract": both sides' act, a departure (not a sacking)
    R(
        "person-and-club-parted",
        "left",
        # (the club named before, in the same sentence: "his year at C ended …, and he and the Qatari club …")
        r"{C}(?:[^«.;:!?]|«S\d+»){0,80}?{P}\s+and\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:club|federation|association|board|owners)" + _PARTED,
        0.7,
        club_side="tag",
    ),
    # ("The Vietnam Football Federation (VFF) and coach X": the body's initials, then the man's title)
    R(
        "club-and-person-parted",
        "left",
        r"{C}(?:\s*\((?:[^()«]{1,12}|«C\d+»)\))?\s+and\s+(?:(?:head\s+)?(?:coach|manager|trainer)\s+)?{P}"
        + _PARTED,
        0.75,
        club_side="tag",
    ),
    R("person-and-club-named-parted", "left", r"{P}\s+and\s+(?:the\s+)?{C}" + _PARTED, 0.75, club_side="tag"),
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
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?spen(?:t|ds|ding)\s+(?:almost\s+|nearly\s+|more\s+than\s+|over\s+|"
        r"just\s+|around\s+|about\s+)?(?:\w+|\d+)\s+(?:and\s+a\s+half\s+)?(?:years?|seasons?|"
        r"months?|campaigns?)\s+(?:in\s+charge|as\s+(?:head\s+)?(?:coach|manager|boss)|at\s+the\s+helm)\b"
        r"(?:\s+(?:of|at)\s+(?:the\s+)?{C})?",
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
    R(
        "approached-reps",
        "offer",
        r"\b(?:approached|contacted|sounded\s+out|held\s+talks\s+with|spoke\s+to|made\s+contact\s+with)"
        r"\s+(?:{P}'s?\s+(?:representatives|agents?|entourage|camp)|the\s+(?:representatives|agents?|"
        r"entourage|camp)\s+of\s+(?:\w+\s+){0,3}?{P2})",
        0.7,
        club_side="subject",
    ),
    R(
        "offer-to",
        "offer",
        r"\b(?:made|make|making|submitted|tabled|sent|presented)\s+(?:an?\s+)?(?:\w+\s+)?(?:offer|approach|"
        r"proposal)\s+(?:to|for)\s+{P}",
        0.7,
        club_side="subject",
    ),
    R(
        "won-with",
        "in_charge",
        # ("after winning the league with C": the man before, shown coaching elsewhere in the article)
        r"(?:{P}{APP}{WHO}{HAVE}\s+(?:also\s+)?|\band\s+(?:also\s+)?|\b(?:after|since|following)\s+(?=winning))"
        r"(?:won|winning|lifted|claimed|clinched|"
        r"went\s+on\s+to\s+(?:win|lift|claim))\s+(?!(?:his|her)\s+\w+\s+caps?)"
        r"(?:(?!\bas\s+a\s+player)[^«».,;:!?]|«S\d+»){0,50}?\b(?:with|at)(?=\s+(?:both\s+)?(?:the\s+)?«[CS])"
        r"(?![^.;]{0,60}\bas\s+a\s+player)",
        0.6,
        club_side="list",
        needs_club=True,
    ),
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
    R(
        "whom-managed",
        "in_charge",
        r"(?:{C}|{S}),?\s+(?:whom|which|where)\s+{P}\s+(?:(?:had|has|also|previously|once)\s+)*(?:managed|coached|led|"
        r"guided|worked|was\s+in\s+charge)\b",
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
        r"relieved\s+(?:of|from)\s+(?:his|her)\s+duties)\b",
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
        _NOT_AN_OBJECT + r"{P}(?!'s){APP}{WHO}(?:[^.;«]|«[CS]\d+»|«P\d+»['’]s?\s|(?<=replaced\s)«P\d+»|"
        r"(?<=succeeded\s)«P\d+»){0,80}?"
        r"\b(?:but|and)\s+(?:was|had\s+been|has\s+been)\s+"
        r"(?:\w+ly\s+)?(?:sacked|dismissed|fired|axed|exonerated|let\s+go)(?=\s+(?:(?:just|only|barely)\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+later\b"
        # what the sacking followed or who made it ("after the 8-2 defeat", "four games into the next season",
        # "by the board", "by then-president X"; not "by Inter": another club's sacking)
        r"|\s+(?:after|following|amid)\b|\s+(?:\w+\s+)?(?:games?|matches)\s+into\b|\s+by\s+(?-i:[a-z])"
        r"|\s+(?:in|on|last)\s+[A-Z]\w+|\s*[.,;])",
        0.8,
        club_side="tag",
    ),
    # staff arriving with a new coach: "X will be joined by his assistant Y", "brings a four-man
    # technical team with him, headed by first assistant coach Y", "brings his assistant Y with him"
    R(
        "joined-by-staff",
        "appointed",
        # "will be joined at the City Ground / at Forest / in east London by": club, ground or town, then aide
        r"(?:\b(?:be|been|is|are|was|were)\s+joined\s+(?:(?:at|in)\s+(?:the\s+)?(?:«C\d+»|[\w\-]+(?:\s+[\w\-]+){0,2})\s+)?by|\bbr(?:ings|ing|ought|inging)\s+"
        r"(?:with\s+(?:him|her|«P\d+»)\s+)?(?:(?:an?|his|her)\s+(?:[\w\-]+\s+){0,2}?{STAFF}"
        r"\s+(?:with\s+(?:him|her|«P\d+»)\s*)?,?\s*(?:headed|led)\s+by|(?:his|her)))\s+"
        + _STAFF_ROLE
        + "{P}",
        0.7,
        club_side="near",
    ),
    # "X led C to two titles after arriving in September 2022": the arrival is his appointment
    # ("since arriving in …" dates his spell instead)
    R(
        "after-arriving",
        "appointed",
        r"{P}{APP}(?:[^«».;:!?]|«[CS]\d+»){0,90}?\bafter\s+(?:(?:first\s+)?arriving|{HIS}\s+arrival)"
        r"\s+(?:(?:at|from)\s+«C\d+»\s+)?(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|"
        r"May|June|July|August|September|October|November|December|(?:the\s+)?(?:summer|winter|spring|autumn)|\d{4})\b",
        0.7,
        club_side="near",
    ),
    R(
        "joining-him-as",
        "appointed",
        r"\bwith\s+(?:(?:former|ex-|\w+)\s+){0,3}?{P}\s+(?:joining|following)\s+(?:him|her|«P\d+»)\s+as\s+"
        r"(?:(?:his|her)\s+)?(?:assistant|number\s+two|assistant\s+(?:coach|manager)|goalkeeping\s+coach|"
        r"fitness\s+coach)\b",
        0.75,
        club_side="before",
    ),
    R(
        "gerund-resigned",
        "resigned",
        r"\b(?:since|after|before|following)\s+(?:stepping\s+down|resigning|quitting)\s+(?:as|from)\s+(?:the\s+)?"
        r"{C}(?:'s?)?\s+(?:«S\d+»\s+)?(?:head\s+)?(?:coach|manager|boss)",
        0.75,
        club_side="tag",
    ),
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
        r"(?:(?:coach|manager|head\s+coach|selector|technician|trainer)\s+)?{P}(?!['’])"
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
        r"currently\s+|then\s+)?(?:managed|coached)"
        r"\s+by\s+(?:(?:former|ex-)\s+(?:«[CS]\d+»\s+)?\w+\s+)?{P}",
        0.7,
        club_side="tag",
    ),
    R(
        "named-candidates",
        "linked",
        r"\b(?:named|names?|mentioned|listed|identified|considered|included)\s+(?P<list>(?:[^.;:!?]){0,200}?)"
        r"\s+as\s+(?:an?\s+|one\s+of\s+the\s+)?(?:(?:possible|potential|likely|leading|early|the|main|other|top)\s+)*"
        r"(?:candidates?|contenders?|options?|favourites?|replacements|successors|front-?runners?)\b",
        0.5,
        club_side="topic",
    ),
    # "Among the names mentioned in the press are those of A and B", "the candidates linked include A"
    R(
        "names-mentioned",
        "linked",
        r"\b(?:names|candidates|options|contenders)\s+(?:being\s+)?(?:mentioned|linked|touted|considered|floated|"
        r"in\s+the\s+frame)\b(?:[^«.;:!?]|«[CS]\d+»){0,60}?\b(?:are|include|includes|is)\s+(?:those\s+of\s+)?"
        + _PEOPLE_LIST,
        0.5,
        club_side="topic",
    ),
    R(
        "with-list-considered",
        "linked",
        r"\bwith\s+(?P<list>(?:[^.;:!?]){0,200}?)\s+(?:all\s+|both\s+|also\s+)?(?:(?:under|in)\s+"
        r"(?:consideration|contention|the\s+frame|the\s+running)|among\s+(?:the\s+)?"
        r"(?:(?:possible|potential|likely|leading|early|main|other|top|early)\s+)*(?:candidates|contenders|"
        r"options|favourites|front-?runners|replacements|successors|names)|(?:being\s+)?(?:considered|"
        r"shortlisted|linked))\b",
        0.5,
        club_side="subject",
    ),
    R(
        "had-considered",
        "linked",
        r"\b(?:had|have|has|also|reportedly|initially)\s+(?:also\s+)?(?:considered|shortlisted|sounded\s+out)"
        r"\s+(?P<list>(?:[^.;:!?]){0,160}?)(?=\s+(?:before|but|as|for|while|until|when)\b|[.;,]|$)",
        0.5,
        club_side="topic",
    ),
    # "A and B were among those mentioned (in the press)", "X is among the names being touted": the
    # sentence's subject list is the rumour; the club is the vacancy in view
    R(
        "list-among-those-mentioned",
        "linked",
        r"^(?:[^.;:!?«]|«C\d+»){0,40}?(?P<list>«P\d+»(?:(?!,\s+(?:but|while|though|although|as)\b)[^.;:!?]){0,200}?)\s+(?:were|are|was|is)\s+(?:also\s+)?"
        r"among\s+(?:those|the\s+(?:names|coaches|men|candidates))\s+(?:being\s+)?" + _RUMOURED + r"\b",
        0.5,
        club_side="topic",
    ),
    # "Among those beaten to the job were A and B", "Among the names mentioned are A, B and C"
    R(
        "among-those-were-list",
        "linked",
        r"\bAmong\s+(?:those|the\s+(?:names|coaches|candidates))\s+(?:being\s+)?(?:"
        + _RUMOURED
        + r"|beaten\s+to\s+the\s+(?:job|post|role))\b(?:[^.;:!?«]|«[CS]\d+»){0,40}?\s+(?:are|were|is|was)\s+"
        r"(?P<list>(?:[^.;:!?]){0,200}?)(?=,\s+(?:and|but|while)\b|[.;:!?]|$)",
        0.5,
        club_side="topic",
    ),
    R(
        "follow-him",
        "appointed",
        # (not "the staff of X accompanies him": X is the boss himself)
        r"(?<!\bof\s){P}(?:\s+and\s+{P2})?\s+(?:will\s+|also\s+|have\s+|has\s+)*"
        # "is expected / set to follow him": the same move, hedged (a rumour)
        r"(?:(?:is|are)\s+(?:expected|set|likely|tipped|poised)\s+to\s+)?(?:follow(?:s|ed)?|join(?:s|ed)?|"
        # ("his long-time assistant X returns with him": back at the club with the boss)
        r"accompan(?:y|ies|ied)|(?:return(?:s|ed)?|arrive[sd]?|come[s]?|came)\s+with"
        # (not "arrives with Y as his assistant": the subject is the boss; not "comes with his team")
        r"(?=\s+(?:him|her)\b|\s+«P\d+»(?!['’])(?!\s+as\b)))"
        # "followed him from Sporting to Manchester United": the club he moved to
        r"\s+(?:«P\d+»|him|her)(?:\s+from\s+(?:the\s+)?«C\d+»)?(?:\s+(?:to|at)\s+(?:the\s+)?{C})?",
        0.7,
        role="assistant_coach",
        club_side="after_topic",
    ),
    R(
        "bring-staff",
        "appointed",
        r"\b(?:bring|brings|brought|take|takes|took|bringing|be\s+joined(?:\s+at\s+(?:[^«.,;]{0,30}?|«C\d+»))?\s+by)"
        r"\s+{HIS}\s+(?:[\w\-]+\s+){0,2}?(?:assistants?|number\s+two)\s+(?P<list>«P\d+»(?:"
        + LIST_SEP
        + r"(?:(?:«S\d+»\s+|[\w\-]+\s+){0,2}(?:coach|assistant|analyst|manager)\s+)?«P\d+»)+)",
        0.7,
        club_side="after_topic",
    ),
    R(
        "joined-the-staff",
        "appointed",
        r"{P}(?:\s*(?:,|and)\s*{P2})?,?\s+who\s+(?:have|has|had)\s+(?:also\s+)?joined\s+(?:the\s+|his\s+|her\s+)?"
        r"(?:{STAFF_KIND}\s+)?(?:staff|set-up|setup|team\s+of\s+assistants)\b",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    R(
        "bring-assistants",
        "appointed",
        r"\b(?:bring|brings|brought|take|takes|took|bringing)\s+(?:with\s+(?:him|her|«P\d+»)\s+)?"
        # ("will bring assistants A and B with him": the title without 'his')
        r"(?:{HIS}\s+(?:[\w\-]+\s+){0,2}?(?:assistants?|staff|coaches|number\s+two)\s+|"
        r"assistants?(?:\s+coach(?:es)?)?\s+|" + _AIDES_LEAD + r")"
        r"{P}(?:\s*,?\s+and\s+{P2})?",
        0.7,
        role="assistant_coach",
        club_side="after_topic",
    ),
    # "will bring (fellow Dutchmen) A and B as his assistants": the aides named before their role
    R(
        "bring-as-assistants",
        "appointed",
        _BRING_AIDE
        + r"(?:(?:fellow|compatriots?|countrym[ae]n)\s+(?:[A-Z][\w\-]*\s+)?)?{P}(?:\s+and\s+{P2})?"
        r"\s+(?:with\s+(?:him|her|«P\d+»)\s+)?as\s+{HIS}\s+(?:assistants?(?:\s+coach(?:es)?)?|number\s+two)\b",
        0.7,
        role="assistant_coach",
        club_side="after_topic",
    ),
    R(
        "joined-by-assistant",
        "appointed",
        r"\b(?:be|been|is|was)\s+joined\s+by\s+"
        r"(?:{HIS}\s+(?:[\w\-]+\s+){0,2}?(?:assistants?|number\s+two)\s+|" + _AIDES_LEAD + r")"
        r"{P}(?:\s*,?\s+and\s+{P2})?",
        0.7,
        role="assistant_coach",
        club_side="after_topic",
    ),
    # "The club also named two assistant coaches, A and B", "hired three assistants: A, B and C":
    # aides counted, then named
    R(
        "named-counted-assistants",
        "appointed",
        r"\b(?:named|appointed|hired|unveiled|announced|confirmed|added|recruited)\s+"
        r"(?:two|three|four|five|\d)\s+(?:new\s+)?(?:assistant\s+(?:coaches|managers|trainers)|assistants)"
        r"(?:\s+from\s+(?:the\s+)?«C\d+»)?\s*[,:]?\s+" + _PEOPLE_LIST + r"(?!['’])",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
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
        r"{P}(?!'s){APP}{HAVE}(?:[^«».;:!?]|«[CS]\d+»){0,60}?\bas\s+(?:the\s+)?{C}(?:'s?)?\s+(?:«S\d+»\s+)?"
        r"(?:head\s+coach|manager|coach|boss)\b",
        0.65,
        club_side="tag",
    ),
    R(
        "former-clubs-role",
        "in_charge",
        r"(?:{P},\s+(?:the\s+|a\s+)?)?\b(?:former|ex-)\s*"
        r"(?=«[CS]\d+»(?:'s)?(?:\s*(?:,|and)\s*«[CS]\d+»(?:'s)?)+\s+(?:head\s+)?(?:manager|coach|boss)\b"
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
        r"{P},\s+(?:(?:a|the|an)\s+)?(?:former|ex-|one-time)\s*(?:head\s+)?(?:coach|manager|boss)\s+of\s+",
        0.7,
        club_side="list",
        needs_club=True,
    ),
    R(
        "assistant-to-at",
        "in_charge",
        # ("is best known as Y's assistant at A and B", "made his name as Y's assistant at C")
        # ("X, a protégé of Y, served as his assistant", "X reunited with Y, having served as his assistant":
        # the man after "of"/"with" is no subject)
        r"{P}(?:[^«.;:!?]|«[CS]\d+»|(?<=\bof\s)«P\d+»|(?<=\bwith\s)«P\d+»){0,80}?\b"
        r"(?:(?:worked|served|was|spent\s+(?:\w+\s+)?(?:years?|seasons?|time)|"
        r"(?:best\s+|widely\s+|perhaps\s+best\s+)?known|made\s+{HIS}\s+name|"
        r"stints?|spells?)\s+as|" + _AIDE_COPULA + r")\s+" + _AIDE_OF + _AIDE_AT,
        0.65,
        role="assistant_coach",
        club_side="list",
        needs_club=True,
    ),
    R(
        "head-of-assistant-at",
        "in_charge",
        r"\b(?:as|"
        + _AIDE_COPULA
        + r")\s+"
        + _AIDE_OF.replace("«P\\d+»", "{P}", 1).replace("«P\\d+»", "{P2}", 1)
        + _AIDE_AT,
        0.65,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
    # "Ilzer's assistant at Sturm, Säumel, …", "Marsch's former number two at Leeds": the boss coaches C
    R(
        "aide-of-at-head",
        "in_charge",
        r"{P}['’]s?\s+(?:former\s+|long-time\s+|trusted\s+|then\s+)?" + _AIDE_NOUN + _AIDE_AT,
        0.65,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
    # "X was Emery's assistant, following him to Sevilla, PSG and Arsenal": the boss coached each club listed
    R(
        "aide-following-head-to",
        "in_charge",
        r"{P}['’]s?\s+(?:former\s+|long-time\s+|trusted\s+)?"
        + _AIDE_NOUN
        + r",\s+(?:following|accompanying)\s+"
        r"(?:him|her|«P\d+»)\s+to\s+",
        0.65,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
    # "Pep Lijnders, Klopp's long-time assistant at Liverpool, …", "Y, his number two at Benfica and Wolves":
    # the aide named first, his post told in the apposition
    R(
        "aide-apposed-at",
        "in_charge",
        r"{P},\s+«P\d+»['’]s?\s+(?:former\s+|long-time\s+|long-serving\s+|trusted\s+|then\s+|old\s+)?"
        + _AIDE_NOUN
        + _AIDE_AT,
        0.65,
        role="assistant_coach",
        club_side="list",
        needs_club=True,
    ),
    # "Marsch's assistant at Leeds, Cameron Toshack, has joined …": the aide named after, in commas
    R(
        "aide-of-at-named",
        "in_charge",
        r"«P\d+»['’]s?\s+(?:former\s+|long-time\s+|trusted\s+|then\s+)?"
        + _AIDE_NOUN
        + r"\s+(?:at|with)\s+(?:the\s+)?{C},\s+{P}\s*,",
        0.65,
        role="assistant_coach",
        club_side="tag",
    ),
    # "Kennedy will remain as Rodgers' assistant", "stays on as assistant to Y": an aide kept on, at the
    # club in view; his boss coaches there
    R(
        "remains-aide-of",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:(?:will|would|to)\s+)?" + _STAYS_ON + _AIDE_OF,
        0.6,
        role="assistant_coach",
        club_side="topic",
    ),
    R(
        "boss-of-remaining-aide",
        "in_charge",
        _STAYS_ON + _AIDE_OF.replace("«P\\d+»", "{P}", 1).replace("«P\\d+»", "{P2}", 1),
        0.6,
        role="head_coach",
        club_side="topic",
    ),
    # "X was an assistant at Everton under Lampard", "was most recently first-team coach at Anderlecht under
    # Kompany": a staff post at C (the boss's spell is read by the "under Y at C" rules)
    R(
        "aide-at-under",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:was|had\s+been|has\s+been|worked\s+as|served\s+as|"
        r"spent\s+(?:\w+\s+){0,3}?(?:years?|seasons?|months?)\s+as)\s+"
        r"(?:(?:most\s+recently|previously|formerly|once|also)\s+)?(?:an?\s+|the\s+)?"
        r"(?:assistant(?:\s+coach|\s+manager)?|(?:first-team|«S\d+»|goalkeeping|fitness)\s+coach|"
        r"number\s+two)\s+(?:at|with)\s+(?:the\s+)?{C}\s+under\s+«P\d+»",
        0.65,
        role="assistant_coach",
        club_side="tag",
    ),
    # "spent five seasons on Jim Curtin's staff in Philadelphia", "joined Y's coaching staff at C": the
    # staff's owner coaches C
    R(
        "staff-of-at",
        "in_charge",
        r"\b(?:on|in|joined|joins|join|part\s+of|member\s+of)\s+{P}['’]s?\s+(?:{STAFF_KIND}\s+)?"
        r"staff\s+(?:at|in|with)\s+(?:the\s+)?{C}",
        0.65,
        role="head_coach",
        club_side="after",
    ),
    R(
        "leave-with-him",
        "left",
        r"{P}(?:\s+and\s+{P2})?{HAVE}\s+(?:leave|leaves|left|depart(?:s|ed)?|go|exit(?:s|ed)?)\s+"
        r"(?:the\s+club\s+)?(?:along\s+)?with\s+«P\d+»",
        0.7,
        club_side="topic",
    ),
    R(
        "return-to-assistant",
        "left",
        r"{P}{APP}{HAVE}\s+(?:return|returns|returned|revert|reverts|go\s+back)\s+to\s+(?:{HIS}|the)\s+"
        r"(?:previous\s+|former\s+|old\s+|usual\s+)?(?:role|position|job|post)\s+(?:as|of)\s+(?:an?\s+|the\s+)?assistant",
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "caretaker X will return to his advisory role / to his old job": a stand-in's spell ends
    R(
        "caretaker-returns-to-role",
        "left",
        r"\b(?:caretaker|interim|acting|temporary)\s+(?:(?:head\s+)?(?:coach|manager|boss)\s+)?{P}{APP}{HAVE}\s+"
        r"(?:(?:will|to|would|is\s+set\s+to|is\s+expected\s+to)\s+)?(?:return|returns|returned|revert|reverts|"
        r"go\s+back|goes\s+back|went\s+back)\s+to\s+(?:{HIS}|the)\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:role|position|job|post|duties)\b",
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    R(
        "return-to-assistant-spell",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:return|returns|returned|revert|reverts|go\s+back)\s+to\s+(?:{HIS}|the)\s+"
        r"(?:previous\s+|former\s+|old\s+|usual\s+)?(?:role|position|job|post)\s+(?:as|of)\s+(?:an?\s+|the\s+)?assistant",
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
    # "X, who was in temporary charge, returns to the backroom staff", "will go back to be assistant coach":
    # the aide's post he held before the stand-in spell
    R(
        "return-to-staff-spell",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:(?:return|returns|returned|revert|reverts|go\s+back|goes\s+back)\s+to\s+(?:{HIS}|the)\s+"
        r"{STAFF}\b|(?:go|goes)\s+back\s+to\s+(?:be|being)\s+"
        r"(?:an?\s+|the\s+|{HIS}\s+)?(?:first-team\s+)?(?:assistant|number\s+two)\b)",
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
    # "the team was guided for two matches / led in the last matches of the year by X": a stand-in's spell
    R(
        "team-led-for-spell",
        "in_charge",
        _STAND_IN_SPELL,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "…, who then returned to the second team / to his post": the stand-in's spell ends as he goes back
    R(
        "team-led-returned",
        "left",
        _STAND_IN_SPELL + _RETURNED_TO,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "the team was led by assistant coach X as caretaker, who will stay in the staff as assistant": the
    # stand-in's spell ends as he steps back
    R(
        "team-led-steps-back",
        "left",
        _STAND_IN_SPELL + r"(?:\s*,\s*who|,?\s+and)" + _STEPS_BACK,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "the interim X, coach of the B team, who guided the team … and returned after to the secondary team"
    R(
        "stand-in-returned",
        "left",
        r"\bthe\s+(?:interim|caretaker)\s+(?:coach\s+|manager\s+)?{P}(?!'s)" + _RETURNED_TO,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "X, who took the team on an interim basis, will stay on as Y's assistant", "X has been interim head
    # coach and will remain part of the backroom staff", "X took caretaker charge and was then kept on by Y as
    # his number two", "…; he will return to the youth set-up once Y arrives": the stand-in's spell ends
    R(
        "interim-stays-as-assistant",
        "left",
        r"{P}(?!'s)" + _STAND_IN_TOLD + _STEPS_BACK,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "C have confirmed X will remain in charge for another season": his post goes on (no club after it)
    R(
        "will-remain-in-charge",
        "in_charge",
        r"{P}{APP}\s+(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(?:remain|stay|continue)\s+in\s+"
        r"charge\b(?!\s+(?:of|at)\b)",
        0.75,
        club_side="near",
    ),
    R(
        "remain-in-charge",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:remain(?:s|ed)?|stay(?:s|ed)?|been|continue(?:s|d)?)\s+in\s+(?:"
        r"(?:interim|caretaker|temporary|provisional)\s+charge\b(?!\s+(?:of|at)\b)|"
        # "has been in charge (of the team) on an interim basis since …"
        r"charge\s+(?:of\s+(?:the\s+)?"
        + TEAM_NOUN
        + r"\s+)?on\s+an?\s+(?:interim|caretaker|temporary|provisional)\s+basis)",
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    R(
        "coached-then-leaving",
        "left",
        r"{P}{APP}{HAVE}\s+(?:most\s+recently\s+|previously\s+|last\s+|also\s+)?(?:coached|managed|led)\s+"
        r"(?:the\s+)?{C}(?:\s+in\s+[A-Z]\w+)?,\s+(?:before\s+)?leaving\b",
        0.7,
        club_side="tag",
    ),
    R(
        "months-in-charge",
        "in_charge",
        r"{P}(?!'s)(?:[^«.;:!?]|«[CS]\d+»){0,80}?\bafter\s+(?:more\s+than\s+|almost\s+|nearly\s+|over\s+|just\s+)?"
        r"(?:\w+|\d+)(?:\s+and\s+a\s+half)?\s+(?:years?|months?|seasons?)\s+in\s+charge\b",
        0.65,
        club_side="near",
    ),
    R(
        "replaced-with",
        "appointed",
        # ("are expected to replace him with Arsenal assistant X": his title at his present club)
        r"\b(?:replaced|replacing|replaces?)\s+«P\d+»\s+with\s+(?:(?:(?:former|ex-|the\s+former)\s*)?(?:«[CS]\d+»\s+)?"
        r"(?:head\s+coach|manager|boss|coach|assistant(?:\s+(?:manager|coach))?)\s+|(?:\w+\s+){0,3}?)?{P}",
        0.8,
        club_side="subject",
    ),
    R(
        "sacked-along-with",
        "dismissed",
        # ("communicated the exoneration of the coach X, together with his assistant Y": the translated noun)
        r"\b(?:sacked|dismissed|fired|axed|relieved|ousted|exonerated|exoneration|dismissal|sacking)\b"
        r"(?:[^«.;:!?]|«[CSP]\d+»){0,60}?\b(?:along|together)\s+with"
        r"\s+{HIS}\s+" + _STAFF_LIST,
        0.8,
        role="assistant_coach",
        club_side="near",
    ),
    # "parted ways with X and his assistants A and B", "sacked the 48-year-old and his assistant A", "also
    # parted company with his assistants A and B": the staff go with the sacked coach
    R(
        "sacked-and-his-staff",
        "dismissed",
        r"\b(?:sacked|dismissed|fired|axed|ousted|parted\s+(?:ways|company)\s+with)\s+"
        r"(?:(?:[^«.;:!?,]|«P\d+»(?!['’])){1,60}?\s+and\s+)?{HIS}\s+" + _STAFF_LIST,
        0.8,
        role="assistant_coach",
        club_side="near",
    ),
    R(
        "left-along-with",
        "left",
        r"\b(?:left|leaves|leave|departed|departs|resigned|quit)\b(?:[^«.;:!?]|«[CSP]\d+»){0,60}?\b(?:along|together)"
        r"\s+with\s+{HIS}\s+" + _STAFF_LIST,
        0.75,
        role="assistant_coach",
        club_side="near",
    ),
    R(
        "who-is-coaching",
        "in_charge",
        r"{P},?\s+(?:who\s+(?:is|was|has\s+been|had\s+been)\s+(?:currently\s+|now\s+)?|(?:currently|now)\s+)"
        r"(?:coaching|managing|in\s+charge\s+of)\s+(?:the\s+)?{C}",
        0.7,
        club_side="tag",
    ),
    R(
        "joined-club",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:joined|joins)\s+{C}\s+(?=(?:on|in|last|this|after|from|as\s+(?:head\s+)?"
        r"(?:coach|manager|boss))\b)",
        0.7,
        club_side="tag",
    ),
    R(
        "club-possessive-person",
        "in_charge",
        r"(?<!of\s)(?<!for\s)(?<!at\s)(?<!to\s){C}'s?\s+{P}(?!'s)(?!\s+and\s+«P)",
        0.6,
        club_side="tag",
    ),
    R(
        "and-left",
        "left",
        r"{P}(?!'s)(?:[^.;«]|«[CS]\d+»){0,80}?\band\s+(?:then\s+|later\s+|subsequently\s+)?"
        r"(?:left|quit|departed)\s+(?:the\s+)?{C}",
        0.7,
        club_side="tag",
    ),
    R(
        "left-to-become-club-role",
        "appointed",
        # "departed last month to become C manager": a time between the departure and its purpose
        r"\b(?:resigned|left|quit|departed|leaves|leaving)\s+(?:(?:in|last|this|earlier\s+this)\s+\w+\s+)?"
        r"to\s+become\s+(?:the\s+)?(?:new\s+)?{C}(?:'s)?\s+"
        r"(?:head\s+coach|manager|coach|boss)\b",
        0.75,
        club_side="tag",
    ),
    R(
        "but-will-leave",
        "left",
        r"{P}(?!'s)(?:[^.;«]|«[CS]\d+»){0,100}?\b(?:but|and)\s+(?:he\s+|she\s+)?(?:will\s+|would\s+)?(?:now\s+|also\s+)?"
        r"(?:leave|leaves|depart|departs|exit|exits)\s+(?:the\s+(?:club|team)\b|{C})",
        0.7,
        club_side="tag",
    ),
    R(
        "remain-part-of-staff",
        "in_charge",
        r"{P}(?:\s+and\s+{P2})?{HAVE}\s+(?:(?:expected|set|due|likely)\s+to\s+)?(?:remain|stay)\s+(?:part\s+of|on)\s+"
        r"{HIS}\s+(?:{STAFF_KIND}\s+)?staff\b",
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
    R(
        "likes-of",
        "linked",
        # ("candidates for the permanent job include …": the post between)
        r"\b(?:the\s+likes\s+of|candidates?{FOR_JOB}\s+(?:include|including|such\s+as|are)|"
        # translated: "Among the candidates appear A and B"
        r"among\s+the\s+(?:\w+\s+)?candidates\s+(?:appear|figure|stand\s+out|are)|"
        r"contenders?{FOR_JOB}\s+(?:include|such\s+as)|"
        r"shortlist\s+(?:of|including|includes|that\s+includes|featuring)|names\s+such\s+as|"
        r"names\s+in\s+the\s+frame\s+include)\b",
        0.5,
        club_side="topic",
    ),
    # "Bayern Munich, whose coach Thomas Tuchel …": the relative clause names the club's coach
    R(
        "whose-coach",
        "in_charge",
        r"{C}(?:'s?)?,?\s+whose\s+(?:(?:current|new|interim|caretaker|head|assistant)\s+)*"
        r"(?:manager|coach|boss|trainer)\s+{P}",
        0.7,
        club_side="tag",
    ),
    # "favourite to replace Y at C": Y holds that post as the rumour is told (kept only if hedged)
    R(
        "to-replace-at",
        "in_charge",
        r"\bto\s+(?:replace|succeed)\s+(?:the\s+\w+\s+)?{P}\s+(?:at|as\s+(?:[\w\-]+\s+){1,2}(?:of|at))\s+(?:the\s+)?{C}",
        0.6,
        club_side="tag",
    ),
    # "X is the new coach of Napoli", "X is Napoli's new head coach": an appointment told as a state
    R(
        "is-the-new",
        "appointed",
        r"{P}{APP}(?:\s+(?:is|was|becomes|became|has\s+become|am)|'m)"
        # "I'm proud to be the new coach of C" (a first-person quotation, see quotes.py)
        r"(?:\s+(?:(?:very|so|really|extremely|incredibly)\s+)?(?:proud|happy|delighted|honou?red|thrilled|"
        r"excited|pleased)\s+to\s+be)?"
        r"\s+(?:officially\s+)?(?:"
        # "becomes first coach" (German "Cheftrainer", Polish "pierwszy trener"): the title, bare; with "the"
        # it is the ordinal ("the first coach to win it") unless "new" follows
        r"first\s+(?:coach|trainer)\b(?!\s+(?:to|in|ever|since|who)\b)|"
        r"(?:the\s+)?(?:«C\d+»(?:'s?)?\s+)?"
        r"new\s+(?:«C\d+»\s+)?(?:«S\d+»\s+)?(?:(?:head|interim|caretaker|permanent|assistant|first)\s+)?(?:manager|"
        r"head\s+coach|coach|boss|technician|trainer|tactician)\b(?!['’]s))",
        0.85,
        club_side="after",
    ),
    # "had relieved X of his duties": the club's active voice of "was relieved of his duties"
    R(
        "relieved-of",
        "dismissed",
        r"\brelie(?:ve|ves|ved|ving)\s+(?:today\s+|yesterday\s+)?(?:(?:its|their|the)\s+)?(?:{ROLE}\s+)?{P}\s+"
        # "relieved X from the post of trainer" (translated Italian 'sollevato dall'incarico')
        r"(?:of\s+{HIS}\s+(?:\w+\s+|head\s+coaching\s+)?|from\s+(?:{HIS}\s+|the\s+)(?:\w+\s+)?)(?:duties|post|position|role|functions|"
        r"responsibilities|office|charge|assignment)",
        0.85,
        club_side="before",
    ),
    # "The club has reached an agreement with X for the termination of his contract": a mutual exit
    R(
        "agreed-termination",
        "left",
        r"\b(?:reached|come\s+to|came\s+to|agreed)\s+(?:an?\s+)?(?:mutual\s+)?(?:agreement|deal|terms)?\s*with\s+(?:the\s+)?"
        r"(?:(?:head\s+)?(?:coach|manager|trainer|boss)\s+)?{P}\s+(?:for|on|over|to)\s+(?:the\s+)?"
        # "… with X to end his contract": the same parting in plain words
        r"(?:(?:early\s+)?(?:terminat\w*|rescission|rescind\w*|cancel\w*)|end\s+{HIS}\s+(?:contract|deal))\b",
        0.75,
        club_side="before",
    ),
    # "Sunderland have agreed a deal with X to become their new head coach"
    R(
        "club-agreed-deal",
        "appointed",
        r"{C}{HAVE}\s+(?:agreed|reached|struck)\s+(?:a\s+deal|terms|an\s+agreement)\s+with\s+{P}\s+"
        r"(?:for\s+(?:him|her)\s+)?to\s+(?:become|be|take\s+over\s+as)\s+(?:their|its|the\s+club's|the)\s+"
        r"(?:new\s+|next\s+)?{ROLE}",
        0.8,
        club_side="tag",
    ),
    # "The Bianconeri have chosen Thiago Motta as their new coach"
    R(
        "club-chose",
        "appointed",
        r"{C}{HAVE}\s+(?:chosen|picked|selected|opted\s+for|settled\s+on)\s+{P}\s+as\s+(?:their|its|the\s+club's)\s+"
        r"(?:new\s+|next\s+)?{ROLE}",
        0.8,
        club_side="tag",
    ),
    # "X returned to River Plate in August", "X is back at Benfica": a coach's new spell (kept only for
    # someone who is a coach elsewhere in the article, since players return too)
    R(
        "returned-to",
        "appointed",
        # "…, with X, who returns to C": a relative clause tells the return too
        r"{P}{APP}{WHO}{HAVE}\s+(?:returned|returns|is\s+back|was\s+back|came\s+back|comes\s+back)\s+(?:to|at)\s+"
        r"(?:the\s+)?{C}(?!\s+as\b)(?!\s+(?:stadium|ground|training))",
        0.7,
        club_side="tag",
    ),
    # "X will not continue (as coach) next season", "X won't continue at C": he leaves
    R(
        "will-not-continue",
        "left",
        r"{P}{APP}\s+(?:(?:will|would|does|did|shall)\s+(?:not|no\s+longer)|won't|wouldn't|"
        r"is\s+not\s+going\s+to)\s+continue\b"
        r"(?:\s+(?:as|in\s+charge|at|with)\b)?",
        0.7,
        club_side="after",
    ),
    # "replaces Roger Schmidt, dismissed after the defeat": how the replaced coach went (", who was
    # sacked" is passive-sacked's)
    R(
        "replaced-sacked",
        "dismissed",
        r"\b(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)?)\s+{P}\s*,\s+"
        r"(?:sacked|dismissed|fired|axed)\b",
        0.8,
        club_side="after_topic",
    ),
    # "The Uruguayan arrived in October to replace X", "Y came in last summer to succeed X"
    R(
        "arrived-to-replace",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:arrived|came\s+in|was\s+brought\s+in|joined|took\s+over)\s+"
        r"(?:(?:in|on|last|this|at|during)\s+(?:the\s+)?(?:[\w\-]+|«C\d+»)\s+(?:(?:of\s+)?(?:19|20)\d\d\s+)?){0,2}(?:from\s+(?:the\s+)?«C\d+»\s+)?"
        r"to\s+(?:replace|succeed)\s+(?:the\s+\w+\s+)?{P2}",
        0.8,
        club_side="after_topic",
    ),
    # "X had signed a two-year contract in July, replacing Y", "X arrived last summer, succeeding Y"
    R(
        "arrived-replacing",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:arrived|came\s+in|was\s+brought\s+in|joined|(?:signed|penned|agreed)\s+an?\s+"
        r"(?:[\w-]+\s+){0,2}?(?:contract|deal))\b(?:[^«.;,]|«C\d+»){0,60},\s+(?:replacing|succeeding)\s+"
        r"(?:the\s+\w+\s+)?{P2}",
        0.8,
        club_side="after_topic",
    ),
    # "United turned to Ruud van Nistelrooy": the club's choice after a vacancy
    R(
        "turned-to",
        "appointed",
        # ("Monza, meanwhile, have turned to X": an aside between the club and its verb)
        r"(?:{C}|\b(?:the\s+(?:club|federation|board)|they))(?:\s*,\s*(?:meanwhile|however|instead|in\s+turn)\s*,)?"
        r"{HAVE}\s+(?:(?:could|may|might|would|"
        r"(?:are|is)\s+(?:set|expected|likely|poised)\s+to)\s+)?(?:\w+ly\s+)?(?:turned|turn|turns)\s+to\s+"
        r"(?:(?:former|ex-|their|its|the|assistant|coach|manager|boss|caretaker|interim|club|legend)\s+){0,3}{P}",
        0.75,
        club_side="tag",
    ),
    # "Under Mikel Arteta, Arsenal have …": the club's results under its coach
    R(
        "under-person-club",
        "in_charge",
        r"\b[Uu]nder\s+"
        + _GUIDANCE_OF
        + r"(?:(?:coach|manager|boss|head\s+coach)\s+)?{P}(?!'s),?\s+(?:the\s+)?{C}(?!['’]s)",
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
        r"{P}(?!'s)(?:\s+(?:at|with)\s+(?:the\s+)?{C})?",
        0.6,
        club_side="under",
        needs_club=True,
    ),
    # "he also worked with the first team's forwards", "coaches the strikers": a specialist on the staff
    R(
        "unit-coach",
        "in_charge",
        r"{P}(?!'s)(?:[^«.;:!?]|«[CS]\d+»){0,80}?\b(?:worked|working|works|coached|coaching|coaches)\s+with\s+"
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
        r"{CDESC}(?=«C\d+»,)|(?=«C\d+»\s+{ROLE},)){C}(?:\s+{ROLE})?,\s+{P}(?!'s)(?=\s+[a-z])",
        0.7,
        club_side="tag",
    ),
    # "X joined Derby as a player-coach", "X was player-manager of C": he coached while still playing
    R(
        "player-coach",
        "in_charge",
        r"{P}(?!'s){APP}{HAVE}\s+(?:(?:joined|rejoined|returned\s+to|moved\s+to|signed\s+for|went\s+to)\s+"
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
        + r"(?:(?:coach|manager|boss|head\s+coach)\s+)?{P}(?!'s),?\s+(?:have|has|are|is|were|was|had|"
        r"will|would|could|look|looks|went|won|beat|lost|drew|became|finished|[a-z]+ed)\b",
        0.65,
        club_side="tag",
    ),
    # "he walked out on the club to join Leicester", "left Celtic to join Leicester": the next post
    R(
        "left-to-join",
        "appointed",
        r"\b(?:resigned|left|quit|departed|leaves|leaving|walked\s+out\s+(?:on|of))\s+(?:(?:the\s+)?(?:club|team|side|"
        r"«C\d+»)\s+)?(?:in\s+\w+\s+|last\s+\w+\s+)?to\s+join\s+(?:the\s+)?(?:\w+\s+){0,2}?{C}",
        0.7,
        club_side="tag",
    ),
    # "X was promoted from assistant in June": the assistant became the head coach of the club in view
    R(
        "promoted-from-assistant",
        "appointed",
        _PROMOTED_FROM_ASSISTANT + r"(?!(?:\s+(?:coach|manager))?" + _TO_INTERIM + ")",
        0.8,
        role="head_coach",
        club_side="topic",
    ),
    R(  # "… promoted from assistant coach to interim manager"
        "promoted-from-assistant-interim",
        "appointed",
        _PROMOTED_FROM_ASSISTANT + _TO_INTERIM,
        0.8,
        role="caretaker",
        club_side="topic",
    ),
    R(
        "promoted-from-assistant-spell",
        "in_charge",
        _PROMOTED_FROM_ASSISTANT,
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
    # "X, who is also Slovakia's national coach, …": the post his relative clause names
    R(
        "who-is-role",
        "in_charge",
        r"{P},?\s+who\s+(?:is|was|has\s+been)\s+(?:also\s+|currently\s+|still\s+|now\s+)?(?:the\s+)?{C}(?:'s?)?\s+"
        r"(?:«S\d+»(?=\s*[,.;]|\s+(?:and|since|until|but)\b)|(?:«S\d+»\s+)?(?:national\s+)?(?:team\s+)?"
        r"(?:head\s+coach|manager|coach|boss)\b)",
        0.7,
        club_side="tag",
    ),
    # "X, who was the coach of C twenty years ago", "X, who himself was selector of the team of C": a
    # relative clause telling his post at C (not "youth coach", "assistant coach": other posts)
    R(
        "who-was-coach-of",
        "in_charge",
        r"{P},?\s+who\s+"
        + _SELF
        + r"(?:is|was|(?:has|had)\s+"
        + _SELF
        + r"been)\s+"
        + _SELF
        + r"(?:the\s+)?(?:(?:head|national|chief)\s+)?(?:coach|manager|selector|trainer)\s+"
        r"(?:(?:himself|herself)\s+)?(?:of|at)\s+(?:the\s+)?(?:(?:team|side|selection)\s+of\s+(?:the\s+)?)?{C}",
        0.7,
        club_side="tag",
    ),
    # "X, who was national coach himself for sixteen years": the national side in view
    R(
        "who-was-national-coach",
        "in_charge",
        r"{P},?\s+who\s+"
        + _SELF
        + r"(?:was|had\s+been)\s+"
        + _SELF
        + r"(?:the\s+)?(?:national\s+(?:team\s+)?(?:coach|manager|selector|trainer)\b(?!\s+(?:of|at|for)\b)|"
        # ("national coach" read as a squad, "himself" as a pronoun)
        r"«S\d+»(?:\s+«P\d+»)?(?=\s+(?:for|between|from|until)\b|\s*,))",
        0.65,
        club_side="topic",
        squad_in_match=True,
    ),
    # "X, who has transformed Leverkusen since taking over in October 2022": his spell there
    R(
        "since-taking-over",
        "in_charge",
        r"{P},?\s+who\s+(?:has|had)\s+(?:\w+\s+){1,3}?(?:the\s+)?{C}\s+since\s+(?:taking\s+(?:over|charge)|"
        r"arriving|joining|{HIS}\s+appointment)\b",
        0.65,
        club_side="tag",
    ),
)


# "X, now in his second season ", "X is in his third full year ": a man counted into his spell, then where
# or as what
_IN_HIS_NTH_SEASON = (
    r"{P}(?:{APP}{HAVE}\s+|\s*,\s+(?:who\s+(?:is|was)\s+)?(?:now\s+|currently\s+)?)in\s+{HIS}\s+"
    + _ORDINAL
    + r"\s+(?:full\s+)?(?:season|year|campaign)\s+"
)


RULES += (
    # "X, in his second season at Forest, …", "X is in his first season in charge of C"
    R(
        "in-his-nth-season",
        "in_charge",
        # "X, in his second season at Forest", "X, who is now in his third year at C"
        _IN_HIS_NTH_SEASON
        + r"(?:in\s+charge\s+)?(?:(?:at|with|of)\s+(?:the\s+)?{C}|in\s+charge\b|at\s+the\s+helm\b)",
        0.65,
        club_side="tag",
    ),
    # "X, now in his second season as Manchester United manager", "X is in his third year as coach of C"
    R(
        "in-his-nth-season-as",
        "in_charge",
        _IN_HIS_NTH_SEASON
        + r"as\s+(?:the\s+)?(?:{C}(?:['’]s?)?\s+{ROLE}|{ROLE}\s+(?:of|at)\s+(?:the\s+)?«C\d+»)",
        0.65,
        club_side="tag",
    ),
    # "won the double with Bayern in 2019 and the cup with Frankfurt", "… and again with Bournemouth"
    R(
        "won-again-with",
        "in_charge",
        r"\b(?:won|lifted|claimed|clinched)\s+(?:(?!\bas\s+a\s+player)[^«.;:!?]|«S\d+»){0,60}?\bwith\s+(?:the\s+)?«C\d+»"
        r"[^«.;:!?]{0,40}?,?\s+and\s+(?:(?:again|also|then|later)\s+|the\s+(?:[\w\-]+\s+){1,3}?)"
        r"with(?=\s+(?:the\s+)?«C)(?![^.;]{0,60}\bas\s+a\s+player)",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "X now coaches Portugal", "X, who currently manages C", "X now leads Uruguay"
    R(
        "now-coaches",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:now|currently)\s+(?:coaches|manages|leads|trains|in\s+charge\s+of)|coaches|"
        r"manages)\s+(?:the\s+)?{C}",
        0.7,
        club_side="tag",
    ),
    # "X was presented on Wednesday as the new head coach of C" (the Spanish and Portuguese press's
    # "presentado"): a coach's unveiling, never a signing's ("presented as a new signing" names no post)
    R(
        "presented-as-coach",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}(?:\s+(?:been|officially|formally))*\s+presented{TIME}\s+as\s+(?:the\s+)?(?:new\s+)?"
        r"(?:«C\d+»['’]?s?\s+)?(?:(?:interim|caretaker)\s+)?(?:head\s+coach|coach|manager|boss|trainer)\b",
        0.85,
        club_side="after",
    ),
    # "X is now back at Villarreal", "X, who is now at C": where a coach named in the story works now (a
    # player's club is told so too: he must be a coach elsewhere in the story)
    R(
        "is-now-at",
        "in_charge",
        r"{P}{APP}(?:,\s+who)?\s+is\s+(?:now|currently)\s+(?:back\s+)?(?:at|with)\s+(?:the\s+)?{C}"
        # (not "… as head of soccer operations", "as a player": another post there)
        r"(?!\s+as\s+(?!(?:the\s+|their\s+|its\s+)?(?:new\s+)?(?:head\s+)?(?:coach|manager|boss)\b))",
        0.65,
        club_side="tag",
    ),
    # "The Spaniard, who had been at Villarreal, replaced Gerrard": his earlier post
    R(
        "who-had-been-at",
        "in_charge",
        r"{P},?\s+who\s+(?:had\s+(?:previously\s+)?been|was\s+(?:previously|formerly))\s+(?:in\s+charge\s+)?at\s+"
        r"(?:the\s+)?{C}",
        0.6,
        club_side="tag",
    ),
    # "he returned in 2021 after two seasons at Everton", "X spent time in Turkey, three years at C"
    R(
        "years-at",
        "in_charge",
        r"{P}(?!'s)(?:[^«».;:!?]|«[CS]\d+»){0,80}?\bafter\s+(?:\w+\s+)?(?:\w+|\d+)\s+(?:and\s+a\s+half\s+)?"
        # "after seven years at the head of the Switzerland selection", "after two seasons with C"
        r"(?:seasons?|years?)\s+(?:in\s+charge\s+)?(?:at|with)\s+(?:the\s+head\s+of\s+)?(?:the\s+)?{C}",
        0.6,
        club_side="tag",
    ),
    # "he returned in 2021": back at the club in view
    R(
        "returned-in",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:returned|came\s+back)\s+(?:to\s+the\s+(?:club|dugout|bench)\s+)?"
        r"(?=(?:in|last|this)\s+(?:\w+\s+)?(?:19|20)\d\d\b|in\s+the\s+summer\b)",
        0.65,
        club_side="topic",
    ),
    # "replacing Y, who joined Washington Spirit": Y's next post
    R(
        "who-joined",
        "appointed",
        r"{P},?\s+who\s+(?:has\s+|had\s+)?(?:since\s+|now\s+)?joined\s+(?!from\b)(?:the\s+)?{CDESC}{C}",
        0.65,
        club_side="tag",
    ),
    # "C were coached by X, who joined in 2021": he was appointed at the club just named
    R(
        "who-joined-in",
        "appointed",
        r"{P},?\s+who\s+(?:had\s+|has\s+)?(?:joined|arrived|took\s+over)\s+(?=(?:in|last)\s+(?:\w+\s+)?(?:19|20)\d\d\b|"
        r"(?:in|last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"summer|year)\b)",
        0.65,
        club_side="near",
    ),
    # "Simeone has transformed Atlético into …", "X has led C since 2019"
    R(
        "transformed-club",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:transformed|built|rebuilt|turned)\s+(?:the\s+)?{C}\s+into\b",
        0.65,
        club_side="tag",
    ),
    R(
        "has-led-since",
        "in_charge",
        r"{P}{APP}\s+(?:has|have)\s+led\s+(?:the\s+)?{C}(?!['’]s)\s+(?:since|for)\b",
        0.65,
        club_side="tag",
    ),
    # "X is leading the team on an interim basis", "Y was leading the side as interim coach": a stand-in's
    # (or a coach's) spell in progress; "the team"/"the side" or a named team, never "the line" or a table
    R(
        "is-leading-the-team",
        "in_charge",
        r"{P}{APP}\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:currently\s+|now\s+|temporarily\s+)?"
        r"(?:leading|coaching|managing|guiding|directing|overseeing)\s+(?:the\s+)?(?:team|side|squad|{C}(?!['’]s)|{S})"
        r"(?=\s+(?:as|on|in\s+(?:an?\s+)?(?:interim|caretaker|temporary)|until|since|for|after|following|,|\.|$))",
        0.7,
        club_side="tag",
    ),
    # "X will coach Atlético's Juvenil A next season": an announced post
    R(
        "will-coach",
        "appointed",
        r"{P}(?:\s*,[^,«]{1,90},)?\s+(?:will|is\s+to|shall)\s+(?:now\s+)?(?:coach|manage|lead|train|direct|guide|"
        # ("will be at the helm at C next season", "will be in charge of C")
        r"take\s+charge\s+of|be\s+(?:at\s+the\s+helm|in\s+charge)\s+(?:at|of))\s+"
        r"(?:the\s+)?(?:{C}(?:'s?\s+«S\d+»)?|{S})" + _GAME_CHARGE,
        0.7,
        club_side="tag",
        squad_in_match=True,
    ),
    # "The under-19s will be led by X", "C's B team are coached by X"
    R(
        "led-by",
        "appointed",
        # ("will be led by his assistant X", "by assistant X": the aide named, not "his")
        r"(?:{C}|{S})\s+(?:will\s+be|are\s+to\s+be|is\s+to\s+be|will\s+now\s+be)\s+(?:led|coached|managed|run)\s+"
        r"by\s+" + _AIDE_BY + r"{P}(?!['’])",
        0.7,
        club_side="tag",
    ),
    # "Until a new coach is found, the team will be led by Y's assistant X", "the interim will be assured by
    # his assistant X" (French "l'intérim sera assuré par"): an aide standing in for the post in view
    R(
        "aide-will-lead-interim",
        "appointed",
        # (a team tagged before "will be" is the "led-by" rule's; a squad named in the sentence may be the
        # post, which this rule cannot bind)
        r"^(?!.*«S\d+»).*?(?<!»)\s(?:will\s+be|is\s+to\s+be|are\s+to\s+be|will\s+now\s+be)\s+(?:led|coached|managed|run|assured|ensured)\s+"
        r"by\s+" + _AIDE_TITLED + r"{P}(?!['’])",
        0.7,
        role="caretaker",
        club_side="near",
    ),
    # "Woodgate joined as assistant to Warnock", "X arrived as first-team coach", "X joins as Kohfeldt's
    # assistant", "had arrived last summer as Thorup's number two"
    R(
        "joined-as",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:joined|joins|arrived|came\s+in)\s+(?:the\s+club\s+|«C\d+»\s+)?"
        r"(?:(?:in|last|this)\s+(?:the\s+)?(?:summer|winter|\w+)(?:\s+(?:19|20)\d\d)?\s+)?"
        r"as\s+(?:an?\s+|the\s+|his\s+|«P\d+»['’]s?\s+)?"
        r"(?:new\s+)?(?:assistant|number\s+two|first[\s-]team\s+coach|goalkeeping\s+coach|fitness\s+coach)",
        0.7,
        club_side="topic",
    ),
    # "Motta, whose contract at Bologna expires in June": his current post
    R(
        "whose-contract-at",
        "in_charge",
        r"{P}\s*,\s*whose\s+(?:current\s+)?(?:contract|deal)\s+(?:at|with)\s+(?:the\s+)?{C}",
        0.65,
        club_side="tag",
    ),
    # "X, whose contract with Oman ended after the Asian Cup" ("X's contract … expired": contract-expired)
    R(
        "contract-with-ended",
        "left",
        r"{P}\s*,\s*whose\s+(?:\w+-year\s+)?(?:contract|deal)\s+(?:at|with)\s+(?:the\s+)?{C}\s+"
        r"(?:had\s+|has\s+)?(?:ended|expired|ran\s+out|run\s+out|came\s+to\s+an\s+end)\b",
        0.75,
        club_side="tag",
    ),
    # "together with his assistant X, whose deal was also extended": the aide's own extension
    R(
        "whose-deal-extended",
        "extended",
        r"{P}\s*,\s*whose\s+(?:own\s+)?(?:contract|deal)\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+"
        r"(?:also\s+)?(?:extended|renewed|prolonged)\b",
        0.75,
        club_side="topic",
    ),
    # "He replaces X at Spurs, who was sacked 16 days after …": the relative clause is the man's (its verb)
    R(
        "at-club-who-was-sacked",
        "dismissed",
        r"{P}\s+(?:at|as\s+(?:\w+\s+)?(?:coach|manager|boss)\s+(?:of|at))\s+(?:the\s+)?{C}\s*,\s+who\s+"
        r"(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:sacked|fired|dismissed|axed|ousted)\b",
        0.8,
        club_side="tag",
    ),
    # "Newcastle have made Howe their top target (to replace Bruce)": a candidate
    R(
        "made-top-target",
        "linked",
        r"{C}{HAVE}\s+(?:\w+ly\s+)?(?:made|identified)\s+{P}\s+(?:their|its)\s+(?:top|main|prime|number[\s-]one|"
        r"first|No\.?\s*1|preferred|leading)\s+(?:target|choice|priority|candidate)",
        0.6,
        club_side="tag",
    ),
    # "… their top target to replace Bruce": the man still in the post
    R(
        "target-to-replace",
        "in_charge",
        r"\b(?:their|its)\s+(?:[\w\-]+\s+){0,2}?(?:target|choice|candidate|priority)\s+to\s+(?:replace|succeed)\s+"
        r"(?:the\s+\w+\s+)?{P}",
        0.6,
        club_side="subject",
    ),
    # "Xavi would continue as coach next season": still in charge
    R(
        "continue-as-coach",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:(?:will|would|is\s+to|to)\s+)?(?:continue|carry\s+on|remain|stay(?:\s+on)?)\s+as\s+"
        # ("will remain as national coach", "will continue as Under-21 head coach")
        r"(?:(?:the\s+)?(?:club['’]s\s+)?)?(?:(?:«S\d+»\s+)?(?:head\s+)?"
        r"(?:coach|manager|boss|trainer)\b|" + _SQUAD_AS_POST + ")",
        0.6,
        club_side="near",
    ),
    # "A and B shared the job as co-coaches", "were joint managers": each of them coached the side
    R(
        "co-coaches",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:shared\s+the\s+(?:job|role|post|hot\s+seat)(?:\s+as\s+co-?"
        r"(?:coach|manager)e?s)?|(?:worked|served|been|were)\s+as\s+(?:co-|joint\s+)(?:head\s+)?(?:coach|manager)e?s)",
        0.7,
        club_side="near",
    ),
    # a departure that hands the post on: "he was fired in October, making way for X", "Y resigned with
    # three games left, handing the team to his assistant X"
    R(
        "making-way-for",
        "appointed",
        r"\b(?:sacked|fired|dismissed|axed|resigned|quit|stepped\s+down|departed|let\s+go|relieved)\b"
        r"(?:[^«».;:!?]|«[CS]\d+»){0,100}?\b(?:(?:making|make|makes|made)\s+way\s+for|handing\s+(?:over\s+)?"
        r"(?:the\s+)?(?:team|reins|job|side|squad)\s+(?:over\s+)?to)\s+(?:«P\d+»['’]s?\s+|his\s+|her\s+)?"
        r"(?:[\w\-]+\s+){0,2}?{P}(?!['’])",
        0.75,
        club_side="topic",
    ),
    # "…, with X in caretaker charge": the club in view's stand-in
    R(
        "with-in-caretaker-charge",
        "in_charge",
        r"\bwith\s+{P}\s+(?:now\s+|currently\s+|temporarily\s+|still\s+)?in\s+(?:caretaker|interim|temporary)\s+"
        r"charge\b(?!\s+(?:of|at)\b)",
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "Flamengo dismissed Tite and handed the job to X", "Birmingham sacked Y to bring X in",
    # "Marseille turned to 70-year-old X": the club named as subject gives its post to X
    R(
        "club-handed-job",
        "appointed",
        # "C moved quickly to replace him, turning to X": the participle of the club's clause
        r"{C}(?!['’]s){HAVE}\s+(?:(?:[^«.;:!?]|«[PS]\d+»){0,120}?(?:\b(?:and|to|before)\s+(?:then\s+)?|,\s+(?=turning)))?"
        r"(?:(?:hand(?:ed|s)?|g[ia]ve[sn]?)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:job|reins|role|post)\s+to|"
        # ("handed the job to his assistant X": X, not "his")
        r"turn(?:ed|s|ing)?\s+to|bring\s+in)\s+(?:" + _AIDE_TITLED + r"|"
        r"(?:[\w\-]+\s+){0,3}?(?:\d+-year-old|coach|manager)\s+)?{P}",
        0.8,
        club_side="tag",
    ),
    # "Shenhua confirmed that Leonid Slutsky will lead the team in 2024", "X will lead the side next season,
    # the club announced": the employer telling who its coach will be is an appointment (not "X will also
    # lead the team in 2025": a coach kept on)
    R(
        "club-confirmed-will-lead",
        "appointed",
        r"(?:(?:{C}|\bthe\s+(?:club|board|federation|association))(?!['’]s)\s+(?:has\s+|have\s+|had\s+)?"
        r"(?:confirmed|announced|revealed|decided)|\bsaying)(?:\s+\w+ly)?{TIME}(?:\s+that)?\s+"
        r"(?:(?:[\w\-]+|«[CS]\d+»)\s+){0,4}?{P}{APP}\s+{WILL_LEAD}",
        0.8,
        club_side="tag",
    ),
    R(
        "will-lead-club-confirmed",
        "appointed",
        r"{P}{APP}\s+{WILL_LEAD}[^«.;:!?]{0,60}?,\s+(?:{C}|the\s+(?:club|board|federation|association))\s+"
        r"(?:has\s+|have\s+)?(?:confirmed|announced)\b",
        0.8,
        club_side="tag",
    ),
    # "put technical director X in interim charge of C", "placed his assistant X in temporary charge":
    # the employer hands X the team (for now)
    R(
        "put-in-charge",
        "appointed",
        r"\b(?:put|puts|putting|placed|places|placing)\s+(?:(?:[\w\-]+|«[CS]\d+»)\s+){0,4}?{P}\s+in\s+"
        r"(?:(?:interim|temporary|caretaker|sole|joint|overall|full)\s+)?charge\b"
        r"(?:\s+(?:of|at)\s+(?:the\s+)?(?:{C}|{S}))?",
        0.8,
        club_side="tag",
    ),
    R(
        "club-bring-in",
        "appointed",
        r"{C}(?!['’]s){HAVE}\s+(?:[^«.;:!?]|«[PS]\d+»){0,120}?\bto\s+bring\s+{P}\s+in\b",
        0.8,
        club_side="tag",
    ),
    # "X won his first match in charge of C on Sunday, having been appointed last week": the
    # participle clause tells what happened to the subject of the main clause
    R(
        "having-been-appointed",
        "appointed",
        _HAVING_BEEN.replace("{P}", "{P}" + _MAIN_CLAUSE_CLUB)
        + _APPOINT_VERB
        + r"\b(?!\s+(?:as\s+)?(?:captain|player)\b)",
        0.75,
        club_side="tag",
    ),
    # "X is now in charge at Hull, having left Reading in December": his earlier departure
    R(
        "having-left",
        "left",
        _HAVING + r"(?:left|quit|departed)\s+(?:the\s+)?{CDESC}{C}",
        0.75,
        club_side="tag",
    ),
    R(
        "having-been-sacked",
        "dismissed",
        _HAVING_BEEN + _SACK_VERB + r"\b",
        0.75,
        club_side="near",
    ),
    # "He left for Liverpool in the summer": where he went is his next post
    R(
        "left-for-club",
        "appointed",
        # ("is leaving with Y for C": an aide going with his boss)
        r"{P}(?:\s*,(?:[^,«]|«[CS]\d+»){1,90},)?{WHO}{HAVE}\s+(?:left|leaves?|leaving|departed|quit)\s+"
        r"(?:(?:with|alongside)\s+«P\d+»\s+)?for\s+(?:the\s+)?"
        r"(?:(?:[A-Z][\w\-]*\s+)?(?:side|club|giants|outfit|champions|team)\s+|«C\d+»['’]s?\s+)?{C}",
        0.65,
        club_side="tag",
    ),
)


# --- arrivals and departures told in passing ---------------------------------------------------
# A story about a sacking or a later move recalls how the coach came ("X, appointed in September
# after Y resigned, leaves …", "he had only arrived in November, succeeding Y") and who left then.

# when an arrival happened, right after its verb: "in September", "in October 2023", "last summer",
# "in the summer of 2022", "at the start of the year"
_ARRIVAL_WHEN = (
    r"(?:in|on|last|this|during|at\s+the\s+(?:start|end|turn|beginning)\s+of)\s+(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|summer|winter|spring|autumn|year|season|(?:19|20)\d\d)(?:\s+(?:of\s+)?(?:19|20)\d\d)?\b"
)
# "to replace Y", "succeeding Y", "as successor to Y", "in the place of Y", "in substitution of Y"
_IN_PLACE_OF = (
    r"(?:to\s+(?:replace|succeed)|succeeding|replacing|as\s+(?:the\s+)?(?:successor|replacement)\s+(?:to|for|of)|"
    r"in\s+(?:the\s+)?place\s+of|in\s+(?:substitution|replacement)\s+of|to\s+take\s+the\s+place\s+of)\b"
)
# ", coming from the Al Jazira of the United Arab Emirates,": where an arrival came from (an aside)
_COMING_FROM = r"(?:,?\s+(?:coming|arriving)\s+from\s+(?:the\s+)?«C\d+»(?:\s+of\s+(?:the\s+)?«C\d+»)?)?"
# the verbs of a new coach's arrival at the club in view ("took over the yellow-reds", "assumed the team")
_ARRIVED = (
    r"(?:arrived|came(?:\s+in)?|(?:was\s+|been\s+)?brought\s+in|took\s+over|stepped\s+in|"
    # "was appointed in December to replace X" (the time and the purpose follow: see `_IN_PLACE_OF`)
    r"(?:appointed|hired|installed|named)(?=\s+(?:in|on|last|this|during|at|to)\b)|"
    r"assumed\s+(?:the\s+)?(?:team|post|job|role|bench|command|reins))"
)
# a sentence that tells an arrival before naming the man who went: "took over … after Y left"
_ARRIVAL_BEFORE = (
    r"\b(?:took\s+over|took\s+charge|taken\s+over|arrived|appointed|named|hired|stepp(?:ed|ing)\s+up|"
    r"promoted|came\s+in|assumed)\b(?:[^.;«]|«[CS]\d+»|«P\d+»'s){0,80}?"
)

# "brought in / drafted in as assistant": keys of both brought-in-as rules
_BROUGHT_IN_KEYS = ("brought", "drafted")
RULE_KEYS.update(
    {
        "aside-arrived": ("appointed", "hired", "installed", "arrived", "named", "brought"),
        "assumed-when": ("assumed",),
        "arrived-in-place-of": (
            "to replace",
            "to succeed",
            "succeeding",
            "replacing",
            "successor",
            "replacement",
            "place of",
            "substitution",
        ),
        "after-he-left": ("after", "when", "once"),
        "took-over-after": ("took over", "took charge", "taken over", "arrived", "came in"),
        "before-stepping-up": ("stepping up", "stepped up"),
        "was-caretaker-after": ("interim", "caretaker"),
        "club-handed-him-job": ("handed", "gave", "given", "gives", "hands"),
        "brought-in-as": _BROUGHT_IN_KEYS,
        "brought-in-as-his": _BROUGHT_IN_KEYS,
        "brought-back": (
            "brought back",
            "bring back",
            "brings back",
            "bringing back",
            "recall",
            "called back",
        ),
        "returned-to-lead": ("returned to", "came back to", "arrived to", "returns to"),
        "arrived-at-club": ("arrived", "arrives", "arriving"),
    }
)

RULES += (
    # "X, appointed in September after Y resigned, leaves …", "X, arrived in March, has …", "X, who was
    # brought at the end of December, …" (translated): the aside's arrival at the club in view
    R(
        "aside-arrived",
        "appointed",
        r"{P},\s+(?:who\s+(?:was|had\s+been|had)\s+)?(?:\w+ly\s+)?(?:appointed|hired|installed|arrived|named|"
        r"brought(?:\s+in)?)\s+" + _ARRIVAL_WHEN + r"(?=(?:[^,;.«]|«P\d+»){0,60},)",
        0.75,
        club_side="topic",
    ),
    # translated Spanish/Portuguese "asumió en octubre": "X had assumed in October", "where he had assumed
    # only in January": the post taken, told by its month alone
    R(
        "assumed-when",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+assumed\s+(?:only\s+|just\s+)?"
        + _ARRIVAL_WHEN
        + r"(?!\s+(?:that|the|a|his|her)\b)",
        0.75,
        club_side="near",
    ),
    # "he had only arrived in November, succeeding Y", "arrived in October 2023 to replace the sacked Y",
    # "had assumed the team in February, in substitution of Y": X came, Y went
    R(
        "arrived-in-place-of",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+"
        + _ARRIVED
        + r"(?:\s+(?:at|to)\s+(?:the\s+)?{C}|\s+the\s+[a-z\-]+)?(?:\s+"
        + _ARRIVAL_WHEN
        + r")?"
        + _COMING_FROM
        + r",?\s+"
        + _IN_PLACE_OF
        + r"(?:\s+(?:(?:the|his|her)\s+(?:[\w\-]+\s+)?|"
        + _POSSESSOR_DESC
        + r"|«P\d+»['’]\s+[\w\-]+\s+|"
        + _REPLACED_DESC
        + r")?{P2}(?!['’]s\b))?",
        0.8,
        club_side="topic",
    ),
    # "X took over at the start of the year after Y left in December", "stepping up in June, when Y
    # left", "took over the side in 2022 after Y,": the man who went, from the club in view
    R(
        "after-he-left",
        "left",
        _ARRIVAL_BEFORE
        + r"\b(?:after|when|once)\s+{P}\s+(?:had\s+)?(?P<t>left|departed|quit)\b(?!\s+(?:the\s+)?«C)",
        0.7,
        club_side="subject",
    ),
    # "X took over the yellow-reds in the summer of 2022 after Y, and …": Y, named alone, went
    R(
        "took-over-after",
        "left",
        r"\b(?:took\s+over|took\s+charge|taken\s+over|arrived|came\s+in)\b(?:[^.;«]|«[CS]\d+»){0,60}?\bafter\s+{P}"
        r"(?=\s*[,.;]|\s*$)",
        0.7,
        club_side="subject",
    ),
    # "X had spent seven seasons as Y's right-hand man before stepping up in June": the assistant took over
    # (not "before stepping up to the first team at Braga": a career step at the club it names)
    R(
        "before-stepping-up",
        "appointed",
        r"{P}(?!['’]s)(?:[^.;«]|«[CS]\d+»|«P\d+»['’]s){0,120}?\b(?:before|until|when)\s+(?P<t>stepping|"
        r"(?:he|she)\s+stepped)\s+up\b(?!\s+(?:as|to)\s+(?:the\s+)?(?:interim|caretaker|acting))"
        r"(?!\s+to\s+(?:the\s+|their\s+)?(?:«S\d+»|(?:first|senior)[\s-]team)\s+(?:at|of|with)\s+«C)",
        0.7,
        role="head_coach",
        club_side="topic",
    ),
    # "X was caretaker after Y was sacked": his interim appointment
    R(
        "was-caretaker-after",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:was|were|became|served\s+as|acted\s+as)\s+(?:the\s+)?(?:interim|caretaker)"
        r"(?:\s+(?:manager|head\s+coach|coach|boss))?\s+(?:after|when|following)\b",
        0.75,
        role="caretaker",
        club_side="topic",
    ),
    # "C … handed him the top job when Y was sacked": the club gives its post to X
    R(
        "club-handed-him-job",
        "appointed",
        r"{C}(?!['’]s){HAVE}\s+(?:(?:[^«.;:!?]|«[PS]\d+»){0,120}?\b(?:and|before)\s+(?:then\s+|later\s+)?)?"
        r"(?P<t>hand(?:ed|s)?|g[ia]ve[sn]?)\s+{P}\s+the\s+(?:[\w\-]+\s+)?(?:job|reins|role|post)\b",
        0.8,
        club_side="tag",
    ),
    # "Fulham brought him in as Jol's first-team coach in November": a post on the boss's staff
    R(
        "brought-in-as",
        "appointed",
        r"{C}(?!['’]s){HAVE}\s+(?:brought|drafted)\s+{P}\s+in\s+as\s+(?:an?\s+|the\s+|their\s+)?(?:new\s+)?"
        r"(?=(?:[\w\-]+\s+){0,2}(?:coach|manager|boss|assistant)\b)",
        0.75,
        club_side="tag",
    ),
    R(  # "… as Jol's first-team coach", "as his number two": on the boss's staff
        "brought-in-as-his",
        "appointed",
        r"{C}(?!['’]s){HAVE}\s+(?:brought|drafted)\s+{P}\s+in\s+as\s+(?:«P\d+»['’]s?|his|her)\s",
        0.75,
        role="assistant_coach",
        club_side="tag",
    ),
    # "Benfica have brought back X as coach", "the president has recalled X": a coach's new spell
    R(
        "brought-back",
        "appointed",
        r"\b(?:(?:brought|bring|brings|bringing|called|calls|calling)\s+back|recalled|recalls|recalling)\s+"
        r"(?:(?:former|ex-|coach|manager|boss|their|its|the)\s+){0,3}{P}(?!\s+(?:to|into|in)\s+(?:the\s+|his\s+|their\s+)?(?:squad|side|team|starting|"
        r"line-?up|XI|fold|national))",
        0.75,
        club_side="before",
    ),
    # "… a spell that began in May 2021, when he returned to lead the Reds": his appointment there
    R(
        "returned-to-lead",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:returned|came\s+back|arrived|returns)\s+to\s+(?:lead|coach|manage|take\s+(?:charge\s+of|"
        r"over(?:\s+at)?))\s+(?:the\s+)?{C}",
        0.7,
        club_side="tag",
    ),
    # "He arrived at América in the summer of 2023 from D", "arrived to the Palmeiras in October of 2020":
    # a dated arrival at a club (players arrive too: kept for a coach)
    R(
        "arrived-at-club",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:arrived|arrives|arriving)\s+(?:at|to)\s+(?:the\s+)?{C}(?=\s+"
        + _ARRIVAL_WHEN
        + r")",
        0.7,
        club_side="tag",
    ),
)


# --- a coach's record told in a season report ------------------------------------------------
# "X has won three of his 11 games", "He won three and drew two of his six games in charge":
# the record of his spell (the club in view, or "at C"); "first match in charge will be" tells none.
_RESULT_VERB = r"(?:won|drawn|drew|lost|collected|taken)"
_COUNT = r"(?:\w+|\d+)"
RULE_KEYS.update({"record-of-his-games": (" of his ", " of her ")})
RULES += (
    R(
        "record-of-his-games",
        "in_charge",
        r"{P}(?!'s)(?:\s*,\s*\d{2}\s*,)?{HAVE}\s+(?:only\s+|just\s+)?"
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
RULES += (
    R(
        "remains-in-charge-of",
        "in_charge",
        r"{P}(?!'s)(?:{APP}|(?:[^«.;:!?]|«[CS]\d+»){0,100}?\b(?:and|but)\b)?{WHO}{HAVE}\s+"
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
RULES += (
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
RULES += (
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
    }
)

RULES += (
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
        r"{P}(?!['’])(?:[^«.;:]|«[CS]\d+»){0,120}?,?\s+(?:but|and)\s+(?:then\s+|later\s+|eventually\s+)?"
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
RULE_KEYS.update({"kept-them-up": ("kept", "keeps", "keeping", "to safety", "to survival")})
RULES += (
    R(
        "kept-them-up",
        "in_charge",
        # (not a man named after a preposition: "came as successor of Y and kept the team up": not Y)
        r"(?<!\bof\s)(?<!\bto\s)(?<!\bby\s){P}(?!'s)(?:{APP}|(?:[^«.;:!?]|«[CS]\d+»){0,100}?\b(?:and|but)\b)?{WHO}{HAVE}\s+(?:\w+ly\s+)?"
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
RULES += (
    R(
        "won-in-his-nth-season",
        "in_charge",
        r"{P}(?!'s)(?:\s*,\s*\d{2}\s*,)?{HAVE}\s+"
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
RULES += (
    R(
        "at-club-framed-person",
        "in_charge",
        r"^\s*(?:At|Over\s+at|Across\s+town\s+at)\s+(?:the\s+)?{C},\s+{P}(?!'s)(?:\s*,\s*(?:who\s+)?[^,«]{1,100},)?"
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
RULES += (
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
RULES += (
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
        "ended-spell-at": ("ended", "ends", "ending", "concluded", "brought an end", "brought to an end"),
    }
)
RULES += (
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
        r"{P}{APP}{WHO}{HAVE}\s+(?:ended|ends|ending|concluded|brought\s+(?:an\s+end\s+to|to\s+an\s+end))\s+"
        # "ended his second spell at C", "ended a four-year stay at C"
        r"(?:{HIS}|an?)\s+(?:[\w\-]+\s+){0,2}?"
        + _SPELL_NOUN
        + r"\s+(?:at|with|in\s+charge\s+of)\s+(?:the\s+)?{CDESC}{C}"
        r"(?!\s+as\s+(?:a\s+)?player)",
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
RULES += (
    R("arrived-after-spell", "in_charge", _ARRIVED_AFTER_SPELL, 0.65, club_side="tag"),
    R("arrived-after-spell-left", "left", _ARRIVED_AFTER_SPELL, 0.65, club_side="tag"),
)

# "X has won promotion three times as a manager, with A, B and C": the clubs of a coach's feats
RULE_KEYS.update(
    {"won-as-coach-with": ("as a manager", "as a coach", "as a head coach", "as manager", "as coach")}
)
RULES += (
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


# --- appointments told in other words ---------------------------------------------------------
# "took a new post there": take charge of / become the manager of / join / coach C
_TO_NEW_POST = (
    r"to\s+(?:take\s+(?:over|charge)\s+(?:at|of)|become\s+(?:the\s+)?(?:new\s+|first\s+)?{ROLE}\s+(?:of|at)|"
    r"join|coach|manage)\s+(?:the\s+)?{CDESC}{C}"
)
RULES += (
    # "X has left the Islanders with immediate effect to become the new manager of English League One
    # side C", "X leaves C1 to take charge of C2", "quit C2 weeks later to join C3": the new post (the
    # mover is the last man named before the verb)
    R(
        "left-club-to-post",
        "appointed",
        r"\b(?:resigned|left|leaves|leaving|quit|quits|quitting|departed|departs)\b(?:[^«.;:!?]|«C\d+»){1,60}?\s+"
        + _TO_NEW_POST,
        0.7,
        club_side="tag",
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


# --- machine-translated phrasing (Italian/Spanish/Portuguese/German news in English) ----------
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
        "successor-becomes": ("successor", "replacement", "substitute"),
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
RULES += (
    # "decided to dispense with the services of X", "C dispensed with coach X": a sacking
    R(
        "dispense-with-services",
        "dismissed",
        r"\b(?:dispens(?:e|es|ed|ing))\s+with\s+(?:the\s+)?(?:services\s+of\s+)?(?:(?:the\s+)?{ROLE}\s+)?{P}(?!['’])",
        0.85,
        club_side="before",
    ),
    # "to entrust again the first team to X", "re-entrusted the team to X", "entrusts the bench to the
    # trainer of the Primavera, X": the club hands him the team
    R(
        "entrust-team-to",
        "appointed",
        r"\b(?:re-?)?entrust(?:s|ed|ing)?\s+(?:again\s+|once\s+again\s+|anew\s+)?" + _THE_TEAM + r"\s+"
        r"(?:again\s+)?to\s+(?:(?:the|his|its)\s+(?:[^«,.;]|«[CS]\d+»){1,50}?,\s+)?{P}",
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
        r"(?:\w+ly\s+)?entrusted\s+(?:\w+ly\s+)?to\s+(?:(?:the|his|its)\s+(?:[^«,.;]|«[CS]\d+»){1,50}?,\s+)?{P}",
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
        r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?{P}(?!['’])",
        0.75,
        club_side="near",
    ),
    # "The chosen one is X", "the elected is X", "the choice fell on X" (translated "el elegido es",
    # "la scelta è caduta su"): the man the club picked for its bench
    R(
        "chosen-one-is",
        "appointed",
        r"(?:\bthe\s+(?:chosen|elected)(?:\s+one)?\s+(?:is|was|will\s+be)|"
        r"(?:\bthe\s+(?:club['’]s\s+|board['’]s\s+)?|«C\d+»['’]s?\s+)choice\s+(?:fell|has\s+fallen|falls|had\s+fallen)\s+on)"
        # ("… on the former Lechia coach X": his title, with a club)
        r"\s+(?:the\s+(?:[\w\-]+\s+|«C\d+»\s+){0,3}?)?{P}(?!['’])",
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


# --- arrivals told instead of appointments ------------------------------------------------------
RULE_KEYS.update({"brought-back-to-steer": ("brought back", "brought in", "recalled", "called back")})
RULES += (
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


# --- staff and predecessors named in ways the rules above miss --------------------------------
# a translated staff title before a name: "physical trainer X", "the co-trainers A and B", "second coach X"
_FITNESS_TITLE = r"(?:physical|athletic|fitness)\s+(?:trainers?|preparers?)|conditioning\s+coach(?:es)?"
_AIDE_TITLE = r"co-trainers?|co-coach(?:es)?|assistant\s+trainers?|second\s+coach"
_TITLE_LEAD = r"(?<![\w-])(?<!»\s)(?:(?:his|her|their|the|its|«P\d+»'s|new|former|long-?time)\s+)*"
# … unless the names are the subject of a change ("… must go", ", who also leave the club"): that tells it
_NOT_CHANGING = (
    r"(?!(?:\s*,?\s+and\s+[^«.;]{0,30}«P\d+»)?(?:\s*,[^.;]{0,80}?,|\s*,\s+who)?\s+(?:(?:have|has|are|were|will|"
    r"would|must|also|both|too|all|now|been|be|then|to)\s+)*(?:left|leav|go\b|gone|going|depart|follow|join|sign|"
    r"sacked|dismissed|relieved|fired|axed|exit|quit))"
)
RULE_KEYS.update(
    {
        "fitness-title-person": ("physical", "athletic", "fitness", "conditioning"),
        "aide-title-person": ("co-trainer", "co-coach", "assistant trainer", "second coach"),
        "sacked-and-replaced-by": ("replaced by", "succeeded by"),
        "stepped-in-after": ("stepped in", "steps in", "stepping in", "step in"),
        "stepped-in-as-caretaker": (
            "stepped in as",
            "steps in as",
            "stepping in as",
            "step in as",
            "came in as",
            "comes in as",
            "coming in as",
            "come in as",
        ),
        "retained-as-assistants": ("retained as", "kept on as", "kept as"),
        "nth-coach-after-list": ("history",),
    }
)
RULES += (
    R(
        "fitness-title-person",
        "in_charge",
        _TITLE_LEAD + r"(?:" + _FITNESS_TITLE + r")\s+{P}" + _NOT_CHANGING,
        0.6,
        role="fitness_coach",
        club_side="tag",
    ),
    R(
        "aide-title-person",
        "in_charge",
        _TITLE_LEAD + r"(?:" + _AIDE_TITLE + r")\s+{P}" + _NOT_CHANGING,
        0.6,
        role="assistant_coach",
        club_side="tag",
    ),
    # "X, who stepped in from the sporting department after Y was dismissed", "X stepped in when Y
    # resigned": a stand-in taking the team after a coach's exit
    R(
        "stepped-in-after",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:stepped|steps|stepping|step)\s+in(?:\s+as\s+(?:(?:interim|caretaker|temporary|"
        r"acting)\s+)?(?:coach|manager|boss|head\s+coach))?(?:\s+from\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}?)?"
        r"(?:\s+on\s+an?\s+(?:interim|temporary|caretaker)\s+basis)?\s+(?:after|when|following|once)\s+"
        r"(?:the\s+(?:sacking|dismissal|departure|exit|resignation)\s+of\s+|«P\d+»['’]s\s+"
        r"(?:sacking|dismissal|departure|exit|resignation)\b|«P\d+»\s+(?:was|had\s+been)\s+(?:sacked|dismissed|fired)|"
        r"«P\d+»\s+(?:left|resigned|quit|stepped\s+down|departed))",
        0.75,
        role="caretaker",
        club_side="topic",
    ),
    # "assistant X stepped in as caretaker manager at Charlton", "X steps in as interim coach": he takes the
    # team for now
    R(
        "stepped-in-as-caretaker",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:will|to)\s+)?(?:stepped|steps|stepping|step|came|comes|coming|come)\s+in\s+as\s+"
        r"(?:the\s+|an?\s+)?(?:club['’]s\s+)?(?:(?:interim|caretaker|temporary|acting)\s+(?:head\s+)?(?:coach|manager|boss)\b|"
        # "came in as interim to steady the ship": the bare title, told as a noun (not "interim captain")
        r"(?:interim|caretaker)(?=\s*[,.;]|\s+(?:to|until|and|for|while|after|before)\b))"
        r"(?:\s+(?:at|of)\s+(?:the\s+)?{C})?",
        0.75,
        role="caretaker",
        club_side="tag",
    ),
    # "X was sacked in January 2013 and replaced by Y", "dismissed after a year and succeeded by Y",
    # "stepped down at C after four years, and was replaced by Dutchman Y": Y took the post of the exit
    R(
        "sacked-and-replaced-by",
        "appointed",
        r"\b(?:sacked|dismissed|fired|axed|ousted|relieved\s+(?:of|from)\s+(?:his|her)\s+duties|stepped\s+down|resigned|"
        r"quit|left(?=\s+(?:«C\d+»|the\s+(?:club|post|job|role)\b)))\b{GAP},?\s+(?P<rep>and)\s+"
        r"(?:was\s+|were\s+)?(?:later\s+|subsequently\s+|then\s+)?(?:replaced|succeeded)\s+by\s+"
        r"(?:(?:his|her|the|former|assistant|caretaker|interim)\s+)*(?:" + _DEMONYM_DESC + r")?{P}(?!['’]s)",
        0.8,
        club_side="near",
    ),
    # "with A and B retained as assistants", "A and B were kept on as his assistants": staff in place
    R(
        "retained-as-assistants",
        "in_charge",
        r"(?P<list>«P\d+»(?:\s*,\s*«P\d+»)*(?:\s*,?\s+and\s+«P\d+»)?)\s+(?:(?:were|are|have\s+been|will\s+be|"
        r"being)\s+)?(?:retained|kept\s+on|kept)\s+as\s+(?:(?:his|her|the|their|«P\d+»'s)\s+)?(?:assistants?|"
        r"assistant\s+(?:coach(?:es)?|managers?)|coaches|co-trainers?)\b",
        0.6,
        role="assistant_coach",
        club_side="topic",
    ),
    # "the fifth coach in the club's history after A, B, C and D": the club's earlier coaches
    R(
        "nth-coach-after-list",
        "in_charge",
        r"\b" + _ORDINAL + r"\s+(?:permanent\s+|full-time\s+|head\s+)?(?:coach|manager|trainer|boss)\s+in\s+"
        r"(?:the\s+club's|{C}'s?|its|their)\s+(?:\w+\s+)?history\s*,?\s+after\s+"
        r"(?P<list>«P\d+»(?:\s*,\s*«P\d+»)*\s*,?\s+and\s+«P\d+»)",
        0.65,
        club_side="tag",
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

RULES += (
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


# --- the aide who comes with the new man ------------------------------------------------------------
RULE_KEYS.update({"arrives-with-assistant": ("with his", "with her", "with the", "accompanied by")})

# an aide's title after "his (long-time, inseparable) …": assistant, number two, collaborator
_AIDE = (
    r"(?:[\w\-]+\s+){0,2}?(?:assistants?(?:\s+coach)?|number\s+two|collaborators?|right-hand\s+(?:man|woman))"
)

RULES += (
    # "X arrives with his long-time assistant Y", "he comes accompanied by his assistant Y",
    # "at his place arrived X with the collaborator Y": the aide starts with him at the new club
    R(
        "arrives-with-assistant",
        "appointed",
        r"\b(?:arrives?|arrived|arriving|comes?|came|coming)(?:\s+«P\d+»)?\s+(?:accompanied\s+by|with)\s+"
        r"(?:{HIS}|the)\s+" + _AIDE + r",?\s+{P}(?:\s+and\s+{P2})?",
        0.7,
        role="assistant_coach",
        club_side="after_topic",
    ),
)


# --- an aide placed on his boss's staff, or leaving it ------------------------------------------------
# "Y's assistants", "Y's coaching staff", "the technical team of Y": the boss's staff (Y tagged)
_BOSS_STAFF = (
    r"(?:«P\d+»['’]s?\s+(?:{STAFF_KIND}\s+)?(?:assistants|staff|team)|"
    r"(?:the\s+)?{STAFF}\s+of\s+«P\d+»)"
)
RULE_KEYS.update(
    {
        "staff-includes": ("include", "made up of", "composed of"),
        "leaves-boss-staff": ("staff",),
        "joined-boss-staff": ("staff",),
    }
)
RULES += (
    # "Rebrov's assistants will include A, his long-time aide", "the technical team of Lage includes the
    # adjunct A": the aides start with the new man
    R(
        "staff-includes",
        "appointed",
        # ("Nuno's staff at Forest includes …": that club)
        _BOSS_STAFF
        + r"(?:\s+(?:at|with)\s+(?:the\s+)?{C})?\s+(?:will\s+)?(?:include|includes|is\s+made\s+up\s+of|"
        r"is\s+composed\s+of)\s+"
        r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?P<list>«P\d+»(?!['’])(?:"
        + LIST_SEP
        + r"(?!who\b|which\b)(?:the\s+)?(?:[\w\-]+\s+){0,2}?«P\d+»(?!['’]))*)",
        0.7,
        role="assistant_coach",
        club_side="after_topic",
    ),
    # "X leaves Arne Slot's staff at Liverpool": the aide leaves that club
    R(
        "leaves-boss-staff",
        "left",
        r"{P}(?!['’])(?:[^«.;:!?]|«[CS]\d+»){0,60}?\b(?:leaves|left|leave|leaving|quits?)\s+"
        r"«P\d+»['’]s?\s+(?:{STAFF_KIND}\s+)?staff\s+(?:at|with|in)\s+(?:the\s+)?{C}",
        0.7,
        role="assistant_coach",
        club_side="tag",
    ),
    # "X, who only joined Ten Hag's staff as an assistant in the summer": an aide's arrival
    R(
        "joined-boss-staff",
        "appointed",
        r"{P}(?!['’])(?:,\s+who)?\s+(?:(?:only|just|recently|had|has)\s+)*(?:joined|joins)\s+"
        r"«P\d+»['’]s?\s+(?:[\w\-]+\s+)?(?:coaching\s+|backroom\s+)?staff\b(?!\s+(?:at|with)\b)",
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
)


# what an aide is called right before his name: "his compatriot Y", "fellow Dane Y", "countryman Y"
_COMPATRIOT_AIDE = (
    r"(?:(?:(?:{HIS}|«P\d+»['’]s?)\s+)?"
    r"(?-i:compatriots?|countrym[ae]n|countrywom[ae]n|fellow\s+[A-Z]\w+)\s+)?"
)


# --- a new coach's incoming staff, each aide named by his title ---------------------------------------
# one aide's title right before his name: "assistant X", "the goalkeepers coach Y", "performance analyst Z"
# (a lowercase word or two before the staff noun; not an executive: "the president X" is none)
_TITLED_AIDE = (
    r"(?:(?:the|his|her|«P\d+»['’]s)\s+)?(?!(?:president|chairman|director|owner|sporting|general|chief|ceo)\b)"
    r"(?:(?-i:[a-z][\w\-]*)['’]?\s+){0,2}?(?:assistants?(?:\s+(?:coach|manager))?|number\s+two|"
    r"(?<!head\s)coach|trainer|preparer|analyst)\s+«P\d+»(?!['’])"
    # (not one "who was already on the staff": he stays, he does not arrive)
    r"(?!\s*,\s+who\s+(?:was|were|is|are|had\s+been|has\s+been)\s+already\b)"
)
# "assistant X and goalkeeping coach Y", "the assistant X, the fitness coach Y and the analyst Z"; translated,
# each after its "by", one with an aside: "by the second coach X, former captain of the club, by the …"
_AIDE_ASIDE = r"(?:\s*,\s+(?-i:[a-z])(?:[^,«.;:!?]|«C\d+»){1,50}(?=,))?"
_AIDE_LIST = (
    r"(?P<list>" + _TITLED_AIDE + r"(?:" + _AIDE_ASIDE + LIST_SEP + r"(?:by\s+)?" + _TITLED_AIDE + r")*)"
)
# the rules below: their aides join the post the boss (the clause's subject) takes
INCOMING_AIDE_RULES = frozenset(
    {
        "brings-with-him-staff",
        "new-staff-includes",
        "presented-alongside-aide",
        "joined-by-apposed-aide",
        "works-with-aide-as-title",
    }
)
RULE_KEYS.update(
    {
        "brings-with-him-staff": ("bring", "brought"),
        "new-staff-includes": ("staff", "coaching team", "technical team", "backroom team"),
        "presented-alongside-aide": ("alongside", "flanked by"),
        "joined-by-apposed-aide": ("joined", "bring in", "brings in", "brought in", "bringing in"),
    }
)
RULES += (
    # "X brings with him assistant Y and performance analyst Z": the aides arrive with the new man (each
    # needs his title: "brings with him" may be players; "With him come …": come-with-him-titled-staff;
    # not "brought with him": a past move's staff, at a club the sentence may not name)
    R(
        "brings-with-him-staff",
        "appointed",
        r"\b(?:bring|brings|bringing)\s+with\s+(?:him|her|«P\d+»)\s+(?:to\s+(?:«C\d+»|[A-Z]\w+)\s+)?"
        + _AIDE_LIST,
        0.7,
        club_side="after_topic",
    ),
    # "His staff will include his long-time assistant Y", "The new staff include the assistant Y and the
    # goalkeepers coach Z", "The technical staff of X will be composed by the second coach Y": the new
    # man's staff ("included", past, is a staff told before)
    R(
        "new-staff-includes",
        "appointed",
        r"(?<![\w\-])(?:(?:{HIS}|the\s+new)\s+(?:new\s+)?(?:{STAFF_KIND}\s+)?staff|"
        r"the\s+(?:new\s+)?{STAFF}\s+of\s+«P\d+»)\s+(?:will\s+)?"
        r"(?:include|includes|is\s+made\s+up\s+of|is\s+composed\s+of|comprise|consist\s+of|"
        r"be\s+(?:made\s+up|composed|formed)\s+(?:of|by))\s+" + _AIDE_LIST,
        0.7,
        club_side="after_topic",
    ),
    # "X will be joined in Shanghai by Y, his assistant at Marinos", "will bring in Y, his number two at C":
    # the aide named before his title
    R(
        "joined-by-apposed-aide",
        "appointed",
        r"(?:\b(?:be|been|is|are|was|were)\s+joined\s+(?:(?:at|in)\s+(?:the\s+)?(?:«C\d+»|[\w\-]+(?:\s+[\w\-]+){0,2})\s+)?"
        r"by|\b(?:bring|brings|brought|bringing)\s+in)\s+(?P<list>«P\d+»)\s*,\s+(?:his|her|«P\d+»['’]s?)\s+"
        r"(?:former\s+|long-time\s+|long-serving\s+|trusted\s+)?" + _AIDE_NOUN + r"\b",
        0.7,
        club_side="after_topic",
    ),
    # "X was presented to the media on Tuesday alongside his assistant Y": the aide unveiled with him
    R(
        "presented-alongside-aide",
        "appointed",
        r"\b(?:presented|unveiled|introduced)\b(?:[^«.;:!?]|«[CS]\d+»){0,60}?\b(?:alongside|flanked\s+by)\s+"
        r"(?=(?:his|her|«P\d+»['’]s)\s)" + _AIDE_LIST,
        0.7,
        club_side="topic",
    ),
)


# --- succession told by a successor, a place taken, a substitution, a release -------------------------
RULE_KEYS.update(
    {
        "successor-of": ("as successor of", "as the successor of", "new successor of"),
        "came-as-successor": ("successor",),
        "place-taken-by": (
            "place was taken",
            "place has been taken",
            "place had been taken",
            "place is taken",
        ),
        "took-his-place": ("his place", "her place"),
        "substituted-by-coach": ("substituted by",),
        "after-release-of": ("release of",),
        "release-of-coach": ("release of",),
        "followed-who-left": ("followed",),
        "followed-predecessor": ("followed",),
    }
)

_MATCH_PLAY = _NOT_MATCH_PLAY
# "coach X", "manager X": the man named by his coaching role right before him
_ROLE_BEFORE = r"(?:(?<=\bcoach\s)|(?<=\bmanager\s)|(?<=\btrainer\s)|(?<=\bboss\s))"
# "X took his place", "X has taken Y's place"
_TOOK_PLACE = r"«P\d+»(?!'s){HAVE}\s+(?:took|takes|taken|taking)\s+{HIS}\s+place"
# "the Spaniard X", "the interim X": a descriptor between the article and the name
_DESCRIBED = r"(?:the\s+(?:[\w\-]+\s+){1,2}?)?"

RULES += (
    # "as successor of Thomas Reis", "as the successor of Pascal Jansen": the man replaced has gone
    R(
        "successor-of",
        "left",
        r"\bas\s+(?:the\s+)?(?:new\s+|permanent\s+)?successor\s+of\s+" + _DESCRIBED + r"{P}(?!'s)",
        0.7,
        club_side="topic",
    ),
    # "X had come to Bochum from Vitesse as successor of Y", "X took the command in June 2022 as the
    # successor of Y", "X arrives as Y's successor": X took the post
    R(
        "came-as-successor",
        "appointed",
        r"{P}(?!'s){APP}{WHO}{HAVE}\s+(?:came|come|comes|arrived|arrives|arriving|joined|joins|took|takes|"
        r"taken|returned|returns|appointed|named|hired|installed|presented|unveiled)\b"
        r"(?:[^«».;:!?]|«[CS]\d+»){0,100}?\bas\s+(?:the\s+|a\s+)?(?:new\s+|permanent\s+)?"
        r"(?:successor\s+(?:of|to)\s+"
        + _DESCRIBED
        + r"«P\d+»|«P\d+»['’]s?\s+(?:new\s+|permanent\s+)?successor)",
        0.8,
        club_side="after_topic",
    ),
    # "At Legia his place was taken by the Portuguese X", "Y's place has been taken by X": X took the post
    R(
        "place-taken-by",
        "appointed",
        r"{HIS}\s+place\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:\w+ly\s+)?taken\s+by\s+"
        + _MATCH_PLAY
        + _DESCRIBED
        + r"{P}(?!'s)",
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
        + r"{P}(?!'s)",
        0.75,
        club_side="topic",
    ),
    # "had taken over in April after the release of Y" (README: a released coach is dismissed)
    R(
        "after-release-of",
        "dismissed",
        r"(?:\b(?:took|taken|take[sn]?|taking)\s+(?:over|charge)\b|\b(?:appointed|named|installed|coach)\b)"
        r"(?:[^«».;:!?]|«[CS]\d+»){0,80}?\b(?:after|following|since)\s+the\s+release\s+of\s+"
        r"(?:(?:head\s+)?(?:coach|manager|trainer)\s+)?{P}(?!'s)",
        0.75,
        club_side="subject",
    ),
    # "the release of coach Y": the club let its coach go (not a player, nor "released to take over C")
    R(
        "release-of-coach",
        "dismissed",
        r"\brelease\s+of\s+(?:(?:their|its|the)\s+)?(?:head\s+)?(?:coach|manager|trainer)\s+{P}(?!'s)"
        r"(?!\s+from\s+(?:his|her)\s+contract\s+to\b)",
        0.75,
        club_side="subject",
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


# --- backroom staff named by their titles, one or several, and what happens to them ------------------
# a backroom title, singular or plural, incl. translated ones: "co-trainer", "second coach", "the auxiliary",
# "physical trainer", "goalkeeper trainer", "technical collaborator"
_BACKROOM_TITLE = (
    # ("vice": translated "vice-allenatore", not a vice-president or vice-captain)
    r"(?:(?<![\w\-])vice(?![\s\-]*(?:presid|chair|captain))|"
    r"(?:first[\s-]team\s+|first\s+|technical\s+)?(?:assistant|collaborator|auxiliar(?:y|ie))s?"
    r"(?:\s+(?:coach(?:es)?|managers?|trainers?|head\s+coach(?:es)?))?|co-trainers?|co-coach(?:es)?|"
    r"second\s+coach(?:es)?|number\s+twos?|(?:(?:physical|athletic|fitness|conditioning)\s+(?:trainers?|"
    r"coach(?:es)?|preparers?)|goalkeep(?:ing|ers?['’]?)\s+(?:coach(?:es)?|trainers?)|performance\s+coach(?:es)?|"
    r"(?:video\s+|match\s+)?analysts?))"
)
# the words before a title: "the", "his", "Dardai's", "new", "long-time"
_TITLE_WORDS = r"(?:(?:the|his|her|their|its|«P\d+»'s|new|former|long-?time|trusted|also)\s+)*"
# one titled name: "his second coach X", "the physical trainer Y"
_TITLED = _TITLE_WORDS + _BACKROOM_TITLE + r"\s+«P\d+»(?!['’])"
# a list opened by a titled name: "co-trainers A and B", "his second coach A and the physical trainer B"
_TITLED_LIST = r"(?P<list>" + _TITLED + r"(?:" + LIST_SEP + r"(?:" + _TITLED + r"|«P\d+»(?!['’])))*)"
# between the names and their verb: ", who also", ", who were sent home from the Games,", " too"
_STAFF_THEN = (
    r"(?:\s*,\s+who|\s*,(?:[^«.;,]|«[CSP]\d+»){1,80},)?(?:\s+(?:have|has|had|are|were|will|would|also|both|too|all|now|"
    r"then|likewise|as\s+well|each)\b)*"
)
# the club they leave, named right after the verb ("left Bremen", "dismissed by the club C"); else their
# boss's post or the club in view (not a club of an aside: ", who had followed him from Kiel,")
_STAFF_CLUB = r"(?:\s+(?:the\s+)?(?:club\s+)?{C}(?!['’]))?"
# what the staff agree beside their boss's extension: "agreed extensions", "were given new deals", "signed new
# contracts", "extended their deals", "committing to new deals" (each aide his own deal)
_STAFF_NEW_DEALS = (
    r"(?:(?:signed|signing|agreed|agreeing|penned|inked|committed\s+to|committing\s+to|been\s+given|given|"
    r"been\s+handed|handed)\s+(?:an?\s+)?(?:new\s+|fresh\s+|improved\s+|[\w\-]+-year\s+)*"
    r"(?:deals?|contracts?|(?:contract\s+)?extensions?)|(?:extended|renewed)\s+their\s+(?:deals|contracts))\b"
)
_STAFF_DEAL_KEYS = (
    "new deal",
    "new contract",
    "extension",
    "extended their",
    "renewed their",
    "deals",
    "contracts",
    "-year",
)
_STAFF_DEAL_CLUB = r"(?:\s+(?:with|at)\s+(?:the\s+)?{C}(?!['’]))?"
RULE_KEYS.update(
    {
        "titled-staff-sacked": (
            "must go",
            "have to go",
            "has to go",
            "had to go",
            "sacked",
            "dismissed",
            "fired",
            "relieved",
            "released",
            "axed",
            "let go",
        ),
        "titled-staff-left": ("leave", "left", "depart", "exit", "quit"),
        "titled-staff-extended": _STAFF_DEAL_KEYS,
        "as-has-titled-staff-extended": ("as has ", "as have ", "as did ", "as had "),
        "arrived-with-titled-staff": ("accompanied by", "along with", "together with"),
        # ("With Oddo will arrive the collaborator A": the boss by name)
        "come-with-him-titled-staff": ("with him", "with her", "come", "came", "arrive", "move"),
        "accompanied-by-titled-staff": ("accompanied", "assisted", "supported", "flanked"),
        "bring-as-staff": _BRING_KEYS,
        "works-with-aide-as-title": ("work with",),
    }
)
RULES += (
    # "Also the co-trainers A and B must go", "assistant X and analyst Y were also dismissed": each aide
    R(
        "titled-staff-sacked",
        "dismissed",
        _TITLED_LIST + _STAFF_THEN + r"\s+(?:(?:must|have\s+to|has\s+to|had\s+to)\s+(?:also\s+)?go\b|"
        r"(?:been\s+|be\s+)?(?:sacked|dismissed|fired|relieved\s+(?:of|from)|released|axed|let\s+go)\b(?:\s+by)?)"
        + _STAFF_CLUB,
        0.7,
        club_side="tag",
    ),
    # "his second coach A and the physical trainer B, who also leave the club", "assistant X has left too"
    R(
        "titled-staff-left",
        "left",
        _TITLED_LIST
        + _STAFF_THEN
        + r"\s+(?:(?:will|to)\s+)?(?:leave|leaves|left|depart|departs|departed|exit|"
        r"exits|exited|quit|quits)\b" + _STAFF_CLUB,
        0.7,
        club_side="tag",
    ),
    # "assistant A and goalkeeping coach B have also agreed extensions", "…, with assistant A also committing
    # to a new deal": each aide extends his own deal beside his boss
    R(
        "titled-staff-extended",
        "extended",
        _TITLED_LIST + _STAFF_THEN + r"\s+" + _STAFF_NEW_DEALS + _STAFF_DEAL_CLUB,
        0.7,
        club_side="tag",
    ),
    # "X has agreed a new deal, as has goalkeeping coach B", "…, as did assistant A": the aide's deal told
    # by the boss's
    R(
        "as-has-titled-staff-extended",
        "extended",
        r"\b(?:deals?|contracts?|extensions?)\b(?:[^«.;:!?]|«[CS]\d+»){0,40}?,\s+as\s+(?:has|have|did|had)\s+"
        + _TITLED_LIST,
        0.7,
        club_side="tag",
    ),
    # "X had arrived with a contract until June, accompanied by his second coach A and the physical
    # trainer B": the aides came with him
    R(
        "arrived-with-titled-staff",
        "appointed",
        r"\b(?:arrived|arrives|arrive|came|comes|landed|lands|joined|joins)\b{GAP}"
        r"(?:accompanied\s+by|(?:along|together)\s+with)\s+" + _TITLED_LIST,
        0.7,
        club_side="after_topic",
    ),
    # "With him come the assistant A and the goalkeeping coach B", "With him in Amsterdam arrives the vice A":
    # the aides arriving with the new man
    R(
        "come-with-him-titled-staff",
        "appointed",
        r"\bwith\s+(?:him|her|«P\d+»)(?:\s+(?:in|to|at)\s+(?:«C\d+»|(?-i:[A-Z][\w\-]+)))?\s+(?:will\s+)?(?:also\s+)?"
        r"(?:come|comes|came|arrive|arrives|arrived|"
        r"move|moves|moved)\s+" + _TITLED_LIST,
        0.7,
        club_side="after_topic",
    ),
    # "X will be accompanied (in his technical command) by the assistant A and the physical trainer B":
    # the new man's aides, each with his own title
    R(
        "accompanied-by-titled-staff",
        "appointed",
        r"\b(?:will|is\s+to|are\s+to|shall)\s+be\s+(?:accompanied|assisted|supported|flanked)\s+"
        r"(?:in\s+(?:{HIS}|the)\s+(?:[\w\-]+\s+){0,3}?)?by\s+" + _TITLED_LIST,
        0.7,
        club_side="after_topic",
    ),
    # "brings Ilija Aracic as co-trainer with him", "took A and B with him as assistant coaches": his aides
    R(
        "bring-as-staff",
        "appointed",
        # ("will bring in X, his assistant at Motherwell, as his number two": the aide's old post aside)
        r"\b(?:bring|brings|brought|bringing|take|takes|took|taking)\s+(?:with\s+(?:him|her|«P\d+»)\s+)?"
        + _COMPATRIOT_AIDE  # "brings with him his compatriot Y as assistant coach"
        + _PEOPLE_LIST
        + r"(?!['’])"
        r"(?:\s*,\s+{HIS}\s+(?:[^,«.;]|«[CS]\d+»){1,50},)?\s+(?:with\s+(?:him|her|«P\d+»)\s+)?as\s+"
        r"(?:(?:the|an?|new|{HIS})\s+)*" + _BACKROOM_TITLE + r"\b",
        0.7,
        club_side="after_topic",
    ),
    # "The Israeli will work with his compatriot Y as second assistant": the aide named before his title
    # (the boss is the subject; "will work with X as head coach" names no aide)
    R(
        "works-with-aide-as-title",
        "appointed",
        r"\b(?:will|is\s+to|is\s+set\s+to)\s+work\s+with\s+"
        + _COMPATRIOT_AIDE
        + r"(?P<list>«P\d+»)(?!['’])\s+as\s+"
        r"(?:(?:the|an?|new|second|{HIS})\s+)*" + _BACKROOM_TITLE + r"\b",
        0.7,
        club_side="after_topic",
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
        ),
        "left-place-to-coach": ("to train", "to coach", "to manage", "to lead", "to direct", "to take"),
        "expect-him-to-be": ("expect",),
    }
)
RULES += (
    # "Y, who was sacked in October, having joined from Cove Rangers in 2022": he left Cove Rangers
    R(
        "having-joined-from",
        "left",
        _HAVING + r"(?:joined|arrived|come|moved|switched)" + _ARRIVAL_GAP + _FROM_CLUB,
        0.75,
        club_side="tag",
    ),
    # "X had only been appointed in June, arriving from London City Lionesses", "X took charge of C in
    # June, coming from Al-Duhail": the participle tells where the sentence's subject came from
    R(
        "subject-arriving-from",
        "left",
        r"^(?:[^«.;:!?]{0,40},\s+)?{P}(?!'s)(?:[^«.;:!?]|«[CS]\d+»|«P\d+»'s){0,120}?,\s+(?:coming|arriving)\s+"
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
    # "the Portuguese X, formerly of Motor Lublin", "X, formerly of Getafe and Elche": past posts (a
    # player's too: needs support); the list reader takes each club
    R(
        "formerly-of",
        "in_charge",
        r"{P},\s+(?:formerly|previously)\s+(?:of|with|at)\s+(?=(?:the\s+)?{CDESC}«C\d+»(?!['’]))",
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


# --- several coaches named in one breath: counted, listed after a predecessor, helping in a spell --------
# a list of names (two or more, the last after "and" / "and now"): "A, B, C and now D"
_NAME_LIST = (
    r"(?P<list>«P\d+»(?!['’])(?:\s*,\s*«P\d+»(?!['’]))*\s*,?\s+and\s+(?:now\s+|finally\s+)?«P\d+»(?!['’]))"
)
_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# a name in a list of aides, with its own apposition: "A, the Crystal Palace coach,"
_AIDE_ITEM = r"«P\d+»(?!['’])(?:\s*,\s+(?:the|a|an|his|her)\s+(?:[^«.;,]|«[CS]\d+»){1,40}?(?=\s*,))?"
RULE_KEYS.update(
    {
        "counted-coaches-list": ("had", "worn out", "wore out", "through", "used", "employed"),
        "nth-to-lead-after": ("after",),
        "whose-reign": ("whose",),
        "helped-in-spell-by": ("assisted", "helped", "supported", "flanked"),
        "part-of-staff-along-with": ("part of",),
    }
)
RULES += (
    # "has worn out five trainers in two years with A, B, C, D and now E", "has had four managers since 2020:
    # A, B, C and D", "went through three coaches — A, B and C": each coached the club
    R(
        "counted-coaches-list",
        "in_charge",
        r"\b(?:had|worn\s+out|wore\s+out|(?:gone|went|got|burned|burnt|churned)\s+through|used|employed)\s+"
        r"(?:a\s+total\s+of\s+)?"
        + _COUNT_WORD
        + r"\s+(?:different\s+)?(?:head\s+)?(?:coaches|managers|trainers|"
        r"bosses)\b(?:[^«.;:!?]|«[CS]\d+»){0,60}?(?:\s*[:—–]\s*|\s+-\s+|\s+with\s+|\s+(?:in|including|namely)\s+|"
        r"\s*,\s*)" + _NAME_LIST,
        0.6,
        club_side="near",
    ),
    # "He becomes the second South Korean to lead Vietnam after Park Hang-seo", "the third foreign coach of
    # C after A and B": the coaches before him at that club
    R(
        "nth-to-lead-after",
        "in_charge",
        r"\bthe\s+" + _ORDINAL + r"\s+(?:[\w\-]+\s+){0,2}?(?:to\s+(?:lead|coach|manage|take\s+charge\s+of)|"
        r"(?:coach|manager|trainer|boss)\s+(?:of|at))\s+(?:the\s+)?{C}\s+after\s+" + _UNOWNED_PEOPLE_LIST,
        0.65,
        club_side="tag",
    ),
    # "after Park Hang-seo, whose five-year reign from October 2017 brought …": his spell in charge
    R(
        "whose-reign",
        "in_charge",
        r"{P}\s*,\s+whose\s+(?:[\w\-]+\s+){0,3}?(?:reign|tenure|spell\s+in\s+charge|stint\s+in\s+charge)\b",
        0.6,
        club_side="near",
    ),
    # "X was helped during the interim period by A, the C coach, and B": his aides in that spell
    R(
        "helped-in-spell-by",
        "in_charge",
        r"\b(?:was|were|had\s+been|has\s+been|is|are)\s+(?:assisted|helped|supported|flanked)\s+"
        r"(?:in|during|through|throughout|for)\s+(?:the|that|this|{HIS})\s+(?:\w+\s+)?(?:interim|caretaker|"
        r"temporary)?\s*(?:period|spell|stint|tenure|reign|role|job)\s+by\s+"
        r"(?P<list>" + _AIDE_ITEM + r"(?:" + LIST_SEP + _AIDE_ITEM + r")*)",
        0.6,
        role="assistant_coach",
        club_side="topic",
    ),
    # "Aimar will remain part of the staff, along with former World Cup defenders A and B": all on the staff
    R(
        "part-of-staff-along-with",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:(?:will|to)\s+)?(?:remain|remains|stay|stays|continue|continues|be|is|are)\s+"
        r"(?:a\s+)?part\s+of\s+(?:the|his|her|«P\d+»'s)\s+(?:{STAFF_KIND}\s+)?staff"
        r"(?:\s*,?\s+(?:along|together)\s+with\s+(?:(?:former|ex-)\s*(?:[\w\-]+\s+){0,3}?)?"
        + _UNOWNED_PEOPLE_LIST
        + r")?",
        0.6,
        role="assistant_coach",
        club_side="topic",
    ),
)


# --- joining or serving on a coach's staff, told in translated words ------------------------------------
# "… to Y's coaching staff (at C)", "… to the backroom team": onto a coach's staff
_TO_STAFF = (
    r"\s+to\s+(?:the\s+|{HIS}\s+|«P\d+»['’]s?\s+)(?:(?:first-team|senior|new)\s+)?"
    r"(?:{STAFF}|staff)\b(?:\s+(?:at|of)\s+(?:the\s+)?{C})?"
)
# the body of aides around a head coach: "the (new) technical commission", "his coaching staff"
_STAFF_BODY = (
    r"(?:the|his|her|«P\d+»'s)\s+(?:new\s+)?(?:{STAFF_KIND}\s+(?:commission|committee|staff|"
    r"team|body)|staff)\b"
)
RULE_KEYS.update(
    {
        "joins-staff-body": ("integrat", "join", "enter", "complet", "part of"),
        "joins-staff-of-club": ("staff of", "staff at", "team of", "team at"),
        "added-to-staff": ("staff", "team"),
        "added-to-staff-passive": ("added to",),
        "staff-of-will-enter": ("staff of",),
        "working-as-aide": ("working as", "works as", "serving as", "serves as"),
    }
)
RULES += (
    # "The auxiliary X, old partner of Y, also integrates the new technical commission", "X, who joins the
    # coaching staff", translated "analyst X completes the technical team", "X will also be part of the
    # technical body": he comes onto the staff (not "returns to the staff": a stand-in going back)
    R(
        "joins-staff-body",
        "appointed",
        # (an apposition may end on another man: "X, old partner of Felipão, also joins …")
        # (", who joined the staff under Y": a past step, told aside; his post now may be elsewhere)
        r"{P}(?:{APP}|\s*,[^,«.;]{1,60}«P\d+»,)?(?:\s*,\s+who(?=\s+(?:also\s+)?(?:joins|enters|integrates|completes)\b))?"
        r"{HAVE}\s+(?:(?:will|to)\s+)?(?:also\s+)?(?:integrates?|integrated|"
        r"integrating|joins|joined|enters|entered|completes?|completed|be\s+(?:a\s+)?part\s+of)"
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
        + _BACKROOM_TITLE
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
# "X, until now trainer of the under-23 team,", "X, until recently coach of C's reserves": a post he leaves
_UNTIL_NOW_TITLE = (
    r"{P},\s+(?:until|till|up\s+to)\s+(?:now|recently|today|this\s+week)\s+(?:the\s+)?{ROLE}\s+(?:of|at)\s+"
    r"(?:the\s+|«C\d+»['’]s?\s+)?{S}"
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
        "the-role-of-squad-person": ("coach of", "trainer of", "technician of", "manager of", "boss of"),
    }
)
RULES += (
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
        r"\bthe\s+(?:head\s+)?(?:coach|trainer|technician|manager|boss)\s+of\s+(?:the\s+|«C\d+»['’]s?\s+)?{S}"
        r"(?:\s+of\s+«C\d+»)?,\s+{P}",
        0.7,
        club_side="tag",
    ),
)


# --- train7 phrasings: refusals told after an apposition, … -----------------------------------------
# "Bayern's first choice, Leverkusen coach Xabi Alonso, rejected the club's approach": the man closing the
# apposition turned down the offer (an approach or offer must follow: "X, rejected by C" is no refusal)
_CLOSING_APPOSITION_REJECTED = (
    r"{P},\s+(?:\w+ly\s+)?(?:rejected|turned\s+down|rebuffed|snubbed|declined|knocked\s+back)\s+"
    r"(?:an?|the|their|its|the\s+club['’]s|«C\d+»['’]s?)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:approach|offer|advances|overtures|proposal|bid)\b"
)
# "X, …, where he had several passages, and also commanded A, B and C": a second verb of the sentence's
# subject (the first man named), however long the clause before it; the adverb marks it as his career
_AND_ALSO_COACHED = (
    r"\band\s+(?:also|later|then|subsequently|afterwards)\s+(?:coached|managed|commanded|directed|trained)\s+"
    r"(?=(?:the\s+)?«C\d+»)"
)
RULE_KEYS.update(
    {
        "and-also-coached-list": ("and also", "and later", "and then", "and subsequently", "and afterwards"),
        "apposition-rejected-approach": (
            "rejected",
            "turned down",
            "rebuffed",
            "snubbed",
            "declined",
            "knocked back",
        ),
    }
)
RULES += (
    R("and-also-coached-list", "in_charge", _AND_ALSO_COACHED, 0.65, club_side="list", needs_club=True),
)
RULES += (
    R(
        "apposition-rejected-approach",
        "offer_declined",
        _CLOSING_APPOSITION_REJECTED,
        0.75,
        club_side="declined",
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
RULES += (
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
RULES += (
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
RULES += (
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
    # with Y": the club's act; not a relative clause's own subject)
    R(
        "before-succeeding-him",
        "appointed",
        r"{P}(?!['’]s)(?:(?!,?\s+(?:who|whom|which|whose)\b)(?:[^.;«:]|«[CP]\d+»)){0,120}?"
        r"(?:\s+before|,?\s+and(?:\s+then|\s+later|\s+eventually)?)\s+"
        r"(?P<t>succeeding|succeeded|replacing|replaced)\s+«P\d+»(?!['’]|\s+(?:with|by)\b)",
        0.7,
        club_side="near",
    ),
)

# --- gossip columns and club statements: refusals told of the club, wishes, lists, deals ---------------
# what a club's approach is called: "C's approach (for him)", "their offer", "the Reds' advances"
_APPROACH_NOUN = r"(?:approach|offer|bid|advances|overtures?|proposal|enquiry|inquiry)"
# "C have been rejected / snubbed by X", "C's approach was turned down by the Dutchman": the club asked,
# he said no (the auxiliary is required: "X, rejected by C" is told the other way round)
_REJECTED_BY = (
    r"{C}(?:['’]s?\s+(?:\w+\s+){0,2}?" + _APPROACH_NOUN + r"(?:\s+for\s+(?:him|her|«P\d+»))?)?"
    r"(?:\s+(?:have|has|had|also|reportedly|now|already))*\s+(?:been|were|was)\s+(?:\w+ly\s+)?"
    r"(?:rejected|snubbed|rebuffed|turned\s+down|knocked\s+back|spurned)\s+by\s+(?:the\s+(?:[\w\-]+\s+){0,3}?)?{P}"
)
# "C want / are considering / are eyeing X", "C are keen on X": the club's wish for a man, told whole
# (not "want X to stay": the words after the name close the clause or tell the post)
_CLUB_WANTS = (
    r"{C}(?:\s+(?:are|is|have|has|had|were|was|been|also|reportedly|now|already|seriously|strongly))*\s+"
    r"(?:considering|eyeing|monitoring|chasing|pursuing|targeting|keen\s+on|interested\s+in|"
    r"weighing\s+up|want|wants|eye|eyes|covet|covets|"
    # tabloid: "have set their sights on X", "are plotting a swoop for X", "have lined up X as their boss"
    r"set\s+(?:their|its)\s+sights\s+on|plotting\s+(?:a\s+)?(?:swoop|move|raid)\s+for|lined\s+up)\s+"
    r"(?:(?:appointing|hiring|a\s+move\s+for)\s+)?"
    r"(?:(?:the\s+)?(?:former\s+)?(?:«C\d+»['’]?s?\s+)?(?:head\s+)?(?:coach|manager|boss)\s+)?{P}(?!['’])"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:as|and|but|after|for\s+the|to\s+(?:replace|succeed|take|become|lead)))"
)
# "X is wanted by (the) …", "has been targeted by …": a club's interest in the man, up to the club
_WANTED_BY_START = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|reportedly|strongly|being)\s+)*(?:wanted|coveted|admired|pursued|chased|"
    r"targeted|courted|tracked)\s+by\s+(?:the\s+)?{CDESC}"
)
# "X is wanted by C", "is also on C's radar": the press names a club's candidate
_WANTED_BY = _WANTED_BY_START + r"{C}"
# "X heads / tops the list", "is top of their shortlist", "heads the list of candidates": the first name
_HEADS_LIST = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|reportedly|now)\s+)*(?:(?:heads?|headed|heading|tops?|topped|topping)|"
    r"(?:is|are|was|remains|sits)\s+(?:at\s+)?(?:the\s+)?(?:top|head)\s+of)\s+"
    r"(?:the|a|their|its|«C\d+»['’]?s?)\s+(?:\w+\s+)?(?:shortlist|list|wish\s*list|wishlist|list\s+of\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:candidates|targets|contenders|names|options|replacements|successors))\b"
)
# "C tied (manager) X (down) to a new long-term deal": a club keeping its coach
_TIED_TO_DEAL = (
    r"\b(?:tied|ties|tie|tying)\s+(?:(?:head\s+)?(?:coach|manager|boss)\s+)?{P}(?:\s+down)?\s+to\s+"
    r"(?:an?\s+)?(?:new|fresh|improved|long-term|longer|[\w\-]+-year)\s+(?:[\w\-]+\s+){0,2}?(?:contract|deal)\b"
)
# "C agreed a contract extension / a new deal with (head coach) X"
_AGREED_EXTENSION_WITH = (
    r"\b(?:agreed?|agreeing|reached)\s+(?:an?\s+|the\s+)?(?:(?:[\w\-]+\s+){0,2}?(?:contract\s+)?extension|"
    r"(?:new|fresh|improved)\s+(?:[\w\-]+\s+){0,2}?(?:contract|deal)|(?:agreement|deal)\s+(?:on|over)\s+"
    r"(?:a|an)\s+(?:new\s+contract|(?:contract\s+)?extension))\s+with\s+" + _STAFF_WORDS + r"{P}"
)
# "goalkeeping coach X follows him from Burnley", "brings his assistant X with him from Feyenoord": the
# aide leaves the club he came from
_FOLLOWS_FROM = (
    r"(?<!\bof\s){P}(?:\s+and\s+{P2})?\s+(?:will\s+|also\s+|has\s+|have\s+|is\s+set\s+to\s+|are\s+set\s+to\s+)*"
    r"(?:follow(?:s|ed|ing)?|join(?:s|ed)?|accompan(?:y|ies|ied))\s+(?:«P\d+»|him|her)\s+from\s+(?:the\s+)?{C}"
)
_BROUGHT_FROM = (
    r"\b(?:bring|brings|brought|bringing|take|takes|took|taking)\s+{HIS}\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:assistants?|number\s+two|coach(?:es)?|staff)\s+{P}(?:\s+and\s+{P2})?(?:\s+with\s+(?:him|her|«P\d+»))?"
    r"\s+from\s+(?:the\s+)?{C}"
)
# "The backroom team of A and B also depart", "his coaching staff, A and B, leave with him": each aide
_STAFF_OF_LIST = (
    r"\b(?:the|his|her|their|«P\d+»['’]s)\s+{STAFF}\s*,?\s+"
    r"(?:of|comprising|including|made\s+up\s+of|featuring)?\s*"
    + _PEOPLE_LIST
    + r"\s*,?(?:\s+(?:have|has|had|are|were|will|would|also|both|too|all|now|then|likewise|as\s+well)\b)*"
)
# "X has left C along with head coach Y": the man named by his title goes too
_LEFT_ALONG_WITH_COACH = (
    r"\b(?:left|leaves|leave|leaving|departed|departs|depart|exited|exits|quit|quits)\b"
    r"(?:[^«.;:!?]|«[CS]\d+»){0,60}?\b(?:along|together)\s+with\s+(?:the\s+)?(?:(?:head|first-team|chief)\s+)?"
    r"(?:coach|manager|boss)\s+{P}"
)
_REFUSE_KEYS = ("rejected by", "snubbed by", "rebuffed by", "turned down by", "knocked back by", "spurned by")
# "the backroom staff of X: A, B and C": keys of both staff-of-list rules
_STAFF_LIST_KEYS = ("backroom", "coaching staff", "coaching team", "technical staff", "technical team")
RULE_KEYS.update(
    {
        "club-rejected-by": _REFUSE_KEYS,
        "club-rejected-by-offer": _REFUSE_KEYS,
        "club-wants": (
            "considering",
            "eyeing",
            "monitoring",
            "chasing",
            "pursuing",
            "targeting",
            "keen on",
            "interested in",
            "weighing up",
            "want",
            "eye",
            "covet",
            "sights on",
            "swoop for",
            "move for",
            "raid for",
            "lined up",
        ),
        "wanted-by": _WANTED_BY_KEYS,
        "heads-the-list": (
            "heads ",
            "headed ",
            "heading ",
            "tops ",
            "topped ",
            "topping ",
            "top of",
            "head of the",
            "head of their",
        ),
        "tied-to-deal": ("tied", "ties", "tie ", "tying"),
        "agreed-extension-with": ("agree", "reached"),
        "follows-from": ("follow", "join", "accompan"),
        "brought-from": _BRING_KEYS,
        "staff-of-list-left": _STAFF_LIST_KEYS,
        "staff-of-list-sacked": _STAFF_LIST_KEYS,
        "left-along-with-coach": _ALONG_WITH_KEYS,
    }
)
RULES += (
    R("club-rejected-by", "offer_declined", _REJECTED_BY, 0.75, club_side="tag"),
    R("club-rejected-by-offer", "offer", _REJECTED_BY, 0.7, club_side="tag"),
    R("club-wants", "linked", _CLUB_WANTS, 0.5, club_side="tag"),
    R("wanted-by", "linked", _WANTED_BY, 0.5, club_side="tag"),
    R("heads-the-list", "linked", _HEADS_LIST, 0.5, club_side="after_topic"),
    R("tied-to-deal", "extended", _TIED_TO_DEAL, 0.8, club_side="before"),
    R("agreed-extension-with", "extended", _AGREED_EXTENSION_WITH, 0.8, club_side="before"),
    R("follows-from", "left", _FOLLOWS_FROM, 0.65, club_side="tag"),
    R("brought-from", "left", _BROUGHT_FROM, 0.65, club_side="tag"),
    R(
        "staff-of-list-left",
        "left",
        _STAFF_OF_LIST
        + r"\s+(?:(?:will|to)\s+)?(?:leave|leaves|left|depart|departs|departed|exit|exits|exited|"
        r"go|goes|gone|quit|quits)\b" + _STAFF_CLUB,
        0.7,
        club_side="tag",
    ),
    R(
        "staff-of-list-sacked",
        "dismissed",
        _STAFF_OF_LIST
        + r"\s+(?:been\s+|be\s+)?(?:sacked|dismissed|fired|axed|let\s+go)\b(?:\s+by)?"
        + _STAFF_CLUB,
        0.7,
        club_side="tag",
    ),
    R("left-along-with-coach", "left", _LEFT_ALONG_WITH_COACH, 0.7, club_side="near"),
)


# --- tabloid and wire idioms of the common events --------------------------------------------------
# "C showed X the door", "C have given X the sack / the boot / the chop": the club's act, told as an idiom
_SACK_IDIOM_NOUN = r"(?:sack|boot|axe|chop|push|bullet|heave-ho)"
# "stepped up on an interim basis", "steps up as caretaker manager", "will step up to take interim charge of
# C / to lead the first team": a stand-in taking the team (not "steps up from the U23s", a promotion)
_STEP_UP_STAND_IN = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:will|is\s+to|has\s+agreed\s+to)\s+)?(?:steps|stepped|step|stepping)\s+up\s+"
    r"(?:on\s+an?\s+(?:interim|temporary|caretaker)\s+basis|as\s+(?:the\s+)?(?:interim|caretaker|acting|temporary)\s+"
    r"(?:head\s+coach|manager|coach|boss)|to\s+(?:take|assume)\s+(?:interim|temporary|caretaker)\s+charge|"
    r"to\s+(?:lead|take\s+charge\s+of)\s+(?:the\s+)?(?:first[\s-]team|senior\s+(?:team|side)|side|team|«[CS]\d+»)"
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
RULES += (
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
RULES += (
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


# --- a coach's earlier spells told in passing -----------------------------------------------------
# "before a brief stint at QPR", "after a short spell in Belgium with Sint-Truiden", "before spells with
# Libya and Botswana": the spells a career sentence runs through (a player's too: see `_SPELL_LIST_RULES`);
# its subject named before, not the man a verb took as its object ("He replaced Y, after a spell at C")
_SPELL_ADJ = (
    r"(?:brief|short|short-lived|successful|unsuccessful|ill-fated|disappointing|difficult|underwhelming|"
    r"previous|first|second|\w+-month|\w+-year|\w+-season|two|three)"
)
_BEFORE_A_SPELL = (
    _NOT_AN_OBJECT
    # ("He replaced compatriot Y in Yokohama, after a spell with C": the subject's spell, not Y's)
    + r"(?<!compatriot\s)(?<!countryman\s)"
    r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»|(?<=compatriot\s)«P\d+»|(?<=countryman\s)«P\d+»){0,160}?\b(?:before|after|followed\s+by|then)\s+(?:a|an|his|her|two|three|"
    r"several)?\s*(?:" + _SPELL_ADJ + r"\s+)*(?:spells?|stints?)\s+"
    r"(?:(?:in\s+(?:interim\s+|caretaker\s+)?charge|as\s+(?:(?:head|interim|caretaker)\s+)?(?:coach|manager|boss))\s+)?"
    # ("in Belgium with C": the country on the way, untagged)
    r"(?:at|with|of|in\s+(?:[A-Z][\w\-]+\s+)?with)\s+"
)
# "X lasted less than five months at Chelsea", "lasted just 77 days in charge of C", "Gattuso lasted less
# than five months" (the club in view): the spell told by its shortness (a player lasts at a club too)
_LASTED = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:only|just|barely)\s+)?lasted\s+"
    r"(?:(?:only|just|barely|less\s+than|under|fewer\s+than|little\s+more\s+than|(?:a\s+)?(?:little\s+)?over|"
    r"around|about|nearly|almost|a\s+mere)\s+)*(?:a|an|one|\w+|\d+)(?:\s+and\s+a\s+half)?\s+"
    r"(?:days?|weeks?|months?|years?|seasons?|games?|matches)\b"
    r"(?:\s+in\s+(?:charge|the\s+(?:job|role|post|dugout|hot\s+seat)))?"
)
_LASTED_END = (
    r"(?=\s*(?:[.;!?]|$|,\s+(?:and|but|winning|losing|having)\b|"
    r"\s+in\s+(?:his|her|«P\d+»['’]s?)\s+\w+\s+(?:spell|stint)\b))"
)
# "Toppmoller's only senior head coaching job came at F91 Dudelange", "His only other managerial post was at
# Luton", "Roy's only experience as a head coach had come at his former club Nice": a coach's earlier post
_ONLY_JOB_CAME = (
    r"{P}['’]s?\s+(?:only|sole|one|first|previous|other)\s+(?:(?:other|previous|senior|permanent|full-time|club|"
    r"first-team)\s+)*(?:(?:head[\s-]coaching|managerial|coaching|management|club)\s+(?:job|role|post|position|"
    r"experience|appointment|spell|stint)|(?:job|role|post|experience|spell|stint)\s+as\s+(?:an?\s+)?"
    r"(?:head\s+coach|manager|coach))\s+(?:had\s+|has\s+)?(?:came|come|was|were|been)\s+(?:at|with|in\s+charge\s+of)\s+"
    r"(?:(?:his|her|«P\d+»['’]s?)\s+(?:former|old|hometown|boyhood)\s+club\s+)?(?:the\s+)?{CDESC}{C}"
)
RULE_KEYS.update(
    {
        "before-a-spell-at": _SPELL_KEYS,
        "lasted-at": ("lasted",),
        "lasted-in-view": ("lasted",),
        "only-job-came-at": ("only", "sole", "previous", "other"),
        "having-led-to": ("having",),
        "and-was-coach-of": ("and ",),  # (a word start: ", and" too)
        "and-was-clubs-coach": ("and ",),  # (a word start: ", and" too)
    }
)
RULES += (
    R("before-a-spell-at", "in_charge", _BEFORE_A_SPELL, 0.6, club_side="list", needs_club=True),
    R(
        "lasted-at",
        "in_charge",
        # (the clause ends there: "lasted under seven months at C after succeeding Y", "…, who replaced him
        # with Z" tell the spell by its events)
        _LASTED + r"\s+(?:at|with|in\s+charge\s+of)\s+(?:the\s+)?{C}" + _LASTED_END,
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
        r"(?<!with\s)(?<!under\s)(?<!alongside\s)"
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
        r"(?<!with\s)(?<!under\s)(?<!alongside\s)"
        r"{P}(?!['’]s)(?:[^«.;:!?]|«[CS]\d+»){0,160}?,?\s+and\s+"
        r"(?:(?:also|later|then|previously|once|briefly)\s+)*"
        r"(?:was|has\s+been|had\s+been|served\s+as)\s+(?:(?:also|later|then|previously|once|briefly)\s+)*"
        r"{C}['’]s?\s+(?:(?:interim|caretaker|head)\s+)?(?:coach|manager|boss)\b(?!\s+of\s+the\s+(?:year|month|season))",
        0.6,
        club_side="tag",
    ),
)


# --- hedged and refused events: approaches told through the coach's club, bids, lists, favourites -----------
# a coach's post named before him: "their coach", "Ipswich manager", "former Orlando Pirates boss"
_COACH_TITLE_BEFORE = (
    r"(?:(?:their|its|the)\s+)?(?:(?:former|ex-)\s*)?(?:«C\d+»['’]?s?\s+)?(?:[A-Z][\w\-]+\s+)?"
    r"(?:(?:head|chief)\s+)?(?:coach|manager|boss|tactician|trainer)\s+"
)
# the sentence goes on to tell a coach's job ("…, but the Lariani refused to let their coach go")
_COACH_CUE_AHEAD = (
    r"(?=«P\d+»(?:[^.;!?]|«[CPS]\d+»)*?\b(?:coach|manager|boss|tactician|job|post|vacancy|bench|dugout|"
    r"hot\s+seat|replace|succeed|successor|take\s+over|take\s+charge|in\s+charge|appoint|appointed|named)\b)"
)
# "Bayern first approached Como for Cesc Fàbregas", "Burnley contacted Anderlecht about their coach X": the
# suitor (the clause's subject) asked the coach's club
_APPROACHED_CLUB_FOR = (
    r"{C}(?:\s+(?:have|has|had|first|initially|also|reportedly|already|then|\w+ly))*\s+(?:approached|contacted|asked|sounded\s+out|made\s+contact\s+with|held\s+talks\s+with)\s+(?:the\s+)?{CDESC}"
    r"«C\d+»\s+(?:(?:first|initially|last\s+\w+|on\s+\w+day)\s+)?(?:for|about|over|regarding)\s+"
    r"(?:(?:the\s+)?(?:availability|services)\s+of\s+)?(?:"
    + _COACH_TITLE_BEFORE
    + r"|"
    + _COACH_CUE_AHEAD
    + r"){P}"
)
# "C have been knocked back in their bid for X", "C failed with an approach for X", "C's move for boss X":
# the club's approach named by a noun (a player needs no coach's title or job: "bid for striker X")
# (a bid only weighed up or planned is a rumour: "are weighing up a move for X", "are preparing a bid")
_PLANNED_BID = (
    r"(?!(?:[a-z]+\s+){0,3}?(?:weigh|consider|plan|prepar|mull|ponder|set\s|expect|ready|poised|likely|"
    r"could|may|might|would|will))"
)
_CLUBS_BID_FOR = (
    r"{C}(?:['’]s?\s+|(?:\s+(?:have|has|had|were|was|are|is|been|also|reportedly|already|now|then|first))*\s+"
    + _PLANNED_BID
    + r"(?:[a-z]+\s+){1,4}?(?:their|its|an?)\s+)(?:[\w\-]+\s+){0,2}?(?:approach|bid|offer|attempt|"
    r"enquiry|inquiry)\s+(?:for|to\s+(?:sign|lure|hire|appoint|land|prise|prize|poach|tempt))\s+"
    r"(?:" + _COACH_TITLE_BEFORE + r"|" + _COACH_CUE_AHEAD + r"){P}(?!['’]s?\s)"
)
# "X is in pole position for the C job / to replace Y": the leading candidate
_POLE_POSITION = r"{P}{APP}{WHO}{HAVE}\s+(?:now\s+|firmly\s+|still\s+)?in\s+pole\s+position\s+(?=for|to)"
# "C identified X as their preferred candidate / top target to replace Y", "earmarked X as successor"
# (a player is a "target" too: the target is told with the post)
_IDENTIFIED_AS = (
    r"\b(?:identified|earmarked|pinpointed|singled\s+out|installed|named)\s+(?:"
    + _COACH_TITLE_BEFORE
    + r")?{P}\s+as\s+"
    r"(?:(?:their|its|the|«C\d+»['’]s?)\s+)?(?:[\w\-]+\s+){0,2}?(?:candidate|successor|replacement|"
    r"(?:target|choice|option|man)\s+(?=(?:to\s+(?:replace|succeed|take\s+over|lead|become)|for\s+the\s+"
    r"(?:[\w\-]+\s+)?(?:job|post|role|vacancy|position|hot\s+seat))\b))"
)
# "Sunderland added X to their shortlist / the list of candidates" (not a transfer list)
_ADDED_TO_LIST = (
    r"\b(?:added|adds|add|adding|put|puts|placed|places)\s+(?:" + _COACH_TITLE_BEFORE + r")?{P}\s+to\s+"
    r"(?:the|their|its|a|«C\d+»['’]s?)\s+(?:(?:managerial|coaching|head\s+coach)\s+)?(?:shortlist|short\s+list|"
    r"list\s+of\s+(?:[\w\-]+\s+)?(?:candidates|contenders|names|options|successors|replacements))\b"
)
# "X is keen on the Watford job", "is understood to be interested in the vacant Celtic post", "would be open
# to the job at C": the man's wish for a coaching post (a move or return could be a player's)
_KEEN_ON_JOB = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:understood|said|believed|thought|reported|known|reportedly)\s+(?:to\s+be\s+)?)?"
    r"(?:(?:very|really|also|particularly)\s+)?(?:keen\s+on|interested\s+in|open\s+to|tempted\s+by|attracted\s+by|"
    r"eager\s+to\s+take)\s+(?:the\s+)?(?:(?:vacant|vacancy|open)\s+)?(?:(?:job|post|role|position|vacancy)\s+"
    r"(?:at|with|of)\s+(?:the\s+)?(?=«C)|(?=«C\d+»\s+(?:«S\d+»\s+)?(?:job|post|role|position|vacancy|hot\s+seat)\b)){C}"
)
# "Kieran McKenna has been targeted by Chelsea and Brighton": the second suitor of a pair
_WANTED_BY_SECOND = _WANTED_BY_START + r"«C\d+»\s*(?:,|and|as\s+well\s+as)\s+(?:the\s+)?{C}"
RULE_KEYS.update(
    {
        "approached-club-for": (
            "approached",
            "contacted",
            "asked",
            "sounded out",
            "contact with",
            "talks with",
        ),
        "clubs-bid-for": ("approach", "bid", "offer", "attempt", "enquiry", "inquiry"),
        "pole-position": ("pole position",),
        "identified-as-candidate": (
            "identified",
            "earmarked",
            "pinpointed",
            "singled out",
            "installed",
            "named",
        ),
        "added-to-list": ("list",),
        "keen-on-job": ("keen on", "interested in", "open to", "tempted by", "attracted by", "eager to take"),
        "wanted-by-second": _WANTED_BY_KEYS,
    }
)
RULES += (
    R("approached-club-for", "offer", _APPROACHED_CLUB_FOR, 0.7, club_side="tag"),
    R("clubs-bid-for", "offer", _CLUBS_BID_FOR, 0.7, club_side="tag"),
    R("pole-position", "linked", _POLE_POSITION, 0.5, club_side="after_topic"),
    R("identified-as-candidate", "linked", _IDENTIFIED_AS, 0.5, club_side="subject"),
    R("added-to-list", "linked", _ADDED_TO_LIST, 0.5, club_side="subject"),
    R("keen-on-job", "linked", _KEEN_ON_JOB, 0.5, club_side="tag"),
    R("wanted-by-second", "linked", _WANTED_BY_SECOND, 0.5, club_side="tag"),
)


# --- a change of coach in the words of news copy (phrasebook 8) --------------------------------------
# a coaching post named after a verb: "the new Bayern manager", "Leicester City's new head coach"
_COACH_POST = (
    r"(?:their|the|its|the\s+club's|«C\d+»['’]s?)\s+(?:new\s+)?(?:«[CS]\d+»\s+)?"
    r"(?:(?:new|permanent|full-time|interim|caretaker|acting|first-team|head)\s+)*"
    r"(?:manager|head\s+coach|coach|boss|trainer)\b(?!\s+of\s+the\s+(?:month|year|season))"
)
# "steps into the hot seat / the dugout / the manager's role / the role of head coach": the post taken
_INTO_THE_POST = (
    r"(?:the\s+)?(?:(?:vacant|empty)\s+)?(?:hot\s+seat|dugout|"
    r"(?:head\s+coach|manager|coaching|managerial)(?:['’]s)?\s+(?:role|post|job|position)|"
    r"(?:role|post|job|position)\s+of\s+(?:(?:interim|caretaker|acting|head)\s+)?(?:head\s+coach|coach|manager|boss))\b"
)
# an opening participle whose subject is the man named after its comma: "Sacked by C in May, X …"
_OPENING_CLAUSE_TO = r"(?:[^,.;«]|«[CS]\d+»){0,60}?,\s*{P}(?!\s*(?:,|and)\s)(?!['’])"
RULE_KEYS.update(
    {
        "agreed-to-become": ("to become", "to be "),
        "new-man-in-dugout": ("new man", "new woman", "new face", "new boss"),
        "steps-into-post": ("into the",),
        "lands-club-job": ("lands", "landed", "landing"),
        "opening-sacked": ("sacked", "dismissed", "fired", "axed", "ousted"),
        "opening-resigned": ("having resigned", "having quit", "having stepped down"),
        "opening-left": ("having left", "having departed"),
        "filled-after-he-left": ("after", "following", "when"),
        "contract-not-renewed": _EXTENDED_KEYS,
        "club-not-renewing": _RENEW_KEYS,
        "option-to-extend": ("option",),
        "deal-was-extended": _EXTENDED_KEYS,
        "club-confirm-exit": ("exit", "departure"),
        "passive-shown-exit": ("shown the exit",),
    }
)
RULES += (
    # "X has agreed terms to become the new Bayern manager", "signed a three-year deal to become C's new
    # head coach": the post he is taking
    R(
        "agreed-to-become",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:agreed|signed|penned)\s+(?:(?:personal\s+)?terms\s+|"
        r"an?\s+(?:[\w\-]+\s+){0,2}?(?:deal|contract)\s+)?to\s+(?:become|be)\s+" + _COACH_POST,
        0.8,
        club_side="after",
    ),
    # "X is the new man in the dugout at C", "the new man in charge at C", "C's new man at the helm"
    R(
        "new-man-in-dugout",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:the|their|«C\d+»['’]s?)\s+new\s+(?:man|woman|face|boss)\s+"
        r"(?:in\s+(?:the\s+)?(?:«C\d+»\s+)?(?:dugout|hot\s+seat)|at\s+the\s+helm|"
        r"in\s+charge(?=\s+(?:at|of)\s+(?:the\s+)?«[CS]\d+»(?!['’])|\s*[,.;]|$))",
        0.8,
        club_side="after",
    ),
    # "X was shown the exit by C" (a player is shown the exit too: kept for a man shown coaching)
    R(
        "passive-shown-exit",
        "dismissed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:been\s+)?shown\s+the\s+exit\b(?:\s+by\s+(?:the\s+)?{CDESC}{C})?",
        0.85,
        club_side="near",
    ),
    # "X steps into the role of head coach at C", "stepped into the hot seat": the post he takes
    R(
        "steps-into-post",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:set|due|expected)\s+to\s+)?(?:steps?|stepped|stepping)\s+into\s+"
        + _INTO_THE_POST,
        0.8,
        club_side="after",
    ),
    # headline: "X lands C job", "X has landed the C hot seat" (players do not land jobs)
    R(
        "lands-club-job",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:lands|landed|landing)\s+(?:the\s+)?{C}\s+(?:job|post|role|hot\s+seat|top\s+job)\b",
        0.8,
        club_side="tag",
    ),
    # "Sacked by C in May, X …", "Having been dismissed as C boss, X …": the opening clause's subject
    R(
        "opening-sacked",
        "dismissed",
        r"^\W*(?:Having\s+been\s+|After\s+being\s+)?(?:\w+ly\s+)?(?:sacked|dismissed|fired|axed|ousted)\b"
        r"(?:\s+by\s+(?:the\s+)?{CDESC}{C})?" + _OPENING_CLAUSE_TO,
        0.8,
        club_side="near",
    ),
    R(
        "opening-resigned",
        "resigned",
        # ("Having resigned from Bournemouth in 2020, X was appointed Newcastle manager": Bournemouth)
        r"^\W*Having\s+(?:resigned|quit|stepped\s+down)\b(?:\s+(?:(?:from|at|as)\s+)?(?:the\s+)?{CDESC}{C}(?!['’]))?"
        + _OPENING_CLAUSE_TO,
        0.8,
        club_side="tag",
    ),
    # "Having left C in June, X …" (a player leaves too: kept for a man shown coaching)
    R(
        "opening-left",
        "left",
        r"^\W*Having\s+(?:left|departed)\s+(?:the\s+)?{CDESC}{C}" + _OPENING_CLAUSE_TO,
        0.7,
        club_side="tag",
    ),
    # "X was put in charge in August after Y left": the man whose going opened the post just filled
    R(
        "filled-after-he-left",
        "left",
        r"\b(?:appointed|named|hired|installed|took\s+(?:over|charge|the\s+reins)|put\s+in\s+charge|"
        r"handed\s+the\s+reins)\b(?:[^.;«]|«[CS]\d+»){0,60}?\b(?:after|following|when)\s+{P}(?!['’])\s+"
        r"(?:had\s+)?(?:left|departed|quit)\b(?!\s+(?:for|to)\b)",
        0.7,
        club_side="topic",
    ),
    # "X's contract will not be renewed", "X's deal, which expires in June, won't be extended": his term
    # runs out
    R(
        "contract-not-renewed",
        "left",
        r"{P}['’]s?\s+(?:current\s+)?(?:contract|deal)(?:\s*,[^,«]{1,60},)?\s+(?:will|would|is\s+not\s+going\s+to|"
        r"won['’]t)\s+(?:not\s+)?be\s+(?:renewed|extended)\b",
        0.75,
        club_side="near",
    ),
    # "C will not renew X's contract", "C won't be extending X's deal"
    R(
        "club-not-renewing",
        "left",
        r"\b(?:will\s+not|won['’]t|are\s+not\s+going\s+to|is\s+not\s+going\s+to)\s+(?:be\s+)?"
        r"(?:renew|extend|renewing|extending)\s+{P}['’]s?\s+(?:contract|deal)\b",
        0.75,
        club_side="before",
    ),
    # "C triggered the option to extend X's contract", "activated a one-year option in X's deal"
    R(
        "option-to-extend",
        "extended",
        r"\b(?:triggered|activated|exercised|took\s+up|taken\s+up|invoked)\s+(?:the|an|a)\s+(?:[\w\-]+\s+){0,2}?"
        r"option\s+(?:to\s+(?:extend|renew)\s+|(?:of|for)\s+an?\s+(?:further|extra|additional)\s+(?:year|season)\s+"
        r"(?:in|on)\s+|(?:in|on)\s+)(?:(?:head\s+)?(?:coach|manager|boss)\s+)?{P}['’]s?\s+(?:contract|deal)\b",
        0.8,
        club_side="before",
    ),
    # "X's deal was extended to 2027" (a player's deal too: kept when no other man is the story's coach)
    R(
        "deal-was-extended",
        "extended",
        r"{P}['’]s\s+(?:(?:\w+-year|current|existing)\s+)?(?:contract|deal)\s+(?:was|has\s+been|had\s+been)\s+"
        r"(?:\w+ly\s+)?(?:extended|renewed)\s+(?:to|until|till|through|by)\b",
        0.75,
        club_side="near",
    ),
    # headline: "Juventus confirm Allegri exit", "C announce X departure" (a player's exit too)
    R(
        "club-confirm-exit",
        "left",
        r"{C}\s+(?:confirm|confirms|confirmed|announce|announces|announced)\s+{P}(?:['’]s?)?\s+(?:exit|departure)\b",
        0.75,
        club_side="tag",
    ),
)


# Headline and round-up syntax, the verb left out: "Official: X new coach of C", "X out, Y in at C",
# "Ten Hag out as Manchester United manager", "C's new coach is X", "X extends contract with C",
# "Sacked: X (C), Y (D)"
_COACH_NOUN = (
    r"(?:(?:head\s+|interim\s+|caretaker\s+|permanent\s+)?(?:manager|head\s+coach|coach|boss|trainer))"
)
# not asked: "Is X new Liverpool coach?", "X new Liverpool coach? Reds weigh options"
_NO_QUESTION = r"(?![^.!?]*\?)"
# a coach's post named both ways: "(new) C coach" (not "C coach's") and "coach of C"
_CLUB_POSTS = (
    ("", r"{C}\s+(?:«S\d+»\s+)?" + _COACH_NOUN + r"\b(?!['’])"),
    ("-of", _COACH_NOUN + r"\s+(?:of|at)\s+(?:the\s+)?{C}"),
)
# "X (C), Y (D) and Z (E)": people each followed by his club in brackets
_BRACKETED_LIST = r"«P\d+»\s*\(«C\d+»\)(?:\s*(?:,|;|and|&)\s*«P\d+»\s*\(«C\d+»\))*"
# a round-up's labels: "Sacked: …", "Appointed – …"
_LIST_LABELS = (
    ("labelled-list-sacked", "dismissed", r"Sacked|Fired|Dismissed|Axed"),
    ("labelled-list-appointed", "appointed", r"Appointed|Hired|New\s+(?:managers?|coach(?:es)?)"),
    ("labelled-list-resigned", "resigned", r"Resigned|Quit"),
)
# "X out, Y in": keys of both swap rules
_OUT_KEYS = (" out,", " out ,")
RULE_KEYS.update(
    {
        "headline-new-coach": ("new",),
        "headline-new-coach-of": ("new",),
        "club-new-coach-is": ("new",),
        "out-in-swap": _OUT_KEYS,
        "in-after-out": _OUT_KEYS,
        "out-as-coach": (" out as ",),
        "out-as-coach-of": (" out as ",),
        "extends-contract-now": ("extends", "renews"),
        "labelled-list-sacked": ("sacked", "fired", "dismissed", "axed"),
        "labelled-list-appointed": ("appointed", "hired", "new"),
        "labelled-list-resigned": ("resigned", "quit"),
    }
)
RULES += (
    # "Thiago Motta new Juventus coach", "Official: X new coach of C": the copula of "X is the new C
    # coach" left out (not "X's new C coach", not a player: a coach's title; an apposition, "X, the new
    # coach of C, said", restates the post and is left to the in_charge readers)
    *(
        R(
            "headline-new-coach" + suffix,
            "appointed",
            r"{P}(?!['’])\s*:?\s+new\s+" + post + _NO_QUESTION,
            0.8,
            club_side="tag",
        )
        for suffix, post in _CLUB_POSTS
    ),
    # "Tottenham's new manager is Ange Postecoglou", "The new coach of Bologna is X": the copula turned round
    R(
        "club-new-coach-is",
        "appointed",
        r"(?:{C}['’]s?\s+new\s+"
        + _COACH_NOUN
        + r"|\bthe\s+new\s+"
        + _COACH_NOUN
        + r"\s+(?:of|at)\s+(?:the\s+)?«C\d+»)"
        r"\s+(?:is|will\s+be)\s+(?:the\s+[\w\-]+\s+)?{P}" + _NO_QUESTION,
        0.8,
        club_side="near",
    ),
    # "Moyes out, Lopetegui in at West Ham", "Napoli: Garcia out, Mazzarri in": the one out has gone (the
    # text does not say how), the one in is appointed
    R("out-in-swap", "left", r"{P}\s+out\s*,\s*(?:and\s+)?«P\d+»\s+in\b", 0.75, club_side="near"),
    R("in-after-out", "appointed", r"«P\d+»\s+out\s*,\s*(?:and\s+)?{P}\s+in\b", 0.75, club_side="near"),
    # "Erik ten Hag out as Manchester United manager", "X is out as boss of C" (a player is "out for
    # six weeks", never out as a coach)
    *(
        R(
            "out-as-coach" + suffix,
            "left",
            r"{P}(?!['’]){HAVE}\s+out\s+as\s+(?:the\s+)?" + post,
            0.75,
            club_side="tag",
        )
        for suffix, post in _CLUB_POSTS
    ),
    # headline present: "X extends contract with C until 2026", "C: X renews deal" (the past tense is
    # "renewed")
    R(
        "extends-contract-now",
        "extended",
        r"{P}(?!['’])\s+(?:extends|renews)\s+(?:{HIS}\s+)?(?:[\w\-]+\s+)?(?:contract|deal|stay)\b",
        0.8,
        club_side="near",
    ),
    # a round-up's labelled list: "Sacked: X (C), Y (D)", "Appointed – X (C)": each man with the club
    # in brackets after his name
    *(
        R(
            name,
            event,
            r"^\W*(?:" + label + r")\s*[:–—-]\s*(?P<list>" + _BRACKETED_LIST + r")\s*[.;]?\s*$",
            0.8,
            club_side="bracket",
        )
        for name, event, label in _LIST_LABELS
    ),
)


# --- fronted clauses: a fact about the subject told before him ("Once in charge of C, X …") ------------
# (the clause runs to the comma right before its subject: _OPENING_CLAUSE_TO)
# a spell's past or present told by an adverb: "Once / Currently / Formerly in charge of C"
_SPELL_ADVERB = (
    r"(?:(?:Currently|Once|Previously|Formerly|Still|Now|Until\s+recently|Most\s+recently|Recently|Briefly|"
    r"Twice)\s+)"
)
# "Formerly the manager of C", "A former assistant at C": a post named by its title
_TITLE_AT = (
    r"(?:the\s+)?(?:(?:head|first-team|assistant)\s+)?(?:coach|manager|boss|assistant|trainer)"
    r"(?:\s+to\s+«P\d+»)?\s+(?:of|at|with)"  # "assistant to Pep Guardiola at C"
)
# "After three seasons at C", "Following a spell at C", "During his time at C", "In his first spell at C",
# "Having spent four years as assistant at C", "Fresh from winning the title with C": a spell of the
# subject's (a player's too: kept for a man shown coaching)
_FRONTED_SPELL = (
    r"^\W*(?:(?:After|Following)\s+(?:(?:a|an|his|her|almost|nearly|over|more\s+than|\w+|\d+)[\s\-]+){0,3}?"
    r"(?:years?|seasons?|months|spells?|stints?|campaigns?)|"
    r"During\s+(?:his|her)\s+(?:\w+\s+)?(?:time|spell|stint|tenure|reign|years?|seasons?)|"
    r"In\s+(?:his|her)\s+(?:\w+\s+)?(?:spell|stint|tenure|reign)|"
    r"Having\s+(?:spent|had)\s+(?:(?:a|an|\w+|\d+)[\s\-]+){0,3}?(?:years?|seasons?|months|spells?|stints?)|"
    r"Fresh\s+from\s+(?:winning|lifting|clinching|guiding|leading|steering)\b(?:[^,.;«]|«S\d+»){0,50}?|"
    # "Now at C, X previously coached D", "Formerly with C, X …"
    r"(?:Now|Currently|Formerly|Previously|Once)(?=\s+(?:at|with)\s))"
    r"(?:\s+as\s+(?:an?\s+|the\s+)?(?:(?:head|assistant|first-team)\s+)?(?:coach|manager|boss|assistant)|"
    r"\s+in\s+charge|\s+at\s+the\s+helm|\s+on\s+the\s+bench)?"
    r"\s+(?:at|with|of|in\s+charge\s+of)\s+(?:the\s+)?{CDESC}{C}(?!['’])(?![^,]{0,40}\bas\s+a\s+player)"
    + _OPENING_CLAUSE_TO
)
RULE_KEYS.update(
    {
        "fronted-in-charge": ("in charge", "coach", "manager", "boss", "assistant", "trainer"),
        "fronted-coached-list": ("having",),
        "fronted-spell": (
            *("after", "following", "during", "in his", "in her", "having", "fresh from"),
            *("now at", "now with", "currently at", "currently with", "formerly", "previously", "once at"),
        ),
        "fronted-under-contract": ("under contract",),
        "fronted-sacking": ("sacking", "dismissal", "firing", "axing"),
    }
)
RULES += (
    # "Currently in charge of Esperance, X …", "Once in charge of Porto, X …", "Formerly the manager of C,
    # X", "A former assistant at Manchester City, X …": the subject's post
    R(
        "fronted-in-charge",
        "in_charge",
        r"^\W*(?:"
        + _SPELL_ADVERB
        + r"?"
        + _STAND_IN_CHARGE
        + r"(?:of|at)|"
        + _SPELL_ADVERB
        + _TITLE_AT
        + r"|(?:An?|The)\s+(?:former|one-time|onetime|ex-)\s*"
        + _TITLE_AT
        + r")\s+(?:the\s+)?{CDESC}{C}(?!['’])"
        + _OPENING_CLAUSE_TO,
        0.7,
        club_side="tag",
    ),
    # "Having previously coached Genk and Club Brugge, X …": each club of the list (the subject after it)
    R(
        "fronted-coached-list",
        "in_charge",
        r"^\W*Having\s+(?:(?:previously|also|once|already|formerly|briefly)\s+)?(?:coached|managed|"
        r"been\s+in\s+charge\s+(?:of|at)|taken\s+charge\s+of|been\s+(?:the\s+)?(?:head\s+coach|manager|coach)\s+"
        r"(?:of|at))\s+(?=(?:the\s+)?{CDESC}«C\d+»(?:[^.;:!?«]|«[CS]\d+»){0,120}?,\s*{P}(?!['’]))",
        0.7,
        club_side="list",
    ),
    R("fronted-spell", "in_charge", _FRONTED_SPELL, 0.6, club_side="tag"),
    # "Still under contract at Brighton, X has turned down …" (a player's contract too)
    R(
        "fronted-under-contract",
        "in_charge",
        r"^\W*(?:Still\s+|Currently\s+)?under\s+contract\s+(?:at|with)\s+(?:the\s+)?{CDESC}{C}(?!['’])"
        + _OPENING_CLAUSE_TO,
        0.6,
        club_side="tag",
    ),
    # "Eighteen months after his sacking by Juventus, X …", "Following her dismissal by C, X …"
    R(
        "fronted-sacking",
        "dismissed",
        r"^\W*(?:(?:[\w\-]+\s+){1,2}(?:years?|months|weeks|days|seasons?)\s+)?(?:after|since|following)\s+"
        r"(?:his|her)\s+(?:sacking|dismissal|firing|axing)\s+(?:by|at|from)\s+(?:the\s+)?{CDESC}{C}(?!['’])"
        + _OPENING_CLAUSE_TO,
        0.75,
        club_side="tag",
    ),
)

# "He previously worked with Zinnbauer at Orlando Pirates", "X had worked under Bielsa at Leeds", "worked
# alongside compatriot Y with Argentina": a spell on Y's staff at that club, and Y's own spell there
_WORKED_UNDER = (
    r"{HAVE}\s+(?:(?:also|previously|once|earlier|already|briefly|closely)\s+)*(?:worked|served)\s+"
    r"(?:closely\s+)?(?:with|under|alongside)\s+(?:compatriot\s+|countryman\s+)?"
)
_WORKED_AT = r"\s+(?:at|with)\s+(?:the\s+)?{CDESC}{C}(?!['’]s?\s+(?:«S\d+»|under-|youth|academy))"
# "worked / served under Y at C": keys of both worked-under rules
_WORKED_KEYS = ("worked", "served")
RULE_KEYS.update({"worked-under-at": _WORKED_KEYS, "boss-worked-under-at": _WORKED_KEYS})
RULES += (
    R(
        "worked-under-at",
        "in_charge",
        r"{P}(?!['’]s)" + _WORKED_UNDER + r"«P\d+»" + _WORKED_AT,
        0.6,
        role="assistant_coach",
        club_side="tag",
    ),
    R(
        "boss-worked-under-at",
        "in_charge",
        r"«P\d+»(?!['’]s)" + _WORKED_UNDER + r"{P}" + _WORKED_AT,
        0.6,
        role="head_coach",
        club_side="tag",
    ),
)


# --- club statements, US style (MLS / NWSL / USL press releases) ----------------------------------------
# "X will not return as head coach", "head coach X will not return for the 2025 season": his contract is
# not taken up, he leaves (a player's "will not return" names no coaching post, so one is needed)
_WONT_RETURN = r"(?:(?:will|would|shall)\s+not|won't|wouldn't)\s+return"
_WONT_RETURN_KEYS = ("not return", "won't return", "wouldn't return")  # both will-not-return rules
_NEXT_SEASON = (
    r"(?:(?:for|in)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:\s+(?:MLS|NWSL|USL(?:\s+Championship)?|regular))?\s+season|"
    r"(?:19|20)\d\d\b|next\s+season|(?:upcoming|coming|new)\s+season)|next\s+(?:season|year)\b)"
)
# "C announced that the club and head coach X have mutually agreed to part ways": the club is the statement's
_THE_CLUB_AND = r"\b(?:the\s+club|we)\s+and\s+(?:(?:head\s+)?(?:coach|manager|trainer)\s+)?"
# "C have agreed terms with X, who becomes the club's new head coach", "agreed to terms with X on a contract
# through the 2025 season to become head coach", "agreed a contract with X to become …": his appointment
_AGREED_WITH = (
    r"(?:{C}|\bthe\s+club){HAVE}\s+(?:agreed|reached|struck)\s+(?:to\s+)?(?:terms|a\s+deal|an\s+agreement|"
    r"a\s+contract|an?\s+(?:[\w\-]+\s+){1,2}?(?:deal|contract))\s+with\s+{P}"
)
_WHO_BECOMES = (
    r"(?:,?\s+who\s+(?:becomes|will\s+become|is\s+to\s+become)|(?:\s+on\s+(?:[^«.;:!?]|«[CS]\d+»){1,60}?)?"
    r",?\s+to\s+(?:become|be|serve\s+as|take\s+over\s+as))\s+(?:their|its|the\s+club['’]s|the|«C\d+»['’]s?)?\s*"
    r"(?:new\s+|next\s+|permanent\s+)?(?:«S\d+»\s+)?{ROLE}"
)
# "Assistant coach X will assume head coaching duties on an interim basis": the team's coaching handed over
_ASSUMES_DUTIES = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:will|to|would)\s+)?(?:assume[sd]?|assuming|take[sn]?\s+over|took\s+over|"
    r"taking\s+over)\s+(?:the\s+)?(?:(?:interim|caretaker|temporary)\s+)?(?:head[\s-]+)?coaching\s+"
    r"(?:duties|responsibilities)\b"
)
RULE_KEYS.update(
    {
        "will-not-return-as": _WONT_RETURN_KEYS,
        "titled-will-not-return": _WONT_RETURN_KEYS,
        "the-club-and-person-parted": ("club and", "we and"),
        "agreed-terms-to-become": ("agreed", "reached", "struck"),
        "assumes-coaching-duties": ("coaching duties", "coaching responsibilities"),
        "signed-coach-to-extension": ("signed",),
        "declined-coach-option": ("option",),
    }
)
RULES += (
    R(
        "will-not-return-as",
        "left",
        r"{P}{APP}\s+" + _WONT_RETURN + r"\s+as\s+(?:the\s+)?(?:club['’]s\s+|{C}['’]s?\s+)?"
        r"(?:«S\d+»\s+)?{ROLE}\b",
        0.75,
        club_side="near",
    ),
    R(
        "titled-will-not-return",
        "left",
        r"\b(?:head\s+coach|manager)\s+{P}\s+" + _WONT_RETURN + r"\s+" + _NEXT_SEASON,
        0.7,
        club_side="before",
    ),
    R("the-club-and-person-parted", "left", _THE_CLUB_AND + "{P}" + _PARTED, 0.75, club_side="before"),
    R("agreed-terms-to-become", "appointed", _AGREED_WITH + _WHO_BECOMES, 0.8, club_side="tag"),
    R("assumes-coaching-duties", "appointed", _ASSUMES_DUTIES, 0.8, club_side="near"),
    # "The Union have signed head coach X to a contract extension through 2026": his renewal
    R(
        "signed-coach-to-extension",
        "extended",
        r"\bsigned\s+(?:(?:its|their|the\s+club['’]s)\s+)?(?:head\s+coach|manager)\s+{P}\s+to\s+"
        + _TO_EXTENSION,
        0.8,
        club_side="before",
    ),
    # "C have declined the contract option for head coach X": the US club not taking up his next year
    R(
        "declined-coach-option",
        "left",
        r"\b(?:declined|decline|declines|will\s+not\s+exercise|did\s+not\s+exercise|not\s+to\s+exercise)\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:contract\s+|\d{4}\s+)?option\s+(?:for|on)\s+(?:head\s+coach|manager)\s+{P}",
        0.7,
        club_side="before",
    ),
)


# --- past posts told in passing in long features -----------------------------------------------------
# "the former assistant of Klopp at Liverpool", "leaves Arne Slot's staff at Liverpool", "Leipzig finished the
# season with Zsolt Löw as interim coach": the named man's post at that club, told on the way to another story
_AT_SENIOR_CLUB = (
    r"\s+(?:at|with|in)\s+(?:the\s+)?{CDESC}{C}(?!['’]s?\s+(?:«S\d+»|under-|youth|academy|women))"
)
RULE_KEYS.update(
    {
        "assistant-of-at": ("assistant of", "assistant coach of", "assistant manager of"),
        "boss-staff-at": ("staff at", "staff with", "staff in"),
        "boss-staff-when-won": ("staff when",),
        "with-as-interim": ("as interim", "as caretaker", "as acting", "as temporary"),
        "departure-of-to": ("departure of", "exit of", "move of"),
    }
)
RULES += (
    R(
        "assistant-of-at",
        "in_charge",
        r"\bassistant\s+(?:(?:manager|coach)\s+)?of\s+{P}" + _AT_SENIOR_CLUB,
        0.65,
        role="head_coach",
        club_side="tag",
    ),
    R(
        "boss-staff-at",
        "in_charge",
        r"{P}['’]s?\s+(?:{STAFF_KIND}\s+)?staff" + _AT_SENIOR_CLUB,
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

# --- a spell's start or end told in passing (returns, successors found, arrivals, new roles) -----------
# "had returned for a second spell at the club", "and then returned to Blackpool for a second spell": a
# new spell there begins (a player's return too: needs support)
_RETURNED_FOR_SPELL = (
    r"{P}{APP}{WHO}{HAVE}(?:(?:[^«.;:!?]|«[CS]\d+»){0,120}?,?\s+and(?:\s+then|\s+later)?)?"
    r"\s+(?:returned|came\s+back)\s+(?:to\s+(?:the\s+)?{C}\s+)?for\s+(?:a|an|{HIS})\s+"
    + _ORDINAL
    + r"\s+(?:spell|stint|tenure|period|reign)\b"
)
# "C have (already) named his successor: X", "C have found the successor: X": the man named after the colon
_SUCCESSOR_FOUND = (
    r"{C}{HAVE}\s+(?:already\s+)?(?:named|found|appointed|chosen|picked|unveiled|confirmed|announced)\s+"
    r"(?:{HIS}|the|a)\s+(?:new\s+)?successor\s*:\s*{P}"
)
# "C has found the successor of X: Y …", "C have named a successor to X": X's post is filled, he has gone
_SUCCESSOR_OF_FOUND = (
    r"{C}{HAVE}\s+(?:already\s+)?(?:found|named|appointed|chosen|picked|unveiled|confirmed)\s+"
    r"(?:the\s+|a\s+)?(?:new\s+)?successor\s+(?:of|for|to)\s+(?:(?:head\s+)?(?:coach|manager)\s+)?{P}(?!['’])"
)
# "X arrived in August 2023, …", "X joined in the summer of 2021": the start of his spell at the club in
# view (a player's arrival too: needs support); "arrived" is told with the town or ground the club is at
# ("arrived in Medellín in January", "had only arrived in March", "arrived at the Racecourse last summer")
_ARRIVED_IN_DATE = (
    r"{P}{APP}{HAVE}\s+(?:joined\s+(?=(?:in|last)\s+(?:(?:late|early|mid)\s+)?(?:\w+\s+)?(?:19|20)\d\d\b|"
    r"in\s+the\s+(?:summer|winter|autumn|spring)\s+of\s+(?:19|20)\d\d\b)|"
    r"(?:only\s+|first\s+)?arrived\s+(?:(?:in|at|to)\s+(?:the\s+)?"
    + _CAPITALISED
    + r"(?:\s+"
    + _CAPITALISED
    + r"){0,2}\s+)?"
    r"(?=" + _ARRIVAL_WHEN + r"))"
)
# "…, with X moving into a new role as the club's head of football development", "X moves upstairs to
# become sporting director": he leaves the coaching post for one in the club's offices
_OFFICE_TITLE = (
    r"(?:(?:head|director|manager)\s+of\s+(?:football|soccer|recruitment|scouting|(?:player|football|youth|"
    r"academy)\s+development|(?:the\s+)?academy|coaching|methodology)|(?:sporting|technical|football)\s+director|"
    r"director\s+of\s+(?:football|soccer|sport)|general\s+manager|(?:club\s+)?ambassador|(?:technical\s+)?adviser|"
    r"(?:technical\s+)?advisor|consultant)\b"
)
_MOVES_TO_OFFICE = (
    r"{P}{APP}{HAVE}(?:\s+(?:(?:will|to)\s+)?(?:mov(?:e|es|ed|ing)|step(?:s|ped|ping)?)\s+"
    r"(?:(?:upstairs|aside)\s+)?(?:in)?to\s+(?:a\s+|the\s+)?(?:new\s+)?(?:role|position|post|job)\s+(?:as|of)\s+"
    r"(?:the\s+)?(?:club['’]s\s+|«C\d+»['’]s?\s+)?(?:new\s+)?"
    + _OFFICE_TITLE
    + r"|\s+(?:(?:will|to)\s+)?mov(?:e|es|ed|ing)\s+upstairs\s+(?:to\s+(?:become|be)|as)\s+"
    r"(?:the\s+)?(?:club['’]s\s+|«C\d+»['’]s?\s+)?(?:new\s+)?" + _OFFICE_TITLE + ")"
)
# "…, walking out on Hartlepool United to take the job", "having walked out on Poland": he ended it there
# (whose: the sentence's subject or the aside the gerund sits in, as for the other gerund rules)
_WALKING_OUT_ON = r",\s+(?:after\s+|having\s+)?(?:walking|walked)\s+out\s+on\s+(?:the\s+)?{CDESC}{C}(?!['’])"
# "He will arrive with his usual staff, including assistant A and fitness coach B": his aides start with
# him (present or future only: a past arrival with his staff may be an earlier move)
_ARRIVES_WITH_STAFF = (
    r"\b(?:arrives|will\s+arrive|is\s+arriving|comes|will\s+come|is\s+coming)\s+(?:with|accompanied\s+by)\s+"
    r"(?:{HIS}|the)\s+(?:(?:usual|own|trusted|long-?time|regular|whole|entire|full)\s+)?"
    r"(?:{STAFF_KIND}\s+)?(?:staff|team)\s*,?\s+(?:including|among\s+them|with)\s+" + _STAFF_WORDS + r"{P}"
)
# "X has today signed a new long-term contract", "X has also agreed an extended deal": his renewal told
# with a day word before the verb, or as an "extended" deal
_RENEWED_TODAY = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:today|tonight|this\s+(?:morning|afternoon|evening|week))\s+"
    r"(?:signed|penned|inked|agreed)\s+(?:a\s+new|an?\s+extended|an?\s+improved)\s+(?:\S+\s+)?(?:deal|contract)|"
    r"(?:signed|penned|inked|agreed)\s+(?:an?\s+)?(?:new\s+)?extended\s+(?:\S+\s+)?(?:deal|contract))\b"
)
_RENEWED_TODAY_KEYS = (
    "today",
    "tonight",
    "this morning",
    "this afternoon",
    "this evening",
    "this week",
    "extended",
)
RULE_KEYS.update(
    {
        "renewed-today": _RENEWED_TODAY_KEYS,
        "returned-for-spell": ("returned", "came back"),
        "successor-found": ("successor:", "successor :"),
        "successor-of-found": ("successor of", "successor for", "successor to"),
        "arrived-in-date": ("arrived", "joined in", "joined last"),
        "moves-to-office": ("role as", "role of", "position as", "post as", "job as", "upstairs"),
        "walking-out-on": ("walking out on", "walked out on"),
        "arrives-with-staff": ("staff", "team"),
    }
)
RULES += (
    R("renewed-today", "extended", _RENEWED_TODAY, 0.85, club_side="after"),
    R("returned-for-spell", "appointed", _RETURNED_FOR_SPELL, 0.7, club_side="tag"),
    R("successor-found", "appointed", _SUCCESSOR_FOUND, 0.8, club_side="tag"),
    R("successor-of-found", "left", _SUCCESSOR_OF_FOUND, 0.7, club_side="tag"),
    R("arrived-in-date", "appointed", _ARRIVED_IN_DATE, 0.65, club_side="topic"),
    R("moves-to-office", "left", _MOVES_TO_OFFICE, 0.7, club_side="near"),
    R("walking-out-on", "resigned", _WALKING_OUT_ON, 0.7, club_side="tag"),
    R("arrives-with-staff", "appointed", _ARRIVES_WITH_STAFF, 0.7, club_side="topic"),
)


# --- a new coach's staff and the post filled, told in other word orders -----------------------------------
# "Petrakov's assistant will be his compatriot X", "His number two will be former Ajax defender Y",
# translated "The vice will be X", "The assistant of Mena will be X", "The new assistant coach is X": the aide
# named after the verb (a future, or a present told of the new post; the boss is the possessor or in view)
_AIDE_POST = r"(?:assistant(?:\s+(?:coach|manager))?|number\s+two|right-hand\s+man|second\s+coach|vice(?=\s))"
_AIDE_WILL_BE = (
    r"(?<![\w«])(?:(?:his|her|their|«P\d+»['’]s)\s+(?:new\s+)?|(?:the|their)\s+(?P<new>new\s+)?)"
    + _AIDE_POST
    + r"(?:\s+of\s+«P\d+»)?\s+(?:will\s+be|(?(new)is|(?!)))\s+"
    + _COMPATRIOT_AIDE
    + r"(?:(?:the\s+)?(?:former|ex-)\s*(?:[\w\-]+\s+|«C\d+»\s+){0,3}?)?{P}"
)
# "X will bring his own assistant, Y", "will bring an Italian assistant, Y": the aide set off by a comma (a
# coming arrival: the past "brought" tells an old move)
_BRING_AIDE_COMMA = (
    r"\b(?:bring|brings|bringing)\s+(?:with\s+(?:him|her)\s+)?(?:{HIS}\s+own|{HIS}|an?)\s+"
    r"(?:(?-i:[A-Z][\w\-]*)\s+)?(?:assistants?(?:\s+(?:coach|manager))?|number\s+two)\s*,\s+{P}"
)
# "X will also join the staff", "joins the first-team staff as an assistant": onto the staff in view (not
# "the staff of Y / at C": another man's staff or a club named, read by other rules)
_JOINS_THE_STAFF = (
    r"{P}{APP}{HAVE}\s+(?:(?:to|set\s+to|due\s+to|expected\s+to)\s+)?(?:also\s+)?(?:join|joins|joined|joining)\s+"
    r"the\s+(?:(?:first-team|first\s+team|senior|new)\s+|«S\d+»\s+)?staff\b(?!\s+(?:of|at|with)\b)"
)
# "to become an assistant with the Seattle Sounders", "to become Y's assistant at C": the aide's new post
_TO_BECOME_AIDE = (
    r"\bto\s+become\s+(?:an\s+|the\s+(?:new\s+)?|«P\d+»['’]s\s+)?(?:first-team\s+)?(?:assistant(?:\s+(?:coach|manager))?|"
    r"number\s+two)\s+(?:with|at|of)\s+(?:the\s+)?{C}"
)
# "announced that the new head coach of the national team is X", "their new manager is X", "the new
# selector of the Brave Falcons is X": the post named first, the man after 'is'
_NEW_COACH_IS = (
    r"\b(?:the|their|its)\s+new\s+(?:«S\d+»\s+)?(?:head\s+coach|manager|coach|boss|selector|national\s+coach|«S\d+»)"
    r"(?:\s+of\s+(?:the\s+)?(?:«[CS]\d+»|club|team|side)(?:\s+«S\d+»)?)?\s+(?:is|will\s+be)\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?{P}(?!['’])"
)
RULE_KEYS.update(
    {
        "aide-will-be": (
            "will be",
            "new assistant",
            "new number two",
            "new right-hand",
            "new second coach",
            "new vice",
        ),
        "bring-aide-comma": ("bring",),
        "joins-the-staff": ("the staff", "first-team staff", "senior staff", "new staff"),
        "to-become-aide": ("to become",),
        "new-coach-is": ("new",),
        "signed-new-agreement": ("new agreement",),
        "joins-staff-of-boss-at": ("staff of",),
        "staff-of-boss-at": ("staff of",),
    }
)
RULES += (
    R("aide-will-be", "appointed", _AIDE_WILL_BE, 0.75, role="assistant_coach", club_side="topic"),
    R("bring-aide-comma", "appointed", _BRING_AIDE_COMMA, 0.7, role="assistant_coach", club_side="topic"),
    R(
        "joins-the-staff",
        "appointed",
        _JOINS_THE_STAFF,
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    # "X will join the staff of Y in Seattle": the aide's new club, and Y's post there
    R(
        "joins-staff-of-boss-at",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:(?:to|set\s+to|due\s+to|expected\s+to)\s+)?(?:also\s+)?(?:join|joins|joined|joining)\s+"
        r"the\s+(?:{STAFF_KIND}\s+)?staff\s+of\s+«P\d+»" + _AT_SENIOR_CLUB,
        0.7,
        role="assistant_coach",
        club_side="tag",
    ),
    R(
        "staff-of-boss-at",
        "in_charge",
        r"\bthe\s+(?:{STAFF_KIND}\s+)?staff\s+of\s+{P}" + _AT_SENIOR_CLUB,
        0.65,
        role="head_coach",
        club_side="tag",
    ),
    R("to-become-aide", "appointed", _TO_BECOME_AIDE, 0.75, role="assistant_coach", club_side="tag"),
    R("new-coach-is", "appointed", _NEW_COACH_IS, 0.8, club_side="near", squad_in_match=True),
    # "Assistant coach X also signed a new agreement": his renewal, told with another word for the deal
    R(
        "signed-new-agreement",
        "extended",
        r"{P}{APP}{HAVE}\s+(?:signed|penned|inked)\s+a\s+new\s+(?:\S+\s+)?agreement\b(?!\s+(?:with|at)\s+(?:the\s+)?«C)",
        0.8,
        club_side="topic",
    ),
)


# --- aides arriving with a new coach, told by who joins him, whom he will have, whose staff they join ------
# an aide's title after "his" / "as": "assistant manager", "number two", "goalkeeping coach"
_ARRIVING_AIDE_TITLE = (
    r"(?:(?:new|first|main|long-time)\s+)?(?:assistants?(?:\s+(?:coach(?:es)?|managers?|trainers?))?|number\s+two|"
    r"deputy|right-hand\s+(?:man|woman)|(?:goalkeeping|goalkeepers['’]?|fitness)\s+coach)\b"
)
RULE_KEYS.update(
    {
        "joined-by-who-becomes-aide": ("joined",),
        "will-have-as-aide": ("have as",),
        "will-have-aide-as": ("have",),
        "in-staff-of-will-be": ("staff of",),
        "will-be-part-of-staff": ("part of",),
        "handed-team-to": ("hand the", "hands the", "handed the", "entrust", "gave the"),
    }
)
RULES += (
    # "X will be joined by Y, who becomes his assistant manager", "…, who will be her number two": the
    # aide named before the title he takes
    R(
        "joined-by-who-becomes-aide",
        "appointed",
        r"\b(?:be|been|is|are)\s+joined\s+(?:(?:at|in)\s+(?:the\s+)?(?:«C\d+»|[\w\-]+(?:\s+[\w\-]+){0,2})\s+)?"
        r"by\s+{P}\s*,\s+who\s+(?:becomes|will\s+(?:also\s+)?(?:be|become|serve\s+as|work\s+as|act\s+as)|"
        r"is\s+to\s+(?:be|become))\s+(?:{HIS}\s+|the\s+(?:club['’]s\s+)?|an?\s+)" + _ARRIVING_AIDE_TITLE,
        0.7,
        club_side="after_topic",
    ),
    # "The new selector will have as assistant the Montenegrin Y" (translated "aura comme adjoint"), "will
    # have Y as his assistant": the aide the new man brings
    R(
        "will-have-as-aide",
        "appointed",
        r"\b(?:will|is\s+to|shall)\s+have\s+as\s+(?:{HIS}\s+)?"
        + _ARRIVING_AIDE_TITLE
        + r"\s+(?:the\s+)?{P}(?:\s+and\s+{P2})?",
        0.7,
        club_side="after_topic",
    ),
    R(
        "will-have-aide-as",
        "appointed",
        r"\b(?:will|is\s+to|shall)\s+have\s+{P}(?:\s+and\s+{P2})?\s+as\s+(?:{HIS}\s+)?"
        + _ARRIVING_AIDE_TITLE,
        0.7,
        club_side="after_topic",
    ),
    # "In the staff of X will be Y, …, as assistant coach" (translated): Y joins the new man's staff
    R(
        "in-staff-of-will-be",
        "appointed",
        r"^In\s+(?:the\s+)?(?:{STAFF_KIND}\s+)?staff\s+of\s+«P\d+»\s+will\s+(?:also\s+)?be\s+"
        r"(?:the\s+)?{P}(?:\s+and\s+{P2})?(?!['’])",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    # "Y, who led the team as interim, will be part of X's technical bench as first assistant": he joins
    # the new man's staff (not "will remain part of": he is on it already)
    R(
        "will-be-part-of-staff",
        "appointed",
        r"{P}{APP}\s+will\s+(?:also\s+)?be\s+(?:a\s+)?part\s+of\s+(?:«P\d+»['’]s?\s+|the\s+new\s+)"
        r"(?:{STAFF_KIND}\s+)?(?:staff|bench|team)\b",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    # "The federation has handed the team on an interim basis to X", "entrusted the side to his assistant
    # X": the post given to him (a stand-in when the words say so)
    R(
        "handed-team-to",
        "appointed",
        r"\b(?:hand(?:ed|s)?|entrust(?:ed|s)?|gave)\s+(?:the\s+)?" + TEAM_NOUN + r"\s+"
        r"(?:(?:on\s+an?\s+(?:interim|temporary|caretaker|provisional)\s+basis|temporarily|provisionally)\s+)?"
        r"(?:over\s+)?to\s+(?:" + _AIDE_TITLED + r")?{P}(?!['’])",
        0.75,
        club_side="topic",
    ),
)


# --- exits told with the length of the spell they end --------------------------------
RULE_KEYS.update({"left-after-spell": ("left", "leav", "depart", "exit")})
RULES += (
    # "X departed in November after more than ten years in charge", "X left last month after two seasons at
    # the helm": a departure told with the length of the spell it ends, which tells it was his post (the club
    # named before, else the club in view)
    R(
        "left-after-spell",
        "left",
        # ("departs after three years at the club": a headline's present, or "is leaving")
        r"(?P<titled>(?<=manager\s)|(?<=coach\s)|(?<=boss\s))?"
        r"{P}(?!'s){APP}{WHO}{HAVE}\s+(?:left|departed|exited|leaves|departs|exits|leave|depart|leaving|departing)"
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


# --- a squad named as its coach's ------------------------------------------------------------------
RULE_KEYS.update({"squad-of-coach": (" of ",)})
RULES += (
    # translated "the rossoneri first team of Paulo Fonseca", "the Lyon women's team of X": the club's squad
    # its coach runs (a squad is no player's; the club named, as one in view may be another's)
    R(
        "squad-of-coach",
        "in_charge",
        r"(?:\bthe\s+)?{C}\s+«S\d+»\s+of\s+{P}(?!['’])",
        0.65,
        club_side="tag",
        squad_in_match=True,
    ),
)


# --- stand-ins named together ----------------------------------------------------------------
RULE_KEYS.update({"interim-charge-alongside": ("alongside", "together with", "jointly with")})
RULES += (
    # "X was put in interim charge alongside Y", "X and Y … took caretaker charge together with Z": the man
    # named after 'alongside' stands in too (an aide named by his title is read by charge-alongside-assistant)
    R(
        "interim-charge-alongside",
        "appointed",
        r"\b(?:put|placed|given|handed|took|taken|takes|take|taking)\s+(?:in\s+)?(?:joint\s+)?"
        r"(?:interim|temporary|caretaker)\s+charge(?:\s+of\s+(?:the\s+)?(?:«[CS]\d+»|team|side|squad))?{TIME}"
        r"\s+(?:alongside|together\s+with|jointly\s+with)\s+{P}(?!['’])",
        0.7,
        role="caretaker",
        club_side="near",
    ),
)


# --- a stand-in's first games told ahead --------------------------------------------------------
RULE_KEYS.update(
    {
        "stand-in-will-lead": ("lead", "take charge", "oversee", "be in charge"),
    }
)
RULES += (
    # "Caretaker boss X will lead C against Barnsley on Saturday": the stand-in's coming spell is the news
    # (a permanent coach's "will lead C against D" is only a preview)
    R(
        "stand-in-will-lead",
        "appointed",
        _STAND_IN_TITLE + r"{P}\s+(?:will|is\s+set\s+to|is\s+to|is\s+due\s+to)\s+"
        r"(?:lead|take\s+charge\s+of|oversee|be\s+in\s+charge\s+(?:of|for))\s+(?:the\s+)?(?:{C}|{S}|"
        + TEAM_NOUN
        + r"\b)",
        0.7,
        role="caretaker",
        club_side="near",
    ),
)


# --- tabloid sackings --------------------------------------------------------------------------
RULE_KEYS.update({"ditched": ("ditch", "dump", "canned", "canning"), "was-ditched": ("ditched", "canned")})
RULES += (
    # "C have ditched (manager) X", "dumped boss X", "canned their coach X": a sacking, the man right after
    # (a man "dumped" is a coach only when titled so; "dropped X to the bench / for the derby" is a player)
    R(
        "ditched",
        "dismissed",
        r"\b(?:(?:ditch(?:ed|es|ing)?|cann(?:ed|ing))\s+(?:(?:their|its|the)\s+)?(?:(?:head\s+)?(?:coach|manager|boss)\s+)?|"
        r"dump(?:ed|s|ing)?\s+(?:(?:their|its|the)\s+)?(?:head\s+)?(?:coach|manager|boss)\s+)"
        r"{P}(?!['’])(?!\s+(?:to|from|for|out\s+of|in\s+favour)\b)",
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


# --- a past post told as "his last job" -----------------------------------------------------
RULE_KEYS.update({"last-job-was-at": ("last", "previous", "most recent", "latest", "first")})
RULES += (
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
RULES += (
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


def _substrings(text: str) -> set[str]:
    return {text[a:b] for a in range(len(text)) for b in range(a + 1, len(text) + 1)}


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
    "number",
    "physical",
    "athletic",
    "fitness",
    "conditioning",
    "goalkeep",
    "performance",
    "analyst",
)
# "after X left / departed / quit": the exit verbs of the rules reading a post filled after an exit
_LEFT_WORDS = ("left", "departed", "quit")
RULE_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "titled-staff-left": (_STAFF_TITLE_WORDS,),
    "titled-staff-sacked": (_STAFF_TITLE_WORDS,),
    "titled-staff-extended": (_STAFF_TITLE_WORDS,),
    "as-has-titled-staff-extended": (_STAFF_TITLE_WORDS,),
    # "X … and was (later) coach of C", "… and has been C's manager"
    "and-was-coach-of": (("was", "been", "served"), ("coach", "manager", "boss")),
    "and-was-clubs-coach": (("was", "been", "served"), ("coach", "manager", "boss")),
    # "the interim X … will stay on as assistant / return to the academy / was kept on as number two"
    "interim-stays-as-assistant": (("stay", "remain", "kept", "return", "back", "revert"),),
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


# Lowercase on purpose: "May" the month is not "may" the hedge.
HEDGE = re.compile(
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
NEGATION = re.compile(
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
        re.compile(
            r"\b(?:set[- ]pieces?\s+(?:coach(?:es)?|specialist)|"
            r"(?:video|performance|match|data|opposition)\s+analysts?|analysts?(?=\s+«P)|"
            r"head\s+of\s+(?:performance\s+|match\s+|data\s+)?analysis|"
            r"technical\s+advis[eo]rs?)\b",
            re.I,
        ),
        "other_staff",
    ),
    # "preparer of goalkeepers", "physical preparer": translated Portuguese/Spanish staff titles
    # ("head of goalkeeping": the club's goalkeeper coach)
    (
        re.compile(
            r"\b(?:goalkeep(?:ing|ers?['’]?)\s+(?:coach(?:es)?|trainers?)|(?:preparer|trainer)\s+of\s+goalkeepers|"
            r"head\s+of\s+goalkeeping)\b",
            re.I,
        ),
        "goalkeeping_coach",
    ),
    (
        re.compile(
            r"\b(?:fitness\s+coach(?:es)?|(?:physical|athletic)\s+(?:trainers?|coach(?:es)?|preparers?)|"
            r"conditioning\s+coach(?:es)?)\b",
            re.I,
        ),
        "fitness_coach",
    ),
    (
        re.compile(
            r"\b(?:caretaker|interim|temporary|provisional|acting|stand-in|"
            # "the first team is entrusted temporarily to X" (translated "affidata temporaneamente")
            r"temporarily|provisionally|short-term\s+basis)\b"
            # "assumed the team in deputy form" (translated Turkish "vekaleten"): a stand-in
            r"|\bin\s+(?:a\s+)?deputy\s+(?:form|capacity|character)\b"
            # "take charge for the final two matches": a stand-in until the season ends
            r"|\bfor\s+the\s+(?:final|last|remaining)\s+(?:\w+\s+)?(?:games|matches|fixtures)\b"
            # "take charge of the side for Saturday's trip to Barnsley", "take joint charge": a stand-in
            r"|\bfor\s+(?:(?:this|next|the\s+next)\s+)?(?:\w+day['’]s|weekend['’]s|the\s+weekend['’]s)\s+"
            r"(?:\w+\s+)?(?:trip|game|match|visit|fixture|clash|derby|tie)\b"
            r"|\b(?:joint|shared)\s+charge\b",
            re.I,
        ),
        "caretaker",
    ),
    (
        re.compile(
            r"\b(?:assistants?|number\s+two|no\.?\s*2|coaching\s+staff|backroom\s+staff|"
            r"right-hand)\b",
            re.I,
        ),
        "assistant_coach",
    ),
)
