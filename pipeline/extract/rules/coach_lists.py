"""Several coaches named in one breath: counted, listed after a predecessor, helping in a spell."""

from __future__ import annotations

from pipeline.extract.lexicon import LIST_SEP
from pipeline.extract.rules.grammar import _ORDINAL
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# the same, none of its names an owner ("A and B's side")
_UNOWNED_PEOPLE_LIST = r"(?P<list>«P\d+»(?!['’])(?:" + LIST_SEP + r"«P\d+»(?!['’]))*)"


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
SEVERAL_COACHES: tuple[Rule, ...] = (
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
