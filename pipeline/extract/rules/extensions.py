"""Extensions: contracts extended or renewed; a club's word on the coach it has (a new deal offered, his job
safe, more time)."""

from __future__ import annotations

from pipeline.extract.rules.grammar import _STAFF_WORDS, DEMONYM_DESC, DEMONYM_WORD
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

_NEW_CONTRACT = r"an?\s+(?:new|improved|fresh|longer)\s+(?:[\w\-]+\s+){0,2}?(?:contract|deal)\b"
# "new contracts" of several men, one each
_NEW_CONTRACTS = r"(?:new|improved|fresh|longer)\s+(?:[\w\-]+\s+){0,2}?(?:contracts|deals)\b"
# "a two-year extension", "a contract extension": the deal he has, made longer
_EXTENSION = r"an?\s+(?:[\w\-]+\s+){0,2}?(?:contract\s+)?extension\b"


# --- extended ------------------------------------------------------------------------
# "extended his unbeaten run", "extended their lead at the top": a sequence of results, no contract (not
# "extended his stay to lead C": a verb, his stay the deal)
_NO_DEAL_EXTENDED = (
    r"(?!\s+(?:his|her|their|the|its|«[PC]\d+»['’]s?)\s+(?:[\w\-]+['’]s\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:run|streak|(?<!to\s)lead|record|tally|advantage|gap|cushion|sequence)\b)"
)
EXTENDED: tuple[Rule, ...] = (
    R(
        "renewed",
        "extended",
        # "X himself signed a two-year extension"
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:him|her)self\s+)?(?:\w+ly\s+)?(?:(?:renewed|extended|prolonged)"
        + _NO_DEAL_EXTENDED
        + r"|(?:signed|agreed)\s+(?:to\s+)?(?:a\s+|an\s+)?(?:new\s+)"
        r"?(?:(?:\w+|\d+)-year\s+)?(?:contract\s+)?extension|"
        r"(?:signed|penned|inked|agreed|agreed\s+(?:personal\s+)?terms\s+(?:on|over))\s+a\s+new\s+(?:\S+\s+)?"
        r"(?:deal|contract)|committed\s+{HIS}\s+future|"
        # "X has agreed fresh terms with C": a new deal with the club he has (not "agreed terms": a move)
        r"(?:signed|agreed)\s+(?:new|fresh|improved)\s+terms|"
        # "A and his assistant B have signed new long-term contracts": one deal each
        r"(?:signed|penned|inked|agreed)\s+new\s+(?:\S+\s+)?(?:deals|contracts)|"
        # "X has agreed to extend his contract": his side of the deal, told as done
        r"agreed\s+to\s+(?:extend|renew|prolong)\s+{HIS}\s+(?:contract|deal|stay))\b",
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
    # "X was rewarded with a new contract", "has been handed a new three-year deal", "X received a new
    # contract", "A and B received new contracts too" (one deal each), "was handed a contract extension"
    R(
        "handed-new-contract",
        "extended",
        r"{P}{APP}{WHO}{HAVE}\s+(?:been\s+)?(?:rewarded|handed|given|awarded|received|receives|got|gets)\s+"
        r"(?:with\s+)?(?:" + _NEW_CONTRACT + r"|" + _NEW_CONTRACTS + r"|" + _EXTENSION + r")",
        0.8,
        club_side="after",
    ),
    # "The board rewarded him in September with a new three-year contract", "C handed X a new deal", "C
    # have handed women's coach X a two-year extension",
    # "the FA handed C's under-21 head coach X a new contract" (his title before the name)
    R(
        "gave-new-contract",
        "extended",
        r"\b(?:rewarded|handed|gave|given|awarded)\s+(?:(?:the\s+|their\s+|its\s+)?"
        r"(?:«[CS]\d+»(?:['’]s?)?\s+){0,2}{ROLE}\s+)?{P}(?:\s+[^«.,;]{0,25}?)??\s+(?:with\s+)?"
        + r"(?:"
        + _NEW_CONTRACT
        + r"|"
        + _EXTENSION
        + r")",
        0.8,
        club_side="before",
        squad_in_match=True,
    ),
    # "C extended the contract of coach X (and his assistant Y)", "the renewal of contract of the
    # technician X", "the club extended his contract": the club renews its coach's deal
    R(
        "contract-of-extended",
        "extended",
        # "decided against extending X's deal" is no extension
        # ("decided to extend the contract of X": the base form only after a decision told as done, not
        # after a wish: "want to extend", "in talks to extend")
        # ("Also renewed are the contracts of A and B": translated, the passive's subject after it)
        r"\b(?<!against\s)(?:(?:extended|renewed|prolonged)\s+(?:are|were|is|was)(?:\s+also)?(?=\s+the\s)|"
        r"extended|extends|extending|(?:(?<=\bdecided\sto\s)|(?<=\bagreed\sto\s))(?:extend|renew)|renewed|renews|renewing|"
        r"prolong(?:ed|s|ing)|renewal\s+of|extension\s+(?:of|to)|prolongation\s+of),?\s+"
        # ("has prolonged, this Monday, the contract of X": the day set off by commas; "renewed for two more
        # seasons the contract of X": the new term told first)
        r"(?:(?:today|yesterday|now|also|officially|this\s+\w+|on\s+\w+|"
        r"for\s+(?:[\w\-]+\s+){1,3}?(?:seasons?|years?)),?\s+)*(?:(?:the|their|its)\s+)?"
        # ("the contract of the Portuguese X", "of the Swiss technical director X": nationality, title)
        # ("the contract of national team head coach X", "of the under-21 manager X": his side's words;
        # "of Banyana Banyana head coach X": his team's name)
        # ("has extended the contract with head coach X", "the agreement with X": the tie with him renewed)
        r"(?:contracts?|deals?|(?<=the\s)agreement)\s+(?:of|with)\s+(?:(?:the|its|their)\s+)?(?:«[SC]\d+»\s+)?"
        + _STAFF_WORDS
        + r"(?:"
        + DEMONYM_DESC
        + r"|"
        + DEMONYM_WORD
        + _STAFF_WORDS
        # ("the contract of Y's assistant, X": the aide's, not his boss's)
        + r")?(?:«P\d+»['’]s?\s+(?:assistant|deputy|number\s+two),?\s+)?{P_OWN}"
        r"(?:\s*(?:,|and)\s+" + _STAFF_WORDS + r"{P2})?",
        0.8,
        club_side="before",
        squad_in_match=True,
    ),
    # "the contract of the head coach X for the next season has been renewed": the same told passively, as
    # club announcements word it (the deal his, whatever term follows his name)
    R(
        "contract-of-was-extended",
        "extended",
        r"\bthe\s+(?:contract|deal)\s+of\s+(?:(?:the|its|their)\s+)?(?:«[SC]\d+»\s+)?"
        + _STAFF_WORDS
        + r"(?:"
        + DEMONYM_WORD
        + _STAFF_WORDS
        + r")?{P_OWN}(?:\s+(?:for|until|till|through)\s+[^,«.;]{1,30}?)?\s+"
        r"(?:was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?(?:extended|renewed|prolonged)\b",
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
        r"(?:(?:the\s+)?(?:head\s+|assistant\s+|interim\s+)?(?:coach|manager|boss)\s+)?{P_OWN}"
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
    # "OFI announced the renewal of the cooperation with the coach X", "C confirmed on Monday the renewal of
    # the coach X until 2025": translated copy names the man (or the tie with him) as what is renewed
    R(
        "announces-renewal-with",
        "extended",
        r"\b(?:announce[sd]?|announcing|confirm(?:s|ed|ing)?|officiali[sz]ed|made\s+official)\s+"
        r"(?:(?:on|this)\s+\w+\s+)?the\s+(?:renewal|extension|prolongation)\s+of\s+"
        r"(?:the\s+(?:cooperation|collaboration|bond|link|relationship|agreement)\s+with\s+)?"
        # ("the prolongation of its coach X": the club's own man)
        r"(?:(?:the|its|their)\s+)?(?:(?:head\s+)?(?:coach|manager|technician|trainer|mister)\s+)?{P_OWN}",
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
    # "C has agreed to a multi-year contract extension with head coach X", "signed an extension with its coach
    # X": the club's statement names its man after the deal (not "talks over an extension with X")
    R(
        "extension-agreed-with",
        "extended",
        r"\b(?:agreed|agrees|signed|signs|reached|completed|finali[sz]ed)\s+(?:to\s+|on\s+)?(?:an?|the)\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:contract\s+)?(?:extension|renewal)\s+with\s+(?:(?:the|its|their)\s+)?"
        r"(?:«S\d+»\s+)?" + _STAFF_WORDS + r"{P_OWN}",
        0.8,
        club_side="before",
        squad_in_match=True,
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
)


# --- a club's word on the coach it has ------------------------------------------------------------
# "C are ready to offer X a new contract", "C insist X's job is safe", "C are ready to give X more time": the
# club speaks of the man it has now, its coach (in charge, no change yet). A player is spoken of in the same
# words, so the fact holds only where the story makes him a coach elsewhere (`Rule.needs_support`).
_CLUB_SAYS = r"{C}(?:\s+(?:are|is|have|has|will|would|now|also|\w+ly))*\s+"
_READY_TO = r"(?:(?:ready|set|poised|preparing|planning|prepared|willing|keen|looking)\s+to\s+)?"
RULE_KEYS.update(
    {
        "club-offers-its-coach-new-deal": ("offer", "hand", "reward"),
        "club-says-coach-job-safe": ("safe", "secure"),
        "club-gives-coach-more-time": ("more time",),
    }
)
CLUB_KEEPS_ITS_COACH: tuple[Rule, ...] = (
    R(
        "club-offers-its-coach-new-deal",
        "in_charge",
        _CLUB_SAYS + _READY_TO + r"(?:offer|hand|reward)\s+{P_OWN}\s+(?:with\s+)?" + _NEW_CONTRACT,
        0.6,
        club_side="tag",
        needs_support=True,
    ),
    R(
        "club-says-coach-job-safe",
        "in_charge",
        r"{C}\s+(?:insist|insists|insisted|say|says|said|maintain|maintains|stress|stressed)\s+(?:that\s+)?"
        r"{P}['’]s?\s+(?:job|position|post)\s+(?:is|remains)\s+(?:safe|secure)\b",
        0.6,
        club_side="tag",
        needs_support=True,
    ),
    R(
        "club-gives-coach-more-time",
        "in_charge",
        _CLUB_SAYS + _READY_TO + r"give\s+{P_OWN}\s+more\s+time\b",
        0.6,
        club_side="tag",
        needs_support=True,
    ),
)
