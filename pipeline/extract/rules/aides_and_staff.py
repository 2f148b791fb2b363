"""Aides and staff: aides named with their boss, staff joining with the new man, aides who follow him,
an aide's spells at his boss's clubs, staff and predecessors, the aide who comes with the new man,
an aide placed on his boss's staff or leaving it, a new coach's incoming staff, backroom staff named
by their titles, the post filled told in other word orders, aides arriving with a new coach.
"""

from __future__ import annotations

from pipeline.extract.lexicon import LIST_SEP, TEAM_NOUN
from pipeline.extract.rules.grammar import (
    _ORDINAL,
    AIDE_COPULA,
    AIDE_NOUN,
    AIDE_TITLED,
    AT_SENIOR_CLUB,
    BACKROOM_TITLE,
    DEMONYM_DESC,
    DEMONYM_WORD,
    FORMER_PLAYER_DESC,
    GOALKEEPING_TITLE,
    KIN,
    NO_CLUB_NEXT,
    NOT_AS_NON_COACH,
    PEOPLE_LIST,
    POSSESSOR_DESC,
    STAFF_CLUB,
    STAFF_GROUP,
    STAFF_ROLE,
)
from pipeline.extract.rules.keys import BRING_KEYS, RULE_KEYS
from pipeline.extract.rules.names import rule_names
from pipeline.extract.rules.rule import R, Rule

# what the boss is to his aide, told before his name: "assistant of his compatriot Y", "assistant to his
# father-in-law Y" (a rule's fragment: {HIS} is expanded there, "his" being tagged as the aide's "«P1»'s")
_BOSS_TIE = r"(?:{HIS}\s+(?:" + KIN + r"(?:-in-law)?|compatriot|countryman|mentor)\s+)?"
# "an assistant to Y", "adjunct of Y", "assistant for Y", "the collaborator of Y", "the vice of Y", "Luis
# Enrique's assistant", "Y's number two", "Y's right-hand man": someone's aide (Y tagged); "the right hand /
# right arm of Y", "the second of Y" (translated "la mano derecha de", "o braço direito de", "el segundo de")
_AIDE_OF = (
    r"(?:(?:an?\s+|the\s+)?(?:former\s+|long-time\s+)?(?:assistant\s+(?:coach\s+|manager\s+)?under|"
    r"(?:"
    + BACKROOM_TITLE
    + r"|adjunct|deputy|right[\s-](?:hand|arm)(?:\s+(?:man|woman))?|(?<![\w\-])second(?=\s+of\s))"
    r"\s+(?:to|of|for))\s+" + _BOSS_TIE + r"«P\d+»|"
    r"«P\d+»['’]s?\s+(?:former\s+|long-time\s+|trusted\s+)?" + AIDE_NOUN + r")"
)

# a youth or reserve side's coach named by that title before his name: "the under-20 coach", "academy manager"
# (the side tagged as «helperside», so a first team's own coach named so is told apart)
_YOUTH_SIDE_COACH = (
    r"(?:the\s+)?(?:«S(?P<helperside>\d+)»|\b(?:academy|youth|reserve))\s+(?:team\s+)?(?:coach|manager),?\s+"
)

# an aide kept on: "remain as", "stays on as", "will continue as", "also remains Y's assistant"
_STAYS_ON = (
    r"\b(?:(?:remain|remains|remained|stay|stays|stayed|continue|continues|continued)(?:\s+on)?\s+as|"
    r"remains|remained|(?<=will\s)remain)\s+"
)

# where the aide served: "at C", ", with C", "both at C and (previously) at C2", ", first at C and then at C2"
_AIDE_AT = r",?\s+(?:both\s+|first\s+)?(?:at|with|in)\s+"
# the second boss's clubs end the clause: "… and Z at Liverpool.", "… at Liverpool before moving on", "… at
# Liverpool in 2015" (not "… and Henderson at Liverpool was his captain": a new clause, with its own verb)
_CLUBS_CLOSE_CLAUSE = (
    r"(?=(?:the\s+)?«C\d+»(?:(?:\s*,\s*|\s+)(?:and\s+)?(?:the\s+)?«C\d+»)*"
    r"(?:\s*(?:[,.;:!?()]|$)|\s+(?:and|before|from|until|in|for|between|where|when|then|during|after|"
    r"respectively)\b))"
)
# a tournament an aide served his boss at: "at the 2024 European Championship", "at the World Cup"
_AT_TOURNAMENT = (
    r"at\s+the\s+(?:(?:19|20)\d\d\s+)?(?:[\w\-]+\s+){0,3}?(?:Euros?|World\s+Cup|Championships?|"
    r"Olympics?|Olympic\s+Games|Cup\s+of\s+Nations|Copa\s+Am[eé]rica|Gold\s+Cup|tournament|finals)\b"
)
# a second boss the aide served after the first, told before the place they share: "assistant to Y and later
# (to) Z at C" (Z's own spell is read by second-head-of-aide-at)
_SECOND_BOSS = r"\s+and\s+(?:then\s+|later\s+)?(?:(?:to|of|under)\s+)?«P\d+»(?!['’])"
_THEN_SECOND_BOSS = r"(?:" + _SECOND_BOSS + r"(?=,?\s+(?:at|with|in)\s))?"
# the boss's clause names where the aide served him after all, past a span or a relative clause: "assistant to
# Y for five seasons at C", "… at the 2024 European Championship", "…, with whom he won the league at C" (his
# spell was there, not at the club in view)
_NO_PLACE_IN_CLAUSE = (
    r"(?!" + _SECOND_BOSS + r",?\s+(?:at|with)\s+(?:the\s+)?«[CS]"
    r"|[^.;,«]{0,50}\b(?:at|with)\s+(?:the\s+)?«[CS]"
    r"|[^.;,«]{0,50}\b" + _AT_TOURNAMENT + r"|\s*,\s+with\s+whom\b[^.;]{0,80}?\b(?:at|with)\s+(?:the\s+)?«C)"
)
# where the aide served, told past how long or at which tournament: "assistant of Y for many years, at C",
# "assistant to Y during six seasons in C", "assistant of Y at the 2010 World Cup with C"
# ("the right hand of Y, with whom he worked in A and B": the places told in a clause on the boss)
_SPAN_THEN_AIDE_AT = (
    _THEN_SECOND_BOSS
    + r"(?:\s+(?:for|during)\s+(?:many|several|\w+)\s+(?:years|seasons)|\s+"
    + _AT_TOURNAMENT
    + r")?(?:,\s+with\s+whom\s+(?:he|she|«P\d+»)\s+(?:also\s+)?(?:worked|served)\s+(?:at|with|in)\s+|"
    + _AIDE_AT
    + r")"
)
# when an aide served his boss, told between the verb and the title: "was until then the assistant of Y", "was
# the past two seasons assistant of Y", "was at that moment assistant of Y" (translated copy's word order)
_SPAN_BEFORE_TITLE = (
    r"(?:until\s+(?:now|then)|(?:in\s+)?the\s+(?:past|last|previous)\s+(?:\w+\s+)?seasons?|"
    r"at\s+that\s+(?:moment|time))"
)
# "brings (with him)", "will bring in", "took": a boss bringing an aide, named next ("bring in X as his
# assistant": the aide's title told as his)
_BRING_AIDE = (
    r"\b(?:(?:bring|brings|brought|bringing)(?:\s+in)?|take|takes|took|taking)\s+"
    r"(?:with\s+(?:him|her|«P\d+»)\s+)?"
)

# ", who also worked under Y,", ", who was on his staff with C," inside a list of staff: an aside about the
# one before (Y is not listed); ", his assistant since the Uganda days,": the same told as an apposition
_RELATIVE_ASIDE = (
    r"\s*,\s+(?:who\s+|(?:his|her|«P\d+»['’]s)\s+(?:[\w\-]+\s+)?(?:assistant|deputy|number\s+two)\s+since\s+)"
    r"(?:[^«.;,]|«[CSP]\d+»){1,80}?(?=\s*,)"
)
# the next name of a list of aides: "A and B", "A, and by Austrian fitness coach B", "A and former Porto
# defender B" (not "…, while goalkeeping coach B stays on", "…, with B staying on": another clause; nor
# "A, Fesfut said in a statement": who tells the news, named after the list)
_NEXT_AIDE = (
    LIST_SEP + r"(?:by\s+)?(?:the\s+)?"
    r"(?:(?:(?!(?:while|whereas|with|but|as|who|whose|when)\b)[\w\-]+|«C\d+»)\s+){0,3}?«P\d+»"
    r"(?!\s+(?:said|says|told|announced|confirmed|added|explained|reported|stated)\b)"
)
# aides counted before they are named: "two assistant coaches from the Netherlands, A and B",
# "a (Chinese) staff including A", "three assistants: A, B and C"
_AIDES_LEAD = (
    r"(?:(?:an?|{HIS})\s+(?:[\w\-]+\s+)?(?:staff|backroom\s+team|coaching\s+team)\s+(?:including|that\s+includes|"
    r"which\s+includes)\s+|"
    r"(?:two|three|four|five|\d)\s+(?:new\s+)?(?:assistant\s+(?:coach(?:es)?|managers|trainers)|assistants|deputies)"
    r"(?:\s+from\s+(?:the\s+)?«C\d+»)?\s*[,:]?\s+)"
)
_AT_CLUB = r"(?:\s+(?:at|with)\s+(?:the\s+)?{C}(?!['’]s))?"
# how the first aide after "by" is introduced: "the coach of the «S», Y" (a youth side's coach apposed), "the
# Argentine Y", "goalkeeper coach Y" (not "the club's assistant Y": one already on the staff)
_BY_AIDE_LEAD = (
    r"(?:(?:the\s+)?(?:coach|manager|trainer)\s+of\s+(?:the\s+)?«S\d+»,\s+|"
    r"(?:the\s+)?(?:" + DEMONYM_WORD + r")?(?:" + BACKROOM_TITLE + r"\s+)?(?=«P))"
)
# the title of one aide of that list, told before the next: "A as assistant coach and by goalkeeping coach B"
_BY_AIDE_TITLE = (
    r"\s+as\s+(?:(?:the|his|her|an?)\s+)?(?:[\w\-]+\s+){0,2}?(?:coach|assistant|trainer|preparer|analyst)"
    r"(?:es|s)?\b"
)


# a youth or reserve coach's step up: "X will step up", "Y moves up"
_STEPS_UP = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:will|is\s+to|is\s+set\s+to)\s+)?"
    r"(?:steps|stepped|step|moves|moved|move)\s+up"
)

# --- aides named with their boss: will assist, his assistant --------------------------------------
AIDES_OF_A_BOSS: tuple[Rule, ...] = (
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
        # ("deputised by": the aide named as the boss's deputy)
        r"\b(?:will|is\s+to|are\s+to|shall)\s+be\s+(?:assisted|supported|helped|flanked|accompanied|seconded|"
        r"deputi[sz]ed)"
        r"(?:\s+in\s+{HIS}\s+(?:technical\s+|coaching\s+)?staff)?\s+by\s+"
        r"(?:" + _AIDES_LEAD + r")?"
        r"(?:(?:assistant\s+(?:coach(?:es)?|managers?|trainers?)|assistants?|co-trainers?)\s+)?"
        # "… by his long-time deputies A and B", "… by his compatriot Y": lowercase words about the aides
        r"(?:{HIS}\s+(?-i:[a-z][\w\-]*\s+){1,3}?(?=«P))?"
        # "… by (the) former Pools midfielder Y": the aide's playing past before his name
        r"(?:" + FORMER_PLAYER_DESC + r")?"
        # "… by compatriot Y": a lowercase word about the aide
        r"(?:(?-i:compatriots?|countrym[ae]n|fellow\s+[A-Z]\w+)\s+)?"
        # "… by Japanese coach Y", "… by local coaches A and B": the aide's nationality (or the host
        # country's, "local") and a bare coach's title
        r"(?:(?:"
        + DEMONYM_WORD
        + r"|(?-i:local)\s+)(?-i:coach(?:es)?|trainers?)\s+)?"
        + _BY_AIDE_LEAD
        # ("…, and by Austrian fitness coach B": the next aide with his own "by", nationality and title)
        + r"(?P<list>«P\d+»(?:(?!['’])(?:"
        + _RELATIVE_ASIDE
        + "|"
        + _BY_AIDE_TITLE
        + r")?"
        + _NEXT_AIDE
        + r")*(?!['’])"
        # (not one "who was already in the staff": kept on, not arriving)
        r"(?!\s*,\s+who\s+(?:was|were|had\s+been)\s+already\b)"
        r"(?:,?\s+with\s+«P\d+»\s+as\s+(?:(?:the|his|her)\s+)?(?:[\w\-]+\s+)?coach)?)",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    # "He will be helped by the goalkeeping coach, A, and by the under-20 coach, B", "… and by the academy
    # manager B, who joins the bench": a youth or reserve side's coach named among the stand-in's helpers
    # steps up to the first team's staff (the first team's own aides named there are kept on, not arriving)
    R(
        "assisted-by-youth-coach",
        "appointed",
        r"\b(?:will|is\s+to|are\s+to|shall)\s+be\s+(?:assisted|supported|helped)\s+by\s+(?:(?:[^.;«]|«[CPS]\d+»){0,120}?"
        r"\bby\s+)?" + _YOUTH_SIDE_COACH + r"{P}(?!['’])",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    # "X will lead the team until the summer, assisted by the under-21 coach Y", "X takes temporary charge,
    # with academy coach Y helping him": the helper the stand-in's or new man's clause names by his youth or
    # reserve title joins the first team's staff (the clause told ahead or now: "X led the side in 2015,
    # assisted by …" is an old spell)
    R(
        "helped-by-youth-coach",
        "appointed",
        r"\b(?:will|shall|is\s+to|is\s+set\s+to|takes|leads|(?:has|have)\s+been\s+(?:placed|put|handed|given))\b"
        r"(?:[^.;:«]|«[CS]\d+»){0,120}?,\s+(?:(?P<helpedby>(?:assisted|supported|helped)\s+by)|with)\s+"
        + _YOUTH_SIDE_COACH
        + r"{P}(?(helpedby)(?!['’])|\s+(?:assisting|helping|supporting)\s+(?:him|her|«P\d+»))",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    # "Under-23 coach X will step up to become first-team coach", "U19 trainer Y moves up as the second
    # assistant", "Z moves up to the senior staff as a technical assistant": a youth or reserve coach
    # joins the first team's staff, or takes the side named ("steps up to become under-23 coach"); the
    # side he held is read from his title
    R(
        "steps-up-to-the-staff",
        "appointed",
        _STEPS_UP + r"(?:\s+to\s+(?:the\s+)?(?:senior|first[\s-]team)\s+(?:backroom\s+|coaching\s+)?staff)?"
        r"\s*,?\s+(?:to\s+(?:become|be)|as|and\s+(?:becomes|became|will\s+become))\s+"
        r"(?:(?:the|a|an|his|her|their)\s+)?(?:new\s+)?(?:second\s+)?"
        r"(?:" + BACKROOM_TITLE + r"|(?:first[\s-]team|«S\d+»)\s+coach)\b",
        0.7,
        club_side="topic",
        squad_in_match=True,
    ),
    # "Youth team manager W steps up to replace him on the first-team staff": the aide who left is replaced
    # on the senior staff (not his post as the boss: "to replace him as manager" is another rule's)
    R(
        "steps-up-to-replace-on-staff",
        "appointed",
        _STEPS_UP + r"\s+to\s+replace\s+(?:him|her|them|«P\d+»)\s+(?:on|in)\s+(?:the\s+)?"
        # (a side tagged, «staffside», is checked to be the first team: `rule_facts._youth_side_staff_named`)
        r"(?:senior\s+|«S(?P<staffside>\d+)»\s+)?(?:backroom\s+|coaching\s+)?staff\b",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
    # "Under-21 coach W will step up to join V's staff"
    R(
        "steps-up-to-join-the-staff",
        "appointed",
        _STEPS_UP + r"\s+to\s+join\s+«P\d+»['’]s?\s+(?:backroom\s+|coaching\s+)?staff\b",
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
)


# --- staff joining with the new man ---------------------------------------------------------------
JOINED_BY_STAFF: tuple[Rule, ...] = (
    # staff arriving with a new coach: "X will be joined by his assistant Y", "brings a four-man
    # technical team with him, headed by first assistant coach Y", "brings his assistant Y with him"
    R(
        "joined-by-staff",
        "appointed",
        # "will be joined at the City Ground / at Forest / in east London by": club, ground or town, then aide
        r"(?:\b(?:be|been|is|are|was|were)\s+joined\s+(?:(?:at|in)\s+(?:the\s+)?(?:«C\d+»|[\w\-]+(?:\s+[\w\-]+){0,2})\s+)?by|\bbr(?:ings|ing|ought|inging)\s+"
        r"(?:with\s+(?:him|her|«P\d+»)\s+)?(?:(?:an?|his|her)\s+(?:[\w\-]+\s+){0,2}?{STAFF}"
        r"\s+(?:with\s+(?:him|her|«P\d+»)\s*)?,?\s*(?:headed|led)\s+by|(?:his|her)))\s+" + STAFF_ROLE + "{P}",
        0.7,
        club_side="near",
    ),
    # "X led C to two titles after arriving in September 2022": the arrival is his appointment
    # ("since arriving in …" dates his spell instead)
    R(
        "after-arriving",
        "appointed",
        # (the arrival's words are the fact's trigger: "X took C into the Premier League in 2023, months after
        # arriving in November 2022" dates the arrival by its own month, apart from the feat told before it)
        r"{P}{APP}(?:[^«».;:!?]|«[CS]\d+»){0,90}?\b(?P<t>after)\s+(?:(?:first\s+)?arriving|{HIS}\s+arrival)"
        r"\s+(?:(?:at|from)\s+«C\d+»\s+)?(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|"
        r"May|June|July|August|September|October|November|December|(?:the\s+)?(?:summer|winter|spring|autumn)|\d{4})\b",
        0.7,
        club_side="near",
    ),
    # ("…, with Y joining as goalkeeping coach": the aide's arrival told beside the boss's, "him" left out)
    R(
        "joining-him-as",
        "appointed",
        r"\bwith\s+(?:(?:former|ex-|\w+)\s+){0,3}?{P}\s+(?:joining|following)\s+(?:(?:him|her|«P\d+»)\s+)?as\s+"
        r"(?:(?:his|her|the)\s+)?(?:" + BACKROOM_TITLE + r")\b",
        0.75,
        club_side="before",
    ),
)


# an aide as a subject, named in apposition or not: "Y's fitness coach, X, leaves with him" (the comma
# closing the apposition, after his age or not, only where a comma opened it: in "…, who left C along
# with X, joins Z" X ends a relative clause and is no subject)
# ("X, his number two, leaves with him": the aide's title apposed after his name)
_AIDE_SUBJECT = (
    r"(?:(?<=,\s)(?P<apposed>))?{P}(?:\s+and\s+{P2})?"
    r"(?:,\s+(?:his|her|«P\d+»['’]s)\s+(?:(?:long-?time|trusted)\s+)?(?:assistant|number\s+two|No\.\s*2),)?"
    r"(?(apposed)(?:(?:,\s+\d{2})?,)?|)"
)


# --- aides who follow the new man -----------------------------------------------------------------
AIDES_WHO_FOLLOW: tuple[Rule, ...] = (
    R(
        "follow-him",
        "appointed",
        # (not "the staff of X accompanies him": X is the boss himself)
        r"{AT_TAG}(?<!\bof\s)" + _AIDE_SUBJECT + r"\s+(?:will\s+|also\s+|have\s+|has\s+)*"
        # "is expected / set to follow him": the same move, hedged (a rumour)
        r"(?:(?:is|are)\s+(?:expected|set|likely|tipped|poised)\s+to\s+)?(?:follow(?:s|ed)?|join(?:s|ed)?|"
        # ("goes with him to C": only with the club he goes to; "goes with him" alone may be a departure)
        # ("accompanied Y at C": his past spell beside Y there, read by worked-under-at, not a move)
        r"accompan(?:y|ies|ied(?!\s+(?:«P\d+»|him|her)\s+at\s))|"
        r"(?:go(?:es)?|went|move[sd]?)\s+with(?=\s+(?:him|her|«P\d+»)\s+to\s+(?:the\s+)?«C)|"
        # ("his long-time assistant X returns with him": back at the club with the boss)
        r"(?:return(?:s|ed)?|arrive[sd]?|come[s]?|came)\s+with"
        # (not "arrives with Y as his assistant": the subject is the boss; not "comes with his team")
        r"(?=\s+(?:him|her)\b|\s+«P\d+»(?!['’])(?!\s+as\b)))"
        # "followed him from Sporting to Manchester United": the club he moved to (not "follow him out of
        # the door": a departure)
        r"\s+(?:«P\d+»|him|her)(?!\s+out\b)(?:\s+from\s+(?:the\s+)?«C\d+»)?(?:\s+(?:to|at)\s+(?:the\s+)?{C})?",
        0.7,
        role="assistant_coach",
        club_side="after_topic",
    ),
    # "the fitness coach X follows Y back to Sweden", "his assistant X goes with him to Pamplona": an aide
    # following his boss to a place (no club named) leaves the post the story told the boss leaving (read only
    # where it told one: see attribution._followed_boss_exit)
    R(
        "follow-him-to-a-place",
        "left",
        r"{AT_TAG}(?<!\bof\s)" + _AIDE_SUBJECT + r"\s+(?:will\s+|also\s+|have\s+|has\s+)*"
        r"(?:follow(?:s|ed)?|(?:go(?:es)?|went|move[sd]?)\s+with)\s+(?:«P\d+»|him|her)(?!['’])"
        r"(?:\s+back)?\s+to\s+(?-i:[A-Z])(?!\w*\s*«)",
        0.7,
        role="assistant_coach",
        club_side="topic",
        needs_club=True,
    ),
    # "assistant X, who follows her from Spurs", "the physical preparer X arrives with him from Pau": the
    # aide leaves the club he comes from with his boss (follow-him reads his arrival); an arrival told in a
    # relative clause ("A and B, who arrived with him from C, have signed new deals") is background, and so
    # is an aside closed before the sentence's own verb
    R(
        "aide-with-him-from",
        "left",
        r"{AT_TAG}(?<!\bof\s)" + _AIDE_SUBJECT + r"(?:,\s+who)?\s+(?:will\s+|also\s+|have\s+|has\s+|had\s+)*"
        # (an object "her" is tagged as her possessive: "follows «P»'s from")
        r"(?:follow(?:s|ed)?\s+(?:him|her|«P\d+»(?:['’]s)?)|(?<!who\s)(?:arrive[sd]?|comes?|came|join(?:s|ed)?|"
        r"move[sd]?)\s+(?:along\s+|together\s+)?with\s+(?:him|her|«P\d+»(?:['’]s)?))\s+from\s+(?:the\s+)?{C}"
        # (not an aside closed before the sentence's own verb: "A and B, who had followed him from Kiel, have
        # left as well" tells their exit from the club in view)
        r"(?![^«.;]{0,40}?,\s+(?:have|has|had|will|would|are|is|were|was|also|both)\s)",
        0.7,
        club_side="tag",
    ),
    # "His assistant at Hull, X, follows him to the Meinau", "Y's assistant at C, X, will follow him to the
    # national team": the aide leaves the club his title names with his boss
    R(
        "aide-at-follows-him",
        "left",
        r"(?:«P\d+»['’]s|his|her)\s+(?:[\w\-]+\s+)?" + AIDE_NOUN + r"\s+at\s+{C},\s+{P},\s+"
        r"(?:will\s+|also\s+)*(?:follow|follows|followed|accompan(?:y|ies|ied))\s+(?:him\b|her\b|«P\d+»)",
        0.7,
        role="assistant_coach",
        club_side="tag",
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
    # "will bring assistants A and B with him from C", "brings with him his assistant A from C": the aides
    # come with their boss from C, so they left it (their new post is read by "bring-assistants")
    R(
        "bring-assistants-from",
        "left",
        _BRING_AIDE + r"(?:{HIS}\s+(?:[\w\-]+\s+){0,2}?(?:assistants?|staff|coaches|number\s+two)\s+|"
        r"assistants?(?:\s+coach(?:es)?)?\s+)"
        r"{P}(?:\s*,?\s+and\s+{P2})?(?:\s+with\s+(?:him|her|«P\d+»))?\s+from\s+(?:the\s+)?{C}",
        0.7,
        role="assistant_coach",
        club_side="tag",
    ),
    # "X takes his assistant A with him to D", "taking his assistant A with him": the aide leaves the post his
    # boss is told leaving (the club is the boss's exit, `attribution._club_of_boss_exit`)
    R(
        "takes-aide-with-him",
        "left",
        r"\b(?:takes|took|taking|will\s+take)\s+(?P<boss>«P\d+»)['’]s?\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:assistants?|number\s+two|deputy)\s+{P}(?:\s+and\s+{P2})?\s+with\s+(?:him\b|her\b|«P\d+»)",
        0.7,
        role="assistant_coach",
        club_side="boss_exit",
    ),
    # "will bring his Wealdstone assistant X with him": the aide's title names the club he leaves
    R(
        "bring-club-assistant",
        "left",
        _BRING_AIDE + r"{HIS}\s+(?:former\s+)?{C}\s+(?:assistants?|number\s+two)\s+{P}(?:\s+and\s+{P2})?"
        r"\s+with\s+(?:him\b|her\b|«P\d+»)",
        0.7,
        role="assistant_coach",
        club_side="tag",
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
        r"(?:\s+from\s+(?:the\s+)?«C\d+»)?\s*[,:]?\s+" + PEOPLE_LIST + r"(?!['’])",
        0.7,
        role="assistant_coach",
        club_side="topic",
    ),
)


# "X was", "had been", "worked as", "spent three years as" (an adverb may follow): an aide's past staff post
_AIDE_SERVED_AS = (
    r"{P}{APP}{HAVE}\s+(?:was|had\s+been|has\s+been|worked\s+as|served\s+as|"
    r"spent\s+(?:\w+\s+){0,3}?(?:years?|seasons?|months?)\s+as)\s+"
    r"(?:(?:most\s+recently|previously|formerly|once|also)\s+)?(?:an?\s+|the\s+)?"
)
# the staff titles of an aide's post
_AIDE_TITLE = (
    r"assistant(?:\s+coach|\s+manager)?|(?:first-team|«S\d+»|goalkeeping|fitness)\s+coach|number\s+two"
)

# a time spent on a coach's staff, the subject's own: "spent several seasons on Y's staff", "worked for six
# years on the staff of", "was in the staff of Y", "had a spell on the staff" (past or present; "joined",
# "will remain on" tell a change, read by other rules); the staff is a coach's ("Y's staff", "the staff of
# Y") or a club's named after it ("on the staff at C", "on the staff of C")
_TIME_SPENT = r"(?:[\w-]+\s+){1,4}?"
_ON_A_STAFF = (
    r"\b(?:spen[dt]\s+" + _TIME_SPENT + r"|(?:work|serv)(?:ed|ing)(?:\s+for\s+" + _TIME_SPENT + r")?\s*|"
    r"(?:had|enjoyed)\s+(?:a|an)\s+(?:\w+\s+)?(?:spell|stint)\s+|" + AIDE_COPULA + r"\s+)"
    r"(?:on|in|(?:a\s+)?(?:part|member)\s+of)\s+"
    r"(?:«P\d+»['’]s?\s+(?:{STAFF_KIND}\s+)?staff|the\s+(?:{STAFF_KIND}\s+)?staff(?:\s+of\s+«P\d+»(?!['’]))?"
    r"(?=\s+(?:at|in|with)\s)|the\s+(?:{STAFF_KIND}\s+)?staff(?=\s+of\s+(?:the\s+)?«C))"
)


# the time an aide and his boss shared at a club, told before it: "since their days at C", "since their time
# in C", "since the period of C" (translated)
_SHARED_TIME_AT = (
    r"(?:(?:their|the|his|her)\s+(?:time|days|years|spell|stint|period)\s+(?:at|in|with|of)\s+)?"
)


# --- an aide's spells at his boss's clubs ---------------------------------------------------------
# "followed him from", "accompanying her from": an aide's move with his boss, past forms only
_FOLLOWED_HIM_FROM = r"\b(?:followed|following|accompanied|accompanying)\s+{P}\s+from\s+(?:the\s+)?"


AIDE_SPELLS: tuple[Rule, ...] = (
    # "X, until now assistant coach, will lead the team", "X, hitherto goalkeeping coach of the team, takes
    # over": the aide's post held up to the news, told in an aside naming no club (the club in view's)
    R(
        "until-now-aide-aside",
        "in_charge",
        r"{P},\s+(?:until\s+now|hitherto|up\s+to\s+now|until\s+then)\s+(?:"
        + AIDE_NOUN
        + r"|"
        + GOALKEEPING_TITLE
        + r"|(?:fitness|physical|athletic)\s+(?:coach|trainer))"
        r"(?:\s+of\s+the\s+(?:first\s+)?(?:team|side|squad))?\s*,",
        0.65,
        club_side="topic",
    ),
    # "The permanent auxiliary of the club, X, also continues", "The assistant coach of C, X, takes the
    # training": the aide's post told in a title fronted before his name (translated Portuguese "o auxiliar
    # permanente do clube"; the club is the title's owner, not a boss)
    R(
        "aide-of-club-fronted",
        "in_charge",
        r"\b(?:the\s+)?(?:permanent\s+)?(?:assistant(?:\s+(?:coach|manager|trainer))?|auxiliary)\s+of\s+"
        r"(?:the\s+)?{C},\s+{P}\s*,",
        0.65,
        role="assistant_coach",
        club_side="tag",
    ),
    # "A and B accompany him since C", "X, who has been on Y's staff since C", "who accompany the technician
    # since the C times", "X has worked with him since C", "who has worked alongside him since their days at
    # C", "X, his assistant since the period of C": the aide worked with the boss at C, a spell there (the
    # club he is at now is told apart). Not "knows him since C"; nor "follows him from C", which tells the
    # move, not the spell.
    R(
        "aide-with-boss-since",
        "in_charge",
        r"{P}(?:\s+and\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?{P2})?,?\s+(?:who\s+)?(?:(?:has|have|had)\s+)?(?:also\s+)?"
        r"(?:(?:accompan(?:y|ies|ied)|follow(?:s|ed)?)\s+(?:him|her|«P\d+»|the\s+(?:coach|technician|manager|"
        r"trainer|tactician))|been\s+(?:on|part\s+of)\s+(?:his|her|«P\d+»['’]s?)\s+staff|"
        r"worked\s+(?:alongside|with)\s+(?:him|her|«P\d+»(?!['’]))|"
        r"(?<=,\s){HIS}\s+(?:long-time\s+|long-serving\s+)?(?:assistant|number\s+two|right-hand\s+man))"
        r"\s+since\s+" + _SHARED_TIME_AT + r"(?:the\s+)?{C}",
        0.65,
        role="assistant_coach",
        club_side="tag",
    ),
    # "X, who had also been with him in Cyprus", "Y, his assistant during the successful spell at C": the
    # aide's time with his boss at C, told without "since" (not "been with him at the airport": a club only).
    # "X, who was already with him at C", "X, who already worked with him at C": the one man named right
    # before "who", a titled list's last man alone (coordinated_people); worked-alongside leaves "already" out
    R(
        "aide-with-boss-at",
        "in_charge",
        r"{P_OWN}(?:,?\s+(?:who\s+)?(?:(?:has|had)\s+(?:(?:also|already)\s+)?been|was(?:\s+(?:also|already))?|"
        # ("already worked with him at C as a scout": no coaching post)
        r"(?:had\s+)?already\s+worked)\s+with\s+(?:him|her|«P\d+»(?!['’]))\s+(?:at|in)"
        + NOT_AS_NON_COACH
        + r"\s+|"
        r",\s+{HIS}\s+(?:long-time\s+|long-serving\s+)?(?:assistant|number\s+two|right-hand\s+man)\s+during\s+"
        r"(?:the|his|her|their)\s+(?:\w+\s+)?(?:time|days|years|spell|stint|period)\s+(?:at|in|with)\s+)"
        r"(?:the\s+)?{C}(?!['’])",
        0.65,
        role="assistant_coach",
        club_side="tag",
    ),
    R(
        "assistant-to-at",
        "in_charge",
        # ("is best known as Y's assistant at A and B", "made his name as Y's assistant at C")
        # ("X, a protégé of Y, served as his assistant", "X reunited with Y, having served as his assistant":
        # the man after "of"/"with" is no subject)
        # ("X, assistant to Y at C", "X, ex assistant of Y at C": the post set off beside his name; "hired
        # after spending three seasons as an assistant to Y at C")
        # ("X spent a decade alongside Y, as his assistant with A and B": the boss named first, then the post)
        r"{P}(?:(?:[^«.;:!?]|«[CS]\d+»|(?<=\bof\s)«P\d+»|(?<=\bwith\s)«P\d+»){0,80}?\b"
        # ("spent the 2022-23 season as", "after two decades as": the time told before "as")
        r"(?:(?:worked|served|was|spen(?:t|ding)\s+(?:\w+\s+)?time|years?|seasons?|decades?|alongside\s+«P\d+»,?|"
        r"(?:best\s+|widely\s+|perhaps\s+best\s+)?known|made\s+{HIS}\s+name|"
        r"stints?|spells?)\s+as|" + AIDE_COPULA + r")\s+|,\s+(?:ex[\s-]+)?)" + _AIDE_OF + _SPAN_THEN_AIDE_AT,
        0.65,
        role="assistant_coach",
        club_side="list",
        needs_club=True,
    ),
    R(
        "head-of-assistant-at",
        "in_charge",
        r"\b(?:as|"
        + AIDE_COPULA
        + r")\s+"
        + _AIDE_OF.replace("«P\\d+»", "{P}", 1).replace("«P\\d+»", "{P2}", 1)
        + _SPAN_THEN_AIDE_AT,
        0.65,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
    # "X was assistant to Y at A and to Z at B", "… to Mourinho at Chelsea and Dalglish at Liverpool": a
    # second boss told after the first's clubs, with his own club (the first is read by the rule above)
    R(
        "second-head-of-assistant-at",
        "in_charge",
        r"\b(?:as|"
        + AIDE_COPULA
        + r")\s+"
        + _AIDE_OF
        + _AIDE_AT
        + r"(?:the\s+)?«C\d+»(?:(?:\s*,\s*|\s+)(?:and\s+|then\s+)*(?:(?:at|with|in)\s+)?(?:the\s+)?«C\d+»)*"
        r",?\s+and\s+(?:(?:then|later|also)\s+)*(?:(?:to|of|under)\s+)?{P_OWN}"
        + _AIDE_AT
        + _CLUBS_CLOSE_CLAUSE,
        0.65,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
    # "X was Corica's assistant and an assistant under Arnold", "… assistant to Y and then to Z": a second
    # boss coordinated with no club of his own served where the first did (a club after him is read above)
    R(
        "second-head-of-aide-near",
        "in_charge",
        r"(?:«P\d+»['’]s?\s+" + AIDE_NOUN + r"|" + AIDE_NOUN + r"\s+(?:to|of|under)\s+«P\d+»(?!['’]))"
        r"\s+and\s+(?:then\s+|later\s+|also\s+)?(?:(?:an?|the)\s+)?(?:"
        + AIDE_NOUN
        + r"\s+)?(?:to|of|under)\s+"
        r"{P_OWN}" + NO_CLUB_NEXT,
        0.65,
        role="head_coach",
        club_side="near",
    ),
    # "he was an assistant to A and later to B at C", "assistant to A and then B with C": the second boss,
    # named with the club where the aide served him (the first is read by assistant-to)
    R(
        "second-head-of-aide-at",
        "in_charge",
        r"\b" + AIDE_NOUN + r"\s+(?:to|of|under)\s+«P\d+»(?!['’])\s+and\s+(?:then|later|afterwards|after)\s+"
        r"(?:(?:to|of|under)\s+)?{P_OWN}" + _AIDE_AT + _CLUBS_CLOSE_CLAUSE,
        0.65,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
    # "X had been the vice of Y in the previous season", "X, until now assistant of Y, takes over", "was
    # head coach assistant of Y and took over the team": an aide's boss named with no club after him coached
    # the club in view (one named after him is read by the rules above and below)
    R(
        "head-of-aide-in-view",
        "in_charge",
        # (not "joined C as assistant to Y", "worked at C as an assistant to Y": the club told before is his)
        r"\b(?:until\s+now|" + AIDE_COPULA + r")\s+(?:an?\s+|the\s+)?(?:former\s+|long-time\s+)?"
        r"(?:head\s+coach\s+)?(?:assistant(?:\s+(?:coach|manager))?|vice|deputy|adjunct|number\s+two|"
        r"right-hand\s+(?:man|woman))\s+(?:of|to|under)\s+{P_OWN}" + NO_CLUB_NEXT + _NO_PLACE_IN_CLAUSE,
        0.65,
        role="head_coach",
        club_side="topic",
    ),
    # "X was until then the assistant of Y", "X (45) was the past two seasons assistant of Y and before that
    # trainer of the club's under-19s": the aide's own post, at the club in view where head-of-aide-in-view
    # reads his boss (and kept only where the boss's is: `rule_facts._aide_of_untied_boss`)
    R(
        "aide-of-boss-in-view",
        "in_charge",
        r"{P}{APP}{WHO}(?:\s+(?:also|previously|then|formerly|once))?\s+(?:" + AIDE_COPULA + r"|worked\s+as|"
        r"served\s+as)\s+(?:" + _SPAN_BEFORE_TITLE + r"\s+)?(?:an?\s+|the\s+)?(?:former\s+|long-time\s+)?"
        r"(?:head\s+coach\s+)?(?:assistant(?:\s+(?:coach|manager|trainer))?|vice|deputy|adjunct|number\s+two|"
        r"right-hand\s+(?:man|woman))\s+(?:of|to|under)\s+«P\d+»(?!['’])"
        + NO_CLUB_NEXT
        + _NO_PLACE_IN_CLAUSE,
        0.6,
        role="assistant_coach",
        club_side="topic",
    ),
    # "He had been Y's assistant for two years", "Z, Y's long-time number two, takes over", "Y's assistant X
    # also leaves": the possessive form of the link above, the boss named with no club after his aide's title
    # coached the club in view (where the story ties him there: `rule_facts._boss_untied_to_club_in_view`)
    R(
        "head-of-possessed-aide-in-view",
        "in_charge",
        r"{P}['’]s?\s+(?:former\s+|long-?time\s+|long-serving\s+|trusted\s+)?"
        + AIDE_NOUN
        + r"\b(?!['’])"
        + NO_CLUB_NEXT
        + _NO_PLACE_IN_CLAUSE,
        0.65,
        role="head_coach",
        club_side="topic",
    ),
    # "Fitness coach X, who served under Y, stays on", "X, who was first-team coach under Y, …": an aide's
    # boss named with no club after him coached the club in view (tied to it as for the possessive form above)
    R(
        "head-of-aide-under-in-view",
        "in_charge",
        r"\b(?:served|worked|working|(?:was|is|been)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:assistant|coach))\s+"
        r"under\s+(?:(?:both|coach|manager|head\s+coach)\s+)?{P_OWN}" + NO_CLUB_NEXT + _NO_PLACE_IN_CLAUSE,
        0.65,
        role="head_coach",
        club_side="topic",
    ),
    # "X, who has been an assistant on Y's staff, …", "X, member of the technical staff of Y, was leading the
    # team": the aide's boss, named with no club after him, coached the club in view
    R(
        "boss-staff-in-view",
        "in_charge",
        r"(?:\b(?:" + AIDE_COPULA + r"|(?:working|worked|served|serving)\s+as)\s+|(?<=,\s))"
        # ("was goalkeeping coach in the staff of Y": a title of his own before it)
        r"(?:an?\s+)?(?:(?:[\w\-]+\s+)?(?:assistant|coach|trainer)\s+)?(?:on\s+{P}['’]s?\s+(?:{STAFF_KIND}\s+)?staff|"
        r"(?:(?:a\s+)?member\s+of|in)\s+the\s+(?:{STAFF_KIND}\s+)?staff\s+of\s+{P2}(?!['’]))"
        + NO_CLUB_NEXT
        + _NO_PLACE_IN_CLAUSE,
        0.65,
        role="head_coach",
        club_side="topic",
    ),
    # "Pineda, a former Seattle Sounders assistant under Brian Schmetzer, …", "X, the former Cardiff assistant
    # to Y": the club before the aide's title is where his boss coached
    R(
        "club-aide-under-boss",
        "in_charge",
        r"{C}\s+(?:assistant(?:\s+(?:coach|manager))?|number\s+two|deputy|vice)\s+(?:under|to|of)\s+{P_OWN}",
        0.65,
        role="head_coach",
        club_side="tag",
    ),
    # "Ilzer's assistant at Sturm, Säumel, …", "Marsch's former number two at Leeds": the boss coaches C
    R(
        "aide-of-at-head",
        "in_charge",
        r"{P}['’]s?\s+(?:former\s+|long-time\s+|trusted\s+|then\s+)?" + AIDE_NOUN + _AIDE_AT,
        0.65,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
    # "X was Emery's assistant, following him to Sevilla, PSG and Arsenal", "X was Y's assistant at A before
    # following him to B", "… at A, followed him to B", "… and then following him to B": the boss coached each
    # club listed (not "… and followed him to B", the aide's own clause, read by worked-alongside)
    R(
        "aide-following-head-to",
        "in_charge",
        r"{P}['’]s?\s+(?:former\s+|long-time\s+|trusted\s+)?"
        + AIDE_NOUN
        + r"(?:"
        + _AIDE_AT
        + r"(?:the\s+)?«C\d+»)?(?:,\s+|,?\s+before\s+|\s+and\s+(?=then\s))(?:(?:then|later)\s+)?"
        r"(?:following|accompanying|followed|accompanied)\s+(?:him|her|«P\d+»)\s+to\s+",
        0.65,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
    # "X, who followed him from A to B and C", "…, following him from A to B": the aide's past move with his
    # boss, told as background; the boss coached the club left and each club moved to (the aide, read beside
    # him, held a post at each: `aides_beside_head`). Past forms only: "X follows him from A" tells a move now
    R(
        "head-followed-from",
        "in_charge",
        _FOLLOWED_HIM_FROM + r"(?=«C\d+»\s+to\s+(?:the\s+)?«C)",
        0.6,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
    R(
        "head-followed-from-to",
        "in_charge",
        _FOLLOWED_HIM_FROM + r"«C\d+»\s+to\s+(?:the\s+)?(?=«C)",
        0.6,
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
        + AIDE_NOUN
        + _AIDE_AT,
        0.65,
        role="assistant_coach",
        club_side="list",
        needs_club=True,
    ),
    # "Marsch's assistant at Leeds, Cameron Toshack, has joined …": the aide named after, in commas
    # ("his number two in Kraków, X,": the club told by its town)
    R(
        "aide-of-at-named",
        "in_charge",
        r"«P\d+»['’]s?\s+(?:former\s+|long-time\s+|trusted\s+|then\s+)?"
        + AIDE_NOUN
        + r"\s+(?:at|with|in)\s+(?:the\s+)?{C},\s+{P}\s*,",
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
        _AIDE_SERVED_AS + r"(?:" + _AIDE_TITLE + r")\s+(?:at|with)\s+(?:the\s+)?{C}\s+under\s+«P\d+»",
        0.65,
        role="assistant_coach",
        club_side="tag",
    ),
    # "X had been a coach under Lampard at Everton", "worked as assistant under Kompany at Anderlecht": the
    # same staff post told boss first; "a coach" under a boss is on his staff, not in charge (but "was coach
    # under president Y" is the head coach: the bare title needs its article)
    R(
        "aide-under-at",
        "in_charge",
        _AIDE_SERVED_AS
        + r"(?:"
        + _AIDE_TITLE
        + r"|(?<=\ba\s)coach)\s+under\s+«P\d+»\s+(?:at|with)\s+(?:the\s+)?{C}",
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
    # "X spent several seasons on Rodgers' staff at Celtic and Leicester", "was in the staff of Jesus at
    # Fenerbahçe", "worked for six years on the staff of C", "had a spell on the staff at C": the subject's
    # own place on that staff, at each club listed (not "joined Y's staff at C": an arrival, read elsewhere)
    R(
        "aide-on-staff-at",
        "in_charge",
        _ON_A_STAFF + r"\s+(?:at|in|with|of)\s+(?:the\s+)?{CDESC}(?=«C\d+»(?!['’]))",
        0.6,
        role="assistant_coach",
        club_side="list",
        needs_club=True,
    ),
    R(
        "leave-with-him",
        "left",
        _AIDE_SUBJECT + r"{HAVE}\s+(?:leave|leaves|left|depart(?:s|ed)?|go|exit(?:s|ed)?)\s+"
        r"(?:the\s+club\s+|«C\d+»\s+)?(?:along\s+)?with\s+«P\d+»",
        0.7,
        club_side="topic",
    ),
    # "His assistant X follows him out of the door", "fitness coach X followed Y out of the club": the aide
    # leaves with his boss (not "is expected to follow him out": a rumour, told only where it is settled)
    R(
        "follow-him-out",
        "left",
        _AIDE_SUBJECT + r"(?:\s+(?:also|will|has|have|had|then))*\s+"
        r"follow(?:s|ed)?\s+«P\d+»\s+out\s+(?:of\s+(?:the\s+(?:door|club|exit)|«C\d+»)|through\s+the\s+(?:door|exit))",
        0.7,
        club_side="topic",
    ),
)


# --- staff and predecessors named in ways the rules above miss --------------------------------


# a translated staff title before a name: "physical trainer X", "the co-trainers A and B", "second coach X"
_FITNESS_TITLE = r"(?:physical|athletic|fitness)\s+(?:trainers?|preparers?)|conditioning\s+coach(?:es)?"
_TRANSLATED_AIDE_TITLE = r"co-trainers?|co-coach(?:es)?|assistant\s+trainers?|second\s+coach"
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
        "nth-coach-after-list": ("history", "season", "campaign", "years"),
    }
)
# the span a count of coaches runs over: "in the club's history", "in club history", "of the season", "of
# the campaign", "this season", "in two years" (each man listed after it coached the club in that span)
_SPAN_OF_THE_COUNT = (
    r"in\s+(?:the\s+club's\s+|{C}['’]s?\s+|its\s+|their\s+|club\s+)(?:\w+\s+)?history|"
    r"(?:of|in)\s+the\s+(?:season|campaign)|(?:this|that)\s+(?:season|campaign)|"
    r"in\s+(?:the\s+)?(?:last\s+|past\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:years|seasons)"
)
STAFF_AND_PREDECESSORS: tuple[Rule, ...] = (
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
        _TITLE_LEAD + r"(?:" + _TRANSLATED_AIDE_TITLE + r")\s+{P}" + _NOT_CHANGING,
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
        r"(?:(?:his|her|the|former|assistant|caretaker|interim)\s+)*(?:" + DEMONYM_DESC + r")?{P}(?!['’]s)",
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
        r"\b" + _ORDINAL + r"\s+(?:(?:permanent|full-time|different)\s+)?(?:head\s+)?"
        r"(?:coach|manager|trainer|boss|technician)\s+"
        # ("the fourth coach of the Matosinhos club this season": the club told by its town)
        r"(?:(?:of|at)\s+the\s+(?:[\w\-]+\s+)?(?:club|side)\s+)?(?:" + _SPAN_OF_THE_COUNT + r")"
        r"\s*,?\s+(?:after|following)\s+(?P<list>«P\d+»(?:\s*,\s*«P\d+»)*\s*,?\s+and\s+«P\d+»)",
        0.65,
        club_side="tag",
    ),
)


# --- the aide who comes with the new man ------------------------------------------------------------


RULE_KEYS.update({"arrives-with-assistant": ("with his", "with her", "with the", "accompanied by")})

# an aide's title after "his (long-time, inseparable) …": assistant, number two, collaborator, deputy ("his
# deputy", the French "adjoint"; "his vice", the Italian "vice")
_AIDE = (
    r"(?:[\w\-]+\s+){0,2}?(?:assistants?(?:\s+coach)?|number\s+two|collaborators?|right-hand\s+(?:man|woman)|"
    r"deput(?:y|ies)|vice(?![\s\-]*(?:presid|chair|captain)))"
)
# "his compatriot Y as assistant": the aide named by his nationality, his title after the name
_COMPATRIOT_AS_AIDE = (
    r"(?-i:compatriots?|countrym[ae]n|countrywom[ae]n)\s+(?=«P\d+»\s+as\s+(?:(?:his|her|an?|the)\s+)?"
    r"(?:assistant|deputy|number\s+two)\b)"
)

AIDE_WITH_THE_NEW_MAN: tuple[Rule, ...] = (
    # "X arrives with his long-time assistant Y", "he comes accompanied by his assistant Y", "comes with his
    # deputy Y", "comes with his compatriot Y as assistant",
    # "at his place arrived X with the collaborator Y": the aide starts with him at the new club
    R(
        "arrives-with-assistant",
        "appointed",
        r"\b(?:arrives?|arrived|arriving|comes?|came|coming)(?:\s+«P\d+»)?\s+(?:accompanied\s+by|with)\s+"
        r"(?:{HIS}|the)\s+(?:" + _AIDE + r",?\s+|" + _COMPATRIOT_AS_AIDE + r"){P}(?:\s+and\s+{P2})?",
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
        "joined-club-staff": ("staff",),
    }
)
AIDE_ON_BOSS_STAFF: tuple[Rule, ...] = (
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
        r"{P_OWN}(?:[^«.;:!?]|«[CS]\d+»){0,60}?\b(?:leaves|left|leave|leaving|quits?)\s+"
        r"«P\d+»['’]s?\s+(?:{STAFF_KIND}\s+)?staff\s+(?:at|with|in)\s+(?:the\s+)?{C}",
        0.7,
        role="assistant_coach",
        club_side="tag",
    ),
    # "X joined Brentford's coaching staff as an assistant last season", "X, who joined the Bees' staff last
    # summer": an aide's arrival at the club that owns the staff
    R(
        "joined-club-staff",
        "appointed",
        r"{P_OWN}{APP}{WHO}{HAVE}\s+(?:(?:only|just|recently|first|originally)\s+)*(?:joined|joins)\s+"
        r"(?:the\s+)?{C}['’]s?\s+(?:(?:coaching|backroom|technical|first-team|senior)\s+)?staff\b",
        0.65,
        role="assistant_coach",
        club_side="tag",
    ),
    # "X, who only joined Ten Hag's staff as an assistant in the summer": an aide's arrival
    R(
        "joined-boss-staff",
        "appointed",
        r"{P_OWN}(?:,\s+who)?\s+(?:(?:only|just|recently|had|has)\s+)*(?:joined|joins)\s+"
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
    # ("first-team coach Y": the side's words are tagged)
    r"(?:(?:(?-i:[a-z][\w\-]*)['’]?|«S\d+»)\s+){0,2}?(?:assistants?(?:\s+(?:coach|manager))?|number\s+two|adjunct|"
    # ("his historic assistant, X, and …": the title apposed before the name)
    r"(?<!head\s)coach|trainer|preparer|analyst)(?:\s+|,\s+(?=«P\d+»,))«P\d+»(?!['’])"
    # (not one "who was already on the staff", "who has been at the club since 2021", "who was kept on",
    # "who remains": he stays, he does not arrive)
    r"(?!\s*,\s+who\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+(?:already|kept\s+on|retained)\b|"
    r"(?:has|have|had)\s+been\s+(?:at|with)\s+(?:the\s+club|«C\d+»)\s+since\b|remains?\b|stays?\s+on\b))"
)
# "assistant X and goalkeeping coach Y", "the assistant X, the fitness coach Y and the analyst Z"; translated,
# each after its "by", one with an aside: "by the second coach X, former captain of the club, by the …",
# "the assistant X, who worked alongside him at C, the fitness coach Y …" (the aside's "him" is tagged)
_AIDE_ASIDE = r"(?:\s*,\s+(?-i:[a-z])(?:[^,«.;:!?]|«[CP]\d+»){1,50}(?=,))?"
# one aide named before his title: "X as assistant coach", "Y as his second assistant" (his boss may be
# tagged there), not "as head coach"
_NAMED_THEN_TITLED_AIDE = (
    # ("his compatriot X as …", "the Uruguayan Y as …", "Sri Lankan Z as …": who he is, before the name)
    r"(?:" + _COMPATRIOT_AIDE + r"|(?:the\s+)?(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:an|ese|ish|man|ch))\s+|"
    # ("the former international X as …", "former C goalkeeper Y as …": the player he was)
    r"(?:the\s+)?(?:former|ex-?)\s*(?:[\w\-]+\s+|«C\d+»\s+){0,2}?"
    r"(?:captain|player|defender|midfielder|striker|forward|winger|goalkeeper|international)\s+)?"
    r"«P\d+»(?!['’])\s+as\s+(?:(?:the|his|her|an?|«P\d+»['’]s)\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}?"
    r"(?:assistants?(?:\s+(?:coach|manager))?|number\s+two|adjunct|(?<!head\s)coach|trainer|preparer|analyst)\b"
    # ("Z as trainer of goalkeepers": translated "entrenador de porteros")
    r"(?:\s+of\s+(?:the\s+)?goalkeepers)?"
)
_ONE_AIDE = r"(?:" + _TITLED_AIDE + r"|" + _NAMED_THEN_TITLED_AIDE + r")"
_AIDE_LIST = r"(?P<list>" + _ONE_AIDE + r"(?:" + _AIDE_ASIDE + LIST_SEP + r"(?:by\s+)?" + _ONE_AIDE + r")*)"
# who an arriving aide is, before his name: "compatriot X", "former Eibar captain Y", "his son Z"
_ARRIVING_AIDE_DESC = (
    r"(?:" + _COMPATRIOT_AIDE + r"|(?:the\s+)?(?:former|ex-?)\s*(?:[\w\-]+\s+|«C\d+»\s+){0,2}?"
    r"(?:captain|player|defender|midfielder|striker|forward|winger|goalkeeper|international)\s+|"
    # ("club legend Y", "Rovers stalwart Y": what the club's fans call its former player)
    r"(?:(?:the\s+)?(?:club|«C\d+»)\s+)?(?:legend|stalwart|icon)\s+|"
    r"{HIS}\s+(?:son|brother|nephew|daughter)\s+)?"
)
# where he comes from, between his name and his title: "X from Chelsea's academy as goalkeeping coach", "Y
# with him from Miami as an assistant coach" (the club he leaves; his new post is the boss's)
_ARRIVING_AIDE_FROM = (
    r"(?:\s+with\s+(?:him|her))?"
    r"(?:\s+from\s+(?:the\s+)?(?:«C\d+»(?:['’]s?\s+(?:academy|youth\s+[\w\-]+|«S\d+»))?|"
    # ("Y from the university as his assistant", "from the academy": a place that is no club)
    r"(?-i:[a-z][\w\-]*)(?=\s+as\s)))?"
    # ("has brought Y onto his staff as an assistant")
    r"(?:\s+(?:onto|on\s+to|into|to)\s+{HIS}\s+(?:[\w\-]+\s+)?staff)?"
    r"(?:\s+with\s+(?:him|her))?"
)
# one arriving aide named before his title: "compatriot X as assistant", "Y from C as his first-team coach"
_ARRIVING_AIDE_AS = (
    _ARRIVING_AIDE_DESC
    + r"«P\d+»(?!['’])"
    + _ARRIVING_AIDE_FROM
    + r"\s+as\s+(?:(?:the|his|her|an?|«P\d+»['’]s)\s+)?(?:(?:(?-i:[a-z][\w\-]*)|«S\d+»)\s+){0,2}?"
    r"(?:assistants?(?:\s+(?:coach|manager))?|number\s+two|adjunct|(?<!head\s)coach|trainer|preparer|analyst)\b"
    r"(?:\s+of\s+(?:the\s+)?goalkeepers)?"
)
RULE_KEYS.update(
    {
        "aides-join-as-titles": (
            "joined by",
            "arrives with",
            "arriving with",
            "arrive with",
            "arrived with",
            "arrived in",
            "add",
            "brought in",
            "bring",
        ),
        "brings-with-him-staff": ("bring", "brought"),
        "new-staff-includes": (
            "staff",
            "coaching team",
            "technical team",
            "backroom team",
            "technical body",
            "work team",
            "working team",
        ),
        "in-his-staff-are": ("staff", "technical body", "technical team", "coaching team"),
        "presented-alongside-aide": ("alongside", "flanked by"),
        "joined-by-apposed-aide": ("joined", "bring in", "brings in", "brought in", "bringing in"),
    }
)
INCOMING_STAFF: tuple[Rule, ...] = (
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
        # ("His technical body is formed by …": translated "cuerpo técnico", the staff)
        # ("The technical team includes …": the staff of the man in view, told in the present)
        # ("His work team is formed by …": translated "equipo de trabajo", the staff)
        r"(?<![\w\-])(?:(?:{HIS}|the\s+new)\s+(?:new\s+)?(?:(?:{STAFF_KIND}\s+)?staff|{STAFF}|technical\s+body|"
        r"work(?:ing)?\s+team)|"
        r"the\s+(?:{STAFF}|technical\s+body)(?!\s+of\b)|"
        # ("The staff of X will include A as assistant": the staff named by its new man)
        # ("X's staff would include A as assistant": the same told in reported speech)
        r"the\s+(?:new\s+)?(?:{STAFF}|technical\s+body|staff)\s+of\s+«P\d+»)\s+(?:will\s+|would\s+)?"
        # ("is completed by", "is integrated by": translated "se completa con", "integrado por")
        r"(?:include|includes|is\s+made\s+up\s+of|is\s+composed\s+of|comprises?|consists?\s+of|"
        r"(?:be|is)\s+(?:made\s+up|composed|formed)\s+(?:of|by)|(?:be|is)\s+(?:completed|integrated)\s+by)\s+"
        + _AIDE_LIST,
        0.7,
        club_side="after_topic",
    ),
    # "In his staff are assistant A and fitness coach B", "In the staff of X will work A as assistant and B as
    # goalkeeping coach" (translated "En su cuerpo técnico están", "nello staff di X lavoreranno"): the new
    # man's aides, fronted by where they work (not "In the staff also remain A and B": kept on)
    R(
        "in-his-staff-are",
        "appointed",
        # ("In the technical body of X will be A as assistant": translated "en el cuerpo técnico de X")
        r"\bIn\s+(?:{HIS}\s+(?:new\s+)?(?:{STAFF_KIND}\s+)?staff|the\s+(?:new\s+)?(?:(?:{STAFF_KIND}\s+)?staff|{STAFF})"
        r"\s+of\s+«P\d+»)"
        r"\s+(?:are|enters?|will\s+(?:work|be|enter))\s+" + _AIDE_LIST,
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
        r"(?:former\s+|long-time\s+|long-serving\s+|trusted\s+)?" + AIDE_NOUN + r"\b",
        0.7,
        club_side="after_topic",
    ),
    # "X will be joined by compatriot Y as assistant", "arrives with Y as his assistant and Z as fitness
    # coach", "will also add Y as assistant coach", "has brought in Y from C's academy as goalkeeping coach":
    # the new man's aides, each named before his title, at the club he takes (the boss is the subject; "at
    # Leverkusen he brought in Y" is a past post's, so the past only as a perfect, "has brought in"; "…, the
    # two having worked together at C" after it is a past post, so the club in view, not the one after)
    R(
        "aides-join-as-titles",
        "appointed",
        r"\b(?:(?:be|been|is|are)\s+joined\s+(?:(?:at|in)\s+(?:the\s+)?(?:«C\d+»|[\w\-]+(?:\s+[\w\-]+){0,2})\s+)?by|"
        r"(?:arrives?|arriving|arrived(?:\s+in\s+(?-i:[A-Z][a-z]+)(?:\s+\d{4})?)?)\s+with|"
        r"(?:will|to|has|have)\s+(?:also\s+)?(?:add|bring(?:\s+in)?|brought\s+in)|(?:also\s+)?(?:adds|adding|brings|bringing)(?:\s+in)?)\s+"
        r"(?P<list>" + _ARRIVING_AIDE_AS + r"(?:" + LIST_SEP + r"(?:by\s+)?" + _ARRIVING_AIDE_AS + r")*)",
        0.7,
        club_side="topic",
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


# --- backroom staff named by their titles, one or several, and what happens to them ------------------
# the words before a title: "the", "his", "Dardai's", "new", "long-time"
# ("the Argentine assistant A": his nationality before his title)
_TITLE_WORDS = (
    r"(?:(?:the|his|her|their|its|«P\d+»'s|new|former|long-?time|trusted|faithful|loyal|own|usual|also)\s+|"
    + DEMONYM_WORD
    + r")*"
)


# one titled name: "his second coach X", "the physical trainer Y"
# ("Danjuma's assistant, A, and …": the name between commas; "brings his own fitness coach, A." or "…, A,
# who …": the name apposed, ending the list)
def _titled(title: str) -> str:
    """One titled name, its title one of `title`'s."""
    return (
        _TITLE_WORDS
        + r"(?:"
        + title
        + r")"
        # ("the assistants of Y, A and B, also leave": the boss after "of", never one of the list)
        + r"(?:\s+of\s+«P\d+»(?=,))?"
        + r"(?:\s+«P\d+»(?!['’])|,\s+«P\d+»,(?=\s+and\s)|,\s+«P\d+»(?=\s*[.;]|,\s+who\b)|"
        # ("Y's own assistant, A, left …", "Y's assistant, his brother A, also leaves": the name apposed, then
        # the clause's verb; "his brother" is tagged his "«P»'s", never one of the list)
        r",\s+(?:«P\d+»'s\s+(?-i:[a-z][\w\-]*)\s+)?«P\d+»(?:\s+and\s+«P\d+»)?,(?=\s+(?-i:[a-z])(?!nd\s)))"
    )


_TITLED = _titled(BACKROOM_TITLE)


# a list opened by a titled name: "co-trainers A and B", "his second coach A and the physical trainer B"
# ("the assistant A, who comes with him from C, and the fitness coach B": an aside about one before the next;
# "comes with his second coach, A, and with the physical trainer B": translated "y con", the preposition told
# again after "and"; not "…, with fitness coach B continuing": a clause of its own)
def _titled_list(later: str) -> str:
    """A list opened by a titled name, its later names titled as `later` reads or bare."""
    return (
        r"(?P<list>"
        + _TITLED
        + r"(?:"
        + _AIDE_ASIDE
        + r"(?:"
        + LIST_SEP
        + r"|\s*,?\s+and\s+with\s+|\s*,?\s+as\s+well\s+as\s+)(?:"
        + later
        + r"|«P\d+»(?!['’])))*)"
    )


_TITLED_LIST = _titled_list(_TITLED)
# the staff named as a group before its titled members: "brings his own staff, including assistant A and
# fitness coach B", "brings two compatriots with him: the assistant A and …", "his trusted men, among them …"
# (the group's noun bounded, so a club or a man between stops it)
_STAFF_LEAD = (
    r"(?:(?:(?:{HIS}|an?)\s+(?:[\w\-]+\s+){0,2}?(?:staff|backroom\s+team|coaching\s+team|technical\s+team|"
    r"trusted\s+men)|(?:two|three|four|five)\s+(?:[\w\-]+\s+)?(?:compatriots|aides|assistants|coaches|men))"
    r"(?:\s+with\s+(?:him|her|«P\d+»))?(?:\s*:\s*|,?\s+(?:including|among\s+them)\s+))?"
)
# aides told leaving or staying on together: "his assistant A and first-team coach B leave as well", "…, and
# the first-team coach, B, also leave the club", "assistant A and first-team coach B stay on" (a side's coach
# listed after an aide is one of them, his side tagged before his title; not in the lists of other verbs,
# where "supported by first-team coach A" is the staff the new man keeps, read by the rules of those verbs)
_GOING_OR_KEPT_LIST = _titled_list(_titled(BACKROOM_TITLE + r"|«S\d+»\s+coach"))
# between the names and their verb: ", who also", ", who were sent home from the Games,", " too"; the comma
# closing the last name's apposition ("…, and the fitness coach A, also leave": the list told between commas;
# not "…, would leave with him": the staff's exit only supposed)
_STAFF_THEN = (
    r"(?:\s*,\s+who|\s*,(?:[^«.;,]|«[CSP]\d+»){1,80},|\s*,(?=\s+(?!and\s|would\s|could\s|might\s)(?-i:[a-z])))?(?:\s+(?:have|has|had|are|were|will|would|also|both|too|all|now|"
    r"then|likewise|as\s+well|each)\b)*"
)
# what the staff agree beside their boss's extension: "agreed extensions", "were given new deals", "signed
# new contracts", "agreed fresh terms", "extended their deals", "committing to new deals" (each aide his own
# deal), told in the present too ("also sign new deals", "signs a new deal as well"); "all signed to the end
# of 2027", "signed until June 2026" (a deal's end told); translated "also renewed" ending its clause
# ("renovaron")
_STAFF_NEW_DEALS = (
    r"(?:(?:sign|signs|signed|signing|agree|agrees|agreed|agreeing|penned|inked|committed\s+to|committing\s+to|"
    r"been\s+given|given|"
    r"been\s+handed|handed)\s+(?:an?\s+)?(?:new\s+|fresh\s+|improved\s+|[\w\-]+-year\s+)*"
    r"(?:deals?|contracts?|terms|(?:contract\s+)?extensions?)|"
    # "get new contracts", "got a fresh two-year deal": a new deal received ("got a deal" may be a move)
    r"(?:get|gets|got|getting)\s+(?:an?\s+)?(?:new|fresh|improved|[\w\-]+-year)\s+(?:[\w\-]+\s+)?(?:deals?|contracts?)|"
    # "have also put pen to paper": the deal told without its noun, ending the clause
    r"put\s+pen\s+to\s+paper(?=\s*[,.;])|"
    r"(?:extend|extends|extended|renew|renews|renewed|prolong|prolongs|prolonged)\s+their\s+(?:deals|contracts|"
    # translated "prolongaram a ligação", "przedłużyli współpracę": their tie with the club prolonged
    r"ligation|bond|link|ties|connection|relationship|cooperation|collaboration)|"
    # (not "who had signed until 2026", "signed until 2026 last year": the old deal, told in passing)
    r"(?<!\bhad\s)(?<!\bwho\s)signed\s+(?:on\s+)?(?:to|until|through)\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?-i:[A-Z][a-z]+)\s+)?\d{4}(?!\s+(?:last\s+(?:year|season|summer|month)|in\s+\d{4}|(?:\w+\s+){1,2}ago)\b)|"
    r"renewed(?=\s*[,.;])|"
    # "also signs for another season", "renews for one more year" (translated copy): a further term at the
    # club he is at, told by its length (a newcomer "signs for two seasons" gets no "another")
    r"(?:sign|signs|signed|renew|renews|renewed|extend|extends|extended|prolong|prolongs|prolonged)\s+(?:on\s+)?"
    r"for\s+(?:another|one\s+more|a\s+further|one\s+further|an\s+extra|one\s+extra)\s+(?:season|year|campaign)|"
    # "have also re-signed", translated "also … renew", "also extend": the deal told by its verb alone, ending
    # the clause (the hyphen keeps "resigned", a resignation, out)
    r"re-sign(?:ed|s)?(?=\s*[,.;])|(?:renew|extend|prolong)s?(?=\s*[,.;]))\b"
)
_STAFF_DEAL_KEYS = (
    "another season",
    "another year",
    "more season",
    "more year",
    "further season",
    "further year",
    "extra season",
    "extra year",
    "new deal",
    "new contract",
    "extension",
    "extend",
    "prolong",
    "renew",
    "re-sign",
    "deals",
    "contracts",
    "terms",
    "signed to",
    "signed until",
    "signed through",
    "signed on",
    "-year",
    "pen to paper",
)
_STAFF_DEAL_CLUB = r"(?:\s+(?:with|at)\s+(?:the\s+)?{C}(?!['’]))?"
# "are also prolonged", "have also been renewed", "was extended too": a deal told by its passive
_RENEWED_PASSIVE = (
    r"(?:\s+(?:also|too|both|all))*\s+(?:are|were|is|was|have\s+been|has\s+been|had\s+been)"
    r"(?:\s+(?:also|too|both|all))*\s+(?:extended|prolonged|renewed)(?:\s+(?:too|as\s+well))?"
)
RULE_KEYS.update(
    {
        "titled-staff-complete": ("complete", "round out", "rounds out", "rounded out"),
        "titled-staff-sacked": (
            "must go",
            "have to go",
            "has to go",
            "had to go",
            "must leave",
            "must also leave",
            "have to leave",
            "has to leave",
            "had to leave",
            "sacked",
            "dismissed",
            "fired",
            "relieved",
            "released",
            "axed",
            "let go",
        ),
        "titled-staff-left": (
            "leave",
            "leaving",
            "left",
            "depart",
            "exit",
            "quit",
            "duties",
            "functions",
            "work",
            "return",
            "cooperation",
            "collaboration",
            "ways",
            "cycle",
            "goodbye",
            "farewell",
        ),
        # ("With Ziganda also leave the second coach A": the man he goes with by name)
        "leave-with-him-titled-staff": ("leave", "left", "depart", "go", "went"),
        "leaves-with-his-titled-staff": ("leave", "leaving", "left", "depart", "exit", "home"),
        "titled-staff-leave-with-him": ("leave", "left", "depart", "home"),
        "titled-staff-extended": _STAFF_DEAL_KEYS,
        "titled-staff-renewed-passive": ("extended", "prolonged", "renewed"),
        "renewed-are-titled-staff": (
            "renewed are",
            "renewed were",
            "renewed is",
            "renewed was",
            "extended are",
            "extended were",
            "extended is",
            "extended was",
            "prolonged are",
            "prolonged were",
            "renewal",
            "extension",
            "prolongation",
        ),
        "as-has-titled-staff-extended": ("as has ", "as have ", "as did ", "as had "),
        "arrived-with-titled-staff": (
            "accompanied by",
            "along with",
            "together with",
            "arrive with",
            "arrives with",
            "arrived with",
            "comes with",
            "came with",
            "lands with",
            "landed with",
        ),
        # ("With Oddo will arrive the collaborator A": the boss by name)
        "come-with-him-titled-staff": ("with him", "with her", "come", "came", "arrive", "move"),
        "accompanied-by-titled-staff": ("accompanied", "assisted", "supported", "flanked"),
        "titled-staff-stays": (
            "continue",
            "stay",
            "remain",
            "retained",
            "maintained",
            "kept",
            "saved in the",
        ),
        "apposed-staff-stays": ("continue", "stay", "remain"),
        "goalkeepers-kept-with": ("the goalkeepers",),
        "to-train-the-goalkeepers": ("the goalkeepers",),
        "named-aide-stays-on": ("continu", "stay", "remain"),
        "staff-keeps-titled": ("staff", "committee", "commission"),
        "staff-takes-in-titled": ("in his staff", "in her staff", "in the", "into the"),
        "staff-takes-in-as-titles": ("in his staff", "in her staff", "in the", "into the"),
        "staff-group-new-deals": ("co-workers", "collaborators", "assistants", "staff"),
        "brings-aides-as-titles": ("bring", "adds", "adding", "will add", "to add"),
        "club-titled-staff-stays": ("continue", "stay", "remain"),
        "titled-staff-came-with-him": (
            "arriv",
            "came",
            "come",
            "join",
            "go along",
            "goes along",
            "went along",
            "tag",
        ),
        "titled-staff-joined-club": ("join", "moves to", "moved to", "moving to", "move to"),
        "brings-titled-staff": ("bring", "take with", "takes with", "taking with", "to ", "work with"),
        "brings-titled-staff-from": ("bring",),
        "bring-as-staff": (*BRING_KEYS, "add"),
        "bring-as-titles-then-names": BRING_KEYS,
        "bring-as-staff-from": ("bring", "brought"),
        "works-with-aide-as-title": ("work with",),
    }
)
# the goalkeepers as the subject of their coach's work: "the goalkeepers will (continue to) be trained (as
# before) by", "the goalkeepers remain with / stay under"
_GOALKEEPERS_TRAINED_BY = (
    r"\b[Tt]he\s+goalkeepers\s+(?:will\s+|would\s+)?(?:"
    r"(?:continue\s+to\s+|still\s+)?(?:be|are|were)\s+(?:trained|coached|prepared)\s+(?:as\s+before\s+|again\s+|still\s+)?by|"
    r"(?:remain|stay|continue)s?\s+(?:with|under|in\s+the\s+hands\s+of))\s+"
)
# the work of the goalkeeping coach: "train the goalkeepers", "work with the goalkeepers"
_TRAIN_THE_GOALKEEPERS = r"(?:train|coach|prepare|work\s+with)\s+the\s+goalkeepers\b(?!\s+of\b)"
# "also continue in the staff", "will remain on the staff" (not "remains in caretaker charge", "stays on as
# interim": a stand-in's post, read by other rules)
_STAYS = (
    r"\s+(?:continue|continues|stay|stays|remain|remains)\b(?!(?:\s+on)?\s+(?:as|in\s+(?:\w+\s+)?charge)\b)"
)
# kept on, told by the aides' own verb or the club's: "also remain", "are expected to stay", "have also been
# retained", "are maintained", "are saved in the staff" (translated "se mantienen", "sohraneny v shtabe")
_KEPT_ON = (
    r"(?:\s+(?:expected|likely|set|due)\s+to)?(?:"
    + _STAYS
    # ("the keeper trainer A is kept": the bare passive ending its clause)
    + r"|\s+(?:be|been|are|is|were|was)\s+(?:(?:also|all|both)\s+)?(?:retained|maintained|kept\s+on|"
    r"kept(?=\s*[,.;])|"
    r"saved\s+in\s+the\s+(?:technical\s+|coaching\s+)?staff)\b)"
)
# staying on the staff or at the club ("stays.", "remains at the club", "stays on the coaching staff"), not
# any "remains" ("remains in hospital", "remains unconvinced", "remains a candidate")
_STAYS_ON_STAFF = _STAYS + (
    r"(?=\s*(?:[.;]|$)|\s+(?:on\b(?!\s+as\b)|at\s+(?:the\s+club|«C\d+»)|with\s+(?:the\s+club|«C\d+»|the\s+squad)|"
    r"(?:in|on|part\s+of)\s+(?:the\s+)?(?:technical|coaching|backroom)\s+(?:staff|team)|"
    r"in\s+(?:his|her|the)\s+(?:post|role|job)\b))"
)
# the staff named before the verb that keeps its members: "In the staff (also) remain", "In the staff are",
# "The technical committee remains:" (not "the staff of Y": another man's, read by other rules)
# one aide of a list told name first: "A as assistant", "B as physical trainer"
_AIDE_AS_TITLE = r"«P\d+»\s+as\s+(?:(?:the|an?|his|her|«P\d+»['’]s?)\s+)?" + BACKROOM_TITLE + r"\b"
_STAFF_BODY = r"(?:the|{HIS})\s+(?:technical\s+|coaching\s+|backroom\s+)?(?:staff|committee|commission)"
_STAFF_BODY_KEEPS = (
    # ("In the staff are A and B, who both leave too": not kept on)
    r"(?:^In\s+" + _STAFF_BODY + r"\s+(?:also\s+)?(?:remain|remains|stay|stays|continue|continues|"
    r"(?:are|is)(?![^.;]*\b(?:leave|leaves|leaving|left|depart|departs|departing|exit|exits|go|goes)\b))|"
    r"\b" + _STAFF_BODY + r"\s+(?:also\s+)?(?:remains|stays|continues)\s*:)\s+"
)
# "X leaves with his assistant A set to take interim charge", "… with his assistant A, who stays on": the
# aide named with the verb of his own is kept on (a stand-in's post, read by other rules)
_AIDE_STAYS_ON = (
    r"(?!\s*,?\s+(?:(?:is|are|now|also)\s+)?(?:set|due|expected|poised|likely|tipped|to)\s+(?:to\s+)?"
    r"(?:take|step|stay|remain|continue|lead|be\s+in)\b"
    r"|\s*,?\s+(?:taking|stepping\s+in|staying|remaining|continuing)\b"
    r"|\s*,\s+who\s+(?:(?:will|is\s+to|is\s+set\s+to)\s+)?(?:stays?|remains?|continues?|takes?)\b)"
)
# the staff named before the verb that takes new members in, at the sentence's start: "In his staff enters",
# "In the technical staff of X will arrive", "Into the staff come" (not "In the staff remain": kept on, above)
_STAFF_BODY_TAKES_IN = (
    r"^\s*In(?:to)?\s+" + _STAFF_BODY + r"(?:\s+of\s+«P\d+»)?\s+(?:(?:also|will|now)\s+)*"
    r"(?:enters?|entered|arrives?|arrived|comes?|came|joins?|joined|takes?\s+place|took\s+place)\s+(?:also\s+)?"
)
BACKROOM_TITLES: tuple[Rule, ...] = (
    # "Fitness coach X will round out the staff", "Goalkeeper coach A and analyst B complete the technical
    # team": the titled men come onto the staff in view, each in his title's post
    R(
        "titled-staff-complete",
        "appointed",
        _TITLED_LIST + _STAFF_THEN + r"\s+(?:(?:will|to)\s+)?(?:complete[sd]?|round(?:s|ed)?\s+out)\s+"
        # (the words before the noun are its kind, never "of": "the group of staff who travelled")
        r"(?:the|his|her|their|«P\d+»['’]s?)\s+(?:(?!of\s)[\w\-]+\s+){0,2}?"
        r"(?:staff|" + STAFF_GROUP + r"|team|body|set-?up|unit)\b",
        0.7,
        club_side="topic",
    ),
    # "Also the co-trainers A and B must go", "assistant X and analyst Y were also dismissed": each aide
    R(
        "titled-staff-sacked",
        "dismissed",
        # ("must also go", "must leave the club": translated "muss gehen", "muss den Verein verlassen")
        _TITLED_LIST
        + _STAFF_THEN
        + r"\s+(?:(?:must|have\s+to|has\s+to|had\s+to)\s+(?:also\s+)?(?:go|leave)\b|"
        r"(?:been\s+|be\s+)?(?:sacked|dismissed|fired|relieved\s+(?:of|from)|released|axed|let\s+go)\b(?:\s+by)?)"
        + STAFF_CLUB,
        0.7,
        club_side="tag",
    ),
    # "his second coach A and the physical trainer B, who also leave the club", "assistant X has left too",
    # "assistant A and goalkeeping coach B would also end their duties" (or "their cycle"), "goalkeeper
    # coach B returns to his club" (a club's man lent to a national staff)
    R(
        "titled-staff-left",
        "left",
        _GOING_OR_KEPT_LIST
        + _STAFF_THEN
        + r"\s+(?:(?:will|to)\s+)?(?:leave|leaves|left|leaving|depart|departs|departed|departing|exit|"
        r"exits|exited|exiting|quit|quits|quitting|"
        r"(?:end|ends|ended)\s+(?:their|his|her)\s+(?:duties|functions|work)|"
        # translated "cierran su ciclo", "encerram o ciclo": the staff's spell ends with their boss's
        r"(?:end|ends|ended|close|closes|closed)\s+(?:their|his|her)\s+cycles?|"
        # translated "termina a colaboração", "kończy współpracę": the tie with the club ends; "parted ways"
        # (the club after "with" is the one left: "who parted ways with «C» in 2023" is that club, not the
        # club in view)
        r"(?:(?:end|ends|ended)\s+(?:the|their|his|her)\s+(?:cooperation|collaboration)|(?:part|parts|parted)\s+ways)"
        r"(?:\s+with(?=\s+(?:the\s+)?«C\d+»))?|"
        r"(?:return|returns|returned)\s+to\s+(?:their|his|her)\s+clubs?|"
        # translated "se despidieron del equipo", "takımla vedalaştı": a farewell to the team, the exit
        r"(?:say|says|said|bid|bids|bade)\s+(?:goodbye|farewell)\s+to\s+(?:the\s+(?:team|club|squad)\b|«C\d+»))\b"
        + STAFF_CLUB,
        0.7,
        club_side="tag",
    ),
    # "With him also leave the second coach A and the physical trainer B": the aides going with the man who
    # leaves (translated word order, as "With him come the assistant A" for an arrival); "Together with X the
    # club leave assistant A": the club they leave named before the verb
    R(
        "leave-with-him-titled-staff",
        "left",
        r"(?:\b(?:(?:together|along)\s+)?with\s+(?:him|her|«P\d+»),?\s+(?:(?:the\s+)?(?:club|team)\s+|«C\d+»\s+)?"
        r"(?:will\s+)?(?:also\s+)?(?:leave|leaves|left|depart|departs|departed|go|"
        r"goes|went)\s+(?:also\s+)?|"
        # ("Leave together with him the assistant A": the verb first, translated "Salen junto a él")
        r"^\s*(?:also\s+)?(?:leave|leaves|left|depart|departs|departed|go|goes|went)\s+(?:also\s+)?"
        r"(?:together|along)\s+with\s+(?:him|her|«P\d+»)\s+|"
        # ("His coaching staff also leave the club: the assistant A and the physical trainer B": the staff's
        # exit told first, its members listed after the colon)
        r"(?:\bthe|{HIS})\s+(?:coaching|technical|backroom)\s+staff\s+(?:(?:will|also|too)\s+)*(?:leave|leaves|"
        r"left|depart|departs|departed|go|goes|went)(?:\s+(?:the\s+club|{C}|with\s+(?:him|her|«P\d+»)))*\s*:\s+)"
        + _TITLED_LIST
        # (not "the club left assistant A in charge": a stand-in named, not an exit)
        + r"(?!\s+(?:in\s+(?:\w+\s+)?charge|as\b|to\s+(?:lead|take|run|guide)\b))",
        0.7,
        club_side="topic",
    ),
    # "X leaves with his assistant A and the physical preparer B", "leaves together with his fitness trainer
    # A", "goes home with his assistant A": the departing man's staff go with him
    R(
        "leaves-with-his-titled-staff",
        "left",
        r"\b(?:leave|leaves|leaving|left|depart|departs|departed|exits|exited|(?:go|goes|went)\s+home)\b"
        # (not "left the pitch with his assistant": a walk off the field)
        r"(?![^«.;:!?]{0,40}?\b(?:pitch|field|stadium|ground|tunnel|dugout|bench|press|room)\b)"
        r"(?:[^«.;:!?]|«[CS]\d+»){0,40}?\b(?:(?:along|together)\s+)?with\s+(?=(?:his|her|«P\d+»['’]s)\s)"
        + _TITLED_LIST
        + _AIDE_STAYS_ON,
        0.7,
        club_side="topic",
    ),
    # "the fitness coach A goes home with X", "assistant A leaves together with him": the aide named first
    R(
        "titled-staff-leave-with-him",
        "left",
        _TITLED_LIST
        + _STAFF_THEN
        + r"\s+(?:leave|leaves|left|depart|departs|departed|(?:go|goes|went)\s+home)\s+"
        r"(?:(?:along|together)\s+)?with\s+(?:him\b|her\b|«P\d+»(?!['’]))",
        0.7,
        club_side="topic",
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
    # "His adjunct A and the trainer of the goalkeepers B are also prolonged", "assistant A was also renewed"
    # (translated "são também prolongados"): the aides' deals told by the passive alone, ending the clause
    R(
        "titled-staff-renewed-passive",
        "extended",
        _TITLED_LIST
        + _RENEWED_PASSIVE
        + r"(?=\s*[,.;]|\s+(?:until|to|through|for|with)\b)"
        + _STAFF_DEAL_CLUB,
        0.7,
        club_side="tag",
    ),
    # "Also renewed are the assistant A and the goalkeeper trainer B", "The renewal also includes his
    # assistant A": the aides' deals told first, translated word order (verb before subject)
    R(
        "renewed-are-titled-staff",
        "extended",
        r"(?:\b(?:also\s+)?(?:renewed|extended|prolonged)\s+(?:are|were|is|was)|"
        r"\bthe\s+(?:renewal|extension|prolongation)\s+(?:also\s+)?(?:includes|included|covers|covered))\s+"
        r"(?:also\s+)?" + _TITLED_LIST,
        0.7,
        club_side="topic",
    ),
    # "Also his co-workers signed new contracts: the second trainer A and the trainer of motor preparation B":
    # the staff's new deals, each aide named after the colon
    R(
        "staff-group-new-deals",
        "extended",
        r"(?:{HIS}|\bthe)\s+(?:co-workers|collaborators|assistants|staff(?:\s+members)?)\s+(?:also\s+)?"
        + _STAFF_NEW_DEALS
        + r"\s*:\s+"
        + _TITLED_LIST,
        0.7,
        club_side="topic",
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
    # trainer B", "X arrives with his assistant A and the physical preparer B": the aides came with him
    # (a bare "with" only right after the verb: "arrived with a contract" names no aide)
    R(
        "arrived-with-titled-staff",
        "appointed",
        r"(?:\b(?:arrived|arrives|arrive|came|comes|landed|lands|joined|joins)\b"
        # (not across his exit: "X, who arrived from C in 2022, leaves together with his assistant A")
        r"(?:(?!\b(?:leaves?|left|leaving|depart\w*|exit\w*|quit\w*)\b)[^«».;:!?]|«[CS]\d+»){0,60}?"
        r"(?:accompanied\s+by|(?:along|together)\s+with)|"
        # (the bare "with" only after a man as the verb's subject: "The sacking came with assistant A also
        # leaving" tells no arrival)
        # ("The new coach comes with …", "The technician arrives with …": the new man by his title)
        r"(?:«P\d+»|\b[Hh]e|\b[Ss]he|\b[Tt]he\s+(?:new\s+)?(?:coach|technician|manager|trainer|tactician|helmsman))\s+"
        r"(?:will\s+)?(?:arrived|arrives|arrive|came|comes|landed|lands)\s+with)\s+"
        # ("arrives with a technical commission of three professionals: the assistant A, …": his staff named
        # first, its members after the colon)
        r"(?:(?:his|her|«P\d+»['’]s|a|an|the)\s+(?:usual\s+|own\s+)?(?:[\w\-]+\s+){0,2}?(?:staff|team|commission|body)"
        r"(?:\s+of\s+(?:\w+\s+){1,3}?(?:professionals|members|people|men|assistants))?\s*:\s+)?"
        + _TITLED_LIST,
        0.7,
        club_side="after_topic",
    ),
    # "His assistant A and the physical preparer B also continue in the staff", "the assistant A continues in
    # his function", "Jets assistant A will remain on the staff": aides kept on at the club named or in view
    # (not "remains in caretaker charge", "stays on as interim": a stand-in's post, read by other rules)
    R(
        "club-titled-staff-stays",
        "in_charge",
        r"{C}\s+" + _TITLED_LIST + _STAFF_THEN + _STAYS,
        0.6,
        club_side="tag",
    ),
    # "X, the club's long-serving assistant, stays in the technical staff", "X, Y's number two, remains": the
    # aide titled in an apposition kept on ("X, physical trainer, stays": translated copy drops the article)
    R(
        "apposed-staff-stays",
        "in_charge",
        r"{P},\s+(?:(?:«C\d+»['’]s?|the|his|her|«P\d+»['’]s?)\s+)?(?:long-serving\s+|long-?time\s+|trusted\s+|"
        r"permanent\s+)?" + BACKROOM_TITLE + r"\s*," + _STAYS_ON_STAFF,
        0.6,
        club_side="topic",
    ),
    # "X, who worked alongside him, stays on the technical team", "Y continues as first-team coach", "Z has
    # been asked to stay on as assistant": an aide named with no title before him, kept on (the staff or his
    # title after the verb tells he is staff, not "remains a candidate")
    R(
        "named-aide-stays-on",
        "in_charge",
        # (not a stand-in told as one, "X, the caretaker, will stay on as first-team coach": his spell ends,
        # read by the stand-in rules)
        r"{P}(?!\s*,[^,.;]{0,60}?\b(?:caretaker|interim|stand-in)\b)"
        r"{APP}(?:\s*,\s+who\s+(?:[^«.;,]|«[CSP]\d+»){1,60}?,)?"
        r"(?:\s+(?:also|will|has\s+been\s+asked\s+to|have\s+been\s+asked\s+to|agreed\s+to|is\s+to))*\s+"
        # ("remains in office as assistant coach": translated "bleibt im Amt")
        r"(?:stays?|remains?|continues?)(?:\s+on|\s+in\s+office(?=\s+as\b))?\s+"
        # ("remain in the staff of the reserve team": that side's staff)
        r"(?:(?:in|on)\s+(?:the|{HIS})\s+(?:technical\s+|coaching\s+|backroom\s+)?(?:staff|team)\b"
        r"(?:\s+of\s+(?:the\s+)?(?:{C}|{S}))?|"
        r"as\s+(?:(?:the|an?|{HIS})\s+)?(?:«S\d+»\s+coach\b|" + BACKROOM_TITLE + r"\b)|"
        # ("X remains the goalkeeper coach", "Y stays goalkeepers coach": the title with no "as", a
        # specialist's post only, not a possession: "remains the analyst's choice")
        r"(?:the\s+)?(?:"
        + GOALKEEPING_TITLE
        + r"|(?:physical|athletic|fitness)\s+(?:coach|trainer|preparer))"
        r"\b(?!['’]))",
        0.6,
        club_side="topic",
        squad_in_match=True,
    ),
    R(
        "titled-staff-stays",
        "in_charge",
        # (a club before the title: the rule above; "…, who stays on at «C»": that club, not the story's)
        r"(?<!»\s)" + _GOING_OR_KEPT_LIST + _STAFF_THEN + _KEPT_ON + r"(?:(?:\s+on)?\s+(?:at|with)\s+{C})?",
        0.6,
        club_side="topic",
    ),
    # "The goalkeepers will be trained as before by X", "the goalkeepers stay with X": the goalkeeping coach
    # told through the men he trains (translated copy), kept on
    R(
        "goalkeepers-kept-with",
        "in_charge",
        _GOALKEEPERS_TRAINED_BY + r"(?:the\s+)?{P}(?!['’])",
        0.6,
        role="goalkeeping_coach",
        club_side="topic",
    ),
    # "X will train the goalkeepers", "the club contracted the Brazilian X to train the goalkeepers": the
    # goalkeeping coach told by his work, taken on (not "X trained the goalkeepers of C", a past post;
    # "hired X" and "appointed X" are read as appointments by the appointment rules)
    R(
        "to-train-the-goalkeepers",
        "appointed",
        r"(?:\b(?:contracted|signed|recruited|engaged|brought\s+in)\s+(?:the\s+)?(?:[\w\-]+\s+)?)?"
        r"{P}(?:\s*,[^,.;]{0,80}?,)?\s+(?:will|to)\s+" + _TRAIN_THE_GOALKEEPERS,
        0.6,
        role="goalkeeping_coach",
        club_side="topic",
    ),
    # "In the staff also remain the second trainer A and the trainer of goalkeepers B", "The technical
    # committee remains: the auxiliary A, the physical preparer B …" (translated word order): the staff kept
    # on, named after the verb
    R(
        "staff-keeps-titled",
        "in_charge",
        _STAFF_BODY_KEEPS + _TITLED_LIST,
        0.6,
        club_side="topic",
    ),
    # "In his staff enters the assistant A and the fitness coach B", "In the technical staff of X arrive the
    # assistant A and …" (translated "Em sua comissão entram", "W sztabie pojawiają się"): the aides come onto
    # the staff named first
    R(
        "staff-takes-in-titled",
        "appointed",
        _STAFF_BODY_TAKES_IN + _TITLED_LIST,
        0.7,
        club_side="topic",
    ),
    # "In the technical staff of X take place A as assistant trainer and B as goalkeeper trainer": the same,
    # each aide named before his title
    R(
        "staff-takes-in-as-titles",
        "appointed",
        _STAFF_BODY_TAKES_IN + r"(?P<list>" + _AIDE_AS_TITLE + r"(?:" + LIST_SEP + _AIDE_AS_TITLE + r")*)",
        0.7,
        club_side="topic",
    ),
    # "His right hand A and the physical trainer B arrived with him from Argentina": the aides came with the
    # new man
    R(
        "titled-staff-came-with-him",
        "appointed",
        # (not ", who joined with him from Spain, will also stay": an aside, the clause tells they stay)
        _TITLED_LIST + r"(?:\s+(?:have|has|had|also|both|all|then|will))*\s+"
        r"(?:(?:arrive|arrives|arrived|come|comes|came|join|joins|joined)\s+(?:along\s+)?with\s+(?:him|her|«P\d+»)|"
        # ("His faithful assistant A comes along", "goes along to Lower Saxony": with him, told without "him")
        r"(?:come|comes|came|go|goes|went|tag|tags|tagged)\s+along\b(?!\s+(?:with|to\s+(?:the\s+)?(?:game|match|"
        r"training|stadium|ground)|nicely|well)\b))",
        0.7,
        club_side="after_topic",
    ),
    # "His assistant A and analyst B have also joined C", "Assistant A and goalkeeping coach B are moving to
    # C": titled aides named together move to the club named (one titled aide: "titled-aide-joins-club")
    R(
        "titled-staff-joined-club",
        "appointed",
        _TITLED_LIST + _STAFF_THEN + r"\s+(?:(?:will|to)\s+)?(?:join|joins|joined|joining|"
        r"(?:move|moves|moved|moving)\s+to)\s+(?:the\s+)?{C}(?!['’])",
        0.7,
        club_side="tag",
    ),
    # "X brings with him the adjunct A and the goalkeeper trainer B", "X will take with him his assistant A":
    # the aides the new man brings now (not "At Hoffenheim he brought assistant A with him": a past post's
    # staff; "take" only with "with him": "will take his assistant A's place" is no arrival)
    R(
        "brings-titled-staff",
        "appointed",
        r"\b(?:(?:brings|bringing|will\s+bring|to\s+bring)\s+(?:with\s+(?:him|her|«P\d+»)\s+)?"
        # ("brings from Fortuna his assistant A": the side he comes from, before the aides)
        r"(?:from\s+(?:the\s+)?(?:«C\d+»|(?-i:[A-Z][\w\-]+))\s+(?:with\s+(?:him|her|«P\d+»)\s+)?)?|"
        # (not when the sentence tells him leaving: "will take with him his assistant A when he leaves C" is
        # the club he leaves)
        r"(?:takes|taking|will\s+take|to\s+take)\s+with\s+(?:him|her|«P\d+»)\s+"
        r"(?![^.;]*\b(?:leaves|leave|leaving|departs|depart|departure|exit)\b)|"
        # ("To Tangerang he takes the adjunct A": the place he goes to fronted, translated "Para X leva")
        # (a town may be read as a name: "To «P» he takes")
        r"^\s*To\s+(?:«[CP]\d+»|(?-i:[A-Z][\w\-]+))\s+«P\d+»\s+(?:also\s+)?(?:takes|will\s+take|brings|will\s+bring)\s+|"
        # ("X will work with field assistant A and physical trainer B": the new man's own staff; not when the
        # sentence keeps anyone on, "… B, who stays", nor another man's former aide, staff he finds)
        r"(?:(?<=»\s)|(?<=\bhe\s)|(?<=\bshe\s))will\s+work\s+with\s+"
        r"(?![^.;]*\b(?:stay|stays|staying|remain|remains|remaining|continue|continues|renewed|kept|retained)\b)"
        r"(?!(?:«P\d+»['’]s|his|her)\s+former\b|(?:the\s+)?club['’]s))" + _STAFF_LEAD + _TITLED_LIST,
        0.7,
        club_side="after_topic",
    ),
    # "He brings fitness coach A with him from C", "brings his assistant A and the goalkeeping coach B with
    # him from C": the titled aides come with their boss from C, so each left it (their new post is read by
    # "brings-titled-staff")
    R(
        "brings-titled-staff-from",
        "left",
        r"\b(?:brings|bringing|will\s+bring|to\s+bring)\s+"
        + _TITLED_LIST
        + r"(?:\s+with\s+(?:him|her|«P\d+»))?\s+from\s+(?:the\s+)?{C}(?!['’])",
        0.7,
        club_side="tag",
    ),
    # "With him come the assistant A and the goalkeeping coach B", "With him in Amsterdam arrives the vice A":
    # the aides arriving with the new man
    R(
        "come-with-him-titled-staff",
        "appointed",
        r"(?:\bwith\s+(?:him|her|«P\d+»)(?:\s+(?:in|to|at)\s+(?:«C\d+»|(?-i:[A-Z][\w\-]+)))?\s+(?:will\s+)?(?:also\s+)?"
        # ("With him enter the adjuncts A and B": translated "Com ele entram")
        r"(?:come|comes|came|arrive|arrives|arrived|enter|enters|entered|"
        r"move|moves|moved)|"
        # ("Coming with him are the assistant A and …": the participle fronted)
        r"\b(?:coming|arriving)\s+(?:along\s+)?with\s+(?:him|her|«P\d+»)\s+(?:are|is|will\s+be))\s+(?:also\s+)?"
        + _TITLED_LIST,
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
        # ("brings along Y as …", "has added Y as his assistant": the same, with "along" or "add")
        r"\b(?:bring|brings|brought|bringing|take|takes|took|taking|add|adds|added|adding)(?:\s+along)?\s+"
        r"(?:with\s+(?:him|her|«P\d+»)\s+)?"
        + _ARRIVING_AIDE_DESC  # "brings with him his compatriot Y as assistant coach"
        + PEOPLE_LIST
        + r"(?!['’])"
        r"(?:\s*,\s+{HIS}\s+(?:[^,«.;]|«[CS]\d+»){1,50},)?"
        # ("brings Y with him from Miami as an assistant coach": where he comes from, between name and title;
        # "with Hale" is the boss by name)
         + r"(?:\s+with\s+«P\d+»)?" + _ARRIVING_AIDE_FROM + r"(?:\s+with\s+«P\d+»)?\s+as\s+"
        r"(?:(?:the|an?|new|{HIS})\s+)*" + BACKROOM_TITLE + r"\b",
        0.7,
        club_side="after_topic",
    ),
    # "brings Y with him from Miami as an assistant coach": the aide named before his title leaves the club he
    # comes from (his new post is read by "bring-as-staff")
    R(
        "bring-as-staff-from",
        "left",
        r"\b(?:bring|brings|brought|bringing)(?:\s+along)?\s+(?:with\s+(?:him|her|«P\d+»)\s+)?"
        + _ARRIVING_AIDE_DESC
        + PEOPLE_LIST
        + r"(?!['’])(?:\s+with\s+(?:him|her|«P\d+»))?\s+from\s+(?:the\s+)?{C}(?!['’])"
        r"(?:\s+with\s+(?:him|her|«P\d+»))?\s+as\s+(?:(?:the|an?|new|{HIS})\s+)*" + BACKROOM_TITLE + r"\b",
        0.7,
        club_side="tag",
    ),
    # "brings as adjuncts A and B", "As assistants X takes A and B with him": the title told before the names
    # (the boss the subject; the fronted title is read only at the sentence's start)
    R(
        "bring-as-titles-then-names",
        "appointed",
        r"(?:\b(?:bring|brings|brought|bringing|take|takes|took|taking)\s+(?:with\s+(?:him|her|«P\d+»)\s+)?as\s+"
        r"(?:{HIS}\s+)?" + BACKROOM_TITLE + r"\s+|"
        r"^\s*As\s+(?:{HIS}\s+)?" + BACKROOM_TITLE + r"\s*,?\s+«P\d+»\s+(?:will\s+)?"
        r"(?:bring|brings|brought|take|takes|took)\s+)" + PEOPLE_LIST + r"(?!['’])",
        0.7,
        club_side="after_topic",
    ),
    # "X brings his trusted men: A as assistant and B as physical trainer" (translated "sus hombres de
    # confianza"), "X brings in A as his assistant and B as goalkeeping coach", "adds B as an assistant":
    # each aide named before his own title
    R(
        "brings-aides-as-titles",
        "appointed",
        r"\b(?:(?:brings|bringing|will\s+bring|to\s+bring)\s+(?:with\s+(?:him|her)\s+)?{HIS}\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:men|people|aides|collaborators|staff|team)\s*:|(?:brings|bringing|will\s+bring|to\s+bring)(?:\s+in)?|"
        r"(?:adds|adding|will\s+add|to\s+add))\s+(?P<list>"
        + _AIDE_AS_TITLE
        + r"(?:"
        + LIST_SEP
        + _AIDE_AS_TITLE
        + r")*)",
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
        r"(?:(?:the|an?|new|second|{HIS})\s+)*" + BACKROOM_TITLE + r"\b",
        0.7,
        club_side="after_topic",
    ),
)


# --- a new coach's staff and the post filled, told in other word orders -----------------------------------


# "Petrakov's assistant will be his compatriot X", "His number two will be former Ajax defender Y",
# translated "The vice will be X", "The assistant of Mena will be X", "The new assistant coach is X": the aide
# named after the verb (a future, or a present told of the new post; the boss is the possessor or in view)
# ("His adjunct will be X": translated "adjoint", "adjunto")
# ("His field assistant will be X": translated "ayudante de campo"; "His deputy will be X", "Lind's second
# will be X": translated "il suo vice", "su segundo", only before the verb, not "his second spell")
_AIDE_POST = (
    r"(?:(?:field\s+)?assistant(?:\s+(?:coach|manager))?|adjunct|number\s+two|right-hand\s+man|second\s+coach|"
    r"vice(?=\s)|(?:deputy|second)(?=\s+(?:will\s+be(?:come)?|becomes|became)\s))"
)
# ("His assistants in the national team will be A and B": each aide of a list, his side before the verb)
# ("… will be A and the Kazakh specialist B", "… the Japanese A and the local coach B": who each aide is, told
# before his name)
_AIDE_DESC = (
    r"(?:(?:the\s+)?(?:former|ex-)\s*(?:[\w\-]+\s+|«C\d+»\s+){0,3}?|the\s+(?:" + DEMONYM_DESC + r"|"
    r"(?-i:[a-z][\w\-]*)\s+(?:coach|specialist|trainer)\s+(?=«P)))?"
)
# (not "…, and the physical trainer B remains": a clause of his own)
_AIDE_NAMED = _AIDE_DESC + r"«P\d+»(?!['’])(?!\s+(?:remains|stays|continues|keeps|is|was|has|will)\b)"
_AIDE_WILL_BE = (
    # ("Assistants of X will be A and B": translated copy opens with the bare plural)
    r"(?<![\w«])(?:(?:his|her|their|«P\d+»['’]s?)\s+(?:new\s+)?|(?:the|their)\s+(?P<new>new\s+)?|"
    r"^(?=(?-i:Assistants)\s+of\s+«P))"
    r"(?:" + _AIDE_POST + r"|assistants(?:\s+(?:coaches|managers))?)"
    # ("His assistant at C will be X": the club he joins told between)
    r"(?:\s+of\s+«P\d+»)?(?:\s+(?:in|at|with)\s+(?:the\s+(?:national\s+team|«S\d+»)|(?:the\s+)?«C\d+»))?"
    r"\s+(?:will\s+be|(?(new)(?:is|are)|(?!)))\s+"
    + _COMPATRIOT_AIDE
    + r"(?P<list>"
    + _AIDE_DESC
    + r"{P}(?!['’])"  # (the first aide is the match's own man)
    + r"(?:\s*,\s*"
    + _AIDE_NAMED
    + r")*(?:,?\s+and\s+"
    + _AIDE_NAMED
    + r")?)"
)
# "The fitness coach will be X", "the goalkeeper coach will be the Italian Y", translated "The athletic
# trainer will be X" ("il preparatore atletico sarà"): a specialist's post named first, its new holder after
# the future copula; the title gives his role (an assistant's post is `_AIDE_WILL_BE`'s; not "X will be the
# fitness coach", read by "becomes-staff-title", nor a past "was")
_SPECIALIST_POST_WILL_BE = (
    r"(?<![\w«])(?:the|his|her|their|«P\d+»['’]s?)\s+(?:new\s+)?"
    r"(?:(?:physical|athletic|fitness|conditioning)\s+(?:trainer|coach|preparer)|" + GOALKEEPING_TITLE + r"|"
    r"(?:trainer|preparer|coach)\s+of\s+(?:the\s+)?goalkeepers)"
    r"\s+will\s+(?:also\s+)?be\s+(?:the\s+" + DEMONYM_DESC + r")?{P}(?!['’])"
)
# translated "Assistant to him became X", "Co-trainer becomes X": the post named first and opening the
# sentence, the newcomer after the copula
_AIDE_POST_BECOMES = (
    r"^(?:(?:the|his|her)\s+)?(?:new\s+)?(?:" + _AIDE_POST + r"|co-trainer|co-coach)"
    r"(?:\s+to\s+(?:him|her|«P\d+»))?\s+(?:becomes|became|will\s+become)\s+{P_OWN}"
)
# "X will bring his own assistant, Y", "will bring an Italian assistant, Y": the aide set off by a comma (a
# coming arrival: the past "brought" tells an old move)
_BRING_AIDE_COMMA = (
    r"\b(?:bring|brings|bringing)\s+(?:with\s+(?:him|her)\s+)?(?:{HIS}\s+own|{HIS}|an?)\s+"
    r"(?:(?-i:[A-Z][\w\-]*)\s+)?(?:assistants?(?:\s+(?:coach|manager))?|number\s+two)\s*,\s+{P}"
)
# "X will also join the staff", "joins the first-team staff as an assistant": onto the staff in view (not
# "the staff of Y / at C": another man's staff or a club named, read by other rules)
# ("X will also join Y's staff": the staff told by its head coach; "X will be one of his assistants" is
# will-be-assistant's)
# ("the coach of the reserve, X, is called to join the professional staff": translated French "le staff
# professionnel", the first team's)
_JOINS_THE_STAFF = (
    r"{P}{APP}{HAVE}\s+(?:(?:to|set\s+to|due\s+to|expected\s+to|called\s+to)\s+)?(?:also\s+)?"
    r"(?:(?:join|joins|joined|joining)\s+"
    r"(?:the\s+(?:(?:first-team|first\s+team|senior|new|professional)\s+|«S\d+»\s+)?|«P\d+»['’]s?\s+(?:new\s+)?)"
    r"staff\b(?!\s+(?:of|at|with)\b))"
)
# "to become an assistant with the Seattle Sounders", "to become Y's assistant at C": the aide's new post
_TO_BECOME_AIDE = (
    r"\bto\s+become\s+(?:an\s+|the\s+(?:new\s+)?|«P\d+»['’]s\s+)?(?:first-team\s+)?(?:assistant(?:\s+(?:coach|manager))?|"
    r"number\s+two)\s+(?:with|at|of)\s+(?:the\s+)?{C}"
)
# "announced that the new head coach of the national team is X", "their new manager is X", "the new
# selector of the Brave Falcons is X": the post named first, the man after 'is'; translated "the new
# inhabitant of the bench is X" ("el nuevo inquilino del banquillo"): the new coach
_NEW_COACH_IS = (
    r"\b(?:the|their|its)\s+new\s+(?:«S\d+»\s+)?(?:head\s+coach|manager|coach|boss|selector|national\s+coach|«S\d+»|"
    r"(?:inhabitant|occupant|tenant|owner|master)\s+of\s+the\s+(?:bench|dugout))"
    r"(?:\s+of\s+(?:the\s+)?(?:«[CS]\d+»|club|team|side)(?:\s+«S\d+»)?)?\s+(?:is|will\s+be)\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?{P_OWN}"
)
RULE_KEYS.update(
    {
        "aide-post-becomes": ("become", "became"),
        "specialist-post-will-be": ("will be", "will also be"),
        "aide-will-be": (
            "will be",
            "new assistant",
            "new number two",
            "new right-hand",
            "new second coach",
            "new vice",
        ),
        "bring-aide-comma": ("bring",),
        "joins-the-staff": (
            "the staff",
            "first-team staff",
            "senior staff",
            "new staff",
            "professional staff",
            "'s staff",
            "’s staff",
        ),
        "to-become-aide": ("to become",),
        "new-coach-is": ("new",),
        "signed-new-agreement": ("new agreement",),
        "joins-staff-of-boss-at": ("staff of",),
        "titled-aide-joins-club": ("join", "moves to", "moved to", "moving to", "move to"),
        "staff-of-boss-at": ("staff of",),
    }
)
NEW_STAFF_OTHER_WORD_ORDERS: tuple[Rule, ...] = (
    R("aide-will-be", "appointed", _AIDE_WILL_BE, 0.75, role="assistant_coach", club_side="topic"),
    R("aide-post-becomes", "appointed", _AIDE_POST_BECOMES, 0.7, role="assistant_coach", club_side="topic"),
    R("specialist-post-will-be", "appointed", _SPECIALIST_POST_WILL_BE, 0.7, club_side="topic"),
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
        r"the\s+(?:{STAFF_KIND}\s+)?staff\s+of\s+«P\d+»" + AT_SENIOR_CLUB,
        0.7,
        role="assistant_coach",
        club_side="tag",
    ),
    # "Goalkeeper coach X is joining C", "Assistant X joins C", "Fitness coach X has moved to C": a backroom
    # man named by his title moves to the club named (his title is the one he held; the move, his appointment)
    R(
        "titled-aide-joins-club",
        "appointed",
        r"(?<![\w\-])" + BACKROOM_TITLE + r"\s+{P}\s+(?:(?:has|is|will|also)\s+)*(?:join(?:s|ed|ing)?|"
        r"(?:moves?|moved|moving)\s+to)\s+(?:the\s+)?{C}(?!['’])",
        0.75,
        club_side="tag",
    ),
    R(
        "staff-of-boss-at",
        "in_charge",
        r"\bthe\s+(?:{STAFF_KIND}\s+)?staff\s+of\s+{P}" + AT_SENIOR_CLUB,
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
# ("field assistant": translated "ayudante de campo", the head coach's first aide)
_ARRIVING_AIDE_TITLE = (
    r"(?:(?:new|first|main|long-time|field)\s+)?(?:assistants?(?:\s+(?:coach(?:es)?|managers?|trainers?))?|number\s+two|"
    r"deputy|right-hand\s+(?:man|woman)|(?:goalkeeping|goalkeepers['’]?|fitness)\s+coach)\b"
)
RULE_KEYS.update(
    {
        "joined-by-who-becomes-aide": ("joined",),
        "will-have-as-aide": ("have as",),
        "will-have-aide-as": ("have",),
        "in-staff-of-will-be": ("staff of",),
        "will-be-part-of-staff": ("part of",),
        "handed-team-to": (
            "hand the",
            "hands the",
            "handed the",
            "entrust",
            "gave the",
            "hand that",
            "hands that",
            "handed that",
            "hand his",
            "hands his",
            "handed his",
            "hand her",
            "hands her",
            "handed her",
            "hand this",
        ),
        "becomes-staff-title": ("becomes", "will be", "will become", "to be", "to become"),
    }
)
ARRIVING_AIDES: tuple[Rule, ...] = (
    # "X becomes goalkeeping coach", "Y will be physical preparer", "Z, who becomes assistant manager after
    # three years as head of coaching": a staff post he takes now, its title bare (a bare "analyst" may be a
    # TV pundit's, "psychologist" anyone's: not those; "the new assistant" is read by "will-be-assistant" too)
    R(
        "becomes-staff-title",
        "appointed",
        r"{P}{APP}(?:\s*,\s+who)?(?:\s+(?:also|now))?\s+"
        r"(?:becomes|will\s+(?:also\s+|now\s+)?(?:be|become)|is\s+to\s+(?:be|become))\s+"
        r"(?:the\s+(?:club['’]s\s+)?(?:new\s+)?|new\s+)?(?!(?:analysts?|psychologists?)\b)"
        + BACKROOM_TITLE
        + r"\b(?!['’])"
        # "… becomes assistant to Y with the senior national team": the side after his boss is his post
        r"(?:\s+to\s+«P\d+»)?(?:\s+(?:at|with)\s+(?:the\s+)?(?:senior\s+)?(?:{C}|{S}))?",
        0.7,
        club_side="after_topic",
        squad_in_match=True,
    ),
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
        # ("… as assistant his former teammate Y": the man after the possessor, not the possessor)
        r"\b(?:will|is\s+to|shall)\s+have\s+as\s+(?:{HIS}\s+)?"
        + _ARRIVING_AIDE_TITLE
        + r"\s+(?:the\s+|"
        + POSSESSOR_DESC
        + r")?{P}(?!['’]s\b)(?:\s+and\s+{P2})?",
        0.7,
        club_side="after_topic",
    ),
    # ("The staff will also have his compatriot Y as assistant": translated "contará también con", the aide
    # named by his nationality)
    R(
        "will-have-aide-as",
        "appointed",
        r"\b(?:will|is\s+to|shall)\s+(?:also\s+)?have\s+"
        + _COMPATRIOT_AIDE
        + r"{P}(?:\s+and\s+{P2})?\s+as\s+(?:{HIS}\s+)?"
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
    # ("handed the first team to X", "handed the team to reserve-team coach X": the side handed over is
    # named, the one in his title is the post he held until now)
    # ("will hand that role over to his assistant X": the post told as his role or job; "handed the team
    # to Y's former assistant, X": the aide apposed)
    R(
        "handed-team-to",
        "appointed",
        r"\b(?:hand(?:ed|s)?|entrust(?:ed|s)?|gave)\s+(?:(?:(?:the\s+)?(?:" + TEAM_NOUN + r"|{S})\s+|"
        r"(?:that|this|the|his|her)\s+(?:role|job|post)\s+)"
        r"(?:(?:on\s+an?\s+(?:interim|temporary|caretaker|provisional)\s+basis|temporarily|provisionally)\s+)?"
        r"(?:over\s+)?to\s+(?:"
        + AIDE_TITLED
        + r"|(?:«P\d+»['’]s?|his|her)\s+(?:former\s+|long-?time\s+)?"
        + AIDE_NOUN
        + r",\s+(?=«P\d+»)|«S\d+»(?:-team)?\s+(?:head\s+)?(?:coach|manager|boss)\s+)?){P_OWN}",
        0.75,
        club_side="tag",
    ),
)


# --- an aide named after his boss's title for him, in passing ---------------------------------------
# "his assistant", "Caldwell's assistants", "his field assistant", "his second" (translated "su segundo"):
# the title a boss's aide goes by in match reports and press-conference copy
_BOSSS_AIDE_TITLE = (
    r"(?<![\w\-])(?:«P\d+»['’]s?|his|her)\s+(?:(?:long-?time|trusted|first|field)\s+)?"
    r"(?:assistants?(?:\s+(?:coach(?:es)?|managers?))?|number\s+two|second)\s+"
)
RULE_KEYS.update({"bosss-aide-named": ("assistant", "number two", "second")})
AIDES_NAMED_BY_THEIR_BOSS: tuple[Rule, ...] = (
    # "Caldwell's assistant X took training", "celebrated with his assistant X", "Dyche's assistants A and
    # B left with him": the aide holds his post on the boss's staff, at the club in view. An aide brought
    # in or named to come is read by the rules of arriving staff (`rule_facts._aide_told_arriving`).
    R(
        "bosss-aide-named",
        "in_charge",
        _BOSSS_AIDE_TITLE + r"(?P<list>{P_OWN}(?:\s+and\s+«P\d+»(?!['’]))?)",
        0.6,
        role="assistant_coach",
        club_side="topic",
    ),
)

# rules whose aides join the post the boss (the clause's subject) takes (INCOMING_STAFF and
# "works-with-aide-as-title"); here at the end, once every rule above has its RULE_KEYS entry
INCOMING_AIDE_RULES = rule_names(
    "brings-with-him-staff",
    "new-staff-includes",
    "in-his-staff-are",
    "presented-alongside-aide",
    "joined-by-apposed-aide",
    "works-with-aide-as-title",
    "bring-as-titles-then-names",
)
