"""Free-text roles and squads mapped to the DESIGN.md vocabularies."""

from __future__ import annotations

import re

from pipeline.ids import fold

ROLES = ("head_coach", "caretaker", "assistant_coach", "goalkeeping_coach", "fitness_coach", "other_staff")
NOT_STAFF = "not_staff"  # executives (president, sporting director) are not coaching staff

# Checked in order; the first pattern found in the folded text wins.
_ROLE_PATTERNS: list[tuple[str, str]] = [
    (r"\b(president|chairman|sporting director|director of football|ceo|owner|director)\b", NOT_STAFF),
    (r"\b(interim|caretaker|acting|provisional|interino)\b", "caretaker"),
    (r"\b(goalkeep\w*|gk|porteros?)\b", "goalkeeping_coach"),
    (r"\b(fitness|physical|conditioning|strength|preparador fisico)\b", "fitness_coach"),
    (r"\b(assistant|asst|second|segundo|ayudante|deputy|no 2)\b", "assistant_coach"),
    (
        r"\b(head coach|manager|coach|boss|trainer|entrenador|tecnico|head|main|first coach"
        r"|player manager|dt)\b",
        "head_coach",
    ),
]

_SQUAD_ALIASES = {
    "first team": "first_team",
    "first": "first_team",
    "senior": "first_team",
    "seniors": "first_team",
    "primer equipo": "first_team",
    "a team": "first_team",
    "main": "first_team",
    "men": "first_team",
    "mens": "first_team",
    "reserve": "reserve",
    "reserves": "reserve",
    "b team": "reserve",
    "b": "reserve",
    "ii": "reserve",
    "second team": "reserve",
    "filial": "reserve",
    "castilla": "reserve",
    "atletico madrileno": "reserve",
    "jong": "reserve",
    "youth": "youth",
    "academy": "youth",
    "juvenil": "youth",
    "cantera": "youth",
    "women": "women",
    "womens": "women",
    "ladies": "women",
    "femenino": "women",
    "feminas": "women",
    "women b": "women_reserve",
    "women reserve": "women_reserve",
    "national": "national",
    "national team": "national",
    "national women": "national_women",
    "women national team": "national_women",
}
_AGE = re.compile(r"\b(?:u|under|sub|o)\s?-?\s?(\d{2})\b")


def normalise_role(text: object, default: str | None = "head_coach") -> str | None:
    """'Manager' → head_coach, 'Interim manager' → caretaker, 'Sporting director' → not_staff."""
    if text is None or not str(text).strip():
        return default
    folded = fold(str(text))
    if folded.replace(" ", "_") in ROLES:
        return folded.replace(" ", "_")
    for pattern, role in _ROLE_PATTERNS:
        if re.search(pattern, folded):
            return role
    return "other_staff"


def normalise_squad(text: object, default: str | None = "first_team") -> str | None:
    """'B team' → reserve, 'U19' → u19, 'Women U17' → women_u17, 'Spain U21' → national_u21."""
    return squad_hint(text) or default


def squad_hint(text: object) -> str | None:
    """The squad a text names ('Real Sociedad B' → reserve), or None when it names none."""
    if text is None or not str(text).strip():
        return None
    folded = fold(str(text))
    if re.fullmatch(
        r"(national_)?(women_)?(first_team|reserve|youth|women|national|u\d{2})", folded.replace(" ", "_")
    ):
        return folded.replace(" ", "_")
    if folded in _SQUAD_ALIASES:
        return _SQUAD_ALIASES[folded]
    women = bool(re.search(r"\b(women|womens|ladies|femenino|feminas|female|girls)\b", folded))
    national = bool(re.search(r"\bnational\b", folded))
    age = _AGE.search(folded)
    if age:
        level = f"u{age.group(1)}"
    elif re.search(r"\b(b|ii|reserves?|castilla|filial|b team)\b", folded):
        level = "reserve"
    elif re.search(r"\b(youth|academy|juvenil|cantera|junior)\b", folded):
        level = "youth"
    elif re.search(r"\b(first team|senior|seniors|primer equipo)\b", folded):
        level = "first_team"
    else:
        level = None
    if level is None and not women and not national:
        return None
    return _compose_squad(level, women=women, national=national)


def _compose_squad(level: str | None, women: bool, national: bool) -> str:
    if national:
        base = "national_women" if women else "national"
        return f"{base}_{level}" if level and level != "reserve" else base
    if women:
        return f"women_{level}" if level and level != "first_team" else "women"
    return level or "first_team"


def with_gender(squad: str, women: bool) -> str:
    """The women's counterpart of a squad level when the team is a women's team."""
    if not women or "women" in squad:
        return squad
    if squad.startswith("national"):
        return squad.replace("national", "national_women", 1)
    return "women" if squad == "first_team" else f"women_{squad}"
