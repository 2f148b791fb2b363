"""Runs of mixed events that the first table held together after its links (stays, exits along with
others, replacements, a club's choice, promotions from assistant); kept as runs because their order
decides which match wins.
"""

from __future__ import annotations

from pipeline.extract.lexicon import LIST_SEP, TEAM_NOUN
from pipeline.extract.rules.grammar import BACKROOM_TITLE, SELF, UNTIL_FILLED
from pipeline.extract.rules.rule import R, Rule

# "his assistants A and B, the goalkeeping coach C and the physical preparer D": everyone listed
_STAFF_LIST = (
    # "his staff composed of / made up by the assistants A and B": a translated staff list
    r"(?:(?:staff|team)\s+(?:composed|made\s+up|formed|consisting)\s+(?:of|by)\s+(?:the\s+)?)?"
    # ("his deputy A", "his adjunct A", "his vice A": the aide's title in translated copy)
    r"(?:[\w\-]+\s+){0,2}?(?:assistants?|auxiliar(?:y|ies)|number\s+two|staff|coaches|deput(?:y|ies)|adjuncts?|vice)"
    r"\s+(?P<list>«P\d+»"
    r"(?:" + LIST_SEP + r"(?:by\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}?«P\d+»)*)"
)
_PROMOTED_FROM_ASSISTANT = (
    # ("X, who was promoted from assistant in 2022, …": his relative clause)
    r"{P}{APP}(?:\s*,\s+who)?{HAVE}\s+(?:promoted|stepped\s+up|moved\s+up)\s+from\s+(?:(?:his|her|the)\s+)?(?:role\s+of\s+|post\s+of\s+)?"
    r"(?:first-team\s+)?(?:assistant|number\s+two)(?:\s+(?:coach|manager|head\s+coach|role|post|position))?"
    # (not "stepped up from assistant to Y at C": an aide's post under another boss, elsewhere)
    r"(?!\s+(?:at|of|with)\s|\s+to\s+«P)"
)
# "C have promoted assistant X to head coach", "promoted set-piece coach X to manager": the aide's post is one
# he held and leaves for the top job (not "to interim head coach" nor "to head coach on an interim basis",
# "… until a permanent appointment is made": a stand-in goes back to his post)
_PROMOTED_AIDE_TO_HEAD = (
    r"\bpromot(?:ed|es|e|ing)\s+(?:{HIS}\s+|the\s+club['’]s\s+)?(?:[\w\-]+\s+)?"
    r"(?:" + BACKROOM_TITLE + r"|set-piece\s+coach)\s+{P}\s+to\s+"
    r"(?:the\s+(?:role|post|position)\s+of\s+)?(?:permanent\s+|new\s+)?"
    r"(?:head\s+coach|manager|boss|first-team\s+(?:manager|head\s+coach))\b(?!,?" + UNTIL_FILLED + ")"
)
_TO_INTERIM = (
    r"\s+to\s+(?:the\s+role\s+of\s+|the\s+post\s+of\s+|an?\s+|the\s+)?"
    r"(?:interim|caretaker|acting|temporary)\b"
)


# --- stays, exits with others, replacements, a club's choice (one run of mixed events) ------------
STAYS_EXITS_AND_REPLACEMENTS: tuple[Rule, ...] = (
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
        r"{P_OWN}(?:[^«.;:!?]|«[CS]\d+»){0,80}?\bafter\s+(?:more\s+than\s+|almost\s+|nearly\s+|over\s+|just\s+)?"
        r"(?:\w+|\d+)(?:\s+and\s+a\s+half)?\s+(?:years?|months?|seasons?)\s+in\s+charge\b",
        0.65,
        club_side="near",
    ),
    R(
        "replaced-with",
        "appointed",
        # ("are expected to replace him with Arsenal assistant X": his title at his present club)
        # ("replaced him on Monday / the same afternoon with X": the time between)
        r"\b(?:replaced|replacing|replaces?)\s+«P\d+»{TIME}\s+with\s+(?:(?:(?:former|ex-|the\s+former)\s*)?(?:«[CS]\d+»\s+)?"
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
        r"{AT_TAG}(?<!of\s)(?<!for\s)(?<!at\s)(?<!to\s){C}'s?\s+{P_OWN}(?!\s+and\s+«P)",
        0.6,
        club_side="tag",
    ),
    # "considered X of FC Dallas", "talks with X of Mainz", "Names like X, of the Corinthians,": a man named
    # by the club he is at now, as "Mainz's X" is (said of a player too: held only where he is a coach)
    R(
        "person-of-club",
        "in_charge",
        r"{P_OWN},?\s+of\s+(?:the\s+)?{C}(?!['’])(?!\s*(?:,|and)\s+«C)",
        0.55,
        club_side="tag",
    ),
    R(
        "and-left",
        "left",
        r"{P_OWN}(?:[^.;«]|«[CS]\d+»){0,80}?\band\s+(?:then\s+|later\s+|subsequently\s+)?"
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
        r"{P_OWN}(?:[^.;«]|«[CS]\d+»){0,100}?\b(?:but|and)\s+(?:he\s+|she\s+)?(?:will\s+|would\s+)?(?:now\s+|also\s+)?"
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
        # translated: "Among the candidates appear A and B", "Among the candidates for the post is also …"
        r"among\s+the\s+(?:\w+\s+)?candidates{FOR_JOB}\s+(?:appear|figure|stand\s+out|are|is)(?:\s+also)?|"
        # translated German "Als Kandidaten werden A und B genannt": "As candidates are named A and B"
        r"^\W*as\s+(?:(?:possible|potential|likely)\s+)?(?:candidates|successors)\s+(?:are|were)\s+"
        r"(?:also\s+)?(?:named|mentioned|cited|traded)|"
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
        # "X is our new head coach" (a club's statement), "… the club's new manager"
        r"(?:the\s+|our\s+|their\s+|(?:the\s+)?(?:club|team)['’]s\s+)?(?:«C\d+»(?:'s?)?\s+)?"
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
    # "X will not continue (as coach) next season", "X won't continue at C": he leaves; so does one who "will
    # not remain with the club / in charge" or "will not stay on the staff" (staying needs the post it keeps:
    # not "will not stay long")
    R(
        "will-not-continue",
        "left",
        r"{P}{APP}\s+(?:(?:will|would|does|did|shall)\s+(?:not|no\s+longer)|won't|wouldn't|"
        r"is\s+not\s+going\s+to)\s+(?:continue\b(?:\s+(?:as|in\s+charge|at|with)\b)?|"
        r"(?:remain|stay)(?:\s+on)?\s+(?:(?:with|at)\s+(?:the\s+)?(?:«C\d+»|club|team|side|federation|program(?:me)?)|"
        r"as|in\s+charge|on\s+(?:the|{HIS})\s+(?:(?:coaching|technical|backroom)\s+)?(?:staff|bench))(?![\w»]))",
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
)


# --- moves and promotions from assistant, roles in a clause ---------------------------------------
PROMOTIONS_AND_ROLES: tuple[Rule, ...] = (
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
    # (the aide's post ends with his step up, as the sets record a promotion from a backroom post; not a
    # stand-in's, who goes back to it)
    R(
        "promoted-from-assistant-left",
        "left",
        _PROMOTED_FROM_ASSISTANT + r"(?!(?:\s+(?:coach|manager))?" + _TO_INTERIM + ")",
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
    R(
        "promoted-aide-to-head-spell",
        "in_charge",
        _PROMOTED_AIDE_TO_HEAD,
        0.65,
        role="assistant_coach",
        club_side="before",
    ),
    R(
        "promoted-aide-to-head-left",
        "left",
        _PROMOTED_AIDE_TO_HEAD,
        0.65,
        role="assistant_coach",
        club_side="before",
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
        + SELF
        + r"(?:is|was|(?:has|had)\s+"
        + SELF
        + r"been)\s+"
        + SELF
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
        + SELF
        + r"(?:was|had\s+been)\s+"
        + SELF
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
