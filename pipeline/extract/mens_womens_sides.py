"""Men's and women's sides: the words that tell which side of a club a sentence's posts belong to.
A women's story may name a men's team ("the men's side", "LASK's men", "Germany's men's national
side"), a men's coach by his title ("alongside men's manager X"), a country by its men's team's
nickname ("Black Stars coach X"), a men's age group ("the men's U-17s", "Jong Ajax", "the Olympic
side") or a women's squad tied to its club ("England's women's team"). `rule_facts` reads these once
per sentence (its `_SentenceMarks`) and marks each fact it tells with them, moving a women's post back
to the men's squad of the same level (`mens_squad`) when the sentence names the men's; this module
reads only the tagged sentence and its facts."""

from __future__ import annotations

import re

from pipeline.extract.facts import SQUAD_TAG, Fact, TaggedSentence
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.quick_start import compile_quick
from pipeline.reference import mens_team_nicknames


# "the men's team", "Germany's men's national side", "managed Norway's men": a men's squad
def mens_squad(squad: str) -> str:
    """The men's squad of the same level ('national_women' → 'national', 'women_u19' → 'u19')."""
    if squad.startswith("national_women"):
        return "national" + squad[len("national_women") :]
    return squad[len("women_") :] if squad.startswith("women_") else "first_team"


def womens_squad(squad: str) -> str:
    """The women's squad of the same level ('national' → 'national_women', 'u19' → 'women_u19')."""
    if squad.startswith(("women", "national_women")):
        return squad
    if squad.startswith("national"):
        return "national_women" + squad[len("national") :]
    return "women" if squad == "first_team" else f"women_{squad}"


# a sentence opening on the women's side as its topic ("On the women's side, X was appointed …", "For the
# women's team, …"): a story of both sides turns to the women's, and the sentence's posts are theirs
WOMENS_SIDE_FRONTED = re.compile(
    r"(?:On|For|In|With|As\s+for)\s+the\s+women['’]s\s+(?:side|team|game|front|national\s+team)\s*,"
)


MENS_TEAM = re.compile(
    r"\bmen['’]s\s+(?:(?:senior|first|national|olympic)\s+)*(?:team|side|squad|game)\b|['’]s\s+men\b(?!['’])",
    re.IGNORECASE,
)


# "won the Africa Cup of Nations with Zambia", "took Panama to the Gold Cup": a men's tournament by its own
# name (the women's are named so: "the Women's Africa Cup of Nations", "the Copa América Femenina")
_MENS_TOURNAMENT = re.compile(r"\b(?:Africa\s+Cup\s+of\s+Nations|AFCON|Gold\s+Cup|Copa\s+Am[ée]rica)\b")
_WOMENS_WORD = re.compile(r"wom[ae]n|femen|femin|ladies|girls")


def mens_tournament_told(text: str, low: str) -> bool:
    """The sentence names a men's tournament and no women's word: the national sides it tells of are the
    men's, whatever women's story is around ('The Frenchman won the Africa Cup of Nations with Zambia')."""
    return bool(_MENS_TOURNAMENT.search(text)) and not _WOMENS_WORD.search(low)


# a men's word right after its club: "LASK's men", "the Germany men's team"
_CLUB_MENS = re.compile(r"«C(\d+)»(?=['’]s?\s+men\b|\s+men['’]s\b)", re.IGNORECASE)


def mens_clubs(sent: TaggedSentence) -> frozenset[str] | None:
    """The clubs the sentence's men's words are tied to, or None if one stands without its club."""
    words = len(MENS_TEAM.findall(sent.tagged))
    tied = [sent.mentions[int(k)].name for k in _CLUB_MENS.findall(sent.tagged)]
    return frozenset(tied) if tied and len(tied) == words else None


def nicknamed_mens_teams(sent: TaggedSentence) -> frozenset[str]:
    """The countries the sentence names by a nickname of their senior men's team."""
    nicknames = mens_team_nicknames()
    return frozenset(
        m.name
        for m in sent.mentions
        if m.kind == "C" and m.club_kind == "national" and fold(m.text) in nicknames
    )


# "alongside men's manager X", "employs men's coach X" (not an age group's: "the under-17 men's coach X")
_MENS_TITLE = re.compile(
    r"(?<!\d\s)(?<!\ds\s)\bmen['’]s\s+(?:head\s+)?(?:coach|manager|boss)\s+«P(\d+)»", re.IGNORECASE
)


def mens_titled(sent: TaggedSentence) -> frozenset[str]:
    """The men the sentence titles as the men's coach."""
    return frozenset(sent.mentions[int(k)].name for k in _MENS_TITLE.findall(sent.tagged))


def womens_posts_named(sent: TaggedSentence) -> set[tuple[str | None, str]]:
    """(club, squad) of the women's squad phrases the sentence ties to a club ("England's women's team"):
    a women's post the words name, whatever men's team of another club the sentence names besides (not
    "coached Iceland's women's team and assisted Y with the Iceland men's team": which is whose is unsure)."""
    bound = [sent.squad_of[k] for k in map(int, SQUAD_TAG.findall(sent.tagged)) if k in sent.squad_of]
    womens = {post for post in bound if post[1].startswith(("women", "national_women"))}
    others = {
        club for club, squad in sent.squad_of.values() if not squad.startswith(("women", "national_women"))
    }
    return {post for post in womens if post[0] not in others}


# "the Australia men's under-23 side", "the men's U-17s": a men's age group; it says nothing of the
# sentence's other posts ("won the A-League Women title with Melbourne City and assisted the men's U23s")
MENS_AGE_GROUP = compile_quick(
    r"\bmen['’]s\s+(?:under|u)[-\s]?\d{2}|\bmen['’]s\s+youth\b"
    # the age group before the word: "coached Germany's under-21 men", "the former under-17 men's coach"
    r"|\b(?:under|u)[-\s]?\d{2}s?\s+men\b(?:['’]s)?"
    # a men's youth or reserve side by its own name: "the club's Elite Development Squad", "Jong Ajax"
    r"|(?-i:\bElite\s+Development\s+Squad\b|\bPrimavera\b|\bJuvenil\b|\bA-Junioren\b|\bCastilla\b|\bJong\s+[A-Z])"
    # the Olympic side is the men's under-23s (women's Olympic football is the senior side's): "the
    # Olympic selection", not "the women's Olympic team"
    r"|(?<!women['’]s\s)\bOlympic\s+(?:team|side|squad|selection)\b",
    re.IGNORECASE,
)


def age_group_post(f: Fact) -> bool:
    """A fact at an age group, youth or reserve side."""
    return bool(re.search(r"(?:u\d+|youth|reserve)$", f.squad))
