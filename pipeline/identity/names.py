"""Person-name normalisation: cleaning, placeholders, folding, and name-variant matching."""

from __future__ import annotations

import re
import unicodedata

from pipeline.ids import fold

# Strings sources use for "no person here"; never a coach.
PLACEHOLDERS = {
    "",
    "null",
    "none",
    "nan",
    "not applicable",
    "n a",
    "na",
    "unknown",
    "tbd",
    "tba",
    "vacant",
    "unknown manager",
    "n d",
}
# Particles inside Spanish/Portuguese/Dutch/Catalan names, ignored when comparing.
PARTICLES = {
    "de",
    "del",
    "la",
    "las",
    "los",
    "da",
    "das",
    "do",
    "dos",
    "di",
    "van",
    "der",
    "von",
    "y",
    "i",
    "e",
    "le",
    "el",
}
# Usual short forms of given names (folded): short form → formal form.
HYPOCORISMS = {
    "pep": "josep",
    "pepe": "jose",
    "quique": "enrique",
    "paco": "francisco",
    "pako": "francisco",
    "fran": "francisco",
    "javi": "javier",
    "juanma": "juan manuel",
    "nacho": "ignacio",
    "chema": "jose maria",
    "txema": "jose maria",
    "lucho": "luis",
    "toni": "antonio",
    "tony": "antonio",
    "rafa": "rafael",
    "manolo": "manuel",
    "santi": "santiago",
    "alex": "alejandro",
    "dani": "daniel",
    "jose mari": "jose maria",
    "juanjo": "juan jose",
    "joselu": "jose luis",
    "kiko": "francisco",
    "curro": "francisco",
    "nando": "fernando",
    "richi": "ricardo",
    "edu": "eduardo",
    "guille": "guillermo",
    "isma": "ismael",
    "luismi": "luis miguel",
    "miguelangel": "miguel angel",
    "sergi": "sergio",
    "xavi": "javier",
    "jordi": "jorge",
    "pablito": "pablo",
    "vicky": "victoria",
    "bob": "robert",
    "bobby": "robert",
    "bill": "william",
    "billy": "william",
    "jim": "james",
    "jimmy": "james",
    "mike": "michael",
    "tom": "thomas",
    "joe": "joseph",
    "sepp": "josef",
    "jupp": "josef",
}


def clean_name(text: object) -> str | None:
    """A displayable name (NFC, single spaces, trimmed), or None for placeholders ('null')."""
    if text is None:
        return None
    name = unicodedata.normalize("NFC", str(text))
    name = re.sub(r"\s+", " ", name).strip(" \t\r\n,;")
    if is_placeholder(name):
        return None
    return name


def is_placeholder(text: object) -> bool:
    if text is None:
        return True
    folded = fold(str(text))
    return folded in PLACEHOLDERS or not re.search(r"[^\W\d_]", str(text))


def join_name_parts(*parts: object) -> str | None:
    """Given + family name, skipping placeholder parts ('not applicable' + 'Tite' → 'Tite')."""
    kept = [c for p in parts if (c := clean_name(p))]
    return clean_name(" ".join(kept)) if kept else None


def name_tokens(name: str) -> list[str]:
    """Folded tokens without particles: 'Vicente del Bosque' → ['vicente', 'bosque']."""
    tokens = fold(name).split()
    kept = [t for t in tokens if t not in PARTICLES]
    return kept or tokens


def given_forms(token: str) -> set[str]:
    """The equivalent forms of a given name: 'pep' → {'pep', 'josep'}."""
    forms = {token}
    if token in HYPOCORISMS:
        forms.add(HYPOCORISMS[token].split()[0])
    return forms


def blocking_keys(name: str) -> set[str]:
    """Keys two names must share to be compared at all: the folded name itself, and each
    (given-name form, later token) pair ('pep guardiola' → 'josep|guardiola', ...). Names
    that `name_match_score` can link always share one, and a common surname alone does not
    put every García in one block."""
    tokens = name_tokens(name)
    keys = {fold(name)}
    if len(tokens) > 1:
        keys |= {f"{g}|{t}" for g in given_forms(tokens[0]) for t in tokens[1:]}
    return keys


def name_match_score(a: str, b: str) -> float:
    """How surely two name strings name the same person, from the names alone (0 … 1).

    1.0: same folded name. 0.9: same tokens with an equivalent given name ('Pep'/'Josep').
    0.8: the shorter is the longer with middle names or a second surname left out ('Diego
    Simeone' / 'Diego Pablo Simeone'; 'Ernesto Valverde' / 'Ernesto Valverde Tejedor'),
    given names equivalent. One-word names ('Míchel', 'Pacheta') match only exactly; a
    surname alone never matches a full name.
    """
    if fold(a) == fold(b):
        return 1.0
    ta, tb = name_tokens(a), name_tokens(b)
    if ta == tb:
        return 1.0
    if len(ta) < 2 or len(tb) < 2:
        return 0.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not given_forms(short[0]) & given_forms(long_[0]):
        return 0.0
    exact_given = short[0] == long_[0]
    if short[1:] == long_[1:]:
        return 1.0 if exact_given else 0.9
    if _is_subsequence(short[1:], long_[1:]):
        return 0.8 if exact_given else 0.75
    return 0.0


def _is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(token in it for token in needle)


def display_preference(name: str) -> tuple[int, int, str]:
    """Sort key preferring accented spellings and proper case among equal folded names."""
    accents = sum(1 for c in unicodedata.normalize("NFD", name) if unicodedata.combining(c))
    lower_only = int(name == name.lower() or name == name.upper())
    return (lower_only, -accents, name)
