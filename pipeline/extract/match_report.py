"""The two sides of the match an article reports, read from its headline or lead.

A match report names one coach's side by the coach ("Flick's side humiliated Real Madrid",
"Ancelotti's men, beaten by Liverpool, …"); his club is then the other side of the match the
article is about, not the opponent named in the same sentence.
"""

from __future__ import annotations

import re

# a result between two sides, in headline or report tense
_CONTEST = (
    r"(?:beat|beats|beating|beaten|defeat|defeats|defeated|defeating|crush|crushes|crushed|thrash|thrashes|"
    r"thrashed|hammer|hammers|hammered|humiliate|humiliates|humiliated|stun|stuns|stunned|edge|edges|edged|"
    r"rout|routs|routed|sink|sinks|sank|downed|overcome|overcomes|overcame|see\s+off|sees\s+off|"
    r"saw\s+off|knock\s+out|knocks\s+out|knocked\s+out|eliminate|eliminates|eliminated|"
    r"(?:draw|draws|drew|drawing|held|hold|holds)\s+(?:with|against)|"
    r"(?:lose|loses|lost|losing|fall|falls|fell)\s+to|"
    r"(?:win|victory|triumph|defeat|draw|loss)\s+(?:over|against|to|at|with))"
)
_SCORE = r"\d{1,2}\s*[-–]\s*\d{1,2}"
# "Elche 3-1 Eibar", "Liverpool v Real Madrid", "Barcelona crush Real Madrid", "… win over Spain"
_HEADLINE = re.compile(
    r"«C(\d+)»\s+(?:" + _SCORE + r"|v|vs\.?|(?:[^«.;:]{0,60}?\b)?" + _CONTEST + r")\s+(?:the\s+)?«C(\d+)»",
    re.IGNORECASE,
)
# "Elche clinched promotion, coming from behind to beat Eibar 3-1": the lead's subject and its opponent
_LEAD = re.compile(
    r"«C(\d+)»(?:\s+(?:have|has|had))?\s+(?=[a-z])[^«.;:]{0,120}?\b" + _CONTEST + r"\s+(?:the\s+)?«C(\d+)»",
    re.IGNORECASE,
)


def match_sides(
    tagged: str, names: list[str | None], pattern: re.Pattern[str] = _HEADLINE
) -> tuple[str, str] | None:
    """The two clubs a tagged headline (or, with `_LEAD`, lead sentence) sets against each other."""
    found = pattern.search(tagged)
    if found is None:
        return None
    a, b = names[int(found.group(1))], names[int(found.group(2))]
    return (a, b) if a and b and a != b else None


def lead_sides(tagged: str, names: list[str | None]) -> tuple[str, str] | None:
    """The two clubs the lead sentence of a match report sets against each other."""
    return match_sides(tagged, names, _LEAD)


def other_side(sides: tuple[str, str] | None, club: str | None) -> str | None:
    """The opponent of `club` in the reported match, if `club` played in it."""
    if sides is None or club not in sides:
        return None
    return sides[1] if club == sides[0] else sides[0]
