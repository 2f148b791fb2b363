"""Offers, refusals and links: offers made and declined, candidates linked, talks, approaches,
candidate lists, refusals after an apposition, gossip columns and club statements, hedged and
refused approaches.
"""

from __future__ import annotations

from pipeline.extract.lexicon import LIST_SEP
from pipeline.extract.rules.grammar import (
    _STAFF_WORDS,
    CLUB_BODY,
    HAPPY_PUT,
    NOT_AS_NON_COACH,
    OWNERS_WORD,
    PEOPLE_LIST,
    STAFF_CLUB,
)
from pipeline.extract.rules.keys import ALONG_WITH_KEYS, BRING_KEYS, RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# a man approached choosing his own way instead: "decided to stay", "preferred to wait for a job in Europe",
# "opted to sign a new contract at Ayr instead", "decided to take a break from football", "is happy working
# under Y" ("happy with the project", "decided to sign a new contract with C" may be the approacher's yes)
# ("would prefer to wait", "chooses to stay", translated "preferred to rest": the same choice in other forms)
_CHOSE_OWN_WAY = (
    r"(?:decide[sd]?|opted|preferred|prefers|would\s+prefer|chose|chooses|choose)\s+to\s+"
    r"(?:remain|stay|wait|continue|rest|take\s+a\s+break|"
    r"sign\s+a\s+new\b(?=[^.;]{0,60}?\b(?:instead|(?:his|her)\s+current\s+(?:club|employers?|side))))|"
    r"(?:is|was)\s+(?:" + HAPPY_PUT + r"|happy\s+to\s+stay)"
)
# more ways news copy tells the man approached saying no, each an answer only to an approach told before it:
# "but would not leave the federation", "who refused to return", "who did not accept the conditions", "but
# said he needed a break / had no wish to return", "but the coach withdrew over the salary", "but X ruled
# himself out", "who opted for C instead", "who instead agreed to stay at C" ("refused to comment", "withdrew
# his players", "agreed to stay on as assistant" under a new man: no answer to an offer)
_REFUSED_IN_OTHER_WORDS = (
    r"(?:would|will)\s+not\s+(?:leave|move)\b|"
    r"said\s+(?:that\s+)?(?:he|she|«P\d+»)\s+(?:needed\s+a\s+(?:break|rest)|had\s+no\s+(?:wish|desire|intention)\s+to)\b|"
    r"refused\s+to\s+(?:return|leave|move|come|join|accept)\b|"
    r"(?:did\s+not|didn['’]t)\s+accept\s+(?:the|their|its|his|her)\s+(?:[\w\-]+\s+)?"
    r"(?:conditions|terms|offer|proposal)\b|"
    r"withdrew(?=\s*[.,;]|\s*$|\s+(?:over|because|for\s+(?:personal|family)|citing|from\s+(?:the\s+)?"
    r"(?:race|running|talks|negotiations|process|reckoning))\b)|"
    r"ruled\s+(?:himself|herself|«P\d+»)\s+out\b|"
    r"opted\s+for\s+(?:[^.;,]|«C\d+»){1,40}?\s+instead\b|"
    r"agreed\s+to\s+(?:stay|remain)\s+(?:at|with|in)\b"
)
# plainer words of staying put, a refusal only as the answer to an approach told before them: "but the coach
# stayed in Tarkwa", "but he did not want to leave C", "but wants to stay at C", "but preferred the project
# in Romania", "but the specialist refused" (alone they tell no offer: "his assistant stayed at the club")
_STAYED_PUT = (
    r"stayed(?=\s+(?:in|at|with|put|where)\b|\s*[.,;]|\s*$)|"
    r"(?:did|does|do)\s+not\s+want\s+to\s+(?:leave|move)\b|"
    r"(?:wants?|wanted)\s+to\s+(?:stay|remain|continue)\b|"
    r"preferred\s+(?:the|a|an|another)\s+(?:[\w\-]+\s+)?(?:project|offer|proposal|option|challenge)\b|"
    r"refused(?!\s+to\b)|" + _REFUSED_IN_OTHER_WORDS
)
# ", who declined", ", who turned them down", ", who preferred to wait": the man just named refusing
# (", who however preferred to stay": the refusal's own adverb; it answers the approach before it, so a
# plainer "who stayed at C" reads too)
_WHO_REFUSED = (
    r",\s+who\s+(?:(?:promptly|quickly|politely|ultimately|eventually|finally|later|however|instead)\s+)?"
    r"(?:declined(?!\s+to\b)|turned\s+(?:it|them|him|her|(?:the|their|that)\s+\w+)\s+down|said\s+no|"
    r"turned\s+down\s+(?:the|their|that)\s+\w+|" + _CHOSE_OWN_WAY + r"|" + _STAYED_PUT + r"|"
    r"rejected\s+(?:it|them|(?:the|their|that)\s+\w+)|(?:is|was)\s+not\s+interested)\b"
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
    # ("evoked", "discussed": the translated French "évoqué" and the board's own talk of names)
    r"(?:mentioned|linked|considered|named|touted|tipped|quoted|suggested|rumoured|shortlisted|interviewed|evoked|"
    r"discussed)"
)
# who weighed the names, told in a relative clause before the list: "those the federation interviewed", "the
# names the board had evaluated" (one or two words, or a club; a verb of weighing only: "those the coach
# named in his squad" are players)
_WEIGHER_CLAUSE = (
    r"(?:the\s+|its\s+|their\s+)?(?:«C\d+»|[\w\-]+)(?:\s+[\w\-]+)?\s+(?:(?:had|has|have)\s+)?(?:also\s+)?"
    r"(?:interviewed|evaluated|considered|assessed|discussed|shortlisted|studied|analy[sz]ed|weighed)"
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
# a coach's title before his name ("coach X", "assistant X"), and a post he held told that way: "former
# Roma and Tottenham coach", "ex-Wigan manager", "former Young Africans assistant" (the clubs, then the title)
_HIS_TITLE = r"(?:boss|manager|(?:head\s+|assistant\s+)?coach|assistant(?:\s+manager)?|trainer)"
_FORMER_POST = (
    r"(?:former\s+|ex-\s*|ex\s+)(?:\w+|«C\d+»)(?:\s*(?:,|and)\s+«C\d+»)*(?:\s+«S\d+»)?\s+" + _HIS_TITLE
)
# "talks with X", "talks with manager X", "talks with (the) former Roma and Tottenham coach X" (the clubs he
# coached before his name), "talks with Ipswich's X" (the man named by his club), "talks with Swiss coach X"
# (his nationality before his trade), "… with X and Y"
_TALKS_WITH = (
    r"\s+with\s+(?:(?:«C\d+»\s+|(?!" + OWNERS_WORD + r")[A-Z][\w\-]+\s+)?"
    r"(?:manager|coach|boss|head\s+coach)\s+|(?:the\s+)?" + _FORMER_POST + r"\s+)?"
    r"(?:«C\d+»['’]s?\s+)?{P}(?:\s*(?:,|and)\s*{P2})?"
)

# "in talks with X over a new contract": his own deal where he is (a renewal in the making), no link to a job
_NOT_OVER_HIS_CONTRACT = (
    r"(?!\s+(?:over|about|on|regarding)\s+(?:a\s+|an\s+)?(?:new|fresh|improved|contract|extension)\b)"
)
# … and the same words as the clause's end: "over a new contract", "about a fresh two-year deal"
_OVER_A_NEW_CONTRACT = (
    r"\s+(?:over|about|on|regarding)\s+(?:a\s+|an\s+)?(?:new|fresh|improved)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:contract|deal)\b"
)


# --- offers --------------------------------------------------------------------------
OFFERS: tuple[Rule, ...] = (
    R(
        "offer-for",
        "offer",
        # ("made a request for C's X": translated Norwegian "forespørsel", the club asking for the man)
        r"\b(?:made|make|making|submitted|tabled|launched)\s+(?:an?\s+|\w+\s+)?(?:\w+\s+)?(?:offer|"
        r"approach|bid|attempts?|move|request)\s+(?:to\s+(?:the\s+)?{CDESC}«C\d+»\s+)?(?:for|to\s+(?:sign|lure|pry|prise|tempt|hire))"
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
        # ("had also sounded X", "had negotiated with X": the Italian "sondato", the Spanish "negoció con" of
        # translated copy, told in the past: talks held, not a rumour of talks)
        # ("had also been in contact with X": the club's contact told after the fact)
        r"\b(?:approached|contacted|sounded(?:\s+out)?|negotiated\s+with|offered|made\s+contact\s+with|"
        r"got\s+in\s+touch\s+with|(?<=\bbeen\s)in\s+contact\s+with|"
        # ("an approach was made to X": the club's approach told passively)
        r"approach\s+(?:was|had\s+been)\s+made\s+to)\s+"
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
        r"{P}{APP}{HAVE}\s+(?:(?:been|was|were|is|are|got|being)\s+(?:\w+ly\s+|also\s+)?"
        # ("contacted by the police": only a club's side contacting him is an approach)
        # ("had been sounded by C": translated Portuguese "sondado", Spanish "sondeado")
        r"(?:offered|approached|contacted(?!\s+by\s+(?!(?:the\s+|its\s+|their\s+)?(?:{CDESC}«C|"
        + CLUB_BODY
        + r")))|sounded(?:\s+out)?)|"
        r"given\s+the\s+(?:chance|opportunity)|received\s+a\s+(?:call|phone\s+call|approach|offer))"
        # "has been approached by C": the suitor named
        r"(?:\s+by\s+(?:the\s+)?{CDESC}{C}(?!['’]))?",
        0.7,
        club_side="topic",
    ),
)


# "C, …, had also made an approach, which X turned down": the club's approach and the man's refusal
_APPROACH_HE_REFUSED = (
    r"\b(?:made|make|makes|making|submitted|tabled)\s+an?\s+(?:\w+\s+)?(?:approach|offer|bid|proposal|request)"
    r"(?:\s+for\s+(?:him|her|«P\d+»))?,\s+which\s+{P}\s+(?:\w+ly\s+)?(?:turned\s+down|rejected|declined|refused|"
    r"rebuffed|snubbed|spurned)\b"
)
RULE_KEYS.update(
    {
        "approach-he-refused": (", which",),
        "approach-he-refused-offer": (", which",),
    }
)

# --- offer declined ------------------------------------------------------------------------
OFFER_DECLINED: tuple[Rule, ...] = (
    R("approach-he-refused", "offer_declined", _APPROACH_HE_REFUSED, 0.75, club_side="subject"),
    R("approach-he-refused-offer", "offer", _APPROACH_HE_REFUSED, 0.7, club_side="subject"),
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
        # ("but at that time preferred to continue": the time of the refusal told first)
        # ("but the trainer of C chose to stay", "but the specialist refused": his post or trade for his name;
        # 'but X "preferred to wait …"': his words quoted)
        r"\b(?:only\s+to\s+|but\s+|and\s+)(?:(?:«P\d+»|he|she|the\s+pair|the\s+duo|both(?:\s+men)?|"
        r"the\s+(?:[A-Z][a-z]+|coach|manager|boss|tactician|technician|trainer|specialist|strategist)"
        # ("but the trainer of the youth preferred to stay": his post at the club for his name)
        r"(?:\s+of\s+(?:the\s+)?(?:«[CS]\d+»|youth|reserves|academy))?)\s+)?(?:at\s+(?:that|the)\s+time\s+)?"
        # ("but in the end turned the offer down": the answer after a while)
        r"(?:(?:promptly|quickly|swiftly|politely|ultimately|eventually|finally|in\s+the\s+end|later|however|instead|"
        r"still)\s+)?[\"“‘]?"
        r"(?:decide[sd]?\s+against|"
        + _CHOSE_OWN_WAY
        + r"|turn(?:ed)?\s+(?:it|them|him|(?:the|their|that)\s+\w+)\s+down|"
        # ("…, but turned down the approach": the offer just told, refused)
        r"turn(?:ed)?\s+down\s+(?:the|their|that|an?)\s+(?:approach|offer|job|post|role|proposal)|"
        r"declined(?!\s+to\b)|say\s+no|said\s+no|(?:is|was)\s+not\s+interested|"
        r"(?P<stayed>" + _STAYED_PUT + r"))\b",
        0.7,
        club_side="declined",
    ),
    # "The club also sounded out X, who declined", "Bochum approached Y, who turned them down": the
    # approach's man refusing in a relative clause
    R(
        "approached-who-declined",
        "offer_declined",
        # ("talked with A and with B, who decided to stay": the last man named before "who")
        # ("had probed X, who preferred to stay": translated "sondeó", sounded out)
        # ("enquired about X, who opted for C instead", "an approach was made to X, who rejected it")
        r"\b(?:approached|sounded(?:\s+out)?|probed|contacted|negotiated\s+with|(?:held|had)\s+talks\s+with|"
        r"(?:enquired|inquired|asked)\s+about|approach\s+(?:was|had\s+been)\s+made\s+to|"
        r"(?<=\bbeen\s)in\s+contact\s+with|"
        r"talked\s+(?:with|to)|"
        r"spoke\s+(?:with|to)|offered\s+the\s+(?:job|post|role)\s+to|"
        # ("had also spoken with X, who preferred to wait", "had a conversation with X, who …": talks told
        # after the fact, refused; not "Other candidates spoken to included X, who …": a list weighed)
        r"ha(?:ve|s|d)\s+(?:also\s+|already\s+)?(?:spoken\s+(?:with|to)|interviewed)|"
        r"(?:had|held)\s+(?:\w+\s+)?conversations?\s+with|"
        # ("made a request for C's X, who said no thanks")
        r"made\s+an?\s+(?:\w+\s+)?(?:offer|approach|request|bid|proposal)\s+(?:to|for))\s+"
        r"(?:(?:[^«.;:]|«[CPS]\d+»){0,40}?\s)?"
        # ("held talks with X, the C coach, who preferred …", "… for X, of C, who …": who he is, between)
        r"{P}(?:,\s+(?:the|a|an|former|ex-?|of)\b(?:[^«.;:,]|«[CS]\d+»){1,60})?" + _WHO_REFUSED,
        0.7,
        club_side="subject",
    ),
)


# when the press named a candidate, told right after who named him: "last week", "this month", "earlier"
_WHEN_NAMED = (
    r"(?:\s+(?:last|this|earlier\s+this)\s+(?:week|weekend|month|night|summer|winter|spring|autumn)|"
    r"\s+(?:earlier|recently))"
)


# who named a candidate, after "mentioned", then the end of the clause or what as: "by supporters", "in local
# reports as a candidate" (not "by supporters as a hero of the 2010 side"), "by bookmakers as possible
# successors" (the odds), "in the North Brabant press last week" (the paper's region in up to two words, then
# when), "in the Stockholm papers", "on social media last night"
_NAMED_BY_THE_PRESS = (
    r"\s+(?:by|in|on)\s+(?:the\s+)?(?:supporters|fans|bookmakers|bookies|"
    r"(?:[\w\-]+\s+){0,2}?(?:media|press|reports|newspapers|papers))" + _WHEN_NAMED + r"?"
    r"(?:\s*(?:[,.;]|$)|\s+as\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:candidates?|successors?|"
    r"replacements?|returns?|options?|favou?rites?|contenders?|alternatives?)\b)"
)


# where the press names a candidate, told between "mentioned" and what as: "is mentioned in Groningen as a
# possible successor", "was mentioned in Utrecht as a candidate" (the club's town or the club itself)
_IN_THE_PLACE = r"(?:\s+in\s+(?:«C\d+»|(?-i:[A-Z][\w\-]+)))?"


# --- linked --------------------------------------------------------------------------------
LINKED: tuple[Rule, ...] = (
    R(
        "is-linked",
        "linked",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:also|heavily|strongly|already|both|all)\s+)*(?:been\s+)?"
        # ("remains the favourite", "appears as the first option": the press's candidate still or seemingly)
        # ("was installed as favourite with the bookmakers": the odds' first name, not an appointment)
        r"(?:(?:emerged|emerges|emerging|now|widely|firmly|appears|appeared|installed)\s+as\s+|"
        # ("A and B remain the board's dream candidates": a pair named at once)
        r"(?:remains|remained|(?<=»\s)remain)\s+)?"
        # ("was reported to have been interviewed": the press's word for a candidate's talk)
        # ("is now understood to be", "has been widely reported as": how firm the report is, told before it)
        r"(?:(?:(?:now|widely|generally|increasingly|also|still)\s+)?(?:regarded|seen|viewed|"
        r"considered|understood|thought|believed|reported|said)\s+(?:in\s+\w+\s+)?(?:as|to\s+be|to\s+have\s+been)\s+"
        r"(?:being\s+)?"
        r"(?:high\s+|top\s+|very\s+much\s+)?)?(?:linked|"
        r"tipped|touted|fancied|"
        r"shortlisted|considered|in\s+the\s+frame|in\s+the\s+running|under\s+consideration|"
        # ("is favourite", "is hot favourite", "is the bookmakers' favourite")
        r"(?:the\s+(?:[\w\-]+'?\s+){0,2}|(?:clear|strong|early|firm|hot|red-hot|odds-on|overwhelming)\s+)?"
        r"(?:favourite|frontrunner|front-runner)(?!\s+(?:of|among)\s+(?:the\s+)?(?:fans|supporters))|"
        # ("X is the alternative": the club's second candidate)
        # ("A and B are the other contenders": a pair or list named at once, the plural after "the")
        r"(?:a|an)\s+(?:[\w'’]+\s+){0,2}?(?:candidate|contender|choice|option|alternative|front-?runner)|"
        r"the\s+(?:[\w'’]+\s+){0,2}?(?:candidate|contender|choice|option|alternative|front-?runner)s?\b(?!['’])|"
        # ("one of three candidates", "one of the leading contenders", "leads the race")
        r"(?:leads|led|leading)\s+the\s+(?:race|running)|"
        r"one\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:candidates|favourites|"
        r"contenders|options)|a\s+target|the\s+(?:main\s+|top\s+)?target|"
        # ("has made the shortlist for the C job"; not a shortlist for an award)
        r"made\s+(?:the|a|their|its|«C\d+»['’]s?)\s+(?:[\w\-]+\s+|«C\d+»\s+)?shortlist"
        r"(?![^.;]{0,60}\b(?:award|prize|trophy|honou?r)s?\b)|"
        r"a\s+replacement|the\s+replacement|a\s+contender|(?:(?:at\s+)?the\s+(?:top|head)\s+of|on|added\s+to)\s+"
        # ("has been added to the list of candidates at C")
        # ("on the club's list", "on the board's shortlist": whose list, told by its owner)
        # ("on a three-man shortlist", "on the Hearts shortlist", "on the Magpies' shortlist": its size or
        # its club before it, a plural nickname's possessive too)
        r"(?:the|a|their|its|«C\d+»['’]s?|the\s+(?:club|board|owners?|chairman|president)['’]s?)\s+"
        r"(?:[\w\-]+\s+|«C\d+»(?:['’]s?)?\s+)?(?:shortlist|list(?!\s+of\b)|radar|"
        # ("is on the list of Sassuolo for next season": the club's list)
        r"list\s+of(?=\s+«C\d+»)|"
        # ("is on the list of the board", "on the list of the technical committee": the body that keeps it)
        r"list\s+of\s+the\s+(?:board|directors|directive|management|federation|(?:technical\s+)?committee)\b(?!['’])|"
        r"list\s+of\s+(?:candidates|contenders|targets|names|options)|"
        # ("was on a list of four": a shortlist told by its size, nothing after it)
        r"list\s+of\s+(?:two|three|four|five|six|seven|eight|\d)(?=\s*[.;,]|\s*$))|«C\d+»['’]s?\s+(?:\w+\s+)?(?:target|choice|priority|favourite|candidate)|identified|in\s+the\s+mix|in\s+contention|being\s+considered|"
        # ("among the names the club will consider"; not "among the names on the scoresheet": a player's)
        r"among\s+the\s+(?:\w+\s+)?(?:favourites|candidates|contenders|frontrunners|front-runners|options|"
        r"names(?!\s+(?:on|in)\s+the\s+(?:score|team)[\s-]?sheet)|"
        # ("was among the finalists": the last candidates for the post, not an award's)
        r"finalists(?![^.;]{0,50}\b(?:award|prize|trophy)))|"
        # translated press idioms: "had also been pointed to (as a possible successor)" (Spanish "apuntado"),
        # "is traded as a possible successor" (German "gehandelt als"), "is the name most mentioned to replace
        # him" (not "pointed to the table": what he showed), "A and B are the names most mentioned" (a pair)
        r"pointed\s+to(?=\s*(?:[.;,]|$)|\s+as\s)|traded\s+as\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?"
        r"(?:candidates?|successors?|replacements?|options?)\b|the\s+names?\s+most\s+"
        r"(?:mentioned|heard|cited|quoted|circulated)\b|"
        r"earmarked|(?:mentioned" + _IN_THE_PLACE + r"|named)\s+as\s+(?:a\s+|the\s+)?"
        r"(?:possible|potential|likely)\s+"
        # ("as a possible long-term successor")
        r"(?:[\w\-]+\s+)?(?:successors?|replacements?|candidates?)|being\s+mentioned|"
        # "was mentioned as an option / a candidate": the press's (not "named as a replacement": appointed)
        r"mentioned" + _IN_THE_PLACE + r"\s+as\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?"
        r"(?:option|candidate|alternative|possibility|solution|favou?rite)s?\b|"
        # "X, now at C, has also been mentioned.": named by the press, nothing more said ("…, but he is not
        # expected to move": a clause of its own follows)
        # ("had also been evoked": the translated French "évoqué", the press's word for the same)
        r"(?<=been\s)(?:mentioned|evoked)(?=\s*(?:[.;]|$)|,\s+(?:but|although|though|while|yet)\b|"
        # ("had also been mentioned for the bench", "… evoked for the post": the vacancy he is named for)
        r"\s+for\s+the\s+(?:[\w\-]+\s+){0,2}?(?:post|job|bench|position|role|succession|vacancy)\b|"
        # ("has been mentioned by supporters", "… in local reports as a candidate": who names him)
         + _NAMED_BY_THE_PRESS + r")|"
        # ("was also mentioned by the Catalan press": the simple past's passive, who named him told after)
        r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bwas\salso\s)|(?<=\bwere\salso\s))mentioned(?="
        + _NAMED_BY_THE_PRESS
        + r")|"
        # "had been talked about in C", "has been talked about as a successor": the press's name for the post
        # (not "talked about the game": what he himself spoke of)
        r"(?<=been\s)talked\s+about(?=\s*(?:[.;,]|$)|\s+(?:as|for|at|in)\b)|"
        # ("had also applied", "applied for the position": a candidacy of his own, not "applied pressure")
        r"applied(?=\s*[,.;]|\s+for\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:job|post|position|role|vacancy)\b)|"
        # "is among the technicians evaluated by C": the men a club weighs
        r"among\s+the\s+(?:\w+\s+)?(?:technicians|coaches|managers)\s+(?:(?:being|already)\s+)?"
        r"(?:evaluated|considered|assessed|linked|mentioned|shortlisted)\b|"
        r"(?:(?:reported|said|understood|believed|thought)\s+to\s+be\s+)?close\s+to\s+(?:agreeing|joining|"
        r"taking\s+over|a\s+deal|being\s+(?:named|appointed))|"
        # ("has lined up a friendly": the coach arranging something, not lined up himself)
        r"lined\s+up(?!\s+(?:an?|the|his|her|their|some|two|three)\s)|"
        r"(?:thrown|throws|threw)\s+{HIS}\s+hat\s+into\s+the\s+ring|"
        # "X was also interviewed", "had been interviewed for the role": a candidate of the search (not
        # "interviewed by reporters", "interviewed on the radio")
        # ("has been interviewed by C": the club's candidate)
        r"interviewed(?=\s*[,.;]|\s*$|\s+by\s+«C\d+»|"
        r"\s+for\s+(?:the\s+)?(?:(?:\w+|«[CS]\d+»)\s+){0,3}?(?:role|job|post|position|vacancy)))\b",
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
        # ("is expected to be interviewed this week": a candidate of the search)
        r"(?:be\s+)?(?:appointed|named|confirmed|unveiled|presented|installed|interviewed|take\s+over|replace|succeed|become|"
        # (not "set to join his coaching staff": an aide's rumour, read by joins-staff)
        # (nor "is expected to join him": an aide following his boss, read by the staff rules)
        r"return|land|join(?!\s+(?:(?:him|her|them)\b|«P\d+»(?!['’])))(?!\s+(?:his|her|their|the|«P\d+»['’]s)\s+(?:new\s+)?(?:{STAFF_KIND}\s+)?"
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
    # "X could replace Y", "might take over", "could be the man to succeed him", "may be handed the reins":
    # the press weighing a man for the post, a modal short of "set to" (not "would": reported speech of a
    # decision, "it was announced X would replace Y")
    R(
        "could-replace",
        "linked",
        r"{P}{APP}\s+(?:could|might|may)\s+(?:well\s+|yet\s+|soon\s+|even\s+|now\s+|still\s+)?"
        r"(?:be\s+the\s+(?:man|one|coach|manager)\s+to\s+)?"
        r"(?:replace|succeed|take\s+over|take\s+charge|"
        r"be\s+(?:appointed|named|installed|handed\s+the\s+(?:job|reins)|given\s+the\s+job))\b",
        0.5,
        club_side="after",
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
        + _TALKS_WITH
        + _NOT_OVER_HIS_CONTRACT,
        0.5,
        club_side="subject",
    ),
    # "C are in talks with X over a new contract": a renewal in the making tells he coaches C now
    R(
        "in-talks-over-his-contract",
        "in_charge",
        r"\b(?:in\s+(?:advanced\s+|initial\s+|early\s+)?talks|negotiating|negotiations)"
        + _TALKS_WITH
        + _OVER_A_NEW_CONTRACT,
        0.6,
        club_side="subject",
        needs_support=True,
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
)


# --- talks, considerations and offers -------------------------------------------------------------
TALKS_AND_CONSIDERATION: tuple[Rule, ...] = (
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
        r"holding\s+talks|negotiating)\s+(?:with|over\s+a\s+move\s+to)\s+(?:the\s+)?(?:«S\d+»\s+)?{C}"
        + _NOT_OVER_HIS_CONTRACT,
        0.5,
        club_side="tag",
    ),
    # "X is in talks with C over a new contract": his own renewal, at the club he coaches now
    R(
        "person-in-talks-over-his-contract",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:in\s+(?:advanced\s+|initial\s+|early\s+)?(?:talks|negotiations)|"
        r"holding\s+talks|negotiating)\s+with\s+(?:the\s+)?{C}" + _OVER_A_NEW_CONTRACT,
        0.6,
        club_side="tag",
        needs_support=True,
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
        r"(?:(?:former|ex-|[A-Z][a-z]+|«C\d+»(?:['’]s?)?)\s+){0,2}?(?:"
        + _HIS_TITLE
        + r"\s+)?{P}(?!['’]s?\s)",
        0.5,
        club_side="tag",
    ),
    # "Local media had linked the four-time champions / the club / C with former Ulsan boss X": the press's
    # rumour of the club it names or describes (the club in view), not of the club in X's title
    R(
        "press-linked-club-with",
        "linked",
        r"\blinked\s+(?:{C}|the\s+(?:[\w\-]+\s+){0,4}?(?:club|side|champions|team|outfit|giants|hosts|leaders))"
        r"\s+with\s+(?:(?:former|ex-|«C\d+»)\s+){0,2}?(?:" + _HIS_TITLE + r"\s+)?{P}(?!['’]s?\s)",
        0.5,
        club_side="topic",
    ),
    # "X is said to be on the shortlist, along with the United States under-20 coach Y": the man named beside
    # a candidate is one too (his title names his own post, not the one in view)
    R(
        "linked-along-with",
        "linked",
        # ("X is among the names evoked, as well as Y": the press's word for the list)
        r"\b(?:shortlist|shortlisted|candidates?|favourites?|linked|considered|contenders?|in\s+the\s+frame|"
        r"in\s+the\s+running|mentioned|touted|evoked|floated|discussed)\b,?\s+(?:along\s+with|alongside|together\s+with|as\s+well\s+as)\s+(?:the\s+)?"
        r"(?:(?:[\w\-]+|«[CS]\d+»)\s+){0,5}?{P_OWN}",
        0.5,
        club_side="after_topic",
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
        # ("are reported to be considering X", "is evaluating X", "is thinking of X": the translated
        # "valuta", "pensa a"; "would consider X", "are expected to turn to X", "have made X their top
        # target": a candidate (not "interviewed X": read as an approach as often); "C, who sacked Y on
        # Friday, are considering X": the club's relative clause between; "C1 assistant X", "C1 head coach
        # X": the post he holds now)
        r"{C}(?:\s*,\s+(?:who|which)\s+(?:[^,«.;:!?]|«[PCS]\d+»){1,60}?,)?{HAVE}\s+(?:also\s+)?(?:\w+ly\s+)?"
        r"(?:(?:reported|said|understood|believed|thought|rumoured)\s+to\s+be\s+)?"
        r"(?:considering|targeting|targetting|eyeing|eye|monitoring|chasing|evaluating|thinking\s+of|"
        r"(?<=would\s)consider|(?<=could\s)consider|(?:(?<=would\s)|(?<=could\s)|(?:expected|set|likely)\s+to\s+)"
        r"turn\s+to|(?P<made>made)|"
        # ("are closing in on X", "edging closer to X": a club near a deal with its candidate; "is interested
        # for X": translated "interesado por")
        r"clos(?:ing|e|es)\s+in\s+on|(?:edging|edges|edge|moving|moves)\s+closer\s+to|"
        r"pursuing|(?:interested|keen)\s+(?:in|on)|interested\s+for|(?:weighing|plotting|preparing|mulling)\s+(?:up\s+)?"
        r"(?:an?\s+)?(?:approach|move)\s+for)\s+(?:(?:former|ex-|(?:\w+|«C\d+»)\s+(?:boss|coach|manager|"
        r"head\s+coach|assistant(?:\s+manager|\s+coach)?))\s+){0,2}?{P}"
        r"(?(made)\s+(?:their|its)\s+(?:[\w\-]+\s+){0,2}?(?:target|choice|candidate|priority))",
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
)


# --- approaches and offers made -------------------------------------------------------------------
APPROACHES: tuple[Rule, ...] = (
    R(
        "approached-reps",
        "offer",
        r"\b(?:approached|contacted|sounded\s+out|held\s+talks\s+with|spoke\s+to|"
        r"made\s+(?:an?\s+)?(?:first\s+|initial\s+)?contact\s+with)"
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
)


# --- the names the press or a club weighs, listed ------------------------------------------------------

# "…, who is bound to C,", "…, ex-technician of C,": an aside after a listed name (no person in it), before
# the next name or the verb ("Names like A, of C, and B, today in D, were quoted")
_WHO_ASIDE = r"(?:\s*,\s+(?:[^,.;:!?«]|«[CS]\d+»){1,60}?,(?=\s+(?:and|were|was|are|is|have|has|had)\s))?"
# the words about a listed name before it: "the ex-Nürnberg coach A", "of former Antwerp striker B" (a
# nationality before a name is cut from the tagged sentence already)
# (or the club he coaches, as a possessive: "Kingsford's A and B have also been mentioned")
_NAME_LEAD = (
    r"(?:of\s+|with\s+)?(?:the\s+)?(?:(?:former|ex)(?:\s+|-\s*))?(?:«C\d+»(?:['’]s?)?\s+)?"
    r"(?:(?:coach|manager|boss|technician|trainer|tactician|striker|defender|midfielder|forward|winger|"
    r"goalkeeper|captain|international)\s+)?"
)
# the club a listed name is told with, after him: "A of C and B have also been mentioned", "X of C was
# discussed but never approached" (his own post, read by the rules on "X of C")
_OF_CLUB = r"(?:\s+of\s+(?:the\s+)?«C\d+»(?!['’]))?"
# "A and B", "A and of B", "A, who is bound to C, and the ex-D coach B": the names a round-up lists
_NAMES = (
    r"(?P<list>"
    + _NAME_LEAD
    + r"«P\d+»"
    + _OF_CLUB
    + _WHO_ASIDE
    + r"(?:"
    + LIST_SEP
    + _NAME_LEAD
    + r"«P\d+»"
    + _OF_CLUB
    + _WHO_ASIDE
    + r")*)"
)


# --- candidates named in lists --------------------------------------------------------------------

# the names a list of candidates holds, up to the clause's end ("…, who is in charge at C", "…, but X is the
# priority": the aside and the next clause name no candidate)
_CANDIDATE_NAMES = (
    r"(?P<list>(?:[^.;:!?]){0,200}?)(?=\s*(?:[.;:!?]|$)|,\s+(?:who|whose|which|but|while|although|though)\b|"
    r"\s+(?:but|before|while)\b)"
)
# what a club does with candidates it weighs: "interviewed", "shortlisted", "spoke to", "evaluated"
_WEIGHED = (
    # (the search still on: "is considering several names, among them A and B", "weighing three options")
    r"(?:shortlisted|interviewed|considered|evaluated|assessed|discussed|approached|sounded\s+out|"
    r"considering|weighing|evaluating|assessing|studying|"
    r"sp(?:oke|oken)\s+(?:to|with)|talked\s+(?:to|with))"
)
RULE_KEYS.update(
    {
        "counted-candidates-including": ("candidates", "names", "coaches", "contenders"),
        "other-candidates-included": ("candidates", "names", "coaches", "contenders", "options"),
        "names-on-the-table": ("names", "candidates", "options", "contenders"),
        "names-are-those-of": ("those of",),
    }
)
CANDIDATE_LISTS: tuple[Rule, ...] = (
    # "The board interviewed six candidates, including A and B", "had shortlisted four candidates, among
    # them A and B": the men a club weighed, counted and then named
    R(
        "counted-candidates-including",
        "linked",
        r"\b" + _WEIGHED + r"\s+(?:more\s+than\s+|at\s+least\s+|around\s+|some\s+|several\s+)?(?:[\w\-]+\s+)?"
        r"(?:candidates|names|coaches|contenders|applicants),\s+(?:among\s+(?:them|whom)|including|notably|"
        r"such\s+as)\s+" + _CANDIDATE_NAMES,
        0.5,
        club_side="topic",
    ),
    # "Other candidates spoken to included A", "Other names were evaluated by the board, such as A": the men
    # a club weighed beside the one it chose (told passively, then named)
    R(
        "other-candidates-included",
        "linked",
        r"\b(?:other\s+|the\s+)?(?:candidates|names|coaches|contenders|options)\s+"
        r"(?:(?:were|have\s+been|had\s+been)\s+(?:also\s+)?)?" + _WEIGHED + r"(?:\s+by\s+(?:the\s+)?[a-z]+)?"
        r"(?:\s+(?:included|include|were)\s+|,\s+(?:such\s+as|as|like|including|among\s+them)\s+)"
        + _CANDIDATE_NAMES,
        0.5,
        club_side="topic",
    ),
    # "The names that circulate are those of assistant A and the former C coach B": each man, titles and all
    R(
        "names-are-those-of",
        "linked",
        r"\b(?:names|candidates)\b(?:[^«.;:!?]|«[CS]\d+»){0,60}?\b(?:are|were|is|was)\s+those\s+of\s+"
        + _CANDIDATE_NAMES,
        0.5,
        club_side="topic",
    ),
    # "The board has three names on the table: A, B and C", "the candidates under consideration: A and B"
    R(
        "names-on-the-table",
        "linked",
        r"\b(?:names|candidates|options|contenders)\s+(?:on\s+(?:the|its|their)\s+(?:table|(?:short)?list)|"
        r"in\s+the\s+frame|under\s+consideration)\s*:\s+" + _CANDIDATE_NAMES,
        0.5,
        club_side="topic",
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
        # ("the names circulating are A and B", "the final shortlist drawn up by the board included A and B")
        # ("the names that circulate are A and B": translated Dutch "de namen die circuleren")
        r"\b(?:(?:names|candidates|options|contenders)\s+(?:being\s+)?(?:mentioned|linked|touted|considered|floated|"
        r"circulating|in\s+the\s+frame|(?:that|which)\s+(?:circulate|are\s+circulating))|shortlist)\b"
        r"(?:[^«.;:!?]|«[CS]\d+»){0,60}?\b(?:are|include|includes|included|is)\s+(?:those\s+of\s+)?" + _NAMES,
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
        # (not "was also sounded out by the president Y": Y sounded him out)
        # ("are expected to consider X for the role"; translated "also evaluated X for the post", "evaluó":
        # for a post, not a player "evaluated in training"; "considered for the captaincy" names another post)
        # ("the club had looked at A and B": the men it weighed)
        r"\b(?:(?:had|have|has|also|reportedly|initially)\s+(?:also\s+)?(?:considered|shortlisted|sounded\s+out|looked\s+at|"
        r"evaluated(?=[^.;]{0,80}?\bfor\s+the\s+(?:post|job|role|position|bench)\b)|"
        # ("had also evaluated the profile of X", translated "had evaluated also X": a candidate weighed)
        r"evaluated\s+(?:also\s+)?the\s+(?:profiles?|names?|candidac(?:y|ies))\s+of|evaluated\s+also)|"
        r"(?:expected|likely|set|going)\s+to\s+consider(?![^.;]{0,80}?\bfor\s+(?:the|his|a)\s+(?!"
        r"(?:permanent\s+|vacant\s+|managerial\s+|manager's\s+|head\s+coach's\s+)?(?:post|job|role|position|bench|vacancy|hot\s+seat)\b)))"
        r"(?!\s+by\b)\s+(?P<list>(?:[^.;:!?]){0,160}?)(?=\s+(?:before|but|as|for|while|until|when)\b|[.;,]|$)",
        0.5,
        club_side="topic",
    ),
    # "Hearts have interviewed A and B", "C will interview X this week": the men a club weighs, met in
    # person (the club is the clause's subject: not "BBC Sport interviewed X", a reporter's interview)
    R(
        "club-interviewed",
        "linked",
        r"{C}(?:\s+(?:have|has|had|will|also|already|reportedly|then|are\s+(?:set|due|expected|going)\s+to|"
        r"are\s+to))+\s+interview(?:ed)?\s+(?P<list>(?:[^.;:!?]){0,160}?)"
        r"(?=\s+(?:before|but|as|for|while|until|when|on|this|next|last|in)\b|[.;,]|$)",
        0.5,
        club_side="near",
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
        # ("Among the names evaluated by the director Y there were also A and B": the man weighing them is no
        # candidate)
        # ("Among those the federation interviewed were A and B", "Among the names the board had evaluated
        # before deciding was X": who weighed them told in a relative clause, with a verb of weighing only,
        # not "those the coach has named in his squad"; "… there had also been X": the list's verb in
        # translated word order)
        r"\bAmong\s+(?:those|the\s+(?:names|coaches|candidates))\s+(?:(?:being\s+)?(?:"
        + _RUMOURED
        + r"|evaluated|assessed|beaten\s+to\s+the\s+(?:job|post|role))|"
        + _WEIGHER_CLAUSE
        + r")\b"
        r"(?:\s+by\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?«P\d+»)?(?:[^.;:!?«]|«[CS]\d+»){0,40}?\s+"
        r"(?:there\s+)?(?:are|were|is|was|(?:had|have|has)\s+(?:also\s+)?been)\s+"
        r"(?P<list>(?:[^.;:!?]){0,200}?)(?=,\s+(?:and|but|while)\b|[.;:!?]|$)",
        0.5,
        club_side="topic",
    ),
)


# --- round-up items: the names a club weighed, told as names ------------------------------------------

# "the name(s) of (the former C technician) A", "names like A and B": the press naming its candidates ("the
# name of" its own words: a name alone may be the subject of anything; "names like that of A": translated
# French "des noms comme celui de")
_NAMES_OF = (
    r"\bnames?\s+(?:of|like(?:\s+(?:that|those)\s+of)?)\s+(?:(?:the\s+)?(?:(?:former|ex-|[A-Z][\w\-]*|«[CPS]\d+»)\s+){0,3}?"
    r"(?:coach|manager|boss|technician|trainer|tactician|mister)\s+)?"
)
# a name that "sounded" (translated Spanish "sonó", Portuguese "soou": was talked of), told alone or as
# what or for what post: "had also sounded", "sounded strongly as an option", "has sounded for the bench" (not
# "sounded out": an approach; nor "sounded confident", "the alarm sounded at the club")
_SOUNDED = (
    r"(?:(?:had|has|have)\s+(?:also\s+|too\s+|already\s+)?)?sounded(?:\s+(?:also|too|strongly|loudly))?"
    r"(?=\s*(?:[.;,]|$)|\s+as\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+)?(?:options?|candidates?|successors?|favou?rites?|"
    r"replacements?|alternatives?)\b|{FOR_JOB}\s*(?:[.;,]|$)|\s+for\s+the\s+(?:bench|succession)\b)"
)
# what the press does with the names: they "circulate", "are circulating", "are doing the rounds", "were
# mentioned", "are the most circulated", "are pointed (by the press) as the favourites", "were cited for the
# post" (translated "son señalados como", "fueron citados para")
_CIRCULATES = (
    # ("had also circulated", "had been circulating": the news told before the appointment)
    r"\s+(?:(?:also|too|now|already)\s+)*(?:"
    + _SOUNDED
    + r"|(?:(?:had|has|have)\s+(?:(?:also|too|already)\s+)?)?circulat(?:e|es|ed)\b|"
    r"(?:are|is|were|was|(?:have|has|had)\s+(?:(?:also|too|already)\s+)?been)\s+"
    r"(?:(?:also|too|already|now)\s+)?(?:circulating|doing\s+the\s+rounds|"
    # ("had also been heard", "is heard strongly for the succession": translated "se escuchó el nombre de")
    r"heard(?:\s+(?:strongly|loudly|often|again))?(?=\s*(?:[.;,]|$)|\s+(?:for|as)\s)|"
    # ("had also been pointed to": translated Spanish "había sido apuntado")
    # ("has been pointed to the succession / the post": translated Portuguese "apontado à sucessão")
    r"pointed\s+to(?=\s*(?:[.;,]|$)|\s+the\s+(?:succession|post|job|bench|vacancy)\b)|"
    # ("had been mentioned for the job": the post it is mentioned for; "was also discussed": the board's talk)
    # ("was mentioned in the media": who named him)
    r"(?:mentioned|discussed)(?=\s*(?:[.;,]|$|too\b|also\b|as\s|but\s)|{FOR_JOB}\s*(?:[.;,]|$)|"
    + _NAMED_BY_THE_PRESS
    + r")|"
    r"the\s+most\s+(?:circulated|mentioned|quoted|cited)\b|"
    # (as a candidate or for the post: not "cited for the Golden Boot")
    r"(?:pointed|cited|quoted|indicated|touted)(?:\s+(?:out|(?:by|in)\s+the\s+(?:[\w\-]+\s+)?"
    r"(?:press|media)))*\s+(?:as\s+(?:the\s+|an?\s+)?(?:(?:main|big|great|clear|top|possible|likely)\s+)?"
    r"(?:favou?rites?|successors?|candidates?|replacements?|front-?runners?|options?)|for\s+the\s+(?:[\w\-]+\s+)?"
    r"(?:post|job|bench|succession|role|position|vacancy|place)))\b)"
)
# where a club keeps the men it weighs: "on the list", "on the table", "on the agenda (of the board)"
# (not "the list of injured players", nor a club's "list" named for something else)
_ON_THE_LIST = r"on\s+(?:the|its|their|«C\d+»['’]s?)\s+(?:(?:short\s*)?list(?!\s+of\b)|table|agenda)\b"
# a name that opens its clause (not "an offer for A is on the table", "a new deal with B")
_NAME_OPENS = r"{AT_TAG}(?<!for\s)(?<!to\s)(?<!with\s)(?<!of\s)(?<!by\s)"
_CIRCULATES_KEYS = (
    "circulat",
    "sounded",
    "heard",
    "discussed",
    "doing the rounds",
    "mentioned",
    "pointed",
    "cited",
    "quoted",
    "indicated",
    "touted",
)
RULE_KEYS.update(
    {
        "names-were-weighed": ("evaluated", "assessed", "on the list", "on the table", "on the agenda"),
        "names-circulate": _CIRCULATES_KEYS,
        "name-circulates": _CIRCULATES_KEYS,
        "name-sounded": ("sounded",),
        "named-first-circulates": _CIRCULATES_KEYS,
        "club-weighed-names": (
            "evaluated",
            "evaluates",
            "assessed",
            "assesses",
            "on the list",
            "on the table",
            "on the agenda",
        ),
        "press-mentioned-names": ("names of", "name of", "mentioned"),
        "name-most-mentioned-is": ("name most", "favourite", "favorite", "frontrunner", "front-runner"),
        "at-club-favourite-is": ("favourite", "favorite", "frontrunner", "front-runner"),
        "press-named-before-names": ("mentioned", "cited", "named", "circulated", "sounded"),
        "name-linked-with-club": ("associated", "linked", "mentioned"),
        "media-linked-with-post": ("linked",),
        "the-names-of-weighed": ("name of", "names of"),
        "the-names-cited-in": ("cited in",),
        "name-of-aside-circulated": ("name of",),
    }
)
# what a man named first is told "as", when anything: a candidate ("mentioned as a possible return"), not
# any role ("was mentioned as the man behind the win")
# (nor a verb with an object: "X circulated the ball well", a player's)
_AS_A_CANDIDATE_ONLY = (
    r"(?!\s+as\s+(?!(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:candidates?|successors?|replacements?|options?|"
    r"favou?rites?|returns?|alternatives?|contenders?|front-?runners?)\b))"
    r"(?!(?<=circulated)\s+(?:the|a|an|his|her|their|it|possession)\b)"
)
# "the favourite to replace him is", "the clear front-runner for the post was", "the frontrunner is": the
# press's first candidate, named next (what for: a post, not "the favourite of the fans", "to win the league")
_FAVOURITE_IS = (
    r"\bthe\s+(?:(?:big|clear|hot|early|strong|main|great)\s+)?(?:favou?rite|front-?runner|frontrunner)"
    r"(?:\s+to\s+(?:replace|succeed|take|fill|land|become)\b(?:[^«.;:!?,]|«[CPS]\d+»){0,40}?|"
    r"\s+for\s+the\s+(?:[\w\-]+\s+)?(?:succession|job|post|bench|role|position|vacancy|hot\s+seat))?"
    r"\s+(?:is|was)\s+"
)
# who speaks of candidates: "the press", "the (local) media", "newspapers", "reports"
_THE_PRESS = (
    r"\b(?:press|media|newspapers|papers|reports)\s+(?:(?:had|have|has)\s+)?(?:(?:also|already|even)\s+)*"
)
# "the name of X", "X's name": the man as the press names him
_NAME_OF_PERSON = r"(?P<nameof>\bname\s+of\s+)?{P}(?(nameof)|['’]s?\s+name)"
ROUNDUP_ITEMS: tuple[Rule, ...] = (
    # "The names of A and B were evaluated by the board", "A and B were on the table", "the names of A and
    # of B were also on the agenda of the management": the club weighed them (a rumour, linked)
    R(
        "names-were-weighed",
        "linked",
        r"(?:"
        + _NAMES_OF
        + r"|"
        + _NAME_OPENS
        + r")"
        + _NAMES
        + r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
        r"(?:(?:also|reportedly|both|all|already|even)\s+)*(?:evaluated|assessed|" + _ON_THE_LIST + r")",
        0.5,
        club_side="topic",
        players_assessed_too=True,
    ),
    # "the names of A and B circulate", "the name of the former C technician D was mentioned too", "the
    # name of A is pointed as the favourite", "the name of B was also cited for the post", "the name of A is
    # the most circulated", "names like A and B were quoted by the press": the press's candidates for the
    # post in view
    R(
        "names-circulate",
        "linked",
        _NAMES_OF + _NAMES + _CIRCULATES,
        0.5,
        club_side="topic",
    ),
    # "The name most mentioned to replace him is X", "the name most heard for the bench was the former C coach
    # X": the press's first candidate, named after the verb (the man to replace, a tagged "him", before it).
    # So is "the favourite to replace him is X", "the clear front-runner for the post is X", "the frontrunner
    # is X" (not "the favourite of the fans is X", nor "the favourite for the Golden Boot": no post in view;
    # not right after a club told first, "In C, the favourite …", read below at that club)
    R(
        "name-most-mentioned-is",
        "linked",
        r"(?:\bname\s+most\s+(?:mentioned|heard|cited|quoted|circulated)\b(?:[^«.;:!?]|«[CPS]\d+»){0,60}?\s+(?:is|was)\s+|"
        r"(?<!»\s)(?<!»,\s)" + _FAVOURITE_IS + r")" + _NAMES,
        0.5,
        club_side="topic",
    ),
    # "In C, the favourite to take over is X", "At C the front-runner for the bench is X": the club where the
    # post is open told first (the story may have turned to the club the man replaced went to)
    R(
        "at-club-favourite-is",
        "linked",
        r"\b(?:[Ii]n|[Aa]t)\s+{C},?\s+" + _FAVOURITE_IS + _NAMES,
        0.5,
        club_side="tag",
    ),
    # "X's name was already circulating", "X's name is pointed as the favourite": the same, one man
    R(
        "name-circulates",
        "linked",
        r"{P}['’]s?\s+name" + _CIRCULATES,
        0.5,
        club_side="topic",
    ),
    # "X had also sounded as an option", "A and B have sounded for the bench": the men the press talked of,
    # named first (translated "también había sonado X")
    R(
        "name-sounded",
        "linked",
        _NAME_OPENS + _NAMES + r"\s+(?:(?:also|too|already)\s+)?" + _SOUNDED,
        0.5,
        club_side="topic",
    ),
    # "X, formerly of C, is circulating as a successor", "X was also discussed", "X, who led C to promotion,
    # has also been mentioned as a possible return": the press's or the board's candidates named first with
    # no "the name of", as "the names of A and B circulate" is read; only with a post to fill in view and for
    # a man who does not hold it ("X was discussed at the board meeting" of the club's own coach is no search)
    R(
        "named-first-circulates",
        "linked",
        # (not a name after "In X," or "at": "In Vila do Conde, …" tells the place)
        _NAME_OPENS + r"(?<![Ii]n\s)(?<![Aa]t\s)(?<!,\s)" + _NAMES + _CIRCULATES + _AS_A_CANDIDATE_ONLY,
        0.5,
        club_side="topic",
        needs_open_post=True,
    ),
    # "In the previous days the press had also mentioned the names of A and B", "the local media had also
    # mentioned A": the press's candidates for the post in view (translated "la prensa había barajado los
    # nombres de"; not "mentioned A's record": what of his)
    R(
        "press-mentioned-names",
        "linked",
        _THE_PRESS
        + r"(?:mentioned|floated|cited|named|put\s+forward)\s+(?:also\s+)?(?:the\s+"
        + _NAMES_OF
        + r")?"
        + _NAMES
        + r"(?!['’])",
        0.5,
        club_side="topic",
    ),
    # translated word order, the verb before the names: "In the media were also mentioned A and B", "Also
    # mentioned in the press were A and B", "Had also circulated the name of X" (Serbian "U medijima su
    # pominjani", Italian "Era circolato anche il nome di"): the press's candidates for the post in view
    R(
        "press-named-before-names",
        "linked",
        r"(?:\b[Ii]n\s+the\s+(?:local\s+)?(?:press|media|newspapers)\s+(?:were|was|have\s+been|had\s+been)\s+"
        r"(?:also\s+)?(?:mentioned|cited|named)|"
        # ("For the position were also mentioned A and B", "Among the candidates had also been cited A and
        # B": the post or the list fronted; "for the post were named A and B" may be an appointment)
        # ("Among the candidates had also been named A and B": named as candidates, not to a post)
        r"\b(?:[Ff]or\s+the\s+(?:post|position|job|bench|succession)|(?P<among>[Aa]mong\s+the\s+(?:candidates|names|options)))"
        r"\s+(?:were|was|(?:have|had)\s+(?:also\s+)?been)\s+(?:also\s+)?(?:mentioned|cited|(?(among)named|(?!)))|"
        r"\bmentioned\s+(?:also\s+)?in\s+the\s+(?:local\s+)?(?:press|media|newspapers)\s+(?:were|was)|"
        r"\b(?:circulated|sounded)\s+(?:also\s+)?the\s+" + _NAMES_OF + r")\s*" + _NAMES + r"(?!['’])",
        0.5,
        club_side="topic",
    ),
    # "the name of X had been associated in the press with C", "X's name had been linked with J1 club C", "the
    # name of X had been mentioned by the press for C": the club the press linked him with
    R(
        "name-linked-with-club",
        "linked",
        _NAME_OF_PERSON
        + r"(?:\s+(?:had|has|have|was|is|been|also|recently|often|repeatedly|already|strongly))*\s+"
        r"(?:associated|linked|mentioned)(?:\s+(?:in|by)\s+the\s+(?:[\w\-]+\s+)?(?:press|media))?\s+(?:with|for)\s+"
        r"(?:(?:[\w\-]+\s+){0,2}?(?:club|side)\s+)?{C}",
        0.5,
        club_side="tag",
    ),
    # "In winter, the media linked also X with the post", "Local media had also linked C head coach X with the
    # job", "Reports linked former C coach X with the job": the press's candidate for the post in view
    R(
        "media-linked-with-post",
        "linked",
        _THE_PRESS
        + r"linked\s+(?:also\s+)?(?:(?:«C\d+»\s+)?(?:(?:head\s+)?coach\s+|manager\s+|boss\s+)|"
        + _FORMER_POST
        + r"\s+)?{P_OWN}\s+"
        r"(?:also\s+)?with\s+the\s+(?:[\w\-]+\s+)?(?:post|job|position|role|vacancy|bench)\b",
        0.5,
        club_side="topic",
    ),
    # "The board also evaluated A and B", "C had on the list A and B", "In the last hours were evaluated
    # also A and B" (translated word order): the club weighed the men named after the verb
    R(
        "club-weighed-names",
        "linked",
        # (the club or its board weighs them, not a coach weighing his players)
        r"(?:(?:\b(?:club|board|directive|management|federation|association|committee|union)|«C\d+»)"
        # ("the club of president Y", "the committee of selections")
        r"(?:\s+of\s+(?:(?:the\s+)?[a-z]+\s+)?(?:«P\d+»|[a-z]+))?(?:\s+(?:also|reportedly|even|already|had|has|have))*\s+"
        # ("the board evaluates also the name of X": translated present tense)
        r"(?:evaluated|evaluates|assessed|assesses|had\s+" + _ON_THE_LIST + r")|"
        r"(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?(?:evaluated|assessed))\s+(?:also\s+)?"
        r"(?:the\s+" + _NAMES_OF + r")?" + _NAMES + r"(?!['’])",
        0.5,
        club_side="topic",
        players_assessed_too=True,
    ),
    # translated word orders of the press's candidates: the verb before the names, "It had been also
    # mentioned the name of X for the post", "had placed on the list of candidates the names of A and B"
    # (Italian "era stato fatto anche il nome di", Spanish "había colocado en la lista … los nombres de"), or
    # a place after the verb, "the names of A and B are cited in the city" (not "cited for the Golden Boot",
    # nor "mentioned in the match report": no name right after the verb)
    R(
        "the-names-of-weighed",
        "linked",
        r"(?:\b(?:had|has|have)\s+(?:also\s+)?been\s+(?:also\s+)?(?:mentioned|cited|evoked)\s+(?:also\s+)?|"
        r"\b(?:on|in)\s+(?:the|their|its)\s+list\s+of\s+candidates\s+)the\s+"
        + _NAMES_OF
        + _NAMES
        + r"(?!['’])",
        0.5,
        club_side="topic",
    ),
    # "The name of X, free since the summer, had also circulated", "the name of X, who directed the
    # side in 2013, was analysed": the press's candidate told with an aside set off by commas before the
    # verb of naming or weighing (the aside no title of a club's: "the name of X, the coach of C, …" may
    # tell another club's search, which the rules above place)
    R(
        "name-of-aside-circulated",
        "linked",
        r"\bthe\s+name\s+of\s+{P}\s*,\s+(?!(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?(?:ex-)?(?:coach|trainer|"
        r"manager|technician|boss)\s+of\s+«C)(?:[^,.;:!?«]|«C\d+»){3,70}?,(?:"
        + _CIRCULATES
        + r"|\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:analy[sz]ed|evaluated|considered)\b)",
        0.5,
        club_side="topic",
    ),
    R(
        "the-names-cited-in",
        "linked",
        r"\bthe\s+" + _NAMES_OF + _NAMES + r"\s+(?:are|were|is|was)\s+(?:also\s+)?cited\s+in\b",
        0.5,
        club_side="topic",
    ),
)


# --- refusals told after an apposition; a career's second verb ('and also commanded A, B') ----------


# "Bayern's first choice, Leverkusen coach Xabi Alonso, rejected the club's approach": the man closing the
# apposition turned down the offer (an approach or offer must follow: "X, rejected by C" is no refusal)
_CLOSING_APPOSITION_REJECTED = (
    r"{P},\s+(?:\w+ly\s+)?(?:rejected|turned\s+down|rebuffed|snubbed|declined|knocked\s+back)\s+"
    r"(?:an?|the|their|its|the\s+club['’]s|«C\d+»['’]s?)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:approach|offer|advances|overtures|proposal|bid)\b"
)
# "X, …, where he had several passages, and also commanded A, B and C": a second verb of the sentence's
# subject (the first man named), however long the clause before it; the adverb marks it as his career
# ("X led A to the title, took charge of B at the World Cup and worked at C": each verb phrase of a series
# after a comma, or a bare 'and' before 'worked at', with no subject of its own; 'and took charge of' is
# an appointment's, 'and coached' the relative clause rule's)
# ("worked with C on loan", "worked with C on the paperwork": a dealing with the club, not a post there)
_WORKED_AT = r"worked\s+(?:at|with|for)(?!\s+(?:the\s+)?«C\d+»\s+on\s)"
_SERIES_VERB = (
    r"(?:coached|managed|commanded|directed|trained|led|guided|took\s+charge\s+of|" + _WORKED_AT + r")"
)
_AND_ALSO_COACHED = (
    r"(?:\band\s+(?:also|later|then|subsequently|afterwards)\s+(?:coached|managed|commanded|directed|trained)|"
    r"(?<=[\w»]),(?:\s+(?:also|later|then|subsequently|afterwards))?\s+" + _SERIES_VERB + r"|"
    # ("had led A to Serie B and had been on the bench of B": translated copy's bench for the post)
    r"\band\s+(?:(?:had|has)\s+)?(?:also\s+)?(?:been|sat)\s+on\s+the\s+bench\s+of|"
    r"\band\s+(?:also\s+|later\s+|then\s+)?"
    + _WORKED_AT
    + r")"
    + NOT_AS_NON_COACH
    + r"\s+(?=(?:the\s+)?«C\d+»)"
)
RULE_KEYS.update(
    {
        "and-also-coached-list": (
            *("and also", "and later", "and then", "and subsequently", "and afterwards", "and worked"),
            *("been on the bench of", "sat on the bench of"),
            *(", coached", ", managed", ", commanded", ", directed", ", trained", ", led", ", guided"),
            *(", took charge", ", worked", ", also", ", later", ", then"),
        ),
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
REFUSALS_AFTER_AN_APPOSITION: tuple[Rule, ...] = (
    R("and-also-coached-list", "in_charge", _AND_ALSO_COACHED, 0.65, club_side="list", needs_club=True),
)
REFUSALS_AFTER_AN_APPOSITION += (
    R(
        "apposition-rejected-approach",
        "offer_declined",
        _CLOSING_APPOSITION_REJECTED,
        0.75,
        club_side="declined",
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
    # ("are believed to favour X", "are expected to move for X", "are hoping to lure X": the interest hedged)
    r"(?:(?:said|believed|understood|thought|reported|expected|set|poised|ready|looking|hoping|likely|keen)\s+to\s+"
    r"(?:favou?r|move\s+for|make\s+a\s+move\s+for|approach|lure|tempt|prise|pry)\s+|"
    r"(?:considering|eyeing|monitoring|tracking|chasing|pursuing|targeting|keen\s+on|interested\s+in|"
    r"weighing\s+up|want|wants|eye|eyes|covet|covets|lining\s+up|favou?rs?|"
    # tabloid: "have set their sights on X", "are plotting a swoop for X", "have lined up X as their boss"
    r"set\s+(?:their|its)\s+sights\s+on|plotting\s+(?:a\s+)?(?:swoop|move|raid)\s+for|lined\s+up)\s+)"
    r"(?:(?:appointing|hiring|a\s+move\s+for)\s+)?"
    r"(?:(?:the\s+)?(?:former\s+)?(?:«C\d+»['’]?s?\s+)?(?:head\s+)?(?:coach|manager|boss)\s+)?{P_OWN}"
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
    # ("is the name at the top of the list", "is the first name on the club's list")
    # ("are now understood to be at the top of the list": the report's hedge before the place on it)
    r"(?:(?:is|are|was|were)\s+(?:(?:now|widely|also|still)\s+)?(?:understood|believed|thought|said|reported)\s+"
    r"to\s+be|is|are|was|remains|sits)\s+(?:the\s+(?:first\s+|leading\s+|main\s+)?name\s+)?(?:at\s+)?(?:the\s+)?"
    r"(?:top|head)\s+of|(?:is|was|remains)\s+the\s+(?:first|top|leading|main)\s+name\s+on)\s+"
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
    # ("assisted by X, who follows him from C": told in a relative clause)
    r"{AT_TAG}(?<!\bof\s){P}(?:\s+and\s+{P2})?(?:\s*,\s+who)?"
    r"\s+(?:will\s+|also\s+|has\s+|have\s+|is\s+set\s+to\s+|are\s+set\s+to\s+)*"
    r"(?:(?:follow(?:s|ed|ing)?|join(?:s|ed)?|accompan(?:y|ies|ied))\s+"
    # ("X, who came with him from C", "who joined with him from C": the aide moved with his boss)
    r"|(?P<with_boss>(?:c(?:ame|omes?)|arriv(?:ed|es)|join(?:s|ed)|mov(?:ed|es))\s+(?:over\s+)?(?:along\s+)?"
    r"with\s+))"
    # (an object "her" is tagged as her possessive: "came with «P»'s from")
    r"(?:«P\d+»(?:['’]s)?|him|her)\s+from\s+(?:the\s+)?{C}"
    # (not an arrival told as background before the sentence's own verb: "A and B, who arrived with him
    # from C, have signed new deals" tells their post at the club in view)
    r"(?(with_boss)(?![^«.;]{0,40}?,\s+(?:have|has|had|will|would|are|is|were|was|also|both)\s))"
    # ("X, who follows Y from C's bench": X takes Y's post at C, he does not leave C)
    r"(?!['’]s?\s+(?:bench|dugout|post|job|hot\s+seat)\b|\s+(?:bench|dugout|hot\s+seat)\b)"
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
    + PEOPLE_LIST
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
            "tracking",
            "lining up",
            "favour",
            "favor",
            "to approach",
            "to lure",
            "to tempt",
            "to prise",
            "to pry",
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
            "name on",
        ),
        "tied-to-deal": ("tied", "ties", "tie ", "tying"),
        "agreed-extension-with": ("agree", "reached"),
        "follows-from": ("follow", "join", "accompan", "with him from", "with her from"),
        "brought-from": BRING_KEYS,
        "staff-of-list-left": _STAFF_LIST_KEYS,
        "staff-of-list-sacked": _STAFF_LIST_KEYS,
        "left-along-with-coach": ALONG_WITH_KEYS,
    }
)
GOSSIP_AND_STATEMENTS: tuple[Rule, ...] = (
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
        r"go|goes|gone|quit|quits)\b" + STAFF_CLUB,
        0.7,
        club_side="tag",
    ),
    R(
        "staff-of-list-sacked",
        "dismissed",
        _STAFF_OF_LIST
        + r"\s+(?:been\s+|be\s+)?(?:sacked|dismissed|fired|axed|let\s+go)\b(?:\s+by)?"
        + STAFF_CLUB,
        0.7,
        club_side="tag",
    ),
    R("left-along-with-coach", "left", _LEFT_ALONG_WITH_COACH, 0.7, club_side="near"),
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
# ("X is in pole position, while …", "was in pole position in December": the post in view; not "in pole
# position in the title race" or "after Italy beat Wales", told of a team)
_POLE_POSITION = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:now\s+|firmly\s+|still\s+)?in\s+pole\s+position"
    r"(?=\s+(?:for|to)\b|\s*[,;.]|\s*$|\s+(?:(?:in|since)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)|last\s+(?:week|month)|this\s+(?:week|month))\b)"
)
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
# "X is understood to be keen on the job", "has expressed an interest in the vacant post": the same wish told
# of the post the story is about, its club not named again
_KEEN_ON_THE_POST = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:understood|said|believed|thought|reported|known|reportedly)\s+(?:to\s+be\s+|to\s+have\s+)?)?"
    r"(?:(?:very|really|also|particularly|already)\s+)?(?:keen\s+on|interested\s+in|"
    r"expressed\s+(?:an\s+|his\s+|her\s+|(?:a\s+)?strong\s+)?interest\s+in)\s+"
    r"the\s+(?:(?:vacant|vacancy|open|top|head\s+coach|manager['’]s|coaching)\s+)?(?:job|post|role|position|vacancy)\b"
    r"(?!\s+(?:at|with|of|in)\b)"
)
# "Kieran McKenna has been targeted by Chelsea and Brighton": the second suitor of a pair
_WANTED_BY_SECOND = _WANTED_BY_START + r"«C\d+»\s*(?:,|and|as\s+well\s+as)\s+(?:the\s+)?{C}"
# "The federation talked with X", "C reportedly also spoke to former Thailand coach X", "the union had talks
# with X", "C have also asked about Burton's X and with Y": the club or body approached the man (an offer);
# its subject is a club or a body, not a coach talking to his players, and not talks over his own new deal
_BODY_TALKED_WITH = (
    # (not the players' union, which speaks for its members, coach included)
    r"(?:{C}|\b(?:club|federation|association|(?<!players['’]\s)(?<!player['’]s\s)union|board|management|"
    r"directive|committee))"
    r"(?:\s+(?:have|has|had|also|reportedly|already|even|then|first|initially|\w+ly))*"
    # ("the club is also said to have asked about X": the talk reported)
    r"(?:\s+(?:is|are|was|were)\s+(?:also\s+)?(?:said|reported|understood|believed)\s+to\s+have(?:\s+also)?)?\s+"
    # (not "had (also) talked with X" nor "had held talks with X": a candidate weighed, told after the fact,
    # read below)
    r"(?:(?<!\bhad\s)(?<!\bhad\salso\s)talked|spoke|had\s+(?!held\s)(?:\w+\s+)?talks|(?:asked|enquired|inquired)\s+about)"
    r"\s+(?:with\s+|to\s+)?"
    r"(?:(?:(?-i:[A-Z][\w\-]+)|«C\d+»)['’]s\s+)?(?:" + _COACH_TITLE_BEFORE + r")?{P_OWN}"
    r"(?:\s+and\s+(?:with\s+|to\s+)?(?:" + _COACH_TITLE_BEFORE + r")?{P2}(?!['’]))?"
    r"(?![^.;]{0,40}?\b(?:new\s+(?:contract|deal)|extension|renewal|his\s+future)\b)"
)
# a man spoken to, with his club or title before him: "Kiel's X", "Cavalry FC assistant X", "former C coach X"
_SPOKEN_NAME = (
    r"(?:«C\d+»['’]s?\s+|(?:(?:former|ex-)\s*)?(?:«C\d+»\s+)?assistant\s+|" + _COACH_TITLE_BEFORE + r"|"
    # ("former United States goalkeeper X": his playing past before his name)
    r"(?:former|ex-)\s*(?:[\w\-]+\s+|«C\d+»\s+){0,3}?(?:goalkeeper|defender|midfielder|striker|forward|winger|"
    r"captain|international|player)\s+)?"
    r"«P\d+»(?!['’])"
)
# "Schalke had also spoken with former Hertha coach X", "C had also interviewed X and Y", "Twente also had
# conversations with Brann's X": a club or body weighing candidates it talked to, told after the fact (a
# candidate, linked; "C spoke to X" is read above as an approach). Each man named is one ("X's assistant Y":
# not X); not talks over his own new deal, nor a man who refused (an approach, read above).
# the pluperfect's "had" right before the verb, an adverb between or not ("had also held talks with X")
# (also read by rule_facts: held-talks-with's men, told after the fact, are candidates weighed)
AFTER_HAD = r"(?:(?<=\bhad\s)|(?<=\bhad\salso\s)|(?<=\bhad\searlier\s)|(?<=\bhad\salready\s))"
_BODY_HAD_SPOKEN_TO = (
    r"(?:{C}|\b(?:club|federation|association|board|management|directive|committee))"
    r"(?:\s+(?:have|has|had|also|reportedly|already|earlier|even|first|initially|\w+ly))*"
    r"(?:\s+(?:is|are|was|were)\s+(?:said|reported|understood|believed)\s+to\s+have(?:\s+also)?)?\s+"
    # ("had also talked with X before deciding": the pluperfect of a talk, as "had spoken with")
    r"(?:spoken\s+(?:to|with)|interviewed|(?:had|held)\s+(?:\w+\s+)?conversations?\s+with|"
    r"(?:(?<=\bhad\s)|(?<=\bhad\salso\s))talked\s+(?:to|with)|"
    # ("had also held talks with X before choosing Y", "had earlier held preliminary talks with X": talks told
    # after the fact, as "had spoken with"; "C held talks with X" is read as an approach by held-talks-with)
    + AFTER_HAD
    + r"held\s+(?:\w+\s+)?(?:talks|discussions)\s+with)\s+"
    r"(?P<list>" + _SPOKEN_NAME + r"(?:" + LIST_SEP + r"(?:with\s+|to\s+)?" + _SPOKEN_NAME + r")*)"
    # (", who preferred to wait", "…, ex coach of C, who declined": an approach refused, read by
    # approached-who-declined where the refusal follows the name; "but X ruled himself out": he withdrew)
    r"(?!(?:,[^,.;]{1,50})?" + _WHO_REFUSED + r"|[^.;]{0,60}?\bruled\s+(?:himself|herself|«P\d+»)\s+out)"
    r"(?![^.;]{0,40}?\b(?:new\s+(?:contract|deal)|extension|renewal|his\s+future)\b)"
)
RULE_KEYS.update(
    {
        "body-had-spoken-to": (
            "spoken",
            "interviewed",
            "conversation",
            "had talked",
            "had also talked",
            "held",
        ),
        "body-talked-with": (
            "talked",
            "spoke",
            "talks with",
            "asked about",
            "enquired about",
            "inquired about",
        ),
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
        "keen-on-the-post": ("keen on the", "interested in the", "interest in the"),
        "wanted-by-second": _WANTED_BY_KEYS,
    }
)
HEDGED_AND_REFUSED: tuple[Rule, ...] = (
    R("approached-club-for", "offer", _APPROACHED_CLUB_FOR, 0.7, club_side="tag"),
    R("body-talked-with", "offer", _BODY_TALKED_WITH, 0.6, club_side="subject", needs_open_post=True),
    R("body-had-spoken-to", "linked", _BODY_HAD_SPOKEN_TO, 0.5, club_side="subject", needs_open_post=True),
    R("clubs-bid-for", "offer", _CLUBS_BID_FOR, 0.7, club_side="tag"),
    R("pole-position", "linked", _POLE_POSITION, 0.5, club_side="after_topic"),
    R("identified-as-candidate", "linked", _IDENTIFIED_AS, 0.5, club_side="subject"),
    R("added-to-list", "linked", _ADDED_TO_LIST, 0.5, club_side="subject"),
    R("keen-on-job", "linked", _KEEN_ON_JOB, 0.5, club_side="tag"),
    R("keen-on-the-post", "linked", _KEEN_ON_THE_POST, 0.5, club_side="after_topic"),
    R("wanted-by-second", "linked", _WANTED_BY_SECOND, 0.5, club_side="tag"),
)
