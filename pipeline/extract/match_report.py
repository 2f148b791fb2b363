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
    a_index, b_index = (g for g in found.groups() if g is not None)
    a, b = names[int(a_index)], names[int(b_index)]
    return (a, b) if a and b and a != b else None


# any result the lead tells, its score between the verb and the other side ("Sevilla drew 1-1 with Valencia",
# "lost 3-1 to") or both sides its subject ("Sevilla and Valencia drew 1-1"): a wider reading than `_LEAD`,
# for the rules that must not guess a side between two clubs (the fixture itself keeps `_LEAD`)
_SCORED_RESULT = (
    r"(?:draw|draws|drew|drawing|held|hold|holds)\s+" + _SCORE + r"\s+(?:with|against)|"
    r"(?:lose|loses|lost|losing|fall|falls|fell)\s+" + _SCORE + r"\s+to"
)
_LEAD_RESULT = re.compile(
    r"«C(\d+)»(?:\s+(?:have|has|had))?\s+(?=[a-z])[^«.;:]{0,120}?\b(?:"
    + _SCORED_RESULT
    + r")\s+(?:the\s+)?«C(\d+)»"
    r"|«C(\d+)»\s+and\s+«C(\d+)»\s+(?:drew|draw)\b",
    re.IGNORECASE,
)


def lead_sides(tagged: str, names: list[str | None]) -> tuple[str, str] | None:
    """The two clubs the lead sentence of a match report sets against each other."""
    return match_sides(tagged, names, _LEAD)


def other_side(sides: tuple[str, str] | None, club: str | None) -> str | None:
    """The opponent of `club` in the reported match, if `club` played in it."""
    if sides is None or club not in sides:
        return None
    return sides[1] if club == sides[0] else sides[0]


def lead_result_sides(tagged: str, names: list[str | None]) -> tuple[str, str] | None:
    """The two clubs of a result the lead tells, in the wider reading (`_LEAD_RESULT`) or the fixture's."""
    return match_sides(tagged, names, _LEAD) or match_sides(tagged, names, _LEAD_RESULT)
