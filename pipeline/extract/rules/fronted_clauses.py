"""Fronted clauses: a fact about the subject told before him ('Once in charge of C, X …'), and posts
told by whom he worked under.
"""

from __future__ import annotations

from pipeline.extract.rules.grammar import OPENING_CLAUSE_TO, SQUAD_AS_POST, STAND_IN_CHARGE
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.names import rule_names
from pipeline.extract.rules.rule import R, Rule

# --- fronted clauses: a fact about the subject told before him ("Once in charge of C, X …") ------------


# (the clause runs to the comma right before its subject: OPENING_CLAUSE_TO)
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
    + OPENING_CLAUSE_TO
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
FRONTED_CLAUSES: tuple[Rule, ...] = (
    # "Currently in charge of Esperance, X …", "Once in charge of Porto, X …", "Formerly the manager of C,
    # X", "A former assistant at Manchester City, X …": the subject's post
    R(
        "fronted-in-charge",
        "in_charge",
        r"^\W*(?:"
        + _SPELL_ADVERB
        + r"?"
        + STAND_IN_CHARGE
        + r"(?:of|at)|"
        + _SPELL_ADVERB
        + _TITLE_AT
        + r"|(?:An?|The)\s+(?:former|one-time|onetime|ex-)\s*"
        + _TITLE_AT
        + r")\s+(?:the\s+)?{CDESC}{C}(?!['’])"
        + OPENING_CLAUSE_TO,
        0.7,
        club_side="tag",
    ),
    # "Having previously coached Genk and Club Brugge, X …": each club of the list (the subject after it)
    R(
        "fronted-coached-list",
        "in_charge",
        r"^\W*Having\s+(?:(?:previously|also|once|already|formerly|briefly)\s+)?(?:coached|managed|"
        r"been\s+in\s+charge\s+(?:of|at)|taken\s+charge\s+of|been\s+(?:the\s+)?(?:head\s+coach|manager|coach)\s+"
        r"(?:of|at))\s+(?=(?:the\s+)?{CDESC}«C\d+»(?:[^.;:!?«]|«[CS]\d+»){0,120}?,\s*{P_OWN})",
        0.7,
        club_side="list",
    ),
    R("fronted-spell", "in_charge", _FRONTED_SPELL, 0.6, club_side="tag"),
    # "Still under contract at Brighton, X has turned down …" (a player's contract too)
    R(
        "fronted-under-contract",
        "in_charge",
        r"^\W*(?:Still\s+|Currently\s+)?under\s+contract\s+(?:at|with)\s+(?:the\s+)?{CDESC}{C}(?!['’])"
        + OPENING_CLAUSE_TO,
        0.6,
        club_side="tag",
    ),
    # "Eighteen months after his sacking by Juventus, X …", "Following her dismissal by C, X …"
    R(
        "fronted-sacking",
        "dismissed",
        r"^\W*(?:(?:[\w\-]+\s+){1,2}(?:years?|months|weeks|days|seasons?)\s+)?(?:after|since|following)\s+"
        r"(?:his|her)\s+(?:sacking|dismissal|firing|axing)\s+(?:by|at|from)\s+(?:the\s+)?{CDESC}{C}(?!['’])"
        + OPENING_CLAUSE_TO,
        0.75,
        club_side="tag",
    ),
)

# --- a squad fronted before the coach it keeps ("At Under-19 level, X continues") ------------------------

# "At Under-19 level, …", "For the Falconets, …", "At the U19, …", "In the filial, …": the squad the
# clause after the comma is about (a squad tag only: "For Oviedo, …" is a club, read by the story club)
_FRONTED_SQUAD = r"^\W*(?:At|For|In|With)\s+(?:the\s+|its\s+|their\s+)?{S}(?:\s+level)?\s*,\s+"
# ... or a side named by its nickname ("For the Falconets, the federation retained X"): a body keeping a
# coach names the side he is kept at, whatever its name
_FRONTED_SIDE = r"^\W*(?:At|For|In|With)\s+(?:the\s+|its\s+|their\s+)?(?:{S}|{C})(?:\s+level)?\s*,\s+"
# "X continues", "X stays in charge", "X keeps his job", "X remains at the helm": still in the post
_STILL_IN_POST = (
    r"{HAVE}\s+(?:(?:will|would)\s+)?(?:(?:continues?|remains?|stays?)(?!\s+(?:as|on\s+as)\s)\b"
    # (not "continues to score goals": a player's; "continues to lead the side" is the post)
    r"(?!\s+to\s+(?!(?:lead|coach|train|work|guide|manage|be\s+in\s+charge)\b))|"
    r"keeps?\s+(?:his|her)\s+(?:job|post|place|role|position))"
)
# "the federation retained X", "the club confirmed X": a body keeping its coach (not "confirmed X as new
# coach": an appointment, read by the appointment rules)
_BODY_KEEPS = (
    r"(?:the\s+)?(?:club|federation|association|board|«C\d+»)\s+(?:(?:has|have|also|again)\s+)*"
    r"(?:retained|confirmed|kept)\s+{P}(?!\s+as\s+(?:the\s+|its\s+|their\s+)?new\b)"
)
RULE_KEYS.update(
    {
        "fronted-squad-keeps-coach": ("continue", "remain", "stay", "keep"),
        "fronted-squad-body-keeps": ("retained", "confirmed", "kept"),
        "stays-with-squad": ("stay", "remain", "continue"),
        "keeps-squad": ("keep", "kept", "retain", "head of", "helm of"),
    }
)
# the rules below: a coach kept at a squad the words name, of the story's club when no club owns it, with
# the title before his name as his role
KEPT_AT_SQUAD_RULES = rule_names(
    "fronted-squad-keeps-coach", "fronted-squad-body-keeps", "stays-with-squad", "keeps-squad"
)
FRONTED_CLAUSES += (
    # "At Under-19 level, X continues", "For the U17, X continues his work"; "For the Primavera, the club
    # confirmed X", "For the Under-20 women, the federation retained X": the coach kept at that squad
    R(
        "fronted-squad-keeps-coach",
        "in_charge",
        _FRONTED_SQUAD + r"{P}" + _STILL_IN_POST,
        0.65,
        club_side="tag",
        squad_in_match=True,
    ),
    R(
        "fronted-squad-body-keeps",
        "in_charge",
        _FRONTED_SIDE + _BODY_KEEPS,
        0.65,
        club_side="tag",
        squad_in_match=True,
    ),
    # "X stays with the Under-17s", "goalkeeping coach Y continues with the U21", "Z remains in the U21
    # staff": a coach kept at the squad named (not "stays with the club": a club, read by stays-at-club)
    R(
        "stays-with-squad",
        "in_charge",
        r"{P_OWN}(?:{APP}){HAVE}\s+(?:(?:will|would)\s+)?(?:continues?|remains?|stays?)(?:\s+on)?\s+"
        r"(?:with|in)\s+(?:the\s+)?{S}",
        0.6,
        club_side="tag",
        squad_in_match=True,
    ),
    # "X keeps the U17", "Y continues at the head of the under-20s": the side itself kept, in a reshuffle
    # of a club's or a federation's youth sides (not "keeps the U21s captaincy": a player's; no aside
    # after the name, whose squads are his past: "X, champion with the U19s, keeps the U20")
    R(
        "keeps-squad",
        "in_charge",
        r"{P_OWN}{HAVE}\s+(?:(?:will|would)\s+)?(?:keeps?|kept|retains?|retained|(?:continues?|remains?|stays?)"
        r"\s+at\s+the\s+(?:head|helm)\s+of)\s+(?:the\s+)?" + SQUAD_AS_POST,
        0.6,
        club_side="tag",
        squad_in_match=True,
    ),
)

# "He previously worked with Zinnbauer at Orlando Pirates", "X had worked under Bielsa at Leeds", "worked
# alongside compatriot Y with Argentina", "X had already assisted Y at C", "X accompanied Y at A, B and C" (an
# aide's verbs, the boss their object): a spell on Y's staff at that club, and Y's own spell there
_WORKED_UNDER = (
    r"{HAVE}\s+(?:(?:also|previously|once|earlier|already|briefly|closely)\s+)*(?:(?:worked|served)\s+"
    r"(?:closely\s+)?(?:with|under|alongside)|assisted|accompanied)\s+(?:compatriot\s+|countryman\s+)?"
)
# (each club of a list: "worked alongside Y at A, B and C"; not a youth side of the club, "at C's U18s")
_WORKED_AT = r"\s+(?:at|with)\s+(?=(?:the\s+)?{CDESC}«C\d+»(?!['’]s?\s+(?:«S\d+»|under-|youth|academy)))"
# "worked / served under Y at C", "assisted Y at C": keys of both worked-under rules
_WORKED_KEYS = ("worked", "served", "assisted", "accompanied")
RULE_KEYS.update({"worked-under-at": _WORKED_KEYS, "boss-worked-under-at": _WORKED_KEYS})
FRONTED_CLAUSES += (
    R(
        "worked-under-at",
        "in_charge",
        r"{P}(?!['’]s){APP}" + _WORKED_UNDER + r"«P\d+»" + _WORKED_AT,
        0.6,
        role="assistant_coach",
        club_side="list",
        needs_club=True,
    ),
    R(
        "boss-worked-under-at",
        "in_charge",
        r"«P\d+»(?!['’]s){APP}" + _WORKED_UNDER + r"{P}" + _WORKED_AT,
        0.6,
        role="head_coach",
        club_side="list",
        needs_club=True,
    ),
)
