"""A change of coach in the words of news copy, and club statements, US style (MLS / NWSL / USL press
releases).
"""

from __future__ import annotations

from pipeline.extract.rules.grammar import DEMONYM_WORD, OPENING_CLAUSE_TO, PARTED, TO_EXTENSION
from pipeline.extract.rules.keys import EXTENDED_KEYS, RENEW_KEYS, RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# --- a change of coach in the words of news copy -----------------------------------------------------


# a coaching post named after a verb: "the new Bayern manager", "Leicester City's new head coach"
_COACH_POST = (
    # ("to become C manager": the club's name as an adjective, no possessive)
    r"(?:their|the|its|the\s+club's|«C\d+»(?:['’]s?)?)\s+(?:new\s+)?(?:«[CS]\d+»\s+)?"
    r"(?:(?:new|permanent|full-time|interim|caretaker|acting|first-team|head)\s+)*"
    r"(?:manager|head\s+coach|coach|boss|trainer)\b(?!\s+of\s+the\s+(?:month|year|season))"
)
# "steps into the hot seat / the dugout / the manager's role / the role of head coach": the post taken
_INTO_THE_POST = (
    r"(?:the\s+)?(?:(?:vacant|empty)\s+)?(?:hot\s+seat|dugout|"
    r"(?:head\s+coach|manager|coaching|managerial)(?:['’]s)?\s+(?:role|post|job|position)|"
    r"(?:role|post|job|position)\s+of\s+(?:(?:interim|caretaker|acting|head)\s+)?(?:head\s+coach|coach|manager|boss))\b"
)
RULE_KEYS.update(
    {
        "agreed-to-become": ("to become", "to be ", "deal as", "contract as"),
        "new-man-in-dugout": ("new man", "new woman", "new face", "new boss"),
        "club-has-new-coach": ("a new", "their new"),
        "steps-into-post": ("into the",),
        "lands-club-job": ("lands", "landed", "landing"),
        "opening-sacked": ("sacked", "dismissed", "fired", "axed", "ousted"),
        "opening-resigned": ("having resigned", "having quit", "having stepped down"),
        "opening-left": ("having left", "having departed"),
        "filled-after-he-left": ("after", "following", "when"),
        "contract-not-renewed": EXTENDED_KEYS,
        "club-not-renewing": RENEW_KEYS,
        "option-to-extend": ("option",),
        "deal-was-extended": EXTENDED_KEYS,
        "club-confirm-exit": ("exit", "departure"),
        "passive-shown-exit": ("shown the exit",),
    }
)
CHANGES_IN_NEWS_COPY: tuple[Rule, ...] = (
    # "X has agreed terms to become the new Bayern manager", "signed a three-year deal to become C's new
    # head coach", "agreed to become C manager", "signed an 18-month deal as C's head coach": the post he is
    # taking (not "signed a new contract as C manager": his own extension)
    R(
        "agreed-to-become",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:agreed|signed|penned)\s+(?:(?:personal\s+)?terms\s+|"
        r"an?\s+(?:[\w\-]+\s+){0,2}?(?:deal|contract)\s+)?to\s+(?:become|be)|"
        r"(?:signed|penned)\s+an?\s+(?!(?:new|fresh|improved|further)\b)(?:[\w\-]+\s+){0,2}?(?:deal|contract)\s+as)\s+"
        + _COACH_POST,
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
    # "C have a new manager: X", "C have a new head coach in X", "C have their new boss, the former D coach
    # X": the club's new man named after the post (not "C have a new striker in X": a player's)
    R(
        "club-has-new-coach",
        "appointed",
        r"{C}{HAVE}\s+(?:got\s+)?(?:a|their)\s+new\s+(?:permanent\s+)?(?:manager|head\s+coach|coach|boss|trainer)"
        # (not "C have a new manager, and X is pleased": another clause)
        r"\s*(?::|,|\s+in)\s+(?!(?:and|but|while|though|as|so|who|which)\b)(?:the\s+)?(?:(?:[\w\-]+|«C\d+»)\s+){0,3}?{P}",
        0.8,
        club_side="tag",
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
        r"(?:\s+by\s+(?:the\s+)?{CDESC}{C})?" + OPENING_CLAUSE_TO,
        0.8,
        club_side="near",
    ),
    R(
        "opening-resigned",
        "resigned",
        # ("Having resigned from Bournemouth in 2020, X was appointed Newcastle manager": Bournemouth)
        r"^\W*Having\s+(?:resigned|quit|stepped\s+down)\b(?:\s+(?:(?:from|at|as)\s+)?(?:the\s+)?{CDESC}{C}(?!['’]))?"
        + OPENING_CLAUSE_TO,
        0.8,
        club_side="tag",
    ),
    # "Having left C in June, X …" (a player leaves too: kept for a man shown coaching)
    R(
        "opening-left",
        "left",
        r"^\W*Having\s+(?:left|departed)\s+(?:the\s+)?{CDESC}{C}" + OPENING_CLAUSE_TO,
        0.7,
        club_side="tag",
    ),
    # "X was put in charge in August after Y left": the man whose going opened the post just filled
    R(
        "filled-after-he-left",
        "left",
        r"\b(?:appointed|named|hired|installed|took\s+(?:over|charge|the\s+reins)|put\s+in\s+charge|"
        r"handed\s+the\s+reins)\b(?:[^.;«]|«[CS]\d+»){0,60}?\b(?:after|following|when)\s+{P_OWN}\s+"
        r"(?:had\s+)?(?:left|departed|quit)\b(?!\s+(?:for|to)\b)",
        0.7,
        club_side="topic",
    ),
    # "X's contract will not be renewed", "X's deal, which expires in June, won't be extended", "X's contract
    # at C has not been renewed": his term runs out
    R(
        "contract-not-renewed",
        "left",
        # (the negation is the point: "X's contract will be extended" is an extension, not an exit)
        r"{P}['’]s?\s+(?:current\s+)?(?:contract|deal)(?:\s+(?:at|with)\s+(?:the\s+)?{C})?(?:\s*,[^,«]{1,60},)?\s+"
        r"(?:(?:(?:will|would)\s+not|is\s+not\s+going\s+to|won['’]t|wouldn['’]t)\s+be|(?:has|had)\s+not\s+been)\s+"
        r"(?:renewed|extended)\b",
        0.75,
        club_side="topic",
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
        # ("X's contract will be extended after the tournament": the extension the club confirmed)
        # ("X's contract, which was due to end in May, has been extended until …": its old term set off by
        # commas; "would be extended to cover the World Cup": the extension the body announced; "was extended
        # on Monday": the day it was done)
        r"{P}['’]s\s+(?:(?:\w+-year|current|existing)\s+)?(?:contract|deal)(?:\s*,\s+which\s+[^,«.;]{1,60},)?\s+"
        r"(?:(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:extended|renewed)\s+"
        r"(?:to|until|till|through|by|(?:on|in)\s+(?-i:[A-Z])\w+)\b|"
        r"(?:will|would)\s+be\s+(?:extended|renewed)\b)",
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
CHANGES_IN_NEWS_COPY += (
    # "Thiago Motta new Juventus coach", "Official: X new coach of C": the copula of "X is the new C
    # coach" left out (not "X's new C coach", not a player: a coach's title; an apposition, "X, the new
    # coach of C, said", restates the post and is left to the in_charge readers)
    *(
        R(
            "headline-new-coach" + suffix,
            "appointed",
            r"{P_OWN}\s*:?\s+new\s+" + post + _NO_QUESTION,
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
            r"{P_OWN}{HAVE}\s+out\s+as\s+(?:the\s+)?" + post,
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
        r"{P_OWN}\s+(?:extends|renews)\s+(?:{HIS}\s+)?(?:[\w\-]+\s+)?(?:contract|deal|stay)\b",
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
# through the 2025 season to become head coach", "agreed a contract with X to become …": his appointment;
# so is the deal a club "has made official on Monday" (translated "ha ufficializzato l'accordo con X")
_AGREED_WITH = (
    r"(?:{C}|\bthe\s+club){HAVE}\s+(?:(?:agreed|reached|struck)\s+(?:to\s+)?(?:terms|a\s+deal|an\s+agreement|"
    r"a\s+contract|an?\s+(?:[\w\-]+\s+){1,2}?(?:deal|contract))|"
    r"(?:made|makes)\s+official(?:\s+(?:on|this)\s+\w+)?\s+the\s+(?:agreement|deal))\s+with\s+{P}"
)
_WHO_BECOMES = (
    r"(?:,?\s+who\s+(?:becomes|will\s+(?:become|be)|is\s+to\s+become)|(?:\s+on\s+(?:[^«.;:!?]|«[CS]\d+»){1,60}?)?"
    r",?\s+to\s+(?:become|be|serve\s+as|take\s+over\s+as))\s+(?:their|its|the\s+club['’]s|the|«C\d+»['’]s?)?\s*"
    r"(?:new\s+|next\s+|permanent\s+)?(?:«S\d+»\s+)?{ROLE}"
)
# "C has reached an agreement with the German coach X", "C announced the contracting with the Portuguese coach
# X to lead the first team", "its official contract with the Italian coach X": a club's deal with a man it
# calls a coach is his appointment, as translated club statements tell it (not a deal to end his contract,
# nor one renewing it)
_AGREEMENT_WITH_COACH = (
    r"\b(?:(?:reached|reach|reaches|struck)\s+(?:an?\s+)?(?:agreement|deal)|"
    # ("announced the end of the contract with coach X": his exit)
    r"(?:announced|announces|confirmed|confirms|made\s+official|officiali[sz]ed)\b"
    r"(?:(?!\b(?:end|termination|rescission|cancellation)\b)[^«.;]|«[CS]\d+»){0,50}?"
    r"\b(?:the|its)\s+(?:official\s+)?(?:contracting|contract|hiring|signing))\s+with\s+(?:the\s+)?"
    r"(?:" + DEMONYM_WORD + r")?(?:head\s+)?(?:coach|manager|technician|trainer)\s+{P}"
    r"(?![^.;]{0,60}?\b(?:terminat\w*|end\b|ending|rescind\w*|part\s+ways|separation|departure|exit|"
    r"new\s+(?:contract|deal)|extension|renew\w*|prolong\w*))"
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
        "agreed-terms-to-become": ("agreed", "reached", "struck", "official"),
        "agreement-with-coach": ("agreement with", "deal with", "contracting with", "contract with"),
        "assumes-coaching-duties": ("coaching duties", "coaching responsibilities"),
        "signed-coach-to-extension": ("signed",),
        "declined-coach-option": ("option",),
    }
)
US_CLUB_STATEMENTS: tuple[Rule, ...] = (
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
    R("the-club-and-person-parted", "left", _THE_CLUB_AND + "{P}" + PARTED, 0.75, club_side="before"),
    R("agreed-terms-to-become", "appointed", _AGREED_WITH + _WHO_BECOMES, 0.8, club_side="tag"),
    R("agreement-with-coach", "appointed", _AGREEMENT_WITH_COACH, 0.8, club_side="before"),
    R("assumes-coaching-duties", "appointed", _ASSUMES_DUTIES, 0.8, club_side="near"),
    # "The Union have signed head coach X to a contract extension through 2026": his renewal
    R(
        "signed-coach-to-extension",
        "extended",
        r"\bsigned\s+(?:(?:its|their|the\s+club['’]s)\s+)?(?:head\s+coach|manager)\s+{P}\s+to\s+"
        + TO_EXTENSION,
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
