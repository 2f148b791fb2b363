"""Per-sentence mentions and coreference: which clubs, squads and people a sentence names, and
who the words that name nobody stand for. Surnames after a full name, pronouns ('he', 'the
latter'), descriptors ('the Spaniard'), club references ('the club', 'the Galician side', a town
or a lone word of a club's name) and executives (kept apart from the coaches) are resolved here
against the `Context`, because every later stage (attribution, rules, dates) works on the tagged
sentence this produces (`_tag`) and must see one person per man."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from pipeline.extract.facts import (
    COACH_ROLE_AFTER,
    COACH_SLOT,
    DEMONYM,
    KNOWN_SINGLE,
    NATIONAL_REF,
    WOMEN_DEMONYM,
    YOUTH_DEMONYM,
    Context,
)
from pipeline.extract.genders import disagrees, learn_genders, other_candidate, told_gender
from pipeline.extract.lexicon import (
    CLUB_NOUN,
    DEMONYM_WORDS,
    DESCRIPTOR_HEADS,
    EXIT_NOUNS,
    NOT_NAME,
    TEAM_NOUN,
)
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.mentions import (
    CAREER_CUE,
    Mention,
    context_club_owners,
    lead_club_acting,
    run_mentions,
    shared_alias_owner,
    squad_mentions,
    weak_alias_seen,
    worn_by_a_club_in_view,
)
from pipeline.extract.people import (
    CLUB_OF_OWNER,
    EXECUTIVE_AFTER,
    EXECUTIVE_BEFORE,
    OWNED_BY,
    PLAYED_BEFORE,
    PLAYER_AFTER,
    PLAYER_BEFORE,
    PLAYER_DEED,
    PLAYING_POSITION,
    PRONOUN,
    PROPERTY_OF,
    SQUAD_TITLED,
    STAFF_NOUN_END,
    STAFF_TITLED,
    TEAM_MANAGER_BEFORE,
    WITHOUT_TITLE_SINCE,
    descriptor_spans,
    nationalities,
)
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.rules.grammar import KIN, SELF, STAFF_TEAM
from pipeline.extract.text import dateline_head, line_head, sentence_spans
from pipeline.reference import (
    club_places,
    club_refs,
    coach_nationalities,
    coach_surnames,
    context_club_aliases,
    known_coaches,
    lookup_club,
    place_adjectives,
    place_names,
    shared_strong_aliases,
)


def _blank_dateline(sentence: str) -> str:
    """The sentence with an opening wire dateline turned to spaces (same length, so offsets hold):
    its town and agency are nobody ("SAITAMA, Japan (Kyodo) --"), but a town that is a club's
    name stays, as wire copy from a club's town is about that club ("PALERMO - X has sacked Y").
    A live blog's timestamp or a speaker label ("09.10 GMT", "KATE:") is blanked the same way, but not
    a gossip round-up's club heading ("ARBROATH: X, who …")."""
    head = line_head(sentence)
    if head is not None and not _club_heading(head.group(0)):
        return " " * head.end() + sentence[head.end() :]
    m = dateline_head(sentence)
    if m is None:
        return sentence
    place = m.group("place")
    if place and lookup_club(place.title()) is not None:
        end = m.end("place")
        return sentence[:end] + " " * (m.end() - end) + sentence[m.end() :]
    return " " * m.end() + sentence[m.end() :]


def _club_heading(label: str) -> bool:
    """'ARBROATH:', 'CRUSADERS:': a label naming a club (or one club's context-only alias)."""
    name = label.strip().rstrip(":")
    return lookup_club(name) is not None or len(context_club_owners().get(fold(name), ())) == 1


# A quoted nickname inside a name: Gerardo "Tata" Martino, Luiz Felipe 'Big Phil' Scolari.
_NICKNAME = re.compile(r"(?<=[a-zà-ÿ]) ([\"“'‘][A-ZÀ-Þ][\w.\- ]{0,18}?[\"”'’]) (?=[A-ZÀ-Þ][a-zà-ÿ])")


# A nickname the text gives after "known as", "nicknamed" or "dubbed" ("the man known as Mad Dog", "the
# veteran, nicknamed 'El Flaco',"): another name of a man already in view, no person of its own
_NICKNAME_GIVEN = re.compile(
    r"\b(?:known\s+as|nicknamed|dubbed)\s+(?:the\s+)?"
    r"([\"“'‘]?[A-ZÀ-Þ][\w.]*(?:[\s-][A-ZÀ-Þ][\w.]*){0,2}[\"”'’]?)"
    r"(?![\w'’-]|\s+[A-ZÀ-Þ])"  # the whole run, and not a man's ("best known as Y's assistant")
)


def blank_nickname(sentence: str) -> str:
    """The sentence with nicknames turned to spaces (same length, so offsets hold): quoted ones inside
    names ('Gerardo "Tata" Martino' reads as one name) and those given after "known as" ('The man known
    as Mad Dog has had spells at …' reads as 'The man has had …', the man in view)."""
    if "known" in sentence or "named" in sentence or "dubbed" in sentence:
        sentence = _NICKNAME_GIVEN.sub(_blank_given_nickname, sentence)
    if '"' not in sentence and "'" not in sentence and "“" not in sentence and "‘" not in sentence:
        return sentence

    def blank(m: re.Match[str]) -> str:
        word = sentence[: m.start()].rsplit(None, 1)[-1:]  # the word before must be a name's
        return " " * len(m.group(0)) if word and word[0][:1].isupper() else m.group(0)

    return _NICKNAME.sub(blank, sentence)


# what a name given after "known as" may belong to other than a man: "the national team, known as the
# Eagles", "the club, then known as Riverside United" (a team's name, which the text needs)
_TEAM_BEFORE_NAME = re.compile(
    r"\b(?:team|club|side|squad|selection|federation|league|stadium|ground|then|formerly|now|once|previously)"
    r"\b[^.;]{0,12}$",
    re.IGNORECASE,
)
# a descriptor right before: "The man known as", "the 58-year-old, dubbed", "the veteran, widely known as"
# (after a man's own name the nickname is kept: "Coudet, known as 'Chacho'" tells who 'Chacho' is later)
_DESCRIPTOR_BEFORE_NAME = re.compile(r"\b[a-z0-9][\w-]*(?<!ly),?\s+(?:[a-z]+ly\s+)?$")


def _name_kept(m: re.Match[str]) -> bool:
    """The name given after 'known as' is a team's, a former name or a named man's (the words just before
    tell): only one given to a man told by a descriptor is blanked."""
    before = max(0, m.start() - 40)
    return bool(
        _TEAM_BEFORE_NAME.search(m.string, before, m.start())
        or not _DESCRIPTOR_BEFORE_NAME.search(m.string, before, m.start())
    )


def _blank_given_nickname(m: re.Match[str]) -> str:
    """The 'known as' match with the nickname turned to spaces, unless the name is to be kept."""
    if _name_kept(m):
        return m.group(0)
    start, end = m.start(1) - m.start(), m.end(1) - m.start()
    text = m.group(0)
    return text[:start] + " " * (end - start) + text[end:]


# Regularised past tenses of non-native and machine-translated copy ("who leaded Romania at the Euro",
# "leaved the club in May"), padded with spaces so offsets hold
_NON_NATIVE_PAST = {"leaded": "led", "leaved": "left"}
_NON_NATIVE_PAST_RE = re.compile(r"\b(?:[Ll]eaded|[Ll]eaved)\b")


def regular_past(sentence: str) -> str:
    if "eaded" not in sentence and "eaved" not in sentence:
        return sentence

    def regular(m: re.Match[str]) -> str:
        word = m.group(0)
        past = _NON_NATIVE_PAST[word.lower()]
        return (past.capitalize() if word[0].isupper() else past).ljust(len(word))

    return _NON_NATIVE_PAST_RE.sub(regular, sentence)


# "ex coach of the Chile selection", "the ex defender of Necaxa" (translated Spanish, Italian and
# Portuguese copy): the prefix written apart is the "ex-" the rules read; one character, so offsets hold
# ("ex of A, B and C", a career list, has its own rule)
_EX_APART = re.compile(r"\b([Ee]x) (?!of\b)(?=[A-Za-zÀ-ÿ])")


def hyphened_ex(sentence: str) -> str:
    return _EX_APART.sub(r"\1-", sentence) if "x " in sentence else sentence


def unique_spans(text: str) -> list[tuple[int, int]]:
    seen: set[str] = set()
    out = []
    for s, e in sentence_spans(text):
        key = text[s:e]
        if key not in seen:
            seen.add(key)
            out.append((s, e))
    return out


# the sentences a story's lead may take (a headline set on a line of its own comes first)
LEAD_SENTENCES = 2


def _run_mentions_in_story(
    sentence: str, index: int | None, strong_clubs: set[str] | None, sentences: list[str]
) -> list[Mention]:
    """`run_mentions` of the story's sentence `index`, a lead's subject acting as only a club does read as a
    club (`lead_club_acting`)."""
    found = run_mentions(sentence, strong_clubs)
    if index is not None and index < LEAD_SENTENCES:
        found = lead_club_acting(sentence, found, " ".join(sentences))
    return found


def first_pass(
    sentences: list[str], dateline_town: str | None = None
) -> tuple[Context, list[list[Mention] | None]]:
    """Collect full names and unambiguous clubs; keep each sentence's mentions unless an
    ambiguous alias in it has to be looked at again once the article's clubs are known (a club of the
    wire dateline's town counts as known: see `_dateline_clubs`)."""
    ctx = Context()
    counts: Counter[str] = Counter()
    kept: list[list[Mention] | None] = []
    full_names: list[dict[str, str]] = []  # per sentence: clubs named by more than one word, folded → club
    shared: list[tuple[Mention, bool]] = []  # "the Red Devils": whose depends on the article's other clubs
    club_words: dict[str, set[str]] = {}  # club → the words that named it
    namings: Counter[str] = Counter()  # full name → how often it was named so far, by any form of it
    for i, sentence in enumerate(sentences):
        found = _run_mentions_in_story(sentence, i, None, sentences)
        if "(" in sentence:
            ctx.initials.update(_federation_initials(sentence))
        _with_initials(found, ctx)
        found = [_given_name_before(sentence, m, sentences) for m in found]
        kept.append(None if weak_alias_seen() else found)
        full_names.append({fold(m.text): m.name for m in found if m.kind == "C" and " " in m.text.strip()})
        for m in found:
            if m.kind == "P":
                ctx.people.register(m.name, (i, m.start))
                if m.single:
                    _register_kin(sentence, m, found, i, ctx, namings)
                namings[ctx.people.resolve(m.name)] += 1
            elif m.kind == "C":
                club_words.setdefault(m.name, set()).add(m.text)
                ctx.club_kinds[m.name] = m.club_kind
                if _shared_key(m) is None:
                    counts[m.name] += 1
                else:
                    shared.append((m, _written_lower(sentence[m.start : m.end])))  # "the rossoneri"
    for m, lower in shared:  # the usual owner, unless the article names another wearer of the nickname
        ref = lookup_club(m.name)
        key = _shared_key(m)
        if ref is not None and key is not None:
            owner = shared_alias_owner(key, ref, counts)
            if not (lower and worn_by_a_club_in_view(owner, counts)):
                counts[owner.name] += 1
    surnames = {_family_name(full) for full in ctx.people.full_names}
    ctx.surname_clubs = {
        club for club, words in club_words.items() if words <= surnames and ctx.club_kinds.get(club) == "club"
    }
    ctx.bare_word_clubs = _bare_words_of_named_clubs(club_words, ctx.club_kinds)
    ctx.strong_clubs = set(counts) - ctx.surname_clubs - set(ctx.bare_word_clubs)
    if dateline_town and any(k is None for k in kept):
        ctx.strong_clubs |= _dateline_clubs(dateline_town, sentences, full_names)
    return ctx, kept


# "appointed German Lux as coach": a nationality word (with no article or title before it) right before
# a one-word name; the nationality word may be his given name written without its accent (Germán)
_NATIONALITY_RIGHT_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(]))([A-Z][a-z]+)\s$")
_DESCRIBING_BEFORE = re.compile(
    r"\b(?:the|a|an|fellow|his|her|their|its|our|compatriot|former|ex|young|veteran|experienced|another)"
    r"[\s-]+$",
    re.IGNORECASE,
)


def _given_name_before(sentence: str, m: Mention, sentences: list[str]) -> Mention:
    """'German Lux' as one name: a one-word name right after a nationality word that nothing describes
    ('the German Lux', 'fellow Italian Rossi' describe him) is named in full there when the article gives
    no other first name to that surname ('Paolo Rossi' elsewhere: 'Italian Rossi' is the Italian) and the
    name is no known one-word coach's ('Brazilian Sylvinho'). News names a man in full at first mention."""
    if m.kind != "P" or m.pronoun or " " in m.text.strip() or fold(m.name) in KNOWN_SINGLE():
        return m
    before = _NATIONALITY_RIGHT_BEFORE.search(sentence, max(0, m.start - 20), m.start)
    if before is None or fold(before.group(1)) not in DEMONYM_WORDS:
        return m
    if _DESCRIBING_BEFORE.search(sentence, max(0, before.start(1) - 14), before.start(1)):
        return m
    if _given_another_first_name(m.text, before.group(1), sentences):
        return m
    return Mention(
        "P", before.start(1), m.end, sentence[before.start(1) : m.end], name=f"{before.group(1)} {m.name}"
    )


def _given_another_first_name(surname: str, nationality: str, sentences: list[str]) -> bool:
    """The article names someone by another capitalised word before this surname ('Paolo Rossi',
    'coach Rossi' aside)."""
    other = re.compile(r"\b(?!" + re.escape(nationality) + r"\s)[A-Z][\w\-]+\s+" + re.escape(surname) + r"\b")
    return any(surname in text and other.search(text) for text in sentences)


_RESERVE_MARK = re.compile(r"[-\s](?:2|II|B)$")


def _bare_words_of_named_clubs(club_words: dict[str, set[str]], kinds: dict[str, str]) -> dict[str, str]:
    """'FC Dynamo Kyiv … won with Dynamo', 'Rapid Bucharest … has coached Rapid twice': a club the article
    names only by one bare word (an alias the reference gives another club, Houston Dynamo, Rapid Vienna)
    that is a word of the one other club it names in full is that club, as a story shortens its own club's
    name — the alias's usual owner is never named."""
    spelled = {
        c
        for c, words in club_words.items()
        if kinds.get(c) == "club" and any(" " in w.strip() for w in words)
    }
    out: dict[str, str] = {}
    for club, words in club_words.items():
        if kinds.get(club) != "club" or club in spelled:
            continue
        # ("Dynamo-2": its reserve side, the same word)
        keys = {fold(_RESERVE_MARK.sub("", w)) for w in words}
        if fold(club) in keys:
            continue  # "Dundee" beside "Dundee United", "Rangers" beside "Queens Park Rangers": its own name
        owners = [c for c in spelled if keys <= set(fold(c).split())]
        if len(owners) == 1:
            out[club] = owners[0]
    return out


def _dateline_clubs(town: str, sentences: list[str], full_names: list[dict[str, str]]) -> set[str]:
    """The clubs of a wire dateline's town (club_places) that the article names by a context-only alias:
    "MONTEVIDEO – X is the new coach of Nacional" is Club Nacional de Football, as a town's paper writes
    its own clubs' short names. A club of the town only where it alone owns the alias among them."""
    home = club_places().get(fold(town))
    if not home:
        return set()
    folded = [fold(sentence) for sentence in sentences]
    found: set[str] = set()
    for alias, owners in context_club_owners().items():
        local = [o.name for o in owners if o.name in home]
        if len(local) != 1:
            continue
        word = re.compile(rf"\b{re.escape(alias)}\b")
        if any(_says_towns_alias(word, local[0], i, folded, full_names) for i in range(len(folded))):
            found.add(local[0])
    return found


def _says_towns_alias(
    word: re.Pattern[str], club: str, i: int, folded: list[str], full_names: list[dict[str, str]]
) -> bool:
    """Whether sentence i says the alias for the town's club: outside any club named in full ("Salford City"
    is not Manchester City's "City"), and with no other club that wears it named in full in this or the
    sentence before ("MANCHESTER – Leicester City have sacked X. City said …" is Leicester City's)."""
    text = folded[i]
    for words in full_names[i]:
        text = text.replace(words, " ")
    if not word.search(text):
        return False
    near = {**(full_names[i - 1] if i else {}), **full_names[i]}
    return not any(other != club and word.search(words) for words, other in near.items())


# a given name after a word of the family that shares the surname: "his brother Gary", "X's son Dario",
# "Her sister Anna" (not a wife, an in-law or a cousin, whose surname may differ)
_KIN_BEFORE_NAME = re.compile(
    r"(?:\b[Hh](?:is|er)|(?P<own>['’]s?))\s+(?:(?:elder|older|younger|eldest|youngest|twin|late)\s+)?"
    r"(?:son|father|brother|sister|daughter|grandson)\s+$"
)


def _register_kin(
    sentence: str, m: Mention, found: list[Mention], i: int, ctx: Context, namings: Counter[str]
) -> None:
    """'X's son Dario', 'his brother Gary': the given name with the family's surname, registered as a full
    name so that a later 'Gary' is him. 'his' is the man the article is about (the one named most so far,
    by his full name or his surname alone: 'Arbroath appoint X after Y's exit … Y, 70, had left. His
    brother Ian' is Y's brother), as news writes of its subject's family; 'X's' names the family itself."""
    kin = _KIN_BEFORE_NAME.search(sentence, max(0, m.start - 40), m.start)
    if kin is None:
        return
    if kin.group("own"):
        owner = next((p for p in found if p.kind == "P" and p.end == kin.start("own")), None)
        family = ctx.people.resolve(owner.name) if owner else None
    else:
        named = [f for f in ctx.people.full_names if f != m.name]
        family = max(named, key=lambda f: namings[f], default=None)
    if family and len(family.split()) >= 2 and fold(family.split()[0]) != fold(m.name):
        ctx.people.register(f"{m.name} {_family_name(family)}", (i, m.start))


# "the Syrian Football Association (SFA)", "the Football Association of Malaysia (FAM)": a national
# federation, named by its country or demonym, with the initials the article will call it by
_FEDERATION_INITIALS = re.compile(
    r"\b(?:(?:[Tt]he\s+)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:Football|Soccer)\s+(?:Association|Federation|Union)|"
    r"(?:Football|Soccer)\s+(?:Association|Federation|Union)\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))"
    r"\s*\(\s*(?P<ini>[A-Z][A-Z&]{1,6})\s*\)"
)


def _federation_initials(sentence: str) -> dict[str, str]:
    """Initials → country of the national federations the sentence names with their initials."""
    out = {}
    for m in _FEDERATION_INITIALS.finditer(sentence):
        country = _country_named(m.group("who") or m.group("of"))
        if country:
            out[m.group("ini")] = country
    return out


def _country_named(words: str) -> str | None:
    """'Syrian', 'Zambia', 'South African': the country a name or demonym stands for, if a national team."""
    low = " ".join(words.lower().split())
    # ("the Kyrgyz Republic", "the Slovak Republic": the state named by its demonym; not "the Dominican
    # Republic", whose first word names no country by itself)
    stem = low.removesuffix(" republic")
    if _DEMONYM_COUNTRY.get(stem) or _EXTRA_DEMONYMS.get(stem):
        low = stem
    candidates = [low, low[:-1], low[:-2], low[:-3]]  # Zambia, Syria(n), Iraq(i), Egypt(ian), Jordan(ian)
    country = _DEMONYM_COUNTRY.get(low) or _EXTRA_DEMONYMS.get(low)
    for name in [country] if country else candidates:
        ref = lookup_club(name)
        if ref is not None and ref.kind == "national":
            return ref.name
    return None


def _with_initials(found: list[Mention], ctx: Context) -> None:
    """Initials the article gave a federation stand for its country wherever the article uses them."""
    if not ctx.initials:
        return
    for m in found:
        country = ctx.initials.get(m.text) if m.kind == "C" else None
        if country and m.name != country:
            m.name, m.club_kind, m.squad = country, "national", None


def _written_lower(nickname: str) -> bool:
    """A nickname as written in lower case, its article left out ('The granata club announced …' opens a
    sentence on a capital)."""
    return nickname.removeprefix("The ").islower()


def _shared_key(m: Mention) -> str | None:
    """The folded alias a club mention was read from, where other clubs wear it too."""
    key = fold(m.text)
    return key if key in shared_strong_aliases() else None


# --- one sentence --------------------------------------------------------------------------


def sentence_mentions(
    sentence: str, ctx: Context, found: list[Mention] | None = None, with_squads: bool = True
) -> list[Mention]:
    """Named clubs, squads and people (pronouns are added later, once 'he' is known).

    Squad phrases are only looked for in sentences some rule may fire on (`with_squads`).
    """
    if found is None:
        found = _run_mentions_in_story(sentence, ctx.people.cursor, ctx.strong_clubs, ctx.sentences)
        _with_initials(found, ctx)
    if ctx.bare_word_clubs:
        found = [_as_club_named_in_full(m, ctx) for m in found]
    found = _subject_alias(sentence, found, ctx) + found
    found = town_as_club(sentence, found, ctx)
    found = _in_town_as_club(sentence, found, ctx)
    if " in " in sentence:
        found = _alias_in_its_town(sentence, found)
    if ctx.surname_clubs:
        found = [m for m in found if not (m.kind == "C" and m.name in ctx.surname_clubs)]
    found = found + _seen_surnames(sentence, found, ctx)
    if "the " in sentence.lower():
        found = _the_club_word(sentence, found, ctx)
    if len(ctx.strong_clubs) > 1:
        found = _club_word_in_slot(sentence, found, ctx)
    if with_squads:
        found = found + squad_mentions(sentence)
    found = [
        m
        for m in found
        if not _stray_capital(m, sentence, ctx)
        and not _place_or_thing(m, sentence, ctx)
        and not _town_not_club(m, sentence)
    ]
    found = _countries_of_clubs(sentence, found)
    priority = {"C": 0, "S": 1, "P": 2}
    found.sort(key=lambda m: (m.start, priority[m.kind], -(m.end - m.start)))
    kept: list[Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            if priority[m.kind] < priority[kept[-1].kind] and m.start == kept[-1].start:
                kept[-1] = m
            continue
        kept.append(m)
    for m in kept:
        if m.kind == "P" and not m.pronoun:
            m.name = ctx.people.resolve(m.name, m.start)
            m.single = len(m.name.split()) == 1
    _bracketed_acronyms(sentence, kept)
    return kept


# "The Jordan Football Association (JFA)": the bracket right after a name gives that body's initials
_OPEN_BRACKET = re.compile(r"\s*\(\s*$")


def _bracketed_acronyms(sentence: str, kept: list[Mention]) -> None:
    """Initials in brackets right after a club or federation name that body's, whichever other club
    the reference data gives those initials to ('JFA' is Japan's too)."""
    for named, initials in pairwise(kept):
        if (
            named.kind == initials.kind == "C"
            and initials.text.isupper()
            and _OPEN_BRACKET.fullmatch(sentence, named.end, initials.start)
            and sentence[initials.end : initials.end + 1] == ")"
        ):
            initials.name, initials.club_kind, initials.squad = named.name, named.club_kind, named.squad


def _seen_surnames(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """'Arena joined …' after 'Bruce Arena': the surname of someone named in full earlier in the article,
    which the mention finder took for a word (a ground, a common noun) and left out."""
    out = []
    for full in ctx.people.full_names:
        surname = _family_name(full)
        if len(surname) < 4 or surname not in sentence:
            continue
        for start, end in _standalone_spans(surname, sentence):
            if (
                any(m.start < end and start < m.end for m in found)
                or _GROUND_BEFORE.search(sentence, 0, start)
                or (
                    surname != full.split()[-1]
                    and _NAME_WORD_BEFORE.search(sentence, max(0, start - 30), start)
                )
            ):
                continue
            out.append(Mention("P", start, end, surname, name=full, single=True))
    return out


# "Park Hang-seo", "Kim Sang-sik": a Korean name, family name first, then a hyphenated given name
_KOREAN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
# "Villa Park", "Olympic Park": a capitalised word right before makes a family name part of another name
_NAME_WORD_BEFORE = re.compile(r"[A-ZÀ-Þ][\w\-]*\s+$")


@lru_cache(maxsize=1 << 12)  # pure, and asked for every full name in every sentence
def _family_name(full: str) -> str:
    """The word a later short mention uses: the last word, or a Korean name's first ('Park' of
    'Park Hang-seo': 'Park's contract ended')."""
    return full.split()[0] if _KOREAN_NAME.fullmatch(full) else full.split()[-1]


_GROUND_BEFORE = re.compile(r"\b(?:the|at|in|to|from)\s+$", re.IGNORECASE)  # "at the Arena": a place


_APOSTROPHES = ("'", "’")
_APOSTROPHES_AND_HYPHEN = ("'", "’", "-")


def _is_word_char(char: str) -> bool:
    """What `\\w` matches: a letter, a digit or '_' (an empty string, past either end, is none)."""
    return char.isalnum() or char == "_"


def _standalone_spans(word: str, text: str) -> Iterator[tuple[int, int]]:
    """Where `word` stands alone in `text`: not inside a longer word, a hyphenated one or after an
    apostrophe, and followed by no apostrophe but the possessive's ('Arena's' is Arena). The same spans as
    the regex (?<![\\w'’-])WORD(?![\\w-])(?!['’](?!s\\b)), found by `str.find`: compiling that regex
    for every surname of every article cost more than all the searches."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before, after = text[start - 1 : start] if start else "", text[end : end + 1]
        if (
            not (_is_word_char(before) or before in _APOSTROPHES_AND_HYPHEN)
            and not (_is_word_char(after) or after == "-")
            and (after not in _APOSTROPHES or _possessive_s(text, end + 1))
        ):
            yield start, end
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)


def _possessive_s(text: str, at: int) -> bool:
    """An 's' at `at` that ends its word (the possessive after an apostrophe)."""
    return text[at : at + 1] == "s" and not _is_word_char(text[at + 1 : at + 2])


# "Villa appointed Unai Emery", "United have sacked …": a short alias acting as an employer
_ALIAS_SUBJECT = re.compile(
    r"\s*([A-Z][a-z]+)\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:appointed|named|hired|installed|unveiled|"
    r"sacked|dismissed|fired|axed|parted\s+(?:company|ways)|confirmed|announced)\b"
)


def _as_club_named_in_full(m: Mention, ctx: Context) -> Mention:
    """A bare word of a club the article names in full, read as that club (`_bare_words_of_named_clubs`)."""
    full = ctx.bare_word_clubs.get(m.name) if m.kind == "C" else None
    return m if full is None else replace(m, name=full, club_kind=ctx.club_kinds.get(full, "club"))


def _subject_alias(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """A sentence-opening short club alias ('Villa', 'United', 'Forest') that names no club the
    article has spelled out: the club its word belongs to, else the alias's usual club."""
    m = _ALIAS_SUBJECT.match(sentence)
    if m is None or any(x.kind == "C" and x.start < m.end(1) for x in found):
        return []
    word = fold(m.group(1))
    ref = context_club_aliases().get(word)
    if ref is None:
        return []
    owners = [c for c in ctx.strong_clubs if word in fold(c).split()]
    if len(owners) > 1:
        return []
    name = owners[0] if owners else ref.name
    kind = ctx.club_kinds.get(name, ref.kind) if owners else ref.kind
    return [Mention("C", m.start(1), m.end(1), m.group(1), name=name, club_kind=kind, squad=ref.squad)]


# "Los Angeles missed the playoffs", "Oxford paid Mumbai City …": a town's name acting in a sentence
# (a verb after it), standing for the one club of that town the article names
_TOWN_ACTING = re.compile(
    # ("(?=[A-Z])": the capital the name opens on, tested first as it fails fastest)
    r"(?:^\s*|(?=[A-Z])(?:(?<=\bthat\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\bbut\s)|(?<=\band\s)))"
    r"([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)(?=\s+(?!(?:of|in|and|or|to|for|with|at|on|by|from|who|which|"
    r"whose|that|as|is|was)\b)[a-z]{2,})"
)


def town_as_club(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """A town's name acting as a sentence's subject ('Los Angeles missed the playoffs', 'Oxford have
    been without a manager', 'Varna sacked him'): the one club of the article from that town (by
    club_places, or by the first or last word of its name), unless the article names a person so."""
    out = list(found)
    for m in _TOWN_ACTING.finditer(sentence):
        start, end = m.span(1)
        covering = [x for x in out if x.start < end and start < x.end]
        if any(x.kind != "P" or x.start != start or x.end != end for x in covering):
            continue
        word = m.group(1)
        if ctx.people.resolve(word) != word or fold(word) in NOT_NAME:
            continue
        club = _town_club(fold(word), ctx, named_last=True)
        if club is None:
            continue
        out = [x for x in out if x not in covering]
        out.append(Mention("C", start, end, word, name=club, club_kind="club"))
    return out


# "won three titles in Glasgow", "replaced him in Yokohama", "arrived in Catalonia", "in charge at Gosford",
# "he left Pamplona", "joined Goa in 2023": a spell or a move told by the club's town or region (the whole
# capitalised run, not the first word of "in Glasgow Celtic"; lower-case letters with accents too: "in
# Kraków", "in San Sebastián"; a capital with one too: "in Łódź", "in Örebro"), after a preposition or a
# verb of joining or leaving (`lead`)
# (Latin Extended-A alternates capital and small letters, so each class takes its own from the block)
_EXTENDED_A = [chr(code) for code in range(0x100, 0x180)]
_LOWER = "[a-zß-öø-ÿ" + "".join(c for c in _EXTENDED_A if c.islower()) + "]"
_UPPER = "[A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper()) + "]"
_LEAVE_OR_JOIN = r"left|leaves|leaving|quit|quits|joined|joins|joining"
_IN_TOWN = compile_quick(
    r"\b(?P<lead>in|at|from|for|" + _LEAVE_OR_JOIN + r")\s+"
    r"(" + _UPPER + _LOWER + r"{2,}(?:\s+" + _UPPER + _LOWER + r"+)?)\b(?![\s'’-]*[A-Z0-9])(?!['’]s)"
)
# first words of club names that are no town ("in Red Bull's network" is not Red Star Belgrade)
_NOT_TOWN = frozenset(
    "red real sporting inter athletic atletico dynamo dinamo union young new club racing deportivo "  # noqa: SIM905
    "olympique stade borussia eintracht hertha werder union royal national league premier serie".split()
)


# "Gelsenkirchen airport", "the Udine area", "in Kirkcaldy as a boy", "in Sinsheim on a coaching course":
# the town as a place someone passed through or grew up in, not its club
_NO_CLUB_AFTER_TOWN = re.compile(
    r"\s+(?:(?:airport|station|area|region|suburbs?|outskirts|district|city\s+cent(?:re|er))\b|"
    r"as\s+an?\s+(?:boy|child|kid|youngster|teenager|student)\b|"
    r"on\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:course|holiday|visit|trip)\b)"
)


def _in_town_as_club(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """'in <town>', 'at <town>', 'left <town>' (see `_IN_TOWN`) where the town is no club alias: the one club
    of the article from that town ('O'Neill won three titles in Glasgow' in a Celtic story is Celtic); a
    town two named clubs share, or none, names nothing. 'born in', 'the final in' are left to
    `_town_not_club`."""
    out = list(found)
    for m in _IN_TOWN.finditer(sentence):
        start, end = m.span(2)
        covering = [x for x in out if x.start < end and start < x.end]
        if any(x.kind != "P" or (x.start, x.end) != (start, end) for x in covering):
            continue
        town = fold(m.group(2))
        if town.split()[0] in _NOT_TOWN or ctx.people.resolve(m.group(2)) != m.group(2):
            continue
        if _NO_CLUB_AFTER_TOWN.match(sentence, end):
            continue  # "from Gelsenkirchen airport", "moved from Kirkcaldy as a boy": the place itself
        lead = m.group("lead")
        cue = _TOLD_BEFORE.get(lead)  # (none after "left", "joined": the verb itself tells the move)
        told = cue is None or cue.search(sentence, max(0, start - 80), start) is not None
        if not told and lead not in ("in", "at"):
            continue  # "a coach from Catalonia", "a flight for Paris": where, not which club
        club = _town_club(town, ctx, named_last=told, unnamed=told)
        if club is None or any(x.kind == "C" and x.name == club for x in out):
            continue  # the sentence names the club itself: its town is where, not who
        out = [x for x in out if x not in covering]
        # (only "in <town>" may make the story's club: "arrived in Sacramento" in a Sacramento Republic story)
        by_town = lead != "in"
        town_club = Mention("C", start, end, m.group(2), name=club, club_kind="club", by_town=by_town)
        town_club.in_town = not by_town
        out.append(town_club)
    return out


# "led Red Star in Belgrade": a name several clubs share, told with the town of one of them
_CAPITALISED = _UPPER + _LOWER + r"+"
_ALIAS_IN_TOWN = re.compile(
    rf"\b({_CAPITALISED}(?:\s+{_CAPITALISED})?)\s+in\s+({_CAPITALISED})\b(?![\s'’-]*[A-Z0-9])"
)


def _alias_in_its_town(sentence: str, found: list[Mention]) -> list[Mention]:
    """'led Red Star in Belgrade': a name several clubs wear ('Red Star': Belgrade's, Paris's), followed by
    the town of one of them, is that one, named with its town, even where the article names it nowhere
    else."""
    out = list(found)
    for m in _ALIAS_IN_TOWN.finditer(sentence):
        start, end = m.start(1), m.end(2)
        if any(x.kind == "C" and x.start < end and start < x.end for x in out):
            continue  # a club the mentions already read there
        town = fold(m.group(2))
        places = club_places().get(town, frozenset())
        owners = [
            ref.name
            for ref in context_club_owners().get(fold(m.group(1)), ())
            if ref.kind == "club"
            and (ref.name in places or _named_after_town(ref.name, town, named_last=True))
        ]
        if len(owners) != 1:
            continue
        out = [x for x in out if not (x.start < end and start < x.end)]
        out.append(Mention("C", start, end, m.group(0), name=owners[0], club_kind="club"))
    return out


# "worked with him in Varna", "his number two in Lisbon", "after two years in Kraków", "in charge in
# Ostrava", "his successor at Sydney", "replaced Y in Deventer": a spell told by the town itself (a town
# named only where something happened is no club)
_SPELL_BEFORE = re.compile(
    r"\b(?:work(?:ed|ing)?|spells?|stints?|years?|seasons?|months|tenure|career|together|assistant|successor|"
    r"predecessor|number\s+two|deputy|right-hand\s+(?:man|woman)|staff|charge|coach(?:ed|ing)?|managed|titles?|"
    r"job|bench|dugout|replac(?:es|ed|ing)|succeed(?:s|ed|ing))\b[^,.;:()]{0,25}\b(?:in|at)\s+$",
    re.IGNORECASE,
)
# "followed him from Kirkcaldy", "will bring his assistant X with him from Rotterdam", "left for Miami": a
# staff move told by the town, after a verb that carries one (not "moved from Kirkcaldy", "came from Udine to
# watch", "went for Paris": anyone travels; "left"/"leave" only before "for")
# ("to <town>" is left out: "returns to Sydney, where he was …" is read better by the where-clause)
_MOVE_BEFORE = re.compile(
    r"\b(?:(?:follow(?:s|ed|ing)?|bring(?:s|ing)?|brought|join(?:s|ed|ing)?|switch(?:es|ed|ing)?|poached|lured|"
    r"recruited)\b[^,.;:()]{0,60}\b(?:from|for)|(?:left|leav(?:e|es|ing))\b[^,.;:()]{0,60}\bfor)\s+$",
    re.IGNORECASE,
)
_TOLD_BEFORE = {"in": _SPELL_BEFORE, "at": _SPELL_BEFORE, "from": _MOVE_BEFORE, "for": _MOVE_BEFORE}


def _town_club(town: str, ctx: Context, named_last: bool = False, unnamed: bool = False) -> str | None:
    """The one club of the article (named in full) that a town's name stands for: its clubs by
    club_places, else one whose name opens on the town ('Mumbai City') or, where the sentence tells a
    spell there (`named_last`), ends on it ('Cherno More Varna', 'Red Star Belgrade'). With `unnamed`,
    a town of one club by club_places is that club even where the article names none of its clubs
    ('his assistant in Deventer': Go Ahead Eagles)."""
    clubs = [c for c in ctx.strong_clubs if ctx.club_kinds.get(c) == "club"]
    from_place = club_places().get(town)
    if from_place is not None:
        owners = [c for c in clubs if c in from_place]
        if unnamed and not owners and len(from_place) == 1 and _town_of_unnamed_club(town, clubs, from_place):
            owners = list(from_place)
    else:
        owners = [c for c in clubs if _named_after_town(c, town, named_last) and not _RESERVE_NAME.search(c)]
    return owners[0] if len(owners) == 1 else None


def _town_of_unnamed_club(town: str, clubs: list[str], from_place: frozenset[str]) -> bool:
    """A town that can stand for its one club (club_places) where the article names none of that
    club: a town, not a region's adjective; no club of the article wears the town's name ('FC
    Eindhoven' is of Eindhoven too); and no club of the article is a neighbour of the town's club (the
    two share a region in club_places: 'in Florence' in an Empoli story may be the backdrop of the
    story club's own area, not Fiorentina)."""
    if town in place_adjectives() or any(town in fold(c).split() for c in clubs):
        return False
    return not any(from_place & region and region & set(clubs) for region in club_places().values())


def _named_after_town(club: str, town: str, named_last: bool) -> bool:
    """'Mumbai City' (and with `named_last`, 'Red Star Belgrade'): the club's name opens (or ends) on
    the town's name."""
    name = fold(club)
    if name == town:
        return False
    return name.startswith(town + " ") or (named_last and name.endswith(" " + town))


# "Union II", "Barça B", "Ajax U21", "Jong PSV": a club's reserve or youth side, never what its town's word
# names ("Union name X head coach" is not about Union II)
_RESERVE_NAME = re.compile(r"\s(?:II|B|2|U-?\d{2}|Reserves|Juniors)$|^Jong\s")


# "The Pride", "the Phoenix", "the Rowdies": a word of a club the article has named in full
_THE_WORD = re.compile(r"\b[Tt]he\s+([A-Z][a-z]{3,})\b(?!\s+[A-Z])")
_GENERIC_CLUB_WORDS = frozenset(
    "united city town county athletic athletico club real sporting rovers wanderers albion "  # noqa: SIM905
    "national football soccer women".split()
)


def _club_words(ctx: Context) -> dict[str, str]:
    """Distinctive words of the article's clubs → the club ('Pride' → Orlando Pride); a word
    two of its clubs share names neither."""
    owners: dict[str, set[str]] = {}
    for club in ctx.strong_clubs:
        if ctx.club_kinds.get(club) == "national":
            continue
        for word in club.split():
            key = fold(word)
            if len(key) > 3 and key not in _GENERIC_CLUB_WORDS and word[:1].isupper():
                owners.setdefault(key, set()).add(club)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


def _the_club_word(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """'The Pride terminated …' after 'Orlando Pride': that club, not a person called Pride."""
    words = None
    out = list(found)
    for m in _THE_WORD.finditer(sentence):
        covering = [x for x in out if x.start <= m.start(1) < x.end]
        if any(x.kind != "P" or x.end > m.end(1) + 2 or x.start < m.start(1) for x in covering):
            continue
        words = _club_words(ctx) if words is None else words
        club = words.get(fold(m.group(1)))
        if club is None:
            continue
        out = [x for x in out if x not in covering]
        kind = ctx.club_kinds.get(club, "club")
        out.append(Mention("C", m.start(1), m.end(1), m.group(1), name=club, club_kind=kind))
    return out


# "At Kawasaki, X was replaced", "the third time to lead Kobe", "joined Hiroshima": where only a club goes
_CLUB_SLOT_BEFORE = re.compile(
    r"(?:^\s*(?:At|For|With)\s+|\b(?:at|lead|leads|led|leading|coach|coached|coaching|manage|managed|managing|"
    r"join|joins|joined|joining|left|leave|leaves|leaving|rejoin(?:s|ed)?)\s+)$"
)


# "Jets assistant X", "Jets chairman Y": a club's word before the title of one of its people, then a name
_CLUB_SLOT_AFTER = re.compile(
    r"\s+(?:(?:head|assistant|first-team|goalkeeping|interim|caretaker)\s+)?"
    r"(?:coach|manager|boss|assistant|chairman|president|owner|director|chief|CEO)\s+[A-Z]"
)


def _club_word_in_slot(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """'At Kawasaki, X was replaced', 'Jets assistant X' after 'Kawasaki Frontale', 'Newcastle Jets': a
    lone word of a club the article named in full, where only a club can stand, is that club — unless
    someone is named so."""
    words = None
    out = list(found)
    for m in found:
        if m.kind != "P" or m.pronoun or " " in m.text or ctx.people.resolve(m.name) != m.name:
            continue
        if not (
            _CLUB_SLOT_BEFORE.search(sentence, max(0, m.start - 12), m.start)
            or _CLUB_SLOT_AFTER.match(sentence, m.end)
        ):
            continue
        words = _club_words(ctx) if words is None else words
        club = words.get(fold(m.text))
        if club is None:
            continue
        out[out.index(m)] = Mention(
            "C", m.start, m.end, m.text, name=club, club_kind=ctx.club_kinds.get(club, "club")
        )
    return out


def with_pronouns(sentence: str, named: list[Mention], ctx: Context) -> list[Mention]:
    learn_genders(sentence, named, ctx.people)
    found = named + _pronoun_mentions(sentence, named, ctx)
    found.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    _learn_women(kept, ctx)
    return kept


# "she", "her", "The 38-year-old Englishwoman": a reference that tells the coach is a woman
_WOMAN_REFERENCE = re.compile(r"(?:she|her|hers|herself)|.*woman", re.IGNORECASE)


def _learn_women(mentions: list[Mention], ctx: Context) -> None:
    """Remember the coaches the text refers to as a woman: the posts she holds that the text names no
    squad for are women's sides (see postprocess `_women_article`)."""
    for m in mentions:
        if m.kind == "P" and m.pronoun and m.name and _WOMAN_REFERENCE.fullmatch(m.text):
            ctx.people.women.add(m.name)


def _stray_capital(m: Mention, sentence: str, ctx: Context) -> bool:
    """A lone capitalised word opening a sentence ('Clear pathways …') that names nobody known."""
    if m.kind != "P" or len(m.name.split()) > 1 or sentence[: m.start].strip(_OPENING_MARKS):
        return False  # a quote or a bracket may open the sentence: '"Welcome, Dorival!"', '"Next, …
    if COACH_SLOT.match(sentence, m.end):
        return False  # "Marcelino's Villarreal side": the slot names a coach
    if COACH_ROLE_AFTER.match(sentence, m.end):
        return False  # "Tite, the Brazilian coach, has agreed …": described as a coach
    if fold(m.name) in KNOWN_SINGLE() and _PERSON_ASIDE.match(sentence, m.end):
        return False  # "Tite, who had always said …": a one-name coach, described
    if _one_name_coach_acting(m, sentence, ctx):
        return False  # "Marcelino resigned in September", "Tite had been in charge"
    return ctx.people.resolve(m.name) == m.name


_OPENING_MARKS = " \t\n\"“‘'(["


# "Tite, who had always said …", "Rubi, 54, …": an opening word described as a person
_PERSON_ASIDE = re.compile(r",\s+(?:who\s|\d{2},)")
# the word after an opening one-name coach: his verb or an adverb ("Rubi lasted", "Tite then left")
_LOWERCASE_NEXT = re.compile(r"\s+[a-z]")


def _one_name_coach_acting(m: Mention, sentence: str, ctx: Context) -> bool:
    """A known one-name coach opening a sentence with his verb ('Rubi lasted …'), not the first or
    last name of someone the article named in full ('Michel' after 'Michel Sanchez': he, renamed)."""
    word = fold(m.text)
    return (
        fold(m.name) in KNOWN_SINGLE()
        and _LOWERCASE_NEXT.match(sentence, m.end) is not None
        and not any(word in fold(full).split() for full in ctx.people.full_names)
    )


# "born in Sunne", "spells in Asia", "returned to Naples", "at Coccaglio", "outside the British Isles",
# "the Coppa Italia", "the Supporters' Shield": capitalised words after a place preposition or
# 'the', inside or before a competition's name, that name a place or a thing, not a person; "a dentist
# in his native Vestmannaeyjar", "back in her home town Umeå": someone's home place
_PLACE_OR_THING_BEFORE = compile_quick(
    r"(?:\b(?:his|her|their)\s+(?:native|home\s+town|hometown|birthplace)\s+(?:of\s+)?|"
    # ("born in nearby Vado", "moved to neighbouring Lugo": the town told as near the one in view)
    r"(?<!brought\s)(?<!bring\s)(?<!brings\s)\b(?:in|near|across|throughout|outside|around|at|to|from)\s+(?:the\s+)?"
    r"(?:nearby\s+|neighbou?ring\s+)?|"
    r"\bthe\s+|\b(?:Coppa|Copa|Cup|Liga|Ligue|Serie|Trophy|Taça|Taca)\s+)$"
)
# "the Technical and Development Sub-Committee", "Merseyside Police", "the Met Office", "the Public
# Investment Fund": a body, not a person
_BODY_WORD = re.compile(
    r"(?:Committee|Council|Commission|Ministry|Federation|Association|Police|Office|Fund|Foundation|"
    r"Authority|Agency|University|Airport|Hospital|Licence|License)$|^(?:Radio|Daily)\s"
)
# "Castel Volturno", "Fort Lauderdale", "Puerto Ordaz": a town's name by its first word
_PLACE_NAME = re.compile(
    r"(?:San|Santa|Santo|São|Sao|Buenos|Fort|Port|Porto|Puerto|Castel|Castello|Saint|Sainte|St|Sankt|Mont|"
    r"Monte|Bad|Rio|Ciudad|Villa|Vila|Nova|Nueva|Nuevo)\s"
)
_AT_PLACE = re.compile(r"\b(?:in|at)\s+$")
_THING_AFTER = re.compile(
    r"['’]?\s+(?:Shield|Cup|Trophy|League|Conference|Championship|Isles|Islands|"
    r"(?:Football\s+)?(?:Association|Federation|Union)|"
    # "won two Damallsvenskan titles", "the Eredivisie crown": a league's name
    r"(?:titles?|crowns?)(?!-))\b"
)  # "the Korea Football Association", "the Malawi Federation": a country's body, nobody


# "Regionalliga Nordost leaders C", "NPL Victoria side C": a league or a region naming where a club plays
_QUALIFIES_A_CLUB = re.compile(r"\s+(?:side|outfit|leaders|strugglers|newcomers)\s+(?:[A-ZÀ-Þ]|«)")
# "the coach from Bagnolo Mella", "the 45-year-old from O Porriño": the man's home town (a descriptor
# names him; a name after "takes over from" is still a man)
_HOMETOWN_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:\d{2}-year-old|coach|manager|technician|tactician|trainer|strategist|boss)\s+from\s+$"
)


# "Before Oxford, the Leeds native coached C", "In Europe the ex-international directed A and B": a sentence
# opening on where (or before which post) the clause's man did what it tells
_OPENING_WHERE = re.compile(r"\W*(?:In|At|Before|After)\s+")
# what follows that opening word: the clause's subject, a reference back to the man ("the 46-year-old")
_REFERENCE_SUBJECT_NEXT = re.compile(r",?\s+the\s")


def _opening_place(m: Mention, sentence: str, ctx: Context) -> bool:
    """A lone word after a sentence-opening 'In', 'At', 'Before' or 'After', then the clause's subject
    told as 'the …' (a reference back to the man): a place or a club, not a person, unless the article names
    him in full or he is a one-name coach. (Not before 'he': 'Before Istra he coached C' leaves the lone word
    as it is read, a place or a club named elsewhere in the story.)"""
    return (
        _OPENING_WHERE.fullmatch(sentence, 0, m.start) is not None
        and _REFERENCE_SUBJECT_NEXT.match(sentence, m.end) is not None
        and " " not in m.name
        and fold(m.name) not in KNOWN_SINGLE()
        and ctx.people.resolve(m.name) == m.name
    )


def _place_or_thing(m: Mention, sentence: str, ctx: Context) -> bool:
    """A capitalised run read as a person that names a place or a competition instead, unless
    the name is a known coach's or one the article spelled out in full ('in Klopp's first
    season', 'the Steve Clarke era' stay people)."""
    if m.kind != "P" or m.pronoun:
        return False
    if _opening_place(m, sentence, ctx):
        return True  # "Before Oxford, the Leeds native coached C"
    if _THING_AFTER.match(sentence, m.end) or _BODY_WORD.search(m.name) or fold(m.name) in club_places():
        return True  # "the Community Shield", "Merseyside Police", "in Buenos Aires"
    if _QUALIFIES_A_CLUB.match(sentence, m.end) or _HOMETOWN_BEFORE.search(
        sentence, max(0, m.start - 40), m.start
    ):
        return True  # "Regionalliga Nordost leaders C", "the coach from Bagnolo Mella": a league, a town
    if fold(m.name) in place_names() and ctx.people.resolve(m.name) == m.name:
        return True  # "left Ohio for Seattle", "in Bavaria": a state or region, nobody's name
    if _PLACE_NAME.match(m.name) and _AT_PLACE.search(sentence, max(0, m.start - 4), m.start):
        return True  # "training at Castel Volturno", "a news conference in Fort Lauderdale"
    if sentence[m.end : m.end + 1] in ("'", "’") or not _PLACE_OR_THING_BEFORE.search(
        sentence, max(0, m.start - 24), m.start
    ):
        return False
    words = m.name.split()
    if len(words) == 1:
        if _SOMEONE_AFTER.match(sentence, m.end) or _TAKE_OVER_FROM.search(sentence, 0, m.start):
            return False  # "take over from Voro, Valencia's serial caretaker": a one-name man
        if fold(m.name) in KNOWN_SINGLE() and not _THE_BEFORE.search(sentence, 0, m.start):
            return False  # "an assistant to Tite", "talks with Cuca": a coach known by one name
        return ctx.people.resolve(m.name) == m.name  # no full name in the article, no known coach
    return fold(words[-1]) not in coach_surnames() and sentence[m.start - 4 : m.start] == "the "


# "born in Barcelona", "the team in Paris", "the final in Madrid", "after the first leg in Hamburg": a
# club's town told as where someone was born or a match was played, or a town that qualifies a team;
# "a friendly in Zagreb", "the training camp in Belgrade", "a news conference in Warsaw": where a national
# team played, gathered or spoke (its capital is often a club's town too)
_BORN_IN = re.compile(r"\b(?:born|raised|grew\s+up)\s+in\s+$", re.IGNORECASE)
_TEAM_IN = re.compile(r"\b(?:club|team|side|outfit)\s+in\s+$", re.IGNORECASE)
_MATCH_IN = re.compile(
    r"\b(?:final|defeat|defeated|win|victory|draw|drew|leg|beat|beaten|beating|against|lost|losing|match|game|tie|"
    r"clash|played|fixture|friendly|friendlies|qualifier|qualifiers|tournament|camp|conference|ceremony|"
    r"Olympics|congress)\b"
    r"[^,.;:()]{0,50}\b(?:in|at)\s+$",
    re.IGNORECASE,
)
_IN_OR_AT_BEFORE = re.compile(r"\b(in|at) $")


def _town_not_club(m: Mention, sentence: str) -> bool:
    """A club read off its town's name where the text names the town itself ('born in Barcelona', 'won
    against Lyon in Bilbao', 'a news conference at Gosford', 'the Qatari club in Doha'); not 'in
    Barcelona's youth system'."""
    if m.kind != "C" or m.club_kind != "club":
        return False
    lead = _IN_OR_AT_BEFORE.search(sentence, max(0, m.start - 3), m.start)
    if lead is None or (lead.group(1) == "at" and not m.by_town):
        return False  # ("a defeat at Burnley" names the club itself: only a town read as a club is vetoed)
    if sentence[m.end : m.end + 1] in ("'", "’") or len(m.text.split()) > 2:
        return False
    before = sentence[max(0, m.start - 70) : m.start]
    if _BORN_IN.search(before) or _MATCH_IN.search(before):
        return True
    return bool(_TEAM_IN.search(before)) and fold(m.text) in club_places()


# "Voro, Valencia's caretaker", "Rubi, who …", "Tite, 63, …": an apposition only a person has
_SOMEONE_AFTER = re.compile(r",\s+(?:who\s|\d{2},|(?:the\s+)?[A-ZÀ-Þ][\w\-]*['’]s\s)")
_TAKE_OVER_FROM = re.compile(r"\bover\s+from\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:the\s+)?")


def _countries_of_clubs(sentence: str, found: list[Mention]) -> list[Mention]:
    """'Morocco's AS FAR', 'Portugal's Vitória': the country only says where the club is, it is no
    national team of the story — the club's mention takes in the country's words."""
    clubs = {m.start: m for m in found if m.kind == "C" and m.club_kind == "club"}
    out = []
    for m in found:
        gap = _POSSESSIVE_GAP.match(sentence, m.end) if m.kind == "C" and m.club_kind == "national" else None
        club = clubs.get(gap.end()) if gap else None
        if club is not None:
            club.start, club.text = m.start, sentence[m.start : club.end]
            continue
        out.append(m)
    return out


# "to replace X when the Argentine left …": a descriptor opening the clause after the replaced
# coach is that coach (his departure explains the vacancy), not the one in focus
_REPLACE_CUE = re.compile(r"\b(?:replac\w*|succeed\w*|in\s+place\s+of|successor\s+to)\s+$", re.IGNORECASE)
_THEN_CLAUSE = re.compile(r",?\s+(?:when|after|as|once|because|since)\s+$", re.IGNORECASE)


def _replaced_then(sentence: str, person: Mention, start: int) -> bool:
    return bool(
        _THEN_CLAUSE.fullmatch(sentence, person.end, start)
        and _REPLACE_CUE.search(sentence, max(0, person.start - 30), person.start)
    )


# "talks with X about succeeding Y, but the former Everton manager would prefer …": a descriptor opening the
# clause that answers one about a man replacing another is the man talked to, not the man replaced
_CONTRAST_CLAUSE = re.compile(r"\s*(?:,\s*(?:but|while|although|though|yet)|;)\s+$", re.IGNORECASE)


def _replaced_then_contrast(sentence: str, person: Mention, start: int) -> bool:
    return bool(
        _CONTRAST_CLAUSE.fullmatch(sentence, person.end, start)
        and _REPLACE_CUE.search(sentence, max(0, person.start - 30), person.start)
    )


# "… when Cocu was sacked in November 2020 he became part of …": a pronoun taking a post right after
# a clause telling how another man went is not that man, but the one named before him
_GONE_CLAUSE = re.compile(
    r"\s+(?:was|had\s+been|has\s+been|got)\s+(?:sacked|dismissed|fired|axed)|\s+(?:left|resigned|quit|departed|"
    r"stepped\s+down|walked\s+out)\b",
    re.IGNORECASE,
)
_WHEN_BEFORE = re.compile(r"\b(?:when|after|once|as\s+soon\s+as)\s+$", re.IGNORECASE)
_TAKES_POST = re.compile(
    r"\s+(?:became|took|was\s+(?:put|placed|named|appointed|made|handed|given|asked)|stepped\s+(?:up|in)|"
    r"succeeded|replaced)\b",
    re.IGNORECASE,
)


def _gone_before(sentence: str, last: Mention, start: int) -> bool:
    return (
        bool(_WHEN_BEFORE.search(sentence, max(0, last.start - 20), last.start))
        and bool(_GONE_CLAUSE.match(sentence, last.end))
        and not re.search(r"[.;]", sentence[last.end : start])
        and bool(_TAKES_POST.match(sentence, start + len(sentence[start:].split(None, 1)[0])))
    )


# "Tony Mowbray replaced him", "X, who succeeded her": the object of a verb whose subject is the man
# named just before is someone else (he himself would be "himself")
_OBJECT_PRONOUN = re.compile(r"(?i:him|her(?=\s*(?:[.,;:]|$|\s+(?:as|at|in|on|with|after|when|for)\b)))")
# ("promoted his assistant X to replace him": the infinitive's subject is X too)
# ("X, who played under him at C", "who worked with him": the man of the clause is not "him")
_SUBJECT_VERB_GAP = re.compile(
    r"(?:,\s+who)?\s+(?!(?:and|but|or|who|which|that|after|when|before|as|with)\b)(?:[a-z]+\s+){0,2}[a-z]+(?:ed|s)\s+"
    r"|,\s+who\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|s)\s+(?:under|with|alongside|for|beside)\s+"
    r"|\s+to\s+(?:replace|succeed)\s+"
    # "Y's assistant, Z, leaves the club with him", "…, Z, follows him to C": the aide named in apposition
    # goes with another man (the comma closes the apposition; "with him" is never the subject himself)
    r"|,(?:\s+\d{2},)?\s+(?!(?:and|but|or|who|which|that|after|when|before|as|with)\b)(?:[a-z]+\s+){0,1}"
    r"[a-z]+(?:ed|s)\s+(?:(?:the\s+club|the\s+team|home)\s+)?(?:(?:along|together)\s+)?(?:with\s+)?"
    r"|\s+(?!(?:and|but|or|who|which|that|after|when|before|as|with)\b)(?:[a-z]+\s+){0,1}[a-z]+(?:ed|s)\s+"
    r"(?:(?:the\s+club|the\s+team|home)\s+)?(?:along\s+|together\s+)?with\s+"
    # "X, who was fired by C last month, is among the favourites to replace him": a rumour's subject
    r"|(?:,\s+who\s+[^,;.]{1,80},)?\s+(?:is|are|was|were)\s+(?:among\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:favourites?|candidates?|front-?runners?|contenders?|options?|names)\s+to\s+(?:replace|succeed)\s+"
)
# "A and B": men coordinated in one subject ('A and B are among the favourites to replace him')
_COORDINATED = re.compile(r"\s*(?:,|,?\s+and|&)\s+")


def _replaced_man(sentence: str, start: int, ctx: Context, subjects: set[str]) -> str | None:
    """The man an object pronoun means when no other man is named before it: the one in focus, unless
    he is the clause's subject ('X and Y are among the favourites to replace him', X in focus): then
    the coach whose departure left the post open."""
    if ctx.focus not in subjects:
        return ctx.focus
    if ctx.vacancy and _REPLACE_CUE.search(sentence, max(0, start - 20), start):
        return ctx.vacancy[3]
    return None


def _not_coordinated(sentence: str, before: list[Mention]) -> list[Mention]:
    """The men named before the last one and not coordinated with him in one subject."""
    k = len(before) - 1
    while k > 0 and _COORDINATED.fullmatch(sentence, before[k - 1].end, before[k].start):
        k -= 1
    return [m for m in before[:k] if m.name != before[-1].name]


# "Y, his number two at Benfica", "Z, her former assistant": what Y is to another man, told right after Y
_RELATION_AFTER_NAME = re.compile(
    r"(?i:his|her)\s+(?:[\w\-]+\s+){0,2}?(?:assistants?|number\s+two|no\.?\s*2|deputy|right-hand|mentor|"
    r"prot[eé]g[eé]|boss|successor|predecessor|aide|understudy)\b"
)


def _apposed_relation(sentence: str, last: Mention, start: int) -> bool:
    """'Y, his assistant at C': the possessive opens an apposition to Y telling what Y was to someone else."""
    return (
        not sentence[last.end : start].strip(" ,")
        and "," in sentence[last.end : start]
        and bool(_RELATION_AFTER_NAME.match(sentence, start))
    )


# "Y will be her assistant", "Y, who becomes his number two", "Y was his predecessor": what Y is to
# someone else, told through a linking verb (nobody is his own assistant)
_LINK_TO_RELATION = re.compile(
    r"(?:,\s+who)?\s+(?:will\s+be|would\s+be|becomes|became|is|was|has\s+been|had\s+been|remains)\s+"
    r"(?:(?:also|now|then|once)\s+)?"
)


def _linked_relation(sentence: str, last: Mention, start: int) -> bool:
    return bool(
        _LINK_TO_RELATION.fullmatch(sentence, last.end, start) and _RELATION_AFTER_NAME.match(sentence, start)
    )


# "X is expected to join his backroom team", "Y will join her staff": the staff of someone else
_JOINS_STAFF_GAP = re.compile(
    r"\s+(?:(?:is|are|will|would|has|have|had|was|were|also|now|then|set|expected|likely|due|poised|to|be|"
    r"going|\w+ly)\s+)*join(?:s|ed|ing)?\s+"
)
_STAFF_AFTER_POSSESSIVE = re.compile(r"(?i:his|her)\s+(?:new\s+)?(?:" + STAFF_TEAM + r"|staff)\b")


def _joins_staff_of(sentence: str, last: Mention, start: int) -> bool:
    return bool(
        _STAFF_AFTER_POSSESSIVE.match(sentence, start)
        and _JOINS_STAFF_GAP.fullmatch(sentence, last.end, start)
    )


def _named_before_subject(sentence: str, before: list[Mention], ctx: Context) -> str | None:
    """The last man named before the sentence's subject (and those coordinated with him)."""
    others = _not_coordinated(sentence, before)
    return ctx.people.resolve(others[-1].name) if others else None


def _object_of_subject(sentence: str, last: Mention, start: int) -> bool:
    return bool(
        _OBJECT_PRONOUN.match(sentence, start) and _SUBJECT_VERB_GAP.fullmatch(sentence, last.end, start)
    )


# "X took over after Y, and in his first season he won …": a man named after a preposition or as the
# object of a succession verb is no subject; a clause joined by "and"/"but" goes on about the subject
_OBLIQUE_BEFORE = compile_quick(
    r"\b(?:after|replac\w*(?:\s+by)?|succeed\w*(?:\s+by)?|(?:in\s+)?(?:the\s+)?place\s+of|from|than|with|under|alongside|beating|beat|"
    # "has found the successor of X: Y becomes …": the man replaced is no subject
    r"(?:successor|replacement)\s+(?:of|to|for)|"
    r"against|to)\s+(?:the\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_JOINED_CLAUSE = re.compile(
    r"(?:(?!\b(?:who|whom|whose|which|that|when|while|until|because)\b)[^.;:])*?,?\s+(?:and|but)\s"
)
_SUBJECT_PRONOUN = re.compile(r"(?i:he|his|she|her)\b")


# "he was the collaborator of Sarri and after of Spalletti, and since 2022 he guides …", "X was then
# assistant of Y, and before he trained …": a man named after 'of' is no subject either
_OF_BEFORE = re.compile(r"\bof\s+$")
_NOMINATIVE = re.compile(r"(?i:he|she)$")


def _back_to_subject(sentence: str, subject: Mention, last: Mention, start: int) -> bool:
    return bool(
        (
            not sentence[: subject.start].strip(_OPENING_MARKS)
            or (subject.pronoun and _NOMINATIVE.match(subject.text))
        )
        and _SUBJECT_PRONOUN.match(sentence, start)
        and (
            _OBLIQUE_BEFORE.search(sentence, max(0, last.start - 30), last.start)
            or _OF_BEFORE.search(sentence, max(0, last.start - 4), last.start)
        )
        and _JOINED_CLAUSE.match(sentence, last.end, start)
    )


# a subordinate clause after a possessor named last, up to the object pronoun: "'s successor in June,
# eight months after C sacked ", "'s assistant when C hired "
_POSSESSOR_TO_OBJECT = re.compile(
    r"['’]s?\s+[^.;:\"“”]*?\b(?:after|before|when|since|until)\b[^.;:\"“”]*?\s$"
)


def _possessor_then_object(sentence: str, subject: Mention, last: Mention, start: int) -> bool:
    """'X was named as Y's successor, months after C sacked him': the man named last is only a possessor
    in the subject's clause, so the object pronoun of the clause hung on it means the sentence's subject."""
    return bool(
        not sentence[: subject.start].strip(_OPENING_MARKS)
        and _OBJECT_PRONOUN.match(sentence, start)
        and _POSSESSOR_TO_OBJECT.fullmatch(sentence, last.end, start)
    )


def _clause_subject(pronouns: list[Mention], last: Mention) -> Mention | None:
    """The latest 'he'/'she' read before the man named last ('…: he was the assistant of Y, …')."""
    told = [p for p in pronouns if p.start < last.start and _NOMINATIVE.match(p.text) and p.name != last.name]
    return told[-1] if told else None


_EMPHATIC_SELF = re.compile(r"(?i:himself|herself)\b")
# what stands between a name and a descriptor in apposition to it: commas, or his age ("Giresse, 71,
# the former France midfielder", "Rossi (54), the ex-Inter coach"), never a word of the clause
_APPOSED_GAP = re.compile(r"[\s,]*(?:\(\d{2}\)|\d{2}(?=\s*,))?[\s,]*")
# "X is no longer the head coach", "X has ceased to be the coach": the post he lost, said of him, not a
# reference to someone
_LOST_POST_BEFORE = re.compile(r"\b(?:no\s+longer|ceased\s+to\s+be|ceases\s+to\s+be)\s+$", re.IGNORECASE)
# "The fitness coach will be X", "the goalkeeper coach will be the Italian Y": a post named first, its
# holder after the future copula; the title is that post, no reference to a man told before
_HOLDER_AFTER = re.compile(r"\s+will\s+(?:also\s+)?be\s+(?:the\s+[A-Z][\w\-]*\s+)?", re.IGNORECASE)


# "X remains the goalkeeper coach": a specialist's post said of the subject, no reference to another man
_KEPT_IN_POST_BEFORE = re.compile(r"\b(?:remains|stays)\s+$", re.IGNORECASE)
_SPECIALIST_POST = re.compile(
    r"(?:the\s+)?(?:goalkeep\w*|keepers?|fitness|physical|athletic)\s+(?:coach|trainer|preparer)",
    re.IGNORECASE,
)


def _kept_in_specialist_post(sentence: str, start: int, end: int) -> bool:
    """The descriptor at `start`-`end` is a specialist's post the man before 'remains' / 'stays' holds."""
    return bool(
        _KEPT_IN_POST_BEFORE.search(sentence, max(0, start - 12), start)
        and _SPECIALIST_POST.fullmatch(sentence, start, end)
    )


def _post_then_holder(sentence: str, end: int, found: list[Mention]) -> bool:
    """The descriptor ending at `end` is a post whose holder is named right after 'will be'."""
    after = _HOLDER_AFTER.match(sentence, end)
    return after is not None and any(m.kind == "P" and m.start == after.end() for m in found)


# a name (its last word capitalised), then at most an auxiliary: where an emphatic "himself" stands
# (or a relative on him: "…, replacing Y, who was himself sacked in April")
_RIGHT_AFTER_NAME = re.compile(r"[A-Z][\w\-’']*(?:,\s+who)?\s+(?:(?:had|has|was|is|would|will)\s+)?$")


# "He replaced Y, who left in May, and arrives from C, whom he led …": ", and" with a verb and no
# subject closes the relative clause, so what follows is the sentence subject's again, not Y's
_RELATIVE_CLOSED = re.compile(
    r",\s+who(?:m|se)?\b[^;]*?,\s+and\s+(?:then\s+|now\s+|also\s+)?"
    r"(?!(?:he|she|they|who|the|his|her|their|a|an|in|at|this|that|it)\b)"
    r"(?:[a-z]+(?:s|ed)|has|had|was|is|will|won|led|left|took|spent|became|began)\b[^;]*"
)


# "… approached Unai Emery, but the Spaniard turned them down", "when the Dane was sacked": a descriptor
# opening a clause after a named man is that man, not the man the story is about
_CLAUSE_OPENER = re.compile(
    r"\b(?:when|after|but|though|although|because|since|before|while|until|once|with|time)\s+$", re.IGNORECASE
)


# (also with the clubs he played for after it: "the former striker of Arsenal and PSG")
_PLAYER_HEAD = re.compile(
    r"(?:forward|striker|midfielder|defender|goalkeeper|winger|player|star)(?:\s+of\s[^.;]*)?$", re.I
)


def _descriptor_opens_clause(sentence: str, last: Mention, start: int, end: int) -> bool:
    """'…, but the Spaniard turned them down' right after a man named in full: that man."""
    return (
        not last.single
        and not _PLAYER_HEAD.search(sentence, start, end)
        and bool(_CLAUSE_OPENER.search(sentence, last.end, start))
    )


# "X, world champion in 2006, is a known face: the Abruzzese technician has coached …": what follows a
# colon tells more of the clause before it, so its opening descriptor is that clause's subject
_COLON_BEFORE = re.compile(r":\s*$")


def _descriptor_after_colon(sentence: str, before: list[Mention], start: int) -> bool:
    """A descriptor opening what follows a colon, the one man named before it opening the sentence."""
    return (
        len({m.name for m in before}) == 1
        and not sentence[: before[0].start].strip(_OPENING_MARKS)
        and bool(_COLON_BEFORE.search(sentence, before[-1].end, start))
    )


# "After replacing Sergio Lobera, who had …, he made …", "Having succeeded X, she …": an opening phrase
# without a subject of its own; the men named in it are its objects, the main clause's "he" is the
# man the text was about
_PARTICIPLE_OPENING = re.compile(
    r"\W*(?:After|Before|Since|Despite|On|Upon|Having|Following)\s+(?:\w+ing|been|succeeded|replaced)\b[^;:.]*,\s*$"
)
_SUBJECT_ONLY = re.compile(r"(?i:he|she)\b")


def _after_participle_opening(sentence: str, start: int, ctx: Context, name: str) -> bool:
    return bool(
        ctx.focus
        and ctx.focus != name
        and _SUBJECT_ONLY.match(sentence, start)
        and _PARTICIPLE_OPENING.fullmatch(sentence, 0, start)
    )


# "X, who was Y's assistant at C, has extended his contract": a relative clause about X naming Y, closed
# by a comma and followed by the main verb; the pronoun after that verb is X's
_MAIN_VERB_AFTER_RELATIVE = re.compile(
    r",\s+who\b[^,;]*,\s+(?:has|have|had|was|is|will|would|[a-z]+ed|[a-z]+s)\b[^,;«]*"
)


def _subject_past_relative(sentence: str, other: list[Mention], last: Mention, start: int) -> Mention | None:
    """The man whose relative clause holds the man named last, when the pronoun comes after the main verb."""
    if not other or not _SUBJECT_PRONOUN.match(sentence, start) or _OBJECT_PRONOUN.match(sentence, start):
        return None
    subject = other[-1]
    if subject.end > last.start or not _MAIN_VERB_AFTER_RELATIVE.fullmatch(sentence, subject.end, start):
        return None
    return subject


# "X, the nephew of Y, has been without a club since May, when C parted ways with him": an apposition
# on X naming Y, closed by a comma and followed by the main verb; a 'he'/'his' after that verb, or a
# 'him' in a clause of its own after it, is X's ("X, Y's long-time assistant, is the favourite, and the
# club have held talks with him": an apposition opening on Y's possessive too)
_MAIN_VERB_AFTER_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s|[A-ZÀ-Þ][^,;()'’]*['’]s?\s)[^,;()]*,\s+"
    r"(?:has|have|had|was|is|will|would|[a-z]+ed|[a-z]+s)\b[^;«]*"
)
_CLAUSE_OF_ITS_OWN = re.compile(r",\s+(?:when|after|before|since|until|as|because|where|while|and)\s")


def _subject_past_apposition(
    sentence: str, other: list[Mention], last: Mention, start: int
) -> Mention | None:
    """The man whose apposition holds the man named last, when the pronoun comes after the main verb."""
    if not other or not PRONOUN.match(sentence, start) or other[-1].pronoun:
        return None
    if _RELATION_AFTER_NAME.match(sentence, start):  # "X, a protégé of Y, served as his assistant": Y's
        return None
    subject = other[-1]
    gap = _MAIN_VERB_AFTER_APPOSITION.fullmatch(sentence, subject.end, start)
    if subject.end > last.start or not gap:
        return None
    own_clause = _CLAUSE_OF_ITS_OWN.search(sentence, last.end, start)
    return subject if own_clause or not _OBJECT_PRONOUN.match(sentence, start) else None


def _sentence_subject(named: list[Mention], out: list[Mention], last: Mention) -> str | None:
    """The person the sentence opens on (a name, or a pronoun already resolved), if not `last`."""
    people = sorted((m for m in [*named, *out] if m.start < last.start), key=lambda m: m.start)
    return people[0].name if people else None


def _opening_person(other: list[Mention], pronouns: list[Mention], last: Mention) -> Mention | None:
    """The first person of the sentence, named or a pronoun already read ('He was sacked and replaced
    by Y, and he later …'), if not the man named last."""
    people = sorted([*other, *(p for p in pronouns if p.start < last.start)], key=lambda m: m.start)
    if not people or people[0].name == last.name:
        return None
    return people[0]


def _nobody(m: Mention) -> bool:
    """'the Premiership', 'the Millers', 'Dec. 1', 'The Emperor': a lone capitalised word read as a
    person that is no full name of the article nor a known coach; 'he' and 'the Dane' never mean it."""
    return m.single and not m.pronoun and fold(m.name) not in KNOWN_SINGLE()


# "… Sarri and Spalletti, and when the latter left …", "the former, who …": the second (first) of the
# last two men named; only where a verb, a relative or punctuation follows ("the former Arsenal
# striker" is a descriptor)
_LATTER = re.compile(
    r"\b[Tt]he\s+(latter|former)\b(?=\s*[,;:.)]|\s+(?:was|is|had|has|who|whose|would|will|could|did|took|left|"
    r"won|led|made|went|became|remained|remains|joined|[a-z]+ed)\b)"
)


def _latter_or_former(sentence: str, named: list[Mention], ctx: Context) -> list[Mention]:
    out = []
    if "latter" not in sentence and "former" not in sentence:  # the words _LATTER needs: skip its scan
        return out
    for m in _LATTER.finditer(sentence):
        here = [p.name for p in named if p.end <= m.start() and not _nobody(p)]
        pair = list(dict.fromkeys(here if len(set(here)) >= 2 else ctx.named_last))
        if len(pair) >= 2:
            name = pair[-1] if m.group(1) == "latter" else pair[-2]
            out.append(Mention("P", m.start(), m.end(), m.group(0), name=name, pronoun=True))
    return out


# "The former assistant of Jürgen Klopp at Liverpool had come …", "The ex-coach of C was sacked": a
# sentence (or its main clause, after a fronted time) opening on a man described by a post he held
# under someone or at a club, then its verb; the head is a reference back like 'the Dutchman' (the
# men and clubs after 'of' are only the complement)
_POST_OF_OPENING = re.compile(
    r"\W*(?:(?:In|On|At|By|Back\s+in)\s+[\w ]{2,25},\s+)?"  # "In January of 2019, the then coach of C was …"
    r"(?:(?:Before|Previously|Earlier|Before\s+that),\s+)?"  # "Before, the ex-defender of C coached …"
    r"([Tt]he\s+(?:(?:former|ex-|erstwhile|one-time|long-?time|previous|then)\s*)(?:[\w-]+\s+){0,2}?"
    r"(?:assistant|assistant\s+coach|deputy|number\s+two|right-hand\s+man|" + DESCRIPTOR_HEADS + r"))\s+of\s"
)
# "The son of the legendary former Forest manager Brian Clough has …", "The nephew of Y was …": a
# sentence opening on a man told by his kin, then its verb; the head means the man in view, the man
# after 'of' is only the complement (no subject a later 'he' goes on about)
_RELATIVE_OF_OPENING = re.compile(
    r"\W*([Tt]he\s+(?:(?:eldest|elder|older|younger|youngest|only|late)\s+)?(?:"
    + KIN
    + r"|twin(?:\s+brother)?|protégé|protege))\s+of\s"
)
# the complement after the head: named men and clubs (placeholders X), each perhaps after a few words
# of title ('of the legendary former X manager X'), then the sentence's verb
_COMPLEMENT_THEN_VERB = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?X(?:\s+(?:[a-z][\w-]*\s+){1,2}?X)?"
    r"(?:\s+(?:at|and|in|with|and\s+of)\s+(?:the\s+)?X)*\s+(?:[a-z]+ly\s+)?"
    r"(?:had|has|was|is|will|would|could|did|now|then|also|[a-z]+ed)\b"
)


def post_of_opening(sentence: str, found: list[Mention]) -> list[tuple[int, int, bool]]:
    """The head of a sentence-opening 'The former assistant of Y at C <verb> …' or 'The son of Y
    <verb> …' (see above)."""
    span = _opening_complement(sentence, found)
    return [(span[0], span[1], False)] if span else []


def _opening_complement(sentence: str, found: list[Mention]) -> tuple[int, int, int] | None:
    """(head start, head end, complement end) of a sentence-opening 'The former assistant of Y at C'
    or 'The son of Y' followed by the sentence's verb."""
    m = _POST_OF_OPENING.match(sentence) or _RELATIVE_OF_OPENING.match(sentence)
    if not m:
        return None
    rest, pos = [], m.end(1)
    for x in sorted((x for x in found if x.start >= pos), key=lambda x: x.start):
        rest.append(sentence[pos : x.start] + "X")
        pos = x.end
    rest.append(sentence[pos:])
    verb = _COMPLEMENT_THEN_VERB.match("".join(rest))
    if not verb:
        return None
    complement = [x.end for x in found if x.start >= m.end(1)][: verb.group(0).count("X")]
    return m.start(1), m.end(1), max(complement, default=m.end(1))


def _pronoun_mentions(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """The pronouns and descriptors of `sentence` ('he', 'the Dutchman', 'his predecessor') as mentions
    of the man each one means."""
    opening = _opening_complement(sentence, found)
    descriptors = [
        *descriptor_spans(sentence),
        *([(opening[0], opening[1], False)] if opening else []),
        *_predecessor_spans(sentence),
    ]
    # "The son of Y", "The former assistant of Y at C": the men after 'of' are only the head's complement
    hidden = [*descriptors, (opening[0], opening[2], False)] if opening else descriptors
    named = sorted(  # "The Ravenna technician": a word inside a descriptor is nobody 'him' can mean
        (m for m in found if m.kind == "P" and not any(s <= m.start and m.end <= e for s, e, _ in hidden)),
        key=lambda m: m.start,
    )
    out: list[Mention] = _latter_or_former(sentence, named, ctx) if "the" in sentence.lower() else []
    played_end = _playing_past_end(sentence, opening, found)
    for start, end, is_descriptor, coach in _reference_spans(sentence, descriptors, found):
        if played_end and opening and (start, end) == opening[:2]:
            end = played_end
        if (
            not is_descriptor
            and _EMPHATIC_SELF.match(sentence, start)
            and _RIGHT_AFTER_NAME.search(sentence, 0, start)
        ):
            continue  # "X had himself taken charge", "X himself": the subject again, not a mention
        if is_descriptor and _LOST_POST_BEFORE.search(sentence, max(0, start - 20), start):
            continue
        if is_descriptor and _post_then_holder(sentence, end, found):
            continue
        if is_descriptor and _kept_in_specialist_post(sentence, start, end):
            continue
        before = [m for m in named if m.end <= start and not ctx.people.is_executive(m.name)]
        if is_descriptor and before and _APPOSED_GAP.fullmatch(sentence, before[-1].end, start):
            continue  # "Sergi Barjuan, the current coach of …": an apposition, not a reference
        if before and (
            _ALONG_WITH.search(sentence, before[-1].end, start)
            if is_descriptor
            else _OBJECT_PRONOUN.match(sentence, start) and _GOES_WITH.search(sentence, before[-1].end, start)
        ):
            name = _companion(sentence, before, ctx)
        elif before and (
            not is_descriptor
            or ctx.focus is None
            or _replaced_then(sentence, before[-1], start)
            or _descriptor_opens_clause(sentence, before[-1], start, end)
            or _descriptor_after_colon(sentence, before, start)
            or _IN_RELATIVE_OF.fullmatch(sentence, before[-1].end, start)
        ):
            name = _meant_of_named(sentence, start, is_descriptor, before, named, out, ctx)
        elif (told := _described_subject(sentence, start, is_descriptor, out, ctx)) is not None:
            name = told  # "The Dane will bring his own assistant": his is the Dane's
        else:
            name = _coach_in_view(sentence[start:end], ctx) if is_descriptor else ctx.focus
        said = _reference(sentence, (start, end), is_descriptor, coach, name, bool(before), found, ctx)
        if said:
            out.append(said)
    return out


_PLAYING_POSITION = re.compile(r"\b" + PLAYING_POSITION + r"\b", re.IGNORECASE)


def _coach_in_view(descriptor: str, ctx: Context) -> str | None:
    """The man a sentence-opening descriptor means: the one in focus, unless the story's focus is a player
    ('The forward will work under X … . The 45-year-old took over in 2021'): then a descriptor naming no
    playing position means the first coach of the last sentence naming men."""
    focus, people = ctx.focus, ctx.people
    if focus is None or not people.is_player(focus) or _PLAYING_POSITION.search(descriptor):
        return focus
    coaches = [p for p in ctx.named_last if not people.is_player(p) and not people.is_executive(p)]
    return coaches[0] if coaches else focus


def _playing_past_end(
    sentence: str, opening: tuple[int, int, int] | None, found: list[Mention]
) -> int | None:
    """'The former defender of Milan has coached C' (translated copy's order for 'the former Milan
    defender'): the clubs after 'of' are where he played, part of the reference, so it ends after them
    and the clause reads 'X has coached C'. None for any other opening ('The former assistant of Y')."""
    if opening is None:
        return None
    head_start, head_end, complement_end = opening
    if not _PLAYER_HEAD.search(sentence, head_start, head_end):
        return None
    complement = [m for m in found if head_end <= m.start and m.end <= complement_end]
    if not complement or any(m.kind != "C" for m in complement):
        return None
    return complement_end


# between a sentence-opening descriptor and a "his"/"he" of its own clause: no name, no clause break
_OWN_CLAUSE = re.compile(r"[^;:()\"“”]*")
# … and a "him" of the clause after it: a colon or semicolon, then a clause with no name and no quote
_NEXT_CLAUSE = re.compile(r"[^;:()\"“”]*[;:][^;:()\"“”]*")


def _described_subject(
    sentence: str, start: int, is_descriptor: bool, out: list[Mention], ctx: Context
) -> str | None:
    """The man a descriptor opening the sentence means by the nationality or age the text gave him,
    for a "his" or "he" after it in its clause ('The Dane will bring his own assistant'), or the man the
    story read it as where that is not the man in focus ('The 61-year-old has managed eight clubs, most
    recently C, whom he left in 2022'); for "him" only in the clause after a colon or semicolon (in the
    descriptor's own clause "him" is never its subject); None where the descriptor is read as the man in
    focus and says nothing the text tied to him."""
    if is_descriptor or not out:
        return None
    first = out[0]
    if not first.pronoun or first.end > start or not _sure_of(first, ctx):
        return None
    if sentence[: first.start].strip(_OPENING_MARKS):
        return None
    if _SUBJECT_PRONOUN.match(sentence, start) and _OWN_CLAUSE.fullmatch(sentence, first.end, start):
        return first.name
    # "The 58-year-old lasted six weeks: the club parted ways with him": "him" of the next clause, whose
    # subject is no man, is the man that clause goes on about
    if _OBJECT_PRONOUN.match(sentence, start) and _NEXT_CLAUSE.fullmatch(sentence, first.end, start):
        return first.name
    return None


def _sure_of(descriptor: Mention, ctx: Context) -> bool:
    """The descriptor gives the age or nationality the text gave its man, or gives one and the story
    read it as another man than the one in focus (the new coach of the news after a sentence on the man
    he replaced): as sure as a name."""
    if _told_of(descriptor.text, descriptor.name, ctx):
        return True
    return descriptor.name != ctx.focus and bool(
        _AGE_SAID.search(descriptor.text) or nationalities(descriptor.text)
    )


def _told_of(descriptor: str, name: str | None, ctx: Context) -> bool:
    """The descriptor gives the nationality or the age the text gave this man by name."""
    if name is None:
        return False
    age = _AGE_SAID.search(descriptor)
    if age:
        return ctx.people.age.get(name) == int(age.group(1))
    return bool(nationalities(descriptor) & ctx.people.nationality.get(name, frozenset()))


# "X replaces Y, whose departure was confirmed despite the Austrian leading C …": a descriptor opening
# a clause inside the relative clause on the man named last goes on about him ("Y, who presented the
# new coach": an object there is another man)
_IN_RELATIVE_OF = re.compile(
    r",\s+(?:who|whose)\b[^,;:.()\"“”]*\b(?:despite|after|when|before|since|until|while|as|although|though)\s+"
)
# "A and B are leaving along with the German": a companion phrase after the men of the subject
_ALONG_WITH = re.compile(r"\b(?:along\s+with|together\s+with|as\s+well\s+as|alongside)\s+$", re.IGNORECASE)


# "A and B leave together with him", "A goes with him": an object pronoun after the subject's going with
# someone is never one of the men of that subject
_GOES_WITH = re.compile(
    r"\b(?:along\s+with|together\s+with|(?:leaves?|leaving|go(?:es)?|going|depart(?:s|ing)?)\s+with)\s+$",
    re.IGNORECASE,
)


def _companion(sentence: str, before: list[Mention], ctx: Context) -> str | None:
    """Whom 'along with the German' means after men named in the subject: never one of them, but a man
    named before them ('Klopp's assistants A and B are leaving along with the German') or the man in
    focus; None where that is one of them too."""
    others = _not_coordinated(sentence, before)
    if others:
        return ctx.people.resolve(others[-1].name)
    subjects = {ctx.people.resolve(m.name) for m in before}
    return None if ctx.focus in subjects else ctx.focus


# "There followed spells at A and B", "Then came two years at C": a career's next spells told with no
# subject; the opening words stand for the man the story is about, as a pronoun would (the spell rule
# `followed-spells-at` reads the list after them, a player's spells guarded like the other spell lists);
# so does the article of a spell that is the sentence's subject, told as what came next or how long it
# lasted: "A short stint at C followed", "A stint at C in 2012 lasted only weeks" (not "ended": its end
# is the news there, a sacking or a departure)
_SUBJECTLESS_SPELLS_OPENER = re.compile(
    r"(?:There|Then|Next)\s+(?:followed|came)(?=\s+(?:[\w-]+\s+){0,3}?(?:spells?|stints?|years|seasons)\s+"
    r"(?:in\s+[A-Z][\w-]*\s+)?(?:at|with)\s)|"
    r"An?(?=\s+(?:(?:brief|short|successful|\w+-year)\s+)?(?:spell|stint)\s+(?:at|with)\s"
    r"[^.;:!?]{1,80}?\s(?:followed|lasted)\b)"
)
# "Then A, B and a season at C.", "Before that: A as an assistant, B as a youth coach.": a career told as
# a verbless list of clubs; the opening words stand for the man the story is about, as above (the spell
# rule `verbless-career-list` reads the list). Only where a club follows at once and the list goes on
# after it: "Then Rapid scored" is a match told, "Then Smith took over" has its own subject.
_VERBLESS_LIST_OPENER = re.compile(r"(?:Then|Before\s+that\s*:|After\s+that\s*:)(?=\s+(?:the\s+)?\S)")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|as\s|in\s+(?:two|three|four)\s+spells\b)")


def _verbless_list_opener(sentence: str, found: list[Mention]) -> re.Match[str] | None:
    """The opening 'Then' / 'Before that:' of a verbless career list, if the sentence is one."""
    m = _VERBLESS_LIST_OPENER.match(sentence, len(sentence) - len(sentence.lstrip(_OPENING_MARKS)))
    if not m:
        return None
    first = min((x for x in found if x.start >= m.end()), key=lambda x: x.start, default=None)
    if first is None or first.kind != "C":
        return None
    between = sentence[m.end() : first.start].strip().lower()
    return m if between in {"", "the"} and _LIST_GOES_ON.match(sentence, first.end) else None


def _reference_spans(
    sentence: str, descriptors: list[tuple[int, int, bool]], found: list[Mention]
) -> list[tuple[int, int, bool, bool]]:
    """(start, end, is a descriptor, describes a coach) of each pronoun and descriptor, in order."""
    spans = [
        (m.start(), m.end(), False, False)
        for m in PRONOUN.finditer(sentence)
        if not any(s <= m.start() < e for s, e, _ in descriptors)  # "his predecessor" is one reference
    ]
    opener = _SUBJECTLESS_SPELLS_OPENER.match(
        sentence, len(sentence) - len(sentence.lstrip(_OPENING_MARKS))
    ) or _verbless_list_opener(sentence, found)
    if opener:
        spans.append((opener.start(), opener.end(), False, False))
    spans += [(s, e, True, coach) for s, e, coach in descriptors]
    spans.sort()
    return spans


def _meant_of_named(
    sentence: str,
    start: int,
    is_descriptor: bool,
    before: list[Mention],
    named: list[Mention],
    out: list[Mention],
    ctx: Context,
) -> str | None:
    """The man a reference at `start` means, of the men named `before` it (the last one, unless the
    sentence says another); None where it is none of them."""
    name = ctx.people.resolve(before[-1].name)
    other = [m for m in before if m.name != before[-1].name]
    if other and (
        _gone_before(sentence, before[-1], start)  # "when Cocu was sacked he became …"
        or (is_descriptor and _replaced_then_contrast(sentence, before[-1], start))
    ):
        name = ctx.people.resolve(other[-1].name)
    elif not is_descriptor:
        name = _pronoun_meant(sentence, start, name, before, other, named, out, ctx)
    if name == before[-1].name and _nobody(before[-1]):
        name = ctx.focus  # "The Millers sacked him": not a man, so the one in view
    return name


# the first man is the aide only as subject of a linking verb told right before the boss phrase ("X was /
# worked as / spent a decade as / was part of / became Y's assistant"): "X thanked / was spotted by / was a
# favourite of Y's staff" tells no post of his
AIDE_LINK_BEFORE = re.compile(
    r"\b(?:(?:was|is|were|had\s+been|has\s+been|having\s+been|became|becoming|become)"
    r"(?:\s+(?:\w+ly|also|once|later|then|long|still|now|most|"
    r"(?:for|in|during|over)\s+(?:[\w\-]+\s+){0,4}?(?:years?|seasons?|decades?|campaigns?))){0,2}"
    r"(?:\s+(?:part|a\s+member|one)\s+of)?"
    r"|(?:worked|working|served|serving)\s+as|spent\s+(?:[^«,.;:]{0,40}?)\s+as|as|joined|joining)"
    r"\s+(?:(?:an?|the)\s+)?(?:(?:former|long-time|trusted|then)\s+)?$",
    re.IGNORECASE,
)
# "As assistant to Y, he …", "After several years as Y's number two, he …": the sentence opens on the aide's
# post, the pronoun is the aide
_FRONTED_AS = re.compile(r"(?:[\w\-]+\s+){0,5}?as\s+[^,;:]*$", re.IGNORECASE)
# "Y's assistant", "part of Y's staff", "assistant to Y", "co-trainer of Y": Y named only as the man an aide
# served
_AIDES_BOSS_AFTER = re.compile(
    r"['’]s?\s+(?:[\w\-]+\s+)?(?:assistant|staff|number\s+two|deputy|right-hand\s+(?:man|woman)|backroom)\b",
    re.IGNORECASE,
)
_AIDES_BOSS_BEFORE = re.compile(
    r"\b(?:assistant|co-trainer|co-coach|deputy|number\s+two|right-hand\s+(?:man|woman))\s+(?:(?:coach|manager)\s+)?"
    r"(?:to|of|under)\s+$",
    re.IGNORECASE,
)


def _aide_as_subject(sentence: str, last: Mention, opener: Mention | None, ctx: Context) -> str | None:
    """The aide when the man named last is named only as the boss an aide served and the aide is the
    sentence's subject: the opener linked to the post ("X was Y's assistant", "X was part of Y's staff"),
    or the pronoun itself after a fronted "As assistant to Y," (the man in focus); else None."""
    title = _AIDES_BOSS_BEFORE.search(sentence, max(0, last.start - 40), last.start)
    if not title and not _AIDES_BOSS_AFTER.match(sentence, last.end):
        return None
    post = title.start() if title else last.start
    if opener:
        if not AIDE_LINK_BEFORE.search(sentence, opener.end, post):
            return None
        return opener.name if opener.pronoun else ctx.people.resolve(opener.name)
    return ctx.focus if _FRONTED_AS.match(sentence, 0, post) else None


def _pronoun_meant(
    sentence: str,
    start: int,
    name: str,
    before: list[Mention],
    other: list[Mention],
    named: list[Mention],
    out: list[Mention],
    ctx: Context,
) -> str | None:
    """Whom a pronoun at `start` means where the clause it stands in says it is not `name`, the man
    named last (`other`: the men named before him); None where it means nobody named."""
    last = before[-1]
    opener = _opening_person(other, out, last)
    if not other and _after_participle_opening(sentence, start, ctx, name):
        return ctx.focus or name  # "After replacing X, who …, he made …": the man in focus
    meant = _aide_as_subject(sentence, last, opener, ctx) if _SUBJECT_ONLY.match(sentence, start) else None
    if meant and meant != name:
        # "After years as assistant to Y, he was head coach of C", "X was part of Y's staff when …, where he
        # was sacked": the aide the clause is about, not Y
        return meant
    if opener and _back_to_subject(sentence, opener, last, start):
        # "X took over after Y, and in his first season …"
        return opener.name if opener.pronoun else ctx.people.resolve(opener.name)
    if opener and _possessor_then_object(sentence, opener, last, start):
        # "X was named as Y's successor, eight months after C sacked him": X
        return opener.name if opener.pronoun else ctx.people.resolve(opener.name)
    if (told := _clause_subject(out, last)) and _back_to_subject(sentence, told, last, start):
        return told.name  # "…: he was the assistant of Y, and since 2022 he guides C"
    if _joins_staff_of(sentence, last, start):
        # "X and Y are set to join his coaching staff": a man joins another man's staff
        meant = _named_before_subject(sentence, before, ctx) or ctx.focus
        return None if meant == ctx.people.resolve(last.name) else meant
    if _object_of_subject(sentence, last, start):
        others = _not_coordinated(sentence, before)
        subjects = {ctx.people.resolve(m.name) for m in before if m not in others}
        meant = (
            ctx.people.resolve(others[-1].name) if others else _replaced_man(sentence, start, ctx, subjects)
        )
        return None if meant == name else meant
    if subject := _subject_past_relative(sentence, other, last, start) or _subject_past_apposition(
        sentence, other, last, start
    ):
        # "X, who was Y's assistant at C, has extended his contract": X's, the clause is closed
        return ctx.people.resolve(subject.name)
    if _apposed_relation(sentence, last, start) or _linked_relation(sentence, last, start):
        # "Y, his number two at Benfica, follows him", "Y will be her assistant": another, never Y
        meant = ctx.people.resolve(other[-1].name) if other else ctx.focus
        return None if meant in (None, ctx.people.resolve(last.name)) else meant
    if _RELATIVE_CLOSED.fullmatch(sentence, last.end, start):
        return _sentence_subject(named, out, last) or name
    return name


def _reference(
    sentence: str,
    span: tuple[int, int],
    is_descriptor: bool,
    coach: bool,
    name: str | None,
    after_named: bool,
    found: list[Mention],
    ctx: Context,
) -> Mention | None:
    """The mention of `name` by the reference at `span`, read with what the story told of the man (his
    age, nationality, his place in a succession); None where it means nobody."""
    start, end = span
    if is_descriptor and name:
        said = sentence[start:end]
        name = _of_that_age(said, _apposed_age(sentence, end), _of_that_nationality(said, name, ctx), ctx)
        name = _not_the_caretaker(sentence, span, name, found, ctx)
        name = _man_the_timeline_turned_to(sentence, span, name, ctx)
    aside = False
    if name and (is_descriptor or _SUBJECT_ONLY.match(sentence, start)):
        read = _in_the_succession(sentence, span, name, is_descriptor, after_named, found, ctx)
        aside, name = bool(read) and read != name and read in ctx.exits, read
    gender = told_gender(sentence[start:end])
    if disagrees(name, gender, ctx.people):  # "He was her assistant": "her" is not the man "he" is
        before = [m for m in found if m.end <= start and not m.pronoun]
        name = other_candidate(gender, before, name, ctx.people)
    if not name:
        return None
    if is_descriptor:
        _remember_described(sentence[start:end], _apposed_age(sentence, end), name, ctx)
    return Mention(
        "P", start, end, sentence[start:end], name=name, pronoun=True, describes_coach=coach, aside=aside
    )


# "A led the team for two matches before B was appointed.", "C took charge until D arrived in January.":
# a sentence closing on the next man's arrival moves the story's timeline on to him
_TIMELINE_TURN = re.compile(
    r"\b(?:before|until|till)\s+([A-ZÀ-Þ][^\s,;:.()]*(?:\s+[A-ZÀ-Þ][^\s,;:.()]*){0,3})\s+"
    r"(?:was\s+(?:appointed|named|hired|brought\s+in)|arrived|took\s+over|came\s+in)\b[^,;:()]*$"
)


def _man_the_timeline_turned_to(
    sentence: str, span: tuple[int, int], name: str | None, ctx: Context
) -> str | None:
    """'… before B was appointed in November. The 58-year-old lasted only six weeks': a descriptor opening
    the sentence after one that closes on a new man's arrival means that man (the story has moved on to
    him), not the earlier subject, unless the descriptor gives the age or nationality the text gave that
    subject, or one the text gave the new man otherwise."""
    cursor = ctx.people.cursor
    if not name or not cursor or sentence[: span[0]].strip(_OPENING_MARKS):
        return name
    turn = _TIMELINE_TURN.search(ctx.sentences[cursor - 1].rstrip(" .!"))
    if not turn:
        return name
    arrived = ctx.people.resolve(turn.group(1))
    said = sentence[span[0] : span[1]]
    if arrived == name or arrived not in ctx.named_last or _told_of(said, name, ctx):
        return name
    age = _age_of(said, _apposed_age(sentence, span[1]))
    return name if _described_otherwise(arrived, nationalities(said), age, ctx) else arrived


# --- a story naming the new coach and the man he replaces: which of them a reference means ---------

# "his predecessor" (no name after it): the man who held the post before
_PREDECESSOR = re.compile(r"\b[Hh](?:is|er)\s+predecessor\b(?!\s*,?\s*(?:[A-ZÀ-Þ]|«))")
# "the outgoing coach", "the sacked manager", "the previous boss": the man who left the post, never the
# man who took it
_OUTGOING = re.compile(
    r"[Tt]he\s+(?:outgoing|departing|departed|sacked|axed|dismissed|fired|ousted|deposed|previous)\s+"
    r"(?:head\s+)?(?:coach|manager|boss|tactician|trainer|technician|selector)$"
)
# "the departure of", "the sacking of": an exit, whose man is not the one named taking a post before it
_EXIT_OF_BEFORE = re.compile(r"\b(?:" + EXIT_NOUNS + r")\s+of\s+$", re.IGNORECASE)
# "the manager", "the head coach": the post's holder, with nothing telling him apart
_BARE_POST = re.compile(r"[Tt]he\s+(?:head\s+)?(?:coach|manager|boss|trainer)")
# "the former Ajax boss" in a story of Ajax's new coach replacing one: the man who left
_FORMER_OF = re.compile(
    r"[Tt]he\s+(?:former|ex-?)\s*\S.*\s(?:head\s+)?(?:coach|manager|boss|tactician|trainer)$"
)
# "the new man", "the incoming coach": the man who took the post
_NEW_MAN = re.compile(
    r"[Tt]he\s+(?:new|incoming)\s+(?:head\s+)?(?:man|coach|manager|boss|tactician|trainer|selector|technician|"
    r"commander)$"
)
# what only the man who left can have done at the club ("had been in charge since 2021", "had been
# sacked", "left the club by mutual consent", "won just two of his 12 games") …
_HELD_POST = re.compile(
    r"\s+had\s+(?:only\s+|previously\s+|already\s+)?been\s+(?:in\s+charge|at\s+the\s+helm|at\s+the\s+club|"
    r"in\s+the\s+(?:job|role|post|dugout|hot\s+seat))(?=\s+(?:since|for)\b|\s*[,.;]|\s*$)"
    r"|\s+had\s+(?:previously\s+)?(?:led|guided|steered|taken)\s+the\s+" + CLUB_NOUN + r"\s+to\b"
    # "had led Norway since 2017": the post's holder until the news
    r"|\s+had\s+led\s+[^,;:.()]{1,40}?\s+since\s+\d{4}",
    re.IGNORECASE,
)
_LOST_POST = re.compile(
    r"\s+(?:(?:had\s+been|was|has\s+been)\s+(?:sacked|dismissed|fired|axed|relieved\s+of\s+(?:his|her)\s+duties)\b"
    r"|(?:has\s+|had\s+)?(?:left|departed|quit)\s+(?:the\s+club|by\s+mutual\s+consent|(?:his|her)\s+(?:post|role|job))\b"
    r"|(?:has\s+|had\s+)?(?:resigned|stepped\s+down)(?=\s*[,.;]|\s+(?:on|last|earlier|after|following)\b)"
    r"|won\s+(?:only|just)\s+\w+\s+of\s+(?:his|her)\b)",
    re.IGNORECASE,
)
# … and what only the man who took the post can ("signed a two-year deal", "will lead the side")
_NEW_AT_CLUB = re.compile(
    r"\s+(?:(?:has\s+)?(?:signed|penned)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,4}?(?:deal|contract)\b"
    r"|(?:will|is\s+set\s+to|is\s+due\s+to)\s+(?:lead|take\s+charge|be\s+in\s+charge|take\s+over|oversee)\b"
    r"|is\s+the\s+club['’]s\b)",
    re.IGNORECASE,
)
# "returns for a second spell", "reappointed", "on a permanent basis": the new man may have held the
# post before (or as a stand-in), so a spell there may be his
_SUCCESSION_DOUBT = compile_quick(
    r"\b(?:return(?:s|ed|ing)?|re-?appoint\w*|re-?hire\w*|second\s+(?:spell|stint)|another\s+(?:spell|stint)|"
    r"for\s+a\s+(?:second|third|fourth)\s+time|permanent(?:ly)?)\b",
    re.IGNORECASE,
)
_RECENT_EXIT = 4  # sentences back an exit still leaves the post open in the reader's mind


def _predecessor_spans(sentence: str) -> list[tuple[int, int, bool]]:
    if "predecessor" not in sentence:
        return []
    return [(m.start(), m.end(), False) for m in _PREDECESSOR.finditer(sentence)]


def _departed(ctx: Context, clubs: set[str] | None = None) -> list[str]:
    """The men the last sentences told leaving a post (at one of `clubs`)."""
    now = ctx.people.cursor or 0
    return [
        p
        for p, (club, _, i) in ctx.exits.items()
        if now - i <= _RECENT_EXIT and (clubs is None or club in clubs) and not ctx.people.is_executive(p)
    ]


def _arrived(ctx: Context, club: str) -> list[str]:
    """The men the article told taking a post at `club` and not leaving it."""
    return [p for p, clubs in ctx.posts.items() if club in clubs and ctx.exits.get(p, ("",))[0] != club]


def _one(men: list[str]) -> str | None:
    men = list(dict.fromkeys(men))
    return men[0] if len(men) == 1 else None


def _new_man_of_story(name: str | None, ctx: Context) -> str | None:
    """'… to welcome the new manager': the one man the story told taking a post at its club, when the
    reading so far is a man who took none there (a rival club's target named last)."""
    club = ctx.topic_club
    if not club or (name and club in ctx.posts.get(name, ())):
        return None
    return _one(_arrived(ctx, club))


def _in_the_succession(
    sentence: str,
    span: tuple[int, int],
    name: str,
    is_descriptor: bool,
    named_before: bool,
    found: list[Mention],
    ctx: Context,
) -> str | None:
    """Who a reference means in a story of one coach replacing another at a club: 'his predecessor',
    'the outgoing coach' and what only the man who left can have done there ('The 58-year-old had
    been in charge since 2021') mean him; what only the new man can ('The former Ajax boss signed a
    three-year deal') means the new man. `name` is the reading so far; None drops a reference to a
    man who left when the story names none or several. A man named earlier in the sentence keeps the
    reference to him ('Y lasted until October, when he was sacked')."""
    start, end = span
    text = sentence[start:end]
    inner = {m.name for m in found if m.kind == "C" and start <= m.start < end}
    if _PREDECESSOR.fullmatch(text) or _OUTGOING.fullmatch(text):
        return _one(_departed(ctx, inner or None))
    exit_of = _EXIT_OF_BEFORE.search(sentence, max(0, start - 30), start)
    if named_before and exit_of and _BARE_POST.fullmatch(text):
        # "X was placed in caretaker charge after the departure of the manager": never X
        return _one([p for p in _departed(ctx, inner or None) if p != name])
    if is_descriptor and _NEW_MAN.fullmatch(text) and (new := _new_man_of_story(name, ctx)):
        return new
    if named_before or not ctx.posts:
        return name
    outside = {m.name for m in found if m.kind == "C" and not start <= m.start < end}
    if is_descriptor and _NEW_MAN.fullmatch(text):
        club = ctx.exits[name][0] if name in ctx.exits else None
        return (_one(_arrived(ctx, club)) if club else None) or name
    exit_ = ctx.exits.get(name)
    if exit_ and name in _departed(ctx) and not outside - {exit_[0]} and _NEW_AT_CLUB.match(sentence, end):
        return _one([p for p in _arrived(ctx, exit_[0]) if p != name]) or name
    if (moved := _next_move_of_man_replaced(sentence, end, name, outside, ctx)) is not None:
        return moved
    if (
        exit_
        and not inner
        and exit_[0] not in outside
        and (lead := _news_subject(sentence, span, name, exit_[0], ctx))
    ):
        return lead
    # a man who left one club may have just taken the post at another: "had led Norway since 2017" after
    # his appointment there is the man he replaced, not his own spell
    if exit_ and not (outside and exit_[0] not in outside and _HELD_POST.match(sentence, end)):
        return name
    former = is_descriptor and bool(inner) and bool(_FORMER_OF.fullmatch(text))
    held = not ctx.succession_doubt and (former or bool(_HELD_POST.match(sentence, end)))
    if not (held or _LOST_POST.match(sentence, end)):
        return name
    played = set() if former or not _PLAYER_HEAD.search(text) else inner  # "the former PSV midfielder"
    for club in ctx.posts.get(name, ()):
        if not outside - {club} and inner - played <= {club} and (left := _one(_departed(ctx, {club}))):
            return left
    return name


# "… is reported to be close to C", "is set to join C", "is in talks with C": a next move, still to come
_NEXT_MOVE = re.compile(
    r"\s+(?:is|was)\s+(?:(?:reported(?:ly)?|said|understood|expected|believed)\s+to\s+be\s+)?"
    r"(?:close\s+to|(?:strongly\s+)?linked\s+(?:with|to)|set\s+to\s+(?:join|take\s+over)|in\s+talks\s+with|"
    r"wanted\s+by|on\s+the\s+shortlist\s+of|the\s+favourite\s+for)\b",
    re.IGNORECASE,
)


def _next_move_of_man_replaced(
    sentence: str, end: int, name: str, outside: set[str], ctx: Context
) -> str | None:
    """'X succeeds Y at C. The Australian manager is reported to be close to D': a next move to another
    club, told of a reference right after the man read was given C's post, is the move of the one man who
    just left C (a man just appointed is not yet on his way out); None where that does not hold."""
    if not _NEXT_MOVE.match(sentence, end):
        return None
    clubs = ctx.posts.get(name, set())
    left = ctx.exits.get(name, ("",))[0]  # leaving another club for the post is no move of the reader's
    if not outside or outside & clubs or len(clubs) != 1 or left in clubs:
        return None
    return _one([p for p in _departed(ctx, clubs) if p != name])


def _news_subject(sentence: str, span: tuple[int, int], name: str, club: str, ctx: Context) -> str | None:
    """'X has been named C's new coach. Y was sacked on November 4. The 61-year-old has managed eight
    clubs …': an age opening the sentence right after the one that first named the man the new one
    replaced, telling his exit, goes on about the man the news is about (appointed at C and named before),
    not about the man the story has only mentioned; unless the text gave either man his age, or the
    sentence tells what only the man who left can have done ('had been in charge since 2021', 'won only
    two of his 15 games'). (A nationality may be the other man's by what every reader knows of him, so
    it is left to what the text said.)"""
    start, end = span
    age = _AGE_SAID.search(sentence, start, end)
    if age is None or sentence[:start].strip(_OPENING_MARKS) or not _exit_just_told(name, club, ctx):
        return None
    if name in ctx.people.age or _HELD_POST.match(sentence, end) or _LOST_POST.match(sentence, end):
        return None
    lead = _one([p for p in _arrived(ctx, club) if p != name])
    if lead is None or lead in ctx.people.age or not _named_first(lead, name, ctx):
        return None
    return lead


def _exit_just_told(name: str, club: str, ctx: Context) -> bool:
    """The sentence before told that he left `club`, and it was the first to name him."""
    left, cursor, named = ctx.exits.get(name), ctx.people.cursor, ctx.people.where.get(name)
    if not left or left[0] != club or cursor is None or left[2] != cursor - 1:
        return False
    return bool(named) and min(named)[0] == left[2]


def _named_first(one: str, other: str, ctx: Context) -> bool:
    """The article named `one` in full before `other`."""
    first = ctx.people.where
    return bool(first.get(one)) and (not first.get(other) or min(first[one]) < min(first[other]))


# "spent two seasons in Deventer", "lasted eight months in Saitama": a spell told by the club's town is tagged
# "at «C»", so every rule reading a spell "at C" reads it (one place, not an "in" in each rule)
_IN_BEFORE_TAG = re.compile(r"\bin $")


def _tag(sentence: str, mentions: list[Mention]) -> tuple[str, list[int]]:
    """The sentence with mentions replaced by «K#» tags, and a tagged→sentence offset map."""
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for i, m in enumerate(mentions):
        chunk = sentence[pos : m.start]
        if m.in_town and _IN_BEFORE_TAG.search(chunk):
            chunk = chunk[:-3] + "at "  # (same length: the offsets stay in step)
        parts.append(chunk)
        offsets.extend(range(pos, m.start))
        tag = f"«{m.kind}{i}»"
        if m.pronoun and (
            m.text.lower() == "my"
            or (m.text.lower() in ("his", "her") and not _OBJECT_PRONOUN.match(sentence, m.start))
        ):
            tag += (
                "'s"  # so possessive patterns treat "his side" like "Arbeloa's side" (not "succeeded her.")
            )
        parts.append(tag)
        offsets.extend([m.start] * len(tag))
        pos = m.end
    parts.append(sentence[pos:])
    offsets.extend(range(pos, len(sentence) + 1))
    tagged = "".join(parts).replace("’", "'").replace("‘", "'")
    return tagged, offsets


# "Rayo Vallecano's Andoni Iraola …", "West Brom head coach Carlos Corberan …": the club only
# says who the man is; the story has not turned to it
_DESCRIBING_CLUB = re.compile(
    r"(?:['’]s?|\s+(?:[\w\-]+\s+){0,2}(?:head\s+coach|coach|manager|boss|trainer|assistant))\s+$",
    re.IGNORECASE,
)


def club_describes_person(sentence: str, club: Mention, named: list[Mention]) -> bool:
    after = next((m for m in named if m.start >= club.end), None)
    return (
        after is not None
        and after.kind == "P"
        and not after.pronoun
        and bool(_DESCRIBING_CLUB.fullmatch(sentence, club.end, after.start))
    )


# "the club", "the Galician club", "the Serie A side", "the Italian giants" (not "the national side").
_CLUB_REF = re.compile(
    r"\b[Tt]he\s+(?P<q>(?:(?:[A-ZÀ-Þ][\w\-]*|[a-z]+-(?:placed|promoted|based|time)|newly-promoted|"
    r"struggling|relegated|promoted|top-flight|second-tier|third-tier|mid-table|ambitious|"
    r"bottom|top|financially-troubled|cash-strapped|English|Scottish)\s+){0,3})"
    r"(?:(?<=[Tt]he\s)club|(?<!\s[Tt]he\s)(?:club|side|outfit|team|champions|holders|leaders)|giants)\b(?!['’]s\s+(?:women|under|u\d|b\b|reserve))"
    r"(?!\s+of\s+(?:the\s+)?[A-ZÀ-Þ])"  # "the club of Alianza Lima": the club named right after
)
_DEMONYM_COUNTRY = {
    "english": "England",
    "spanish": "Spain",
    "italian": "Italy",
    "german": "Germany",
    "french": "France",
    "dutch": "Netherlands",
    "portuguese": "Portugal",
    "scottish": "Scotland",
    "welsh": "Wales",
    "galician": "Spain",
    "catalan": "Spain",
    "basque": "Spain",
    "andalusian": "Spain",
    "belgian": "Belgium",
    "turkish": "Turkey",
    "greek": "Greece",
    "american": "United States",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "mexican": "Mexico",
    "saudi": "Saudi Arabia",
    "danish": "Denmark",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "croatian": "Croatia",
    "serbian": "Serbia",
    "serb": "Serbia",
    "south korean": "South Korea",
    "korean": "South Korea",
    "japanese": "Japan",
    "colombian": "Colombia",
    "uruguayan": "Uruguay",
    "chilean": "Chile",
    "polish": "Poland",
    "nigerian": "Nigeria",
    "egyptian": "Egypt",
    "moroccan": "Morocco",
    "canadian": "Canada",
    "australian": "Australia",
    "premier": "England",
    "championship": "England",
    "bundesliga": "Germany",
    "serie": "Italy",
    "ligue": "France",
    "laliga": "Spain",
    "liga": "Spain",
    "eredivisie": "Netherlands",
    "mls": "United States",
    "nwsl": "United States",
    "wsl": "England",
}


def _national_women(
    sentence: str, out: list[Mention], ctx: Context, demonym: re.Pattern[str] = WOMEN_DEMONYM
) -> list[Mention]:
    """Demonyms naming a country's women's team ('the Dutch women') or, with `demonym`, another of its
    teams, added as that national team's club mention."""
    refs = club_refs()
    for m in demonym.finditer(sentence):
        dem = " ".join(m.group("dem").lower().split())
        country = _DEMONYM_COUNTRY.get(dem) or _EXTRA_DEMONYMS.get(dem)
        if not country or country not in refs or refs[country].kind != "national":
            continue
        if any(n.start < m.end("dem") and m.start("dem") < n.end for n in out):
            continue
        start, end = m.span("dem")
        out.append(Mention("C", start, end, m.group("dem"), name=country, club_kind="national"))
        ctx.club_kinds[country] = "national"
    return out


def _demonym_national_teams(sentence: str) -> list[tuple[re.Match[str], str]]:
    """'the Spanish national team', 'the South Korean men's national football team': each such
    phrase with the country whose team it names (bare 'the Selection' is left to `_bare_selection`)."""
    refs = club_refs()
    out = []
    for m in NATIONAL_REF.finditer(sentence):
        if not m.group("dem"):
            continue
        dem = " ".join(m.group("dem").lower().split())
        country = _DEMONYM_COUNTRY.get(dem) or _EXTRA_DEMONYMS.get(dem)
        if country and country in refs and refs[country].kind == "national":
            out.append((m, country))
    return out


# "the Latvian Football Federation", "the Football Federation of Kazakhstan": a country's federation
_FEDERATION_OF = re.compile(
    r"\b(?:[Tt]he\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:Football|Soccer)\s+"
    r"(?:Association|Federation|Union)|"
    r"(?:Football|Soccer)\s+(?:Association|Federation|Union)\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))"
)
# "the men's national team", "the national football team", "the women's national team": a national team
# the words leave unnamed
BARE_NATIONAL_TEAM = re.compile(
    # ("the contract of national team head coach X": agency copy drops the article before a title)
    r"(?:\b[Tt]he\s+|(?<=\bof\s)(?=national\s+team\s+(?:head\s+)?(?:coach|manager)\b))"
    r"(?:senior\s+)?(?:(?:wo)?men['’]s\s+)?national\s+(?:football\s+)?" + TEAM_NOUN + r"\b"
)


def federation_national_team(sentence: str, named: list[Mention]) -> list[Mention]:
    """'The Bulgarian Football Union appointed X as head coach of the men's national team': an unnamed
    national team in a sentence naming one country's federation (and no other national team) is
    that country's, added as its club mention in place of the bare squad (its women's side where the
    words say women's)."""
    if "ational" not in sentence or not BARE_NATIONAL_TEAM.search(sentence):
        return named
    countries = {_country_named(m.group("who") or m.group("of")) for m in _FEDERATION_OF.finditer(sentence)}
    named_countries = {m.name for m in named if m.kind == "C" and m.club_kind == "national"}
    if len(countries) != 1 or None in countries or named_countries - countries:
        return named
    country = countries.pop()
    out = list(named)
    for m in BARE_NATIONAL_TEAM.finditer(sentence):
        if any(n.kind == "C" and n.start < m.end() and m.start() < n.end for n in out):
            continue
        out = [n for n in out if not (n.start < m.end() and m.start() < n.end)]
        squad = "national_women" if "women" in m.group(0) else None  # like the squad alias "Lionesses"
        out.append(
            Mention("C", m.start(), m.end(), m.group(0), name=country, club_kind="national", squad=squad)
        )
    return sorted(out, key=lambda x: x.start)


def national_team_mentions(sentence: str, named: list[Mention]) -> list[Mention]:
    """The sentence's mentions with its demonym phrases for national teams added as club mentions
    (no story state read or written): what the story's club is chosen from, since a story about a
    national team may name it only so ('the South Korean men's national team')."""
    if "ational" in sentence and "ootball" in sentence:
        named = federation_national_team(sentence, named)
    if "ederation" in sentence or "ssociation" in sentence:
        named = _acting_federations(sentence, named)
    if "the " not in sentence.lower() or not NATIONAL_REF.search(sentence):
        return named
    out = list(named)
    for m, country in _demonym_national_teams(sentence):
        if not any(n.kind == "C" and n.start < m.end() and m.start() < n.end for n in out):
            out = [n for n in out if not (n.start < m.end() and m.start() < n.end)]
            out.append(Mention("C", m.start(), m.end(), m.group(0), name=country, club_kind="national"))
    return sorted(out, key=lambda x: x.start)


# "the Spanish federation", "the Czech football association", "the Argentine FA": a country's federation named
# by its demonym, the employer of that country's national teams ("dismissed by the Spanish federation")
_DEMONYM_FEDERATION = re.compile(
    r"\b[Tt]he\s+(?P<dem>" + DEMONYM + r")\s+(?:[Ff]ootball\s+)?(?:[Ff]ederation|[Aa]ssociation|FA)\b"
)


# what a federation does as its sentence's subject when the news is its team's coach ("The Costa Rican
# federation on Friday presented X as the new coach", "the Welsh FA has sacked X")
_FEDERATION_ACTS = re.compile(
    # ("The Ethiopian Football Federation (EFF) has relieved X of his duties": its initials between)
    r"(?:\s+\([A-Z]{2,6}\))?\s+(?:on\s+\w+\s+|has\s+|have\s+)?(?:presented|appointed|named|hired|confirmed|"
    r"announced|unveiled|sacked|dismissed|fired|relieved|officiali[sz]ed)\b"
)


def _acting_federations(sentence: str, named: list[Mention]) -> list[Mention]:
    """`named` with the federations named by their country's demonym that hire or sack ('The Costa Rican
    federation on Friday presented X'): the story is then that country's team's, though the text may never
    name the country. A federation merely mentioned ('fined by the Spanish federation') is no topic."""
    found = [m for m in demonym_federations(sentence, named) if m not in named]
    told = {m.name for m in named if m.kind == "C"}
    # (a team the sentence names itself, "appointed X as coach of the Bolivian national team", is the lead's
    # club already: the lead's reading of "The Federation appointed X as coach of C" needs no second mention)
    acting = [m for m in found if m.name not in told and _FEDERATION_ACTS.match(sentence, m.end)]
    return sorted([*named, *acting], key=lambda m: m.start)


def demonym_federations(sentence: str, named: list[Mention]) -> list[Mention]:
    """`named` with each federation named by its country's demonym added as a mention of that country's
    national team, where no other mention covers it."""
    out = list(named)
    for m in _DEMONYM_FEDERATION.finditer(sentence):
        country = _country_named(m.group("dem"))
        if country and not any(n.start < m.end() and m.start() < n.end for n in out):
            out.append(Mention("C", m.start(), m.end(), m.group(0), name=country, club_kind="national"))
    return sorted(out, key=lambda x: x.start)


def with_national_references(sentence: str, named: list[Mention], ctx: Context) -> list[Mention]:
    out = _national_women(sentence, list(named), ctx) if "women" in sentence else list(named)
    if "ederation" in sentence or "ssociation" in sentence or " FA" in sentence:
        out = demonym_federations(sentence, out)
        ctx.club_kinds.update((m.name, "national") for m in out if m.club_kind == "national")
    if "ootball" in sentence:
        out = federation_national_team(sentence, out)
        ctx.club_kinds.update((m.name, "national") for m in out if m.club_kind == "national")
    if YOUTH_DEMONYM.search(sentence):
        out = _national_women(sentence, out, ctx, YOUTH_DEMONYM)
    for m, country in _demonym_national_teams(sentence):
        if any(n.kind == "C" and n.start < m.end() and m.start() < n.end for n in out):
            continue  # ("Selection" read as a person's name gives way)
        out = [n for n in out if not (n.start < m.end() and m.start() < n.end)]
        out.append(Mention("C", m.start(), m.end(), m.group(0), name=country, club_kind="national"))
        ctx.club_kinds[country] = "national"
        if re.search(r"selec", m.group(0), re.IGNORECASE):
            ctx.selection = country
    out = _bare_selection(sentence, out, ctx)
    out.sort(key=lambda x: x.start)
    return out


# Translated "the Selection" / "the Seleção" with no demonym: the national team last named
_BARE_SELECTION = re.compile(r"\b[Tt]he\s+(?:Selection|Seleção|Selección|Selecção)\b")


def _bare_selection(sentence: str, out: list[Mention], ctx: Context) -> list[Mention]:
    national = [
        c
        for clubs in reversed(ctx.recent_clubs)
        for c in reversed(clubs)
        if ctx.club_kinds.get(c) == "national"
    ]
    national += [m.name for m in out if m.kind == "C" and m.club_kind == "national"]
    national = [ctx.selection, *national] if ctx.selection else national
    if not national:
        return out
    for m in _BARE_SELECTION.finditer(sentence):
        if any(n.kind == "C" and n.start < m.end() and m.start() < n.end for n in out):
            continue
        out = [n for n in out if not (n.start < m.end() and m.start() < n.end)]
        out.append(Mention("C", m.start(), m.end(), m.group(0), name=national[0], club_kind="national"))
    return out


# League words that say a club's country: "the Serie A side", "the J1 League club"
_LEAGUE_COUNTRY = {
    "serie a": "Italy",
    "serie b": "Italy",
    "premier league": "England",
    "championship": "England",
    "league one": "England",
    "league two": "England",
    "wsl": "England",
    "bundesliga": "Germany",
    "ligue": "France",
    "laliga": "Spain",
    "la liga": "Spain",
    "segunda": "Spain",
    "eredivisie": "Netherlands",
    "primeira liga": "Portugal",
    "super lig": "Turkey",
    "j1 league": "Japan",
    "j league": "Japan",
    "j-league": "Japan",
    "mls": "United States",
    "nwsl": "United States",
    "saudi pro league": "Saudi Arabia",
    "scottish premiership": "Scotland",
}
_EXTRA_DEMONYMS = {
    "qatari": "Qatar",
    "emirati": "United Arab Emirates",
    "chinese": "China",
    "czech": "Czech Republic",
    "hungarian": "Hungary",
    "romanian": "Romania",
    "bulgarian": "Bulgaria",
    "israeli": "Israel",
    "cypriot": "Cyprus",
    "peruvian": "Peru",
    "paraguayan": "Paraguay",
    "ecuadorian": "Ecuador",
    "indian": "India",
    "iranian": "Iran",
    "south african": "South Africa",
    # two-word demonyms (`DEMONYM`): the country's name with its last word made an adjective
    "costa rican": "Costa Rica",
    "puerto rican": "Puerto Rico",
    "sierra leonean": "Sierra Leone",
    "cape verdean": "Cape Verde",
    "equatorial guinean": "Equatorial Guinea",
    "saudi arabian": "Saudi Arabia",
    "central african": "Central African Republic",
    "new zealand": "New Zealand",
    "tunisian": "Tunisia",
    "algerian": "Algeria",
    # Asian and Balkan teams whose English-language press and agencies name them so
    "vietnamese": "Vietnam",
    "thai": "Thailand",
    "indonesian": "Indonesia",
    "malaysian": "Malaysia",
    "iraqi": "Iraq",
    "jordanian": "Jordan",
    "uzbek": "Uzbekistan",
    "slovak": "Slovakia",
    "slovenian": "Slovenia",
    "bosnian": "Bosnia and Herzegovina",
    "albanian": "Albania",
    "montenegrin": "Montenegro",
    "ghanaian": "Ghana",
    "senegalese": "Senegal",
    "cameroonian": "Cameroon",
    "ivorian": "Ivory Coast",
    # Costa Ricans call themselves "ticos" ("ticas"): translated copy writes "the Tica selection"
    "tica": "Costa Rica",
    "tico": "Costa Rica",
    # smaller footballing countries whose own and agency press write "the Georgian national team"
    "georgian": "Georgia",
    "philippine": "Philippines",
    "filipino": "Philippines",
    "singaporean": "Singapore",
    "icelandic": "Iceland",
    "finnish": "Finland",
    "jamaican": "Jamaica",
    "maltese": "Malta",
    "estonian": "Estonia",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "armenian": "Armenia",
    "azerbaijani": "Azerbaijan",
    "kazakh": "Kazakhstan",
    "kyrgyz": "Kyrgyzstan",
    "belarusian": "Belarus",
    "kosovan": "Kosovo",
    "lebanese": "Lebanon",
    "syrian": "Syria",
    "omani": "Oman",
    "kuwaiti": "Kuwait",
    "bahraini": "Bahrain",
    "kenyan": "Kenya",
    "zambian": "Zambia",
    "malian": "Mali",
    "angolan": "Angola",
    "venezuelan": "Venezuela",
    "bolivian": "Bolivia",
    "honduran": "Honduras",
    "panamanian": "Panama",
    "haitian": "Haiti",
    "cuban": "Cuba",
}


# "Benfica coach X", "the former PSG boss": a club named only as part of a coach's title
_CLUB_AS_TITLE = re.compile(r"\s+(?:head\s+)?(?:coach|manager|boss|trainer)\b")


@dataclass(frozen=True, slots=True)
class _Qualifier:
    """What the words of 'the Birmingham club' / 'the Serie A side' tell of the club meant."""

    place: frozenset[str] | None = None  # clubs of the city or region named
    country: str | None = None
    unknown: bool = False  # a capitalised word none of the lists reads ('the Regionalliga Bavaria team')

    @property
    def telling(self) -> bool:
        return self.place is not None or self.country is not None

    def fits(self, club: str) -> bool:
        if self.place is not None:
            return club in self.place
        ref = club_refs().get(club)
        return self.country is None or ref is None or ref.country == self.country


def _qualifier(words: str) -> _Qualifier:
    """Read the qualifying words of a club reference: a place (longest first), else a country by its
    demonym or league; capitalised words left unread make it unknown."""
    key = " ".join(fold(words).split())
    places = club_places()
    tokens = key.split()
    for n in range(len(tokens), 0, -1):
        for i in range(len(tokens) - n + 1):
            clubs = places.get(" ".join(tokens[i : i + n]))
            if clubs is not None:
                return _Qualifier(place=clubs)
    spans = {" ".join(tokens[i : i + n]) for n in range(1, 4) for i in range(len(tokens) - n + 1)}
    for table in (_LEAGUE_COUNTRY, _EXTRA_DEMONYMS, _DEMONYM_COUNTRY):
        for word, country in table.items():
            if word in spans:
                return _Qualifier(country=country)
    capitals = [w for w in words.split() if w[:1].isupper() and fold(w) not in ("english", "scottish")]
    return _Qualifier(unknown=bool(capitals))


def with_club_references(sentence: str, named: list[Mention], ctx: Context) -> list[Mention]:
    """'the club', 'the Galician club', 'the Italian giants': the club last named before; a
    reference that names a place, country or league ('the Birmingham club', 'the Serie A side')
    means a club of the article from there, even one not named lately."""
    out = list(named)
    for m in _CLUB_REF.finditer(sentence):
        quals = fold(m.group("q")).split()
        if any(q in ("national", "women", "womens", "youth", "reserve", "b") for q in quals):
            continue
        qual = _qualifier(m.group("q"))
        inside = [n for n in named if n.start < m.end() and m.start() < n.end]
        if inside:
            club = _place_club_over_name(m, inside, qual, ctx)
            if club is not None:
                out = [n for n in out if n not in inside]
                out.append(Mention("C", m.start(), m.end(), m.group(0), name=club))
            continue
        before = [n for n in named if n.kind == "C" and n.club_kind != "national" and n.end <= m.start()]
        if qual.telling:
            club = _qualified_club(sentence, m.start(), qual, before, ctx)
        elif before and not quals and _STAFF_POST_AT.search(sentence, max(0, m.start() - 30), m.start()):
            # "won the ISL with C after serving as Y's assistant at the club": the one club named before
            clubs = {n.name for n in before}
            club = clubs.pop() if len(clubs) == 1 else None
        elif before or qual.unknown:
            continue  # the sentence named its club (a country's team is none): the rules see that one
        else:
            club = _recent_club(quals, qual, ctx)
        if club is None or ctx.club_kinds.get(club, "club") != "club":
            continue
        out.append(Mention("C", m.start(), m.end(), m.group(0), name=club))
    out.sort(key=lambda x: x.start)
    return out


# "Y's assistant at the club", "his number two with the club": a staff post at a club the sentence itself
# named (not "renewed his contract at the club", "held talks with the club": the story's club acting)
_STAFF_POST_AT = re.compile(
    r"\b(?:assistant|deputy|number\s+two|right-hand\s+man|(?:first-team|youth|academy)\s+coach)\s+(?:at|of|with)\s+$",
    re.IGNORECASE,
)


def _recent_club(quals: list[str], qual: _Qualifier, ctx: Context) -> str | None:
    """The club a sentence lately opened with or named; for a bare 'the club', the story's or one a
    sentence opened with (not a club of his past the story followed him to: 'He previously coached
    Anderlecht. The chairman said the club …' is the story's club)."""
    subjects = [c for c in (ctx.opened if not quals else ctx.recent_subjects)[-3:] if c]
    recent = [c for clubs in ctx.recent_clubs[-3:] for c in clubs]
    if not quals and ctx.topic_club:  # a bare "the club": the story's, or one a sentence opened with
        subjects, recent = _openers_since_topic(ctx), [ctx.topic_club]
    candidates = [
        c
        for c in [*reversed(subjects), *reversed(recent)]
        if ctx.club_kinds.get(c, "club") == "club" and qual.fits(c)
    ]
    return candidates[0] if candidates else ctx.topic_club


def _openers_since_topic(ctx: Context, reach: int = 3) -> list[str]:
    """The clubs the last `reach` sentences opened with, oldest first, back to a sentence that named the
    story's club without opening on another ('San Diego Wave had made an approach. He led United to the
    Cup. His assistant has signed a new deal, the club confirmed': United's again, not San Diego's)."""
    told = len(ctx.opened)
    openers: list[str] = []
    for j in range(told - 1, max(-1, told - 1 - reach), -1):
        if ctx.opened[j]:
            openers.append(ctx.opened[j])
        elif ctx.topic_club in ctx.recent_clubs[j]:
            break
    return openers[::-1]


def _article_clubs(qual: _Qualifier, ctx: Context) -> list[str]:
    """The article's clubs (known to the reference data) that the qualifier fits."""
    refs = club_refs()
    return [c for c, kind in ctx.club_kinds.items() if kind == "club" and c in refs and qual.fits(c)]


def _qualified_club(
    sentence: str, start: int, qual: _Qualifier, before: list[Mention], ctx: Context
) -> str | None:
    """'Benfica coach X has left the Portuguese club': the one club the sentence named only to
    describe a coach that fits; else the latest fitting club of the last sentences; else the
    article's only fitting club."""
    same = {n.name for n in before if qual.fits(n.name) and _CLUB_AS_TITLE.match(sentence, n.end)}
    if same:
        return next(iter(same)) if len(same) == 1 else None
    if before and CAREER_CUE.search(sentence, max(0, start - 40), start):
        # "coached Frankfurt for three years before he left the German club": the one that fits
        fitting = {n.name for n in before if n.name in club_refs() and qual.fits(n.name)}
        return next(iter(fitting)) if len(fitting) == 1 else None
    if before:
        return None
    subjects = [c for c in ctx.recent_subjects[-3:] if c]
    recent = [c for clubs in ctx.recent_clubs[-3:] for c in clubs]
    for c in [*reversed(subjects), *reversed(recent)]:
        if ctx.club_kinds.get(c, "club") == "club" and qual.fits(c) and c in club_refs():
            return c
    return _one_fitting_club(qual, ctx)


def _one_fitting_club(qual: _Qualifier, ctx: Context) -> str | None:
    """The article's only club the qualifier fits; of several, the story's ('The NWSL club fired X'
    in an Angel City story that also names the Portland Thorns)."""
    fitting = _article_clubs(qual, ctx)
    if len(fitting) > 1 and ctx.topic_club in fitting:
        return ctx.topic_club
    return fitting[0] if len(fitting) == 1 else None


def _place_club_over_name(
    m: re.Match[str], inside: list[Mention], qual: _Qualifier, ctx: Context
) -> str | None:
    """'sacked by the Birmingham club' in a story about Aston Villa: the city's word was read as
    Birmingham City, which the article names nowhere else; the city's club it does name is meant."""
    if qual.place is None or any(
        n.kind != "C" or n.start < m.start("q") or n.end > m.end("q") for n in inside
    ):
        return None
    if any(ctx.club_counts.get(n.name, 0) > 1 for n in inside):
        return None  # the article names that club in its own right
    others = {c for c in _article_clubs(qual, ctx) if c not in {n.name for n in inside}}
    others = {c for c in others if ctx.club_counts.get(c, 0) > 0}
    return next(iter(others)) if len(others) == 1 else None


def mark_players(tagged: str, mentions: list[Mention], ctx: Context) -> None:
    """'Palace goalkeeper X', 'X, the PSG striker,': a man titled by the position he plays now (not a
    'former striker') is a player; his moves and deals are no coach's (see `People.players`). 'X scored
    twice': a man playing in the story (see `People.on_the_pitch`)."""
    for m in PLAYER_BEFORE.finditer(tagged):
        if PLAYED_BEFORE.search(tagged[max(0, m.start() - 50) : m.start()]):
            continue
        if _NAMED_AS_MANAGER.match(tagged, m.end()):  # "appointed midfielder X as manager": a player-manager
            continue
        _mark_player(mentions[int(m.group(1))], ctx)
    for m in PLAYER_AFTER.finditer(tagged):
        if not PLAYED_BEFORE.search(tagged[m.start() : m.end()].rsplit(" ", 1)[0] + " "):
            _mark_player(mentions[int(m.group(1))], ctx)
    for m in PLAYER_DEED.finditer(tagged):
        scorer = mentions[int(next(g for g in m.groups() if g))]
        if scorer.kind == "P" and not scorer.pronoun:
            ctx.people.mark_playing(scorer.name)


def mark_staff(tagged: str, mentions: list[Mention], ctx: Context) -> None:
    """'Assistant X', 'the national coach X', 'Y's assistant' (Y), 'X, his assistant,': a man the text titles
    a coach or an aide is coaching staff, whose player-like words elsewhere are a coach's (`People.staff`)."""
    titled = [mentions[int(next(g for g in m.groups() if g))] for m in STAFF_TITLED.finditer(tagged)]
    for m in SQUAD_TITLED.finditer(tagged):
        if STAFF_NOUN_END.search(mentions[int(m.group(1))].text):
            titled.append(mentions[int(m.group(2))])
    for person in titled:
        if person.kind == "P" and not person.pronoun:
            ctx.people.mark_staff(person.name)


# "… appointed midfielder X as manager", "named defender X as player-coach": the player is given the post
_NAMED_AS_MANAGER = re.compile(
    r",?\s+as\s+(?:(?:the\s+)?(?:club['’]s\s+|their\s+|its\s+)?(?:new\s+)?)?(?:player[-\s])?"
    r"(?:manager|head\s+coach|coach|boss)\b",
    re.IGNORECASE,
)


def _mark_player(person: Mention, ctx: Context) -> None:
    if person.kind == "P" and not person.pronoun and person.name not in known_coaches():
        ctx.people.mark_player(person.name)


def mark_executives(tagged: str, mentions: list[Mention], ctx: Context) -> None:
    for regex in (
        EXECUTIVE_BEFORE,
        EXECUTIVE_AFTER,
        OWNED_BY,
        CLUB_OF_OWNER,
        TEAM_MANAGER_BEFORE,
        PROPERTY_OF,
        WITHOUT_TITLE_SINCE,
    ):
        for m in regex.finditer(tagged):
            person = mentions[int(m.group(1))]
            if person.pronoun or (HEAD_COACH_TITLE.search(m.group(0)) and coach_title_country(mentions, ctx)):
                continue
            if _PUT_IN_CHARGE.match(tagged, m.end()):
                continue  # "put technical director X in interim charge of the team": now its coach
            if regex is TEAM_MANAGER_BEFORE and _COACHING_CHANGE_AFTER.match(tagged, m.end()):
                continue  # "Team manager X has been sacked by C": British copy's name for the coach
            if HEAD_COACH_TITLE.search(m.group(0)) and of_senior_team(tagged, m.end(), mentions):
                continue  # "X, the technical director of the first team": its coach, in translation
            if regex is CLUB_OF_OWNER and person.name in known_coaches():
                continue  # "the club of the Italian Ancelotti": a coach's team, loosely translated
            if regex is EXECUTIVE_BEFORE and _second_title_after_coach(tagged, m.start()):
                continue  # "fired coach and sporting director X": the board post is his second title
            ctx.people.mark_executive(person.name)


# a board title given as the second of two after the coach's: "fired coach and sporting director X",
# "manager and director of football X" (he coaches the team too)
_COACH_AND = re.compile(
    r"\b(?:coach|manager)\s+and\s+(?:(?:sporting|technical|general)\s+)?\Z", re.IGNORECASE
)


def _second_title_after_coach(tagged: str, title_start: int) -> bool:
    return bool(_COACH_AND.search(tagged[max(0, title_start - 40) : title_start]))


# "of the first team", "of the team", "of the senior national team" (a country's mention naming its team)
_OF_THE_TEAM = re.compile(r"\s+of\s+(?:the\s+(?:(?:senior|main)\s+)?(?:«S(\d+)»|team\b|squad\b)|«C(\d+)»)")
# a country's mention that names its senior team ("the senior national team", "the senior selection":
# translated "selección mayor"), not its federation, nor "the national team" (English copy's technical
# director of a federation's national teams is an executive)
_SENIOR_TEAM_WORDS = re.compile(
    r"\b(?:senior|main)\s+(?:national\s+)?(?:team|selection|side)\b", re.IGNORECASE
)
_SENIOR_SQUADS = frozenset({"first_team", "national", "national_women", "women"})


def of_senior_team(tagged: str, at: int, mentions: list[Mention]) -> bool:
    """'technical director' followed by 'of the first team' (or 'of the team', 'of the senior national
    team'): the coach's title (of an academy, a youth section or a federation it is an executive's)."""
    m = _OF_THE_TEAM.match(tagged, at)
    if m is None:
        return False
    if m.group(2):
        team = mentions[int(m.group(2))]
        return team.club_kind == "national" and bool(_SENIOR_TEAM_WORDS.search(team.text))
    return m.group(1) is None or mentions[int(m.group(1))].squad in _SENIOR_SQUADS


# right after an executive's name: the sentence hands him the team ("… X in interim charge of C")
# a coaching change told right after the name ("Team manager X has been sacked / was appointed …"):
# British copy's "team manager" is then the man who picks the side, not the official who runs its travel
_COACHING_CHANGE_AFTER = re.compile(
    r"(?:\s*,\s+\d{2},)?\s+(?:has\s+|have\s+|had\s+)?(?:been\s+|was\s+)?(?:\w+ly\s+)?"
    r"(?:sacked|fired|dismissed|axed|relieved\s+of|appointed|hired|installed|resigned|quit|stepped\s+down)\b",
    re.IGNORECASE,
)
_PUT_IN_CHARGE = re.compile(r"\s+in\s+(?:(?:interim|temporary|caretaker|sole|joint|overall)\s+)?charge\b")


# "put technical director X in interim charge of the team", "sporting director X will take charge":
# an executive the text puts in charge of the team coaches it (for now), whatever he was called before
_TAKES_CHARGE = re.compile(
    r"«P(\d+)»\s+(?:in\s+(?:(?:interim|caretaker|temporary|sole|overall)\s+)?charge\s+of|"
    r"(?:will|is\s+to|would)\s+take\s+(?:interim\s+|temporary\s+|caretaker\s+)?charge\s+of\s+the\s+"
    + TEAM_NOUN
    + r"|"
    # "sporting director X took over as coach on an interim basis", "X stepped in as caretaker manager",
    # "X took interim charge": he coached the team for a while
    r"(?:(?:has|had|then|briefly)\s+)*(?:took|takes|taken|stepped|steps)\s+(?:over|in)\s+as\s+"
    r"(?:(?:interim|temporary|caretaker|acting|head)\s+)*(?:coach|manager|head\s+coach)|"
    r"(?:(?:has|had|then|briefly)\s+)*(?:took|takes|taken)\s+(?:interim|temporary|caretaker)\s+charge)\b",
    re.IGNORECASE,
)


# "sporting director X, who coached C himself between 2015 and 2017": an executive the text says
# coached a club was a coach there; his coaching spells are facts like any coach's
_WHO_COACHED_HIMSELF = re.compile(
    r"«P(\d+)»,\s+who\s+(?:(?:had|has|previously|once|formerly|also|himself|herself)\s+)*"
    r"(?:coached|managed|was\s+(?:head\s+)?(?:coach|manager)\s+(?:of|at))\s+(?:the\s+)?«C\d+»",
    re.IGNORECASE,
)


# "president X, who was national coach himself for sixteen years", "X, who himself was selector of the team
# of C", "president X, who coached the club to the title": the same, told by his old title or "the club"
_WHO_WAS_COACH = re.compile(
    r"«P(\d+)»,\s+who\s+"
    + SELF
    + r"(?:(?:was|had\s+been)\s+"
    + SELF
    + r"(?:the\s+)?(?:(?:head|national|chief)\s+)?"
    r"(?:coach|manager|selector)\b(?!\s+(?:of|at)\s+(?:the\s+)?(?:youth|academy|under|U-?\d))|"
    r"(?:was|had\s+been)\s+«S\d+»(?:\s+«P\d+»)?\s+(?:for|between|from|until)\b|"
    r"(?:coached|managed)\s+the\s+" + CLUB_NOUN + r"\b)",
    re.IGNORECASE,
)


def unmark_put_in_charge(tagged: str, mentions: list[Mention], ctx: Context) -> None:
    for m in [
        *_TAKES_CHARGE.finditer(tagged),
        *_WHO_COACHED_HIMSELF.finditer(tagged),
        *_WHO_WAS_COACH.finditer(tagged),
    ]:
        person = mentions[int(m.group(1))]
        if not person.pronoun:
            ctx.people.unmark_executive(person.name)


# Turkish football calls its head coach 'teknik direktör', Arabic football 'al-mudir al-fanni', Spanish-
# speaking America 'director técnico' (DT): "technical director X" there (and in translated press) is coach
HEAD_COACH_TITLE = re.compile(r"(?<!sporting\s)\btechnical\s+director\b", re.IGNORECASE)
_TECHNICAL_DIRECTOR_COUNTRIES = frozenset(
    {
        "Turkey",
        "Egypt",
        "Saudi Arabia",
        "Morocco",
        "Tunisia",
        "Algeria",
        "Libya",
        "United Arab Emirates",
        "Qatar",
        "Kuwait",
        "Bahrain",
        "Oman",
        "Iraq",
        "Jordan",
        "Syria",
        "Lebanon",
        "Palestine",
        "Sudan",
        "Yemen",
        "Argentina",
        "Bolivia",
        "Chile",
        "Colombia",
        "Costa Rica",
        "Ecuador",
        "El Salvador",
        "Guatemala",
        "Honduras",
        "Mexico",
        "Panama",
        "Paraguay",
        "Peru",
        "Uruguay",
        "Venezuela",
    }
)


def coach_title_country(mentions: list[Mention], ctx: Context) -> bool:
    """The sentence's club (else the story's) plays where 'technical director' means the coach."""
    clubs = [m.name for m in mentions if m.kind == "C"] or [ctx.topic_club or ""]
    refs = club_refs()
    return any(refs[c].country in _TECHNICAL_DIRECTOR_COUNTRIES for c in clubs if c in refs)


_SUBORDINATE = re.compile(
    r"^\W*(?:before|after|while|when|although|though|if|since|once|despite|"
    r"as|with)\b[^,]*,"
    # a participle opening: "Born in Bosnia, X grew up …", "Appointed in 2012 by C, X has won …"
    r"|^\W*(?:Born|Raised|Appointed|Hired|Named|Brought\s+in|Having\s+\w+)\b(?:[^,]|,\s*\d{4})*,",
    re.IGNORECASE,
)


def _of_that_nationality(descriptor: str, name: str, ctx: Context) -> str:
    """'the Australian' after 'Postecoglou, the 57-year-old Australian': the one man of the article
    the text gave that nationality, when the man in focus has another ('the Portuguese' is not
    Tedesco, 'the Italian-German coach') — or has none given but that man is still in view."""
    said = nationalities(descriptor)
    known = ctx.people.nationality
    if not said or said & known.get(name, frozenset()):
        return name
    others = [p for p, ks in known.items() if said & ks and not ctx.people.is_executive(p)]
    # a man tied to it only by what readers know is no likelier than one of unknown nationality
    if len(others) == 1 and (
        name in known or (_named_lately(others[0], ctx) and others[0] not in ctx.people.widely_known)
    ):
        return others[0]
    if _told_otherwise(name, said, ctx):  # "The American …. The Spaniard …": the other man
        return _other_man_in_view(name, ctx, lambda p: not _told_otherwise(p, said, ctx), widely=True) or name
    return name


# "The Romanian took over in June last year", "The Swede was appointed in May": an arrival told in the past
_PAST_ARRIVAL = re.compile(
    r"\s+(?:(?:had\s+)?(?:taken|took)\s+over|(?:was|had\s+been)\s+(?:appointed|hired|named)|(?:had\s+)?arrived|"
    r"(?:had\s+)?joined|came\s+to|had\s+come\s+to)\b",
    re.IGNORECASE,
)


# "… came to Plzen in 2022 from «C»": the club a past arrival came from, right before its mention
_CAME_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")


# "The technician of 71 years" (translated "el técnico de 71 años"): an age told as the descriptor's head
_TRANSLATED_AGE = re.compile(r"\bof\s+\d{2}\s+years\b")


def _not_the_caretaker(
    sentence: str, span: tuple[int, int], name: str, found: list[Mention], ctx: Context
) -> str:
    """'X was sacked. Assistant Y will lead the team as caretaker. The Romanian took over in June last
    year …': a nationality descriptor (or a translated age: "The technician of 71 years had arrived in
    2020") opening a sentence that tells a past arrival (at no other club)
    is not the man just put in interim charge (his stand-in post is the news, told in the present) but
    the coach whose exit the story opened on, when the text gave him no other nationality."""
    start, end = span
    club = ctx.caretakers.get(name)
    if not club and _PAST_PERFECT_ARRIVAL.match(sentence, end):
        club = _club_he_took_over(name, ctx)
    said = nationalities(sentence[start:end])
    age = _age_of(sentence[start:end], _apposed_age(sentence, end))  # "The Slovak, 45, …"
    translated_age = _TRANSLATED_AGE.search(sentence, start, end) is not None  # "The technician of 71 years"
    if not club or not (said or translated_age) or said & ctx.people.nationality.get(name, frozenset()):
        return name
    if age is not None and ctx.people.age.get(name) == age:  # the caretaker's own age
        return name
    if sentence[:start].strip(_OPENING_MARKS) or not _PAST_ARRIVAL.match(sentence, end):
        return name
    if any(m.kind == "C" and m.name != club and not _CAME_FROM.search(sentence, 0, m.start) for m in found):
        return name  # "… took over the women's side of C" (not "came to C from D": where he came from)
    gone = [p for p in _departed(ctx, {club}) if p != name and not _described_otherwise(p, said, age, ctx)]
    first = min((ctx.exits[p][2] for p in gone), default=None)
    gone = [p for p in gone if ctx.exits[p][2] == first]
    vacancy = ctx.vacancy[3] if ctx.vacancy else None
    return vacancy if vacancy in gone else (_one(gone) or name)


# "The German had arrived in 2022 from PSV": an arrival told in the past perfect, before today's news
_PAST_PERFECT_ARRIVAL = re.compile(
    r"\s+had\s+(?:(?:taken|come)\s+over|been\s+(?:appointed|hired|named)|arrived|joined)\b", re.IGNORECASE
)


def _club_he_took_over(name: str, ctx: Context) -> str | None:
    """The one club the story told this man taking a post at, after another man left it: a past-perfect
    arrival there is the man who left ('X returns to C four days after Y's exit. The German had arrived
    in 2022 …'), as it is after a caretaker's."""
    clubs = [club for club in ctx.posts.get(name, ()) if any(p != name for p in _departed(ctx, {club}))]
    return _one(clubs)


def _described_otherwise(name: str, said: frozenset[str], age: int | None, ctx: Context) -> bool:
    """The text gave the man another nationality or another age than the descriptor says."""
    known_age = ctx.people.age.get(name)
    return (bool(said) and _told_otherwise(name, said, ctx)) or (
        age is not None and known_age not in (None, age)
    )


def _told_otherwise(name: str, said: frozenset[str], ctx: Context) -> bool:
    """The text (or a descriptor read as him) gave the man another nationality than `said`."""
    told = ctx.people.nationality.get(name) or ctx.people.described.get(name)
    return bool(told) and not said & told


def _other_man_in_view(name: str, ctx: Context, fits, widely: bool = False) -> str | None:
    """The one other coach of the last sentence naming men (failing that, of a recent change of coach;
    `widely`, then of the last sentences) that `fits` allows: 'Leeds sacked Marsch and appointed
    Gracia. The American … The Spaniard …'."""
    people = ctx.people

    def one(men: list[str]) -> str | None:
        coaches = [p for p in men if not people.is_executive(p) and not people.is_player(p)]
        return _one([p for p in coaches if p != name and fits(p)])

    return one(ctx.named_last) or one(_departed(ctx)) or (one(_named_recently(ctx)) if widely else None)


def _named_recently(ctx: Context) -> list[str]:
    """The men named in full in this sentence or the three before (the story's men still in view)."""
    cursor = ctx.people.cursor
    if cursor is None:
        return []
    return [
        p
        for p, seen in ctx.people.last_named.items()
        if cursor - seen <= 3 and (" " in p or fold(p) in KNOWN_SINGLE())  # not "the Celeste"
    ]


def _remember_described(descriptor: str, age: int | None, name: str, ctx: Context) -> None:
    """What a descriptor read as the man said of him: his nationality, his age ('the 41-year-old',
    'The Croatian, 49,'), kept apart from what the text said of him by name."""
    said = nationalities(descriptor)
    if said and name not in ctx.people.nationality:
        ctx.people.described[name] = ctx.people.described.get(name, frozenset()) | said
    age = _age_of(descriptor, age)
    if age is not None and name not in ctx.people.age:
        ctx.people.described_age.setdefault(name, age)


# ("the technician of 45 years": the translated age)
_AGE_SAID = re.compile(r"\b(\d{2})(?:-year-old\b|\s+years\b)")
# "The Croatian, 49, …", "The Spaniard (52) …": the age in an apposition right after a descriptor
_APPOSED_AGE = re.compile(r"\s*(?:,\s*|\()(\d{2})(?=\s*[,)])")


def _apposed_age(sentence: str, end: int) -> int | None:
    said = _APPOSED_AGE.match(sentence, end)
    return int(said.group(1)) if said else None


def _age_of(descriptor: str, apposed: int | None) -> int | None:
    said = _AGE_SAID.search(descriptor)
    return int(said.group(1)) if said else apposed


def _of_that_age(descriptor: str, apposed: int | None, name: str, ctx: Context) -> str:
    """'the 54-year-old' after 'Gareca, 65, replaces Berizzo, 54,': the man the text gave that age; not
    the man in view when the text (or a descriptor read as him: 'the 41-year-old') gave him another and
    one other man is in view ('The Croatian, 49, …' is not the 41-year-old)."""
    age = _age_of(descriptor, apposed)
    if age is None:
        return name
    ages, described = ctx.people.age, ctx.people.described_age
    told = ages.get(name, described.get(name))
    if told == age:
        return name
    same = _one([p for p, a in ages.items() if a == age and not ctx.people.is_executive(p)])
    if same:
        return same
    if told is not None:
        return _man_of_untold_age(name, ctx) or name
    return name


def _man_of_untold_age(name: str, ctx: Context) -> str | None:
    """Another man the text gave no age: the story's new man first (his background is what such a
    paragraph tells), else the one other man in view."""
    ages, described = ctx.people.age, ctx.people.described_age
    new = _new_man_of_story(None, ctx)
    if new and new != name and new not in ages and new not in described:
        return new
    return _other_man_in_view(name, ctx, lambda p: p not in ages and p not in described)


def _named_lately(name: str, ctx: Context) -> bool:
    """Named in this sentence or the two before, or the subject of one of them ('He replaces Y'): a man
    tied to a nationality sentences ago ('named Argentine X') is no likelier 'the Argentine' than the
    man the text has since moved on to, but the man it still tells of by pronoun is in view."""
    cursor = ctx.people.cursor
    if cursor is None:
        return False
    seen = [ctx.people.last_named.get(name), ctx.people.last_subject.get(name)]
    return any(s is not None and cursor - s <= 2 for s in seen)


# "Serbian coach Dejan Djurdjevic", "the Argentine Guillermo Barros Schelotto", "X, the 45-year-old Swede"
_NATIONALITY_BEFORE = re.compile(
    r"\b((?:[A-Z][a-z]+-)?[A-Z][a-z]+)\s+(?:(?:former|head|assistant|interim|caretaker|new|veteran|experienced|"
    r"young|coach|manager|boss|tactician|technician|trainer|international)\s+){0,3}$"
)
_NATIONALITY_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:\d{2}-year-old\s+)?(?:former\s+)?((?:[A-Z][a-z]+-)?[A-Z][a-z]+)\b"
)


def _learn_nationalities(sentence: str, mentions: list[Mention], ctx: Context) -> None:
    """Remember the nationality the text itself gives a man by name, in a title ('Serbian coach X')
    or an apposition ('X, the 45-year-old Swede'); what a descriptor was taken to mean is no proof.
    A well-known coach the text gives none has the one every reader knows him by (so that 'The
    Argentine' of a story naming Sampaoli and a Senegalese coach is Sampaoli), until the text says."""
    known = ctx.people.nationality
    for m in mentions:
        if m.kind != "P" or m.pronoun or not m.name:
            continue
        if m.name in known and m.name not in ctx.people.widely_known:  # the text has already said
            continue
        near = _NATIONALITY_BEFORE.search(sentence, max(0, m.start - 60), m.start)
        near = near or _NATIONALITY_AFTER.match(sentence, m.end)
        said = nationalities(near.group(1)) if near else frozenset()
        if said:
            known[m.name] = said
            ctx.people.widely_known.discard(m.name)
        elif m.name not in known and (widely := widely_known_nationality(m.name)):
            known[m.name] = widely
            ctx.people.widely_known.add(m.name)


def widely_known_nationality(name: str) -> frozenset[str]:
    """The nationalities reference data gives a well-known coach ('Senegalese|French'), as keys."""
    return nationalities(coach_nationalities().get(name, "").replace("|", " "))


# "Gareca, 65,", "Gareca (65)", "X, the 65-year-old …", "the 65-year-old X": the age the text gives a man
_AGE_AFTER = re.compile(
    r"(?:,\s+(?:aged\s+|who\s+is\s+|the\s+|an?\s+)?|\s+\()(\d{2})(?=[,)]|-year-old\b|\s+years?\s+old\b|\.\s|\.$)"
)
# (only a title between: "The 46-year-old Basque replaces Javier Aguirre" gives Aguirre no age)
_AGE_BEFORE = re.compile(
    r"\b(\d{2})-year-old\s+(?:(?:[A-ZÀ-Þ][\w\-]*|former|head|assistant|interim|caretaker|coach|manager|boss|"
    r"tactician|trainer|technician|striker|midfielder|defender|goalkeeper|forward|winger|international)\s+){0,3}$"
)


_DIGIT = re.compile(r"\d")


def _learn_ages(sentence: str, mentions: list[Mention], ctx: Context) -> None:
    for m in mentions:
        if m.kind != "P" or m.pronoun or m.name in ctx.people.age:
            continue
        said = _AGE_AFTER.match(sentence, m.end)
        said = said or _AGE_BEFORE.search(sentence, max(0, m.start - 40), m.start)
        if said:
            ctx.people.age[m.name] = int(said.group(1))


def update_focus(sentence: str, mentions: list[Mention], ctx: Context) -> None:
    """Who 'he' and 'the Spaniard' will mean next: the main-clause subject of this sentence."""
    _learn_nationalities(sentence, mentions, ctx)
    if _DIGIT.search(sentence):  # (a regex scan, not a Python loop over the characters)
        _learn_ages(sentence, mentions, ctx)
    ctx.succession_doubt = ctx.succession_doubt or bool(_SUCCESSION_DOUBT.search(sentence))
    learn_genders(sentence, mentions, ctx.people)  # (before this sentence counts as the one before)
    if ctx.people.cursor is not None:
        ctx.people.last_named.update(
            (m.name, ctx.people.cursor) for m in mentions if m.kind == "P" and not m.pronoun
        )
    sub = _SUBORDINATE.match(sentence)
    skip_to = sub.end() if sub else 0
    people = [m for m in mentions if m.kind == "P" and not ctx.people.is_executive(m.name) and not m.aside]
    main = [m for m in people if m.start >= skip_to] or people
    aside = _club_relative(sentence, mentions)
    if aside:  # "C, who sacked Y in March, made an offer to X": Y is only told of the club
        main = [m for m in main if not aside[0] <= m.start < aside[1]] or main
    subjects = [
        m
        for m in main
        if not _is_object(sentence, m) and not _possessive_aside(sentence, m) and not _aides_boss(sentence, m)
    ]
    full = [m.name for m in people if not m.pronoun and not _nobody(m)]
    if full:
        ctx.named_last = list(dict.fromkeys(full))
    if main and not _nobody((subjects or main)[0]):  # "The Emperor, as they call him": still him
        first = _stand_in_after_sacking(sentence, main, (subjects or main)[0])
        ctx.focus = _staff_owner(sentence, people) or first.name
        if ctx.people.cursor is not None:
            ctx.people.last_subject[ctx.focus] = ctx.people.cursor


# "C sacked (manager) Y": the man sacked is the verb's object …
_SACKED_OBJECT_BEFORE = re.compile(
    r"\b(?:sacked|fired|dismissed|axed|ousted)\s+(?:(?:their|its|the|head)\s+)?(?:(?:coach|manager|boss)\s+)?$"
)
# … and "and X was put in charge": a clause of its own, with its subject
_AND_BEFORE = re.compile(r"\band\s+$")
_OWN_VERB_AFTER = re.compile(r"\s+(?:was|were|has|had|is|took|takes|stepped|steps)\b")


# "C, who sacked Y in March and finished with Z, …": a relative clause on a club opening the sentence,
# closed by a comma before the main verb
_RELATIVE_ON_CLUB = re.compile(r",\s+(?:who|which|whose)\s[^,;:()\"“”]*,")


def _club_relative(sentence: str, mentions: list[Mention]) -> tuple[int, int] | None:
    """The span of a relative clause on the club the sentence opens with: the men it names are told of
    the club, not the subject 'he' or 'the Spaniard' of the next sentence goes on about."""
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None or first.kind != "C" or sentence[: first.start].strip(_OPENING_MARKS) not in ("", "The"):
        return None
    clause = _RELATIVE_ON_CLUB.match(sentence, first.end)
    return (clause.start(), clause.end()) if clause else None


def _stand_in_after_sacking(sentence: str, main: list[Mention], first: Mention) -> Mention:
    """'C sacked Y in March and X was put in interim charge. He was given the job in May': the subject
    of the clause after the sacking is the man the story goes on about, not the man sacked (who stays in
    view when the club's own verbs name the successor: 'C sacked Y and appointed X. The Portuguese …')."""
    if not _SACKED_OBJECT_BEFORE.search(sentence, max(0, first.start - 30), first.start):
        return first
    return next(
        (
            m
            for m in main
            if m.start > first.end
            and not m.pronoun
            and _AND_BEFORE.search(sentence, max(0, m.start - 5), m.start)
            and _OWN_VERB_AFTER.match(sentence, m.end)
        ),
        first,
    )


_JOIN_BEFORE = re.compile(r"\bjoin(?:s|ed|ing)?\s+$")


def _staff_owner(sentence: str, people: list[Mention]) -> str | None:
    """'A and B are set to join his coaching staff': the boss whose staff the aides join stays the man
    the story goes on about, not the aides named as the subject."""
    if "staff" not in sentence:
        return None
    owners = [
        m.name
        for m in people
        if m.pronoun
        and _STAFF_AFTER_POSSESSIVE.match(sentence, m.start)
        and _JOIN_BEFORE.search(sentence, max(0, m.start - 12), m.start)
    ]
    return owners[0] if owners else None


# "In his place arrives X", "his successor X", "X fills his shoes": the man a succession names beside him
_SUCCESSION_POSSESSIVE = re.compile(r"\s+(?:place|stead|shoes|successor|replacement)\b", re.IGNORECASE)
# "In his first season at C, X …", "After his sacking, …": a possessive inside a fronted phrase
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|on|after|during|under|since|before|following)\s+$", re.IGNORECASE
)


def _possessive_aside(sentence: str, m: Mention) -> bool:
    """'In his place arrives X', 'His successor, X, …', 'In his first season at C, X …': the possessive
    names no subject (the man replaced, or the subject named later), so it is not the focus the next
    sentence's 'he' or 'the 50-year-old' goes on about."""
    if not (m.pronoun and m.text.lower() in ("his", "her")):
        return False
    return bool(
        _SUCCESSION_POSSESSIVE.match(sentence, m.end)
        or _PREPOSITION_BEFORE.search(sentence, max(0, m.start - 12), m.start)
    )


def _aides_boss(sentence: str, m: Mention) -> bool:
    """'Ajax turn to X, currently Y's assistant at Liverpool': Y is named only as the boss the aide
    serves, so 'the former defender' of the next sentence goes on about X, not Y."""
    return not m.pronoun and bool(_AIDES_BOSS_AFTER.match(sentence, m.end))


def _is_object(sentence: str, m: Mention) -> bool:
    """'…, replacing Gary O'Neil, …, Pereira inherited': a man named after a preposition or a succession
    verb is no subject the next sentence's 'he' can go on about."""
    if m.pronoun and _NOMINATIVE.fullmatch(m.text):
        return False  # "… months after she had taken over": the subject of a clause of its own
    return bool(
        _OBLIQUE_BEFORE.search(sentence, max(0, m.start - 30), m.start)
        or _CONSIDERED_BEFORE.search(sentence, max(0, m.start - 80), m.start)
    )


# "The committee also considered A and B before choosing C": the candidates passed over are no subject
_CONSIDERED_BEFORE = re.compile(
    r"\b(?:considered|shortlisted|interviewed)\s+(?:[^.;:]*?(?:,|\band)\s+)?(?:[A-Z][\w-]*\s+)?$"
)
