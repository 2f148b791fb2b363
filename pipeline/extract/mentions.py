"""People, clubs and squads named in a sentence, found with regexes and the reference data.

No statistical NER: a capitalised run of words is split into known club aliases (longest
match first), club-shaped unknown names ("Nchalo United", "Real Oviedo") and person-shaped
leftovers. A per-article registry ties surnames, nicknames and descriptors back to full names.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from pipeline.extract.lexicon import (
    CLUB_FORM_INITIALS,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    DEMONYM_WORDS,
    ITEM_SPELLS,
    NOT_NAME,
    TEAM_NOUN,
)
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.rules.grammar import TIME_BETWEEN
from pipeline.reference import (
    ClubRef,
    club_index,
    club_places,
    club_refs,
    clubless_squad_aliases,
    coach_nicknames,
    coach_surnames,
    context_club_aliases,
    context_club_owners,
    country_club_names,
    known_coaches,
    known_non_coaches,
    lowercase_nicknames,
    mens_team_nicknames,
    place_names,
    shared_strong_aliases,
)

# Capitals, Latin Extended-A included (Ş, Ł, Č, Ž …) and the Romanian comma-below Ș, Ț (Latin Extended-B).
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞȘŠŢȚŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# "St." before a capital is a word of the name ("FC St. Gallen", "St. Pauli"), not a full stop
_WORD = rf"(?:St\.(?=\s+[{_UPPER}])|[{_UPPER}]\.(?:[{_UPPER}]\.)+|[{_UPPER}][\w\-]*(?:['’][A-Za-z]\w+)?)"
_PARTICLE = (
    r"(?:de|del|de la|de los|de las|da|dos|das|do|van|van der|van den|van ['’]t|von|der|den|ten|ter|di|du|le"
    r"|la|el|y|bin|al|es)"
)
# A capitalised run: words joined by spaces, name particles (and the d' of "Côte d'Ivoire" and of the region
# "Côte d'Azur", the "of" of
# "Republic of Ireland"), '&',
# hyphens and 2-digit numbers.
# "Schalke 04", "Hannover 96": two digits continue a name, but not a month's ("June 13 Filippo Inzaghi")
_MONTH_WORDS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec",
)  # fmt: skip
_NOT_AFTER_MONTH = "".join(f"(?<!{m})" for m in _MONTH_WORDS)


def _alias_numbers() -> tuple[str, str]:
    """Regex alternations of the founding years and other long numbers club aliases hold ("TSV 1860
    Munich", "1899 Hoffenheim", "Como 1907", "Memphis 901"): (those opening an alias, all of them).
    Only these join a run: any year would glue "the France 1998 World Cup" into one name."""
    opening, inside = set(), set()
    for key in club_index():
        for k, word in enumerate(key.split()):
            if len(word) > 2 and word.isdigit():
                inside.add(word)
                if k == 0:
                    opening.add(word)
    return "|".join(sorted(opening)) or "(?!)", "|".join(sorted(inside)) or "(?!)"


_OPENING_NUMBERS, _ALIAS_NUMBERS = _alias_numbers()
# a number that counts something after a name ("sacked X 10 days ago", "Y 12 months into his reign") is no
# part of a club's name ("Schalke 04", "Hannover 96")
_NOT_A_COUNT = (
    r"(?!\s*(?:years?|games|points|days|weeks|months|minutes|hours|matches|times|goals|wins|defeats|"
    r"per\s*cent|percent|%))"
)
CAP_RUN = re.compile(
    # A run opens on a digit (a founding year) or a capital: the lookahead rejects every other position at
    # once, where the pattern (no literal or letter class first) would be tried in full.
    rf"(?=[\d{_UPPER}])"
    # "1860 Munich": a founding year opening the name
    rf"(?:(?<![\w.])(?:{_OPENING_NUMBERS})\s+(?={_WORD}))?"
    # ("Yokohama F. Marinos", "Juan C. Osorio": an initial inside a name, as the sentence splitter keeps it)
    rf"{_WORD}(?:\s+[{_UPPER}]\.(?=\s+[{_UPPER}])|(?:\s+{_PARTICLE})*\s+{_WORD}|\s+d['’](?=Ivoire|Azur){_WORD}|\s*&\s*{_WORD}|"
    rf"(?<=Republic)\s+of\s+(?:the\s+)?{_WORD}|"
    rf"{_NOT_AFTER_MONTH}\s+\d{{2}}\b(?!\s*(?:-|–|,)){_NOT_A_COUNT}|"
    # "TSV 1860 Munich", "Como 1907": a founding year inside or closing the name
    rf"{_NOT_AFTER_MONTH}\s+(?:{_ALIAS_NUMBERS})\b(?![\-–]){_NOT_A_COUNT})*"
    r"(?:['’]s?\b)?"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_EX_PREFIX = re.compile(rf"[Ee]x-[{_UPPER}]")
# "Chelsea-bound Bompastor", "Real Madrid-linked Alonso", "Glasgow-born Smith": an adjective before the name
_BOUND_FOR = re.compile(r"-(?:bound|linked|born|bred|based|raised)$")
# Two names run together ("JulienLopetegui"), but not McCarthy, MacDonald, DeBruyne.
_CAMEL = re.compile(r"\b(?!Mac|Mc|De|Di|Da|Van|Von|La|Le)([A-Z][a-zà-ÿ]{2,})([A-Z][a-zà-ÿ]{2,})\b")
_TOKEN = re.compile(r"\S+")

# Squad phrases in running text. Named groups give the squad code. Written in lower case: it
# runs on the lowered sentence without IGNORECASE, which lets `re` skip ahead on first letters.
_SQUAD_SOURCE = r"""
    (?P<age>(?P<natfirst>\bnational\s+(?:men['’]s\s+)?)?(?P<womenfirst>\bwomen['’]?s?\s+)?
        # ("the Sub 20", translated Spanish/Portuguese; not "came on as a sub 20 minutes from time")
        \b(?:(?:under|u)[-\s]?|sub(?:-|\s(?!\d\d\s+min))?)(?P<n>1[4-9]|2[0-3])(?:['’]?s)?\b
        # ("the under-20 men's national football team")
        (?:\s+(?:(?P<agewomen>women(?:['’]s)?\s+)|men['’]s\s+)?(?:(?P<nat>national\s+(?:football\s+)?)?
        (?:sides?|teams?|squads?)
            |(?P<sel>selections?)\b)
        # ("the Under-20 women", "the U17 girls", "the Under-17 Women's World Cup": a women's age group)
          |\s+(?P<womenafter>(?:women|girls)\b(?:['’]s?)?))?)
  | (?P<reserve>(?<![\w-])(?:b|ii)[-\s](?:team|side|squad)s?\b
      # ("reserve-team coach X", "the second-team boss": the hyphened title is the side's too)
      |\breserves?(?:[-\s]+(?:team|side|squad))?\b|\b(?:second|2nd)[-\s]team\b|\bfilial\b
      |(?<=the\s)subsidiary\b(?!\s+(?:of|company|firm)\b))
  | (?P<natwomen>\bwomen(?:['’]s)?\s+national\s+(?:football\s+)?(?:teams?|sides?|squads?|coach|job)\b
      |\bnational\s+women(?:['’]s)?\s+(?:football\s+)?(?:team|side|squad)\b)
  | (?P<women>\bwomen(?!(?:['’]s)?\s+(?:world\s+cup|euros?|champions\s+league|fa\s+cup|league\s+cup|
        asian\s+cup|africa(?:n)?\s+cup|copa|gold\s+cup|nations\s+league|olympic|game\b))
        # ("the women's section of C": translated "section féminine", "sección femenina")
        (?:['’]s)?(?:\s+(?:first\s+)?(?:team|side|squad|section))?\b
      # ("the femenil team": Mexican Spanish, as in "Liga MX Femenil")
      |\bladies\b|\b(?:frauen|f[ée]minine|femenino|femenil|femminile|feminino|vrouwen|dames|damer|dam)\b
        (?:\s+(?:first\s+)?(?:team|side|squad))?
      # ("the female team", translated: a team, not "a female coach")
      |\bfemale\s+(?:first\s+)?(?:team|side|squad|section|football)\b)
  | (?P<first>\bfirst[-\s]team\b|\bsenior\s+(?:side|team|squad|job|set-up|ranks)\b
      # ("senior coach X", "coach of the main team": the senior side, beside a story of its youth sides)
      |\bsenior(?=\s+(?:coach|manager|boss)\b)|\bmain\s+(?:team|side|squad)\b
      |\bmen['’]s\s+(?:senior\s+|first\s+)?(?:team|side|squad)\b
      |\bmen['’]s(?=\s+and\s+women['’]s\s))  # "Canada's men's and women's national teams": two squads
  | (?P<national>\bnational\s+(?:team|side|squad|coach|job)s?\b)
  | (?P<youth>\byouth[-\s](?:team|side|squad|set-up|setup|ranks|sides|teams|system|sector|department)\b
      |\bacademy\b)
    """
_SQUAD_RE = re.compile(_SQUAD_SOURCE, re.VERBOSE)
# For the rare sentence whose lower() changes length ("İ"): offsets must stay the sentence's.
_SQUAD_RE_I = re.compile(_SQUAD_SOURCE, re.IGNORECASE | re.VERBOSE)
_SQUAD_CODES = {
    "reserve": "reserve",
    "women": "women",
    "natwomen": "national_women",
    "first": "first_team",
    "national": "national",
    "youth": "youth",
}
# Characters IGNORECASE equates with an ASCII letter that lower() leaves alone (dotless i, long s).
# Where a squad phrase may start: its first word, letter first, so `re` can skip ahead on first
# letters instead of trying every branch of _SQUAD_RE at every position. A superset of the
# starts (boundaries are left to _SQUAD_RE); no literal here contains another phrase's start.
_SQUAD_START = re.compile(
    r"u(?:nder)?[-\s]?[12]|sub[-\s]?[12]|b[-\s]|ii[-\s]|reserve|second|2nd|filial|subsidiary|women|ladies|female|frauen|f[ée]minin"
    r"|femenino|femenil|femminile|vrouwen|dam|first|senior|main|national|youth|academy|men['’]s"
)
_CASE_EQUIV = str.maketrans({"ı": "i", "ſ": "s"})


def lower_text(text: str) -> str:
    """`text.lower()` as IGNORECASE sees it, so lowered patterns match where /i ones did."""
    low = text.lower()
    if low.isascii() or ("ı" not in low and "ſ" not in low):  # two scans beat a translate
        return low
    return low.translate(_CASE_EQUIV)


@dataclass(slots=True)
class Mention:
    kind: str  # "P" person, "C" club, "S" squad phrase
    start: int  # offsets within the sentence
    end: int
    text: str
    name: str = ""  # person: canonical name; club: canonical club name
    club_kind: str = "club"  # club: "club" or "national"
    squad: str | None = None  # club alias naming a squad, or the squad phrase's code
    pronoun: bool = False  # person found as he/she/descriptor, resolved from context
    single: bool = False  # person known only by one word
    describes_coach: bool = False  # a descriptor naming a current coach ("the Argentinian manager")
    aside: bool = False  # a reference to the man a new coach replaced: the story's focus stays put
    by_town: bool = False  # a club told by its town after "at/to/from/for" ("at Gosford"): never the story's
    in_town: bool = False  # a club told by its town after "in" ("three seasons in Kraków"): tagged "at «C»"

    @property
    def said_as_him(self) -> bool:
        """A man told by an object pronoun ('with him', 'joins her'), resolved from context: the one the
        sentence is told about is someone else."""
        return self.pronoun and self.text.lower() in ("him", "her")


# A club's lower side named by the league only such sides play in: "the club's MLS Next Pro team",
# "takes over the DStv Diski Challenge side", "the club's CFA team", "W-League coach X" (Australia's
# women's league before 2021); or by what it is called: "the club's Next Gen side", "the club's amateur
# side", "the Bayern amateurs", "takes over the amateurs" (German and Austrian usage for the reserve;
# "amateurs" only after "the", `_THE_BEFORE_AMATEURS`). A league only with a team noun or a coach's title
# after it: "won the MLS Next Pro title" names the league; nor "amateur clubs", nor "the amateurs of C"
# (an amateur club's own first team).
_LOWER_SIDE = re.compile(
    r"\b(?:(?P<reserve>(?:(?:MLS\s+Next\s+Pro|(?:DStv\s+)?Diski\s+Challenge|DDC|CFA|Next\s+Gen)"
    r"(?:\s+(?:team|side|squad|affiliate)s?\b|(?=\s+(?:head\s+)?(?:coach|manager|boss)\b))"
    r"|(?<=['’]s\s)amateur\s+(?:team|side|squad)\b"
    r"|(?<![\w-])amateurs\b(?!\s+of\b)))"
    r"|(?P<women>W-League(?:\s+(?:team|side|squad)s?\b|(?=\s+(?:head\s+)?(?:coach|manager|boss)\b))))",
    re.IGNORECASE,
)
_LOWER_SIDE_WORDS = r"next pro|diski|ddc|w-league|cfa|next gen|amateur"
_LOWER_SIDE_HINT = re.compile(_LOWER_SIDE_WORDS)


# A cheap gate, on the lowered sentence: words any squad phrase needs. Every branch opens with a
# letter (the word boundaries sit in lookbehinds) so `re` can skip to candidate first letters.
_SQUAD_HINT = re.compile(
    r"u(?:nder|-?\d)|s(?<=\bs)ub[- ]?[12]|b(?<=\bb)[- ]|i(?<=\bi)i\b|reserve|second[- ]team|2nd[- ]team|"
    r"filial|the subsidiary|women|ladies|first|senior|men['’]s (?:senior |first )?" + TEAM_NOUN + r"|"
    r"main (?:team|side|squad)|"
    r"national|female|frauen|minin|femenino|femenil|femminile|vrouwen|dames|damer|d(?<=\bd)am\b|youth"
    r"|academy|juvenil|primavera|olympic|junior|pl2|development"  # and the clubless squad aliases' words
    r"|" + _LOWER_SIDE_WORDS + r"|"  # (`_LOWER_SIDE`)
    r"the a[- ](?:national |team|side|selection|squad)"  # "the A team" (_SENIOR_A_SIDE)
)


def squad_mentions(sentence: str, low: str | None = None) -> list[Mention]:
    """Squad phrases ('the under-21s', 'Juvenil A'); `low` is `lower_text(sentence)` if known."""
    low = lower_text(sentence) if low is None else low
    if not _SQUAD_HINT.search(low):
        return []
    out = []
    for m in _squad_matches(sentence, low):
        kind = m.lastgroup
        if _PLACE_NAME.match(sentence, m.start()):
            continue
        if kind == "age":
            code = f"u{m.group('n')}"
            if m.group("agewomen") or m.group("womenfirst") or m.group("womenafter"):
                # "the U-20 Women's National Team", "women's U-19s", "the Under-17 girls"
                code = f"women_{code}"
            # "the Sub-20 selection" (translated "selección"), "the national U-23 team"
            if m.group("nat") or m.group("sel") or m.group("natfirst"):
                code = f"national_{code}"
        else:
            code = _SQUAD_CODES[kind or "youth"]
        start = _mens_start(low, m.start())
        out.append(Mention("S", start, m.end(), sentence[start : m.end()], squad=code))
    if "women" in low:
        out = _with_womens_reserves(sentence, out)
    if "a " in low or "a-" in low:
        out = _with_senior_a_sides(sentence, out)
    if "junior" in low:
        juniors = _JUNIOR_SIDE.finditer(sentence)
        out.extend(Mention("S", m.start(), m.end(), m.group(0), squad="youth") for m in juniors)
    if _LOWER_SIDE_HINT.search(low):
        out.extend(_lower_sides(sentence))
    if "youth" in low:
        out.extend(
            Mention("S", m.start(), m.end(), m.group(0), squad="youth")
            for m in _YOUTH_TITLE.finditer(sentence)
        )
    if "olympic" in low and "women" not in low:
        out.extend(
            Mention("S", m.start(), m.end(), m.group(0), squad="national_u23")
            for m in _OLYMPIC_TITLE.finditer(sentence)
        )
    for alias, code, word in _clubless_squads():
        if word not in low:  # its longest word is absent: skip the case-blind scan
            continue
        for m in alias.finditer(sentence):
            out.append(Mention("S", m.start(), m.end(), m.group(0), squad=code))
    return out


def _with_womens_reserves(sentence: str, found: list[Mention]) -> list[Mention]:
    """`found` with each women's word right before a reserve phrase read as one squad: "the women's B
    team", "the club's women's reserve side" are the women's section's reserve, not its first team."""
    out: list[Mention] = []
    for m in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.squad == "women"
            and m.squad == "reserve"
            and sentence[before.end : m.start].isspace()
        ):
            out[-1] = Mention("S", before.start, m.end, sentence[before.start : m.end], squad="women_reserve")
            continue
        out.append(m)
    return out


# "the A team", "the A national team", "the A selection" (continental usage, translated copy): the senior
# side, as against the B team and the age groups. Case-sensitive: "a team" is an article and a noun.
_SENIOR_A_SIDE = re.compile(r"(?<=[Tt]he\s)A[-\s](?:national\s+)?(?:team|side|selection|squad)\b")


def _with_senior_a_sides(sentence: str, found: list[Mention]) -> list[Mention]:
    """`found` with each "A team" phrase as the senior side, over the "national team" inside it."""
    sides = [
        Mention("S", m.start(), m.end(), m.group(0), squad="first_team")
        for m in _SENIOR_A_SIDE.finditer(sentence)
    ]
    if not sides:
        return found
    inside = [m for m in found if any(a.start <= m.start and m.end <= a.end for a in sides)]
    return [m for m in found if m not in inside] + sides


# "the club's junior side", "coached juniors of C", "returns to the juniors": a club's youth teams, in lower
# case (not "Boca Juniors", "the Junior Matildas": a club's or a national age group's own name, nor "at junior
# level", no team)
_JUNIOR_SIDE = re.compile(r"(?<![\w-])junior(?:s\b|\s+(?:team|side|squad)s?\b)")


# "the amateurs", "the Bayern amateurs": the side, not "coached amateurs in France" (amateur players)
_THE_BEFORE_AMATEURS = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w\-]+\s+)?$")


def _lower_sides(sentence: str) -> list[Mention]:
    """The squads `_LOWER_SIDE` names in the sentence."""
    return [
        Mention("S", m.start(), m.end(), m.group(0), squad=m.lastgroup or "reserve")
        for m in _LOWER_SIDE.finditer(sentence)
        if not m.group(0).lower().startswith("amateurs")
        or _THE_BEFORE_AMATEURS.search(sentence, max(0, m.start() - 40), m.start())
    ]


# "youth coach X", "C's youth trainer X": the title of a coach of the club's youth teams, right before his
# name (not "worked as a youth coach at C", which the career rules read word by word)
_YOUTH_TITLE = re.compile(r"\b[Yy]outh(?=[-\s](?:coach|trainer)\s+[A-Z])")


# "Olympic coach X", "as their Olympic coach": the title of the men's Olympic (under-23) side's coach. Only
# the title: a spell "at the Olympics" is as often a senior coach's; a women's story's Olympic side is senior.
_OLYMPIC_TITLE = re.compile(r"\bOlympic(?=\s+(?:team\s+)?(?:head\s+)?(?:coach|manager|boss)\b)")


# "the Australia men's under-23 side": 'men's' belongs to the squad phrase, which stays next to its club
_MENS_BEFORE = re.compile(r"(?<![\w-])men['’]s\s+$")


def _mens_start(low: str, start: int) -> int:
    """Where a squad phrase starts once a 'men's' right before it is counted in."""
    m = _MENS_BEFORE.search(low, max(0, start - 8), start)
    return m.start() if m else start


def _squad_matches(sentence: str, low: str) -> Iterator[re.Match[str]]:
    """`_SQUAD_RE.finditer(low)`, tried only where _SQUAD_START finds a possible first word."""
    if len(low) != len(sentence):
        yield from _SQUAD_RE_I.finditer(sentence)
        return
    pos = 0
    for start in _SQUAD_START.finditer(low):
        if start.start() < pos:
            continue
        m = _SQUAD_RE.match(low, start.start())
        if m:
            yield m
            pos = m.end()


# "the Academy of Light", "Academy Stadium": a training ground or ground named after the academy
_PLACE_NAME = re.compile(r"Academy\s+(?:of\s+[A-Z]|Stadium\b|Ground\b)")

_WOMEN_WORDS = frozenset(
    "women ladies frauen feminine femenino femenil femminile feminino vrouwen dames damer".split()  # noqa: SIM905
)

_CLUBLESS: list[tuple[re.Pattern[str], str, str]] = []


def _clubless_squads() -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern, squad code, the alias's longest word) of each squad name used without a club."""
    if not _CLUBLESS:
        for alias, code in clubless_squad_aliases().items():
            words = r"[\s-]+".join(re.escape(w) for w in alias.split())
            gate = max(alias.split(), key=len)
            _CLUBLESS.append((re.compile(rf"\b{words}\b(?:\s+team)?", re.IGNORECASE), code, gate))
    return _CLUBLESS


def _club_ref(key: str, strong_clubs: set[str] | None) -> ClubRef | None:
    ref = club_index().get(key)
    if ref is not None and key in shared_strong_aliases():
        if strong_clubs is None:
            _WEAK_SEEN[0] = True  # "the Red Devils": looked at again once the article's clubs are known
        else:
            ref = shared_alias_owner(key, ref, strong_clubs)
            lower = key.removeprefix("the ") in _LOWER_NICKNAMES
            ref = None if lower and worn_by_a_club_in_view(ref, strong_clubs) else ref
    if ref is None and strong_clubs is None and key in context_club_aliases():
        _WEAK_SEEN[0] = True  # the caller must look again once it knows the article's clubs
    if ref is None and strong_clubs is not None:
        # a nickname several clubs share ("the Canaries"): the one club of them the article names
        owners = [w for w in context_club_owners().get(key, ()) if w.name in strong_clubs]
        if len(owners) == 1:
            ref = owners[0]
        if ref is None and key.startswith("the "):
            ref = _club_ref(key[4:], strong_clubs)
    return ref


_WEAK_SEEN = [False]
# the nicknames the sentence being read wrote in lower case ("the rossoneri"): translated local copy
_LOWER_NICKNAMES: set[str] = set()


def worn_by_a_club_in_view(owner: ClubRef, strong_clubs: Collection[str]) -> bool:
    """'Lucchese, X is the new coach of the rossoneri': a nickname many clubs of a country wear (the
    reference lists more than one wearer), written in lower case as translated local copy writes its
    own club's colours, in an article that names another club of the owner's country and never the
    owner itself, is that club's, not the owner's. No club is read from it; the story's club stays in
    view. (The callers check the case: English copy writes "the Rossoneri" for Milan alone.)"""
    if owner.name in strong_clubs or owner.kind != "club":
        return False
    refs = club_refs()
    return any(
        (other := refs.get(name)) is None or (other.country == owner.country and other.kind == "club")
        for name in strong_clubs
    )


def shared_alias_owner(key: str, ref: ClubRef, strong_clubs: Collection[str]) -> ClubRef:
    """A strong nickname another club wears too ('the Red Devils'): its usual owner where the
    article names it, else the one other wearer the article names, else the usual owner."""
    if ref.name in strong_clubs:
        return ref
    others = [o for o in context_club_owners().get(key, ()) if o.name != ref.name and o.name in strong_clubs]
    return others[0] if len(others) == 1 else ref


def weak_alias_seen() -> bool:
    """Whether the last `run_mentions(…, None)` passed over an ambiguous alias ('United')."""
    return _WEAK_SEEN[0]


def run_mentions(sentence: str, strong_clubs: set[str] | None) -> list[Mention]:
    """Club and person mentions in the capitalised runs of `sentence`.

    `strong_clubs` holds clubs the article names unambiguously; ambiguous aliases ("United")
    resolve only to those. Pass None on the first pass, when that set is being built.
    """
    _WEAK_SEEN[0] = False
    _LOWER_NICKNAMES.clear()
    if "the " in sentence:
        _LOWER_NICKNAMES.update(fold(m.group(0)) for m in _lowercase_nickname_re().finditer(sentence))
        sentence = _capitalised_nicknames(sentence)
    out: list[Mention] = []
    loose: list[re.Match[str]] = []  # ambiguous aliases no club of the article resolved
    skip_to = -1
    for run in CAP_RUN.finditer(sentence):
        if run.start() < skip_to:
            continue
        spanning = _name_over_run(sentence, run, strong_clubs)
        if spanning is not None:
            out.extend(spanning[0])
            skip_to = spanning[1]
            continue
        tokens = _run_tokens(run)
        if tokens is None:
            continue  # "The", "But", "He": no club, no name, no cue can make one of it
        found = _run_found(sentence, run, tokens, strong_clubs, loose)
        out.extend(_with_cued_club(sentence, run, found, strong_clubs, out))
    out = _listed_aliases(sentence, out, loose) if loose else out
    out = _aliases_among_clubs(sentence, out) if len(out) > 2 else out
    out = _without_owners_of_named(sentence, out) if len(out) > 1 else out
    out = _clubs_of_countries(sentence, out) if len(out) > 1 and "s " in sentence else out
    # (a name in a team slot may open a list whose other unknown items join it: "coached Lanva and Torsk")
    out = _unknown_clubs_in_team_slots(sentence, out) if out else out
    out = _unknown_clubs_listed(sentence, out) if len(out) > 1 else out
    out = [m for m in out if not _ground_as_name(sentence, m)]
    out = [m for m in out if not _quoted_nickname(sentence, m)] if '"' in sentence or "“" in sentence else out
    out = _slash_names_joined(sentence, out) if "/" in sentence else out
    return _with_full_club_names(sentence, out) if out else out


# "coached Uruguay's Nacional", "left for Kelvania's Black Dunes": where a club stands in a career or a move,
# before the country whose club it names
_CLUB_OF_COUNTRY_SLOT = re.compile(
    r"(?:\b(?:from|for|at|with|coached|trained|directed|managed|led|left|joined|of|to)|,|\band)\s+$",
    re.IGNORECASE,
)


# the owner's 's between a country and its club's name, and the article opening an Arabic or Romance name
_COUNTRYS = re.compile(r"['’]s ((?:(?:El|Al|Le|La) )?)")


def _clubs_of_countries(sentence: str, out: list[Mention]) -> list[Mention]:
    """A country's name with an owner's 's before a club's ("Brazil's Flamengo", "Uruguay's Nacional",
    "Qatar's El Jaish") is where the club plays, not the national team. A known club drops the country; an
    alias many clubs wear is the one club of that country; a name the reference data does not know, in a
    club's slot ("arrived from", "coached", a list), is an unlisted club. A man ("Portugal's Paulo
    Bento"), the team's own nickname ("Uganda's Cranes") and a squad ("Spain's Under-21s") keep the
    country."""
    found = list(out)
    drop: set[int] = set()
    for k, (country, nxt) in enumerate(pairwise(out)):
        if country.kind != "C" or country.club_kind != "national" or country.squad is not None:
            continue
        gap = _COUNTRYS.fullmatch(sentence, country.end, nxt.start)
        if gap is None:
            continue
        named = replace(nxt, start=gap.start(1), text=sentence[gap.start(1) : nxt.end])
        club = _club_after_country(sentence, country, named)
        if club is not None:  # one mention over both, as "Nacional of Uruguay" is read
            found[k + 1] = replace(club, start=country.start, text=sentence[country.start : club.end])
            drop.add(k)
    return [m for k, m in enumerate(found) if k not in drop]


def _club_after_country(sentence: str, country: Mention, nxt: Mention) -> Mention | None:
    """The club mention `nxt` stands for after "<country>'s ", or None where it is no club of that country."""
    if nxt.kind == "C":
        return nxt if nxt.club_kind == "club" else None
    if nxt.pronoun or re.match(r"\s+\d", sentence[nxt.end :]):
        return None  # ("Japan's Rio 2016 side": the games, not a club)
    key = fold(nxt.text)
    owners = {r.name for k in (key, f"the {key}") for r in context_club_owners().get(k, ())}
    if country.name in owners:
        return None  # the team's own nickname
    named = {ref for ref, names in country_club_names().get(country.name, ()) if key in names}
    if len(named) == 1:
        ref = named.pop()
        return Mention("C", nxt.start, nxt.end, nxt.text, name=ref.name, club_kind="club")
    if named or key in club_index() or key in context_club_aliases() or _not_a_club_name(nxt, sentence):
        return None
    if key.split()[0] in _known_given_names():
        return None  # "Portugal's Jose Peseiro": a man of that country
    if not _CLUB_OF_COUNTRY_SLOT.search(sentence, max(0, country.start - 12), country.start):
        return None
    return Mention("C", nxt.start, nxt.end, nxt.text, name=nxt.text)


def _slash_names_joined(sentence: str, out: list[Mention]) -> list[Mention]:
    """'Bodø/Glimt', 'EB/Streymur': a club whose name holds a slash is one mention, not one per half (a
    capitalised run stops at the slash, and each half may be an alias of the club). Halves naming two
    clubs ('Hearts/Hibs') stay two."""
    joined: list[Mention] = []
    for m in out:
        last = joined[-1] if joined else None
        if (
            last is not None
            and m.kind == last.kind == "C"
            and m.name == last.name
            and sentence[last.end : m.start] == "/"
        ):
            joined[-1] = replace(last, end=m.end, text=sentence[last.start : m.end])
        else:
            joined.append(m)
    return joined


def _quoted_nickname(sentence: str, m: Mention) -> bool:
    """'For years "Sor Carletto" was …': two or more capitalised words set in quotation marks of their own
    are a nickname the press gives a man it has named, not another man (known nicknames, 'Big Sam', map
    to their man and stay)."""
    return (
        m.kind == "P"
        and " " in m.text.strip()
        and sentence[m.start - 1 : m.start] in ('"', "“")
        and sentence[m.end : m.end + 1] in ('"', "”")
        and fold(m.text) not in coach_nicknames()
    )


def _name_over_run(
    sentence: str, run: re.Match[str], strong_clubs: set[str] | None
) -> tuple[list[Mention], int] | None:
    """(mentions, end) of a name read across the run's end: a ground or nickname with a possessive
    ("St James' Park": nobody's name), "the Stadium of Light", "Al Hilal of Sudan", "Trinidad and Tobago"."""
    text = run.group(0)
    if text[-2:] in ("'s", "’s") or sentence[run.end() : run.end() + 1] in ("'", "’"):
        ground = _possessive_ground(sentence, run, strong_clubs)
        if ground is not None:
            return [ground], ground.end
    return _name_beyond_run(sentence, run, strong_clubs)


def _run_tokens(run: re.Match[str]) -> list[tuple[int, int, str]] | None:
    """The words of a run with their offsets in the sentence, or None for a lone inert word."""
    text, start = run.group(0), run.start()
    if " " in text or "&" in text or not text.isprintable():  # several words
        tokens = [(s + start, e + start, word) for s, e, word in _run_words(text)]
    elif _inert(text):
        return None
    else:
        tokens = [(start, run.end(), text)]
    if _EX_PREFIX.match(tokens[0][2]):  # "Ex-Barcelona coach Xavi": the club, once
        tokens[0] = (tokens[0][0] + 3, tokens[0][1], tokens[0][2][3:])
    return tokens


def _run_found(
    sentence: str,
    run: re.Match[str],
    tokens: list[tuple[int, int, str]],
    strong_clubs: set[str] | None,
    loose: list[re.Match[str]],
) -> list[Mention]:
    """The clubs and people a run's words name, none of a competition's people; a run that may be an
    ambiguous alias no club resolved goes to `loose`."""
    text, start = run.group(0), run.start()
    found = _split_run(sentence, tokens, strong_clubs)
    if len(tokens) > 2 and not any(m.kind == "C" for m in found):
        found = _official_name(run) or found
    if not any(m.kind == "C" for m in found) and _heads_item(sentence, run):
        found = _sole_context_owner(start, text) or found
    if not found and strong_clubs and _plural_after_the(sentence, start, text):
        found = _sole_context_owner(start, text, among=strong_clubs)  # "The Hoops" in a Celtic story
    # a club's act on its coach ("Inter has officialised X") makes the short name a club's; so does a
    # career cue ("dismissed by Deportivo", "joined Inter"), though not for a word too many clubs' names
    # hold ("managed United") nor a nickname ("sacked by the Catalans": any Catalan side)
    if (
        not any(m.kind == "C" for m in found)
        and strong_clubs is not None
        and (_acts_as_club(sentence, run) or _career_cued_short_name(sentence, run))
    ):
        found = _unclaimed_context_owner(start, text, strong_clubs) or found
    if not found and strong_clubs is not None and fold(text) in context_club_aliases():
        loose.append(run)
    if _COMPETITION.search(text):  # "Africa Cup of Nations": nobody's name
        # "the TFF First League", "the DFB Cup": a federation's competition, not its team
        found = [
            m
            for m in found
            if m.kind != "P" and not (m.club_kind == "national" and _competition_beside(sentence, run, m))
        ]
    return found


def _career_cued_short_name(sentence: str, run: re.Match[str]) -> bool:
    """Whether a career cue makes the run a club's short name ('dismissed by Deportivo')."""
    start = run.start()
    return (
        fold(run.group(0)) not in _NO_LIST_HEAD
        and sentence[max(0, start - 4) : start].lower() != "the "
        and _career_object(sentence, start, [])
    )


def _with_cued_club(
    sentence: str,
    run: re.Match[str],
    found: list[Mention],
    strong_clubs: set[str] | None,
    before_run: list[Mention],
) -> list[Mention]:
    """`found`, or the club its context makes of the run: an alias after a career verb, a country's
    national team, the club a cue before it names ("coach of K League 1 champions …")."""
    text, start = run.group(0), run.start()
    if found and all(m.kind == "P" for m in found):
        # the alias first: it is a dict look-up, the career cue a few regex scans
        cued = _cued_context_alias(text, start)
        if (
            cued
            and sentence[max(0, start - 4) : start].lower() != "the "  # "the Catalans": a nickname
            and _career_object(sentence, start, before_run)
        ):
            found = cued
        elif _TEAM_OF_COUNTRY_AFTER.match(sentence, start + len(_POSSESSIVE.sub("", text))):
            found = _national_alias(run, text) or found  # "Jordan's national team"
    if any(m.kind == "C" for m in found):
        if _ROLE_AFTER.match(sentence, run.end()) or _former_title(sentence, run):
            return _past_post_aside(sentence, run, found)  # "former Kelbridge coach X": a strong name too
        return found
    before = sentence[max(0, start - 30) : start]
    # "coach of K League 1 champions …": a competition is not the cued club
    if (
        _CUE_HINT.search(before)
        and _CLUB_CUE.search(before)
        and not _COMPETITION.search(text)
        and not _SQUAD_IN_PLACE.search(before)
        and not (found and _POST_THEN_HOLDER.search(sentence, max(0, start - 60), start))
        and not (found and _AIDE_OF_CUE.search(before))
        and not (found and _TAKEN_OVER_FROM.search(before))
    ):
        club = _cued_club(sentence, run, strong_clubs)
        return [club] if club is not None else found
    if fold(text) in _TITLE_WORDS_BEFORE_COACH and _ROLE_AFTER.match(sentence, run.end()):
        return found  # "Athletic coach X": a fitness coach's title, not Athletic Bilbao's coach
    if _ROLE_AFTER.match(sentence, run.end()) or _given_title(sentence, run) or _former_title(sentence, run):
        named = _context_alias_before_role(run) or _unknown_club_of_former_title(sentence, run, strong_clubs)
        return _past_post_aside(sentence, run, named) or found
    if found and _SOCCER_PROGRAM_AFTER.match(sentence, run.end()):
        return _soccer_program(sentence, run, found)
    return found


# "Marshall men's soccer coach X", "Dunmore State women's soccer program": an American college's or
# club's team, told by its sport, right after the name (no man coaches "men's soccer" of his own name)
_SOCCER_PROGRAM_AFTER = re.compile(
    r"\s+(?:men['’]s|women['’]s)\s+soccer\s+(?:head\s+coach|coach|program|team|assistant)\b"
)


def _soccer_program(sentence: str, run: re.Match[str], found: list[Mention]) -> list[Mention]:
    """The run's last name read as the club whose soccer team follows it; the names before it stay."""
    last = found[-1]
    if last.kind != "P" or last.pronoun:
        return found
    return [*found[:-1], Mention("C", last.start, last.end, last.text, name=last.text)]


def _heads_item(sentence: str, run: re.Match[str]) -> bool:
    """'CRUSADERS: X was confirmed …': a round-up's item opens on its club in capitals and a colon."""
    if not sentence.startswith(":", run.end()):  # the cheap test first: it runs for every run
        return False
    return run.group(0).isupper() and not sentence[: run.start()].strip()


def _name_beyond_run(
    sentence: str, run: re.Match[str], strong_clubs: set[str] | None
) -> tuple[list[Mention], int] | None:
    """A name running on past the run's end, as (its mentions, where it ends): a club or ground whose
    name holds 'of' ('the Stadium of Light', 'Queen of the South') or 'and' ('Trinidad and Tobago',
    'Brighton and Hove Albion'), or a club named by its country ('Al Hilal of Sudan': that country's
    club, not its team; nothing when the country has no such club); else None."""
    if sentence.startswith(" of ", run.end()):
        named = _of_name(sentence, run, strong_clubs)
        if named is not None:
            return [named], named.end
        nickname = _nickname_of_country(sentence, run)
        if nickname is not None:
            return [nickname], nickname.end
        of_country = _club_of_country(sentence, run)
        if of_country is not None:
            return ([of_country[0]] if of_country[0] is not None else []), of_country[1]
    if sentence.startswith((" and ", " et "), run.end()):
        named = _and_name(sentence, run, strong_clubs)
        if named is not None:
            return [named], named.end
    return None


@lru_cache(maxsize=1)
def _lowercase_nickname_re() -> re.Pattern[str]:
    words = sorted(lowercase_nicknames(), key=len, reverse=True)
    return re.compile(r"(?<=\b[Tt]he\s)(?:" + "|".join(map(re.escape, words)) + r")\b")


def _capitalised_nicknames(sentence: str) -> str:
    """'the merengues', 'the bianconeri bench': a Spanish/Italian/Portuguese club nickname the
    translator left in lower case, read as the capitalised nickname (same length, same offsets)."""
    return _lowercase_nickname_re().sub(lambda m: m.group(0)[0].upper() + m.group(0)[1:], sentence)


_OWNS_NEXT = re.compile(r"['’]s\s+$")


def _owns_person(sentence: str, owner: Mention, nxt: Mention | None) -> bool:
    """Whether `owner` is written 'X's' right before the person `nxt` ('Toronto's Bob Bradley')."""
    return nxt is not None and nxt.kind == "P" and bool(_OWNS_NEXT.fullmatch(sentence, owner.end, nxt.start))


def _without_owners_of_named(sentence: str, out: list[Mention]) -> list[Mention]:
    """'Seoul appoint Pohang's Kim Gi-dong', 'Toronto's Bob Bradley': one unknown word written 'X's' right
    before a man named in full is the club or town he is at, nobody's name (a man's possessive stands
    before his team or his aides, not before another man named in full)."""
    return [
        m
        for k, m in enumerate(out)
        if not (
            m.kind == "P"
            and m.single
            and fold(m.text) not in coach_surnames()  # "Klopp's Pep Lijnders"
            and k + 1 < len(out)
            and len(out[k + 1].name.split()) > 1
            and _owns_person(sentence, m, out[k + 1])
        )
    ]


def _aliases_among_clubs(sentence: str, out: list[Mention]) -> list[Mention]:
    """A context-only alias one club owns, read as a name, where the sentence lists it among clubs:
    'of Inter Miami, of Monterrey and of Pachuca' (between two clubs of a list), 'following Toronto's
    Bob Bradley and Inter Miami's Phil Neville' (owning a man, beside a club owning one): that club."""
    for k, m in enumerate(out):
        if m.kind != "P" or not (_between_clubs(sentence, out, k) or _beside_club_owner(sentence, out, k)):
            continue
        cued = _cued_context_alias(m.text, m.start)
        out[k] = cued[0] if cued else m
    return out


def _between_clubs(sentence: str, out: list[Mention], k: int) -> bool:
    if not 0 < k < len(out) - 1 or out[k - 1].kind != "C" or out[k + 1].kind != "C":
        return False
    seps = (sentence[out[k - 1].end : out[k].start], sentence[out[k].end : out[k + 1].start])
    return all(_LIST_SEP.fullmatch(sep) for sep in seps) and "," in "".join(seps)


def _beside_club_owner(sentence: str, out: list[Mention], k: int) -> bool:
    m = out[k]
    if not _owns_person(sentence, m, out[k + 1] if k + 1 < len(out) else None):
        return False
    after, before = out[k + 2 : k + 4], out[max(0, k - 2) : k]
    return bool(
        len(after) == 2
        and after[0].kind == "C"
        and _LIST_SEP.fullmatch(sentence, out[k + 1].end, after[0].start)
        and _owns_person(sentence, after[0], after[1])
    ) or bool(
        len(before) == 2
        and before[0].kind == "C"
        and _owns_person(sentence, before[0], before[1])
        and _LIST_SEP.fullmatch(sentence, before[1].end, m.start)
    )


def _with_full_club_names(sentence: str, found: list[Mention]) -> list[Mention]:
    """Club mentions widened over the words of their full name written around them: "1. FC" before
    "Nürnberg", "96" after "Hannover" in "Hannover 96, 1. FC Nürnberg and …" (a list the capitalised
    runs break at the number), so that lists and rules see one name per club."""
    for k, m in enumerate(found):
        if m.kind != "C" or not m.name:
            continue
        before, after = _name_around(m.name, m.text)
        if not before and not after:
            continue
        low = found[k - 1].end if k else 0
        high = found[k + 1].start if k + 1 < len(found) else len(sentence)
        if before:
            hit = re.search(rf"(?<![\w.]){before}\s*$", sentence[low : m.start])
            if hit:
                m.start = low + hit.start()
        if after:
            hit = re.match(rf"\s*{after}(?![\w])", sentence[m.end : high])
            if hit:
                m.end += hit.end()
        m.text = sentence[m.start : m.end]
    return found


@lru_cache(maxsize=4096)
def _name_around(name: str, text: str) -> tuple[str, str]:
    r"""Regexes for the words of the full club `name` before and after the alias `text` that named
    it ("1. FC Nürnberg" named "Nürnberg": `1\.\s+FC`, ''), or '' where the alias is not inside it."""
    words, said = name.split(), _POSSESSIVE.sub("", text).split()
    folded, said_folded = [fold(w) for w in words], [fold(w) for w in said]
    n = len(said)
    for i in range(len(words) - n + 1):
        if folded[i : i + n] == said_folded:
            return _words_pattern(words[:i]), _words_pattern(words[i + n :])
    return "", ""


def _words_pattern(words: list[str]) -> str:
    return r"\s+".join(re.escape(w) for w in words)


@lru_cache(maxsize=1 << 14)
def _run_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words of a run, with their offsets in it: split once per run text (runs recur)."""
    return tuple((t.start(), t.end(), t.group(0)) for t in _TOKEN.finditer(text))


# what separates two items of a list of clubs: "A, B", "A and B", "A, and B", "of A, of B and of C"
_LIST_SEP = re.compile(r"\s*(?:,|,?\s+and|&)\s+(?:of\s+)?(?:the\s+)?")
# between two items of a career list, the first one's spells told before the joint ("commanded A in two
# passages, B and C")
_ITEMS_GAP = re.compile(ITEM_SPELLS + r"?" + _LIST_SEP.pattern)


# "managed Lyn", "took charge of Burton", "a spell at Lincoln": where a career names the club it was at;
# "passages by Bahia" (the Portuguese "passagens", spells), "champion with Colón", "against Fortaleza"
# (only a team is played against) name a club as surely; so does "directed Melgar", the translated
# "dirigió" (the team a coach ran), or "commanded Melgar" ("comandó"); "clubs such as Lyn" names clubs
CAREER_CUE = re.compile(
    r"\b(?:manag(?:e|es|ed|ing)|coach(?:es|ed|ing)?|directed|commanded|(?:clubs|teams|sides)\s+such\s+as|in\s+charge\s+(?:of|at)|took\s+(?:over|charge)\s+(?:of|at)|"
    r"(?:re)?join(?:s|ed|ing)?|le(?:ft|aves?|aving)|(?:spells?|stints?|passages?)\s+(?:at|with|by|through)|"
    r"(?:sacked|appointed|hired|dismissed)\s+by|champions?\s+with|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "at / with / for Lincoln": a club only where the sentence speaks of coaching
_AT_CUE = re.compile(r"\b(?:at|with|for)\s+(?:the\s+)?$")
_COACHING_WORD = compile_quick(
    r"\b(?:coach|manag|boss|in\s+charge|spell|stint|tenure|selector)", re.IGNORECASE
)
# "led Bury and Plymouth to promotion", "guided Lyn to the title": a team led somewhere is a club
_LED_CUE = re.compile(r"\b(?:led|guided|steered)\s+$", re.IGNORECASE)
_LED_TO_AHEAD = re.compile(
    r"[^.;:!?]{0,60}?\s(?:to|into)\s+(?:promotion|the|a|an|their|back-to-back)\s", re.IGNORECASE
)
# "won the league with Tijuana", "won two titles with Burton": a title won with a team (a town named so is
# its club, whoever won it: the man's post is the fact rules' to tell)
_WON_WITH = re.compile(
    r"\b(?:won|winning|lifted|claimed|clinched)\s+(?:[\w'’-]+\s+){0,4}?(?:titles?|league|cups?|championships?|"
    r"trophy|trophies|double|treble|promotion)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# context aliases too generic to be read as a club from a career verb alone ("managed United")
_GENERIC_ALIASES = frozenset({"madrid", "america", "city", "united", "real", "inter", "sporting", "union"})


def _career_object(sentence: str, start: int, out: list[Mention]) -> bool:
    """Whether the words before `start` make it the club of a career: right after a career verb
    ('managed Lyn'), 'at/with/for' in a sentence about coaching, or the next item of a list of clubs
    that follows one ('managed Lillestrom and Lyn')."""
    pos = start
    clubs = [m for m in out if m.kind == "C"]
    while True:
        head = sentence[max(0, pos - 40) : pos]
        if CAREER_CUE.search(head):
            return True
        if _LED_CUE.search(head) and _LED_TO_AHEAD.match(sentence, start):
            return True
        if _AT_CUE.search(head[-12:]) and _about_coaching(sentence, pos):
            return True
        prev = next((m for m in reversed(clubs) if m.end <= pos), None)
        if prev is None or not _ITEMS_GAP.fullmatch(sentence, prev.end, pos):
            return False
        pos = prev.start


def _about_coaching(sentence: str, pos: int) -> bool:
    """Whether 'at / with / for' before `pos` names a team: the sentence speaks of coaching, or a title
    was won with what follows."""
    return bool(_COACHING_WORD.search(sentence) or _WON_WITH.search(sentence, 0, pos))


# what may follow the last club of a career list: the clause's end, a place or time ("… and Lyn in Norway",
# "… and Lyn earlier in his career", "… and Lyn (2019-21)")
_LIST_END = re.compile(r"\s*(?:[.,;:()]|$|(?:in|from|between|until|before|after|earlier|during)\b)")
# "A and B", "A, and B", "A & B": the join before a list's last item
_LAST_JOIN = re.compile(r",?\s+(?:and|&)\s")
# "head coach Mai Sakamoto": a name right after a title is the holder's
_AFTER_TITLE = re.compile(r"\b(?:coach|manager|boss|trainer|assistant|director)\s+$", re.IGNORECASE)


def _unknown_clubs_listed(sentence: str, out: list[Mention]) -> list[Mention]:
    """'coached Brisbane Roar and Melbourne Heart', 'had spells with Fremad Amager and FC Helsingør': a
    name the reference data does not know, listed beside a known club in a list that a career cue opens,
    is one more club of that career, not a person (a list of clubs seldom holds a man)."""
    found = list(out)
    for k, m in enumerate(out):
        if m.kind != "P" or m.pronoun or _not_a_club_name(m, sentence):
            continue
        owner = sentence.startswith(("'", "’"), m.end)  # "Lewes's women": an owner, told otherwise
        if owner or _AFTER_TITLE.search(sentence, max(0, m.start - 12), m.start):
            continue
        clubs_before = [c for c in found[:k] if c.kind == "C"]
        if (
            (_heads_club_list(sentence, m, out[k + 1 :]) or _ends_club_list(sentence, m, clubs_before))
            and _career_object(sentence, m.start, clubs_before)
        ) or _inside_club_list(sentence, out, k):
            found[k] = Mention("C", m.start, m.end, m.text, name=m.text)
    return found


def _list_items_around(sentence: str, out: list[Mention], k: int) -> tuple[int, int]:
    """(first, last) indices of the mentions joined to mention k as items of one list ('A, B, C and D')."""
    first, last = k, k
    while first > 0 and _LIST_SEP.fullmatch(sentence, out[first - 1].end, out[first].start):
        first -= 1
    while last < len(out) - 1 and _LIST_SEP.fullmatch(sentence, out[last].end, out[last + 1].start):
        last += 1
    return first, last


def _inside_club_list(sentence: str, out: list[Mention], k: int) -> bool:
    """'managed Motherwell, Dunvarra, Corrisk and Aberdeen', 'worked at Genoa, Sampdoria and Castelfrano': a
    name among the items of a closed list ('…, C and D' ending its clause) of clubs that a career cue opens,
    or that holds two known clubs, is one more club, wherever it stands in the list (the first and last items
    read alone by `_heads_club_list` and `_ends_club_list` need a known club right beside them)."""
    first, last = _list_items_around(sentence, out, k)
    known = sum(m.kind == "C" for m in out[first : last + 1])
    if last == first or not known:
        return False
    closed = _LAST_JOIN.match(sentence, out[last - 1].end) and _LIST_END.match(sentence, out[last].end)
    # (two known clubs make it a list of clubs whatever verb opens it: 'worked at A, B and Kelbridge')
    return bool(closed) and (known > 1 or _career_object(sentence, out[first].start, []))


# "at " right before a name: where a man worked, not a man
# (not "looked at X": a man the club considered, no club)
_AT_BEFORE = re.compile(r"(?<!\blook\s)(?<!\blooks\s)(?<!\blooked\s)(?<!\blooking\s)\bat\s+$")
# "arrived from Kelbridge", "joins from the Marnock Otters", "coming from Tarvellon": a coach comes
# from a post, and a post is a club's ("came from" is left out: a goal or a cross comes from a man too)
_ARRIVED_FROM = re.compile(
    r"\b(?:arriv(?:ed|es|ing)|join(?:ed|s|ing)|mov(?:ed|es|ing)|coming)\s+from\s+(?P<the>the\s+)?$",
    re.IGNORECASE,
)
# a plain capitalised word, no digit, capital or dot inside it ("Pellicci", "Lía")
_PLAIN_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’\-]+"
# two plain capitalised words: the form of a man's name ("Dario Pellicci") as much as a club's
_MANS_NAME_FORM = re.compile(_PLAIN_WORD + r"\s+" + _PLAIN_WORD)


# Where only a team stands, whatever its name: the club an age group or reserve side belongs to ("the U19
# team of X", "the youth teams of X": a club's, not a man's), and the team a man leaves or goes on to
# coach ("left the club to coach X", "went on to coach X": a man coaches a team)
_SIDE_OF = re.compile(
    r"\b(?:youth|reserves?|academy|junior|development|second|B|U-?\d\d|under-?\d\d)\s+"
    r"(?:teams?|sides?|squads?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GOES_TO_COACH = re.compile(
    r"\b(?:le(?:ft|aves?|aving)|quit|depart(?:ed|s)|mov(?:ed|es)|(?:went|goes|go)\s+on|return(?:ed|s)|"
    r"continue[sd]?|hired|appointed|named|chosen)\b(?:\s+[\w'’-]+){0,3}?\s+to\s+coach\s+$",
    re.IGNORECASE,
)


def _unknown_clubs_in_team_slots(sentence: str, out: list[Mention]) -> list[Mention]:
    """A name the reference data does not know, standing where a team stands, is that club, not a person:
    right after 'at' in a sentence about coaching and closing its clause ('began his managerial career at
    Colwyn Bay before …', 'two seasons at Deepdale Harriers,': men are worked with or under, not at); a post
    a coach arrived from ('arrived from Kelbridge after …': small clubs are named bare); the club of an age
    group or reserve side, or the team a man goes on to coach (`_SIDE_OF`, `_GOES_TO_COACH`); the team a
    past coaching verb ran ('previously coached Tarvellon.', `_coached_slot`)."""
    coaching = bool(_COACHING_WORD.search(sentence))
    found = list(out)
    for k, m in enumerate(out):
        if m.kind != "P" or m.pronoun:
            continue
        slot = (
            _in_team_slot(sentence, m)
            or _at_or_arrived_from(sentence, m, coaching)
            or _post_told_in_a_clause(sentence, m, coaching)
        )
        if slot or _coached_slot(sentence, m, out[k + 1 :]):
            found[k] = Mention("C", m.start, m.end, m.text, name=m.text)
    return found


# "in charge of Kelby Wanderers", "spells in charge of Margate and Sittingbourne": a coach is in charge of a
# team, not of a man, so a name there of a man's form (plain capitalised words) is a club as well
_IN_CHARGE_OF_CUE = re.compile(r"\bin\s+charge\s+of\s+$", re.IGNORECASE)
# "the Sub-20 will be in charge of X", "the team remains in charge of X": translated copy, where the team is
# put in the man's charge (a man's past charge is told "was", "had been", "spells in charge of")
_TEAM_TO_BE_IN_CHARGE = re.compile(
    r"\b(?:(?:will|would|shall)\s+(?:now\s+)?be|remains?|stays?)\s+in\s+charge\s+of\s+$", re.IGNORECASE
)
# "in charge of Kelby Wanderers since 2016", "… for three seasons": how long the charge lasted
_SPELL_LENGTH_AFTER = re.compile(
    r"\s+(?:since|for)\s+(?:\d|the\s|a\s|an\s|two|three|four|five|six|seven|eight|nine|ten|several|many)"
)
# "previously coached Tarvellon", "trained the ASK Kelbridge": a past coaching verb right before a name
# ("directed", "commanded": translated copy; "managed" and "led" are said of much else: "managed a draw")
_COACHED_CUE = re.compile(r"\b(?:coached|trained|directed|commanded)\s+(?:the\s+)?$", re.IGNORECASE)


# two or more plain capitalised words: the form of a name ("Dario Pellicci", "Ana Lía Rivas")
_PLAIN_WORDS = re.compile(_PLAIN_WORD + r"(?:\s+" + _PLAIN_WORD + r")+")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _coached_slot(sentence: str, m: Mention, after: list[Mention]) -> bool:
    """The name is the team a past coaching verb ran: small clubs are told bare in a career ('He previously
    coached Tarvellon.', 'trained Kelbridge and Marnock Otters in the third tier'), where a man coached
    would be a player the article names or a name of a man's form. It closes its clause or opens a list of
    such names (`_LIST_SEP`); a word that opens a known club's alias ('coached Lincoln') is the alias
    readers resolve, and a name with an owner's "'s" is told otherwise. Read before `_unknown_clubs_listed`,
    whose lists it may open."""
    charge = _IN_CHARGE_OF_CUE.search(sentence, max(0, m.start - 14), m.start) is not None
    if charge and _TEAM_TO_BE_IN_CHARGE.search(sentence, max(0, m.start - 40), m.start):
        return False  # "the Sub-20 will be in charge of Juan Ospina": a team put in a man's charge
    if not (charge or _COACHED_CUE.search(sentence, max(0, m.start - 30), m.start)):
        return False
    if (
        _not_a_club_name(m, sentence)
        or fold(m.name) != fold(m.text)
        or sentence.startswith(("'", "’"), m.end)
    ):
        return False  # the registry made it a man the article names in full ("coached Rossi")
    if charge and " " in m.text.strip():
        if fold(m.text).split()[-1] in _GROUND_LAST_WORDS:
            return False  # ("in charge of Victor Street": a ground)
    elif _PLAIN_WORDS.fullmatch(m.text) or fold(m.text).split()[0] in _alias_heads():
        return False  # ("coached Ana Lía Rivas": a man's or woman's name has plain words only)
    if " " not in m.text.strip() and _THE_BEFORE.search(sentence, max(0, m.start - 4), m.start):
        return False  # "directed the Canaries": one word after 'the' is a nickname, read by coreference
    if _LIST_END.match(sentence, m.end) or (charge and _SPELL_LENGTH_AFTER.match(sentence, m.end)):
        return True
    nxt = after[0] if after else None
    return nxt is not None and bool(_LIST_SEP.fullmatch(sentence, m.end, nxt.start))


def _at_or_arrived_from(sentence: str, m: Mention, coaching: bool) -> bool:
    at = coaching and bool(_AT_BEFORE.search(sentence, max(0, m.start - 4), m.start))
    if not (at or _arrived_from(sentence, m)):
        return False
    owner = sentence.startswith(("'", "’"), m.end)  # "at Smith's side": his team, told otherwise
    if owner or not _LIST_END.match(sentence, m.end) or _not_a_club_name(m, sentence):
        return False
    return not (at and _named_by_reference(fold(m.text)))


# "from Dorran Vale, where he had been coach", "at Dunvarra, which he led", "from Torsby, whom he had taken
# into the second division": a clause on the place of a man's post ('where', 'which') or on a team he led
_POST_CLAUSE_AFTER = re.compile(
    r",\s+(?:where\s+(?:he|she|his|her)\b|which\s+(?:he|she)\b"
    r"|whom\s+(?:he|she)\s+(?:had\s+)?(?:led|took|taken|guided|steered|kept|coached|managed|directed)\b)"
)
# a team's slot before such a clause: where a man worked or came from, or what he coached
_POST_SLOT_BEFORE = re.compile(
    r"\b(?:from|at|with|coached|directed|trained|managed)\s+(?:the\s+)?$", re.IGNORECASE
)


def _post_told_in_a_clause(sentence: str, m: Mention, coaching: bool) -> bool:
    """'arrived in 2019 from Marnock Deportivo, where he had been coach since 2016', 'a spell at Dunvarra,
    which he led for three seasons': a name where a man worked or came from, told by a clause on his post
    there, in a sentence about coaching, is the club of that post (a man is 'who', not 'where' or
    'which'). A man the reference data knows stays one; one word after 'the' is a nickname ('at the
    Ciclón, which he directed'), read by coreference."""
    slot = _POST_SLOT_BEFORE.search(sentence, max(0, m.start - 12), m.start)
    return (
        coaching
        and slot is not None
        and bool(_POST_CLAUSE_AFTER.match(sentence, m.end))
        and not (" " not in m.text.strip() and _THE_BEFORE.search(slot.group(0)))
        and not _not_a_club_name(m, sentence)
    )


def _in_team_slot(sentence: str, m: Mention) -> bool:
    if _not_a_club_name(m, sentence):
        return False
    before = sentence[max(0, m.start - 50) : m.start]
    return bool(_SIDE_OF.search(before) or _GOES_TO_COACH.search(before))


def _arrived_from(sentence: str, m: Mention) -> bool:
    """The name is the post a coach arrived from. After 'the', a name of one word is a nickname ('from
    the Gulls'); without it, two plain words are a man's given name and surname as often as a club's."""
    cue = _ARRIVED_FROM.search(sentence, max(0, m.start - 30), m.start)
    if cue is None:
        return False
    if cue.group("the"):
        return " " in m.text.strip()
    return not _MANS_NAME_FORM.fullmatch(m.text)


# last words of a ground's name ("Kiwitea Street", "Priestfield Stadium"): a ground is no club of its own
_GROUND_LAST_WORDS = frozenset({"street", "park", "road", "lane", "stadium", "ground", "arena"})


# where a ground stands: a place a man is in charge at, arrives at or moves to ("in charge at Edgar Street",
# "moved to Kelby Road"), not a man
_GROUND_PLACE_BEFORE = re.compile(r"\b(?:at|to|from|in|into|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _ground_as_name(sentence: str, m: Mention) -> bool:
    """A ground the reference data does not list, read as a man because its name opens with a given name
    ("in charge at Edgar Street", "returns to Victor Lane"): two or more words closing on a ground's word
    after a place's preposition are the ground, no man (nor a club: its club is the story's to tell)."""
    if m.kind != "P" or m.pronoun:
        return False
    words = fold(m.text).split()
    if len(words) < 2 or words[-1] not in _GROUND_LAST_WORDS:
        return False
    return bool(_GROUND_PLACE_BEFORE.search(sentence, max(0, m.start - 12), m.start))


def _named_by_reference(key: str) -> bool:
    """A name of one word ('at Nacional', 'at Dens'), one a club's alias in the reference data opens
    ('at San Luis'), one holding a club's alias or town, or a ground's: likely the article's own club
    or ground told short, which coreference reads; no new club of its own."""
    words = key.split()
    if len(words) < 2 or words[0] in _alias_heads() or words[-1] in _GROUND_LAST_WORDS:
        return True
    return any(w in context_club_aliases() or w in club_places() for w in words)


def _heads_club_list(sentence: str, m: Mention, after: list[Mention]) -> bool:
    """'Lewes and Everton', 'Lewes, Everton and Fulham': the name opens a list whose other items are clubs."""
    items = [c for c in after[:2] if c.kind == "C"]
    if not items or items[0] is not after[0] or not _LIST_SEP.fullmatch(sentence, m.end, items[0].start):
        return False
    if _LAST_JOIN.match(sentence, m.end):
        return True
    return len(items) == 2 and bool(_LIST_SEP.fullmatch(sentence, items[0].end, items[1].start))


def _ends_club_list(sentence: str, m: Mention, clubs_before: list[Mention]) -> bool:
    """'Brisbane Roar and Melbourne Heart.': the name closes a list of clubs, joined by 'and'."""
    if not clubs_before:
        return False
    sep = sentence[clubs_before[-1].end : m.start]
    joined = bool(_LIST_SEP.fullmatch(sep)) and bool(_LAST_JOIN.match(sep))
    return joined and bool(_LIST_END.match(sentence, m.end))


def _not_a_club_name(m: Mention, sentence: str) -> bool:
    """A man the reference data knows (a coach's surname, full name or nickname, or a known player or
    owner), a name opening with a known man's given name ("Harry …"), a name a man's relative clause
    follows ("…, who followed him"), or a squad's name ("the Under-21s": its club's team, read from the
    squad phrase). Such a name stays a man wherever he stands."""
    key = fold(m.name)
    known_man = (
        fold(m.text) in coach_surnames()
        or key in coach_nicknames()
        or m.name in known_coaches()
        or key in known_non_coaches()
        or (" " in key and key.split()[0] in _known_given_names())
    )
    return known_man or bool(_WHO_AFTER.match(sentence, m.end)) or bool(squad_mentions(m.text))


# "…, who followed him": a man's relative clause (a club takes "which" or "where")
_WHO_AFTER = re.compile(r",?\s+who\b")


@lru_cache(maxsize=1)
def _known_given_names() -> frozenset[str]:
    """The given names of the coaches and other men of football the reference data knows ('pep',
    'harry'): a name opening with one is a man's, not an unknown club's."""
    names = known_coaches() | known_non_coaches()
    return frozenset(fold(n).split()[0] for n in names if len(n.split()) > 1)


def _cued_context_alias(said: str, start: int) -> list[Mention]:
    """A context-only alias that one club owns ('Lyn', 'Burton', 'Chester'), read as a name, where a
    career verb makes it a club: that club. (A nickname after 'the' stays context-only: 'the Catalans'
    may be any Catalan side.)"""
    key = fold(_POSSESSIVE.sub("", said))
    owners = context_club_owners().get(key, ())
    if len(owners) != 1 or owners[0].kind != "club" or key in _GENERIC_ALIASES:
        return []
    if key in CLUB_SUFFIXES or key in CLUB_PREFIXES or key in shared_strong_aliases():
        return []  # (a nickname another club wears as its own name has no one owner)
    ref, text = owners[0], _POSSESSIVE.sub("", said)
    return [Mention("C", start, start + len(text), text, name=ref.name, club_kind=ref.kind)]


def _listed_aliases(sentence: str, out: list[Mention], loose: list[re.Match[str]]) -> list[Mention]:
    """'coached Chelsea, Inter, Real Madrid': an ambiguous alias listed between two clubs is that club."""
    clubs = sorted((m for m in out if m.kind == "C"), key=lambda m: m.start)
    for run in loose:
        before = [m for m in clubs if m.end <= run.start()]
        after = [m for m in clubs if m.start >= run.end()]
        if not before and after and _heads_career_list(sentence, run, after[0]):
            ref = context_club_aliases()[fold(run.group(0))]
            out.append(Mention("C", run.start(), run.end(), run.group(0), ref.name, ref.kind, ref.squad))
            continue
        if not before or not after:
            continue
        seps = (sentence[before[-1].end : run.start()], sentence[run.end() : after[0].start])
        if all(_LIST_SEP.fullmatch(sep) for sep in seps) and "," in "".join(seps):
            ref = context_club_aliases()[fold(run.group(0))]
            out.append(Mention("C", run.start(), run.end(), run.group(0), ref.name, ref.kind, ref.squad))
    return sorted(out, key=lambda m: m.start)


# "also trained Sporting, Swansea and Rio Ave": a coaching verb right before the first club of a list
_LIST_HEAD_VERB = re.compile(r"\b(?:managed|coached|trained|directed|led)\s+(?:the\s+)?$", re.IGNORECASE)
# list heads too generic to name one club even there ("managed United, Everton and Fulham")
_NO_LIST_HEAD = frozenset({"madrid", "america", "city", "united", "real", "union"})


def _heads_career_list(sentence: str, run: re.Match[str], nxt: Mention) -> bool:
    """A context alias one club owns, right after a coaching verb and before ', <club>': the list's
    first club ('trained Sporting, Swansea, Sheffield Wednesday')."""
    key = fold(run.group(0))
    if key in _NO_LIST_HEAD or len(context_club_owners().get(key, ())) != 1:
        return False
    sep = sentence[run.end() : nxt.start]
    return bool(_LIST_HEAD_VERB.search(sentence[max(0, run.start() - 30) : run.start()])) and bool(
        _LIST_SEP.fullmatch(sep)
    )


_NEXT_WORDS = re.compile(rf"\s+({_WORD})(?:\s+({_WORD}))?")


def _possessive_ground(sentence: str, run: re.Match[str], strong_clubs: set[str] | None) -> Mention | None:
    """A ground or nickname whose name holds a possessive apostrophe, read across the run's end ("St
    Mary's Stadium", "the People's Elephant")."""
    after = run.end() + (sentence[run.end() : run.end() + 1] in ("'", "’"))
    nxt = _NEXT_WORDS.match(sentence, after)
    if nxt is None:
        return None
    the = "the " if sentence[max(0, run.start() - 4) : run.start()].lower() == "the " else ""
    for end in (nxt.end(2), nxt.end(1)):
        if end < 0:
            continue
        text = sentence[run.start() : end]
        ref = _club_ref(fold(text), strong_clubs) or (the and _club_ref(fold(the + text), strong_clubs))
        if ref:
            return Mention("C", run.start(), end, text, name=ref.name, club_kind=ref.kind, squad=ref.squad)
    return None


_OF_WORDS = re.compile(rf" of (?:the )?({_WORD})(?:\s+({_WORD}))?")
# ("Sang et Or", "Rouge et Noir", "Ciel et Marine": a French club nicknamed by its colours, joined by 'et')
_AND_WORDS = re.compile(rf" (?:and|et) (?:the )?({_WORD})(?:\s+({_WORD}))?")


def _of_name(sentence: str, run: re.Match[str], strong_clubs: set[str] | None) -> Mention | None:
    """A club or ground whose name holds 'of' ('Stadium of Light', 'Queen of the South'), read
    across the run's end when the reference data knows the whole name."""
    return _name_across(_OF_WORDS, sentence, run, strong_clubs)


def _name_across(
    joiner: re.Pattern[str], sentence: str, run: re.Match[str], strong_clubs: set[str] | None
) -> Mention | None:
    """The club the run and the one or two words `joiner` reads after it name together, if any."""
    nxt = joiner.match(sentence, run.end())
    if nxt is None:
        return None
    for start in _name_starts(run):
        for end in (nxt.end(2), nxt.end(1)):
            if end < 0:
                continue
            text = sentence[start:end]
            ref = _club_ref(fold(_POSSESSIVE.sub("", text)), strong_clubs)
            if ref is not None:
                text = _POSSESSIVE.sub("", text)
                end = start + len(text)
                return Mention("C", start, end, text, name=ref.name, club_kind=ref.kind, squad=ref.squad)
    return None


def _name_starts(run: re.Match[str]) -> Iterator[int]:
    """Where a name read across the run's end may open: the run's start, then past each word of its head
    that names nothing ('Former Hearts of Oak coach Y', 'New Queen of the South boss Y': the club opens
    after 'Former', 'New'). A sentence's capital "The" opens the run, never the name ("The University of
    Chile announced …")."""
    words = _run_words(run.group(0))
    for i, (word_start, _, word) in enumerate(words):
        if i > 0 or word != "The":
            yield run.start() + word_start
        if i == len(words) - 1 or _fold_token(word) not in NOT_NAME:
            return


# "led Germany's Olympic team in Tokyo", "the women's side in Paris": a squad of a named team
# playing somewhere (a tournament's city), not a club cued by "team in"
_SQUAD_IN_PLACE = re.compile(
    r"\b(?:Olympic|national|women['’]s|youth|reserve|under-?\d\d|U-?\d\d)\s+"
    + TEAM_NOUN
    + r"\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _and_name(sentence: str, run: re.Match[str], strong_clubs: set[str] | None) -> Mention | None:
    """A team whose name holds 'and' ('Trinidad and Tobago', 'Bosnia and Herzegovina', 'the Sang et Or'), read
    across the run's end when the reference data knows the whole name: else a list of two."""
    return _name_across(_AND_WORDS, sentence, run, strong_clubs)


_COMPETITION = compile_quick(
    r"\b(?:Cups?|Nations|Leagues?|Trophy|Trophies|Shield|Championships?|Libertadores|Sudamericana|Copa|Coupe|Pokal|"
    r"Supercup|Super\s+Cup|Olympics|Games|Premiership|"
    # "MLS Next Pro" (the third tier), "MLS NEXT" (the academy league): no man's name ends them
    r"MLS\s+(?:Next|NEXT)|"
    # league names: "Primera Federación", "Primera RFEF", "Liga Portugal 2", "Segunda División" (not
    # "Bundesliga" and the like: one-word leagues sit in runs with names, and taking those out cost
    # unseen text a right fact)
    r"Liga|Primera|Segunda|Federaci[oó]n|RFEF|Divisi[oó]n|Division|Série|Serie|Ligue)\b"
)


def _competition_beside(sentence: str, run: re.Match[str], team: Mention) -> bool:
    """'the DFB Cup', 'Primera RFEF': a competition word in the run beside the federation's name (not
    'The RFEF' alone, the federation itself, whose acronym is also a league's word)."""
    return bool(_COMPETITION.search(f"{sentence[run.start() : team.start]} {sentence[team.end : run.end()]}"))


_PLACE_BEFORE = re.compile(r"\b(?:in|across|throughout|hosted\s+by)\s+(?:the\s+)?$")
# "returns to Brazil", "follows him back to Sweden", "a return to Spain for family reasons": the country he
# goes home to, a place (not "returns to Ghana as head coach": the post told there)
_HOME_BEFORE = re.compile(r"\b(?:back|return(?:s|ed|ing)?(?:\s+home)?)\s+to\s+$")
# "follows him to England", "goes with Lammers to Serbia": an aide moving with his boss now, as the story's
# news, to the country of the boss's new club, a place (not "follows him to Ghana as assistant coach": the
# post told there; nor a past move, "followed him to Ivory Coast in 2017", often to the national team)
_FOLLOWED_TO = re.compile(
    r"\b(?:follows|following|accompanies|accompanying|(?:goes|going|moves|moving)\s+(?:along\s+)?with)\s+"
    r"(?:him|her|[A-Z][\w'’\-]+)\s+to\s+$"
)
_POST_AFTER_HOME = re.compile(r"\s+(?:as|to\s+(?:coach|manage|lead|take|become))\b")
# "UAE club Al Ain", "Qatar side Al-Arabi": a country naming where the club it qualifies plays
# "Before China he was coach at C", "In Italy, he coached A": a country opening the sentence as the place of
# what its subject did, not a team
_OPENING_PLACE = re.compile(r"\s*(?:In|Before|Prior\s+to)\s+\|,?\s+(?:he|she)\b")
_PLACE_OF_CLUB = re.compile(r"\s+(?:clubs?|sides?|outfits?|giants)\s+(?=[A-Z])")
# "the Russia 2018 World Cup", "Mexico City", "Kuwait City": an event or a city, not the team
_EVENT_AFTER = re.compile(r"\s+(?:\d{4}\b|World\s+Cup|Olympics|Euro\b|City\b)")
# "Italian club Roma", "the NWSL team in San Diego", "Bundesliga outfit Augsburg".
# "Dutch sides Excelsior and Roda JC", "the Norwegian trainer of Standard".
_CUE_WORDS = ("club", "side", "outfit", "team", "franchise", "manager", "coach", "boss", "trainer")
_CUE_HINT = re.compile("|".join(_CUE_WORDS))  # one scan instead of a substring test per word
_CLUB_CUE = re.compile(
    r"\b(?:(?:club|side|outfit|team|franchise)\s+(?:(?:in|from|based\s+in)\s+)?|(?:clubs|sides|outfits)\s+"
    r"|(?:manager|coach|boss|trainer)\s+(?:of|at)\s+(?:the\s+)?)$"
)


# "Nacional of Uruguay", "Simba of Tanzania": a club alias, then the country it plays in
_OF_COUNTRY = re.compile(rf" of (?:the )?({_WORD}(?:\s+{_WORD}){{0,2}})")


def _club_of_country(sentence: str, run: re.Match[str]) -> tuple[Mention | None, int] | None:
    """'<club alias> of <country>' ('Al Hilal of Sudan', 'Liverpool of Uruguay'): the one club of
    that country the alias names, spanning the country too; (None, end) where the alias names a
    club but none (or several) of that country, so neither a wrong club nor the national team is
    read; None where the run names no club at all."""
    nxt = _OF_COUNTRY.match(sentence, run.end())
    text = run.group(0)
    key = fold(text[4:] if text.startswith("The ") else text)
    if nxt is None or not (key in club_index() or key in context_club_aliases()):
        return None
    named = _country_after_of(nxt)
    if named is None:
        return None
    country, end = named
    own = club_index().get(key)
    if own is not None and own.kind == "national":
        return None  # "England of 1966"
    found = {ref for ref, names in country_club_names().get(country.name, ()) if _names_hold(names, key)}
    if len(found) != 1:
        return None, end
    ref = found.pop()
    return Mention("C", run.start(), end, sentence[run.start() : end], name=ref.name, club_kind="club"), end


def _country_after_of(nxt: re.Match[str]) -> tuple[ClubRef, int] | None:
    """The country an _OF_COUNTRY match names (its longest opening words naming a national team, not
    one of its squads) and where that name ends; None if its words name no country."""
    words = nxt.group(1).split()
    for n in range(len(words), 0, -1):
        country = club_index().get(fold(" ".join(words[:n])))
        if country is not None and country.kind == "national" and country.squad is None:
            return country, nxt.start(1) + len(" ".join(words[:n]))
    return None


def _nickname_of_country(sentence: str, run: re.Match[str]) -> Mention | None:
    """'the Cranes of Uganda', 'the Pharaohs of Egypt': a national team's own nickname (a context alias
    too), then its country: that country's team, one mention over both."""
    nxt = _OF_COUNTRY.match(sentence, run.end())
    if nxt is None:
        return None
    text = _POSSESSIVE.sub("", run.group(0))
    key = fold(text[4:] if text.startswith("The ") else text)
    owners = {r.name for k in (key, f"the {key}") for r in context_club_owners().get(k, ())}
    strong = club_index().get(key)
    if strong is not None and strong.kind == "national" and strong.squad is None:
        owners.add(strong.name)
    named = _country_after_of(nxt) if owners else None
    if named is None or named[0].name not in owners:
        return None
    country, end = named
    return Mention(
        "C", run.start(), end, sentence[run.start() : end], name=country.name, club_kind="national"
    )


def _names_hold(names: frozenset[str], key: str) -> bool:
    """Whether one of a club's folded names is `key` or holds it as whole words ('liverpool montevideo')."""
    return key in names or any(f" {key} " in f" {name} " for name in names)


# "the exoneration from the role of head coach of X" (translated Italian "dall'incarico di allenatore di"):
# the post, then whose it was
_POST_THEN_HOLDER = re.compile(
    r"\b(?:role|post|position|office|duties|functions|charge)\s+of\s+(?:head\s+|first-team\s+)?"
    r"(?:coach|manager|trainer)\s+of\s+$",
    re.IGNORECASE,
)


# "co-trainer of Ralf Rangnick", "assistant manager of X", "physical trainer of X", "second coach of X": an
# aide's title, whose "of" names his boss
# "took over the team from X", "takes over the Under-17 side from X": X is the man before him, no club
_TAKEN_OVER_FROM = re.compile(
    r"\bover\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:club|side|outfit|team|franchise)\s+from\s+$"
)
_AIDE_OF_CUE = re.compile(
    r"\b(?:co-|(?:assistant|deputy|second|physical|athletic|fitness|conditioning|goalkeep(?:ing|er))\s+)"
    r"(?:coach|manager|trainer)\s+of\s+$",
    re.IGNORECASE,
)


# the head coach's titles a club's name may stand before ("Kelbridge coach X", "the former A and B manager")
_COACH_TITLE = r"(?:manager|boss|(?:head\s+)?coach|trainer)"
# "Coleraine manager Oran Kearney": a role word and a name after a club's context-only alias
_ROLE_AFTER = re.compile(r"\s+" + _COACH_TITLE + r"\s+[A-Z]")
# "confirmed as Coleraine manager", "was named Ballymena boss": the alias as the title a man is given,
# the role word after it and a naming word before it (no name follows: the man is the clause's subject)
_ROLE_NOUN_AFTER = re.compile(r"\s+(?:manager|boss|head\s+coach)\b")
_GIVEN_TITLE_BEFORE = re.compile(r"\b(?:as|named|appointed|became|becomes|become|new)\s+$")
# "Jordan's national team", "Jordan women's team": a national side's words right after a name
_TEAM_OF_COUNTRY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:national|women['’]s|men['’]s|youth|Olympic|under-?\d\d|U-?\d\d)\s+(?:national\s+)?"
    + TEAM_NOUN
    + r"s?\b",
    re.IGNORECASE,
)


def _place_not_team(sentence: str, start: int, end: int) -> bool:
    """'in Russia', 'across the Netherlands': the country as a place; not 'assistant of Tite in the Brazil
    national team', where the team's words follow the name."""
    home = _HOME_BEFORE.search(sentence, max(0, start - 24), start)
    if (home or _FOLLOWED_TO.search(sentence, max(0, start - 40), start)) and not _POST_AFTER_HOME.match(
        sentence, end
    ):
        return not _TEAM_OF_COUNTRY_AFTER.match(sentence, end)
    return bool(
        _PLACE_BEFORE.search(sentence, max(0, start - 10), start)
    ) and not _TEAM_OF_COUNTRY_AFTER.match(sentence, end)


def _national_alias(run: re.Match[str], text: str) -> list[Mention]:
    """A context-only alias of a national team ('Jordan', a given name too) before its team's words."""
    return _sole_context_owner(run.start(), _POSSESSIVE.sub("", text), national_only=True)


# "Former Lincoln boss X", "Ex-Lincoln manager X": the word opening the sentence is not the alias's
_FORMER_OPENING = re.compile(r"(?:Former\s+|Ex-)(?=\S)")


def _given_title(sentence: str, run: re.Match[str]) -> bool:
    """Whether the run is a club's name in a title a man is given ('was named Ballymena boss'); not a word
    many clubs share ('named United manager': which United the story's other clubs must tell)."""
    return bool(
        fold(run.group(0)) not in _GENERIC_ALIASES
        and _ROLE_NOUN_AFTER.match(sentence, run.end())
        and _GIVEN_TITLE_BEFORE.search(sentence, max(0, run.start() - 12), run.start())
    )


# "the former Carlisle and Northampton manager", "a former Lincoln boss,": the clubs a past title names, each
# run between "former" and the title in a list of names (no holder's name need follow, unlike `_ROLE_AFTER`):
# a town told there is the club the title was held at, as a career verb makes it ("managed Lincoln")
_FORMER_BEFORE = re.compile(
    r"\b(?:former|ex-)\s*(?:(?:[A-ZÀ-Þ][\w.'’-]*\s+){0,2}[A-ZÀ-Þ][\w.'’-]*(?:\s*,|\s+and|\s*&)\s+)*$"
)
_TITLE_AFTER_LIST = re.compile(
    r"(?:\s*(?:,|\s+and|\s*&)\s+(?:[A-ZÀ-Þ][\w.'’-]*\s+){0,2}[A-ZÀ-Þ][\w.'’-]*)*\s+" + _COACH_TITLE + r"\b"
)


def _former_title(sentence: str, run: re.Match[str]) -> bool:
    """Whether the run is one of the clubs of a past title: 'the former Carlisle and Northampton manager'."""
    return bool(
        fold(run.group(0)) not in _GENERIC_ALIASES
        and _TITLE_AFTER_LIST.match(sentence, run.end())
        and _FORMER_BEFORE.search(sentence, max(0, run.start() - 80), run.start())
    )


# club aliases that also open a backroom title before "coach" ("Athletic coach X": the fitness coach)
_TITLE_WORDS_BEFORE_COACH = frozenset({"athletic"})
_FORMER_JUST_BEFORE = re.compile(r"\b(?:former|ex-)\s*$", re.IGNORECASE)


def _past_post_aside(sentence: str, run: re.Match[str], found: list[Mention]) -> list[Mention]:
    """`found`, marked never the story's club where the title is a past one ('former Kelbridge coach X',
    'Former Kelbridge trainer X'): where the man was, as a club told by its town ('at Gosford') is."""
    if _FORMER_OPENING.match(run.group(0)) or _FORMER_JUST_BEFORE.search(
        sentence, max(0, run.start() - 8), run.start()
    ):
        return [replace(m, by_town=True) for m in found]
    return found


def _unknown_club_of_former_title(
    sentence: str, run: re.Match[str], strong_clubs: set[str] | None
) -> list[Mention]:
    """'former Marnock coach Tomas Vereker', 'Ex-Kelbury trainer X': one word the reference data lacks between
    'former' and a coach's title with its holder's name after it is the club he coached, as a listed club's
    word there is ('former Lokeren coach X'); not a nationality ('former Dutch coach X'), a place, a
    competition's or a squad's word, nor a plural nickname ('former Gulls boss X'), nor a word of the
    name of a club the article names ('former Dinamo coach X' in a story of
    Dinamo Bucharest), which coreference reads."""
    text, start = run.group(0), run.start()
    former = _FORMER_OPENING.match(text)
    if former:
        text, start = text[former.end() :], start + former.end()
    key = fold(text)
    if (
        " " in text.strip()
        or not _FORMER_JUST_BEFORE.search(sentence, max(0, start - 8), start)
        or not _ROLE_AFTER.match(sentence, run.end())
        or key in DEMONYM_WORDS
        or key in NOT_NAME
        or key in place_names()
        or key in mens_team_nicknames()
        or any(key in fold(club).split() and fold(club) != key for club in strong_clubs or ())
        or "the " + key in context_club_owners()
        or _PLURAL_WORD.fullmatch(text)
        or _COMPETITION.search(text)
        or squad_mentions(text)
    ):
        return []
    return [Mention("C", start, start + len(text), text, name=text)]


def _context_alias_before_role(run: re.Match[str]) -> list[Mention]:
    """A context-only alias one club owns, used as the title of that club's manager: that club."""
    text, start = run.group(0), run.start()
    former = _FORMER_OPENING.match(text)
    if former:
        text, start = text[former.end() :], start + former.end()
        if fold(text) in _GENERIC_ALIASES:
            return []  # "Former United boss X": which United the story does not say
    return _sole_context_owner(start, text)


# what a club does as its sentence's subject and a man seldom does: hire, sack or present a coach ("Inter has
# officialised X", "Odd have appointed X", "Monterrey presented this Thursday X as new coach"), or, in
# translated copy, make a hiring official, renew a coach's deal or tell the new coach it will have
# ("Guadalajara made official on Monday the hiring of X", "Sporting renewed the contract with the coach",
# "Viking will have a new head coach next season")
_CLUB_ACTS_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:officially\s+)?(?:officiali[sz]ed|appointed|hired|sacked|fired|presented|"
    r"unveiled|parted\s+(?:ways|company)\s+with|made\s+official|formali[sz]ed"
    r"|(?:extended|renewed)\s+the\s+(?:contract|deal)\s+(?:of|with)"
    r"|will\s+have\s+a\s+new\s+(?:head\s+)?(?:coach|manager|trainer))\b"
)


def _acts_as_club(sentence: str, run: re.Match[str]) -> bool:
    """Whether the run is the subject of a club's act on its coach ('Inter has officialised X'), or of one
    on a man named after it ('Pontedera and X part ways': a town's club the reference lists by its full
    name, whose town the lead reading of an unlisted club leaves to the alias readings)."""
    return bool(_CLUB_ACTS_AFTER.match(sentence, run.end()) or _ACT_ON_NAMED_MAN.match(sentence, run.end()))


# a club's act on a man named right after it: "has extended the contract of head coach X", "has made official
# on Monday the arrival of X", "have parted company with manager X", "and X part ways" (a man named after the
# act: "Zamparini dismissed him", "X parted company with Dynamo Dresden" tell a man's act, not a club's)
_ACT_ON_NAMED_MAN = re.compile(
    r"\s+(?:(?:has|have)\s+)?(?:officially\s+)?(?:"
    r"(?:officiali[sz]ed|formali[sz]ed|made\s+official|announced|confirmed)" + TIME_BETWEEN + r"\s+the\s+"
    r"(?:arrival|hiring|appointment|signing|dismissal|departure|exit|return)\s+of"
    r"|(?:extended|renewed|terminated)" + TIME_BETWEEN + r"\s+the\s+(?:contract|deal)\s+of"
    r"|(?:appointed|hired|sacked|fired|dismissed|presented|unveiled|named|relieved)"
    + TIME_BETWEEN
    + r"|(?:parted\s+(?:ways|company)|separated)"
    + TIME_BETWEEN
    + r"\s+(?:with|from)"
    r")\s+(?:(?:its|their)\s+)?(?:(?:new|head|first-team)\s+)?(?:(?:coach|manager|trainer)\s+)?(?-i:[A-Z])"
    r"|\s+and\s+(?:(?:head\s+)?coach\s+|manager\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
    r"\s+(?:have\s+)?part(?:ed)?\s+(?:ways|company)\b"
)


@lru_cache(maxsize=1)
def _alias_words() -> frozenset[str]:
    """Every word of the reference's club names and aliases ('varna' of Cherno More Varna): a town or a
    short name the alias readings take to a listed club."""
    return frozenset(word for key in (*club_index(), *context_club_aliases()) for word in key.split())


def _spelled_out(initials: str, article: str) -> bool:
    """Whether a capitalised run of the article has `initials` as its words' first letters (a word in
    capitals gives all its letters: 'San Antonio FC' spells 'SAFC')."""
    return any(
        "".join(w if w.isupper() else w[0] for w in run.group(0).split()) == initials
        for run in CAP_RUN.finditer(article)
        if " " in run.group(0)
    )


# the lead's subject: one name word, after a club's form in capitals or none ("HIFK", "Pontedera",
# "SO Cholet")
_LEAD_SUBJECT_NAME = re.compile(rf"\s*((?:[{_UPPER}]{{2,4}}\s+)?[{_UPPER}][\w'’\-]*)")


def lead_club_acting(sentence: str, found: list[Mention], article: str) -> list[Mention]:
    """`found`, with the lead's subject read as a club the reference data lacks where it acts on a man named
    after it as only a club does: 'HIFK has extended the contract of head coach X', 'Pontedera and X part
    ways', 'SO Cholet has made official the arrival of X' (the story's club, which it names so again). Not a
    name the reference knows (a man's, or a word of a listed club's name, left to the alias readings), nor the
    initials of a name the article spells out ('SAFC' beside 'San Antonio FC')."""
    longer = _THREE_NAME_WORDS.match(sentence)
    if longer is not None and _ACT_ON_NAMED_MAN.match(sentence, longer.end()):
        return _alias_inside_a_name(sentence, found, *longer.span(1))
    subject = _LEAD_SUBJECT_NAME.match(sentence)
    if subject is None or not _ACT_ON_NAMED_MAN.match(sentence, subject.end()):
        return found
    if subject.group(1).isupper() and _spelled_out(subject.group(1), article):
        return found
    start, end = subject.span(1)
    covering = [m for m in found if m.start < end and start < m.end]
    if any(m.kind != "P" or m.end != end for m in covering):
        return found  # a known club, or a man named past the word
    word = fold(sentence[start:end].split()[-1])
    if (
        word in NOT_NAME
        or word in DEMONYM_WORDS
        or word in _alias_words()
        or word in coach_surnames()
        or any(m.name in known_coaches() or fold(m.name) in known_non_coaches() for m in covering)
    ):
        return found
    club = Mention("C", start, end, sentence[start:end], name=sentence[start:end])
    return sorted([m for m in found if m not in covering] + [club], key=lambda m: m.start)


# a lead's subject of three name words ("Alma Juventus Fano")
_THREE_NAME_WORDS = re.compile(rf"\s*([{_UPPER}][\w'’\-]*\s+[{_UPPER}][\w'’\-]*\s+[{_UPPER}][\w'’\-]*)")


def _alias_inside_a_name(sentence: str, found: list[Mention], start: int, end: int) -> list[Mention]:
    """`found`, with a listed club's alias set between two more name words of the lead's acting subject read
    as one unknown club of all three: 'Alma Juventus Fano have relieved coach X' is Fano's club, not
    Juventus (a club named with its town after it alone, 'Brann Bergen', stays the listed club)."""
    covering = [m for m in found if m.start < end and start < m.end]
    kinds = [m.kind for m in covering]
    if kinds != ["P", "C", "P"] or covering[0].start != start or covering[-1].end != end:
        return found
    if any(" " in m.text.strip() or m.name in known_coaches() for m in covering):
        return found
    club = Mention("C", start, end, sentence[start:end], name=sentence[start:end])
    return sorted([m for m in found if m not in covering] + [club], key=lambda m: m.start)


def _unclaimed_context_owner(start: int, alias: str, strong_clubs: Collection[str]) -> list[Mention]:
    """The one club owning the context-only `alias` ('Inter', 'Odd', 'Monterrey') where the article names
    no club in full that holds the word ('Inter Miami', 'CF Monterrey' named otherwise): a short name the
    club's own press uses for it, read as that club when the text makes it one."""
    key = fold(alias)
    if alias.isupper():
        return []  # initials ('PSM', 'FPF') may be any body's, a club's or a federation's
    word = re.compile(rf"\b{re.escape(key)}\b")
    if any(word.search(fold(club)) for club in strong_clubs):
        return []
    return _sole_context_owner(start, alias)


def _official_name(run: re.Match[str]) -> list[Mention]:
    """A club written out in its official name whose short form initials the club-form words: 'Vitória Sport
    Clube' (Vitória SC), 'Renaissance Sportive de Berkane' (RS Berkane), as clubs' own statements and
    translated copy write it; the one known club that short form names, else nothing."""
    tokens = _run_words(run.group(0))
    if tokens[0][2] == "The":  # "The Renaissance Sportive de Berkane has prolonged …"
        tokens = tokens[1:]
    for short in _initialled_forms([w for _, _, w in tokens]):
        ref = club_index().get(fold(short))
        if ref is not None:
            start = run.start() + tokens[0][0]
            text = run.group(0)[tokens[0][0] :]
            return [Mention("C", start, run.end(), text, name=ref.name, club_kind=ref.kind, squad=ref.squad)]
    return []


def _initialled_forms(words: list[str]) -> Iterator[str]:
    """Short forms of a name with two or three capitalised words made initials: its leading words before
    the rest ('RS Berkane', particles dropped) or its trailing words after its first ('Vitória SC')."""
    for k in (2, 3):
        head, rest = words[:k], [w for w in words[k:] if w.lower() not in _NAME_PARTICLES]
        if rest and all(w[:1].isupper() for w in head):
            yield "".join(w[0] for w in head) + " " + " ".join(rest)
        lead, tail = words[:-k], words[-k:]
        if lead and all(w[:1].isupper() for w in tail):
            yield " ".join(lead) + " " + "".join(w[0] for w in tail)


def _sole_context_owner(
    start: int, alias: str, national_only: bool = False, among: Collection[str] | None = None
) -> list[Mention]:
    """The club (or national team; or club of `among`) that alone owns the context-only `alias`
    written at `start`."""
    if fold(alias) in shared_strong_aliases():
        return []  # "the rossoneri": a club wears it as its own name, so no one wearer owns it alone
    owners = context_club_owners().get(fold(alias), ())
    owners = [
        r
        for r in owners
        if (not national_only or r.kind == "national") and (among is None or r.name in among)
    ]
    if len(owners) != 1:
        return []
    ref, end = owners[0], start + len(alias)
    return [Mention("C", start, end, alias, name=ref.name, club_kind=ref.kind, squad=ref.squad)]


# "the B team", "the II side": a squad's letter, not a club's name
_LETTER_SQUAD = re.compile(r"(?:B|C|II)[-\s]" + TEAM_NOUN + r"s?\b")


# the last word of a ground's name: "at the Red Bull Arena" names a ground, not a club
_UNKNOWN_GROUND_WORDS = frozenset({"arena", "stadium"})


def _cued_club(sentence: str, run: re.Match[str], strong_clubs: set[str] | None) -> Mention | None:
    text = _POSSESSIVE.sub("", run.group(0))
    words = fold(text).split()
    if not words or words[0] in NOT_NAME or len(words) > 4:
        return None
    # ("coach of the Sub 20": the squad's number follows the capitalised run)
    if (
        _SQUAD_RE.match(lower_text(sentence[run.start() : run.end() + 4]))
        or fold(text) in clubless_squad_aliases()
    ):
        return None  # "coach of the U-20 Women's National Team", "trainer of the Primavera": a squad
    if _LETTER_SQUAD.match(sentence, run.start()):
        return None  # "coach of the B team": a squad letter before "team", no club called "B"
    ref = _club_ref(fold(text), strong_clubs)
    if ref is None:  # "trainer of Standard", "Dutch sides Excelsior": the one club owning the alias
        key = fold(text)
        owners = () if key in shared_strong_aliases() else context_club_owners().get(key, ())
        ref = owners[0] if len(owners) == 1 and key not in _GENERIC_ALIASES else None
    if ref is None and words[-1] in _UNKNOWN_GROUND_WORDS:
        return None  # "co-trainer at the Red Bull Arena": a ground no club of ours plays at, no club
    if ref is None and _nickname_after_the(sentence, run.start(), words):
        return None  # "the new coach of the Lancers", "of the Costa Rican selection": no club of that name
    if ref is not None:
        return Mention(
            "C",
            run.start(),
            run.start() + len(text),
            text,
            name=ref.name,
            club_kind=ref.kind,
            squad=ref.squad,
        )
    return Mention("C", run.start(), run.start() + len(text), text, name=text)


def _nickname_after_the(sentence: str, start: int, words: list[str]) -> bool:
    """An unknown name after 'the' with no club word ('coach of the Lancers', 'the Blanquirroja', 'the
    Rouge et Noir', 'the Costa Rican selection'): a nickname of a side or a people's name, which the
    press writes with 'the', not a club's own name ('coach of Nchalo United', 'of the Nchalo Rangers',
    'of the Peninsula Power' keep theirs)."""
    if sentence[max(0, start - 4) : start].lower() != "the " or any(
        w in CLUB_SUFFIXES or w in CLUB_PREFIXES for w in words
    ):
        return False
    # a nickname is one word ("the Lancers", "the Rouge et Noir") or a people's name before a side's noun
    # ("the Costa Rican selection"); "the Peninsula Power", "the Joondalup Wolves" are clubs' own names,
    # written with "the" as Australian, American and Asian clubs are
    end = start + len(" ".join(words))
    return len(words) == 1 or bool(_SIDE_NOUN_AFTER.match(sentence, end))


# "the Costa Rican selection", "the Castle club": the side's noun after a people's or a place's name
_SIDE_NOUN_AFTER = re.compile(r"\S*\s+(?:selection|club|side|team|squad|national)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _fold_token(token: str) -> str:
    return fold(_POSSESSIVE.sub("", token))


@lru_cache(maxsize=1 << 16)
def _word_info(token: str) -> tuple[str, int, bool, bool]:
    """What the run splitters ask of a token, in one memoised look-up (tokens recur across runs):
    (its folded form, the most words of a club alias it may open — 0 if none —, a name particle,
    a word that ends a name)."""
    word = _fold_token(token)
    heads = _alias_heads()
    # a hyphenated token ("Rot-Weiss", "Oud-Heverlee") may start an alias of more tokens
    first = word.split(" ", 1)[0]
    head = heads.get(word, 0) or (heads.get(first, 0) if first != word else 0)
    particle, breaks = _token_kind(token, word)
    return word, head, particle, breaks


@lru_cache(maxsize=1 << 14)
def _inert(token: str) -> bool:
    """A lone capitalised word that is a stop word, alone is no club alias and is no club word:
    as a run of its own it yields no mention (most runs are such sentence openers)."""
    word = _fold_token(token)
    return (
        word in NOT_NAME
        and word not in CLUB_SUFFIXES
        and word not in CLUB_PREFIXES
        and (not _alias_heads().get(word) or _opens_only_longer_aliases(token, word))
    )


def _opens_only_longer_aliases(token: str, word: str) -> bool:
    """'The', 'German', 'Football': a word that opens club aliases ('the Canaries', 'German
    national team') but, alone, is no alias any look-up of a lone run could take."""
    return (
        " " not in word  # "The-X" would be looked up as "x" too
        and not _EX_PREFIX.match(token)
        and word not in _EAST_ASIAN_SURNAMES
        and all(key not in club_index() for key in (word, fold(token)))
        and all(key not in context_club_aliases() for key in (word, fold(token)))
        and all(key not in context_club_owners() for key in (word, fold(token)))
    )


@lru_cache(maxsize=1)
def _place_heads() -> dict[str, tuple[int, ...]]:
    """First word of every place name of several words → their lengths in words, longest first
    ('porto' → (2,) for Porto Alegre): a city named so is no club named by its first word."""
    heads: dict[str, set[int]] = {}
    for place in place_names():
        words = place.split()
        if len(words) > 1:
            heads.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in heads.items()}


def _place_at(folded: list[str], i: int) -> int:
    """How many tokens from `i` on name a place of several words ('Porto Alegre', 'Rio de Janeiro')."""
    for n in _place_heads().get(folded[i], ()):
        if " ".join(w for w in folded[i : i + n] if w) in place_names():
            return n
    return 0


@lru_cache(maxsize=1)
def _alias_heads() -> dict[str, int]:
    """First word of every club alias → the most words an alias starting with it has."""
    heads: dict[str, int] = {}
    for key in (*club_index(), *context_club_aliases()):
        words = key.split()
        if words:
            heads[words[0]] = max(heads.get(words[0], 0), len(words))
    return heads


# a club alias found at a token: (the token after it, start, end of its text, that text, the club)
_ClubAt = tuple[int, int, int, str, ClubRef]
_Tokens = list[tuple[int, int, str]]


def _split_run(sentence: str, tokens: _Tokens, strong_clubs: set[str] | None) -> list[Mention]:
    """A run of capitalised tokens split into club mentions (the longest alias at each token) and
    what lies between them (unknown clubs and people)."""
    infos = [_word_info(t[2]) for t in tokens]
    if not any(info[1] for info in infos):  # no token opens a club alias: all free text
        return _free_mentions(sentence, tokens, infos)
    heads = _alias_heads()
    folded = [info[0] for info in infos]
    out: list[Mention] = []
    i, free_start = 0, 0
    n = len(tokens)
    while i < n:
        club = _longest_club_at(sentence, tokens, folded, infos[i][1], i, strong_clubs)
        place = _place_at(folded, i)
        if place and (club is None or club[0] - i < place):  # "left Porto Alegre": the city, not FC Porto
            out.extend(_free_mentions(sentence, tokens[free_start:i], infos[free_start:i]))
            if _club_word_after(folded, i + place):
                # "Ho Chi Minh City FC", "Porto Alegre FC": the city's club, one the reference does not list
                out.extend(_free_mentions(sentence, tokens[i : i + place + 1], infos[i : i + place + 1]))
                place += 1
            i = free_start = i + place
            continue
        if club is None:
            i += 1
            continue
        if (
            i > free_start
            and club[0] == i + 1
            and folded[i] in CLUB_SUFFIXES
            and folded[i - 1] not in NOT_NAME
        ):
            i += 1  # "Bristol Rangers", "Nchalo United": a place plus a suffix, another club
            continue
        if _club_form_before_name(tokens, folded, infos, i, club):
            i += 1  # "US Pontevalle": the club form of France and Italy, not the United States
            continue
        if _town_alias_before_club_word(tokens, folded, club) and not _longest_club_at(
            sentence, tokens, folded, infos[club[0]][1], club[0], strong_clubs
        ):
            # "Coventry United": the town's other club, which the reference does not list ("Wydad Athletic
            # Club" is Wydad, its club word opening another alias)
            i = club[0]
            continue
        if (
            _club_word_ends_name(tokens, folded, i, free_start, club, heads)
            or _given_name_opens_name(sentence, tokens, folded, i, free_start, club, heads)
            or _hired_under_given_name(sentence, tokens, folded, i, free_start, club)
        ):
            break
        named_from = _sponsor_start(tokens, folded, i, free_start)
        out.extend(_free_mentions(sentence, tokens[free_start:named_from], infos[free_start:named_from]))
        j, start, end, squad = _club_extent(sentence, tokens, club)
        start = min(start, tokens[named_from][0])
        ref = club[4]
        if ref.kind == "national" and _country_told_as_place(sentence, start, end):
            i = free_start = j  # "in Russia", "the Russia 2018 World Cup", "UAE club X": a place, not a team
            continue
        out.append(
            Mention("C", start, end, sentence[start:end], name=ref.name, club_kind=ref.kind, squad=squad)
        )
        i = free_start = j
    out.extend(_free_mentions(sentence, tokens[free_start:n], infos[free_start:n]))
    return out


def _club_word_after(folded: list[str], j: int) -> bool:
    """Whether the run's token j is a club word closing a name ('FC', 'United') after a place's name."""
    return j < len(folded) and folded[j] in CLUB_SUFFIXES


# club words that make a town's name another club's ("Coventry United" beside "Coventry City", "Oxford City"
# beside "Oxford United"); not the forms ("FC", "CF") the press adds to a club's own name
_OTHER_CLUB_WORDS = frozenset(
    {"united", "city", "town", "rovers", "wanderers", "athletic", "albion", "county"}
)


def _town_alias_before_club_word(tokens: _Tokens, folded: list[str], club: _ClubAt) -> bool:
    """Whether a club's alias ('Coventry') runs on into a capitalised club word ('United') that the
    longest alias did not take: a club of that town the reference does not list, not the one it does."""
    j = club[0]
    return (
        club[4].kind == "club"
        and j < len(tokens)
        and folded[j] in _OTHER_CLUB_WORDS
        and tokens[j][2][:1].isupper()
        and tokens[j][0] - tokens[j - 1][1] == 1
    )


def _club_form_before_name(
    tokens: _Tokens, folded: list[str], infos: list[tuple[str, int, bool, bool]], i: int, club: _ClubAt
) -> bool:
    """'US Pontevalle', 'US Marvigny': a country's initials that are also a club form (Unione / Union
    Sportiva), alone, in capitals and before a name word that opens no club alias, begin an unknown
    club's name. 'US coach X', 'US Soccer', 'US Under-23' and 'US Open' keep the country (the word after
    is a stop word, an alias or a squad)."""
    if club[0] != i + 1 or club[4].kind != "national" or i + 1 >= len(tokens):
        return False
    token, word = tokens[i][2], folded[i]
    if not token.isupper() or word not in CLUB_PREFIXES:
        return False
    nxt, (after, opens_alias, particle, breaks) = tokens[i + 1][2], infos[i + 1]
    if opens_alias or particle or breaks or after in _COUNTRY_INSTITUTIONS:
        return False
    return nxt[:1].isupper() and nxt[1:].isalpha() and nxt[1:].islower()  # a name word: not "Under-23"


# what follows a country's initials in news without being a club: "the US Open", "a US Army officer"
_COUNTRY_INSTITUTIONS = frozenset(
    {"open", "army", "navy", "air", "embassy", "congress", "senate", "government"}
)


def _longest_club_at(
    sentence: str, tokens: _Tokens, folded: list[str], most: int, i: int, strong_clubs: set[str] | None
) -> _ClubAt | None:
    """The longest club alias (of at most `most` words) the run's tokens spell from token i (its
    possessive 's left out)."""
    for j in range(min(len(tokens), i + most), i, -1):  # longest alias first
        key = " ".join(w for w in folded[i:j] if w)
        ref = _club_ref(key, strong_clubs) or _second_team(tokens[j - 1][2], key, strong_clubs)
        if ref is not None:
            start, end = tokens[i][0], tokens[j - 1][1]
            text = _POSSESSIVE.sub("", sentence[start:end])
            return j, start, start + len(text), text, ref
    return None


# "Zenit-2", "Krylia Sovetov-2", "Dinamo-II": a club's second team named by a number joined to its name
_JOINED_TEAM_NUMBER = re.compile(r"-(?:2|II)$")


def _second_team(last_token: str, key: str, strong_clubs: set[str] | None) -> ClubRef | None:
    """The club's reserve side, when the run's last word joins '-2' to a club's alias (a score is spaced
    or has two numbers: "Zenit 2-1")."""
    number = _JOINED_TEAM_NUMBER.search(last_token)
    if number is None:
        return None
    ref = _club_ref(key[: -len(number.group(0))].rstrip(), strong_clubs)
    if ref is None or ref.kind != "club" or ref.squad is not None:
        return None
    return replace(ref, squad="reserve")


# endings only a club's name has ('Hatayspor', 'Konyaspor': Turkish 'spor', sport): never a man's surname,
# so a capitalised word before such a name is a sponsor's ('Atakaş Hatayspor', 'Torku Konyaspor')
_CLUB_ONLY_ENDINGS = ("spor",)


def _sponsor_start(tokens: _Tokens, folded: list[str], i: int, free_start: int) -> int:
    """The token where the name of the club at token i starts: before it, the run's free words that are
    its sponsor's name, part of the club's name as written ('Atakaş Hatayspor', 'the Demir Grup Sivasspor
    coach'), when the club's name has an ending only a club's has; they are plain name words, no owner's
    ('Vereker's Konyaspor'). Else i."""
    if i == free_start or not folded[i].endswith(_CLUB_ONLY_ENDINGS):
        return i
    k = i
    while k > max(free_start, i - 3) and _sponsor_word(tokens[k - 1][2], folded[k - 1]):
        k -= 1
    return k


def _sponsor_word(word: str, folded_word: str) -> bool:
    return folded_word not in NOT_NAME and not _POSSESSIVE.search(word)


def _club_word_ends_name(
    tokens: _Tokens, folded: list[str], i: int, free_start: int, club: _ClubAt, heads: dict[str, int]
) -> bool:
    """The club's words at token i are a person's surname closing the run ('Fernando Santos', 'Miguel
    dos Santos', 'Fernando Castro Santos'): the rest of the run is his name, no club."""
    if folded[i].endswith(_CLUB_ONLY_ENDINGS):
        return False  # "Atakaş Hatayspor": a sponsor's name before the club's, no man's given name
    n = len(tokens)
    if (
        i == n - 1
        and i > free_start
        and all(w in NOT_NAME for w in folded[free_start : i - 1])  # "The Portuguese Fernando Santos"
        and club[0] == n
        and club[4].kind == "club"
        and folded[i] not in CLUB_SUFFIXES
        and (
            (folded[i - 1] not in NOT_NAME and folded[i - 1] not in heads)
            or _accented_given_name(tokens[i - 1][2], folded[i - 1])  # "Germán Burgos"
        )
        and "-" not in tokens[i - 1][2]
    ):
        return True  # "Fernando Santos": a given name and a surname that is also a club's name
    if _particle_surname(tokens, folded, i, free_start, club[0] == n, heads):
        return True  # "Miguel dos Santos", "Jan van Genk": a particle ties the club word to a given name
    # "Fernando Castro Santos": two name words, then a surname that is also a club's name
    return _two_names_then_club(tokens, folded, i, free_start, club, heads)


# "have appointed German Burgos as head coach": a hiring verb right before the run, a title after it
_HIRED_BEFORE = re.compile(
    r"\b(?:appoint(?:s|ed)?|nam(?:es|ed)|hir(?:es|ed)|sack(?:s|ed)|dismiss(?:es|ed)|fired|unveil(?:s|ed))\s+$",
    re.IGNORECASE,
)
_AS_TITLE_AFTER = re.compile(r"\s+as\s+(?:(?:the|their|its|new|interim|head)\s+)*(?:coach|manager|boss)\b")


def _hired_under_given_name(
    sentence: str, tokens: _Tokens, folded: list[str], i: int, free_start: int, club: _ClubAt
) -> bool:
    """'Fulham have appointed German Burgos as head coach': a nationality word, unaccented, right before a
    surname that is also a club's name (Burgos CF), the two alone in the run, hired (or sacked) as a coach
    there: the man's given name and surname, no club ('lost to Spanish Valencia' stays the club)."""
    return (
        i == free_start + 1 == len(tokens) - 1
        and club[0] == len(tokens)
        and club[4].kind == "club"
        and folded[i - 1] in DEMONYM_WORDS
        and bool(_HIRED_BEFORE.search(sentence, max(0, tokens[i - 1][0] - 20), tokens[i - 1][0]))
        and bool(_AS_TITLE_AFTER.match(sentence, tokens[i][1]))
    )


# club aliases that are also common given names: "Milan" (AC Milan; Serbian, Czech and Slovak "Milan
# Rastavac", "Milan Baroš"), "Everton" (Everton FC; Brazilian "Everton Ribeiro"), "Chelsea" (a woman's name)
_GIVEN_NAME_ALIASES = frozenset({"milan", "everton", "chelsea"})


def _given_name_opens_name(
    sentence: str,
    tokens: _Tokens,
    folded: list[str],
    i: int,
    free_start: int,
    club: _ClubAt,
    heads: dict[str, int],
) -> bool:
    """'the coach Milan Rastavac': a club alias that is a given name opens a two-word run whose second word
    is no club's, squad's or suffix word: a man's full name, no club ('Milan Women', 'Inter Milan' stay
    clubs)."""
    n = len(tokens)
    if not (i == free_start == n - 2 and club[0] == i + 1 and folded[i] in _GIVEN_NAME_ALIASES):
        return False
    second = folded[i + 1]
    return (
        second not in heads
        and second not in CLUB_SUFFIXES
        and second not in NOT_NAME
        and not squad_mentions(tokens[i + 1][2])
        and not _POSSESSIVE.search(tokens[i + 1][2])
    )


def _club_extent(sentence: str, tokens: _Tokens, club: _ClubAt) -> tuple[int, int, int, str | None]:
    """(the token after it, start, end, squad) of a club mention with the words after its alias that
    belong to it: its long form ('Wydad Athletic Club'), a squad word ('Atletico B', 'Bayern II',
    'Manchester United Women') or a reserve's number ('Columbus Crew 2')."""
    j, start, end, text, ref = club
    n = len(tokens)
    if ref.kind == "club" and not text.endswith(("'", "’")):
        j, end = _with_club_form(tokens, j, end)
    squad = ref.squad
    if j < n and not text.endswith(("'", "’")):
        nxt = _POSSESSIVE.sub("", tokens[j][2])
        if nxt in ("B", "II", "C") or nxt.lower() in ("castilla",):
            squad, end, j = "reserve", tokens[j][0] + len(nxt), j + 1
        elif fold(nxt) in _WOMEN_WORDS and ref.kind == "club":
            squad, end, j = "women", tokens[j][0] + len(nxt), j + 1
    if squad is None and ref.kind == "club" and (numbered := _numbered_reserve(sentence, text, end)):
        squad, end = "reserve", numbered  # "Columbus Crew 2"
    return j, start, end, squad


def _country_told_as_place(sentence: str, start: int, end: int) -> bool:
    """A country's name at start:end told as a place, an event or a club's home, not its team."""
    return bool(
        _place_not_team(sentence, start, end)
        or _EVENT_AFTER.match(sentence, end)
        or _PLACE_OF_CLUB.match(sentence, end)
        or _OPENING_PLACE.match(sentence[:start] + "|" + sentence[end:])
    )


_NUMBER_AFTER = re.compile(r" (\d)\b(?![-–:.,]\d)")


def _numbered_reserve(sentence: str, text: str, end: int) -> int | None:
    """Where 'Columbus Crew 2', 'Houston Dynamo 2' ends: a reserve side named by a number, only where the
    reference lists that name (a bare number after a club is mostly a score)."""
    number = _NUMBER_AFTER.match(sentence, end)
    ref = club_index().get(fold(f"{text} {number.group(1)}")) if number else None
    return number.end() if ref is not None and ref.squad == "reserve" else None


# "Wydad Athletic Club", "Zamalek Sporting Club", "Arsenal Football Club": the club's long form, not
# another club ("Athletic Club" is also Bilbao's name)
_CLUB_FORM_CLOSERS = frozenset({"Club", "Clube", "FC", "SC", "AC"})
_CLUB_FORM_WORDS = _CLUB_FORM_CLOSERS | {"Athletic", "Sporting", "Sports", "Sport", "Football", "Futebol"}


def _with_club_form(tokens: list[tuple[int, int, str]], j: int, end: int) -> tuple[int, int]:
    """The run end past the words of a club's long form after its name, if they close with 'Club'."""
    k = j
    while k < len(tokens) and tokens[k][2] in _CLUB_FORM_WORDS:
        k += 1
        if tokens[k - 1][2] in _CLUB_FORM_CLOSERS:
            return k, tokens[k - 1][1]
    return j, end


def _particle_surname(
    tokens: list[tuple[int, int, str]], folded: list[str], i: int, free_start: int, to_end: bool, heads: dict
) -> bool:
    """A club word that closes a run after 'Given dos/da/van': the surname of 'Given dos Surname'."""
    return (
        to_end
        and i == free_start + 2
        and tokens[i - 1][2] in _NAME_PARTICLES  # lower case as written: "dos", not "Dos"
        and tokens[i - 2][2][:1].isupper()
        and folded[i - 2] not in NOT_NAME
        and folded[i - 2] not in heads
    )


def _two_names_then_club(
    tokens: list[tuple[int, int, str]], folded: list[str], i: int, free_start: int, club: tuple, heads: dict
) -> bool:
    """A one-word club name closing a run right after two free name words ('Fernando Castro Santos'):
    the last of three names, as the two-word 'Fernando Santos' is."""
    n = len(tokens)
    names = folded[i - 2 : i]
    return (
        i == n - 1
        and club[0] == n
        and club[4].kind == "club"
        and i >= free_start + 2
        and all(w in NOT_NAME for w in folded[free_start : i - 2])
        and folded[i] not in CLUB_SUFFIXES
        and all(w and w not in NOT_NAME and w not in heads for w in names)
        and all(t[2][:1].isupper() and t[2].isalpha() for t in tokens[i - 2 : i])
    )


_SENTINEL = (0, 0, "the")
_SENTINEL_INFO = ("the", 0, False, True)  # `_word_info("the")`: a stop word, no alias head


# a ground word that is also a surname ("Bruce Arena"); "Park" stays a ground ("Villa Park")
_SURNAME_GROUND_WORDS = frozenset({"arena"})
_NAME_AFTER = re.compile(
    r"\s*[,(]|\s+(?!(?:of|in|on|at|and|to|for|with|from|by)\b)[a-z]"
)  # a verb, not "Arena in"
_GROUND_BEFORE = re.compile(r"\b(?:the|at|in|to|from|'s|’s)\s+$", re.IGNORECASE)


def _ground_word_surname(
    sentence: str, group: list[tuple[int, int, str]], tok: tuple[int, int, str], word: str
) -> bool:
    """'Bruce Arena has …': a ground word after one free name word, then a verb or comma: a surname."""
    return (
        word in _SURNAME_GROUND_WORDS
        and len(group) == 1
        and tok[2][:1].isupper()
        and bool(_NAME_AFTER.match(sentence, tok[1]))
        and not _GROUND_BEFORE.search(sentence, max(0, group[0][0] - 8), group[0][0])
    )


# a capitalised stop word that ends a name mid-sentence: followed by punctuation, a lowercase word
# or the end ("Will Still and", "Will Still, who"), never by another capitalised word
_AFTER_SURNAME = re.compile(r"(?:[,.;:)]|\s+[a-z]|\s*$)")
_ADVERB_SURNAMES = frozenset({"still", "even", "yet", "now", "just"})


# Common Chinese and Korean family names, written first ("Li Tie", "Park Hang-seo", "Kim Sang-sik")
_EAST_ASIAN_SURNAMES = frozenset(
    """
li wang zhang liu chen yang zhao huang zhou wu xu sun zhu gao lin guo ma luo liang zheng xie tang
feng dong xiao cheng cao yuan deng shen peng jiang cai jia ding wei xue yan pan dai xia zhong tian
fan fang shi yao tan liao zou xiong hao kong cui mao qiu qin hou shao meng duan lei qian
kim lee park choi jung jeong kang cho yoon jang lim han seo shin kwon hwang ahn hong yoo moon son bae
baek heo nam noh kwak cha ryu jeon hyun
""".split()  # noqa: SIM905 — a word list reads best as text
)
_KOREAN_GIVEN = re.compile(r"\s+[A-Z][a-z]+-[a-z]+\b")  # "Hang-seo", "Ji-sung"


def _east_asian_name_word(
    sentence: str, group: list[tuple[int, int, str]], tok: tuple[int, int, str], word: str
) -> bool:
    """A capitalised stop word in an East Asian name: the given name after a family name that ends
    the name ('Li Tie as coach'), or a family name that is a ground word before a hyphenated Korean
    given name ('Park Hang-seo')."""
    if not tok[2][:1].isupper() or not _POSSESSIVE.sub("", tok[2]).isalpha():  # "Li Tie's assistant"
        return False
    if not group:  # the hyphenated given name is cue enough, even in a short title-like sentence
        return word in _EAST_ASIAN_SURNAMES and bool(_KOREAN_GIVEN.match(sentence, tok[1]))
    if _title_cased(sentence):
        return False
    return (
        len(group) == 1
        and fold(group[0][2]) in _EAST_ASIAN_SURNAMES
        and len(tok[2]) <= 5
        and bool(_AFTER_SURNAME.match(sentence, tok[1]))
    )


def _stop_word_surname(sentence: str, group: list[tuple[int, int, str]], tok: tuple[int, int, str]) -> bool:
    """'Will Still': an adverb-like word, capitalised in the middle of a normally cased sentence
    right after a one-word given name, is a surname (an adverb is never capitalised there)."""
    return (
        len(group) == 1
        and tok[0] > 0
        and tok[2][:1].isupper()
        and tok[2].lower().rstrip("'’s") in _ADVERB_SURNAMES
        and bool(_AFTER_SURNAME.match(sentence, tok[1]))
        and not _title_cased(sentence)
    )


# nationality adjectives that are also surnames ("Andy Welsh", "Mark French", "Lee English")
_DEMONYM_SURNAMES = frozenset({"welsh", "english", "french", "irish", "german"})
# what a nationality adjective describes when it is one ("Welsh football", "French players")
_ADJECTIVE_NOUN = re.compile(
    r"\s+(?:football|soccer|players?|clubs?|sides?|teams?|fans|supporters|media|press|game|coach(?:es)?|"
    r"managers?|boss|league|top|second|national|international|champions|giants|outfit|government|fa)\b"
)


def _demonym_surname(sentence: str, group: list[tuple[int, int, str]], tok: tuple[int, int, str]) -> bool:
    """'Bury manager Andy Welsh was sacked': a nationality word right after a one-word given name,
    then punctuation or a verb, is his surname (the adjective would describe a noun after it)."""
    return (
        len(group) == 1
        and tok[0] > 0
        and tok[2].istitle()
        and fold(tok[2]) in _DEMONYM_SURNAMES
        and bool(_AFTER_SURNAME.match(sentence, tok[1]))
        and not _ADJECTIVE_NOUN.match(sentence, tok[1])
        and not _title_cased(sentence)
    )


@lru_cache(maxsize=1 << 12)
def _title_cased(sentence: str) -> bool:
    """A headline in Title Case: most words capitalised."""
    words = re.findall(r"[A-Za-z][\w\-']*", sentence)
    return sum(w[0].isupper() for w in words) * 2 > len(words)


# a ground or road named after someone, after a preposition: "joined at Cormack Park by", "at Meadow Lane"
_NAMED_GROUND_WORDS = frozenset({"park", "road", "lane", "stadium", "ground"})
_PLACE_PREPOSITION = re.compile(r"\b(?:at|to|from|in|outside|near)\s+$", re.IGNORECASE)


def _ground_named_after(
    sentence: str, group: list[tuple[int, int, str]], tok: tuple[int, int, str], word: str
) -> bool:
    """'at Cormack Park': the name words before a ground word, right after a preposition, name the
    ground, not a person (the chairman Dave Cormack named elsewhere is not there)."""
    return (
        word in _NAMED_GROUND_WORDS
        and tok[0] - group[-1][1] == 1
        and bool(_PLACE_PREPOSITION.search(sentence, max(0, group[0][0] - 10), group[0][0]))
    )


# words that open a place's name, not a person's ("New York", "Los Angeles", "South Shields")
_PLACE_OPENERS = frozenset({"new", "los", "las", "north", "south", "east", "west"})


# an initial inside a capitalised run ("Yokohama F. Marinos", "Juan C. Osorio")
_INITIAL = re.compile(rf"[{_UPPER}]\.")


def _free_mentions(
    sentence: str, tokens: list[tuple[int, int, str]], infos: list[tuple[str, int, bool, bool]]
) -> list[Mention]:
    """Split what no club alias claimed into unknown clubs and person names.

    `infos` holds `_word_info` of each token (the caller has it already).
    """
    initial = next((k for k, t in enumerate(tokens) if _INITIAL.fullmatch(t[2])), None)
    if initial is not None:  # "Juan C. Osorio", no club: read as the two runs the full stop made before
        s, e, word = tokens[initial]
        before = [*tokens[:initial], (s, e - 1, word[:-1])]
        return _free_mentions(sentence, before, [*infos[:initial], _word_info(word[:-1])]) + _free_mentions(
            sentence, tokens[initial + 1 :], infos[initial + 1 :]
        )
    out: list[Mention] = []
    group: list[tuple[int, int, str]] = []
    after_new = False  # "New York", "Los Angeles": a place after "New" (clubs named so are aliases)
    for tok, (word, _, particle, breaks) in zip([*tokens, _SENTINEL], [*infos, _SENTINEL_INFO], strict=True):
        # (the sentinel flushes the last group)
        if group and particle:  # "Luis de la Fuente", "Roberto De Zerbi"
            group.append(tok)
            continue
        if breaks and not _stop_word_in_name(sentence, group, tok, word):
            if group:
                found = _classify(sentence, group)
                ground = _ground_named_after(sentence, group, tok, word)
                place = (
                    after_new and fold(group[0][2]) != _DEMONYM_AFTER_NEW
                )  # "New York", not "New Zealander"
                out.append(None if (place or ground) and found is not None and found.kind == "P" else found)
            group = []
            after_new = word in _PLACE_OPENERS
        else:
            group.append(tok)
    return [m for m in out if m is not None]


def _stop_word_in_name(
    sentence: str, group: list[tuple[int, int, str]], tok: tuple[int, int, str], word: str
) -> bool:
    """A stop word that is part of a name after all: 'Bruce Arena, the veteran coach' (a surname,
    no ground), 'former Reims coach Will Still and …' (a surname, no adverb), 'Li Tie as coach',
    'Park Hang-seo' (a family or given name)."""
    if len(group) > 1:
        return False  # each case needs one name word before it, or opens a name
    if not group:  # (set lookups first: this runs at every stop word of every capitalised run)
        if word in _EAST_ASIAN_SURNAMES and _east_asian_name_word(sentence, group, tok, word):
            return True
        return word in _NAME_LIKE_STOP_WORDS and (
            _titled_given_name(sentence, tok, word) or _untitled_given_name(sentence, tok, word)
        )
    return (
        _titled_surname(sentence, group, tok, word)
        or _ground_word_surname(sentence, group, tok, word)
        or _stop_word_surname(sentence, group, tok)
        or _demonym_surname(sentence, group, tok)
        or _east_asian_name_word(sentence, group, tok, word)
    )


# stop words that are also given names or surnames: weekdays ("Sunday Oliseh"), adverbs ("Even Vik"),
# ground words ("Kevin Park"), "Day", "Grand", nationalities ("Ciprian Moldovan")
_NAME_LIKE_STOP_WORDS = (
    frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
    | frozenset({"day", "grand", "park", "lane", "arena"})
    | _ADVERB_SURNAMES
    | DEMONYM_WORDS
)
# a coaching title right before a name: "goalkeeping coach Chris Day", "The physical trainer, Ciprian …"
_COACH_TITLE_BEFORE = re.compile(
    r"\b(?:coach|manager|boss|assistant|trainer|caretaker)\s*,?\s+$", re.IGNORECASE
)
# the surname after a given name that is a stop word: one more name word, then the name's end
_SURNAME_AFTER = re.compile(rf"\s+[{_UPPER}][\w'’-]+(?=[,.;:)]|\s+[a-z]|\s*$)")


def _titled(sentence: str, at: int, tok: tuple[int, int, str], word: str) -> bool:
    """A name-like stop word in a name that opens at `at` right after a coaching title written in
    lower case (so no headline's Title Case, where any word is capitalised)."""
    if word not in _NAME_LIKE_STOP_WORDS or not tok[2].istitle():
        return False
    title = _COACH_TITLE_BEFORE.search(sentence, max(0, at - 30), at)
    return title is not None and title.group(0)[:1].islower()


def _titled_surname(
    sentence: str, group: list[tuple[int, int, str]], tok: tuple[int, int, str], word: str
) -> bool:
    """'goalkeeping coach Chris Day stays on': after a coaching title, a name-like stop word right after
    one name word, then punctuation or a lowercase word, is his surname."""
    return (
        _titled(sentence, group[0][0], tok, word)
        and fold(group[0][2]) not in context_club_aliases()
        and bool(_AFTER_SURNAME.match(sentence, tok[1]))
        and not _ADJECTIVE_NOUN.match(sentence, tok[1])  # "coach Radu French football knows"
    )


def _titled_given_name(sentence: str, tok: tuple[int, int, str], word: str) -> bool:
    """'former coach Sunday Chidzambwa and …': after a coaching title, a name-like stop word before one
    more name word that ends the name is his given name."""
    if not _titled(sentence, tok[0], tok, word):
        return False
    after = _SURNAME_AFTER.match(sentence, tok[1])
    if after is None:
        return False
    surname = fold(after.group(0).strip())
    return surname not in NOT_NAME and surname not in _alias_heads() and surname not in context_club_aliases()


# weekdays and adverbs that are given names ("Sunday Oliseh", "Even Pellerud", "Just Fontaine")
_GIVEN_NAME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "even", "just"}
)
# the lowercase word right before such a name mid-sentence ("replaces Sunday X", "from Even X"), not the
# article or a word of time that makes a weekday a day ("on Sunday", "last Sunday", "the Sunday Post")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)\s+$")
_DAY_BEFORE = frozenset(
    {"on", "last", "next", "this", "that", "since", "until", "till", "by", "from", "before", "after", "every"}
    | {"each", "of", "late", "early", "through", "to", "and", "or", "between", "the", "a", "an", "all"}
    | {"following", "previous", "coming", "past"}
)
# the name's end after a weekday given name: a comma, "as", a possessive or a bracket ("confirmed Sunday X as
# head coach", "replaces Sunday X, who …"), not a verb ("announced Sunday X would leave": US wire copy)
_WEEKDAY_NAME_END = re.compile(rf"\s+[{_UPPER}][\w'’-]+(?=\s*[,(]|\s+as\b|['’]s\b)")


def _untitled_given_name(sentence: str, tok: tuple[int, int, str], word: str) -> bool:
    """'replaces Sunday Chidzambwa, who resigned', 'took over from Even Pellerud in 2015': mid-sentence, after
    a lowercase word (so no Title Case headline, where any word is capitalised), a weekday or adverb before
    one more name word that ends the name is his given name. A weekday needs no word of time before it and
    the name's end right after (a comma, 'as', a possessive)."""
    if word not in _GIVEN_NAME_WORDS or not tok[2].istitle():
        return False
    before = _LOWER_WORD_BEFORE.search(sentence, max(0, tok[0] - 30), tok[0])
    if before is None:
        return False
    weekday = word not in ("even", "just")
    if weekday and before.group(1) in _DAY_BEFORE:
        return False
    after = (_WEEKDAY_NAME_END if weekday else _SURNAME_AFTER).match(sentence, tok[1])
    if after is None:
        return False
    surname = fold(after.group(0).strip())
    return surname not in NOT_NAME and surname not in _alias_heads() and surname not in context_club_aliases()


def _accented_given_name(token: str, word: str) -> bool:
    """A word that folds to a nationality but is written with an accent: English writes its nationality
    words without one, so "Germán" (Burgos) is a given name, not "German"."""
    return word in DEMONYM_WORDS and not token.isascii()


def _token_kind(token: str, word: str) -> tuple[bool, bool]:
    """(a name particle, a word that ends a name: a stop word that is no club word) for a
    token and its folded form."""
    club_word = word in CLUB_SUFFIXES or (word in CLUB_PREFIXES and (len(word) > 3 or token.isupper()))
    stop = word in NOT_NAME and not club_word and not _accented_given_name(token, word)
    return token.lower() in _NAME_PARTICLES, stop or _hyphen_title(token, word)


def _hyphen_title(token: str, word: str) -> bool:
    """'Co-owner', 'Vice-president', 'Franco-Malian': a title or demonym joined by a hyphen, no name
    ('Kang-in', 'Dewsbury-Hall' are names: a short or a name-like last part)."""
    last = word.rsplit(" ", 1)[-1]
    return "-" in token and len(last) >= 4 and last in NOT_NAME


_ADJECTIVE_USE = re.compile(
    r"\s+(?:club|side|outfit|team|international|striker|forward|midfielder|defender|goalkeeper|"
    r"coach|manager|boss|tactician|champions|giants|league|football|government|federation|fa)\b"
)
_NAME_PARTICLES = frozenset(
    [
        "de",
        "del",
        "da",
        "dos",
        "das",
        "do",
        "van",
        "der",
        "den",
        "von",
        "ten",
        "ter",
        "di",
        "du",
        "le",
        "la",
        "los",  # "Carlos de los Cobos", "Pablo de las Heras"
        "las",
        "el",
        "y",
        "bin",
        "al",
        "'t",  # "John van 't Schip"
        "’t",
    ]
)


# One word that is nobody's name in normally cased prose: an acronym ("CFA", "ANSA", "BST"), a
# lone letter ("Group C"), a pronoun's contraction ("We're", "I've"), a people's plural name
# ("the Ivorians", "the Swabians", "Nigerians")
_NO_PERSON_WORD = re.compile(
    rf"[{_UPPER}][{_UPPER}\d]*|(?:I|We|You|They|It|That|There|He|She)['’](?:re|ve|ll|m|d|s)"
    r"|[A-Z][a-z]+(?:ians|eans|ayans)"
)
# "Akhisarspor", "Kasımpaşaspor": one word ending in -spor is a Turkish club
_SPOR_CLUB = re.compile(r"\w{3,}spor", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def shouted(sentence: str) -> bool:
    """A sentence written in capitals (a headline, a shouted quote): capitals say nothing there."""
    letters = [c for c in sentence if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 > len(letters)


# a body's acronym written right before a full name: "the president of the FSCG Dejan Savićević"
_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _past_acronym(group: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The name after a leading acronym ("FSCG Dejan Savićević"), with two name words after it
    (not "KIM Min Jae": a family name written in capitals)."""
    first = group[0][2] if group else ""
    if len(group) >= 3 and _ACRONYM.fullmatch(first) and first.lower() not in _EAST_ASIAN_SURNAMES:
        return group[1:]
    return group


def _past_bound_for(group: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The name after a leading 'Chelsea-bound' (a man's move told as his adjective)."""
    adjective = next((i for i, t in enumerate(group[:-1]) if _BOUND_FOR.search(t[2])), None)
    return group if adjective is None else group[adjective + 1 :]


# nationalities of two words whose first word breaks no name ("the Costa Rican Randall Chacón"), and the
# second word of "New Zealander" (the run breaks after "New"): his nationality, not his name
_TWO_WORD_DEMONYMS = frozenset(
    {"costa rican", "puerto rican", "sierra leonean", "cape verdean", "sri lankan"}
)
_DEMONYM_AFTER_NEW = "zealander"


def _past_demonym(group: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The name after a nationality of two words ('Costa Rican Randall Chacón', 'Zealander Tom Hale')."""
    if group and fold(group[0][2]) == _DEMONYM_AFTER_NEW:
        return group[1:]
    if len(group) >= 2 and f"{fold(group[0][2])} {fold(group[1][2])}" in _TWO_WORD_DEMONYMS:
        return group[2:]
    return group


# a capitalised word after "… Club" that makes the run a competition's name, not a club's
_AFTER_CLUB_COMPETITION = re.compile(r"\s+(?:Champions|World|Cup|Championship|League|Series|Trophy)\b")


def _competition_after_club_word(sentence: str, text: str, end: int) -> bool:
    """'the Arab Club Champions Cup': 'Club' closing the name only as a word of a competition's."""
    return text.rsplit(" ", 1)[-1].lower() == "club" and bool(_AFTER_CLUB_COMPETITION.match(sentence, end))


def _classify(sentence: str, group: list[tuple[int, int, str]]) -> Mention | None:
    group = _past_demonym(_past_acronym(group))
    while group and group[-1][2].lower() in _NAME_PARTICLES:
        group = group[:-1]
    if not group:
        return None
    named = _past_bound_for(group)
    if named is not group:  # the tag keeps the adjective ("to replace «P»"), the name leaves it out
        found = _classify(sentence, named)
        return replace(found, start=group[0][0]) if found is not None and found.kind == "P" else found
    start, end = group[0][0], group[-1][1]
    text = _POSSESSIVE.sub("", sentence[start:end])
    end = start + len(text)
    verdict = _verdict(text)
    if verdict is None:
        return None
    kind, name, lone = verdict
    if kind == "C" and _competition_after_club_word(sentence, text, end):
        return None  # "the Arab Club Champions Cup", "the FIFA Club World Cup": a competition's name
    if kind == "C":
        return Mention("C", start, end, text, name=name)
    if lone and _ADJECTIVE_USE.match(sentence, end):
        return None  # "Malawian club", "Italian coach": an adjective, not a name
    if len(group) == 1 and _NO_PERSON_WORD.fullmatch(text) and not shouted(sentence):
        return None  # "(CFA)", "Group C", "We're": an acronym, a letter, a contraction
    if len(group) == 1 and _plural_after_the(sentence, start, text):
        return None  # "The Hoops announced …": a club's nickname, nobody's name
    if _cited_source(sentence, start, end):
        return None  # "… (Belfast Telegraph).": the story's source, nobody's name
    if sentence.startswith("#", start - 1) and start > 0:
        return None  # "#StockportCounty", "#WelcomeMarco": a hashtag, a club's or a campaign's, no name
    if sentence[max(0, start - 4) : start].lower() == "the ":  # "The Special One", "the Happy One"
        name = coach_nicknames().get("the " + fold(name), name)
    return Mention("P", start, end, text, name=name, single=len(name.split()) == 1)


# one capitalised plural word: "Hoops", "Saxons", "Stars" (not "Marcus", "Ross": no plural)
_PLURAL_WORD = re.compile(r"[A-Z][a-z]+[^su'’]s")


def _plural_after_the(sentence: str, start: int, text: str) -> bool:
    """'The Dragons announced …', 'the Reds': a plural noun after 'the' names a side, never a person."""
    return sentence[max(0, start - 4) : start].lower() == "the " and bool(_PLURAL_WORD.fullmatch(text))


# words of newspapers, agencies and broadcasters cited as a story's source
_MEDIA_WORDS = frozenset(
    """
telegraph times sun mail post gazzetta corriere secolo marca as record kicker bild equipe l'equipe
guardian independent mirror express herald observer gazette tribune journal chronicle echo
standard press news sport tuttosport repubblica stampa mundo deportivo bola jogo reuters afp ap
ansa efe dpa pa bbc sky espn radio tv
""".split()  # noqa: SIM905 — a word list reads best as text
)
# a bracket closing a sentence: "… (Il Secolo XIX)." with nothing but its full stop after it
_BRACKET_END = re.compile(r"[^()]*\)[.!?\s]*$")


def _cited_source(sentence: str, start: int, end: int) -> bool:
    """'… sacked on Monday (Sun on Sunday).': a media name in brackets at a sentence's end cites the
    story's source (a bracketed person, '(Jürgen Klopp)' under a photo, has no media word)."""
    opened = sentence.rfind("(", max(0, start - 40), start)
    if opened < 0 or ")" in sentence[opened:start] or not _BRACKET_END.match(sentence, end):
        return False
    inside = sentence[opened + 1 : sentence.index(")", end)]
    return any(w in _MEDIA_WORDS for w in fold(inside).replace("’", "'").split())


def _name_words(text: str) -> int:
    return sum(tok not in _NAME_PARTICLES for tok in text.split())


# given names written as initials: "B.J. Callaghan", "A.J. Smith" (not a place's: "U.S. Soccer")
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "D.C.", "U.A.E.", "L.A."})


def _initials_name(text: str) -> bool:
    first, *rest = text.split()
    return (
        bool(rest)
        and bool(_INITIALS.fullmatch(first))
        and first not in _PLACE_INITIALS
        and "." not in "".join(rest)
        and not any(fold(w) in NOT_NAME for w in rest)
    )


# nothing but age groups after a club prefix: "AFC U20", "CAF U-17" (a club's name has a word of its own)
_AGE_GROUPS_ONLY = re.compile(r"(?:\s+U-?\d{2})+", re.IGNORECASE)


# club words no man's name holds, wherever they stand in it
_INNER_CLUB_WORDS = frozenset({"city", "united", "fc", "afc", "rovers", "wanderers", "athletic", "albion"})


@lru_cache(maxsize=1 << 16)
def _verdict(text: str) -> tuple[str, str, bool] | None:
    """(kind, name, one word) of a stretch of capitalised words, before its context is looked
    at; memoised as the same names recur across articles."""
    words = fold(text).split()
    if not words:
        return None
    first_tok = text.split()[0]
    prefix = words[0] in CLUB_PREFIXES and (len(words[0]) > 3 or first_tok.isupper())  # AS, not As
    closer = text.split()[-1] in CLUB_FORM_INITIALS
    if prefix and _AGE_GROUPS_ONLY.fullmatch(text, len(first_tok)):
        return None  # "the AFC U20 Asian Cup", "CAF U-17": a confederation's age group, no club's name
    if len(words) == 2 and len(words[0]) == 1 and words[-1] in CLUB_SUFFIXES:
        return None  # "the A-Juniors", "B-Juniors": a German or Dutch age group's letter, a squad, no club
    if len(words) >= 2 and (words[-1] in CLUB_SUFFIXES or prefix or closer):
        return "C", text, False
    if len(words) >= 3 and any(w in _INNER_CLUB_WORDS for w in words[1:-1]):
        return "C", text, False  # "Lion City Sailors", "Leeds United Ladies": a club word inside the name
    if words[0] in CLUB_PREFIXES or words[-1] in CLUB_SUFFIXES:
        return None  # a lone "FC" or "United" that named no known club
    # name words as written: "Willy Bonnet-Ruiz de Viñaspre" has three (its hyphen folds to a space, and a
    # lowercase particle is no word of its own)
    if any(w.isdigit() for w in words) or _name_words(text) > 4 or ("." in text and not _initials_name(text)):
        return None
    if len(words) > 1 and len(text.split()[-1]) == 1:
        return None  # "Second B", "Yokohama F. Marinos": a division or a club cut short, nobody's name
    if len(words) > 1 and words[0] == "lega":
        return None  # "Lega Pro", "Lega Serie A": the Italian league's name, nobody's (nor Leganés's "Lega")
    if len(words) == 1 and _SPOR_CLUB.fullmatch(words[0]):
        return "C", text, False
    name = " ".join(_CAMEL.sub(r"\1 \2", text).split())
    name = coach_nicknames().get(fold(name), name)
    return "P", name, len(words) == 1
