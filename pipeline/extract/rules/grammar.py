"""The rules' grammar: the macros ({P}, {C}, {APP}, …), `_expand`, and the regex fragments shared by
several rule modules (or imported elsewhere in the extractor).
"""

from __future__ import annotations

from pipeline.extract.lexicon import DEMONYMS, EXECUTIVE_TITLES, LIST_SEP, TEAM_NOUN
from pipeline.extract.people import PLAYING_POSITION
from pipeline.extract.trie import trie_pattern

# family words: "his father X", "the son of Y" name a relative, whatever post he held
KIN = (
    r"(?:son|daughter|father|mother|brother|sister|wife|husband|uncle|nephew|niece|cousin|grandson|"
    r"granddaughter|son-in-law)"
)
# what a man is to another, said in apposition ("X, the nephew of Y,", "X, the former assistant of Y,")
_KIN_OR_AIDE = r"(?:" + KIN + r"|protégé|protege|assistant|deputy|number\s+two|right-hand\s+man)"
# the staff around a head coach, named by its kind: "coaching staff", "backroom team", "technical staff"
_STAFF_KIND = r"(?:coaching|backroom|technical)"
# ("technical board", "technical body", "technical commission": translated "comisión / corpo técnico")
STAFF_TEAM = _STAFF_KIND + r"\s+(?:staff|team|board|body|commission)"
# a staff called a group: not "the group of staff who travelled", "the group stage" (a squad, a round)
STAFF_GROUP = r"group(?!\s+(?:of|stage)\b)"
# "A, B and C": a list of names, the rule's (?P<list>)
PEOPLE_LIST = r"(?P<list>«P\d+»(?:" + LIST_SEP + r"«P\d+»)*)"
# a man's age set off by commas: "X, 48, formerly of C"
AGE_APPOSITION = r"(?:\s*,\s+\d{2}(?:\s+years(?:\s+old)?)?(?=\s*,))?"
# … before an apposition that describes him ("X, 48, formerly of A and B, is …", "X, 52, the former C boss,"),
# not before a clause of its own ("X, 49, comes from C, which …": the verb is the sentence's)
_AGE_BEFORE_APPOSITION = (
    r"(?:\s*,\s+\d{2}(?:\s+years(?:\s+old)?)?(?=\s*,\s+(?:formerly|previously|ex|once|the|a|an|who)\b))?"
)


# a day of the week ("on Tuesday", "this Tuesday"; the rules match case-blind)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_MACROS = {
    # first in a pattern whose lookbehinds stand before a tag: a position where no tag starts fails on
    # one character instead of on each lookbehind (`re` tries such a pattern at every position)
    "{AT_TAG}": r"(?=«)",
    "{P}": r"«P(?P<p>\d+)»",
    # the person himself, not as a possessor ("X's assistant", "Papas' side"): no apostrophe after his tag
    "{P_OWN}": r"«P(?P<p>\d+)»(?!['’])",
    "{P2}": r"«P(?P<p2>\d+)»",
    "{C}": r"«C(?P<c>\d+)»",
    "{S}": r"«S(?P<s>\d+)»",
    "{HIS}": r"(?:his|her|their|its|«P\d+»'s)",
    "{WHO}": r"(?:\s*,?\s+(?:who|which))?",
    # an apposition: ", 45,", " (45)", or ", the former A and B coach" before "who …"
    # (not one ending on another person: "…, turning to coach Y, who left C": Y left)
    # (a relative clause may run longer: ", who led A to three titles and coached the B national team,")
    # (the runs up to the comma or bracket are possessive, `{1,90}+`: giving back a character there only
    # puts a non-comma before the comma the pattern needs, so backtracking into them never matched and
    # cost every «P rule a step per character at every tag followed by a comma)
    # (an age may come before another apposition: "X, 48, formerly of A and B, is the new manager")
    "{APP}": _AGE_BEFORE_APPOSITION
    + r"(?:\s*,[^,]{1,90}+(?<!«P\d»)(?<!«P\d\d»),|\s*,\s+who\s[^,]{86,160}+(?<!«P\d»)(?<!«P\d\d»),|"
    r"\s*\([^)]{1,40}+\)|"
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
    # the name itself set off by commas: "The coach of C, X, was dismissed", "The women's coach, X, leaves
    # the club" (not "in place of X, is the …")
    r"(?:(?:(?<=,\s«P\d»)|(?<=,\s«P\d\d»))\s*,(?=\s+(?:has|have|had|was|were|is|will|"
    r"leaves|quits|departs|returns|moves|joins|stays|remains)\s))?",
    "{STAFF}": STAFF_TEAM,
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
    # ("took Forest back to the Premier League": a return to the division the club had lost)
    r"(?:\s+back)?\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    # ("to last season's final", "to this year's cup final": the time's possessive before the goal)
    r"(?:(?:[\w\-]+|(?:season|year|campaign)['’]s)\s+){0,3}?"
    r"(?:title|cup|trophy|league|promotion|final|semi-?finals?|quarter-?finals?|championship|crown|place|flight|"
    # ("into the Premiership", "to the second division", "up to the third tier": a division reached)
    r"premiership|division|tier|"
    # ("to a seventh-place finish", "to a club-record second-place finish": a league place)
    r"half|play-?offs|medal|gold|silver|bronze|glory|safety|survival|qualification|double|treble|finish|«[CS]\d+»|"
    r"[A-Z]\w+\s+(?:Cup|League)|"
    # "took C into Serie A", "up to Ligue 1": a top division named by its own name
    r"S[eé]rie\s+[ABC]|Ligue\s+[12]|(?:2\.\s+)?Bundesliga|La\s*Liga|Eredivisie|Primeira\s+Liga|S(?:ü|u)per\s+Lig|"
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
    # ("replaced him the same afternoon with Y": the day of the change just told)
    r"|\s+(?:yesterday|today)|\s+(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening|night))?",
    # ("I'm leaving", "I've resigned": a first-person quotation, see quotes.py)
    "{HAVE}": r"(?:'(?:m|ve|ll|d)\b)?(?:\s+(?:has|have|had|is|are|was|were|will|would|shall|'s|am|also|now|"
    r"officially|just|already|reportedly|been|be|being|then|finally|since|subsequently|previously|"
    r"currently|formerly|once|initially|first|later|recently|only|himself|herself|still)\b)*",
    # ("substantive head coach": the permanent one, in West African English)
    "{ROLE}": r"(?:(?:new|permanent|substantive|full-time|interim|caretaker|acting|temporary|assistant|"
    r"first-team|first team|senior|head|chief|main|youth|reserve|B|B-team)\s+)*(?:manager|"
    r"head\s+coach|coach|boss|trainer|tactician|gaffer|technician|strategist|coach|"
    # translated titles: Italian "mister", Spanish "DT" (director técnico), "helmsman" (timonel)
    r"mister|helmsman|DT|"
    # "Former Liverpool assistant X": the bare title right before his name
    r"assistant(?=,?\s+«P))",
}
# (the time phrase between a verb and its preposition, for checks outside the rules: "hired last month as")
TIME_BETWEEN = _MACROS["{TIME}"]
# "the interim managers", "caretaker boss": stand-ins named by their title before their names
STAND_IN_TITLE = (
    r"\b(?:interim|caretaker|acting|temporary)\s+(?:head\s+)?"
    r"(?:coach|coaches|manager|managers|boss|bosses|duo|pair)\s+"
)
# a feat of a playing career: "as a player", "as a midfielder", "as captain", "in his days in midfield", "in
# his playing days" (a rule's fragment: {HIS} is expanded there)
AS_A_PLAYER = (
    r"(?:\bas\s+(?:an?\s+|the\s+|{HIS}\s+)?(?:player|" + PLAYING_POSITION + r")|"
    r"\bin\s+(?:{HIS}\s+days\s+in\s+)?midfield|{HIS}\s+playing\s+(?:days|career))\b"
)
# a man shown as a player by his deeds or his age: "won 40 caps", "scored 90 goals", "made his debut", "200
# appearances", "during his playing days", "the player's", "before turning professional" (with `AS_A_PLAYER`,
# the words a list of spells or a title won is told as a playing career's in; a rule's fragment: {HIS} is
# expanded there); "his debut" (or "his's debut", a pronoun's tag read back as words), not "on their debut at
# the tournament": a team's
PLAYER_CUE = (
    r"\b(?:caps|goals|appearances|scor(?:ed|ing)|playing\s+(?:days|career|years)|player['’]s|"
    r"turn(?:ed|ing|s)?\s+pro(?:fessional)?)\b|(?:his|her|«P\d+»)(?:['’]s)?\s+(?:[\w-]+\s+)?debut\b"
)
# "won the title with C as a teenager": a feat of his youth, told right after it (not "as a 36-year-old
# player-coach": a coach's age)
AS_A_YOUNGSTER = (
    r"\bas\s+(?:a\s+)?(?:teenager|youngster|boy|junior|\d+-year-old)\b(?![\s-]+(?:player-)?(?:coach|manager))"
)
# a man content where he is: "happy working under Y", "happy where he is", "happy at C"
HAPPY_PUT = r"happy\s+(?:working|where|at)"

# the side of a club that approaches a coach, named by its body rather than by name ("the club", "the board",
# "the direction" of translated copy, "the federation", "sporting director X")
CLUB_BODY = (
    r"(?:club|board|direction|federation|association|management|hierarchy|leadership|owners?|president|"
    r"chairman|(?:new\s+)?(?:sporting|technical)\s+director)"
)
# "He was also Y's assistant at C", "had been an assistant to Y with C": the post told with a bare copula
AIDE_COPULA = (
    r"(?:was|is|were|had\s+been|has\s+been|having\s+been|became)(?:\s+(?:also|previously|once|later|then|formerly|"
    # ("had been for years the vice of Y": translated "era stato per anni il vice di"; "for more than a
    # decade", "for over ten years": the length told with its bound)
    r"earlier|briefly|most\s+recently|for\s+(?:(?:more\s+than|over|almost|nearly)\s+)?"
    r"(?:many\s+|several\s+|\w+\s+)?(?:years|seasons|decades?)))?(?:\s+also)?"
)
# an aide's title, incl. translated ones: "assistant", "adjunct", "auxiliary", "right-hand man", "number two",
# "co-trainer" (the German "Co-Trainer"), "the right hand of Y" (the Spanish "la mano derecha de")
AIDE_NOUN = (
    r"(?:assistant(?:\s+coach|\s+manager)?|adjunct|auxiliary|deputy|number\s+two|no\.?\s*2|co-(?:trainer|coach)|"
    r"right[\s-]hand(?:\s+(?:man|woman))?)"
)


# his age set off by commas after a name: "X, 48, formerly of A", "X, 48 years, ex of A" (translated copy's
# "48 anni"), "X, 48 years old, formerly of A"; nothing when no age stands there
# a person a verb or preposition takes as its object ("He replaced Y", "under Y"): not the subject of
# what follows
NOT_AN_OBJECT = (
    r"{AT_TAG}(?<!from\s)(?<!with\s)(?<!under\s)(?<!to\s)"
    r"(?<!replaced\s)(?<!replacing\s)(?<!succeeded\s)(?<!succeeding\s)"
)

# adverbs inside "who (himself) was (once) coach of": "himself", "also", "previously"
SELF = r"(?:(?:himself|herself|also|previously|once|formerly|briefly)\s+)*"
# one capitalised word left untagged: a town, ground or nickname ("Ostrava", "Sincil Bank", "the Syli")
_CAPITALISED = r"(?-i:[A-Z][\w'’\-]*)"
# a possessive determiner: "their coach X" is the club's own man, not one it weighed
OWNERS_WORD = r"(?:their|its|his|her|our)\b"


# someone's aide named by title before the aide's own name: "his assistant X", "Y's long-time number two X"
# a man's playing past told before his name: "(the) former Pools midfielder Y", "ex-Sweden captain Y"
FORMER_PLAYER_DESC = (
    r"(?:the\s+)?(?:former|ex-)\s*(?:[\w\-]+\s+|«C\d+»\s+){0,3}?(?:midfielder|defender|striker|forward|winger|"
    r"goalkeeper|keeper|player|captain|international|star|team-?mate)\s+"
)
AIDE_TITLED = r"(?:«P\d+»(?:['’]s?)?|the)\s+(?:[\w\-]+\s+)?" + AIDE_NOUN + r"\s+(?=«P\d+»)"
# "replaces Serbian X", "takes over from Turkish tactician X": the replaced man's nationality, then
# at most one lowercase title word
_DEMONYM = r"(?-i:" + trie_pattern(set(DEMONYMS)) + r")"
DEMONYM_DESC = _DEMONYM + r"\s+(?:(?-i:[a-z][\w\-]*)\s+)?(?=«P\d+»)"
# "confirmed X as national coach until 2026", "will remain as women's national coach": the squad phrase
# whose side a squad is, before it: "the club's under-21s", "the U19", "Stoke's reserves"
SIDE_OWNER = r"(?:the\s+club['’]s\s+|the\s+|«C\d+»['’]s?\s+)?"
# that is itself the post ("national coach" is tagged a squad), where nothing but its time or an end follows
SQUAD_AS_POST = r"«S\d+»(?=\s*(?:[,.;:!?)]|$|(?:until|through|for|on|at|in|from|after|and|with|of|beyond)\b))"
# a nationality before a title: "the Swiss technical director X"
DEMONYM_WORD = _DEMONYM + r"\s+"
# what the club is before its name: "Hungarian champions C", "Swiss club C", "Premier League side C"
CLUB_DESC = (
    r"(?:(?!to\b|for\b|and\b)[\w\-]+\s+){1,3}?(?:club|side|outfit|giants|champions|holders|leaders|rivals)\s+"
)
# ("the Czech specialist Y": an article before the nationality too)
REPLACED_DESC = (
    r"(?:(?:the|his|her|their)\s+)?(?:" + DEMONYM_DESC + r"|(?:(?!(?:by|with|as|for|at|in|on|to|and|or|but|"
    r"him|her|them|who|after|before|from)\b)(?-i:[a-z][\w\-]*)\s+){0,3}?)"
)
# "his former boss Y", "Xavi's mentor Y": the man named after a possessor and a few words of what he
# was to him (not kin: "his father Y")
POSSESSOR_DESC = r"«P\d+»['’]s\s+(?!" + KIN + r"\b)(?:[\w\-]+\s+){1,3}?(?=«P)"
# what two sides did together when a coach went: "parted by mutual consent", "agreed to part ways", "reached
# agreement for the rescission of the contract", "have separated"
PARTED = (
    # ("have decided to separate by common agreement": both sides' decision, as translated copy tells it)
    r"{HAVE}\s+(?:(?:mutually\s+)?(?:agreed|decided)\s+to\s+(?:part|separate|go\s+their\s+separate\s+ways)\b|"
    r"(?:parted|separated)\b(?:\s+(?:ways|company))?(?!\s+with\b)|"
    # ("will part ways at the end of the season", "are parting company": the exit told ahead of its day)
    r"(?:part|parting)\s+(?:ways|company)\b(?!\s+with\b)|"
    # "agreed to end their working relationship", "decided to terminate their collaboration"
    r"(?:(?:mutually\s+)?(?:agreed|decided)\s+to\s+|(?=ended\b|terminated\b))(?:end(?:ed)?|terminated?)\s+"
    r"(?:their|the)\s+(?:working\s+|professional\s+|contractual\s+)?(?:relationship|cooperation|collaboration|"
    # "VFF and coach X have agreed to terminate the contract" (both sides: the one contract between them)
    r"association|partnership|contract)\b|"
    # "have agreed on the end of their collaboration" (translated "ont convenu de la fin de leur …")
    r"agreed\s+(?:up)?on\s+the\s+(?:end|termination)\s+of\s+(?:their|the)\s+(?:working\s+|professional\s+)?"
    r"(?:relationship|cooperation|collaboration|association|partnership|contract)\b|"
    r"reached\s+(?:an?\s+)?(?:mutual\s+|amicable\s+)?agreement\b(?=(?:[^.;«]|«[CS]\d+»){0,50}?\b(?:rescission|"
    r"termination|end|dissolution|cancellation|part\s+ways|to\s+part)\b))"
)


def _expand(pattern: str) -> str:
    for macro, regex in _MACROS.items():
        pattern = pattern.replace(macro, regex)
    return pattern


# "… to a multi-year contract extension", "to a new two-year deal": a renewal, told after "signed X"
TO_EXTENSION = (
    r"(?:an?\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:(?:contract\s+)?extension|new\s+(?:[\w\-]+\s+){0,2}?(?:contract|deal))\b"
)

# "the job", "the top job", "the Hull job", "the Hull manager's job", "C's head coach role": the post, told
# with up to three words (or the club) before its noun
_THE_POST = r"the\s+(?:(?:[\w\-]+(?:['’]s)?|«[CS]\d+»(?:['’]s?)?)\s+){0,3}?"

APPOINT_VERB = (
    # (not "installed as favourite": the bookmakers' first name, a rumour)
    r"(?:(?:re-?)?appointed|named|installed(?!\s+as\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?(?:favou?rite|front-?runner))|"
    r"unveiled|hired|confirmed|promoted|announced|"
    # translated "fue oficializado", "è stato ufficializzato": a club's making it official
    r"officiali[sz]ed|"
    r"chosen|selected|handed\s+" + _THE_POST + r"(?:job|reins|role)|"
    r"given\s+" + _THE_POST + r"(?:job|reins|post|role|position)|"
    # "had been given / handed temporary charge in February": the team entrusted to him
    r"(?:given|handed)\s+(?:(?:interim|temporary|caretaker|sole|overall)\s+)?charge\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:game|match))|"
    r"(?:put|placed)\s+in\s+(?:interim\s+|temporary\s+|caretaker\s+)?charge|"
    r"made(?!\s+(?:his|her|their|«P\d+»(?:'s)?)\s+(?:name|debut|mark)))"
)
# "dismissed speculation / talk of a move", "fired back at his critics": waved away, nobody sacked; "fired
# home past X", "fired a low shot into the corner": a shot in a match report
WAVED_AWAY = (
    r"(?!\s+(?:(?:the|any|all|such|those|these|recent|fresh|growing|mounting|media|press|continued|"
    r"further|out\s+of\s+hand)\s+){0,2}(?:speculation|talk|reports?|rumou?rs?|claims?|suggestions?|"
    r"concerns?|fears?|criticism|links?|questions?|notion|idea|accusations?|allegations?|gossip|"
    r"stories|story|the\s+(?:chances?|possibility|prospect))\b)"
    r"(?!\s+(?:back|up|off\s+a|a\s+(?:warning|shot|parting))\b)"
    r"(?!\s+(?:home|wide|past|into\s+the|over\s+the\s+(?:bar|crossbar|top)|the\s+(?:ball|winner|opener|equali[sz]er|"
    r"penalty|rebound|decisive)|an?\s+(?:[\w\-]+\s+){0,2}?(?:shot|strike|effort|volley|drive|header|free-kick|penalty|kick))\b)"
)
# "will take charge of the Azzurri at the Etihad on March 23", "takes charge for the first time
# against Ukraine": the first game of a post told elsewhere, not a second appointment
# "… charge (of the team) for the final two games / of last month's friendly / for Wednesday's cup
# quarter-final / of next week's training camp": the games a stand-in took
_FOR_GAMES = (
    r"(?:\s+of\s+the\s+(?:first\s+|senior\s+)?" + TEAM_NOUN + r")?\s+(?:for|of)\s+"
    r"(?:[\w'’\-]+\s+){0,4}?(?:games?|match(?:es)?|fixtures?|friendl(?:y|ies)|qualifiers?|"
    r"(?:quarter|semi)-?finals?|ties?|camps?)\b"
)
GAME_CHARGE = (
    r"(?!(?:\s+of\s+(?:the\s+)?(?:«[CS]\d+»|team|side|squad))?\s+(?:for\s+the\s+first\s+time\b|"
    r"at\s+(?:[^.;,]{0,40}?)(?:Stadium|Stadion|Estadio|Park|Arena|Wembley|Etihad|Anfield)\b|"
    r"against\s+(?:the\s+)?«C))"
)
SACK_VERB = (
    # ("was destituted", "was cessed": translated "destituido", "cesado")
    r"(?:sacked|fired" + WAVED_AWAY + r"|dismissed" + WAVED_AWAY + r"|axed|exonerated|destituted|cessed|"
    r"relieved{TIME}\s+(?:of|from)\s+{HIS}\s+(?:duties|functions|post|position)|let\s+go|"
    r"shown\s+the\s+(?:exit\s+)?door|"
    r"ousted|removed\s+from\s+{HIS}\s+(?:post|position)|"
    r"separated\s+from\s+{HIS}\s+(?:functions|duties|post)|removed\s+from\s+office|"
    # "was separated from the position / from the club" (translated): the club's doing, told in the passive
    # (not "X, who separated from the club by mutual consent": his own parting)
    r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))separated\s+from(?:\s+the\s+(?:position|post|club)|(?=\s+«C\d+»))|"
    # "X, who was terminated earlier this month": let go (American usage), in the passive
    r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))terminated|"
    r"dismissed\s+from\s+{HIS}\s+(?:functions|duties|post)|"
    # "was released from his duties": the German "freigestellt", a sacking
    r"released\s+(?:with\s+immediate\s+effect\s+)?from\s+{HIS}\s+(?:functions|duties|post|contract)|"
    # a coach "was released (after a winless start / in October)": let go by his club (README: dismissed),
    # not one "released to join C" / "released from his contract to take over C" (a move he wanted)
    # ("was also released together with the head coach": let go with him)
    r"released(?=\s+(?:after|following|in|on|at|by|with|together|along|when|last|this|earlier|two|three|four|"
    r"just|only|already)\b|\s*[,.;]|$)(?![^.;]{0,60}\bto\s+(?:join|take|become|manage|coach)\b)|"
    # "was removed as head coach": removed from the post by the club
    r"removed\s+as\s+(?:(?:head|first-team)\s+)?(?:coach|manager|boss|trainer)|"
    # "who was removed last week after the defeat", "was also removed." (translated "destituido"): put out of
    # his post, told by the passive with its time or with "also" echoing a sacking told before (not "removed
    # from the squad", nor "removed in the 60th minute", nor a bare "after X was removed," of no post named)
    r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=also\s))removed"
    r"(?=\s+(?:last|on|yesterday|earlier|after|following|this|together|along)\b|\s+in\s+(?:(?-i:[A-Z])|\d))|"
    r"(?<=also\s)removed(?=\s*[.;]|$))"
)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))"
)
# "a new three-year contract", "an improved deal"
# a staff title right before a name: "his assistant Y", "first assistant coach Y", "goalkeeping coach Y"
STAFF_ROLE = (
    r"(?:(?:his|her|the|«P\d+»'s|first|long-?time|long-serving|long-standing|trusted|faithful|new)\s+)*"
    r"(?:assistants?(?:\s+(?:coach|manager))?|number\s+two|"
    r"(?:goalkeeping|fitness|analyst|performance)\s+coach|analyst)\s+"
)
# role words between "the contract of" and the name: "of technical director X", "of the technician X"
_STAFF_WORDS = (
    r"(?:(?:the|his|her|their|its|head|technical|director|coach|manager|technician|assistant|assistants|"
    r"goalkeeping|fitness|boss|trainer|first-team|sporting|mister)\s+)*"
)
# "X …, having (only) been": a participle clause whose subject is X, the first man of the sentence
HAVING = (
    r"{P}(?!['’])(?:[^«.;:!?]|«[CS]\d+»|«P\d+»'s){0,120}?,\s+having\s+"
    r"(?:(?:only|just|recently|previously)\s+)?"
)

# a sentence about a match, not a job: "substituted by X in the 70th minute", "his place in the XI"
NOT_MATCH_PLAY = (
    r"(?![^.;]*\b(?:minutes?|half-time|halftime|(?:first|second)\s+half|interval|injur\w*|goals?|scored?|"
    r"starting|line-?up|XI|came\s+on|off\s+the\s+bench|dropped|striker|midfielder|defender|winger|"
    r"goalkeeper|forward|captain|player)\b)"
)
# the stretch a stand-in leads the team for while the post is open: "for the rest of the season", "until the
# end of the campaign", "in the meantime", "on an interim basis", "until a permanent appointment is made",
# "until further notice", "for the remaining three games"
# until the post is filled: "until a successor is named", "until a new manager is found", "until their new
# head coach is in place", "until the appointment of a successor" (a stand-in's time, wherever it is read)
UNTIL_POST_FILLED = (
    r"until\s+(?:(?:a|the|their|its)\s+(?:(?:new|permanent|full-time)\s+)*"
    # ("until a new man is found": the post's next holder told as a man)
    r"(?:(?:head\s+)?(?:coach|manager|boss|trainer)|(?<=new\s)man|replacement|successor|appointment)\s+"
    r"(?:is|has\s+been|can\s+be)\s+(?:made|appointed|named|found|hired|recruited|in\s+place)|"
    r"the\s+appointment\s+of\s+(?:a|the)\s+(?:(?:new|permanent)\s+)*(?:head\s+coach|coach|manager|boss|successor))"
)
UNTIL_FILLED = (
    r"\s+(?:for\s+the\s+rest\s+of\s+the\s+(?:season|campaign|year)|until\s+the\s+end\s+of\s+the\s+"
    r"(?:season|campaign|year)|in\s+the\s+meantime|on\s+an?\s+(?:interim|temporary|caretaker)\s+basis|"
    r"for\s+now|for\s+the\s+time\s+being|" + UNTIL_POST_FILLED + r"|until\s+further\s+notice|"
    r"for\s+the\s+(?:remaining|next|last|final)\s+(?:\w+\s+)?(?:games|matches|fixtures))\b"
)
# the stretch told between "will be led" and "by X": "temporarily", "for now", "in the meantime", "until
# further notice", "on an interim basis" (a stand-in's time)
LED_FOR_NOW = (
    r"(?:(?:temporarily|provisionally|for\s+now|in\s+the\s+meantime|meanwhile|until\s+further\s+notice|"
    r"on\s+an?\s+(?:interim|temporary|caretaker)\s+basis|"
    # ("will be coached next season by X", "from the summer", "from July": when the new man starts)
    r"(?:from\s+)?next\s+(?:season|year|campaign)|from\s+(?:the\s+)?(?:new|coming|next)\s+(?:season|year|campaign)|"
    r"from\s+(?:the\s+)?summer|from\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December))\s+)?"
)
# "spells in charge of C", "a spell in caretaker charge of C" (a stand-in's: see `career_lists._list_role`)
# when a change happened, right after its verb: "in September", "in October 2023", "last summer", "in the
# summer of 2022", "at the start of the year"
CHANGE_WHEN = (
    r"(?:(?:in|on|last|this|during|at\s+the\s+(?:start|end|turn|beginning)\s+of)\s+(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December|summer|winter|spring|autumn|year|season|(?:19|20)\d\d)"
    # ("in June last year", "in March this year": the month's year told relative to the news)
    r"(?:\s+(?:of\s+)?(?:19|20)\d\d|\s+(?:last|this)\s+(?:year|season))?\b"
    # ("arrived the same month", "left the following summer": a time told by the date before it)
    r"|(?:the\s+same|that|the\s+following|the\s+next)\s+(?:day|week|month|summer|winter|season|year)\b)"
)
STAND_IN_CHARGE = r"in\s+(?:caretaker\s+|interim\s+|temporary\s+)?charge\s+"
# a coaching career (never a playing one) named as such: "coaching career", "career as head coach"
_COACHING_CAREER = (
    r"(?:(?:coaching|managerial)\s+career|career\s+as\s+(?:an?\s+)?(?:head\s+)?(?:coach|manager))"
)


# the goalkeeping coach's title: "goalkeeping coach", "goalkeepers' trainer", "goalkeeper preparer"
# (translated "preparador de goleiros"), "keeper trainer" (translated Dutch "keeperstrainer")
GOALKEEPING_TITLE = (
    r"(?:goalkeep(?:ing|ers?['’]?)|(?<![\w\-])keepers?['’]?)\s+(?:coach(?:es)?|trainers?|preparers?)"
)
# staff posts that coach no squad, as the English-language press names them: the mind's coach ("mental
# trainer", "sports psychologist") and sports science ("sports scientist", "head of performance", "head of
# sports science"); read as backroom titles here and as the other_staff role by `cues.ROLE_WORDS`
SPECIALIST_TITLE = (
    r"mental\s+(?:trainers?|coach(?:es)?)|(?:sports?\s+)?psychologists?|"
    r"sports?\s+scientists?|head\s+of\s+(?:performance|sports?\s+science)"
)
# a backroom title, singular or plural, incl. translated ones: "co-trainer", "second coach", "the auxiliary",
# "physical trainer", "goalkeeper trainer", "technical collaborator", "mental trainer"
BACKROOM_TITLE = (
    # ("vice": translated "vice-allenatore", not a vice-president or vice-captain)
    # ("adjunct": translated "adjunto"; "his right hand A")
    r"(?:(?<![\w\-])vice(?![\s\-]*(?:presid|chair|captain))|adjuncts?|right[\s-]hand(?:\s+(?:man|woman))?|"
    # ("his deputy A", "his second A": translated "il suo vice", "su segundo"; only right before the name, not
    # "deputy chairman" nor "his second spell"; the name tag's opening alone, as rules swap whole tags for
    # their {P} slots)
    r"(?:(?<![\w\-])deputy|(?<![\w\-])second)(?=,?\s+«P\d)|"
    # ("auxiliary technician": translated "auxiliar técnico", "auxiliar-técnico"; "secund": Romanian "secund",
    # the second coach)
    # ("field assistant": translated "ayudante de campo", the second coach of South American copy)
    r"(?:first[\s-]team\s+|first\s+|technical\s+|field\s+)?(?:assistant|collaborator|auxiliar(?:y|ie))s?"
    r"(?:\s+(?:coach(?:es)?|managers?|trainers?|technicians?|head\s+coach(?:es)?))?|co-trainers?|co-coach(?:es)?|"
    r"secunds?|"
    # ("second trainer", "trainer of goalkeepers", "goalkeeper preparer", "trainer of motor preparation":
    # translated Polish, Romanian and Portuguese titles)
    r"second\s+(?:coach(?:es)?|trainers?)|number\s+twos?|(?:(?:physical|athletic|fitness|conditioning)\s+(?:trainers?|"
    # ("athletic performance coach": the fitness coach's title in Turkish and Spanish copy)
    r"coach(?:es)?|preparers?)|" + GOALKEEPING_TITLE + r"|"
    r"(?:trainers?|preparers?|coach(?:es)?)\s+of\s+(?:the\s+)?goalkeepers|"
    r"(?:trainers?|coach(?:es)?)\s+of\s+(?:motor|physical|athletic)\s+preparation|"
    r"(?:athletic\s+)?performance\s+(?:coach(?:es)?|trainers?)|"
    # ("set-piece coach": a specialist on the staff, as the analyst)
    r"set[\s-]pieces?\s+coach(?:es)?|"
    r"(?:video\s+|match\s+)?analysts?|" + SPECIALIST_TITLE + r"|head\s+of\s+(?:analysis|goalkeeping)))"
)
# the man who leads the team for now, named with his title: "interim coach X", "his (Syrian) assistant X",
# "Y's assistant X", "the coach of the reserves, X", or a backroom title, set off or not ("co-trainer X",
# "the goalkeeping coach X", "its assistant coach, X": an aide standing in) (not "U21 coach X": the squad
# tag before his name would be read as the side he leads)
STAND_IN_NAMED_AS = (
    r"(?:(?:the|his|her|their|its|«P\d+»['’]s?)\s+)?(?:(?-i:[A-Z][a-z]+)\s+(?=assistant\b))?"
    r"(?:(?:interim|caretaker|assistant|coach|manager)\s+)*"
    r"(?:(?:coach|manager|trainer)\s+of\s+the\s+«S\d+»,\s+|"
    # ("by youth coach X", "by the under-19 coach X": a youth or reserve side's coach standing in)
    r"«S\d+»\s+(?:team\s+)?(?:coach|manager|trainer)\s+|" + BACKROOM_TITLE + r",?\s+)?"
)
# the club they leave, named right after the verb ("left Bremen", "dismissed by the club C"); else their
# boss's post or the club in view (not a club of an aside: ", who had followed him from Kiel,")
STAFF_CLUB = r"(?:\s+(?:the\s+)?(?:club\s+)?{C}(?!['’]))?"
# an opening participle whose subject is the man named after its comma: "Sacked by C in May, X …"
OPENING_CLAUSE_TO = r"(?:[^,.;«]|«[CS]\d+»){0,60}?,\s*{P}(?!\s*(?:,|and)\s)(?!['’])"


# "the former assistant of Klopp at Liverpool", "leaves Arne Slot's staff at Liverpool", "Leipzig finished the
# season with Zsolt Löw as interim coach": the named man's post at that club, told on the way to another story
AT_SENIOR_CLUB = (
    r"\s+(?:at|with|in)\s+(?:the\s+)?{CDESC}{C}(?!['’]s?\s+(?:«S\d+»|under-|youth|academy|women))"
)

# a staff or a boss named with no club right after it ("Y's staff at C" is read by "boss-staff-at"; "…,
# following him from A to B" by "aide-following-head-to"); shared by the spell and aide rules
NO_CLUB_NEXT = r"(?!\s+(?:at|in|with|when)\s+(?:the\s+)?«[CS]|,?\s+following\b)"

# "working with C (and D) as a scout / as their analyst": a post off the bench at the clubs listed
NOT_AS_NON_COACH = (
    r"(?!\s+(?:the\s+)?«C\d+»(?:(?:,|\s+and)\s+(?:the\s+)?«C\d+»)*\s+as\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
    r"(?:[\w\-]+\s+)?(?:" + EXECUTIVE_TITLES + r"|ambassador|analyst|advis[eo]r|consultant|pundit|player)\b)"
)

# A club after a list's joint that is the subject of a clause of its own, not an item: "coached A and B beat
# both his sides", "… with A and B and B president «P» praised him", "and in Germany at B, «P» was his
# mentor", "and five seasons at B as a player shaped him" (a finite verb, a title and a person, another man
# told as his someone after a comma, or a player's years); matched right after the club's tag
CLUB_OPENS_CLAUSE = (
    r"\s+(?:(?:has|had|have|was|is|were|are|will|would|could|can|did|does|beat|beats|won|wins|said|says)\b|"
    r"[a-z]+ed\s+(?:«|him|her|them|both|his|their|the)\b|"
    r"(?:" + EXECUTIVE_TITLES + r"|coach|manager|boss|" + PLAYING_POSITION + r")\s+«P\d+»|"
    r"as\s+(?:a\s+)?player\b(?!-))"
    # (another man told as "his" someone: "…, «P» was his mentor", not "…, «P» was named manager")
    r"|\s*,\s*«P\d+»\s+(?:was|is|has\s+been|had\s+been)\s+(?:his\b|her\b|«P\d+»['’]s?)"
)
