"""Rule application: the facts of one tagged sentence. Each candidate rule (`rules`) that matches
gives one fact per person it names, with the event chosen from its verb (hedged, negated, a
condition or question, who sacked whom), the role from the words around it, the club and squad
from `attribution` and the date from `date_facts`; then the sentence's extra facts: coordinated
people and clubs, lists of clubs in a career, descriptors and 'former C coach' asides, and
career pairs and event guesses for what no pattern claimed (which post-processing adds only if
nothing else tells them)."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace
from datetime import date

from pipeline.extract.aides_beside_head import HEAD_OF_AIDE_RULES, aide_beside_head, title_won_beside_boss
from pipeline.extract.arriving_aides import arriving_aides
from pipeline.extract.attribution import (
    aside_post_squad,
    bind_squads,
    career_club,
    club_for,
    competition_squad,
    lead_squad,
    leaves_vacancy,
    opening_club,
    own_post_squad,
    post_clubs,
    remember_clubs,
    remember_moves,
    squad_at,
    squad_code,
    squad_in_own_title_aside,
    squad_named_between,
    subject_left_story,
    update_topic,
    with_topic,
)
from pipeline.extract.career_facts import CAREER_WORD, career_pairs
from pipeline.extract.career_lists import (
    ACHIEVEMENT_RULES,
    BOSS_OF_AIDE_RULES,
    STAND_IN_POST,
    list_facts,
)
from pipeline.extract.coordinated_people import (
    ARRIVING_STAFF_RULES,
    coordinated_subject,
    with_coordinated_people,
)
from pipeline.extract.coreference import (
    BARE_NATIONAL_TEAM,
    HEAD_COACH_TITLE,
    _tag,
    coach_title_country,
    mark_executives,
    mark_players,
    mark_staff,
    of_senior_team,
    unmark_put_in_charge,
    update_focus,
    with_club_references,
    with_national_references,
    with_pronouns,
)
from pipeline.extract.date_facts import date_as_news, date_fact, people_at
from pipeline.extract.dates import NUM_RE, NUMBERS, DateMention, dates_told_before, find_dates
from pipeline.extract.elided_moves import (
    _END_EVENTS,
    COUNTRY_AS_PLACE,
    NATIONAL_TEAM_WORDS,
    elided_arrivals,
    elided_departures,
)
from pipeline.extract.executive_guards import (
    EXEC_HINT,
    FORMER_POST_RULES,
    FORMER_WORD,
    mark_named_coaches,
    surnames_past_executives,
    without_executives,
)
from pipeline.extract.facts import (
    CLAUSE_BREAK,
    CLUB_TAG,
    DESCRIBED_WITH,
    NATIONAL_REF,
    PERSON_TAG,
    REAL_EVENTS,
    SQUAD_TAG,
    STAFF_TOGETHER_EVENTS,
    TAG,
    WOMEN_DEMONYM,
    YOUTH_DEMONYM,
    Context,
    Fact,
    TaggedSentence,
    told_as_news,
    trigger_at,
    youth_or_reserve,
)
from pipeline.extract.fallback import EVENT_FAMILIES, Guess, event_guesses
from pipeline.extract.gapped_aides import date_as_copied, gapped_aides
from pipeline.extract.lexicon import (
    DEMONYMS,
    EXECUTIVE_TITLES,
    EXIT_NOUNS,
    LIST_SEP,
    TEAM_NOUN,
)
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.mens_womens_sides import (
    MENS_AGE_GROUP,
    MENS_TEAM,
    age_group_post,
    mens_clubs,
    mens_squad,
    mens_titled,
    mens_tournament_told,
    nicknamed_mens_teams,
    womens_posts_named,
)
from pipeline.extract.mentions import Mention
from pipeline.extract.people import PLAYER_DEED_HINT, PLAYING_POSITION, PRONOUN, STAFF_HINT
from pipeline.extract.player_guards import (
    COACHING_TALK,
    PLAYER_CAREER_RULES,
    SHOWN_AS_PLAYER,
    coaching_step,
    credit_as_player,
    fired_coach,
    led_as_captain,
    move_talk,
    others_titles_removed,
    player_after,
    player_like,
    shown_as_player,
    titled_player_moves,
    told_as_player,
    trophy_as_a_player,
)
from pipeline.extract.playing_careers import (
    PLAYING_CLUB_HINT,
    deed_year,
    mark_playing_clubs,
    told_in_players_words,
)
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.quotes import FIRST_PERSON_RULES, first_person_mentions, is_first_person
from pipeline.extract.rules import (
    HEDGE,
    INCOMING_AIDE_RULES,
    KEPT_AT_SQUAD_RULES,
    NEGATION,
    ROLE_WORDS,
    Rule,
    rule_names,
)
from pipeline.extract.rules.grammar import (
    _FOR_GAMES,
    AIDE_NOUN,
    BACKROOM_TITLE,
    CLUB_BODY,
    CLUB_DESC,
    OWNERS_WORD,
    STAFF_TEAM,
    TIME_BETWEEN,
    UNTIL_FILLED,
    UNTIL_POST_FILLED,
)
from pipeline.extract.rules.offers_and_links import AFTER_HAD
from pipeline.extract.sacked_after import mark_spells_sacked_after
from pipeline.extract.trie import trie_pattern
from pipeline.extract.two_sides import second_side_facts
from pipeline.reference import known_coaches

# a nationality said right before a name ("since Turkish-German X left", "assisted by Englishman X",
# "fellow Dane X", "the successor of the Spaniard X"): it only describes him, and the rules read the
# name as if it stood alone (not after "his": "replacing his fellow German X" needs its noun)
# ("from South Korean X", "the North Macedonian X": a compass word before the demonym is part of it)
_NATIONALITY_BEFORE_NAME = re.compile(
    r"(?<![\w\-])(?<!his\s)(?<!her\s)(?<!'s\s)(?:the\s+)?(?:(?:fellow|compatriot)\s+)?(?:[A-Z][a-z]+-)?"
    r"(?:(?:South|North|East|West)\s+)?(?:" + trie_pattern(set(DEMONYMS)) + r")\s+(?=«P\d)"
)


# every nationality word ends in a capitalised word ("Dutch", "South Korean", "Turkish-German"): a sentence
# with no capitalised word right before a person tag has none to drop, and this scan is far cheaper
_CAPITALISED_BEFORE_NAME = re.compile(r"[A-Z][a-z]+\s+«P\d")


def without_nationality(tagged: str, offsets: list[int]) -> tuple[str, list[int]]:
    """The tagged sentence without nationality words right before a person tag (offsets kept in step)."""
    if "«P" not in tagged or not _CAPITALISED_BEFORE_NAME.search(tagged):
        return tagged, offsets
    cuts = [(m.start(), m.end()) for m in _NATIONALITY_BEFORE_NAME.finditer(tagged)]
    for start, end in reversed(cuts):
        tagged = tagged[:start] + tagged[end:]
        offsets = offsets[:start] + offsets[end:]
    return tagged, offsets


_TWICE = re.compile(r"\btwice\b|\btwo\s+(?:times|occasions)\b", re.IGNORECASE)
_RESPECTIVE = re.compile(
    r"((?:«C\d+»(?:\s*,\s*|\s+and\s+)?){2,})[^«]{0,80}?\brespective\s+(?:managers|coaches|bosses|"
    r"head\s+coaches)\s+"
    r"((?:«P\d+»(?:\s*,\s*|\s+and\s+)?){2,})"
)


def sentence_facts(
    i: int,
    sentence: str,
    low: str,
    rules: list[Rule],
    named: list[Mention],
    ctx: Context,
    ref: date | None,
) -> list[Fact]:
    """The facts sentence `i` tells, after it updates what the story keeps in view (focus, clubs)."""
    has_person = any(m.kind == "P" for m in named)
    named = _with_references(sentence, low, named, ctx, has_person)
    exec_hint = bool((rules or has_person) and EXEC_HINT.search(low))
    players_told = has_person and bool(_POSITION_HINT.search(low) or PLAYER_DEED_HINT.search(low))
    staff_told = has_person and bool(STAFF_HINT.search(low))
    playing_hint = bool(PLAYING_CLUB_HINT.search(low))
    playing_clubs_told = playing_hint and has_person and not rules
    # (the sentence tagged with its named people once, for all three readers)
    named_tagged = _tag(sentence, named)[0] if players_told or staff_told or playing_clubs_told else ""
    if players_told:
        mark_players(named_tagged, named, ctx)
    if staff_told:
        mark_staff(named_tagged, named, ctx)
    if playing_clubs_told:
        mark_playing_clubs(named_tagged, named, named, ctx)
    if not rules and not (has_person and exec_hint):  # nothing to find here
        update_focus(sentence, named, ctx)
        remember_clubs(sentence, named, ctx)
        return []
    mentions = first_person_mentions(i, sentence, with_pronouns(sentence, named, ctx), ctx.quotes, ctx.focus)
    tagged, offsets = without_nationality(*_tag(sentence, mentions))
    if playing_hint and rules:  # (descriptors are read as their man only here)
        mark_playing_clubs(tagged, mentions, named, ctx)
    if exec_hint:
        mark_executives(tagged, mentions, ctx)
        unmark_put_in_charge(tagged, mentions, ctx)
    facts: list[Fact] = []
    if rules and any(m.kind == "P" for m in mentions):
        sent = TaggedSentence(
            index=i,
            text=sentence,
            tagged=tagged,
            mentions=mentions,
            named=named,
            squad_of=bind_squads(tagged, mentions, ctx),
            offsets=offsets,
        )
        if i == 0:
            lead_squad(sent, ctx)
        facts = _tagged_sentence_facts(sent, low, rules, ctx, ref)
    update_focus(sentence, mentions, ctx)
    remember_clubs(sentence, named, ctx)
    if ctx.career and ctx.career_shift and ctx.recent_subjects[-1] is None:
        ctx.recent_subjects[-1] = ctx.career  # the story follows him there for a sentence or two
    ctx.career = None
    ctx.told_as_news = False
    return facts


def _with_references(
    sentence: str, low: str, named: list[Mention], ctx: Context, has_person: bool
) -> list[Mention]:
    """`named` with the clubs and national teams the sentence only refers to ('the club', 'the
    Spanish women's side'), past executives' surnames marked; the cheap word tests go first, as most
    sentences hold no such reference."""
    if has_person and ctx.people.executives:
        surnames_past_executives(named, ctx)
    if "the " in low and _CLUB_REF_HINT.search(low):
        named = with_club_references(sentence, named, ctx)
    if "the " in low and (
        NATIONAL_REF.search(sentence)
        or WOMEN_DEMONYM.search(sentence)
        or YOUTH_DEMONYM.search(sentence)
        or ("ootball" in sentence and BARE_NATIONAL_TEAM.search(sentence))
        or "ederation" in sentence
        or "ssociation" in sentence
    ):
        named = with_national_references(sentence, named, ctx)
    return named


def _tagged_sentence_facts(
    sent: TaggedSentence, low: str, rules: list[Rule], ctx: Context, ref: date | None
) -> list[Fact]:
    """The rules' facts of a sentence naming a person, dated and marked; its career pairs and event
    guesses go to the story's fallbacks."""
    ctx.here = post_clubs(sent)
    ctx.career = career_club(sent, ctx)
    ctx.told_as_news = told_as_news(sent.text)
    ctx.opening = opening_club(sent.text, sent.named, ctx)
    ctx.subject_left = subject_left_story(sent, ctx)
    facts = _matched_facts(rules, sent, low, ctx)
    facts += _headed_item_spell(sent, facts, ctx)
    mark_spells_sacked_after(facts, sent.tagged)
    spells = career_pairs(sent) if CAREER_WORD.search(low) else []
    guesses = [] if facts else _event_guess_facts(sent, ctx)
    fallbacks = spells + guesses
    dates = (
        find_dates(sent.text, ref, dates_told_before(ctx.sentences, sent.index, ref))
        if facts or fallbacks
        else []
    )
    people = people_at(sent) if dates else []
    for f in fallbacks:
        date_fact(f, dates, sent, ref, people)
    for f in guesses:
        date_as_news(f, sent, ctx.news_day or ref)
    ctx.fallbacks.extend(spells)
    ctx.guesses.extend(guesses)
    marks = _SentenceMarks.read(sent, low, facts, fallbacks)
    for f in fallbacks:  # fallbacks too: they may be the only reading of that post
        f.mens = marks.mens_age and age_group_post(f)
    for f in facts:
        date_fact(f, dates, sent, ref, people)
        marks.mark(f)
        date_as_news(f, sent, ctx.news_day or ref)
        f.until_now = f.event == "in_charge" and (
            _held_until_now(sent.tagged, f.trigger, f.trigger_end)
            or (f.spell_tense is None and _held_up_to_now(sent.tagged, f.trigger))
        )
    date_as_copied(facts)
    _date_spells_by_length(facts, ref)
    mark_named_coaches(facts, sent.tagged, sent.mentions)
    facts = without_executives(facts, ctx)
    _exits_told_again(facts, ctx)
    # (the second of two sides told over one post is no move the next sentences follow: the first side is)
    told_on = [f for f in facts if not f.second_side]
    _remember_facts(told_on, sent.text, sent.index, ctx)
    _remember_later_posts(told_on, sent, ctx)
    return facts


@dataclass(frozen=True, slots=True)
class _SentenceMarks:
    """What the sentence's wording says of every fact it tells: read once, set on each fact."""

    alongside: bool
    pluperfect: bool
    """The sentence tells in the pluperfect ('His assistant had also left'): staff going then, not today."""
    aides_arrive: bool
    another_spell: bool
    mens: bool
    """The sentence names a men's team ('the men's side'), so a women's post in view is not meant."""
    womens_named: set[tuple[str | None, str]]
    """The women's posts the sentence names itself ('led England's women's team, then Canada's men')."""
    before_national: bool
    mens_age: bool
    mens_titled: frozenset[str]
    """The men named by a men's title ('alongside men's manager X'): the men's side's coaches."""
    mens_clubs: frozenset[str] | None
    """The clubs the sentence's men's words belong to ("left to coach LASK's men"), None when a men's word
    stands alone ("the men's team"): then it speaks for every post the sentence tells."""
    nicknamed_mens: frozenset[str]
    """Countries the sentence names by their men's team's nickname ("Black Stars coach X"): their posts
    here are the men's, whatever women's story is around."""

    @classmethod
    def read(cls, sent: TaggedSentence, low: str, facts: list[Fact], fallbacks: list[Fact]) -> _SentenceMarks:
        text = sent.text
        mens = bool(facts) and (
            ("men" in low and bool(MENS_TEAM.search(text)))  # (both forms hold "men")
            or mens_tournament_told(text, low)
        )
        return cls(
            alongside=bool(facts) and bool(_ALONGSIDE.search(low)),
            pluperfect=bool(facts) and bool(_HAD.search(low)),
            aides_arrive=bool(facts) and bool(_AIDES_ARRIVE.search(low)),
            another_spell=bool(facts) and bool(_ANOTHER_SPELL.search(text)),
            mens=mens,
            womens_named=womens_posts_named(sent) if mens else set(),
            before_national=bool(facts) and bool(_BEFORE_NATIONAL.match(text)),
            mens_age=not mens and bool(facts or fallbacks) and bool(MENS_AGE_GROUP.search(text)),
            mens_titled=mens_titled(sent) if facts and "men" in low else frozenset(),
            mens_clubs=mens_clubs(sent) if mens else None,
            nicknamed_mens=nicknamed_mens_teams(sent) if facts else frozenset(),
        )

    def mark(self, f: Fact) -> None:
        f.alongside = f.event in STAFF_TOGETHER_EVENTS and (
            self.alongside or (self.aides_arrive and _arriving_aide(f))
        )
        f.pluperfect = f.pluperfect or (f.alongside and self.pluperfect)
        f.another_spell = self.another_spell
        own_womens = (f.club, f.squad) in self.womens_named
        of_mens_club = self.mens_clubs is None or f.club in self.mens_clubs
        mens = (self.mens and not own_womens and of_mens_club) or f.coach in self.mens_titled
        nicknamed = f.club in self.nicknamed_mens and not f.squad.startswith(("women", "national_women"))
        f.mens = mens or nicknamed or (self.mens_age and age_group_post(f))
        if mens and not f.squad_named and f.squad.startswith(("women", "national_women")):
            f.squad = mens_squad(f.squad)  # the women's story in view: this sentence names the men's
        f.before_national = self.before_national


# a broad reading of a sentence other rules read more closely: its fact counts only where they read no
# such event of that man ("X, who served as assistant to Y, stays in the technical staff": the closer
# reading's role and club stand, not a second fact with others; "X was until then the assistant of Y and
# earlier coached the juniors of C": the post through the boss only where no other of his is told)
_ONLY_WHAT_OTHERS_MISSED_RULES = rule_names(
    "named-aide-stays-on",
    "aide-of-boss-in-view",
    # (a candidate named first: what the wider candidate rules read of him, his squad too, stands)
    "named-first-circulates",
)


# "X, who took the team for three games, stays on as assistant": his staff post read, told beside a stand-in
# spell of his own at the same side
_STAND_IN_THEN_STAFF_RULES = rule_names("interim-stays-as-assistant-spell")
# a man named only by his title ("national coach X said"): his spell, unless the sentence tells his post
# changing
_TITLE_ONLY_SPELL_RULES = rule_names("squad-title-person")
# "the national coach X", the squad's country untold: in a club's story, translated Gulf copy's coach of the
# country's own (Arabic "al-mudarrib al-watani", a local man), not its national team's
_THE_BARE_SQUAD_TITLE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _local_coach_in_a_clubs_story(match: re.Match[str], sent: TaggedSentence, ctx: Context) -> bool:
    """'Martins succeeds the national coach X' in a club's story: X is a local coach, not the country's."""
    bare = match.group("c") is None
    told_with_the = _THE_BARE_SQUAD_TITLE.search(sent.tagged, max(0, match.start() - 5), match.start())
    clubs_story = ctx.topic_club is not None and ctx.club_kinds.get(ctx.topic_club) != "national"
    return bare and told_with_the is not None and clubs_story


# "most recently coached C, whom he left in May", "his last club was C, which he left in 2015": a club told
# as the one he left is a post he held there (careful readers record the spell beside the exit)
_EXIT_FROM_A_POST_RULES = rule_names("whom-he-left")


def _with_stand_in_spell(found: list[Fact]) -> list[Fact]:
    """The staff posts a stand-in keeps, each with the stand-in spell he has just held beside it (the
    reader records both: 'assistant A, who led the side on Sunday, remains on the staff')."""
    return [g for f in found for g in (f, replace(f, role="caretaker"))]


def _same_man_and_event(f: Fact, g: Fact) -> bool:
    return (f.coach, f.event) == (g.coach, g.event)


def _matched_facts(rules: list[Rule], sent: TaggedSentence, low: str, ctx: Context) -> list[Fact]:
    """The facts the sentence's candidate rules read, then those derived from them (a descriptor's
    own post, a departure's spell, elided second moves, counted spells)."""
    facts: list[Fact] = []
    titled: list[Fact] = []  # read by a staff title before the name: its role wins
    aides: list[Fact] = []  # the aide's posts told beside his head coach's
    unread: list[Fact] = []  # read by a rule that only adds what the others did not read
    weighed: list[Fact] = []  # candidates a club talked to, told after the fact
    approached: list[list[Fact]] = []  # the men of talks read as an approach, by match
    told_after: list[Fact] = []  # the men of talks told in the pluperfect ("had also held talks with X")
    sounded_after: list[Fact] = []  # the men a club had sounded out, told in the pluperfect
    exits_from_posts: list[Fact] = []  # departures that tell the post held too
    for rule in rules:
        for match in rule.pattern.finditer(sent.tagged):
            found = _rule_facts(rule, match, sent, ctx)
            if found and rule.name == "won-with":
                found = title_won_beside_boss(match, sent, found)
            if found and told_in_players_words(rule, match, sent):
                for f in found:  # (a spell or a title: "arrived in 2022" is an arrival, whoever made it)
                    f.players_words = f.event == "in_charge"
                    f.told_year = deed_year(f, match, sent.tagged)
            if rule.stand_in_before:
                found = (
                    []
                    if _going_back_not_told(match, sent.tagged)
                    else _stand_in_spells_ended(found, ctx, sent, match)
                )
            if rule.youth_or_reserve_only:
                found = _youth_or_reserve_readings(found, rule.event)
            if rule.name in FORMER_POST_RULES and FORMER_WORD.search(match.group(0)):
                for f in found:
                    f.former_post = True
            if rule.name in _ONLY_WHAT_OTHERS_MISSED_RULES:
                unread.extend(found)
                continue
            if rule.name in _STAND_IN_THEN_STAFF_RULES:
                found = _with_stand_in_spell(found)
            if rule.name in _TITLE_ONLY_SPELL_RULES and _local_coach_in_a_clubs_story(match, sent, ctx):
                continue
            facts.extend(found)
            titled.extend(found if rule.name in _TITLED_STAFF_RULES else ())
            if rule.name == "body-had-spoken-to" and _HELD_TALKS.search(match.group(0)):
                weighed.extend(found)
            if rule.name == "held-talks-with":
                approached.append(found)
                if _TOLD_AFTER_HAD.match(sent.tagged, match.start()):
                    told_after.extend(found)
            if rule.name in _EXIT_FROM_A_POST_RULES:
                exits_from_posts.extend(found)
            if _sounding_told_after(rule, match, sent.tagged):
                sounded_after.extend(found)
            if found and rule.name in HEAD_OF_AIDE_RULES:
                aides.extend(aide_beside_head(match, sent, found))
            if _FIRST_OF_SPELLS.search(match.group(0)) or rule.name == "returns-to-post-held":
                _first_of_spells(found)
    # (a spell of the aide's own at another squad of that club or country is no second telling of his post
    # beside Y: "worked as Y's assistant and led Switzerland to …", "assistant to Y at C after coaching the
    # club's youth team" tell both)
    facts.extend(
        f for f in aides if not any((g.coach, g.club, g.squad) == (f.coach, f.club, f.squad) for g in facts)
    )
    facts.extend(f for f in unread if not any(_same_man_and_event(f, g) for g in facts))
    facts = _titles_over_head_coach(facts, titled)
    facts = _weighed_not_approached(facts, weighed, approached)
    _talks_told_after_the_fact(facts, told_after)
    _soundings_told_after_the_fact(facts, sounded_after)
    _exit_ends_spell_told(facts)
    facts = _named_post_of_one_exit(facts, sent)
    _titles_at_their_exit(facts)
    _exit_from_the_side_told_after(facts, sent)
    if "respective" in low:
        facts.extend(_respective(sent))
    facts.extend(_descriptor_facts(sent, facts, ctx))
    facts.extend(_former_post_facts(sent, facts))
    facts.extend(_spells_of_departures(sent, facts, exits_from_posts))
    facts.extend(_candidate_posts(sent, facts))
    facts.extend(elided_departures(sent, facts))
    facts.extend(elided_arrivals(sent, facts))
    facts.extend(gapped_aides(sent, facts))
    facts.extend(second_side_facts(sent, facts, ctx))
    facts = arriving_aides(sent, facts, ctx)
    facts.extend(_counted_spells(sent, facts))
    _staff_kept_on(facts, sent)
    _one_staff_one_squad(facts)
    return facts


# an aide whose own words say he stays: "A, who stays on from Y's staff", "B, who was on Y's staff and stays
# at the club", "while goalkeeping coach C remains from the previous staff", "D is confirmed in his functions"
# (the verb ends its clause or tells where he stays; not "who remains coach of the U19s": another post, nor
# a stand-in who "will stay on (the staff) as assistant": he takes that post); "E, who stays in place"
_KEPT_ON = re.compile(
    r"«P(\d+)»(?:\s*,\s+who\b(?:[^«.;:,]|«[PC]\d+»){0,60}?)?\s+(?:also\s+|will\s+)?"
    r"(?:stays?|stayed|remains?|remained|continues?|continued|is\s+(?:retained|kept\s+on|confirmed))"
    r"(?!(?:\s+on)?(?:\s+(?:(?:the|his|her)\s+)?staff)?\s+as\b)"
    r"(?=\s+(?:on|from|at\s+the\s+club|(?:with|in|on)\s+the\s+(?:team|club|staff)|in\s+place)\b|\s+at\s+«C\d+»"
    r"|\s+in\s+(?:his|her|their|«P\d+»['’]s?)\s+(?:functions?|posts?|roles?)\b|\s*[,.;])"
)
_KEPT_ON_HINT = re.compile(r"\b(?:stay|remain|continue|retained|kept\s+on|confirmed)", re.IGNORECASE)


def _staff_kept_on(facts: list[Fact], sent: TaggedSentence) -> None:
    """Staff a list of the new man's aides names, whose own clause says they stay ("X will be assisted by A,
    who stays on from Y's staff"): in post already, not appointed."""
    if not any(f.event == "appointed" and f.role in STAFF_TITLE_ROLES for f in facts):
        return
    if not _KEPT_ON_HINT.search(sent.text):
        return
    kept = {sent.mentions[int(k)].name for k in _KEPT_ON.findall(sent.tagged)}
    for f in facts:
        if f.event == "appointed" and f.role in STAFF_TITLE_ROLES and f.coach in kept:
            f.event = "in_charge"


def _one_staff_one_squad(facts: list[Fact]) -> None:
    """'Y will be assisted by A, while B joins as goalkeeping coach and C as analyst': aides told joining
    together in one sentence join one staff. One whose own words name no squad (his senior side by default)
    takes the one squad the other arrivals at that club are given: the U-20 staff of a U-20 coach, not the
    senior national team's. (Aides told staying or leaving may well part: one stays with the first team.)"""
    staff = [f for f in facts if f.role in STAFF_TITLE_ROLES and f.club and f.event == "appointed"]
    unnamed = [f for f in staff if not f.squad_named and f.squad in ("first_team", "national")]
    told = [g for g in staff if g.squad_named or g.squad not in ("first_team", "national")]
    for f in unnamed:
        shared = {g.squad for g in told if g.club == f.club and g.coach != f.coach}
        squad = shared.pop() if len(shared) == 1 else f.squad
        if squad.startswith("national") == (f.squad == "national"):  # (a club's aide takes no country's side)
            f.squad = squad


# "who first coached C from 2009 to 2013", "having originally managed C": the first of his spells there
_FIRST_OF_SPELLS = re.compile(
    r"\b(?:first|originally)\s+(?:coached|managed|led|directed|trained|took\s+charge)\b", re.IGNORECASE
)


def _first_of_spells(found: list[Fact]) -> None:
    """A spell told as his first at the club counts one more (he is back): no restatement of the new
    appointment told beside it."""
    for f in found:
        if f.event == "in_charge":
            f.spells = max(f.spells, 2)


def _titles_at_their_exit(facts: list[Fact]) -> None:
    """'X's assistant A and fitness coach B also leave': B's staff post, read from a title naming no
    club, is at the club the sentence tells him leave (read from the story, as the title's), not the
    club in view."""
    staff = [f for f in facts if f.role in STAFF_TITLE_ROLES and f.club and not f.club_named]
    exits = {f.coach: f for f in staff if f.event in _END_EVENTS}
    for f in staff:
        gone = exits.get(f.coach) if f.event == "in_charge" else None
        if gone is not None:
            f.club, f.squad = gone.club, gone.squad


# "He replaced Y, who later became coach of the Czech national team": the post Y moved on to
_LATER_POST = re.compile(
    r"«P(\d+)»,\s+who\s+(?:(?:later|subsequently|has\s+since|since|then)\s+(?:went\s+on\s+to\s+)?|went\s+on\s+to\s+)"
    r"(?:became|become|took\s+(?:charge\s+of|over\s+at)|coached|coach|managed|manage|led|lead|"
    r"was\s+(?:appointed|named))\b[^«.;]{0,40}«[CS](\d+)»"
)


def _remember_later_posts(facts: list[Fact], sent: TaggedSentence, ctx: Context) -> None:
    """The post a man was said to move on to later, which his next clubless exit leaves
    ('… who later became coach of C. Y stepped down in November': C)."""
    for m in _LATER_POST.finditer(sent.tagged):
        coach = sent.mentions[int(m.group(1))].name
        club, squad = sent.squad_of.get(int(m.group(2)), (None, "first_team"))
        if club and not any(f.coach == coach and f.club == club and f.event in _END_EVENTS for f in facts):
            ctx.later_posts[coach] = (club, squad, sent.index)


def _tells_post_held(f: Fact) -> bool:
    """A post the fact tells its man holding, though the story did not give it to him: a new deal, or
    his head coach's title as the sentence is told ("Morocco coach X"; not "has coached C")."""
    if f.club is None or f.derived or f.weak:
        return False
    return f.event == "extended" or (f.event == "in_charge" and f.role == "head_coach" and f.current_post)


def _remember_held_posts(facts: list[Fact], ctx: Context) -> None:
    """The posts these facts tell their men holding, each with the surest confidence it was told with."""
    for f in filter(_tells_post_held, facts):
        held = ctx.held_posts.setdefault(f.coach, {})
        held[(f.club, f.squad)] = max(f.confidence, held.get((f.club, f.squad), 0.0))


# what ends a stand-in spell the story keeps in view: his exit, or the post given to him for good
_STAND_IN_ENDS = ("appointed", "dismissed", "resigned", "left")
# how many sentences later his going back still ends that spell (further on, the story has moved on to
# other news of him: "he will return to his role" may be about another time)
_STAND_IN_IN_VIEW = 5


def _exits_told_again(facts: list[Fact], ctx: Context) -> None:
    """'X will not continue as coach of the national under-21 team. His contract will not be renewed.': a
    departure told again just after, naming neither club nor squad, is the same one, from the squad just
    told; not where the story gave him the senior side ('promoted from the U23s … He was sacked')."""
    for f in facts:
        if f.event not in _END_EVENTS or f.squad not in ("first_team", "national") or f.squad_named:
            continue
        earlier = ctx.exits.get(f.coach)
        if (
            earlier
            and not f.club_named
            and earlier[0] == f.club
            and youth_or_reserve(earlier[1])
            and ctx.just_now(earlier[2])
            and ctx.post_squads.get((f.coach, f.club), earlier[1]) == earlier[1]
            and (f.club, f.squad) not in ctx.held_posts.get(f.coach, {})
        ):
            f.squad = earlier[1]


def _remember_facts(facts: list[Fact], sentence: str, i: int, ctx: Context) -> None:
    """What the next sentences read from this one's facts: the moves, the squad in view, a vacancy
    left open and each man's latest exit."""
    ctx.here, ctx.opening, ctx.subject_left = [], None, False
    remember_moves(facts, ctx)
    _remember_held_posts(facts, ctx)
    update_topic(facts, ctx)
    for f in facts:
        if leaves_vacancy(f, sentence, ctx, facts):
            ctx.vacancy = (f.club, f.squad, i, f.coach)
    for f in sorted(facts, key=lambda f: f.trigger):  # the exit told last is his latest
        if f.event in _END_EVENTS and f.club:
            ctx.exits[f.coach] = (f.club, f.squad, i)
            ctx.first_exits.setdefault(f.coach, (f.club, f.squad, i))
        if f.role == "caretaker" and f.event in ("appointed", "in_charge") and f.club:
            ctx.stand_ins[f.coach] = (f.club, f.squad, i)
        elif f.event in _STAND_IN_ENDS and ctx.stand_ins.get(f.coach, ("",))[0] == f.club:
            del ctx.stand_ins[f.coach]  # the stand-in spell ended, or he was given the post for good


# "… will stay on as part of the staff if the board agree", "he would return to his role", "he hopes to stay
# on": a step back only hoped for or set on a condition (lowercase "may": not the month)
_HEDGED_STEP = re.compile(
    r"\b(?i:if|unless|provided|would|could|might|hopes?|hoping|hoped|wants?|wanted|wishes)\b|\bmay\b"
)
# "In 2019, X returned to his previous role": a step back from an earlier spell, its year told up front
_EARLIER_YEAR_FRONTED = re.compile(r"^\W*(?:(?:back\s+)?in|during|after)\s+(?:\w+\s+)?(?:19|20)\d\d\b", re.I)


def _going_back_not_told(match: re.Match[str], tagged: str) -> bool:
    """The stand-in's step back is hedged, or told of a spell years before the one in view (see above)."""
    clause_end = re.search(r"[.;]", tagged[match.end() :])
    clause = tagged[: match.end() + (clause_end.start() if clause_end else len(tagged))]
    return bool(_HEDGED_STEP.search(clause) or _EARLIER_YEAR_FRONTED.search(tagged))


def _stand_in_spells_ended(
    found: list[Fact], ctx: Context, sent: TaggedSentence, match: re.Match[str]
) -> list[Fact]:
    """A man going back to the post he held ('He now returns to the U21', 'X will return to his previous
    role'): the end of the stand-in spell the story told of him before, at that spell's club and squad (the
    post he goes back to is another); or, where the same sentence tells the spell of him alone ('X, who took
    the team for two games, returns to the U21', '…, ending a month as caretaker'), the end of his spell in
    charge of the story's senior side (not where he only stays on the staff: 'X, who took charge as interim,
    will stay on as part of Y's staff' tells no spell's end); of a man told as no stand-in, nothing."""
    out = []
    for f in found:
        spell = ctx.stand_ins.get(f.coach)
        if spell and spell[2] >= len(ctx.recent_clubs) - _STAND_IN_IN_VIEW:  # one entry per sentence read
            out.append(replace(f, club=spell[0], squad=spell[1], role="caretaker", squad_named=False))
        elif f.club and _GOES_BACK.search(match.group(0)) and _stand_in_told(match, sent.tagged):
            out.append(
                replace(f, squad=squad_at("first_team", f.club, ctx), role="caretaker", squad_named=False)
            )
    return out


# a stand-in's spell told in passing: "ending a month as caretaker", "who was the interim", "who took the
# team for two games" (the games he took, not a title: the sentence names no other man to hold it)
_STAND_IN_TOLD_HERE = re.compile(
    r"\b(?:interim|caretaker)\b|\b(?:took|ran|led)\s+(?:the\s+)?(?:team|side)\s+(?:for|in)\s+"
    r"(?:the\s+)?(?:(?:last|final)\s+)?(?:two|three|four|five|six|\d+)\s+(?:games|matches)\b",
    re.IGNORECASE,
)
_GOES_BACK = re.compile(
    r"\b(?:return(?:s|ed)?|go(?:es)?\s+back|went\s+back|revert(?:s|ed)?)\s+to\b", re.IGNORECASE
)
_MAN_NAMED = re.compile(r"«P(\d+)»(?!['’])")


def _stand_in_told_of_one(tagged: str) -> bool:
    """Whether the sentence tells a stand-in spell and names one man only (his, then, as he goes back)."""
    return len(set(_MAN_NAMED.findall(tagged))) == 1 and bool(_STAND_IN_TOLD_HERE.search(tagged))


def _stand_in_told(match: re.Match[str], tagged: str) -> bool:
    """Whether his stand-in spell is told here: in the rule's own words about him ('Caretaker X, who …,
    returns to his post', whoever else the sentence names), or in a sentence naming him alone."""
    return bool(_STAND_IN_TOLD_HERE.search(match.group(0))) or _stand_in_told_of_one(tagged)


# "had two spells in charge of C", "two stints at C", "has twice been in charge of C", "twice C's interim
# boss", "two spells as coach of Indian giants C", "two spells as C's caretaker manager": two spells at the
# club named right after, each an event of its own. (A count told after the club is read below, by
# `_TWO_SPELLS_AFTER`; "whom he managed in two spells" names no club and stays one; "three spells" are
# told as one in most of the gold sets, see tests/extract/test_phrasing_passing_spells.py)
_TWO_SPELLS_BEFORE = re.compile(
    r"(?:\btwo\s+(?:separate\s+|different\s+|distinct\s+)?(?:spells|stints)\s+"
    r"(?:in\s+charge\s+(?:of|at)|at\s+the\s+helm\s+of|as\s+(?:head\s+)?(?:coach|manager|boss)\s+(?:of|at)"
    # ("as coach of Indian giants C": what the club is, before its name)
    r"(?:\s+" + CLUB_DESC.removesuffix(r"\s+") + r")?|as|at|with|of)|"
    r"\btwice\s+(?:been\s+)?(?:in\s+charge\s+(?:of|at)|coached|managed|(?:head\s+)?coach\s+of|manager\s+of|"
    r"at\s+the\s+helm\s+of)|"
    r"\btwice)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "two spells at A and two at B": B's count, told by the number alone
_TWO_MORE_BEFORE = re.compile(
    r"\btwo\s+(?:spells|stints)\s+(?:at|with)\s+(?:the\s+)?«C\d+»\s*,?\s+and\s+two\s+(?:at|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "made his name at C, where he had two spells", "C, where he had two passages on the bench"; the count told
# right after the club: "managed C in two spells (and B)", "won four titles with C over two spells", "sat on
# the bench of C for two periods", "worked in C in two times" (translated): each spell an event of its own
_TWO_SPELLS_AFTER = re.compile(
    r"(?:['’]s?)?(?:\s*,\s+where\s+«P\d+»\s+(?:had|spent|enjoyed)\s+two\s+(?:separate\s+)?(?:spells|stints|passages)\b"
    r"|\s+(?:in|over|across|for)\s+two\s+(?:separate\s+|different\s+)?(?:spells|stints|periods|passages|times)\b)",
    re.IGNORECASE,
)
# "coached C twice", "has directed the C twice": a bare "twice" after the club counts his spells only right
# after a coaching verb ("won the cup with C twice", "beat C twice" count titles and games)
_TWICE_AFTER = re.compile(r"\s+twice\b", re.IGNORECASE)
_COACHED_BEFORE = re.compile(
    r"\b(?:coached|managed|led|directed|trained|commanded|guided)\s+(?:the\s+)?$", re.IGNORECASE
)


def _spells_told(tagged: str, tag: re.Match[str]) -> int:
    """How many spells at the club tagged by `tag` the words right around it count (1 when none)."""
    told = (
        _TWO_SPELLS_BEFORE.search(tagged, max(0, tag.start() - 90), tag.start())
        or _TWO_MORE_BEFORE.search(tagged, max(0, tag.start() - 90), tag.start())
        or _TWO_SPELLS_AFTER.match(tagged, tag.end())
        or (
            _TWICE_AFTER.match(tagged, tag.end())
            and _COACHED_BEFORE.search(tagged, max(0, tag.start() - 40), tag.start())
        )
    )
    return 2 if told else 1


# "had a second spell at C", "enjoyed a third stint with C", "had a second passage by C": a later spell of
# his there, an event of its own beside the first (told elsewhere in the story)
_LATER_SPELL_BEFORE = re.compile(
    r"\b(?:had|enjoyed|spent)\s+(?:a|his)\s+(?:second|third|fourth|fifth)\s+(?:spell|stint|passage)\s+"
    r"(?:in\s+charge\s+)?(?:at|with|of|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _counted_spells(sent: TaggedSentence, facts: list[Fact]) -> list[Fact]:
    """'Lippi had two spells in charge of China', 'has twice been in charge of Legia': one spell more for
    each the words count beyond the first (each is an event of its own), once per coach and post."""
    out, seen = [], set()
    for f in facts:
        key = (f.coach, f.club, f.squad, f.role)
        if f.event != "in_charge" or f.repeat or not f.club or key in seen:
            continue
        tag = next(
            (
                m
                for m in TAG.finditer(sent.tagged, f.trigger)
                if m.group(1) in "CS" and sent.squad_of.get(int(m.group(2)), (None,))[0] == f.club
            ),
            None,
        )
        periods = _two_periods_told(sent.tagged, tag, f) if tag else None
        n = 2 if periods else _spells_told(sent.tagged, tag) if tag else 1
        if tag and _LATER_SPELL_BEFORE.search(sent.tagged, max(0, tag.start() - 60), tag.start()):
            f.repeat = True  # not merged with his first spell there
        if n > 1:
            seen.add(key)
            f.spells = n
        spells = [f]
        for _ in range(n - 1):
            spell = copy.copy(f)
            spell.repeat = True
            spells.append(spell)
        if n > 1 and tag:
            _date_each_spell(sent, periods or _YEAR_OF_EACH_SPELL.match(sent.tagged, tag.end()), spells)
        out.extend(spells[1:])
    return out


# "two spells as C's caretaker manager, in 2019 and 2021", "twice in charge of C, in 2012 and 2016": the year
# each of the two spells began, listed right after the club's phrase
_YEAR_OF_EACH_SPELL = re.compile(
    r"(?:['’]s?)?(?:\s+(?:(?:head|caretaker|interim|acting)\s+)?(?:coach|manager|boss))?\s*,?\s+in\s+"
    r"((?:19|20)\d\d)\s*,?\s+and\s+((?:19|20)\d\d)\b"
)


# "led C in 2001-2002 and 2009-2010", "C (1995-1998 and 2010-2011)", "coached the club in 2017 and again in
# 2019", "(the club he) commanded from 2008 to 2010 and again in 2014": two periods listed right after the
# club or the spell's verb, each a spell of its own (not "in 2015 and 2016" nor "between 2011 and 2014": one
# spell over those years)
_TWO_PERIODS_AFTER = re.compile(
    r"(?:['’]s?)?\s*(?:\(\s*|,?\s+(?:in\s+|from\s+)?)"
    r"(?:((?:19|20)\d\d)(?:\s*[-–/]\s*(?:19|20)?\d\d|\s+(?:to|until)\s+(?:19|20)\d\d)\s*,?\s+and\s+(?:again\s+)?|"
    r"((?:19|20)\d\d)\s*,?\s+and\s+again\s+)"
    r"(?:in\s+|from\s+)?((?:19|20)\d\d)\b"
)


def _two_periods_told(tagged: str, tag: re.Match[str], f: Fact) -> re.Match[str] | None:
    """The two periods listed after the club or after the words that read the spell, if any."""
    for at in (tag.end(), f.trigger_end):
        found = _TWO_PERIODS_AFTER.match(tagged, at) if at >= 0 else None
        if found:
            return found
    return None


def _date_each_spell(sent: TaggedSentence, listed: re.Match[str] | None, spells: list[Fact]) -> None:
    """Each of two counted spells dated by its own year, when the words list one for each."""
    years = [g for g in listed.groups() if g] if listed else []
    if listed is None or len(years) != len(spells):
        return
    start, end = sent.offsets[listed.start()], sent.offsets[min(listed.end(), len(sent.offsets) - 1)]
    for f, year in zip(spells, years, strict=True):
        f.spell_start = DateMention(start, end, date(int(year), 1, 1), "year", "since")


def _exit_ends_spell_told(facts: list[Fact]) -> None:
    """'… to take over the France women's team, whom he coached at the World Cup, before leaving in
    August when his contract ran out': an exit whose words name no club, told after the man's spell
    at a club this sentence names, ends that spell, not a post of the story's club."""
    for f in facts:
        if f.event not in ("left", "resigned", "dismissed") or f.club_named:
            continue
        told = [
            g
            for g in facts
            if g.coach == f.coach
            and g.event in ("appointed", "in_charge")
            and 0 <= g.trigger_end <= f.trigger
        ]
        last = max(told, key=lambda g: g.trigger, default=None)
        if last is not None and last.club_named and last.club and last.club != f.club:
            f.club, f.squad = last.club, last.squad


# "… from «C», where he led …": the clause after an exit's club telling his post there (not a first or an
# earlier one: "where he first coached the under-23s" is where his time there began)
_WHERE_HE_LED = re.compile(
    r"«C(\d+)»,\s+where\s+«P\d+»\s+(?!(?:first|previously|earlier|initially|once|also|later)\b)"
)


def _exit_from_the_side_told_after(facts: list[Fact], sent: TaggedSentence) -> None:
    """'X comes from Ajax, where he led Jong Ajax', 'joins from C, where he has been head coach of the
    Under-18 side': an exit whose own words name no squad leaves the one side the where-clause right after
    its club says he coached there (not the senior side a bare club name stands for)."""
    for m in _WHERE_HE_LED.finditer(sent.tagged):
        club = sent.mentions[int(m.group(1))].name
        for f in facts:
            if f.event != "left" or f.club != club or f.squad != "first_team" or f.squad_named:
                continue
            if not m.start() <= f.trigger_end <= m.end():  # the exit's words end on that club
                continue
            spells = [
                g
                for g in facts
                if (g.coach, g.club, g.event) == (f.coach, club, "in_charge") and g.trigger >= m.start()
            ]
            sides = {g.squad for g in spells if g.squad != "first_team"}
            if len(sides) == 1 and not any(g.squad == "first_team" and g.squad_named for g in spells):
                f.squad = sides.pop()


def _named_post_of_one_exit(facts: list[Fact], sent: TaggedSentence) -> list[Fact]:
    """'X had led C since 2022, when he succeeded Y': two rules read Y's exit in one clause, one with the
    post the sentence names (C), one with the club in view; the named post is the one he left."""
    clubs = {m.name for m in sent.mentions if m.kind == "C"}
    exits = [f for f in facts if f.event in ("left", "resigned", "dismissed")]
    named = [f for f in exits if f.club_named or f.club in clubs]
    return [
        f
        for f in facts
        if f not in exits
        or f in named
        or not any(g.coach == f.coach and g.event == f.event and _read_within(f, g) for g in named)
    ]


def _read_within(f: Fact, g: Fact) -> bool:
    """f's rule match lies within g's: the same clause, read without its subject."""
    return g.trigger <= f.trigger and 0 <= f.trigger_end <= g.trigger_end


_CLUB_REF_HINT = re.compile(
    r"\bthe\s+(?:[\w\-]+\s+){0,3}(?:club|side|outfit|giants|team|champions|holders|leaders)\b"
)


def _descriptor_facts(sent: TaggedSentence, facts: list[Fact], ctx: Context) -> list[Fact]:
    """'the Argentinian manager has become …' says he manages (the club in view)."""
    out = []
    for idx, m in enumerate(sent.mentions):
        if m.kind != "P" or not m.describes_coach or any(f.coach == m.name for f in facts):
            continue
        if len(m.text.split()) < 3:  # "the coach" alone says too little
            continue
        pos = sent.tagged.find(f"«P{idx}»")
        club, squad, _ = with_topic(None, "first_team", ctx, explicit=False)
        if club and not ctx.people.is_executive(m.name):
            out.append(Fact(m.name, club, squad, "head_coach", "in_charge", 0.6, sent.index, pos, weak=True))
    return out


_FORMER_POST = re.compile(
    r"^the\s+(?:[\w\-]+\s+)?(?:former|ex-|one-time|previous)\s*.*\b(?:coach|manager|boss|head\s+coach)$",
    re.IGNORECASE,
)


def _former_post_facts(sent: TaggedSentence, facts: list[Fact]) -> list[Fact]:
    """'The former Napoli coach …' (standing for the man in view) says he coached Napoli, as does 'The
    former coach of A and of B …' each club after 'of'."""
    out = []
    for i, m in enumerate(sent.mentions):
        if not m.pronoun or m.kind != "P" or not _FORMER_POST.match(m.text):
            continue
        after = _clubs_of_complement(sent, i)
        for c in sent.named:
            if c.kind == "C" and (m.start <= c.start < m.end or c in after) and c.name:
                squad = squad_code(c, c.squad)
                if not any(f.coach == m.name and f.club == c.name and f.event == "in_charge" for f in facts):
                    out.append(
                        Fact(m.name, c.name, squad, "head_coach", "in_charge", 0.6, sent.index, c.start)
                    )
    return out


# "The former coach of A and of B will …": the clubs of the 'of' phrase right after the head
_OF_CLUBS = re.compile(r"\s+of\s+(?:the\s+)?«C(\d+)»(?:\s*(?:,|and|,\s+and)\s+(?:of\s+)?(?:the\s+)?«C\d+»)*")


def _clubs_of_complement(sent: TaggedSentence, idx: int) -> list[Mention]:
    """The clubs named in an 'of A and of B' phrase right after mention `idx` in the tagged sentence."""
    pos = sent.tagged.find(f"«P{idx}»")
    of = _OF_CLUBS.match(sent.tagged, pos + len(f"«P{idx}»")) if pos >= 0 else None
    if not of:
        return []
    return [sent.mentions[int(t)] for t in CLUB_TAG.findall(of.group(0))]


# "X, who left for D after guiding C to the title", "X leaves after six seasons", "confirmed his departure
# after 18 months at C": a departure told with what went before it tells the spell too (careful readers
# record both), as does "…, having guided C to …"; not "after two years as a player", "after a season away",
# "after leaving C"
_SPELL_BEFORE_DEPARTURE = re.compile(
    r"[^.;]{0,90}?(?:,\s+having\s+(?:\w+ly\s+)?(?:led|guided|steered|taken)\s+(?:«[CS]\d+»|the\s+|them\b|her\b|his\b)|"
    r"\bafter\s+(?:(?:leading|guiding|steering|taking|helping|winning|failing\s+to)\b|"
    r"(?:(?:a|an|his|her|more\s+than|over|nearly|almost|just|some|only|[\w\-]+)\s+){0,3}?"
    r"(?:years?|seasons?|months)\b(?!\s+(?:as\s+(?:an?\s+)?player|away|out|later|earlier|ago|before)\b)))"
)


# "… replace X, who left to take over at D after three seasons": the departure told in a relative clause
# on his name, when his exit was read from other words (the replacing)
_WHO_DEPARTED = re.compile(
    r"«P(\d+)»\s*,\s+who\s+(?:has\s+|had\s+)?(?:left|departed|quit|resigned|stepped\s+down|"
    r"was\s+(?:sacked|fired|dismissed))\b"
)


# "… succeeds X, who leaves after two seasons", "…, who will not continue after three years": the
# departure told in the present or the future in a relative clause on his name
_WHO_LEAVES_NOW = re.compile(
    r"«P(\d+)»\s*,\s+who\s+(?:also\s+)?(?:leaves|departs|is\s+(?:also\s+)?leaving|"
    r"will\s+(?:also\s+)?(?:leave|depart|not\s+(?:continue|stay|remain)))\b"
)


def _leaves_now(sent: TaggedSentence, coach: str) -> bool:
    return any(sent.mentions[int(m.group(1))].name == coach for m in _WHO_LEAVES_NOW.finditer(sent.tagged))


def _departure_told_at(sent: TaggedSentence, f: Fact) -> list[int]:
    """Where the words telling a coach's departure start: its trigger and any 'X, who left' on his name."""
    found = [f.trigger]
    for m in _WHO_DEPARTED.finditer(sent.tagged):
        if sent.mentions[int(m.group(1))].name == f.coach:
            found.append(m.end())
    return found


# "replaces X, who won the Copa Sudamericana with the club in 2023", "succeeded X, under whom the side went
# down", "came after X, the man who led C back into the league": what the man whose post is filled achieved,
# told on his name, is his spell there (careful readers record it beside his going); not "who took over in
# May" (his own arrival). A deed naming the side ("who guided C B to two promotions") restates the post
# being filled and reads no spell (test_phrasing_spells); one naming another club is an earlier spell's
_DEED_OF_THE_REPLACED = re.compile(
    r"\b(?:replac(?:es|ed|ing|e)|succe(?:eds|eded|eding|ed)|successor\s+(?:to|of)|(?:took|takes?|taking)\s+over\s+from|"
    r"place\s+of|substitution\s+of|follows?\s+on|(?:departure|resignation|exit)\s+of|after)\s+"
    r"(?:[\w\-]+\s+){0,3}?«P(?P<p>\d+)»(?:\s*,\s+\d{2})?\s*,\s+"
    r"(?:who\s+(?:had\s+|has\s+)?(?:just\s+|also\s+|previously\s+|first\s+)?"
    r"(?:won|led|guided|steered|commanded|brought|delivered|lifted|kept|saved|clinched|took(?!\s+(?:over|charge)\b))|"
    r"under\s+whom|(?:the\s+)?(?:man|coach)\s+who\s+(?:led|guided|steered|took|won|brought)|author\s+of)\b"
    r"(?P<deed>(?:[^«.;,]|«[CS]\d+»)*)"
)
# what such a deed is: a title, a promotion or a stage reached, a spell led as a stand-in or for a time (not
# "took C to court", "led C to a 3-0 win on Saturday": a day's doings)
_FEAT = re.compile(
    r"\b(?:titles?|cups?|trophy|trophies|league|promotions?|promoted|relegat\w*|final|semi-?finals?|quarter-?finals?|"
    r"play-?offs?|double|treble|medal|crown|championship|survival|safety|qualification|scudetto|copa|s[ée]rie\s+[a-d]|"
    r"division|tier|flight|back\s+(?:to|into)|interim|caretaker|since|for\s+(?:\w+\s+){1,2}(?:years|seasons|months))\b",
    re.IGNORECASE,
)


def _deed_of_the_replaced(sent: TaggedSentence, f: Fact) -> re.Match[str] | None:
    """The words telling what the man whose departure `f` is achieved at its club, told on his name
    where another man takes his place, naming no side."""
    for m in _DEED_OF_THE_REPLACED.finditer(sent.tagged):
        deed = m.group("deed")
        if sent.mentions[int(m.group("p"))].name == f.coach and "«" not in deed and _FEAT.search(deed):
            return m
    return None


def _spells_of_departures(sent: TaggedSentence, facts: list[Fact], exits: list[Fact]) -> list[Fact]:
    """The spell a departure or sacking 'after leading C …' / 'after N seasons' ends, at its club, or
    that the man replaced is told to have achieved ('replaces X, who won the cup'), or that an exit from
    a post tells (`exits`: 'C, which he left in May')."""
    out = []
    for f in facts:
        if f.event not in ("left", "resigned", "dismissed") or not f.club or f.derived:
            continue
        if any(g.coach == f.coach and g.club == f.club and g.event == "in_charge" for g in (*facts, *out)):
            continue
        told = [
            m for pos in _departure_told_at(sent, f) if (m := _SPELL_BEFORE_DEPARTURE.match(sent.tagged, pos))
        ]
        told = told or [m for m in [_deed_of_the_replaced(sent, f)] if m]
        ending = None if told else _ENDING_SPELL_OF_LENGTH.match(sent.tagged, f.trigger)
        if ending and ending.group("p") and sent.mentions[int(ending.group("p"))].name != f.coach:
            ending = None  # "…, ending Y's two-year reign": another man's spell
        from_a_post = any(f is g for g in exits)
        if told or ending or from_a_post:
            spell = Fact(
                f.coach, f.club, f.squad, f.role, "in_charge", 0.6, sent.index, f.trigger, derived=True
            )
            spell.squad_named, spell.no_date = f.squad_named, True  # the dates tell the departure
            spell.ends_now = _leaves_now(sent, f.coach)
            words = told[0] if told else ending
            spell.length = _spell_length(words.group(0)) if words else None
            spell.length_only = not told and not from_a_post
            out.append(spell)
    return out


# "X left C on Monday, ending a seven-year spell", "parted ways with X, ending the former captain's 18-month
# spell": the departure ends a spell whose length is told (a careful reader records the spell when that
# dates its start)
_ENDING_SPELL_OF_LENGTH = re.compile(
    r"[^.;]{0,120}?,\s+(?:thus\s+|so\s+)?(?:ending|ended|to\s+end|bringing\s+(?:an\s+end\s+to|to\s+an\s+end))\s+"
    r"(?:a|an|his|her|«P(?P<p>\d+)»['’]s?|(?:the\s+)?(?:[^.;,«]|«C\d+»){0,40}?['’]s?)\s+(?:[\w\-]+\s+)?"
    r"(?:\w+(?:-and-a-half)?[\s-](?:year|month|season)(?:[\s-]long)?|decade[\s-]long)\s+"
    r"(?:spell|stint|reign|tenure|stay|era)\b(?!\s+as\s+(?:a\s+)?player)"
)


# "after three successful seasons", "after a single season", "after seven years", "after two and a half
# years", "after 18 months": how long the spell lasted
_AFTER_LENGTH = re.compile(
    r"\bafter\s+(?:(?:more\s+than|over|nearly|almost|just|only|some)\s+)?(?P<n>"
    + NUM_RE
    + r"|a\s+single)\s+(?P<half>and\s+a\s+half\s+)?"
    r"(?:(?:successful|full|trophy-laden|difficult|largely\s+successful)\s+)?(?P<unit>years?|seasons?|months)\b",
    re.IGNORECASE,
)
# "a two-year spell", "his 18-month stint", "a three-and-a-half-year reign", "a decade-long tenure": the
# spell's length told as its noun's adjective
_LENGTH_ADJECTIVE = re.compile(
    r"\b(?:(?P<n>"
    + NUM_RE
    + r")(?P<half>-and-a-half)?[\s-](?P<unit>year|season|month)(?:[\s-]long)?|(?P<decade>decade)[\s-]long)\s+"
    r"(?:spell|stint|reign|tenure|stay|era)\b",
    re.IGNORECASE,
)

# "X's 16 months at C came to an end", "his two seasons in charge": the length told as the spell's noun
_LENGTH_NOUN = re.compile(
    r"\b(?P<n>" + NUM_RE + r")\s+(?P<half>and\s+a\s+half\s+)?(?P<unit>years|seasons|months)\s+"
    r"(?=at\s|with\s|in\s+charge\b)",
    re.IGNORECASE,
)


def _spell_length(words: str) -> tuple[int, str] | None:
    """(n, unit) of the spell's length the words tell: unit 'year', 'season', 'month', or 'halfyear'
    for n and a half years."""
    m = _AFTER_LENGTH.search(words) or _LENGTH_ADJECTIVE.search(words) or _LENGTH_NOUN.search(words)
    if not m:
        return None
    if m.groupdict().get("decade"):
        return 10, "year"
    word = m.group("n").lower()
    n = 1 if word.startswith("a single") else NUMBERS.get(word)
    n = n if n is not None else int(word) if word.isdigit() else None
    unit = m.group("unit").lower().rstrip("s")
    return (n, "halfyear" if m.group("half") else unit) if n else None


def _start_before(end: date, length: tuple[int, str]) -> tuple[date, str]:
    """The start of a spell of that length ending at `end`, at the precision its unit tells."""
    n, unit = length
    if unit == "season":
        return date(end.year - n, 7, 1), "season"
    if unit in ("month", "halfyear"):
        months = end.year * 12 + end.month - 1 - (n if unit == "month" else 12 * n + 6)
        start = date(months // 12, months % 12 + 1, 1)
        return (start, "month") if unit == "month" else (date(start.year, 1, 1), "year")
    return date(end.year - n, 1, 1), "year"


def _date_spells_by_length(facts: list[Fact], ref: date | None) -> None:
    """'X, who left C in May after three seasons': the spell began three seasons before the dated exit;
    '…, who leaves after two seasons', with no date: two seasons before the article's date.
    A spell read from its length alone ('…, ending a two-year spell') is kept only when so dated."""
    for f in facts:
        if f.length is None or f.date is not None:
            continue
        exits = [
            g.date
            for g in facts
            if g.event in ("left", "resigned", "dismissed")
            and (g.coach, g.club) == (f.coach, f.club)
            and g.date
        ]
        if exits:
            value, precision = _start_before(exits[0].value, f.length)
            f.date = DateMention(exits[0].start, exits[0].end, value, precision, "point")
        elif f.ends_now and ref:
            value, precision = _start_before(ref, f.length)
            f.date = DateMention(0, 0, value, precision, "point")
    facts[:] = [f for f in facts if not (f.length_only and f.date is None)]


# "a shortlist of Lorient's X", "talks with Ipswich's Y": a man named by his club
_CLUB_OWNS_PERSON = re.compile(r"«C(\d+)»['’]s?\s+«P(\d+)»(?!['’])")


def _candidate_posts(sent: TaggedSentence, facts: list[Fact]) -> list[Fact]:
    """A candidate for a coaching job named by his club ('Lorient's X' on a shortlist) coaches
    that club; without the link to a job 'C's X' may be a player, so nothing is said."""
    linked = {f.coach for f in facts if f.event in ("linked", "offer", "offer_declined")}
    out = []
    for m in _CLUB_OWNS_PERSON.finditer(sent.tagged):
        club, person = sent.mentions[int(m.group(1))], sent.mentions[int(m.group(2))]
        if (
            person.name in linked
            and club.name
            and not any(f.coach == person.name and f.club == club.name for f in facts)
        ):
            out.append(
                Fact(
                    person.name,
                    club.name,
                    squad_code(club, club.squad),
                    "head_coach",
                    "in_charge",
                    0.6,
                    sent.index,
                    club.start,
                )
            )
    return out


# a playing position in the sentence: someone may be titled a player there (`mark_players`)
_POSITION_HINT = re.compile(PLAYING_POSITION)  # what `mark_players` looks for, in the lowercased sentence

_ASIDE_OPEN = re.compile(r",\s")
# The subject of the main clause after an opening phrase: "After leaving C (in 2019), X …"
_OPENER_SUBJECT = re.compile(r"(?:(?:[^«.;,]|«[CS]\d+»){0,40}?,)?\s*«P(\d+)»(?!['’])")

_FORMER_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:former|ex-?)\s*[^,]{1,60},", re.IGNORECASE)

# --- facts from one rule match ------------------------------------------------------------------


# candidates a club weighed, told as a group and then named: the post they are weighed for may be told
_COUNTED_CANDIDATE_RULES = rule_names(
    "counted-candidates-including", "other-candidates-included", "names-on-the-table", "names-are-those-of"
)
_RUMOUR_LIST_RULES = _COUNTED_CANDIDATE_RULES | rule_names(
    "named-candidates",
    "names-mentioned",
    "list-among-those-mentioned",
    "among-those-were-list",
    "names-were-weighed",
    "names-circulate",
    "name-circulates",
    "name-sounded",
    "club-weighed-names",
    "press-mentioned-names",
    "press-named-before-names",
    "the-names-of-weighed",
    "the-names-cited-in",
)
# backroom staff named by their titles ("the co-trainers A and B must go"): each name's own title
_TITLED_STAFF_RULES = rule_names(
    "titled-staff-complete",
    "titled-staff-sacked",
    "titled-staff-left",
    "titled-staff-extended",
    "titled-staff-renewed-passive",
    "renewed-are-titled-staff",
    "as-has-titled-staff-extended",
    "arrived-with-titled-staff",
    "bring-as-staff",
    "bring-as-staff-from",
    "brings-aides-as-titles",
    "aides-join-as-titles",
    "come-with-him-titled-staff",
    "leave-with-him-titled-staff",
    "leaves-with-his-titled-staff",
    "titled-staff-leave-with-him",
    "accompanied-by-titled-staff",
    "titled-staff-stays",
    "club-titled-staff-stays",
    "staff-keeps-titled",
    "staff-takes-in-titled",
    "staff-takes-in-as-titles",
    "staff-group-new-deals",
    "titled-staff-came-with-him",
    "titled-staff-joined-club",
    "brings-titled-staff",
    "brings-titled-staff-from",
)
# joining or serving on a staff ("also integrates the technical commission"): an aide unless a title says more
_STAFF_BODY_RULES = rule_names("joins-staff-body", "staff-of-will-enter", "working-as-aide")
_STAFF_LIST_RULES = (
    rule_names(
        "bring-staff",
        "joined-by-staff",
        "staff-includes",
        "sacked-along-with",
        "sacked-and-his-staff",
        "left-along-with",
        "staff-of-list-left",
        "staff-of-list-sacked",
        *INCOMING_AIDE_RULES,
    )
    | _TITLED_STAFF_RULES
    | _STAFF_BODY_RULES
)


# "…, who also worked under Y,": an aside inside a staff list
_STAFF_ASIDE = re.compile(r",\s+who\s+(?:[a-z]+\s+){1,4}«P\d+»")
_AS_STAFF_ROLE = re.compile(r"«P\d+»\s+as\s+(?:(?:the|his|her)\s+)?(?:[\w\-]+\s+)?coach\b", re.IGNORECASE)


_HELD_TALKS = re.compile(r"\bheld\b", re.IGNORECASE)
_TOLD_AFTER_HAD = re.compile(AFTER_HAD, re.IGNORECASE)


def _talks_told_after_the_fact(facts: list[Fact], told_after: list[Fact]) -> None:
    """'Wisla had also held talks with X', 'HBK had earlier held talks with Y': talks told in the pluperfect,
    after the story's choice, are a candidate weighed (linked), as body-had-spoken-to reads them where the
    club or body is the subject it knows (not an untagged short name, an official, or a subject with a
    clause after it); an approach the man refused in the sentence ('…, who preferred to stay') stays one."""
    refused = {f.coach for f in facts if f.event == "offer_declined"}
    for f in told_after:
        if f.event == "offer" and f.coach not in refused:
            f.event = "linked"


# "C had also sounded out X", "the board had also negotiated with X" (translated 'sondato', 'negoció con'),
# "X had also been sounded out": a sounding (not an approach made: 'approached', 'contacted') told in the
# pluperfect with 'also', one more man the club weighed beside its choice ("United had sounded out A, B and
# C as potential replacements" is the rumour column's news, an approach)
_SOUNDED_OR_NEGOTIATED = re.compile(r"(?:sounded|negotiated)\b", re.IGNORECASE)
_AFTER_HAD_ALSO = re.compile(r"(?<=\bhad\salso\s)", re.IGNORECASE)
_BEEN_SOUNDED_AFTER_HAD_ALSO = re.compile(r"\bhad\s+(?:also\s+been|been\s+also)\s+sounded\b", re.IGNORECASE)
# "…, but the two sides could not agree": the talks' failure told, an approach made
_BUT_AFTER = re.compile(r",?\s+but\b", re.IGNORECASE)


def _sounding_told_after(rule: Rule, match: re.Match[str], tagged: str) -> bool:
    """A sounding told in the pluperfect with 'also' and no turn after it: 'C had also sounded out X.'"""
    if _BUT_AFTER.search(tagged, match.end()):
        return False
    if rule.name == "approached":
        sounded = _SOUNDED_OR_NEGOTIATED.match(match.group(0))
        return bool(sounded and _AFTER_HAD_ALSO.match(tagged, match.start()))
    return rule.name == "was-offered" and bool(_BEEN_SOUNDED_AFTER_HAD_ALSO.search(match.group(0)))


def _soundings_told_after_the_fact(facts: list[Fact], sounded_after: list[Fact]) -> None:
    """'Asteras had also sounded out X', 'the club had also negotiated with Y': a sounding told after the
    story's choice, as talks held then, is a candidate weighed (linked); where anyone the sentence names
    refused ('had also sounded out A and B, who declined'), the list's soundings stay approaches."""
    if any(f.event == "offer_declined" for f in facts):
        return
    for f in sounded_after:
        if f.event == "offer":
            f.event = "linked"


def _weighed_not_approached(
    facts: list[Fact], weighed: list[Fact], approached: list[list[Fact]]
) -> list[Fact]:
    """'C had also held talks with X before choosing Y': talks told after the fact are a candidate weighed
    (linked), not the approach 'C held talks with X' tells. `weighed`: the men body-had-spoken-to read from
    "had held talks"; `approached`: those held-talks-with read, by match. Talks read both ways are the
    candidates' (the approach's reading of a man also weighed is dropped, and the other men of those
    talks, "…, who led C to promotion, and Z", are weighed too); a man read only as weighed is dropped
    (the pluperfect alone is too weak a sign where the approach's own rule did not read him)."""
    if not weighed:
        return facts
    men = {(f.coach, f.club) for f in weighed}
    told = [group for group in approached if any((f.coach, f.club) in men for f in group)]
    dropped = {id(f) for group in told for f in group if (f.coach, f.club) in men}
    for f in (f for group in told for f in group if (f.coach, f.club) not in men):
        f.event = "linked"
    read = {(f.coach, f.club) for group in told for f in group}
    dropped |= {id(f) for f in weighed if (f.coach, f.club) not in read}
    return [f for f in facts if id(f) not in dropped]


def _titles_over_head_coach(facts: list[Fact], titled: list[Fact]) -> list[Fact]:
    """'with assistant coaches A and B also relieved of their duties': the staff title read by a titled-staff
    rule is the role; the same change read with another role by a broader rule (a head coach's, or the
    title of the next name: 'A has agreed a new deal, as has goalkeeping coach B') is dropped. A stand-in's
    spell is no other reading of his title but a post of its own ('assistant A, who ran the team for three
    games, stays on'): it stays beside it."""
    if not titled:
        return facts
    roles: dict[tuple[str, str | None, str, str], set[str]] = {}
    for f in titled:
        if f.role != "head_coach":
            roles.setdefault((f.coach, f.club, f.squad, f.event), set()).add(f.role)
    return [
        f
        for f in facts
        if f.role == "caretaker" or f.role in roles.get((f.coach, f.club, f.squad, f.event), {f.role})
    ]


def _role_after_as(tagged: str, person_pos: int) -> str:
    """The staff role written after a name ('Z as goalkeeping coach'); else an assistant."""
    said = _AS_STAFF_ROLE.match(tagged, person_pos)
    role = next((r for rx, r in ROLE_WORDS if said and rx.search(said.group(0))), "assistant_coach")
    return "assistant_coach" if role in ("caretaker", "head_coach") else role


# "X, the fitness coach, …": a staff title told right after the name
_TITLE_AFTER = re.compile(r",\s+(?:the|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:coach|trainer|preparer)\b")


def _aide_title_role(tagged: str, k: int) -> str:
    """The staff role of one aide from his title before or right after his name; else an assistant."""
    pos = tagged.find(f"«P{k}»")
    after = _TITLE_AFTER.match(tagged, pos + len(f"«P{k}»"))
    role = next((r for rx, r in ROLE_WORDS if after and rx.search(after.group(0))), None)
    return role if role in ("goalkeeping_coach", "fitness_coach") else _staff_item_role(tagged, 0, pos)


# an analyst's title in a staff list ("video analyst Z", "the performance analyst Z")
_ANALYST = re.compile(r"\banalysts?\s*$", re.IGNORECASE)


# the comma between a title and the name apposed to it ("his fitness coach, Z"), not after another name
_APPOSED_COMMA = re.compile(r"(?<!»),\s*$")
# where one item of a list ends: the comma or "and" before the next
_LIST_ITEM_END = re.compile(r",|\band\b")


def _staff_item_role(tagged: str, start: int, person_pos: int) -> str:
    """The role written before one name of a staff list ('…, goalkeeping coach Z'); else an assistant."""
    before = tagged[max(start, person_pos - 40) : person_pos]
    # ("his own fitness coach, Z": the title apposed right before the name; not "coach A, Z": a list)
    own = re.split(r",|\band\b", _APPOSED_COMMA.sub("", before))[-1]
    if _ANALYST.search(own):  # "performance analyst Z": on the staff, coaching no players
        return "other_staff"
    role = next((r for rx, r in ROLE_WORDS if rx.search(own)), "assistant_coach")
    return "assistant_coach" if role in ("caretaker", "head_coach") else role


# --- what did not happen: conditions, questions, denials ---------------------------------------
# "If C sack X, …", "Should X be sacked, …", "Unless C sack X …": the condition's clause, up to its comma
_CONDITION = re.compile(
    r"(?:(?:^|[,;:—–]\s*|\b(?:and|but)\s+)(?:[Ii]f|[Uu]nless)|^\s*(?:Should|Were))\s+[^,;:—–]*$"
    # "… added to the list at C should X be sacked": the inverted condition right before its man
    r"|\b[Ss]hould\s+$"
    # "C would consider Y should they part company with X": an inverted condition with its own subject
    r"|\b(?:should|were)\s+(?:they|he|she|it|«C\d+»|the\s+(?:club|board|federation|owners))\s+[^,;:—–]*$"
)
# "Will C sack X?", "Could X be sacked this week?": a question asked, nothing told
_QUESTION_OPEN = re.compile(
    r"\s*[\"“']?(?:Will|Would|Could|Can|Should|Is|Are|Has|Have|Did|Does|Do|Might|Must|Who|What|When|Why)\b"
)
# "C have denied that X …", "ruled out sacking X", "are unlikely to", "weighing up whether to sack X",
# "no truth in reports that X …": a denial or a doubt about what follows in its clause
_DENIED_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|ruled?\s+out|rules\s+out|ruling\s+out|no\s+truth|unlikely\s+to|"
    r"whether\s+(?:or\s+not\s+)?to|no\s+(?:intention|plans?)\s+(?:of|to)|"
    r"(?:dismiss(?:ed|es)?|rejected|rubbished|played\s+down)\s+(?:the\s+)?(?:reports?|speculation|rumou?rs|claims))\b"
    r"(?:(?!,\s+(?:and|but|while|before|after|then|so)\b)[^.;!?])*$",
    re.IGNORECASE,
)


_RELATIVE_PERSON = re.compile(r"«P\d+»\s*,\s*(?:who|whose)\b")


def _unreal(tagged: str, match: re.Match[str]) -> bool:
    """The event of the match is a condition, a question or denied, not something that happened."""
    start = match.start()
    if _CONDITION.search(tagged, 0, start) or _DENIED_BEFORE.search(tagged, max(0, start - 90), start):
        return True
    relative = _RELATIVE_PERSON.match(match.group(0))
    return tagged.rstrip().endswith("?") and bool(_QUESTION_OPEN.match(tagged)) and not relative


# a passive needs its auxiliary: "he was sacked", "he had been dismissed"
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being|got|gets|get)\b", re.IGNORECASE)


_PERFECT_AUX = re.compile(r"\b(?:has|have|had|'s)\s", re.IGNORECASE)
# "the first appointment Dalglish made", "the man X sacked": X is the subject of an object relative
_OBJECT_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their)\s+(?:[a-z\-]+\s+)?(?:appointment|signing|choice|hire|decision|man|coach|manager)\s+$"
)
# "… before Zamparini dismissed him": the verb has an object of its own
_SACKED_OBJECT = re.compile(r"\s+(?:«P\d+»|the\s+(?:coach|manager|boss|man)\b)")


def _active_sacker(match: re.Match[str], person: Mention) -> bool:
    """The one who sacked, not the one sacked: 'X has sacked Y' (a perfect with no 'been'), or 'he
    sacked/dismissed …' with no auxiliary (headlines, where 'X sacked' is passive, name people in full)."""
    text = match.group(0)
    if _PASSIVE_AUX.search(text):
        return False
    return person.pronoun or bool(
        _PERFECT_AUX.search(text)
        or _SACKED_OBJECT.match(match.string, match.end())
        or _OBJECT_NOUN_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    )


# "but the pair decided to stay": the two coaches just named
_PAIR_SUBJECT = re.compile(r"\b(?:the\s+pair|the\s+duo|both)\b", re.IGNORECASE)
# "X was sounded out by the president Y, but preferred to stay": Y, the agent of a passive, made the approach
_PASSIVE_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
_SUCCEEDED_BEFORE = re.compile(r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|in\s+place\s+of)\s+$")


def _rule_facts(rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context) -> list[Fact]:
    """The facts one rule match tells: whom it is about, then each person's club, squad and role."""
    tagged, mentions = sent.tagged, sent.mentions
    if _vetoed(rule, match, sent, ctx):
        return []
    if rule.name == "decide-against" and not _people_before(tagged, match.start()):
        return _focus_fact(rule, match, sent, ctx)
    people = _rule_people(rule, match, sent)
    if not people or _unnamed_under(rule, mentions[people[0]]):
        return []
    if rule.name in FIRST_PERSON_RULES and not is_first_person(mentions[people[0]]):
        return []  # 'X decided to leave' inside someone else's quotation: his guess
    listed = set(people)
    people = with_coordinated_people(rule, match, sent, people)
    if _not_told_as_fact(rule, match, sent):
        return []
    if rule.club_side == "list":
        if _youth_staff_title(match, mentions):
            return []
        if rule.name == "worked-alongside":  # "A and B, who worked with him at …": each with his own title
            return [
                replace(f, role=_aide_title_role(tagged, k))
                for k in people
                for f in list_facts(rule, match, sent, ctx, k)
            ]
        return list_facts(rule, match, sent, ctx, people[0])
    out: list[Fact] = []
    for n, idx in enumerate(people):
        if mentions[idx].kind == "P":
            found = _person_facts(rule, match, sent, ctx, people, n)
            # ("assisted by A and by fitness coach B", "brings in A as his assistant and fitness coach B": the
            # aide's own title, the list going on past the match; "goalkeeping coach B joins the staff": the
            # title of the man joining)
            own_title = rule.name in _OWN_TITLE_RULES or (
                rule.name in ARRIVING_STAFF_RULES and idx not in listed
            )
            titled = _aide_title_role(tagged, idx) if own_title else "assistant_coach"
            if titled != "assistant_coach":
                found = [replace(f, role=titled) for f in found]
            out.extend(found)
    out = [f for f in out if not _country_told_as_place(f, sent)]
    if rule.name == "team-of-person":
        out = [f for f in out if not _team_of_plays_club_in_view(match, f, sent)]
        out = [f for f in out if not _either_side_in_view(f, ctx)]
        out = [f for f in out if not _apposed_to_another_club(match, f, sent)]
    if rule.name in _BOSS_OF_AIDE_IN_VIEW_RULES:
        out = [f for f in out if not _boss_untied_to_club_in_view(rule, match, f, sent, ctx)]
    if rule.name == "aide-of-boss-in-view":
        out = [f for f in out if not _aide_of_untied_boss(rule, match, f, sent, ctx)]
    if rule.name in ("head-of-possessed-aide-in-view", "head-of-aide-under-in-view"):
        out = [f for f in out if _possessor_boss_gone(match, f, sent, ctx)]
    if rule.name == "was-role":
        out = [f for f in out if not _title_on_untied_bosss_staff(rule, match, f, sent, ctx)]
    if rule.name in _AGE_TITLE_RULES or _squad_led_to(rule, match):
        # a national age group's tournament: a club's side never won it; a bare squad led to a title ('took
        # the U17s to the final') is read only at a national side: a club's may be the story's or that of
        # the career clause before it ('coached A and B, and brought the U19s to the final')
        out = [f for f in out if ctx.club_kinds.get(f.club or "") == "national"]
    return _with_match_extras(rule, match, sent, ctx, out)


_AGE_TITLE_RULES = rule_names("won-age-group-title", "won-age-group-title-and")


def _squad_led_to(rule: Rule, match: re.Match[str]) -> bool:
    """`guided-to` read a squad, not a club ('took the Olympic team to silver')."""
    return rule.name == "guided-to" and match.group("c") is None


# the rules whose men each take the role of their own title ("assisted by A and by fitness coach B",
# "goalkeeping coach B joins the staff"): the verb tells an aide's post, not which one
_OWN_TITLE_RULES = rule_names("assisted-by", "joins-staff", "joins-the-staff", "joins-staff-body")
_CLAUSE_END = re.compile(r"[,;:]|\band\b")


def _team_of_plays_club_in_view(match: re.Match[str], f: Fact, sent: TaggedSentence) -> bool:
    """'The team of X beat C': C, named after him, is the side his team played, not his own, though it is
    the club in view (in the same clause: "…, and Raúl, the coach of Castilla" names his own club)."""
    after = _CLAUSE_END.split(sent.tagged[match.end() :], maxsplit=1)[0]
    return any(
        m.kind == "C" and sent.squad_of.get(k, (None,))[0] == f.club and f"«C{k}»" in after
        for k, m in enumerate(sent.mentions)
    )


# "Lazio, the team of X": the club the phrase stands beside
_CLUB_APPOSED_BEFORE = re.compile(r"«C(\d+)»\s*,\s*$")


def _apposed_to_another_club(match: re.Match[str], f: Fact, sent: TaggedSentence) -> bool:
    """'… beat Lazio, the team of X, 2-0': the phrase names Lazio's coach; not the club in view's."""
    apposed = _CLUB_APPOSED_BEFORE.search(sent.tagged, max(0, match.start() - 12), match.start())
    return bool(apposed) and sent.squad_of.get(int(apposed.group(1)), (None,))[0] != f.club


def _either_side_in_view(f: Fact, ctx: Context) -> bool:
    """'Barcelona beat Real Madrid 3-1. The team of X was poor', 'Barcelona drew 1-1 with Real Madrid. …':
    after a result between two clubs (both sides in view) the club in view need not be his; only a club the
    story already ties him to says whose it is."""
    tied = (f.coach, f.club) in ctx.spells or f.club in ctx.posts.get(f.coach, set())
    return not tied and bool(ctx.result_sides and f.club in ctx.result_sides)


# "was goalkeeping coach in the staff of Y": the title held on another man's staff
_ON_STAFF_OF = re.compile(r"\s+(?:in|on)\s+the\s+(?:[\w\-]+\s+)?staff\s+of\s+«P(\d+)»(?!['’])", re.IGNORECASE)


def _title_on_untied_bosss_staff(
    rule: Rule, match: re.Match[str], f: Fact, sent: TaggedSentence, ctx: Context
) -> bool:
    """'X was goalkeeping coach in the staff of Y' with the club in view: his post was where Y coached, so
    it is at the club in view only where the story ties Y there (as head-of-aide-in-view reads Y)."""
    staff = _ON_STAFF_OF.match(sent.tagged, match.end())
    if not staff or f.club is None or _club_placed_by_sentence(match, f, sent):
        return False
    boss = replace(f, coach=sent.mentions[int(staff.group(1))].name, role="head_coach")
    return _boss_untied_to_club_in_view(rule, staff, boss, sent, ctx)


# rules reading an aide's boss at the club in view when no club follows him ("X had been the vice of Y",
# "X worked on Y's staff"): in appointment and extension news the old boss is mostly at another club
_BOSS_OF_AIDE_IN_VIEW_RULES = rule_names("head-of-aide-in-view", "boss-staff-in-view", "assistant-to")
# the sentence tells a promotion from within: the boss left and his aide took over the same team
_PROMOTED_FROM_WITHIN = re.compile(
    r"\b(?:promot(?:ed|ion)|step(?:s|ped|ping)?\s+up|mov(?:e|es|ed)\s+up|"
    r"(?:took|takes|take|taking)\s+(?:over\s+)?(?:the\s+)?(?:team|side|reins|helm)|"
    r"(?:took|takes|take|taking)\s+over\s+(?:from|when|after)\b|"
    r"(?:was|were|got|been)\s+(?:sacked|dismissed|fired|relieved)|in\s+place\s+of|"
    r"who\s+(?:leaves|is\s+leaving|left|departs|departed)\s+the\s+club)\b",
    re.IGNORECASE,
)
# the story tells the new man came from within ("knows the house well", "we choose continuity"): the aide
# served his boss at this very club
_KNOWS_THE_HOUSE = re.compile(
    r"\bknows?\s+(?:(?:very\s+)?well\s+)?the\s+(?:house|club|dressing\s+room|squad)\b|"
    r"\b(?:continuity|from\s+within|in-house|internal\s+(?:solution|appointment|promotion))\b",
    re.IGNORECASE,
)
# "assistant to Y at the 2024 European Championship": a tournament is no club
_AT_TOURNAMENT = re.compile(
    r"\s+(?:for\s+[^.;,«]{1,30}?\s+)?at\s+the\s+(?:(?:19|20)\d\d\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:Euros?|World\s+Cup|Championships?|Olympics?|Olympic\s+Games|Cup\s+of\s+Nations|Copa\s+Am[eé]rica|"
    r"Gold\s+Cup|tournament|finals)\b",
    re.IGNORECASE,
)


# the aide's post under his boss told as to come: "will become Y's assistant", "stays on as Y's number two",
# "was named as Y's assistant", "to continue as Y's number two" (the clause's words before the link)
_AIDE_POST_COMING_BEFORE = re.compile(
    r"\b(?:will|would|become|becomes|becoming|stay(?:s|ing)?(?:\s+on)?\s+as|remain(?:s|ing)?\s+as|"
    r"continu(?:e|es|ing)\s+as|named(?:\s+as)?|appointed(?:\s+as)?|kept\s+on\s+as)\s+"
    r"(?:[^.;:!?«]|«[CS]\d+»)*$",
    re.IGNORECASE,
)
# "Y's assistant X will follow him", "… joins him at C", "… also moves to C": the aide goes with his boss
_AIDE_FOLLOWS_BOSS = re.compile(
    r"(?:[^.;:!?«]|«P\d+»)*?\b(?:follow(?:s|ed|ing)?|join(?:s|ed|ing)?\s+(?:him|her)|"
    r"mov(?:e|es|ed|ing)\s+(?:to|with))\b",
    re.IGNORECASE,
)


def _possessor_boss_gone(match: re.Match[str], f: Fact, sent: TaggedSentence, ctx: Context) -> bool:
    """'Y's assistant X' told with no club: Y coached the club in view where he is named (not 'his
    assistant', said of a new man as often as of one leaving) and the story tells him gone from it (sacked,
    left or replaced there) or the sentence places the aide there ('…, where he was Y's assistant'). A new
    coach's aide ('Y will bring his long-time assistant X') tells no spell of Y's beyond the appointment."""
    if sent.mentions[int(match.group("p"))].pronoun or f.club is None:
        return False
    if _AIDE_POST_COMING_BEFORE.search(sent.tagged, 0, match.start()) or _AIDE_FOLLOWS_BOSS.match(
        sent.tagged, match.end()
    ):
        return False  # "will stay on as Y's number two", "Y's assistant X will follow him": Y is the new man
    return (
        _club_placed_by_sentence(match, f, sent)
        or ctx.exits.get(f.coach, (None,))[0] == f.club
        or (ctx.vacancy is not None and ctx.vacancy[3] == f.coach and ctx.vacancy[0] == f.club)
    )


def _boss_untied_to_club_in_view(
    rule: Rule, match: re.Match[str], f: Fact, sent: TaggedSentence, ctx: Context
) -> bool:
    """An aide's boss read at the club the story is about, though neither the story ties him there (the man
    sacked, departing or replaced there, or his post there told) nor the sentence tells a promotion from
    within ("took over the team when Y was sacked"): his spell was elsewhere. assistant-to, which reads the
    club named near the link, is checked only where a tournament follows the boss ("at the Euros")."""
    if f.event != "in_charge" or f.role != "head_coach" or f.club is None:
        return False
    if _AT_TOURNAMENT.match(sent.tagged, match.end()):
        return not _boss_tied_to(f.coach, f.club, ctx)
    if rule.name == "assistant-to":  # the club it reads is the one the sentence names near the link
        return False
    if _club_placed_by_sentence(match, f, sent) or _IN_THE_TEAM_IN_VIEW.match(sent.tagged, match.end()):
        return False
    return not (
        _boss_tied_to(f.coach, f.club, ctx)
        or _PROMOTED_FROM_WITHIN.search(sent.tagged)
        or any(_KNOWS_THE_HOUSE.search(text) for text in ctx.sentences)
    )


def _aide_of_untied_boss(
    rule: Rule, match: re.Match[str], f: Fact, sent: TaggedSentence, ctx: Context
) -> bool:
    """The aide's post told through his boss (the last man of the match), no place named, is at the story's
    club, and stands or falls with the boss's reading there: where the story does not tie the boss to that
    club, neither served there."""
    if f.club != ctx.topic_club:
        return True
    boss = sent.mentions[int(PERSON_TAG.findall(match.group(0))[-1])].name
    return _boss_untied_to_club_in_view(rule, match, replace(f, coach=boss, role="head_coach"), sent, ctx)


# "the assistant of Y in the major selection", "… at the club": the boss's post is the team in view
_IN_THE_TEAM_IN_VIEW = re.compile(
    r"\s+(?:in|at|with)\s+the\s+(?:(?:first|senior|major|main)\s+)?(?:selection|club|team|side)\b",
    re.IGNORECASE,
)
# "arrives from Arsenal, where he was the assistant of Y", "returns to Turin, where …": the aide's place
_WHERE_AFTER_TAG = re.compile(r",?\s+where\b", re.IGNORECASE)


def _club_placed_by_sentence(match: re.Match[str], f: Fact, sent: TaggedSentence) -> bool:
    """The sentence itself places the aide at the club: named after the link ("… and with the bianconeri
    he won the Cup") or as the place "where" he served, not only as the club that hired him."""
    for k, m in enumerate(sent.mentions):
        if m.kind not in ("C", "S") or sent.squad_of.get(k, (None,))[0] != f.club:
            continue
        tag = f"«{m.kind}{k}»"
        at = sent.tagged.find(tag)
        if at >= match.start() or (at >= 0 and _WHERE_AFTER_TAG.match(sent.tagged, at + len(tag))):
            return True
    return False


def _boss_tied_to(name: str, club: str, ctx: Context) -> bool:
    """The story tied the man to the club: he left, was sacked or is replaced there, or held a post there."""
    return (
        ctx.exits.get(name, (None,))[0] == club
        or club in ctx.posts.get(name, set())
        or (name, club) in ctx.spells
        or (ctx.vacancy is not None and ctx.vacancy[3] == name and ctx.vacancy[0] == club)
        or ctx.caretakers.get(name) == club
        or _story_tells_him_leaving(name, ctx)
        or _named_in_another_sentence(name, ctx)
    )


def _named_in_another_sentence(name: str, ctx: Context) -> bool:
    """The story names the boss outside the aide's link: one of its men, not an aside of the aide's career."""
    surname = re.compile(r"\b" + re.escape(fold(name.split()[-1])) + r"\b", re.IGNORECASE)
    here = ctx.people.cursor
    return any(k != here and surname.search(fold(text)) for k, text in enumerate(ctx.sentences))


_LEAVING_AFTER_NAME = (
    r"[^.;]{0,40}?\b(?:leaves|left|leaving|departs|departed|sacked|dismissed|fired|resign(?:s|ed)|"
    r"steps?\s+down|stepped\s+down|says\s+goodbye|said\s+goodbye|bids\s+farewell)\b"
)
_REPLACING_BEFORE_NAME = r"\b(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)?)\s+(?:[\w\-]+\s+){0,3}?"


def _story_tells_him_leaving(name: str, ctx: Context) -> bool:
    """Anywhere in the story (its title too), the man leaves, is sacked or is replaced ('Gustafsson leaves
    the club', 'X replaces Y'): the departing coach, told before or after the aide's link."""
    surname = re.escape(fold(name.split()[-1]))
    told = re.compile(
        r"\b" + surname + r"\b" + _LEAVING_AFTER_NAME + "|" + _REPLACING_BEFORE_NAME + surname + r"\b",
        re.IGNORECASE,
    )
    return any(told.search(fold(text)) for text in (ctx.headline, *ctx.sentences))


# a country named as the place a man's club is or he comes from: "leaves to join a club in Brazil", "will
# arrive from Spain" ("follows him back to Sweden" is left alone: the move away from his club is read from it)
_PLACE_BEFORE_COUNTRY = re.compile(
    r"\b(?:(?:club|side|team|outfit)\s+in|(?:arriv(?:e|es|ed|ing)|com(?:e|es|ing)|came)\s+from)\s+$",
    re.IGNORECASE,
)


# a relative clause on the country that makes it the team he coached ("…, whom he led", "…, which she
# coached"): a place he comes from takes "where" or a move ("which he left"), the team he led a coaching verb
_TEAM_HE_LED_AFTER = re.compile(
    r",\s+(?:whom|which)\s+(?:he|she|«P\d+»)\s+(?:had\s+)?"
    r"(?:led|coached|managed|guided|steered|took|trained|directed)\b",
    re.IGNORECASE,
)


def _country_told_as_place(f: Fact, sent: TaggedSentence) -> bool:
    """A national team's fact whose country the sentence names only as a place, by its bare name ('a club in
    Brazil', 'arrives from Spain'): no post with that team."""
    tags = [k for k, m in enumerate(sent.mentions) if m.kind == "C" and m.name == f.club]
    if not f.squad.startswith("national") or not tags:
        return False
    for k in tags:
        at = sent.tagged.find(f"«C{k}»")
        country = sent.mentions[k]
        if at < 0 or not _bare_country(country, sent.tagged, at + len(f"«C{k}»")):
            return False
        if not _PLACE_BEFORE_COUNTRY.search(sent.tagged, max(0, at - 30), at):
            return False
        if _TEAM_HE_LED_AFTER.match(sent.tagged, at + len(f"«C{k}»")):
            return False  # "arrives from Ghana, whom he led to the World Cup": the country is his team
    return True


_MOVED_TO_TAG = re.compile(r"\b(?:for|to)\s+(?:the\s+)?«C(\d+)»$")
_CAME_FROM_TAG = re.compile(r"\bfrom\s+«C(\d+)»$")
_TEAM_AFTER = re.compile(r"(?:['’]s)?\s*(?:«S\d+»|(?:national\s+)?(?:team|side|squad|selection)\b)")


def _country_as_place(match: re.Match[str], sent: TaggedSentence) -> bool:
    """A move 'for'/'to' a country the words go on to show as the place, not the national team; an
    arrival 'from Sweden' named by the country alone (no 'national team', no 'Sweden's')."""
    tagged, mentions = sent.tagged, sent.mentions
    moved = _MOVED_TO_TAG.search(match.group(0))
    if moved:
        return mentions[int(moved.group(1))].club_kind == "national" and bool(
            COUNTRY_AS_PLACE.match(tagged, match.end())
        )
    came = _CAME_FROM_TAG.search(match.group(0))
    return bool(came) and _bare_country(mentions[int(came.group(1))], tagged, match.end())


def _bare_country_moved_to(match: re.Match[str], sent: TaggedSentence) -> bool:
    """A move 'for'/'to' a country named alone (no 'national team', no 'Sweden's side')."""
    moved = _MOVED_TO_TAG.search(match.group(0))
    return bool(moved) and _bare_country(sent.mentions[int(moved.group(1))], sent.tagged, match.end())


def _bare_country(country: Mention, tagged: str, after: int) -> bool:
    """A national side's mention that is the country's bare name: no 'national team' in it, no
    "'s side" or 'team' right after it (at `after`)."""
    team_named = NATIONAL_TEAM_WORDS.search(country.text) or _TEAM_AFTER.match(tagged, after)
    return country.club_kind == "national" and not team_named


# "…, turning to Belgian-English coach X", "turned to former Ajax coach X": the club hires him, the title
# is his trade (a nationality or former post before it), not a post he holds at that club
HIRED_BY_TITLE = re.compile(r"\bturn(?:s|ed|ing)?\s+(?:instead\s+)?to\s+(?:[\w-]+\s+){0,3}$")
# "C had also held talks with Swiss coach X", "had considered Slovak coach Y", "approached Danish coach Z": a
# man the club weighed or sounded out; his title is his trade, no post at that club ("talks with their coach
# X": the club's own man)
_WEIGHED_BY_TITLE = re.compile(
    r"\b(?:(?:talks|discussions|negotiations)\s+with|considered|approached|contacted|sounded\s+out|"
    r"(?:spoken|spoke|talked)\s+(?:with|to)|in\s+contact\s+with)\s+"
    r"(?:(?!" + OWNERS_WORD + r")[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_OWN_TITLE = re.compile(OWNERS_WORD, re.IGNORECASE)


def _weighed_by_title(tagged: str, match: re.Match[str]) -> bool:
    """The title read is that of a man the club talked to or weighed, not its own man's ('their coach X')."""
    return not _OWN_TITLE.match(match.group(0)) and bool(_WEIGHED_BY_TITLE.search(tagged, 0, match.start()))


# "ex-Columbus coach X", "former Wrexham boss X" with the club left untagged
_FORMER_UNTAGGED_CLUB = re.compile(r"(?:\bex-|\bformer\s+)(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*\s+$")
# "Former Sunderland interim boss X": the title's club is tagged right before its modifiers (the
# club-role-person reading names that post; the bare title is no post at the club in view)
_CLUB_TITLE_BEFORE = re.compile(
    r"«C\d+»(?:['’]s?)?\s+(?:(?:interim|caretaker|acting|temporary|head|assistant|first[- ]team)\s+)+$",
    re.IGNORECASE,
)


# a bare "X announced" / "X confirmed" (no "was", no "has been"): X is the one speaking ...
_SPEAKER_ANNOUNCED = re.compile(r"«P\d+»\s+(?:announced|confirmed)")
# ... when the clause ends there, after at most its day: "…, X announced on Monday (6/1)."
_REPORTING_END = re.compile(
    r"(?:\s+(?:on\s+[A-Z]\w+|today|yesterday|this\s+(?:morning|afternoon|evening|week)|late\s+on\s+[A-Z]\w+))?"
    r"(?:\s*\([^()]{1,12}\))?\s*(?:[,.;:]|$)"
)


def _place_of_exited(match: re.Match[str], mentions: list[Mention], ctx: Context) -> bool:
    """'his place will be taken by X': 'his' is a coach the story has told leaving."""
    owner = re.match(r"«P(\d+)»", match.group(0))
    return bool(owner) and mentions[int(owner.group(1))].name in ctx.exits


# spells told with no coaching word of their own: "spent three years at C", "won the league with C"
# (not "made his name at C": said of coaches as often; vetoing it cost unseen text a right fact)
_BARE_SPELL_RULES = rule_names(
    "spent-years", "won-with", "won-again-with", "had-spell", "and-had-spell", "who-had-spells"
)
# a descriptor headed by the position the man played: "the former Arsenal and Barcelona midfielder", "the
# former midfielder of Arsenal"
_PLAYED_AS = re.compile(
    r"\b(?:forward|striker|midfielder|defender|centre-back|full-back|goalkeeper|keeper|winger|playmaker)"
    r"(?:\s+of\s[^.;]*)?$",
    re.IGNORECASE,
)


# "the Colombia of X", "the Lyon women's team of X": the team of its coach, or of its star player
_TEAM_OF_PERSON_RULES = rule_names("club-of-person", "squad-of-coach")


# the spells of a clause's subject told after the first man named before them ("X, 60, …, with spells at A")
_SUBJECTS_SPELL_RULES = rule_names("with-spells-at", "youth-sector-list")
# "X replaces Y, …", "succeeds Y", "signed Y": a man named as a verb's object, not the clause's subject
_PERSON_AS_OBJECT = re.compile(
    r"\b(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)|successor\s+to|from|sign(?:s|ed|ing)|sack(?:s|ed|ing))\s+$",
    re.IGNORECASE,
)
# "X played for A, worked with B …": the comma series opened by a playing verb, a player's career
_PLAYED_FOR_BEFORE = re.compile(
    r"\bplay(?:s|ed|ing)\s+(?:for|at|with|in)\s+(?:the\s+)?«C\d+»\s*$", re.IGNORECASE
)


def _played_as_descriptor(person: Mention) -> bool:
    return person.pronoun and bool(_PLAYED_AS.search(person.text))


# "Bournemouth's new manager X arrives with Y": a head coach's title before the one who comes with someone
_HEAD_TITLE_BEFORE = re.compile(r"(?<!assistant\s)(?:head\s+coach|manager|boss|coach)\s+$", re.IGNORECASE)
_ARRIVES_WITH_NAME = re.compile(r"\b(?:arrive[sd]?|come[s]?|came|return(?:s|ed)?)\s+with\s+«P")


def _boss_arriving_with(tagged: str, match: re.Match[str]) -> bool:
    """'New manager X arrives with Y': the man titled head coach comes with his aide, not after a boss."""
    return bool(
        _ARRIVES_WITH_NAME.search(match.group(0)) and _HEAD_TITLE_BEFORE.search(tagged, 0, match.start())
    )


# "Kosovo's first matches under Foda are friendlies", "part of Wilkinson's first squad": games to come
_FIRST_GAMES = (
    r"first\s+(?:[\w-]+\s+){0,2}?(?:matches|match|games?|fixtures?|assignments?|squad|outings?|camp|"
    r"(?:training\s+)?sessions?)"
)
_FIRST_GAMES_UNDER = re.compile(
    r"\b" + _FIRST_GAMES + r"\s+(?:under|with)\s+(?:\w+\s+)?«P\d+»|«P\d+»['’]s?\s+" + _FIRST_GAMES + r"\b",
    re.IGNORECASE,
)
# the sentence tells them as ahead, not played ("are friendlies", "will be", "is expected to be part of")
_TO_COME = re.compile(r"\b(?:will|is|are|expected|set\s+to|due\s+to|scheduled)\b", re.IGNORECASE)
_PLAYED = re.compile(r"\b(?:was|were|ended|won|lost|drew|beat|brought|saw)\b", re.IGNORECASE)


def _games_to_come(rule: Rule, match: re.Match[str], tagged: str) -> bool:
    """A new coach's first games or squad told as ahead: no spell told yet, only the post he has taken."""
    if rule.event != "in_charge":
        return False
    first = _FIRST_GAMES_UNDER.search(tagged)
    return (
        first is not None
        and first.start() < match.end()
        and match.start() < first.end()
        and bool(_TO_COME.search(tagged))
        and not _PLAYED.search(tagged)
    )


def _vetoed(rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context) -> bool:
    """Rule-specific readings that tell no fact, whoever the match is about."""
    return (
        _man_told_otherwise(rule, match, sent)
        or _staff_told_otherwise(rule, match, sent, ctx)
        or _no_change_of_post(rule, match, sent, ctx)
        or _returns_to_senior_title(rule, match, sent)
        or _addressed_as_coach_in_a_quote(rule, match, sent, ctx)
        or _head_of_academy(rule, match, sent)
        or _technical_director_below_senior_side(rule, match, sent)
        or _aide_told_changing(rule, sent)
        or _aides_boss_unplaced(rule, match, sent, ctx)
        or _bare_aide_title_arriving(rule, match, sent)
        or _list_goes_on_from_playing_days(rule, sent, ctx)
        or _translated_title_moving(rule, match, sent)
        or _first_team_helper(rule, match, sent)
        or _youth_side_staff_named(rule, match, sent)
        or _youth_side_staff(match, sent)
        or _stayed_after_no_approach(rule, match, sent)
        or _worked_beside_himself(rule, match, sent)
    )


_BOSS_WORKED_BESIDE_RULES = rule_names("boss-worked-under-at")


def _worked_beside_himself(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'X had also worked with him at C': an object pronoun read as the clause's own subject names no boss
    (he would be 'himself'); the two men of the match are one (the aide's own post there stands)."""
    if rule.name not in _BOSS_WORKED_BESIDE_RULES:
        return False
    names = {sent.mentions[int(k)].name for k in PERSON_TAG.findall(match.group(0))}
    return len(names) < 2


# the approach a plain word of staying answers, told earlier in the sentence: "C made an approach for X,
# but the coach stayed in Tarkwa", "C also talked with X, but he did not want to leave"
# (talks only with a man named: "talked to the press and he wants to stay" answers nobody)
_APPROACH_TOLD = re.compile(
    r"\b(?:approach|sounded|offered|offer\s+(?:to|for)|contacted|probed|negotiat|interviewed|"
    r"(?:talks|talked|spoken|spoke|conversations?)\s+(?:with|to)\s+«P)",
    re.IGNORECASE,
)


def _stayed_after_no_approach(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'…, but his assistant stayed at the club', 'and he wants to stay': staying put with no approach told
    before it refuses nothing."""
    return (
        rule.name == "decide-against"
        and match.group("stayed") is not None
        and not _APPROACH_TOLD.search(sent.tagged, 0, match.start())
    )


_YOUTH_HELPER_RULES = rule_names("assisted-by-youth-coach", "helped-by-youth-coach")
_FIRST_TEAM_SIDE = re.compile(r"(?:first|senior)[\s-]*team", re.IGNORECASE)


def _tagged_side(match: re.Match[str], sent: TaggedSentence, group: str) -> str | None:
    """The words of the squad tag a rule captured as `group` ('first-team', 'under-23'), if any."""
    side = match.groupdict().get(group)
    return None if side is None else sent.mentions[int(side)].text


def _first_team_helper(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'He will be supported by first-team coach X': the first team's own aide, kept on beside the stand-in,
    not a youth side's coach stepping up (assisted-by-youth-coach reads only those)."""
    side = _tagged_side(match, sent, "helperside") if rule.name in _YOUTH_HELPER_RULES else None
    return side is not None and bool(_FIRST_TEAM_SIDE.fullmatch(side))


def _youth_side_staff_named(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'X steps up to replace him in the under-23 staff': the staff of a side other than the first team is
    no senior staff post (steps-up-to-replace-on-staff reads the first team's only)."""
    side = _tagged_side(match, sent, "staffside") if rule.name == "steps-up-to-replace-on-staff" else None
    return side is not None and not _FIRST_TEAM_SIDE.fullmatch(side)


# the staff titles translated copy puts before a name ("the physical preparer X", "second coach Y"), read as
# the post he holds
_TRANSLATED_TITLE_RULES = rule_names("fitness-title-person", "aide-title-person")
# a move told in the title's own clause, before or after it ("brings from C his assistant A and the physical
# preparer X", "Also leave the club … the physical trainer Y", "the athletic trainer Z passes to the U21
# team", "the renewal includes the physical trainer W"): the rules of that move read him, his post is not
# the news
_STAFF_MOVE = re.compile(
    r"\b(?:leav\w*|left|depart\w*|exit\w*|went\s+away|go(?:es)?\s+away|follow\w*|join\w*|"
    r"br(?:ing|ings|inging|ought)|arriv\w*|mov(?:e|es|ed|ing)|pass(?:es|ed)?\s+to|end(?:s|ed)?\s+(?:their|his|her)|"
    r"renew\w*|extend\w*|appoint\w*|promot\w*|replac\w*)\b",
    re.IGNORECASE,
)
# where a clause of a staff sentence ends: a sentence break, or a contrast with the next man ("…, while X
# stays")
_STAFF_CLAUSE_BREAK = re.compile(r"[.;:!?]|,?\s+\b(?:while|whereas|but)\b", re.IGNORECASE)


def _youth_side_staff(match: re.Match[str], sent: TaggedSentence) -> bool:
    """'X has been added to the U21 staff': a youth side's staff, not the first team's the staff rules read
    (only 'the first-team staff', tagged as a squad, is theirs)."""
    side = match.groupdict().get("staffside")
    return side is not None and sent.mentions[int(side)].squad != "first_team"


def _translated_title_moving(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'Giráldez brings from the Fortuna the physical preparer X': a translated staff title in a clause that
    tells a move is no post held (not 'the physical trainer X stays, while the assistant leaves')."""
    if rule.name not in _TRANSLATED_TITLE_RULES:
        return False
    tagged = sent.tagged
    breaks_before = list(_STAFF_CLAUSE_BREAK.finditer(tagged, 0, match.start()))
    start = breaks_before[-1].end() if breaks_before else 0
    after = _STAFF_CLAUSE_BREAK.search(tagged, match.end())
    end = after.start() if after else len(tagged)
    return _STAFF_MOVE.search(tagged, start, end) is not None


def _list_goes_on_from_playing_days(rule: Rule, sent: TaggedSentence, ctx: Context) -> bool:
    """'As a player he started at A. Then B, C and D.': a verbless list carries on the career the sentence
    before told, so after his playing days it lists clubs he played for."""
    if rule.name != "verbless-career-list" or sent.index == 0:
        return False
    before = ctx.sentences[sent.index - 1]
    playing = SHOWN_AS_PLAYER.search(before) or _PLAYING_VERB.search(before)
    return bool(playing) and not COACHING_TALK.search(before)


# "He played for A", "signed for A as a teenager", "made his debut for A"
_PLAYING_VERB = re.compile(
    r"\b(?:play(?:s|ed|ing)\s+(?:for|at|with)|signed\s+for|(?:made\s+)?(?:his|her)\s+debut)\b", re.IGNORECASE
)


# a change of post told in the aide's sentence: he leaves, follows, is brought, replaces, is kept or extended,
# wanted or spoken to ("his assistant X also leaves", "Y's assistant X is expected to follow him")
_CHANGE_OF_POST = re.compile(
    r"\b(?:leav\w*|left|depart\w*|exit\w*|follow\w*|join\w*|br(?:ing|ings|inging|ought)|took\b[^.;]*\bwith|"
    r"tak(?:e|es|ing)\b[^.;]*\bwith|return\w*|replac\w*|succe(?:ed|eded|eds|eding|ssor)|hand\w*|step\w*|"
    r"extend\w*|extension|deals?|contracts?|terms|retain\w*|keep\w*|kept|stay\w*|remain\w*|sav(?:e|ed)|"
    r"sack\w*|dismiss\w*|exonerat\w*|fired|resign\w*|quit\w*|wanted|linked|offer\w*|expected|tipped|"
    r"appoint\w*|named|hired?|promot\w*|takes?\s+(?:over|charge)|took\s+(?:over|charge)|led\s+by|"
    r"arriv\w*|sign\w*|mov(?:e|es|ed|ing)|go(?:es)?\s+along|goes|chang\w*|permission|speak|interim|"
    r"caretaker|temporar\w*|will\s+lead|to\s+lead|to\s+coach|become\w*)\b",
    re.IGNORECASE,
)


def _aide_told_changing(rule: Rule, sent: TaggedSentence) -> bool:
    """'Y's assistant X took training' tells the aide's post as it is; where the sentence tells a change
    (he leaves, follows his boss, is brought in, kept on or wanted), the rules of that change read him."""
    return rule.name == "bosss-aide-named" and _CHANGE_OF_POST.search(sent.tagged) is not None


_POSSESSOR = re.compile(r"«P(\d+)»['’]")


def _aides_boss_unplaced(rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context) -> bool:
    """'Y's assistant X' places the aide where Y coaches: only a boss the story appointed somewhere, or told
    holding a post ('C coach Y', a new deal), places him (his aide is at that post); a boss only named in
    passing may coach a side other than the one in view ('Y and his assistant X were in the stands': Y's
    national side, not the club of the story)."""
    if rule.name != "bosss-aide-named":
        return False
    boss = _POSSESSOR.match(match.group(0))
    if boss is None:
        return True
    name = sent.mentions[int(boss.group(1))].name
    return not ctx.posts.get(name) and not ctx.held_posts.get(name)


# a round-up item opening on its club's heading, then its man: "C - X is under pressure", "C: X will start
# his second season" (the dash of a heading read as a dateline is blanked to spaces; not "C - X's assistant")
_HEADED_ITEM_SUBJECT = re.compile(r"\s*«C(\d+)»(?:\s*[-–—:]|\s{2})\s*«P(\d+)»(?!['’])")
# … whose man leaves, in words no event family holds ("C - X says goodbye to the club")
_HEADED_ITEM_LEAVES = re.compile(_LEAVING_AFTER_NAME, re.IGNORECASE)


def _headed_item_spell(sent: TaggedSentence, facts: list[Fact], ctx: Context) -> list[Fact]:
    """In a round-up of coaching news, an item headed by its club whose subject the sentence tells no
    change of ('C - X is under pressure after four defeats'): the round-up is about the club's coach, in
    charge now. A sentence with any word of a move (one the rules missed) tells no such spell."""
    item = _HEADED_ITEM_SUBJECT.match(sent.tagged) if ctx.coaching_roundup else None
    if item is None or not sent.mentions[int(item.group(1))].text.isupper():
        return []
    name = sent.mentions[int(item.group(2))].name
    told = any(f.coach == name for f in facts) or ctx.people.is_executive(name)
    moves = _CHANGE_OF_POST.search(sent.tagged) or _HEADED_ITEM_LEAVES.match(sent.tagged, item.end())
    if told or moves or any(w.search(sent.tagged) for _, w in EVENT_FAMILIES):
        return []
    club, squad = sent.squad_of.get(
        int(item.group(1)), (sent.mentions[int(item.group(1))].name, "first_team")
    )
    spell = Fact(name, club, squad, "head_coach", "in_charge", 0.6, sent.index, item.start(2))
    spell.trigger_end = item.end()
    return [spell]


# an aide named by the bare title ("the assistant X") whose arrival the sentence tells: "brings two
# compatriots with him: the assistant X", "the assistant X came with him from Egypt", "Assistant X, who
# joined in 2022"
_BARE_AIDE_TITLE = re.compile(r"\bassistant\s+«P\d+»$", re.IGNORECASE)
_TOLD_ARRIVING = re.compile(
    r"\bwith\s+(?:him|her)\b|\bbr(?:ing|ings|inging|ought)\b|\b(?:came|arrived|joined)\b", re.IGNORECASE
)
# … or whose boss the sentence names: "in the staff of Y remained the assistant X" (Y's post, maybe elsewhere)
_BOSS_NAMED = re.compile(r"\b(?:staff|team|assistants?)\s+of\s+«P\d+»|«P\d+»['’]s?\s", re.IGNORECASE)


def _bare_aide_title_arriving(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'The assistant X' tells his post at the club in view, unless the sentence tells his arrival (brought
    along by his boss or joining: the rules of arriving staff read him) or names his boss (his aide is
    where that boss coaches, which the rules of a boss's aides read)."""
    if rule.name != "role-person" or not _BARE_AIDE_TITLE.search(match.group(0)):
        return False
    return _TOLD_ARRIVING.search(sent.tagged) is not None or _BOSS_NAMED.search(sent.tagged) is not None


# "academy manager X", "the club's academy director X": the title of the head of a club's academy
_ACADEMY_HEAD_TITLE = re.compile(r"«S(\d+)»\s+(?:manager|director)\s+«P\d+»$", re.IGNORECASE)


def _head_of_academy(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'Academy manager X took training': the head of the club's academy runs it as an executive does, no
    youth team's coach ('academy coach X' is one; a spell in charge of the first team is told apart)."""
    if rule.name not in ("role-person", "club-role-person"):
        return False
    title = _ACADEMY_HEAD_TITLE.search(match.group(0))
    return title is not None and sent.mentions[int(title.group(1))].text.lower() == "academy"


def _technical_director_below_senior_side(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'presented X as technical director of the academy': the title is a coach's only at a senior side."""
    if rule.name != "confirm-as" or not match.group(0).lower().endswith("director"):
        return False
    return not of_senior_team(sent.tagged, match.end(), sent.mentions)


# "Coach Nabi", "thanks coach Manqoba": the bare title as a quotation addresses or names the man
_BARE_COACH_TITLE = re.compile(r"coach\s+«P(\d+)»", re.IGNORECASE)


def _addressed_as_coach_in_a_quote(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context
) -> bool:
    """'"Coach Nabi has a proven record …," said the chairman': the bare title inside a quotation is how the
    speaker calls him, not a post the sentence tells (the post is told where the story says it)."""
    bare = _BARE_COACH_TITLE.fullmatch(match.group(0)) if rule.name == "role-person" else None
    if bare is None or ctx.quotes is None or sent.index >= len(ctx.quotes.pieces):
        return False
    at = sent.mentions[int(bare.group(1))].start
    return any(p.start <= at < p.end for p in ctx.quotes.pieces[sent.index])


def _youth_or_reserve_readings(found: list[Fact], event: str) -> list[Fact]:
    """The facts of a rule that reads a youth or reserve side: none where it read an appointment to the
    senior side ('Under-18 coach X will take the first team for the friendlies' is a stand-in's spell, read
    by other rules; a spell there told beside his going back to his side stays), and no women's team (told
    beside a story of its men: no side he goes back to)."""
    senior = any(f.event == event and f.squad in ("first_team", "national") for f in found)
    if event == "appointed" and senior:
        return []
    return [f for f in found if not f.squad.startswith(("women", "national_women"))]


# "… as first-team coach": the squad tag is the first word of a title
_TITLE_AFTER_SQUAD = re.compile(r"\s+(?:head\s+)?(?:coach|manager|trainer)\b", re.IGNORECASE)


def _returns_to_senior_title(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'will return to his role as first-team coach': a title on the senior side's staff (an aide's, at
    English clubs), no side of his own to go back to."""
    if not rule.youth_or_reserve_only or not _TITLE_AFTER_SQUAD.match(sent.tagged, match.end()):
        return False
    squads = [sent.mentions[int(k)].squad for k in SQUAD_TAG.findall(match.group(0))]
    return any(squad in (None, "first_team", "national") for squad in squads)


# "the sacking of (manager) X was confirmed": the man is the exit noun's complement, not the verb's subject
_EXIT_NOUN_OF = re.compile(
    r"\b(?:" + EXIT_NOUNS + r")\s+of\s+"
    r"(?:(?:the\s+)?(?:head\s+)?(?:coach|manager|boss)\s+)?$",
    re.IGNORECASE,
)


def _man_told_otherwise(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """The man the match names is not the coach it reads: he did the sacking, played, announced the
    news, or the title is his trade or a past post at a club we did not recognise."""
    tagged, mentions = sent.tagged, sent.mentions
    gd = match.groupdict()
    if rule.name in ("passive-sacked", "passive-appointed") and _active_sacker(match, mentions[int(gd["p"])]):
        return True  # "Zamparini has sacked Y", "the coach he dismissed in September": he sacked
    if rule.name == "passive-appointed" and _EXIT_NOUN_OF.search(
        tagged, max(0, match.start() - 40), match.start()
    ):
        return True  # "C's sacking of X was confirmed": the sacking was, not X
    if (
        rule.name in _BARE_SPELL_RULES
        and gd.get("p")
        and _played_as_descriptor(mentions[int(gd["p"])])
        and not COACHING_TALK.search(tagged)
    ):
        return True  # "The former Arsenal midfielder spent three years at C": his playing days
    if trophy_as_a_player(rule, tagged):
        return True  # "He played for C, winning the Cup with C": his playing days
    if led_as_captain(rule, match, tagged):
        return True  # "X led Mexico at two World Cups as captain": on the pitch
    if credit_as_player(rule, match, sent):
        return True  # "X was the architect of the defence at C as a player"
    if shown_as_player(rule, match, sent):
        return True  # "The former defender had a long career with A and B": his playing days
    if rule.name in _SUBJECTS_SPELL_RULES and _PERSON_AS_OBJECT.search(tagged, 0, match.start()):
        return True  # "X replaces Y, with spells at A and B behind him": X's spells, if anyone's
    if rule.name == "and-also-coached-list" and _PLAYED_FOR_BEFORE.search(tagged, 0, match.start()):
        return True  # "played for A, worked with B on loan": a series opened by a playing verb
    if rule.name == "role-person" and PRONOUN.fullmatch(mentions[int(gd["p"])].text):
        return True  # "X, the coach he dismissed": 'he' is the subject of a clause, not the coach
    if rule.name == "role-person" and (
        HIRED_BY_TITLE.search(tagged, 0, match.start()) or _weighed_by_title(tagged, match)
    ):
        return True  # "turning to / had talks with Belgian coach X": his trade; hiring or talks told apart
    if rule.name == "role-person" and (
        _FORMER_UNTAGGED_CLUB.search(tagged, 0, match.start())
        or _CLUB_TITLE_BEFORE.search(tagged, 0, match.start())
    ):
        return True  # "ex-Columbus coach X": a past post at a club we did not recognise, not the story's
    # "…, Erick Thohir announced on Monday.": he told the news, nobody made him anything
    return (
        rule.name == "passive-appointed"
        and bool(_SPEAKER_ANNOUNCED.fullmatch(match.group(0)))
        and bool(_REPORTING_END.match(tagged, match.end()))
    )


# "was Y's assistant here": the reporter's own club, the one in view, whatever other club the sentence names
_HERE_AFTER = re.compile(r"\s+here\b", re.IGNORECASE)
# "…, who stays on at «C»": the aside right after a titled man tells the club he stays at
_STAYS_AT_CLUB_AFTER = re.compile(
    r"\s*,\s+who\s+(?:will\s+)?(?:also\s+)?(?:stays|remains|continues)(?:\s+on)?\s+(?:at|with)\s+«C\d+»"
)


def _staff_told_otherwise(rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context) -> bool:
    """An aide's or a place's reading that tells no post of his own: whose assistant stays unclear, a
    player's place, beside his boss, his own assistant, a list telling the move, another man's staff."""
    tagged, mentions = sent.tagged, sent.mentions
    gd = match.groupdict()
    if (
        rule.name in ("as-his-assistant", "been-his-assistant")
        and not gd.get("c")
        and {mentions[int(k)].name for k in CLUB_TAG.findall(tagged)} - {ctx.topic_club}
        and not _HERE_AFTER.match(tagged, match.end())
    ):
        return True  # another club named here: whose post it is stays unclear
    if rule.name == "his-place-taken-by" and not _place_of_exited(match, mentions, ctx):
        return True  # "Lewandowski is injured; his place will be taken by Milik": a player's place
    if rule.name == "possessive-side" and _beside_him(tagged, match):
        return True  # "a season at Guardiola's side": beside him, as his assistant, not his team
    if rule.name == "will-be-assistant" and _own_assistant(match, mentions):
        return True  # "… will be his assistant": never his own
    if rule.name in _TITLE_RULES and _IN_COMPANY.search(tagged, 0, match.start()):
        return True  # "left together with his physical trainer X": the list tells what happened to him
    if rule.name == "role-person" and _AIDES_LISTED.search(tagged, 0, match.start()):
        return (
            True  # "will be assisted by A and by fitness coach B": the list tells B's post, not a club before
        )
    if rule.name == "role-person" and _STAYS_AT_CLUB_AFTER.match(tagged, match.end()):
        return True  # "goalkeeping coach B, who stays on at C": his post is C's (titled-staff-stays)
    again = mentions[int(gd["again"])] if gd.get("again") else None
    if again and not PRONOUN.fullmatch(again.text) and again.name != mentions[int(gd["p"])].name:
        return True  # "X was interim coach; Y will stay on as assistant" (a bare "he" goes on about X)
    if (
        rule.name == "remain-as-assistant"
        and _assistant_titled(sent, match.start())
        and not _NEW_MANS_AIDE.search(match.group(0))
    ):
        # "Assistant coach X, who ran the team for 3 games, will stay on as an assistant": his post goes on
        # (not "… will stay on as Y's assistant": the new man's aide, a post of its own)
        return True
    if rule.name == "remain-as-assistant" and _kept_in_own_post(match, tagged):
        return True
    if rule.name == "follow-him" and _boss_arriving_with(tagged, match):
        return True  # "new manager X arrives with Y": X is the boss; Y's part is told by other rules
    # "the president, who had worked with him at the club": no staff spell
    return rule.name == "worked-alongside" and _no_aide_told(tagged, match)


# "… for the director of football role", "for the post of sporting director", "to become chief executive": the
# candidates are weighed for an executive's post, not a coach's ("… and head coach": both)
_EXECUTIVE_POST_SOUGHT = re.compile(
    r"(?:\b(?:for|to\s+(?:be|become))\s+(?:the\s+|their\s+|its\s+|a\s+|«C\d+»['’]s?\s+)?"
    r"(?:(?:new|vacant|club['’]s)\s+)?(?:(?:role|post|position|job)\s+of\s+(?:the\s+)?)?"
    r"(?:" + EXECUTIVE_TITLES + r")\b(?!\s+(?:coach|of\s+coaching))"
    # ("linked with the sporting director's job": the post told by its holder's title)
    r"|\bwith\s+the\s+(?:vacant\s+)?(?:" + EXECUTIVE_TITLES + r")['’]s?\s+(?:job|role|post|position)\b)"
    r"(?![^.;]{0,40}\band\s+(?:the\s+)?(?:head\s+|first-team\s+)?(?:coach|manager)\b)",
    re.IGNORECASE,
)


# the events of a man weighed for a post (his candidacy, a club's approach): none where the post is an
# executive's
_CANDIDACY_EVENTS = frozenset({"linked", "offer", "offer_declined"})


def _clause_from(tagged: str, start: int) -> str:
    """The words of `tagged` from `start` to the end of that clause (a break, or 'while'/'but'/'whereas')."""
    end = _STAFF_CLAUSE_BREAK.search(tagged, start)
    return tagged[start : end.start() if end else len(tagged)]


def _no_change_of_post(rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context) -> bool:
    """No change of a coaching post is told: games still to come, a decision against, another man's
    departure, a country as a place, an executive's post, a shortlist."""
    tagged, mentions = sent.tagged, sent.mentions
    if _games_to_come(rule, match, tagged):
        return True  # "Sweden's first matches under Tomasson will be friendlies": the post, no spell yet
    if rule.name == "made-permanent" and _DECIDED_AGAINST.search(tagged, 0, match.start()):
        return True  # "decided against giving him the job on a permanent basis": nobody made permanent
    if rule.name == "to-replace-at" and not HEDGE.search(tagged, 0, match.start()):
        return True  # "appointed to replace Y at C": Y's departure, told by other rules
    if _country_as_place(match, sent):
        return True  # "before leaving for Italy in 1990, where he coached Pisa": the country, a place
    if rule.name == "before-leaving-for" and _bare_country_moved_to(match, sent):
        return True  # "won two titles at C before leaving for Italy in 1984": moving abroad, no team named
    if rule.name in _COUNTED_CANDIDATE_RULES and _EXECUTIVE_POST_SOUGHT.search(tagged):
        return True  # "shortlisted four candidates, among them X, for the director of football role"
    if rule.event in _CANDIDACY_EVENTS and _EXECUTIVE_POST_SOUGHT.search(_clause_from(tagged, match.start())):
        return True  # "X has been linked with the sporting director's job at C": no coach's post weighed
    post = _EXECUTIVE_ROLE_AFTER.match(tagged, match.end()) if rule.event == "appointed" else None
    if post and not (HEAD_COACH_TITLE.search(post.group(0)) and coach_title_country(mentions, ctx)):
        return True  # "appointed as sporting director", "took over his new role as Head of Global Soccer"
    # "named A, B and C as possible candidates": a shortlist, not an appointment
    return rule.name in ("active-appointed", "confirm-as") and bool(_AS_CANDIDATES.match(tagged, match.end()))


# the post an appointment names right after its verb (or after when: "hired last month as"), when it is an
# executive's, not a coach's (a director "of the first team" is its coach in translation; "sporting director
# and head coach" is both)
_EXECUTIVE_ROLE_AFTER = re.compile(
    TIME_BETWEEN + r"\s+(?:(?:his|her|the|a|«P\d+»['’]s?)\s+)?(?:new\s+)?"
    r"(?:(?:role|post|position|job|duties)\s+)?as\s+(?:the\s+)?"
    r"(?:(?:club|club['’]s|new|their|its|«C\d+»(?:['’]s?)?|«S\d+»)\s+)*"  # "as their women's team director"
    r"(?:(?:" + EXECUTIVE_TITLES + r")\b|head\s+of\s+(?!coach))"
    r"(?![^.;«]{0,40}\b(?:coach|manager|trainer|of\s+the\s+(?:first\s+)?team)\b)"
    # ("as the new technical director of Watford": a club's translated head coach)
    r"(?!(?<=technical\sdirector)\s+of\s+(?:the\s+)?«[CS]\d+»)",
    re.IGNORECASE,
)


# "assistant coach X", "first-team coach X", "Y's assistant X": already on the staff the sentence keeps him on
_ASSISTANT_TITLE_BEFORE = re.compile(
    r"(?:\b(?:assistant(?:\s+(?:head\s+)?(?:coach|manager))?|first[\s-]team\s+coach|number\s+two)|"
    r"«S(?P<s>\d+)»\s+coach)\s+$",
    re.I,
)


# "… will stay on as Ferguson's assistant": the new man's aide
_NEW_MANS_AIDE = re.compile(r"«P\d+»['’]s\s+(?:first-team\s+)?(?:assistant|number\s+two)$")


# the aside telling a stand-in's spell before he stays on: "X, who took the team for two games, will …"
_STAND_IN_ASIDE = re.compile(r",\s+who\s")


def _kept_in_own_post(match: re.Match[str], tagged: str) -> bool:
    """'X will remain as assistant coach', told with no stand-in's spell, no new man whose aide he becomes
    ('as Y's assistant') and no other side of his before ('U-23 staff coach X will stay as assistant'):
    nothing ends and no new post begins, he stays on the staff he is on (in post, read by stay-on-as)."""
    said = match.group(0)
    return not (
        _STAND_IN_ASIDE.search(said) or _NEW_MANS_AIDE.search(said) or "«S" in tagged[: match.start()]
    )


def _assistant_titled(sent: TaggedSentence, at: int) -> bool:
    """An assistant's or first-team coach's title right before `at` (not a youth side's coach)."""
    title = _ASSISTANT_TITLE_BEFORE.search(sent.tagged, 0, at)
    return bool(title) and (
        title.group("s") is None or sent.mentions[int(title.group("s"))].text.lower().startswith("first")
    )


# "decided against giving him the job …", "without appointing him …": the job not given
_DECIDED_AGAINST = re.compile(
    r"\b(?:against|not|without)\s+(?:giving|handing|offering|appointing|making)\b(?:[^.;«]|«P\d+»)*$", re.I
)
# an aide's or coach's title anywhere in the sentence: "who worked with him at C" is then a staff spell
# ("X will be assisted by Y, who worked with him in A and B": the passive names Y an aide)
_STAFF_WORD = re.compile(
    r"\b(?:assistants?|assisted|adjuncts?|auxiliar(?:y|ies)|deput(?:y|ies)|aides?|number\s+two|right-hand|"
    r"coach(?:es|ing)?|staff|technical|collaborators?|trainers?|analysts?|preparers?|backroom)\b",
    re.I,
)
# "some of those who worked with him": nobody named
_UNNAMED_WHO = re.compile(r"\b(?:those|people|players|many|others)\s+$", re.I)


def _no_aide_told(tagged: str, match: re.Match[str]) -> bool:
    """'who worked with him at C' told of no aide: no staff title in the sentence, or said of 'those'."""
    return not _STAFF_WORD.search(tagged) or bool(_UNNAMED_WHO.search(tagged, 0, match.start()))


# "A, B and C, all of whom …", "assistants A and B, who …": the names a relative clause hangs on
_NAMES_BEFORE_WHO = re.compile(
    r"(?P<list>«P\d+»(?!['’])(?:" + LIST_SEP + r"(?:[\w\-]+\s+|«S\d+»\s+){0,3}?«P\d+»(?!['’]))+)"
    r"\s*,\s*(?P<all>(?:all|both)\s+of\s+)?$"
)
_PLURAL_STAFF_BEFORE = re.compile(r"\b(?:assistants|coaches|staff|aides|deputies|adjuncts)\s+$", re.I)
# "A and B, who both worked with him at C": the relative clause says it tells of them all
_WHO_BOTH = re.compile(r"(?:who|whom)\s+(?:both|all)\b", re.I)
# "assistant A and fitness coach B, who worked with him at C": a staff list, each name under its own
# backroom title, that the relative clause tells of as one staff (not "A and B, who …": the last alone;
# not "…, who has worked with him": a verb of one man)
_WHO_SINGULAR = re.compile(r"(?:who|whom)\s+(?:has|is|was)\b", re.I)
_TITLED_AIDE = r"(?:(?:the|his|her)\s+)?(?:[\w\-]+\s+)?" + BACKROOM_TITLE + r"\s+«P\d+»(?!['’])"
_TITLED_AIDES_BEFORE_WHO = re.compile(
    r"(?<![\w\-])" + _TITLED_AIDE + r"(?:" + LIST_SEP + _TITLED_AIDE + r")+\s*,\s*$", re.I
)


def _aides_before_who(tagged: str, match: re.Match[str]) -> list[int]:
    """Everyone of 'A, B and C, all of whom worked with him …' / 'assistants A and B, who …' / 'A and B,
    who both …' / 'assistant A and fitness coach B, who …', else []."""
    names = _NAMES_BEFORE_WHO.search(tagged, 0, match.start())
    if not names:
        return []
    told_as_one = names.group("all") or _WHO_BOTH.match(match.group(0))
    told_as_one = told_as_one or _PLURAL_STAFF_BEFORE.search(tagged, 0, names.start())
    titled = not _WHO_SINGULAR.match(match.group(0)) and _TITLED_AIDES_BEFORE_WHO.search(
        tagged, 0, match.start()
    )
    if not told_as_one and not titled:
        return []
    return [int(k) for k in PERSON_TAG.findall(names.group("list"))]


def _own_assistant(match: re.Match[str], mentions: list[Mention]) -> bool:
    """'X … will be his assistant' where 'his' is X himself (a descriptor read as him)."""
    gd = match.groupdict()
    people = [int(gd[k]) for k in ("p", "p2") if gd.get(k)]
    boss = re.search(r"«P(\d+)»['’]s?\s+(?:new\s+)?\S+$", match.group(0))
    return bool(boss) and any(
        mentions[int(boss.group(1))].name == mentions[k].name
        and mentions[k].text.split()[-1] not in mentions[k].name
        for k in people
    )


# Rules whose match holds a list of people (named group "list"), each told the same
_LISTED_PEOPLE_RULES = _COUNTED_CANDIDATE_RULES | rule_names(
    "named-candidates",
    "bosss-aide-named",
    "names-mentioned",
    "labelled-list-sacked",
    "labelled-list-appointed",
    "labelled-list-resigned",
    "had-considered",
    "club-interviewed",
    "with-list-considered",
    "list-among-those-mentioned",
    "among-those-were-list",
    "names-were-weighed",
    "body-had-spoken-to",
    "names-circulate",
    "name-sounded",
    "named-first-circulates",
    "club-weighed-names",
    "press-mentioned-names",
    "press-named-before-names",
    "the-names-of-weighed",
    "the-names-cited-in",
    "name-most-mentioned-is",
    "at-club-favourite-is",
    "bring-staff",
    "staff-in-place",
    "staff-list",
    "assisted-by",
    "aide-will-be",
    "named-counted-assistants",
    "staff-includes",
    "sacked-along-with",
    "sacked-and-his-staff",
    "left-along-with",
    "staff-of-list-left",
    "staff-of-list-sacked",
    "retained-as-assistants",
    "nth-coach-after-list",
    *_TITLED_STAFF_RULES,
    "counted-coaches-list",
    "nth-to-lead-after",
    "helped-in-spell-by",
    *INCOMING_AIDE_RULES,
)
# Rules told of the last person before the match ("X left Y to become …")
_LAST_BEFORE_RULES = rule_names(
    "to-take-over-at",
    "to-become",
    "to-become-aide",
    "left-to-become-club-role",
    "left-to-join",
    "left-club-to-post",
    "left-and-joined",
)
_GERUND_RULES = rule_names(
    "gerund-left",
    "gerund-declined",
    "gerund-resigned",
    "gerund-sacked",
    "gerund-appointed",
    "before-being-appointed-club",
    "walking-out-on",
)


def _people_before(tagged: str, end: int, possessive: bool = True) -> list[int]:
    """Mention indexes of the people tagged before `end` (without 'X's' when not `possessive`)."""
    return [
        int(m.group(2))
        for m in TAG.finditer(tagged, 0, end)
        if m.group(1) == "P" and (possessive or not tagged.startswith("'s", m.end()))
    ]


def _rule_people(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> list[int]:
    """Whom the match is about (mention indexes): its named people, or those its rule points to."""
    tagged = sent.tagged
    gd = match.groupdict()
    people = [int(gd[k]) for k in ("p", "p2") if gd.get(k)]
    if rule.name == "likes-of":
        people = [int(m.group(2)) for m in TAG.finditer(tagged, match.end()) if m.group(1) == "P"]
    if rule.name in _LISTED_PEOPLE_RULES:  # all listed
        people = [
            int(m.group(2))
            for m in TAG.finditer(tagged, match.start("list"), match.end("list"))
            if m.group(1) == "P" and not tagged.startswith("'s", m.end())
        ]
    if rule.name in _TITLED_STAFF_RULES:  # "the assistants of Y, A and B": not Y, the boss
        people = [k for k in people if not tagged.endswith(" of ", 0, tagged.find(f"«P{k}»"))]
    if rule.name in _LISTED_PEOPLE_RULES:  # "assisted by A, who worked under Y, B and C": not Y
        asides = [a.span() for a in _STAFF_ASIDE.finditer(tagged, match.start("list"), match.end("list"))]
        people = [k for k in people if not any(a < tagged.find(f"«P{k}»") < b for a, b in asides)]
    if rule.name in ("part-of-staff-along-with", "interim-team") and match.group("list"):
        # "… part of the staff, along with A and B", "X … an interim team with A, B and C"
        people += [int(k) for k in PERSON_TAG.findall(match.group("list"))]
    if rule.name in _LAST_BEFORE_RULES:
        people = _people_before(tagged, match.start())[-1:]
    # the sentence's subject was made permanent
    if rule.name in ("made-permanent", "interim-then-confirmed", "moved-to-take"):
        # (read before the confirming verb: "entrusted the interim to X, who was confirmed …" names him
        # inside the match)
        at = match.start("t") if rule.name == "interim-then-confirmed" else match.start()
        people = _people_before(tagged, at, possessive=False)[:1]
        mover = _WHO_BEFORE.search(tagged, max(0, at - 40), at)
        mover = mover or _CLAUSE_SUBJECT.search(tagged, max(0, at - 40), at)
        people = [int(mover.group(1))] if mover else people
    if rule.name == "club-handed-him-job":
        people = _handed_object(match, sent.mentions, people)
    if rule.name == "decide-against":
        subject = _people_before(tagged, match.start())
        subject = [k for k in subject if not _PASSIVE_AGENT.search(tagged, 0, tagged.find(f"«P{k}»"))]
        # ("talks with X about succeeding Y, but …": Y is the man whose post was offered, not who refused)
        subject = [k for k in subject if not _SUCCEEDED_BEFORE.search(tagged, 0, tagged.find(f"«P{k}»"))]
        people = subject[-2:] if _PAIR_SUBJECT.search(match.group(0)) else subject[-1:]
    if not people and rule.name in _GERUND_RULES:  # "X, since leaving Y"
        people = _gerund_subject(tagged, match)
    if rule.name == "youth-spell" and people:
        people = _elided_spell_subject(tagged, match) or people
    if rule.name == "former-clubs-role":  # "X, the former A and B coach" / "former A and B coach X"
        people = people[:1]
    if not people and rule.name == "worked-alongside":
        people = _aides_before_who(tagged, match)
    if not people and rule.club_side == "list":  # "X, who previously coached …"
        before = _people_before(tagged, match.start(), possessive=False)
        # "X replaced Y in 2016, having previously coached Z": the participle's subject is X
        # "X replaced Y in 2016 and led C to the title": the coordinated verb's subject is X too
        first = match.group(0).lower().startswith("having") or rule.name in (
            "and-guided-to",
            "and-also-coached-list",
        )
        first = first or _gerund_after_replaced(tagged, match)
        people = before[:1] if first else before[-1:]
    if len(people) == 1 and (rule.event == "in_charge" or rule.name in _COORDINATED_VERB_RULES):
        people = [coordinated_subject(tagged, people[0], match)]
    return [_aide_meant(rule, match, sent, k) for k in people]


# "entrusted to his former assistant A", "handed to Y's number two A": the aide the possessor's title names
_POSSESSED_AIDE = re.compile(
    r"['’]s?\s+(?:(?:former|long-?time|long-serving|trusted|loyal|current)\s+)?" + AIDE_NOUN + r"\s+«P(\d+)»",
    re.IGNORECASE,
)


def _aide_meant(rule: Rule, match: re.Match[str], sent: TaggedSentence, k: int) -> int:
    """The man a match that stops at a boss means: the aide his possessive names after it ('The U17 is
    entrusted to his former assistant A': A, not 'his'); in an arrival told 'with him' (the boss), the
    other man ('A arrives with him as assistant', 'With him arrives as assistant A': A). Else `k`."""
    tagged = sent.tagged
    at = tagged.find(f"«P{k}»")
    if at < 0:
        return k
    end = tagged.find("»", at) + 1
    possessed = _POSSESSED_AIDE.match(tagged, end) if match.end() <= end else None
    if possessed:
        return int(possessed.group(1))
    told_with_him = sent.mentions[k].said_as_him and tagged[:at].lower().endswith("with ")
    if rule.event != "appointed" or not told_with_him:
        return k
    before = [j for j in _people_before(tagged, at, possessive=False) if j != k]
    after = [int(j) for j in PERSON_TAG.findall(tagged, match.end())]
    return (before[-1:] or after[:1] or [k])[0]


# "X spent six years at C as an assistant under A and B, and took charge of eight games as interim": a verb
# coordinated after a man named as the object of a preposition is the sentence's subject's
_COORDINATED_VERB_RULES = rule_names("and-took-over")


# "X was hired to replace Y after leading C to the title": the man replaced ends the clause just before the
# gerund, whose subject is the sentence's (the man hired), not Y
_REPLACED_JUST_BEFORE = re.compile(
    r"\b(?:replace[sd]?|replacing|succeed(?:s|ed|ing)?|(?:take|took|taking)\s+over\s+from|in\s+place\s+of)\s+"
    r"«P\d+»(?:\s+(?:in|on)\s+(?:\w+\s+)?(?:19|20)?\d{2,4})?\s*,?\s*$"
)
# (a gerund with no subject of its own: not "replace Y, who had led the team": Y's relative clause)
_SUBJECTLESS_GERUND = re.compile(r"\s*(?:after|before|while)\s+(?:\w+\s+)?\w+ing\b", re.IGNORECASE)


def _gerund_after_replaced(tagged: str, match: re.Match[str]) -> bool:
    return bool(_SUBJECTLESS_GERUND.match(match.group(0))) and bool(
        _REPLACED_JUST_BEFORE.search(tagged, 0, match.start())
    )


# "…, having spent 16 years coaching the club's youth teams", "…, previously coached C's under-21s":
# a verb after a comma with no subject of its own
_ELIDED_SPELL_VERB = re.compile(
    r",\s+(?:(?:previously|earlier|also|once|then|later)\s+)*(?:having\s+(?:(?:also|previously)\s+)?"
    r"(?:been\s+|spent\s+[^,«]{0,30}?\s+)?)?(?:running|ran|leading|led|heading|headed|in\s+charge|coaching|"
    r"coached|managing|managed|worked|working|began|started|launched)\b",
    re.IGNORECASE,
)


def _elided_spell_subject(tagged: str, match: re.Match[str]) -> list[int]:
    """The subject of a youth spell told in a subjectless clause after a comma: the sentence's
    first person, not the one a clause before it names ('X took over from Y, having spent 16
    years coaching the club's youth teams', 'X, who came in after Y was sacked, previously
    coached C's under-21s'); else nothing."""
    verb = _ELIDED_SPELL_VERB.search(match.group(0))
    if verb is None:
        return []
    return _people_before(tagged, match.start() + verb.start(), possessive=False)[:1]


# what may open a sentence before its fronted gerund: "Two years after leaving C, X …", "Out of work since
# leaving C, X …"
_GERUND_OPENER = re.compile(
    r"\W*(?:(?:[\w\-]+\s+){1,2}(?:years?|months|weeks|days|seasons?)|Out\s+of\s+work|Unemployed|"
    r"Without\s+a\s+(?:job|club))?\s*"
)


def _gerund_subject(tagged: str, match: re.Match[str]) -> list[int]:
    """Whose 'since leaving Y' it is: the person of the aside it sits in, else the sentence's first
    ('…, while X, out of work since leaving Y, …'); 'After leaving C in 2019, X coached …': X."""
    before = [m for m in TAG.finditer(tagged, 0, match.start()) if m.group(1) == "P"]
    aside = [
        m
        for m in before
        if _ASIDE_OPEN.match(tagged, m.end()) and "," not in tagged[m.end() + 1 : match.start()]
    ]
    if before:
        return [int((aside or before)[-1 if aside else 0].group(2))]
    if _GERUND_OPENER.fullmatch(tagged, 0, match.start()):
        subject = _OPENER_SUBJECT.match(tagged, match.end())
        return [int(subject.group(1))] if subject else []
    return []


def _unnamed_under(rule: Rule, person: Mention) -> bool:
    """'under the new manager': whoever that is, the words do not say."""
    return (
        rule.name == "played-under"
        and bool(_DESCRIBED_ONLY.match(person.text))
        and not _NAMED_BY_ORIGIN.match(person.text)
    )


# "negotiated with X" is a club's approach only when the club (or its board, direction, federation) is the
# subject right before the verb: an agent or a player negotiates too. And talks "over a new deal", "about his
# release clause" are a contract's (a player's, or a coach's own at his club), not an offer of a post.
_NEGOTIATION_RULES = rule_names("approached", "approached-who-declined")
_NEGOTIATED_WITH = re.compile(r"negotiated\s+with\s", re.IGNORECASE)
_CLUB_NEGOTIATES = re.compile(
    r"(?:«C\d+»|\b(?:the|its|their)\s+" + CLUB_BODY + r")"
    r"(?:\s+(?:had|has|have))?(?:\s+(?:also|already|\w+ly))?\s+$",
    re.IGNORECASE,
)
_OVER_A_CONTRACT = re.compile(
    r"\s+(?:over|about|on)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:new\s+|possible\s+|improved\s+)?"
    r"(?:deal|contract|extension|release\s+clause|terms|wages|salary|transfer|fee|loan)\b",
    re.IGNORECASE,
)


def _negotiation_not_an_approach(match: re.Match[str], sent: TaggedSentence) -> bool:
    """'negotiated with X' told of someone other than a club, or over a contract rather than a post."""
    verb = _NEGOTIATED_WITH.match(match.group(0))
    if verb is None:
        return False
    tagged = sent.tagged
    if not _CLUB_NEGOTIATES.search(tagged, max(0, match.start() - 60), match.start()):
        return True
    return bool(_OVER_A_CONTRACT.match(tagged, match.end()))


# a condition anywhere in a clause: "said that if results do not improve he would not be retained", "X
# would not be retained if the club went down"
_CONDITION_WORD = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ss]hould|in\s+case)\b")
_CLAUSE_EDGE = re.compile(r"[,;:—–]")
# a condition fronted before the main clause: "If results do not improve, X would not be retained"
_FRONTED_CONDITION = re.compile(r"\W*(?:If|Unless|Should|In\s+case)\b")


def _conditional_clause(tagged: str, match: re.Match[str]) -> bool:
    """The match's clause (from the punctuation before it to the next after it) holds a condition, or
    the sentence opens on one that governs it."""
    if _FRONTED_CONDITION.match(tagged):
        return True
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(tagged, 0, match.start())]
    after = _CLAUSE_EDGE.search(tagged, match.end())
    end = after.start() if after else len(tagged)
    return bool(_CONDITION_WORD.search(tagged, edges[-1] if edges else 0, end))


def _not_told_as_fact(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """Conditions, questions, denials and negations, and spells restated or a player's."""
    tagged = sent.tagged
    if rule.event in REAL_EVENTS and _unreal(tagged, match):
        return True  # "If C sack X, …", "Will C sack X?", "C have denied that X has been sacked"
    if rule.name in _NEGATED and _conditional_clause(tagged, match):
        return True  # "X would not be retained if C went down": a threat, not a departure
    window = tagged[max(0, match.start() - 25) : match.end()]
    if "told" in match.re.groupindex:
        # "Y, who did not continue after the final and has since taken over C": the negation of what the
        # clause tells first, not of the event the rule reads from its own words (the `told` group)
        window = tagged[match.start("told") : match.end()]
    if (
        NEGATION.search(window)
        and rule.event not in ("offer_declined", "dismissed")
        and rule.name not in _NEGATED
    ):
        return True
    if (
        rule.name == "who-coached"
        and re.match(r"who\s+(?:led|guided)\b", match.group(0), re.IGNORECASE)
        and _REPLACED_BEFORE.search(tagged, max(0, match.start() - 60), match.start())
    ):
        return True  # "takes over from Y, who led the B team to …": the post itself, restated
    if rule.name in _NEGOTIATION_RULES and _negotiation_not_an_approach(match, sent):
        return True  # "Agent X negotiated with Y", "C negotiated with Y over a new deal": no coaching offer
    if rule.name in PLAYER_CAREER_RULES and told_as_player(sent, match):
        return True  # "spent six years at C as a player", "As a player, X worked with Y at C"
    # "with whom he won the title as a player": a player's career
    return rule.event == "in_charge" and rule.name in _CAREER_FEAT_RULES and player_after(sent, match.end())


# "returns to his role as under-21s coach", "goes back to his post as the B team's coach": the youth post a
# stand-in goes back to
_BACK_TO_OWN_POST = re.compile(
    r"\b(?:returns?|returned|returning|goes\s+back|went\s+back|going\s+back)\s+to\s+(?:«P\d+»['’]s?|his|her)\s+"
    r"(?:previous\s+|former\s+|old\s+)?(?:role|post|job|position)\s+as\s+(?:the\s+)?(?:club['’]s\s+)?«S(\d+)»",
    re.IGNORECASE,
)


def _returned_to_as(sent: TaggedSentence, squad: str) -> bool:
    """The sentence tells a stand-in going back to his youth or reserve post, that squad."""
    return youth_or_reserve(squad) and any(
        sent.squad_of.get(int(m.group(1)), (None, ""))[1] == squad
        for m in _BACK_TO_OWN_POST.finditer(sent.tagged)
    )


# "from the club's «S»": the squad a club tag stands before as its possessor
_POSSESSED_SQUAD = re.compile(r"['’]s?\s+«S\d+»")


def _arrival_origin(match: re.Match[str], sent: TaggedSentence) -> tuple[str | None, bool]:
    """The club an arrival came from: the last club or squad tag of a 'joined from C' match, and whether
    that tag is the club itself (not one of its squads: 'joins from the club's academy' is a step up)."""
    tags = re.findall(r"«([CS])(\d+)»", match.group(0))
    if not tags:
        return None, False
    kind, k = tags[-1]
    of_a_squad = _POSSESSED_SQUAD.match(sent.tagged, match.end())  # "from C's «S»": one of its squads
    return sent.squad_of.get(int(k), (None,))[0], kind == "C" and not of_a_squad


def _person_facts(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, people: list[int], n: int
) -> list[Fact]:
    """The fact the match tells of its n-th person (none when it names no club or is no event of his),
    with the extra facts some rules tell with it."""
    tagged = sent.tagged
    idx = people[n]
    event, weak = _event_for(rule, n, match, tagged)
    if event is None:
        return []
    person_pos = tagged.find(f"«P{idx}»")
    post = _post_told(rule, match, sent, ctx, event, person_pos)
    if post is None:
        return []
    club, squad, explicit, replacing = post
    if rule.needs_open_post and not _post_open_for(sent.mentions[idx].name, club, sent, ctx):
        return []
    if _players_assessed(rule, match, sent, ctx, sent.mentions[idx].name, club):
        return []
    if rule.name == "pole-position" and _pole_in_a_race(match, tagged, person_pos):
        return []
    arrival = rule.name == "joins-from-appointed"
    origin, from_the_club = _arrival_origin(match, sent) if arrival else (None, False)
    if origin and club == origin:
        # "X joined from C in February, having spent a decade in charge at C's ground": no post at C, the
        # story's club is the one he came to; with no other club in view, "X joined from C" tells no post
        # (unless he came from one of the club's own squads: "joins from the club's academy")
        if from_the_club and ctx.topic_club in (None, origin):
            return []
        if ctx.topic_club and ctx.topic_club != origin:
            club, squad, explicit = ctx.topic_club, squad_at("first_team", ctx.topic_club, ctx), False
    if event == "dismissed" and _MUTUAL.search(tagged):
        event = "left"  # "by mutual consent": a parting, not a sacking
    if event == "left" and _OWN_CHOICE_AFTER.match(tagged, match.end()):
        event = "resigned"  # "leaves the club at his own request": he chose to go
    event, role = _event_and_role(rule, match, sent, event, person_pos)
    named_squads = {
        sent.squad_of[int(k)][1] for k in SQUAD_TAG.findall(match.group(0)) if int(k) in sent.squad_of
    }
    the_team = role != "caretaker" and bool(_THE_TEAM.search(match.group(0)))
    if (
        (role == "caretaker" or the_team)
        and youth_or_reserve(squad)
        and own_post_squad(sent, person_pos, squad)
        and not _SQUAD_AS_SUBJECT.match(match.group(0))  # "the filial will be led for now by X": that side
    ):
        # "X, the coach of Dortmund's under-19 team, has been in interim charge", "the team has been
        # led by X, coach of C's under-21s": that is his own post; the charge is the senior side's
        squad = squad_at("first_team", club, ctx)
        if the_team:  # "the team": told, not a squad left unnamed
            named_squads.add(squad)
    elif the_team and squad in ("first_team", "national") and _own_side_title(sent, person_pos):
        # "Under-19 coach X led the side in the last two games": beside his own youth title, "the side" he
        # led names the senior team as plainly as the title names his, and he led it as a stand-in
        named_squads.add(squad)
        role = "caretaker" if role == "head_coach" else role
    elif rule.name != "returns-to-squad-post" and _returned_to_as(sent, squad):
        # "X, who took caretaker charge for three games, returns to his role as under-21s coach": the stand-in
        # spell and its end are the senior side's; the youth post is the one he goes back to
        squad = squad_at("first_team", club, ctx)
    elif (
        event == "appointed"
        and role in STAFF_TITLE_ROLES
        and youth_or_reserve(squad)
        and aside_post_squad(sent, person_pos, squad)
    ):
        # "His assistant will be X, until now coach of the U21.": the youth post is the one he leaves; he
        # joins the staff in view
        squad = squad_at(ctx.topic_squad or "first_team", club, ctx)
    fact = Fact(
        sent.mentions[idx].name,
        club,
        squad or "first_team",
        role,
        event,
        0.5 if event == "linked" and rule.event != "linked" else rule.confidence,
        sent.index,
        trigger_at(match),
        weak=weak or rule.name in BOSS_OF_AIDE_RULES or rule.name in _TITLE_ONLY_SPELL_RULES,
        trigger_end=match.end(),
        squad_named=squad in named_squads,
        replacing=replacing,
        club_named=explicit,
    )
    _mark_rule_wording(fact, rule, match, tagged)
    if rule.name == "stepped-up-to-replace-left":  # a player's move replaces a man too
        player = titled_player_moves(match, tagged)
        fact.needs_support = player or not coaching_step(tagged)
        fact.in_coaching_story = not player  # no coaching word: kept in a story of a coaching change
    return _with_rule_details(rule, match, sent, fact, people, idx, person_pos, ctx)


# a coaching post to fill, told in the sentence itself ("talked with X about the job")
_POST_TO_FILL = re.compile(
    r"\b(?:job|post|role|vacan(?:cy|t)|hot\s+seat|replace\w*|successor|succeed\w*|new\s+(?:head\s+)?"
    r"(?:coach|manager|boss))\b",
    re.IGNORECASE,
)


def _post_open_for(name: str, club: str | None, sent: TaggedSentence, ctx: Context) -> bool:
    """Talks with a man are an approach only with a post to fill in view (a sacking, a search or another
    man's appointment told before, or a job named here), and not with the man who holds or has just lost
    the club's post: a club talking to its own coach about form, or after his sacking, offers him nothing."""
    if (ctx.vacancy and ctx.vacancy[3] == name) or ctx.exits.get(name, (None,))[0] == club:
        return False
    if club in ctx.posts.get(name, set()):
        return False
    filled = any(club in clubs for other, clubs in ctx.posts.items() if other != name)  # hired another man
    return bool(ctx.vacancy or ctx.seeking or filled or _POST_TO_FILL.search(sent.tagged))


# "were assessed by the medical staff", "have been assessed and will travel": players checked for a game
_PLAYERS_CHECKED = re.compile(
    r"\b(?:medical|fitness|fit|scans?|injur\w*|knocks?|physio\w*|training|travel|squad|game|match|"
    r"minutes|captain|" + PLAYING_POSITION + r")\b",
    re.IGNORECASE,
)


_BARE_WEIGHED = re.compile(r"\b(?:evaluated|assessed)\b", re.IGNORECASE)


def _players_assessed(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, name: str, club: str | None
) -> bool:
    """'A and B were assessed' names candidates only with a post to fill in view and no word of a
    player's fitness or game ('the names of A and B were evaluated' names them as candidates anyway)."""
    if not rule.players_assessed_too:
        return False
    words = match.group(0)
    if not _BARE_WEIGHED.search(words) or re.match(r"names?\s", words, re.IGNORECASE):
        return False
    return (
        name in ctx.people.players
        or bool(_PLAYERS_CHECKED.search(sent.tagged))
        or not _post_open_for(name, club, sent, ctx)
    )


# a race on the pitch: "in the title race", "top of the table", "on the grid"
_RACE_TALK = re.compile(
    r"\b(?:title\s+race|race\s+for|table|league|standings|grid|points\s+(?:clear|ahead)|top\s+spot)\b",
    re.IGNORECASE,
)
# "Arsenal manager X": a man titled by the post he holds now (not "former Wigan boss X")
_HOLDER_TITLE = re.compile(
    r"(?<!former\s)(?<!ex-)(?<!ex\s)«C\d+»['’]?s?\s+(?:(?:head|chief)\s+)?(?:coach|manager|boss)\s+$",
    re.IGNORECASE,
)


def _pole_in_a_race(match: re.Match[str], tagged: str, person_pos: int) -> bool:
    """'X is in pole position' with no post named after it ('for the job', 'to replace Y') is a
    candidacy only when the sentence tells of no race on the pitch and X holds no post of his own."""
    if not match.group(0).rstrip().endswith("position"):
        return False
    return bool(_RACE_TALK.search(tagged) or _HOLDER_TITLE.search(tagged, 0, person_pos))


def _post_told(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, event: str, person_pos: int
) -> tuple[str | None, str, bool, str | None] | None:
    """(club, squad, explicit, replacing) of the post the match tells of the man at `person_pos`, or
    None when it tells none: no club where the rule needs one, or only the club he left for."""
    club, squad, explicit = club_for(rule, match, sent, ctx, person_pos)
    squad = _rule_squad(rule, match, sent, ctx, event, club, squad, explicit, person_pos)
    if rule.needs_club and not explicit:
        return None
    replacing = None
    if event == "linked":
        club, squad, explicit, replacing = _linked_post(match, sent, ctx, club, squad, explicit, person_pos)
    if not explicit and replacing is None and _titled_post(sent, club, ctx):
        # "Former boss A and Ipswich manager B are the favourites": Ipswich is B's job, not A's post
        club, squad = ctx.topic_club, squad_at("first_team", ctx.topic_club, ctx)
    if club is None and rule.event != "offer_declined" and replacing is None:
        return None
    if rule.name == "left-for" and club in {
        sent.squad_of.get(int(k), (None,))[0] for k in CLUB_TAG.findall(match.group(0))
    }:
        return None  # "X left for Y": Y is where he went, not the post he left
    return club, squad, explicit, replacing


def _event_and_role(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, event: str, person_pos: int
) -> tuple[str, str]:
    """The fact's event and the role the match gives the man."""
    role = _fact_role(rule, match, sent.tagged, event, person_pos)
    if (
        role == "head_coach"
        and event == "appointed"
        and _first_team_coach_title(sent, person_pos, match.end())
    ):
        role = "assistant_coach"  # "promoted to first-team coach": a coach on the senior staff, not its head
    if role == "head_coach" and event == "appointed" and _aide_for_a_stretch(match, sent.tagged, person_pos):
        role = "caretaker"  # "Assistant X was appointed as his replacement until the end of the season"
    if rule.name == "youth-spell" and _stand_in_spell(sent, match):
        return "appointed", "caretaker"  # "led the senior team as interim boss"
    if (
        rule.name in ("role-person", "club-role-person")
        and event == "in_charge"
        and role == "head_coach"
        and _assistant_titled(sent, person_pos)
        and (STAND_IN_POST.search(sent.tagged) or _LEAVES_TOO.search(sent.tagged, person_pos))
    ):
        # "First-team coach X will take charge on an interim basis": a man standing in is not the head
        # coach, so his first-team coach title is an aide's post on the senior staff; so is one who "has
        # also left" beside his boss (a head coach's exit is told as his own, not "also")
        role = "assistant_coach"
    return event, role


# a renewal in the making ("C are in talks with X over a new contract") is told of players in the same
# words, in a coaching story too: kept only for a man the story makes a coach
_OWN_RENEWAL_RULES = rule_names("in-talks-over-his-contract", "person-in-talks-over-his-contract")
# "… have also left the club", "also leaves": staff going with the man whose exit the story tells
_LEAVES_TOO = re.compile(r"\balso\s+(?:(?:has|have)\s+)?(?:left|leaves?|departed|departs?)\b", re.IGNORECASE)


# a stand-in's spell ended as he steps back to the post he held ("will stay on as assistant")
_STEPS_BACK_RULES = rule_names(
    "interim-stays-as-assistant", "team-led-steps-back", "one-game-stand-in-goes-back"
)


def _mark_rule_wording(fact: Fact, rule: Rule, match: re.Match[str], tagged: str) -> None:
    """The flags the rule and its matched words set on its fact (a pluperfect, a lasting spell, a post
    still held …), which later steps read."""
    words = match.group(0)
    fact.pluperfect = bool(_PLUPERFECT.search(words))
    fact.needs_support = rule.needs_support or player_like(rule, match, tagged)
    # (a story of coaching changes makes him the coach too, unless the words are a player's renewal's)
    fact.in_coaching_story = rule.needs_support and rule.name not in _OWN_RENEWAL_RULES
    fact.move_talk = move_talk(rule, match, tagged)
    fact.lasting = rule.name in _LASTING_RULES
    fact.latest_post = (
        fact.event == "in_charge"
        and bool(_LATEST_POST_WORDS.search(words))
        and bool(_SACKED_THERE.match(tagged, match.end()))
    )
    fact.fills_replaced_post = rule.name == "stepped-up-to-replace"
    fact.stay_post = rule.name == "stays-at-club"
    fact.untitled_arrival = rule.name == "joins-from-appointed"
    fact.achieved = rule.name in ACHIEVEMENT_RULES
    fact.before_return = rule.name == "club-whom-led" and bool(_RETURNS_TO.search(tagged, 0, match.start()))
    fact.earlier_exit = rule.name == "spell-before-leaving" and bool(
        _SPELL_TOLD_AS_EARLIER.search(tagged, 0, match.end())
    )
    fact.begins = rule.name in _BEGINNING_RULES
    # "started with the U17s in January and was promoted …": January is the start, not the end
    fact.no_date = rule.name in ("started-with-then-promoted-left", "successor-then-his-spell")
    fact.steps_back = rule.name in _STEPS_BACK_RULES
    fact.still_held = bool(_STILL_HELD.search(words))
    fact.staff_talk = rule.name == "possessive-side" and bool(_STAFF_NOUN.search(words))
    fact.named_team = rule.name in _TEAM_OF_PERSON_RULES and not COACHING_TALK.search(
        others_titles_removed(tagged, match)
    )
    fact.current_post = (
        rule.name in ("club-role-person", "role-person", "staff-list")
        and not _NOT_CURRENT.search(tagged, max(0, match.start() - 12), match.end())
        and not _FORMER_BEFORE.search(tagged, max(0, match.start() - 45), match.start())
        and not _BOSS_OWNED_TITLE.search(tagged, max(0, match.start() - 12), match.start())
    )


# "In his first spell he led C …", "had already coached C in 2020", "had first managed C": the spell told is
# an earlier one than the post the story tells
_SPELL_TOLD_AS_EARLIER = re.compile(
    r"\b(?:(?:first|earlier|previous)\s+(?:spell|stint)|had\s+(?:already|first)\b)", re.IGNORECASE
)
# "was most recently coach of C", "was last in charge of C": the latest post, a spell told in its own words,
# kept beside the sacking that ended it when a clause on the club tells that ("…, where he was sacked in May")
_LATEST_POST_WORDS = re.compile(r"\b(?:was|been)\s+(?:most\s+recently|last)\s", re.IGNORECASE)
_SACKED_THERE = re.compile(
    r"[^.;]{0,60}?«[CS]\d+»(?:\s+team|\s+side)?,\s+where\s+(?:he|she|«P\d+»)\s+was\s+"
    r"(?:sacked|dismissed|released|fired)\b",
    re.IGNORECASE,
)
# "X returns to «C», where he …": the words of a return, right before the club a clause is hung on
_RETURNS_TO = re.compile(
    r"\b(?:return(?:s|ed|ing)?|(?:is|was|comes|came|coming)\s+back)\s+(?:to|at)\s+(?:the\s+)?$", re.IGNORECASE
)
# "X, actually / currently / still coach of the U19s": the post is still his as the sentence is told
_STILL_HELD = re.compile(r"^«P\d+»,\s+(?:actually|currently|still)\b", re.IGNORECASE)
# Rules reading a youth or reserve coach's own post told beside his step up or stand-in spell
# ("X, until now trainer of the U23s, will lead the team on an interim basis"): the post is his, as its head
_OWN_YOUTH_POST_RULES = rule_names(
    "coached-squad-before-step-up",
    "until-now-title",
    "until-now-title-left",
    "started-with-then-promoted",
    "started-with-then-promoted-left",
    "until-then-in-charge-of",
    "the-role-of-squad-person",
)


# the rules reading a clause fronted before its subject: the squad is the one the clause tells
_FRONTED_RULES = rule_names(
    "fronted-in-charge", "fronted-coached-list", "fronted-spell", "fronted-under-contract"
)


def _rule_squad(
    rule: Rule,
    match: re.Match[str],
    sent: TaggedSentence,
    ctx: Context,
    event: str,
    club: str | None,
    squad: str,
    explicit: bool,
    person_pos: int,
) -> str:
    """The squad of a rule's fact: the one attribution found, corrected by what the rule's words tell."""
    tagged = sent.tagged
    first_team = squad_at("first_team", club, ctx)
    if (
        squad in ("first_team", "national")
        and rule.club_side != "possessive"
        and rule.name not in _RUMOUR_LIST_RULES
        and rule.name
        not in _FRONTED_RULES  # "A former coach at C, X took charge of the women's team": not C's
        # "comes in as first-team coach after a spell with the under-18s": the title names the squad
        and not _AS_SQUAD_TITLE.search(match.group(0))
    ):  # "… as head coach of their women's team" (after a list of names: the last one's own post)
        squad = _post_squad(sent, match, ctx, club, squad)
    if event == "in_charge" and squad == "national" and not SQUAD_TAG.search(match.group(0)):
        squad = competition_squad(sent, match.end()) or squad
    if rule.name in _TITLED_STAFF_KEPT_RULES:
        squad = _kept_staff_squad(sent, match, club, ctx) or squad
    if rule.name in _STAND_IN_RULES and "women" not in squad:  # "led by X, coach of the Reserve": first team
        squad = first_team
    elif rule.name in _STAND_IN_RULES:  # "led by X, coach of the U20 women's side": the senior women's team
        squad = _WOMEN_YOUTH_SUFFIX.sub("", squad)
    if rule.name in ("joins-from-appointed", "part-of-staff-along-with") and "women" not in squad:
        squad = (
            first_team  # the club in view's first team (not "X, who coaches the U17s, stays on the staff")
        )
    if rule.name == "not-renew-contract" and not explicit and "women" not in squad:
        squad = first_team  # "decided not to renew the contract of X": the senior coach's deal is the news
    youth_spell = rule.name == "youth-spell" and squad in ("first_team", "national")
    if youth_spell and not _senior_squad_named(
        sent, match
    ):  # "running Ajax's academy", not "… the first team"
        squad = squad_at("youth", club, ctx)
    # "promoted from the B team", "X, who was promoted last week": now the first team
    promoted = event == "appointed" and not explicit and _promoted_to_no_squad(tagged, match)
    if rule.name in ("promoted-from-appointed", "stepped-up-to-replace") or promoted:
        squad = first_team  # (a step up to replace a man fills his post: `_step_up_fills_the_post`)
    if rule.name == "promoted-from-to-squad":
        squad = _squad_promoted_to(sent, match, club, ctx) or squad
    if (
        rule.name in _FILLED_POST_RULES
        and squad in ("first_team", "national", ctx.topic_squad)  # ("where he replaces Y" in a U21 story)
        and not SQUAD_TAG.search(match.group(0))
    ):
        squad = _replaced_post_squad(sent, match, club, ctx) or squad
    if event in ("dismissed", "resigned", "extended"):  # (not 'left': "U21 coach X left as caretaker")
        squad = _squad_before_person(sent, person_pos, club) or squad
    if event == "dismissed":
        squad = _post_taken_after_sacking(sent, person_pos, club, ctx) or squad
    if event == "appointed" and youth_or_reserve(squad) and squad_in_own_title_aside(sent, person_pos, squad):
        squad = first_team  # "promoted X, the coach of their B team, to replace him": the B team was his post
    if event == "appointed" and _PROMOTE_VERB.match(match.group(0)):
        squad = _promoted_to_squad(sent, match, club, ctx) or squad
    # ("confirmed X as their new U18s coach", "X will continue as Under-21 head coach": the title's squad)
    if (event == "appointed" or rule.name == "continue-as-coach") and squad == first_team:
        squad = _squad_title_after_as(sent, match, club) or squad
    if squad == first_team and _YOUTH_TITLE_AT_CLUB.search(match.group(0)):
        squad = squad_at("youth", club, ctx)  # "X, a former youth coach at C": the club's youth teams
    return squad


def _own_side_title(sent: TaggedSentence, person_pos: int) -> bool:
    """The sentence names a youth or reserve side only as the man's own title ('U19 coach X', 'X, the
    coach of the B team,')."""
    sides = {squad for _, squad in sent.squad_of.values() if youth_or_reserve(squad)}
    return any(own_post_squad(sent, person_pos, squad) for squad in sides)


# "The filial will be directed provisionally by X", "the U19s are now led for a while by X": the side the
# match opens on as its subject is the one handed to the man, not a title of his own
_SQUAD_AS_SUBJECT = re.compile(
    r"(?:the\s+)?«S\d+»\s+(?:will|is|are|was|were|has|have|had|shall)\b", re.IGNORECASE
)


# "X, a former youth coach at C", "X, the academy trainer of C": a title of the club's youth teams, the
# club it is held at ending the match (as the career rules read "was youth coach of C")
_YOUTH_TITLE_AT_CLUB = re.compile(
    r"\b(?:youth|academy)[-\s](?:head\s+)?(?:coach|trainer|manager)\s+(?:of|at|with|for)\s+(?:the\s+)?«C\d+»$",
    re.IGNORECASE,
)


# "…, replacing Y", "…, where he replaces Y": the man replaced held the post the clause names before
_FILLED_POST_RULES = rule_names("replacing", "replaces")


def _replaced_post_squad(
    sent: TaggedSentence, match: re.Match[str], club: str | None, ctx: Context
) -> str | None:
    """'took over the Olympic team in 2023, replacing Y', 'to coach the under-19s, where he replaces Y':
    the squad named earlier in the clause is the post changing hands."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sent.tagged, 0, match.start())), default=0)
    named = squad_named_between(sent, start, match.start(), club)
    return squad_at(named, club, ctx) if named else None


# "confirmed X as their new under-18s coach": the squad told in the title he is given
_AS_SQUAD_TITLE = re.compile(
    r"\bas\s+(?:their\s+|the\s+|its\s+)?(?:new\s+)?«S(\d+)»\s+(?:head\s+)?(?:coach|manager|boss|trainer)\b",
    re.IGNORECASE,
)


def _squad_title_after_as(sent: TaggedSentence, match: re.Match[str], club: str | None) -> str | None:
    """The squad of the title an appointment gives him ('as their new U18s coach'), if of his club."""
    told = _AS_SQUAD_TITLE.search(match.group(0))
    if told is None or int(told.group(1)) not in sent.squad_of:
        return None
    owner, squad = sent.squad_of[int(told.group(1))]
    return squad if owner in (None, club) and squad not in ("first_team", "national") else None


# aides kept on, told with the squad whose staff they stay in: "remain in the staff of the reserve",
# "continue with the U21", "stay in the U21 staff"
_TITLED_STAFF_KEPT_RULES = rule_names("titled-staff-stays", "staff-in-place")
_KEPT_IN_SQUAD_STAFF = re.compile(
    r"(?:\s+on)?\s+(?:with|in)\s+(?:the\s+)?(?:(?:coaching\s+|technical\s+)?staff\s+of\s+(?:the\s+)?)?«S(\d+)»",
    re.IGNORECASE,
)


def _kept_staff_squad(
    sent: TaggedSentence, match: re.Match[str], club: str | None, ctx: Context
) -> str | None:
    """The squad right after the verb of aides kept on ('remain in the staff of the reserve'), if no
    other club's."""
    told = _KEPT_IN_SQUAD_STAFF.match(sent.tagged, match.end())
    if told is None or int(told.group(1)) not in sent.squad_of:
        return None
    owner, squad = sent.squad_of[int(told.group(1))]
    return squad_at(squad, club, ctx) if owner in (None, club) else None


def _post_squad(
    sent: TaggedSentence, match: re.Match[str], ctx: Context, club: str | None, squad: str
) -> str:
    """`squad`, or the squad of the post the words right after the match name at the same club."""
    post = _POST_SQUAD.match(sent.tagged, match.end())
    if not post:
        return squad
    tag = post.group("s") or post.group("s2") or post.group("s3") or post.group("s4")
    named = post.group("c") or post.group("c2")
    if tag is None and named is None:
        return squad
    s_club, s_squad = sent.squad_of.get(int(tag or named), (None, "first_team"))
    if named is not None and (s_club != club or s_squad in ("first_team", "national")):
        return squad  # "as coach of Valencia Mestalla": only a squad of the same club
    if s_squad.startswith("national") and s_club is None and ctx.club_kinds.get(club or "") == "club":
        return squad  # "named Fluminense coach X as head coach of the national team": not Fluminense's
    # "Scotland named X coach of their women's U-17s": national_women_u17
    named = squad_at(s_squad, club, ctx)
    if s_club in (None, club) and (squad == "first_team" or named.startswith("national")):
        return named
    return squad


def _stand_in_spell(sent: TaggedSentence, match: re.Match[str]) -> bool:
    """'led the senior team as interim boss': a senior side named, then a stand-in's title."""
    return bool(_STAND_IN_AFTER.match(sent.tagged, match.end())) and _senior_squad_named(sent, match)


_STAND_IN_AFTER = re.compile(r"\s+(?:as|on\s+an?)\s+(?:the\s+)?(?:interim|caretaker|temporary)\b", re.I)


def _senior_squad_named(sent: TaggedSentence, match: re.Match[str]) -> bool:
    """Whether the match names a first team or senior national team by a squad phrase."""
    named = (sent.squad_of.get(int(k), (None, ""))[1] for k in SQUAD_TAG.findall(match.group(0)))
    return any(s in ("first_team", "national") for s in named)


# "C have promoted under-19 coach X to first-team manager / to the role of B-team manager / from the
# under-19s to the B team": the post named after 'to', not the title he had
_PROMOTE_VERB = re.compile(r"promot", re.IGNORECASE)
_PROMOTED_TO = re.compile(
    r"\s+(?:from\s+(?:the\s+|their\s+|its\s+)?(?:«[CS]\d+»['’]?s?\s+)?«S\d+»\s+)?to\s+(?:the\s+)?"
    r"(?:(?:role|post|position)\s+of\s+)?"
    r"(?:(?P<first>first[-\s]team|senior\s+(?:side|team))|«S(?P<s>\d+)»|«C(?P<c>\d+)»)",
    re.IGNORECASE,
)


def _squad_promoted_to(
    sent: TaggedSentence, match: re.Match[str], club: str | None, ctx: Context
) -> str | None:
    """'promoted from the U19s to the first team': the squad the match ends on, if of his club."""
    owner, told = sent.squad_of.get(int(match.group("s")), (None, "first_team"))
    return squad_at(told, club, ctx) if owner in (None, club) else None


def _promoted_to_squad(
    sent: TaggedSentence, match: re.Match[str], club: str | None, ctx: Context
) -> str | None:
    to = _PROMOTED_TO.match(sent.tagged, match.end())
    if to is None:
        return None
    if to.group("first"):
        return squad_at("first_team", club, ctx)
    tag = to.group("s") or to.group("c")
    named_club, squad = sent.squad_of.get(int(tag), (None, "first_team"))
    return squad if named_club in (None, club) else None


# "Ipswich Town manager X", "Atlanta United's X": a club named as a man's own title in the sentence
_CLUB_TITLE = re.compile(
    r"«C(\d+)»(?:['’]s?\s+|\s+(?:[a-z\-]+\s+)?(?:head\s+coach|manager|boss|coach)\s+)«P\d+»", re.IGNORECASE
)


def _titled_post(sent: TaggedSentence, club: str | None, ctx: Context) -> bool:
    """Whether `club`, not the story's, is named in the sentence as the post of a man it titles with it."""
    return (
        club is not None
        and ctx.topic_club not in (None, club)
        and any(
            sent.squad_of.get(int(m.group(1)), (None,))[0] == club for m in _CLUB_TITLE.finditer(sent.tagged)
        )
    )


def _linked_post(
    match: re.Match[str],
    sent: TaggedSentence,
    ctx: Context,
    club: str | None,
    squad: str,
    explicit: bool,
    person_pos: int,
) -> tuple[str | None, str, bool, str | None]:
    """(club, squad, explicit, the man replaced) of a rumour: not the job he holds, the owner of a
    'top target', or the post of the man it says he would replace."""
    tagged, squad_of = sent.tagged, sent.squad_of
    if explicit and club:
        own = DESCRIBED_WITH.search(tagged, max(0, person_pos - 40), person_pos)
        if own and squad_of.get(int(own.group(1)), (None,))[0] == club:
            # "Bologna coach X is expected to be Allegri's successor": not the job he holds
            club, squad, explicit = with_topic(None, "first_team", ctx, explicit=False)
            explicit = False
    owner = _OWNER.search(match.group(0)) if not explicit else None
    if owner and squad_of.get(int(owner.group(1)), (None,))[0]:  # "Leicester's top target"
        club, squad = squad_of[int(owner.group(1))]
        explicit = True
    replacing = None
    if not explicit:
        gone = _REPLACING.search(tagged, match.start(), match.end() + 40)
        replacing = sent.mentions[int(gone.group(1) or gone.group(2))].name if gone else None
    return club, squad, explicit, replacing


# "X has been appointed as his replacement", "… named as her successor": the post of the man he replaces
_AS_HIS_SUCCESSOR = re.compile(
    r"\bas\s+(?:his|her|their|«P\d+»['’]s?)\s+(?:permanent\s+)?(?:replacement|successor)\b", re.IGNORECASE
)
# "on a permanent basis", "permanently", "as their permanent manager": a stand-in made head coach
_MADE_PERMANENT = re.compile(
    r"\bon\s+a\s+permanent\s+(?:basis|deal|contract)\b|\bpermanently\b|"
    r"\b(?:the|their|its|as)\s+(?:new\s+)?permanent\s+(?:manager|head\s+coach|boss|coach)\b",
    re.IGNORECASE,
)


# (the aside may name a club, a squad or a boss's side: "X, who had been technical adviser to Addo's
# technical team, was named …", "X, Klopp's assistant at Liverpool, …", "X, Rodgers' number two, …")
_NAME_AND_ASIDE = re.compile(r"(«P\d+»)(?:\s*,(?:[^,«]|«[CS]\d+»|«P\d+»['’]s?){1,60},)?")


def _head_post_told(match: re.Match[str], tagged: str, person_pos: int) -> bool:
    """'Caretaker boss X has been confirmed as C manager': the post the words after his name give
    him is the head coach's (his title before the name is the one he held till now)."""
    start = max(match.start(), person_pos)
    aside = _NAME_AND_ASIDE.match(tagged, start)  # "X, the caretaker, was …": his title till now
    start = aside.end() if aside else start
    after = tagged[start : min(len(tagged), max(match.end(), start) + 45)]
    cut = _ROLE_WINDOW_END.search(after, 1)
    said = after[: cut.start()] if cut else after
    if any(rx.search(said) for rx, _ in ROLE_WORDS):
        return False  # "… was named interim manager": the stand-in's post
    return bool(_HEAD_TITLE.search(said) or _MADE_PERMANENT.search(said) or _AS_HIS_SUCCESSOR.search(said))


# a specialist's title right before the name: "Arsenal set-piece coach X"
_SPECIALIST_BEFORE = re.compile(r"\bset[- ]pieces?\s+coach\s+$", re.IGNORECASE)
# the staff titles a man may hold before he is made head coach
STAFF_TITLE_ROLES = frozenset({"assistant_coach", "goalkeeping_coach", "fitness_coach", "other_staff"})


# "…, where he became manager", "… to become their head coach": the post taken at the club just named
_BECAME_HEAD_AFTER = re.compile(
    r"\s*,?\s*(?:where\s+(?:he|she|«P\d+»)\s+(?:became|was\s+(?:named|appointed))|to\s+(?:become|be))\s+"
    r"(?:(?:the|their|its)\s+)?(?:new\s+)?(?:head\s+coach|manager|coach|boss)\b",
    re.IGNORECASE,
)


# aides who go with their boss, their title told before the name (else the rule's assistant); not
# attribution's set of following aides, which also holds "bring-assistants"
_TITLED_FOLLOWER_RULES = rule_names("follow-him")
# aides each named before his own title ("A as assistant and B as physical trainer")
_AIDES_BEFORE_TITLES_RULES = rule_names(
    "brings-aides-as-titles", "aides-join-as-titles", "staff-takes-in-as-titles"
)
# a man's time at a club told by its start ("goalkeeping coach X, who has been with the club since 2015"):
# the post is the one his title names
_TIME_AT_CLUB_RULES = rule_names("been-at-club-since", "been-at-the-club-since")


def _fact_role(rule: Rule, match: re.Match[str], tagged: str, event: str, person_pos: int) -> str:
    """The role of a rule's fact: a staff title the words give, else the rule's, else the one near him."""
    if person_pos >= match.end() and rule.name not in _STAFF_LIST_RULES:
        # a man added after the match ("A returns with him, as does fitness coach B"): his own title tells it
        titled = _apposition_role(tagged, person_pos)
        if titled in STAFF_TITLE_ROLES:
            return titled
    if rule.name == "leaves-boss-staff":  # "leaves Slot's staff at Liverpool": an aide leaving
        return rule.role or "assistant_coach"
    if rule.name.startswith("leaves-role-as"):  # "leaves his role as assistant to …"
        return _role(rule, match, tagged, event)
    # "X as physical trainer": the title after
    if rule.name in ("bring-as-staff", "bring-as-staff-from", "working-as-aide"):
        return _staff_item_role(tagged, person_pos, match.end())
    if rule.name in _AIDES_BEFORE_TITLES_RULES:  # "A as assistant and B as physical trainer": each his own
        item_end = _LIST_ITEM_END.search(tagged, person_pos, match.end())
        return _staff_item_role(tagged, person_pos, item_end.start() if item_end else match.end())
    if rule.name in _STAFF_LIST_RULES:  # "his assistant X, first-team coach Y and goalkeeping coach Z"
        return _staff_item_role(tagged, match.start(), person_pos)
    if rule.name == "assisted-by":  # "…, with Z as goalkeeping coach"
        return _role_after_as(tagged, person_pos)
    if rule.name == "left-for-club" and _BECAME_HEAD_AFTER.match(tagged, match.end()):
        return "head_coach"  # "his assistant X left for Dundee, where he became manager": the post he went to
    if rule.name in _TITLED_FOLLOWER_RULES:  # "Fitness coach X follows him": his title, not the rule's
        titled = _apposition_role(tagged, _title_end(match, tagged, person_pos))
        if titled in STAFF_TITLE_ROLES:
            return titled
    if rule.name == "apposed-staff-stays":  # "X, his goalkeeping coach, remains": the title between commas
        titled = _apposition_role(tagged, person_pos)
        return "assistant_coach" if titled in ("caretaker", "head_coach") else titled
    if rule.event == "left" and rule.role == "caretaker":  # a stand-in's spell ends
        return rule.role
    if rule.name in KEPT_AT_SQUAD_RULES or rule.name in _TIME_AT_CLUB_RULES:
        return _apposition_role(tagged, person_pos)  # "Goalkeeping coach X continues with the U21": his title
    if rule.name in _OWN_YOUTH_POST_RULES:  # "X, until now trainer of the U23s, takes interim charge"
        return "head_coach"
    if (event == "left" and rule.event != "left") or rule.event == "left":
        return _apposition_role(tagged, person_pos)
    if (
        rule.name == "role-person"
        and event == "in_charge"
        and _SPECIALIST_BEFORE.search(tagged, 0, person_pos)
    ):
        return "other_staff"  # "Arsenal set-piece coach X": the specialist's title before the club's bare one
    role = rule.role or _role(rule, match, tagged, event)
    if (
        role in STAFF_TITLE_ROLES
        and event == "appointed"
        and not rule.role
        and (
            rule.name == "replaced-by"
            or (rule.name == "replaces" and _bosss_aide_titled(tagged, person_pos))
            or _head_post_told(match, tagged, person_pos)
        )
    ):
        # "promoted set-piece coach X to head coach", "he was replaced by his assistant X", "X, previously
        # Y's assistant, replaced him": his title till now, then the post (the head coach's, of his boss)
        return "head_coach"
    if (
        role == "head_coach"
        and event in ("appointed", "extended")
        and not rule.role
        and not _head_post_told(match, tagged, person_pos)
    ):
        role = _apposition_role(tagged, person_pos)  # "Interim boss X took charge"
        if rule.name == "takes-over" and role == "assistant_coach":
            role = "caretaker"  # "with assistant X taking over": he steps up, for now
        elif (
            rule.name in _TAKES_CHARGE_RULES
            and role == "head_coach"
            and (_stand_in_for_now(match, tagged, person_pos) or _until_successor_after(match, tagged))
        ):
            role = "caretaker"
    return role


# "… as his replacement until the end of the season", "…, for the rest of the campaign": a stretch told in the
# clause of the match (not "until the end of the season" of another clause, "and will stay until …")
# ("takes over as head coach until …", "promoted … to head coach on an interim basis": the post, then the
# stretch)
_FOR_A_STRETCH = re.compile(
    r"(?:\s+as\s+[^«,;.]{0,20}?«P\d+»['’]s?\s+(?:replacement|successor)|"
    r"\s+(?:as|to)\s+(?:the\s+)?(?:new\s+)?(?:head\s+coach|manager|boss))?,?" + UNTIL_FILLED
)


def _aide_for_a_stretch(match: re.Match[str], tagged: str, person_pos: int) -> bool:
    """'Assistant X has been appointed as his replacement until the end of the season': the team's aide given
    the post for a stretch only stands in (a man from outside so named may be on a short deal for good)."""
    if not _FOR_A_STRETCH.match(tagged, match.end()):
        return False
    titled = _ASSISTANT_BEFORE.search(tagged, max(0, person_pos - 32), person_pos)
    return bool(titled or _AIDE_APPOSED_AFTER.match(tagged, tagged.find("»", person_pos) + 1))


def _until_successor_after(match: re.Match[str], tagged: str) -> bool:
    """'X will oversee first-team affairs until a permanent appointment is made': a charge told, in its own
    clause, to last until the post is filled is a stand-in's, whatever his title."""
    return bool(_UNTIL_SUCCESSOR.search(tagged, match.end(), _clause_end(match, tagged)))


def _stand_in_for_now(match: re.Match[str], tagged: str, person_pos: int) -> bool:
    """'U23 coach X, who took charge of Saturday's league game', 'U21 coach X will take charge of training
    today', 'In the interim, the coach of the U20s, X, will take charge': a man titled by a youth post taking
    charge for some games or for a while stands in (he keeps his post; not 'the previous U23 coach X')."""
    title = _YOUTH_TITLE_BEFORE.search(tagged, max(0, person_pos - 40), person_pos)
    if title and _PREVIOUS_BEFORE.search(tagged, max(0, title.start() - 12), title.start()):
        return False  # "the previous U23 coach X takes over": the youth post is behind him
    youth_titled = title or _YOUTH_TITLE_AFTER.match(tagged, person_pos)
    if not youth_titled:
        return False
    # the charge's own clause ("…, and the club will look for a coach in the meantime" tells the search)
    own_clause = tagged[: _clause_end(match, tagged)]
    return bool(_GAMES_TAKEN.match(tagged, match.end()) or _FOR_NOW.search(own_clause))


def _clause_end(match: re.Match[str], tagged: str) -> int:
    """Where the clause of the match ends (`_NEXT_CLAUSE`), else the sentence's end."""
    end = _NEXT_CLAUSE.search(tagged, match.end())
    return end.start() if end else len(tagged)


# where the clause of a match ends: another clause joined on ("…, and the club …", "while …") or a stop
_NEXT_CLAUSE = re.compile(r"[,;]?\s+(?:and|while|but|whereas)\s+(?!«P)|[;.!?]", re.IGNORECASE)


def _with_rule_details(
    rule: Rule,
    match: re.Match[str],
    sent: TaggedSentence,
    fact: Fact,
    people: list[int],
    idx: int,
    person_pos: int,
    ctx: Context,
) -> list[Fact]:
    """A rule's fact with what its words tell besides (each tweak applies to the last fact so far)."""
    tagged = sent.tagged
    club = fact.club
    # "turned the job down twice": a second refusal, told before the tweaks below change the fact
    repeat = _second_refusal(rule, match, tagged, fact)
    out = [fact]
    if _aide_stepping_up(fact, tagged, person_pos) and not _aides_boss_elsewhere(fact, sent, person_pos, ctx):
        # "Assistant X will take charge": his aide's post too
        spell = copy.copy(fact)
        spell.role, spell.event, spell.date, spell.derived = "assistant_coach", "in_charge", None, True
        spell.no_date = True  # when his assistant's spell began is not told
        out.append(spell)
        if fact.role == "head_coach" and _leaves_aide_post(match, tagged, person_pos):
            left = copy.copy(fact)
            left.role, left.event, left.derived = "assistant_coach", "left", True
            out.append(left)
    _mark_rule_detail(rule, match, tagged, out[-1])
    earlier = _EARLIER_SPELL.search(tagged, match.end()) if rule.name == "in-his-spell" else None
    if earlier:  # "in his second spell at the club, … after a first stint from 2014 to 2019": two spells
        spell = copy.copy(out[-1])
        spell.trigger, spell.trigger_end, spell.repeat = earlier.start(), earlier.end(), True
        out.append(spell)
    if rule.name == "will-stay":
        _mark_stay(out[-1], sent, match, club)
    if rule.name == "follow-him":  # "Rodgers' assistants A and B follow him to Leicester"
        out[-1].followed = _followed_boss(match, sent, people, idx, person_pos)
        out[-1].leaves_with = bool(_LEAVES_WITH.search(match.group(0)))
        out[-1].came_from = bool(_CAME_FROM.search(match.group(0)))
    if repeat is not None:
        out.append(repeat)
    return out


# "A and B follow him", "his staff accompanies him": they leave his old club with him; "A joins him at C",
# "B returns with him", "C will join Y's staff" tell only where they arrive (an aide may join from anywhere)
_LEAVES_WITH = re.compile(r"\b(?:follow|accompan)", re.IGNORECASE)
_CAME_FROM = re.compile(r"\sfrom\s+(?:the\s+)?«C\d+»", re.IGNORECASE)


def _second_refusal(rule: Rule, match: re.Match[str], tagged: str, fact: Fact) -> Fact | None:
    """'turned the job down twice': the refusal again, as a fact of its own."""
    if rule.event != "offer_declined" or not _TWICE.search(tagged, match.end(), match.end() + 20):
        return None
    repeat = Fact(
        fact.coach,
        fact.club,
        fact.squad,
        fact.role,
        fact.event,
        fact.confidence,
        fact.sentence,
        match.start(),
    )
    repeat.repeat = True
    return repeat


def _mark_rule_detail(rule: Rule, match: re.Match[str], tagged: str, fact: Fact) -> None:
    """What a few rules' words tell of the post besides: its role, its length, an untold start."""
    if rule.name == "part-of-staff-along-with":  # "the staff" is the team in view's, told as such
        fact.squad_named = True
    if rule.name == "unit-coach" and match.group("gk"):
        fact.role = "goalkeeping_coach"  # "works with the goalkeepers"
    if rule.name == "player-coach" and re.match(r"\s+under\s+«P", tagged[match.end() :]):
        fact.role = "assistant_coach"  # "a player-coach under Cocu": on another man's staff
    if rule.name in _UNDATED_SPELL_RULES:  # how long / the sentence's date, not when it began
        fact.no_date = True
    fact.aide_told = rule.name in _AIDE_TOLD_RULES
    if rule.name in ("years-at", "tenure-ended-spell"):  # "after two years at C", "X's two-year spell at C
        fact.length = _spell_length(match.group(0))  # ended in May": that long before the exit
    if rule.name in ("promoted-from-assistant-spell", "promoted-aide-to-head-spell"):
        fact.derived = fact.no_date = True  # his spell as assistant began untold (not the promotion's day)


# a boss's spell told through his aide's post: the tense of the aide's verb ("had been") is not the boss's
_AIDE_TOLD_RULES = rule_names(
    "assistant-to",
    "head-of-aide-in-view",
    "club-aide-under-boss",
    "boss-staff-in-view",
    "second-head-of-aide-near",
)


def _mark_stay(fact: Fact, sent: TaggedSentence, match: re.Match[str], club: str | None) -> None:
    """'X will stay at C': no move, the club he stays at, and the clubs a speculation after it names."""
    spurned = _SPECULATION.search(sent.tagged, match.end())
    fact.stay_at, fact.club = club, None
    if spurned:
        fact.spurned = tuple(
            c
            for k in CLUB_TAG.findall(sent.tagged[spurned.end() :])
            if (c := sent.squad_of.get(int(k), (None,))[0]) and c != club
        )


# Rules telling how long a spell lasted or dated by the sentence, not when it began
_UNDATED_SPELL_RULES = rule_names(
    "years-at", "played-under", "tenure-ended-spell", "as-his-assistant", "boss-staff-in-view"
)


def _followed_boss(
    match: re.Match[str], sent: TaggedSentence, people: list[int], idx: int, person_pos: int
) -> str | None:
    """Whom the assistants of 'A and B follow him to C' follow: the man named after them, else the
    boss whose assistants they are ("Reid's assistants A and B follow him")."""
    tagged, mentions = sent.tagged, sent.mentions
    after = tagged[person_pos + len(f"«P{idx}»") :]
    # (past the other aides of a list: "A and fitness coach B follow him")
    listed = _OTHER_AIDES_LISTED.match(after)
    followed = re.match(r"[^«]*«P(\d+)»", after[listed.end() :] if listed else after)
    name = mentions[int(followed.group(1))].name if followed else None
    subjects = {mentions[k].name for k in people}
    boss = re.search(
        r"«P(\d+)»'s?\s+(?:[\w\-]+\s+){0,2}(?:assistants?|staff|coaches)\s+$", tagged[: match.start()]
    )
    if boss and (name is None or name in subjects):
        name = mentions[int(boss.group(1))].name
    if name is None or name in subjects:
        # "Y's assistant A and fitness coach B have followed him": the boss whose aides they are, named
        # before the list
        titled = _BOSS_OF_LISTED_AIDES.search(tagged[:person_pos])
        if titled and mentions[int(titled.group(1))].name not in subjects:
            name = mentions[int(titled.group(1))].name
    return name


# the other aides of a list after one: ", B and fitness coach C"
_OTHER_AIDES_LISTED = re.compile(r"(?:\s*(?:,\s+and|,|and)\s+(?:[\w\-]+\s+){0,3}?«P\d+»)+", re.IGNORECASE)

# "Y's Italian assistant A and fitness coach B": the boss of a list of aides, named before the list
_BOSS_OF_LISTED_AIDES = re.compile(
    r"«P(\d+)»['’]s?\s+(?:[\w\-]+\s+){0,2}?" + AIDE_NOUN + r"s?\s+"
    r"(?:«P\d+»(?:\s*(?:,\s+and|,|and)\s+(?:[\w\-]+\s+){0,3}?«P\d+»){0,4}\s*(?:,\s+and|,|and)\s+"
    r"(?:[\w\-]+\s+){0,3}?)?$",
    re.IGNORECASE,
)


def _with_match_extras(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, out: list[Fact]
) -> list[Fact]:
    """What the whole match adds to its facts: an offer behind a refusal, the other clubs of a
    coordinated rumour or spell, and 'both clubs had approached him'."""
    tagged = sent.tagged
    if (
        out
        and rule.name in ("turned-down", "gerund-declined", "apposition-rejected-approach")
        and (
            _OFFER_OBJECT.match(tagged, match.end())
            or re.search(r"\b(?:offer|approach|bid|proposal)s?\b", match.group(0))
            or _TURNED_CLUB_DOWN.search(match.group(0))
        )
    ):  # "rejected an approach": there was an offer to reject
        out[0].with_offer = True
    if out and rule.name == "approached-who-declined":  # "had probed X, who preferred to stay": approached
        out[0].with_offer = True
    for f in out:  # a bare parting ("part ways with X") and a departure told as mutual ("by mutual consent")
        f.parting = (f.event == "dismissed" and bool(_PARTING_WORDS.search(match.group(0)))) or (
            f.event == "left" and bool(_MUTUAL.search(tagged))
        )
    if out and rule.event in ("offer_declined", "offer", "linked") and out[0].club:
        out.extend(_coordinated_clubs(out[0], sent, match))
    if out and rule.event == "in_charge" and out[0].club:
        out.extend(_elliptic_spells(out[0], sent, match))
    if out and rule.event == "offer" and _BOTH_CLUBS.search(tagged, 0, match.end()):
        here = [sent.squad_of.get(int(k), (None,))[0] for k in CLUB_TAG.findall(tagged[: match.start()])]
        clubs = list(dict.fromkeys(c for c in here if c)) or list(dict.fromkeys(ctx.recent_clubs[-1:][0]))
        if len(clubs) >= 2:  # "Both clubs had approached him": each club named just before
            out = [copy.copy(out[0]) for _ in clubs]
            for f, club in zip(out, clubs, strict=True):
                f.club, f.squad = club, "first_team"
    return out


# "parted ways with X", "part company with X": the two sides parting, by whose wish the words may not say
_PARTING_WORDS = re.compile(r"\bpart(?:ed|s|ing)?\s+(?:ways|company)\b", re.IGNORECASE)


# "a season at Guardiola's side", "stood by his side": the idiom for beside him
_BESIDE = re.compile(r"\b(?:at|by)\s+$", re.IGNORECASE)
# "will join Tuchel's backroom staff", "his first training session", "his habitual work team": his staff
# and his sessions tell the post he holds, which the story's other facts about him there tell better
_STAFF_NOUN = re.compile(r"(?:staff|sessions?|tactics|work\s+team|" + STAFF_TEAM + r")$", re.IGNORECASE)


def _beside_him(tagged: str, match: re.Match[str]) -> bool:
    """Whether the match is "at X's side" with nothing between: beside him, not the team he coaches."""
    return bool(
        re.fullmatch(r"«P\d+»['’]?s?\s+side", match.group(0))
        and _BESIDE.search(tagged, max(0, match.start() - 6), match.start())
    )


def _handed_object(match: re.Match[str], mentions: list[Mention], people: list[int]) -> list[int]:
    """'C brought X in as Y's coach and handed him the job': 'him' is X, the club's earlier object."""
    if not mentions[people[0]].pronoun:
        return people
    objects = [
        int(k) for k in re.findall(r"«P(\d+)»(?!['’]s)", match.group(0)[: match.start("p") - match.start()])
    ]
    return objects[:1] or people


# A descriptor standing for a person ("the new manager", "the Italian"), not a name or "him"
_DESCRIBED_ONLY = re.compile(r"(?:the|this|that|their|its|his|her)\s", re.IGNORECASE)
# "under the Englishman", "under the 45-year-old": the man the story is about, by nationality or age
_NAMED_BY_ORIGIN = re.compile(r"the\s+(?:\d{2}-year-old|[A-ZÀ-Þ][a-zà-ÿ]+)$")


_CAREER_FEAT_RULES = rule_names(
    "guided-to", "qualified-for", "and-guided-to", "club-whom-led", "won-with", "fronted-won-with"
)


def _youth_staff_title(match: re.Match[str], mentions: list[Mention]) -> bool:
    """'worked as a U-19 coach at C': a youth post, not the club's first-team staff the list stands for."""
    idx = match.groupdict().get("staff_squad")
    return idx is not None and mentions[int(idx)].squad not in (None, "", "first_team")


# Rules whose words tell how a spell began ("joined C as a player-coach in January 2020", "became part
# of an interim team"): a date told with them is the spell's start.
_BEGINNING_RULES = rule_names("player-coach", "interim-team", "started-with-then-promoted")


# "…, Hayes, who left to take charge of …": the relative clause's own subject
# "… when «P» left to take charge of C": the clause's own subject, right before its verb
_CLAUSE_SUBJECT = re.compile(r"\b(?:when|after|as|once|before|and)\s+«P(\d+)»\s+(?:had\s+|has\s+|then\s+)?$")
_WHO_BEFORE = re.compile(r"«P(\d+)»\s*,?\s+who\s+(?:had\s+|has\s+|then\s+)?$")
_REPLACED_BEFORE = re.compile(
    r"\b(?:from|replac\w*|succeed\w*|successor\s+to)\s+«P\d+»\s*,\s*$", re.IGNORECASE
)
_ASSISTANT_BEFORE = re.compile(
    r"(?<![\w-])(?<!former\s)(?:assistant(?:\s+(?:coach|manager|head\s+coach))?|first[\s-]team\s+coach|deputy|"
    r"number\s+two|no\.?\s*2|right-hand\s+(?:man|woman))\s+$",
    re.IGNORECASE,
)
# "X, Y's long-time assistant, …", "X, his number two, …", "X, previously Y's assistant, …", "X, who normally
# works as her assistant, …": the aide's title in an apposition or a relative clause right after his name
_AIDE_APPOSED_AFTER = re.compile(
    r",\s+(?:who\s+(?:(?:had\s+)?(?:been|was|is|has\s+been)|(?:normally\s+|usually\s+)?(?:works|worked|served)\s+as)"
    r"\s+)?(?:(?:previously|formerly|until\s+now|until\s+then)\s+)?(?:«P\d+»['’]s?|his|her|the)\s+"
    r"(?:long-?time\s+|long-serving\s+|trusted\s+)?" + AIDE_NOUN + r"\s*,",
    re.IGNORECASE,
)
# "his assistant X", "Y's long-time number two X": another man's aide, named right after the title
_POSSESSED_AIDE_BEFORE = re.compile(
    r"(?:\b(?:his|her)|«P\d+»(?:['’]s?)?)\s+(?:long-?time\s+|long-serving\s+|trusted\s+)?"
    + AIDE_NOUN
    + r"\s+$",
    re.IGNORECASE,
)
# "Wellington assistant X", "the Matildas' assistant coach X": the aide's title is that club's
_CLUB_BEFORE_TITLE = re.compile(r"«[CS]\d+»['’]?s?\s+$")
# "His assistant X will leave to become head coach of C", "…, who has left to become manager of C": the aide
# moves on, his new post is elsewhere (not "… after Y left": another man's words)
_AIDE_LEAVING = re.compile(
    r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|quit(?:s|ting)?)\b", re.IGNORECASE
)


def _aide_stepping_up(fact: Fact, tagged: str, person_pos: int) -> bool:
    """'Assistant coach X will take charge', 'X, Y's long-time assistant, has been interim coach since then',
    'promoted his assistant X to head coach': a man titled as the team's aide (right before his name or in
    an apposition after it) stands in or steps up there, so he held the aide's post at that team (not 'C
    assistant X', whose title is another club's, nor an aide leaving to head another team); made head coach,
    he leaves that post (a stand-in keeps it)."""
    if fact.event not in ("appointed", "in_charge") or fact.role not in ("caretaker", "head_coach"):
        return False
    if fact.role == "head_coach" and fact.event != "appointed":
        return False
    title = _ASSISTANT_BEFORE.search(tagged, max(0, person_pos - 32), person_pos)
    if title and fact.role == "head_coach" and _CLUB_BEFORE_TITLE.search(tagged, 0, title.start()):
        return False
    if not (title or _AIDE_APPOSED_AFTER.match(tagged, tagged.find("»", person_pos) + 1)):
        return False
    return fact.role == "caretaker" or not _AIDE_LEAVING.search(
        tagged, person_pos, _next_man(tagged, person_pos)
    )


def _aides_boss_elsewhere(fact: Fact, sent: TaggedSentence, person_pos: int, ctx: Context) -> bool:
    """'C have appointed X, Y's long-time number two, as head coach': Y's aide held his post where Y coaches,
    which is this club only if the story ties Y to it (Y left, was sacked or held a post here, or is named
    again); a boss named only in the aide's title coaches elsewhere."""
    tagged = sent.tagged
    before = _POSSESSED_AIDE_BEFORE.search(tagged, max(0, person_pos - 40), person_pos)
    after = _AIDE_APPOSED_AFTER.match(tagged, tagged.find("»", person_pos) + 1)
    boss = _POSSESSOR.search((before or after).group(0)) if (before or after) else None
    if boss is None or fact.club is None:
        return False  # "his assistant X", "assistant X": the team's own aide
    return not _boss_tied_to(sent.mentions[int(boss.group(1))].name, fact.club, ctx)


def _bosss_aide_titled(tagged: str, person_pos: int) -> bool:
    """'his assistant X', 'Y's long-time number two X', 'X, previously Y's assistant,': titled as another
    man's aide (so the man he replaces is that boss), not a bare 'assistant X'."""
    return bool(
        _POSSESSED_AIDE_BEFORE.search(tagged, max(0, person_pos - 40), person_pos)
        or _AIDE_APPOSED_AFTER.match(tagged, tagged.find("»", person_pos) + 1)
    )


def _leaves_aide_post(match: re.Match[str], tagged: str, person_pos: int) -> bool:
    """'promoted assistant X to head coach', 'his assistant X takes over as head coach': the words make the
    aide head coach for good, so he leaves the aide's post; not 'took charge of the game' (a stand-in's words,
    whatever the role read) nor a stand-in made permanent ('was given the job on a permanent deal': he left
    that post when he stepped in)."""
    return _head_post_told(match, tagged, person_pos) and not _MADE_PERMANENT.search(tagged)


def _next_man(tagged: str, person_pos: int) -> int:
    """Where the next man is named after the one at `person_pos` (his words end there), else the end."""
    at = tagged.find("«P", person_pos + 2)
    return len(tagged) if at < 0 else at


# what a coach turns down that was put to him: "an offer", "Bayern's approach", "the invitation"
_OFFER_OBJECT = re.compile(
    r"\s+(?:an?|the|their|its|his|her|«C\d+»['’]s?)\s+(?:[\w\-]+\s+){0,2}?(?:offer|approach|bid|proposal|"
    r"invitation)\b",
    re.IGNORECASE,
)
# "X turned Bayern down", "after turning down Chelsea": the club he turned down had come to him
_TURNED_CLUB_DOWN = re.compile(
    r"\bturn(?:ed|s|ing)?\s+«C\d+»\s+down\b|\b(?:turning\s+down|rejecting|snubbing|rebuffing)\s+(?:the\s+)?«C\d+»",
    re.IGNORECASE,
)
_OWNER = re.compile(
    r"«C(\d+)»['’]s?\s+(?:\w+\s+)?(?:shortlist|target|choice|priority|favourite|candidate|radar)"
)
_AND_CLUB = re.compile(r"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)(?:the\s+)?«C(\d+)»")


def _coordinated_clubs(f: Fact, sent: TaggedSentence, match: re.Match[str]) -> list[Fact]:
    """'turned down Chelsea and Manchester United': the same fact for each club listed."""
    tagged, squad_of = sent.tagged, sent.squad_of
    tag = next(
        (
            m
            for m in TAG.finditer(tagged, match.start())
            if m.group(1) == "C" and squad_of.get(int(m.group(2)), (None,))[0] == f.club
        ),
        None,
    )
    if tag is None or tag.start() > match.end() + 40:
        return []
    out, pos = [], tag.end()
    while m := _AND_CLUB.match(tagged, pos):
        club, squad = squad_of.get(int(m.group(1)), (None, "first_team"))
        if club and club != f.club:
            g = copy.copy(f)
            g.club, g.squad = club, squad
            out.append(g)
        pos = m.end()
    return out


# "in charge of Leeds between 2018 and 2022, and of Athletic Club from 2011 to 2013": the verb understood;
# "former coach of the Uruguay national team, of Inter Miami, of Monterrey and of Pachuca": the preposition
# repeated for each club of a list
_ELLIPTIC_SPELL = re.compile(
    r"(?:\s+«S\d+»)?(?:\s+(?:between|from|in|since|until)\s+[^,;.«]{1,30})?(?:,?\s+and\s+(?:also\s+|later\s+|earlier\s+)?"
    r"(?:of|at|with)|\s*,\s+of)\s+(?:the\s+)?«C(\d+)»"
)


def _elliptic_spells(f: Fact, sent: TaggedSentence, match: re.Match[str]) -> list[Fact]:
    """A further spell told by ', and of C …' after the club of the fact; its own dates follow it."""
    tagged, squad_of = sent.tagged, sent.squad_of
    tag = next((m for m in TAG.finditer(tagged, match.start(), match.end() + 40) if m.group(1) == "C"), None)
    if tag is None or squad_of.get(int(tag.group(2)), (None,))[0] != f.club:
        return []
    out, pos = [], tag.end()
    while m := _ELLIPTIC_SPELL.match(tagged, pos) or _LIST_AFTER_ASIDE.match(tagged, pos):
        club, squad = squad_of.get(int(m.group(1)), (None, "first_team"))
        if club and club != f.club:
            g = copy.copy(f)
            g.club, g.squad, g.trigger, g.trigger_end = club, squad, m.start(1) - 2, m.end()
            out.append(g)
        pos = m.end()
    return out


# "was coach of Red Star, where he won three titles, and of Sampdoria", "was head coach of AmaZulu, who
# sacked him in 2022, and Cape Town City", "in charge of Chelsea, reaching the final, and also of Portsmouth":
# a spell's list goes on after an aside about its last club (not when that club starts a clause: "and C won")
_LIST_AFTER_ASIDE = re.compile(
    r"\s*,\s+(?:who|whom|which|where|with\s+whom|reaching|winning|taking|leading|guiding)\b"
    r"(?:[^«.;:!?,]|«[CSP]\d+»){1,100},\s+(?:and|as\s+well\s+as)\s+(?:also\s+|later\s+|then\s+|earlier\s+)?"
    r"(?:(?:of|at|with)\s+)?(?:the\s+)?«C(\d+)»(?!['’])"
    # (a lowercase word after the club other than a list's own starts the club's clause: "and C sacked him")
    r"(?!\s+(?!(?:in|and|or|from|between|until|before|after|where|for|at|of|with|during|when|whom)\b)(?-i:[a-z]))",
    re.IGNORECASE,
)


_BOTH_CLUBS = re.compile(r"\b(?:both|the\s+two|each\s+of\s+the)\s+(?:clubs|sides|teams)\b", re.IGNORECASE)
_SPECULATION = re.compile(
    r"\b(?:speculation|rumou?rs|talk|links|reports|suggestions)\b|\brather\s+than\b|\binstead\s+of\b",
    re.IGNORECASE,
)
_REPLACING = re.compile(
    r"\b(?:replace|replacing|succeed|succeeding|successor\s+to|take\s+over\s+from)\s+"
    r"(?:the\s+)?(?:(?:outgoing|departing|sacked|departed|former)\s+)?«P(\d+)»(?!'s?\s+«C)"
    r"|«P(\d+)»'s?\s+(?:\w+\s+)?(?:successor|replacement)\b",
    re.IGNORECASE,
)
_AS_CANDIDATES = re.compile(
    r"(?:[^.;:!?]){0,200}?\bas\s+(?:an?\s+|one\s+of\s+the\s+)?"
    r"(?:(?:possible|potential|likely|leading|early|the|main|other|top)\s+)*"
    r"(?:candidates?|contenders?|options?|favourites?|replacements|successors|front-?runners?)\b"
)
# The squad of the post told right after an appointment's words: "… as head coach of (the club's)
# women's team", "as their women's team manager", "to lead the second team", "as coach of Valencia
# Mestalla", "as Castilla coach": a squad tag (s) or a club tag naming a squad (c)
_POST_OWNER = (
    # ("coach of the South Korean under-20 men's team": a demonym the country's tag is not)
    r"(?:the\s+(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?=«)|the\s+|their\s+|its\s+|his\s+|her\s+|"
    r"the\s+(?:[A-Z][\w-]*\s+|«C\d+»\s+)?club['’]s\s+)?(?:new\s+)?"
)
# a backroom title reads its squad as a head coach's does ("as Under-21 assistant manager")
_POST_TITLE = (
    r"(?:head\s+|chief\s+|new\s+|assistant\s+|goalkeeping\s+|goalkeeper\s+|fitness\s+)?"
    r"(?:coach|manager|boss|trainer)\b"
)
_POST_SQUAD = re.compile(
    # ("as selector of the French women's team", "technical director of the Sub 20": translated titles)
    # (not past "after"/"before": "assistant to Y after three years in charge of the U21s" is another spell)
    r"(?:(?:(?!\b(?:after|before)\s)[^«.;:!?]|«C\d+»(?:'s?)?){0,45}?\b(?:coach|manager|boss|charge|job|role|post|reins|"
    r"helm|selector|"
    r"technical\s+director))?"
    r"\s+(?:of|at|for|with)\s+"
    + _POST_OWNER
    + r"(?:(?:«C\d+»(?:'s?)?\s+)?«S(?P<s>\d+)»|«C(?P<c>\d+)»(?!['’]|\s+club\b))"
    + r"|\s+as\s+"
    + _POST_OWNER
    # ("as Derby County Under-21 head coach": the club's own squad in the title)
    + r"(?:(?:«C\d+»(?:['’]s)?\s+)?«S(?P<s2>\d+)»|«C(?P<c2>\d+)»)\s+"
    + _POST_TITLE
    + r"|\s+to\s+(?:lead|coach|manage|run|take\s+charge\s+of|take\s+over)\s+"
    + _POST_OWNER
    + r"«S(?P<s3>\d+)»"
    + r"|(?<=\bclub)['’]s\s+«S(?P<s4>\d+)»"  # a match ending "will coach the club": "…'s Under-19 team"
)

_EARLIER_SPELL = re.compile(
    r"\b(?:a|his|her|the)\s+(?:first|previous|earlier|initial)\s+(?:spell|stint)\b[^«.;]{0,30}?"
    r"(?:from|between|in)\s+(?:19|20)\d\d",
    re.IGNORECASE,
)


# a staff title before a name ("physical trainer X"), and the company it may be listed in
_TITLE_RULES = rule_names("fitness-title-person", "aide-title-person")
# "he will be assisted by A, …, and by Austrian fitness coach B": a titled name in the new man's list of aides
# (not "supported by first-team coach A and goalkeeping coach B": a list opening on a squad's title is not
# assisted-by's, which reads untitled or aide-titled lists; each titled man there is read on his own)
_AIDES_LISTED = re.compile(
    r"\bbe\s+(?:assisted|supported|helped|flanked|accompanied|seconded)\s+(?:[^.;:«]|«[CSP]\d+»)*?\bby\b"
    r"(?!\s+(?:the\s+)?«S\d+»\s+coach\b)[^.;:]*"
    r"(?:,|\band)\s+(?:by\s+)?(?:the\s+)?(?:[A-Z][\w\-]*\s+)?$"
    # ("His assistants will be A and the local coach B": one clause, no comma before the title)
    r"|\b[Aa]ssistants\s+(?:[^.;:«,]|«[CSP]\d+»){0,40}?\bwill\s+be\s+(?:[^.;:,«]|«P\d+»)*\band\s+the\s+"
    r"(?:[A-Z][\w\-]*\s+|[a-z][\w\-]*\s+)?$"
)
_IN_COMPANY = re.compile(
    r"\b(?:together\s+with|along\s+with|accompanied\s+by|alongside|as\s+well\s+as)\b[^.;:]*$", re.IGNORECASE
)


# Rules whose pattern holds its own negation ("X will not continue"): the negation is the fact.
_NEGATED = rule_names(
    "will-not-continue",
    "no-longer-coach",
    "not-renew-contract",
    "not-retained",  # "X was not renewed", "X would not be retained"
    "club-did-not-renew-him",  # "C did not renew X", "will not bring back X"
    "not-part-of-staff",  # "X will not be part of the new staff"
    "contract-not-renewed",
    "club-not-renewing",
    "contract-expired",
    "contract-of-expired",
    "will-not-return-as",  # "X will not return as head coach"
    "titled-will-not-return",
    "club-refused-to-release",  # "C refused to let X go": the refusal keeps him in his post
    "club-refused-to-release-their-coach",
)


_HEDGE_BEFORE_PERSON = rule_names("club-agreed-deal", "agreed-terms-to-become")

# "X will be the new coach of C, according to several media", "reports in Spain claim …": what the
# press says is a rumour, not an appointment ("according to the club" is no rumour)
_MEDIA_SAY = re.compile(
    r"\baccording\s+to\s+(?:(?:several|multiple|various|local|national|some|the|[A-Z][a-z]+)\s+){0,2}"
    r"(?:media|medias|press|reports?|sources?|newspapers?|outlets?)\b"
    r"|\b(?:[Rr]eports?|[Ss]ources|[Mm]edia(?:\s+outlets)?|[Oo]utlets)\s+(?:in\s+(?:the\s+)?(?:[A-Z]\w+|«C\d+»)\s+)?"
    r"(?:say|says|said|reported|claim\w*|suggest\w*|indicate\w*|point\w*)\b"
)


# "C had considered Y in the summer, when X left for D": the hedge of the main clause is not the when-clause's
_WHEN_CLAUSE = re.compile(r",\s+when\s+")


def _after_when_clause(window: str, start: int) -> str:
    """The hedge window from the last ', when ' opening before the match start (all of it if none)."""
    opens = [m.end() for m in _WHEN_CLAUSE.finditer(window, 0, start)]
    return window[opens[-1] :] if opens else window


# "C, the expansion side set to join the league next year, named X", "X, the favourite for the post, has been
# appointed": a hedge inside an aside closed before the verb tells of the club or the man, not of the move
# (… or a participle's: "X stepped down, hoping to coach the national team, but the federation named Y")
_CLOSED_ASIDE = re.compile(
    r",\s+(?:the|a|an|who|which|whose|where|[a-z]+ing)\s[^,;.]{0,80},(?=\s)", re.IGNORECASE
)


# "C announced / confirmed (on Tuesday) that X would take over": the future of reported speech, the club's
# own word, not a hedge
_ANNOUNCED_THAT = re.compile(r"\b(?:announced|confirmed)\b[^.;«]{0,40}?\bthat\s", re.IGNORECASE)
_WOULD = re.compile(r"\b[Ww]ould\b")
# "… would take over if the deal is signed": a condition still to be met
_IF_AFTER = re.compile(r"[^.;]{0,60}?\b(?:if|unless|provided)\b", re.IGNORECASE)


# "The federation said X's staff would include A as assistant": who tells the news, in reported speech
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|revealed)\s+(?:that\s+)?$", re.IGNORECASE)


def _staff_said_to_include(rule: Rule, match: re.Match[str], tagged: str) -> bool:
    """A new man's staff list told in reported speech ('C said X's staff would include A and B'): the
    'would' is the speech's tense, not a hedge."""
    return rule.name == "new-staff-includes" and bool(
        _SAID_BEFORE.search(tagged, max(0, match.start() - 30), match.start())
    )


def _blank_aside(aside: re.Match[str]) -> str:
    return "," + " " * (len(aside.group()) - 2) + ","


# "C assigned / tasked / entrusted X to lead the team": the club's decision told, no headline future
_ASSIGNED_TO_LEAD = re.compile(
    r"\b(?:assign|appoint|task|entrust|designat|charg)(?:ed|s)\s+(?:[^«.;,]|«[CS]\d+»){0,40}?«P\d+»\s+"
    r"(?:with\s+(?:the\s+)?(?:task|mission|job)\s+of\s+)?(?=to\s+(?:lead|direct|coach|manage|take\s+charge)\b)"
    # "C have promoted his assistant X to replace him", "named X to succeed Y", "the board chose X to succeed
    # Y": the club's act, done
    r"|\b(?:(?:promot|appoint|nam|hir|install)(?:ed|es|s)|chose|chosen|picked|selected)\s+(?:[^«.;,]|«[CS]\d+»|«P\d+»['’]s\s){0,40}?«P\d+»\s+"
    r"(?=to\s+(?:replace|succeed)\b)"
    # "Everton have turned to X to replace Y": the club's choice, made
    r"|\b(?:turned|turn|turns)\s+to\s+(?:[^«.;,]|«[CS]\d+»){0,40}?«P\d+»\s+(?=to\s+(?:replace|succeed)\b)",
    re.IGNORECASE,
)


# a title telling the post is just taken: "New Toulouse boss X", "C's new head coach X"
_NEW_TITLE = re.compile(r"(?i:\bnew\b)(?!\s+(?:signing|recruit|arrival|contract|deal)\b)")


# "tried to hire X", "failed in their attempt to appoint X": a club's approach told by its try
_TRIED_TO = re.compile(
    r"\b(?:(?:tried|tries|trying|attempted|attempts|attempting|sought|seeks|seeking|failed|fails)\s+"
    r"(?:\w+ly\s+)?to|(?:attempt|attempts|bid|effort|efforts)\s+to)\s+$",
    re.IGNORECASE,
)

# "turned down the federation's offer to become head coach of C": the post was offered, not taken (unless
# the offer was accepted)
_OFFER_BEFORE = re.compile(r"\b(?:offer|approach|invitation|proposal)s?\s+$", re.IGNORECASE)
_ACCEPTED = re.compile(r"\baccept(?:s|ed|ing)?\b(?:[^.;«]|«C\d+»)*$", re.IGNORECASE)


def _offered_post(match: re.Match[str], tagged: str) -> bool:
    before = tagged[max(0, match.start() - 60) : match.start()]
    return bool(_OFFER_BEFORE.search(before)) and not _ACCEPTED.search(before)


def _event_for(rule: Rule, n: int, match: re.Match[str], tagged: str) -> tuple[str | None, bool]:
    """The event for the n-th person of a match ('A replaces B': B left), and if hedged."""
    event = rule.event
    hedged = False
    if event == "appointed":
        # "agreed a deal with X to become their coach": "X to become" is no headline future there
        upto = match.start("p") if rule.name in _HEDGE_BEFORE_PERSON else match.end()
        told = _CLOSED_ASIDE.sub(_blank_aside, tagged[:upto])  # same length: the offsets hold
        window = _after_when_clause(
            told[max(0, match.start() - 60) : upto], match.start() - max(0, match.start() - 60)
        )
        window = _ASSIGNED_TO_LEAD.sub("", window)
        if (
            _ANNOUNCED_THAT.search(tagged, 0, match.start()) or _staff_said_to_include(rule, match, tagged)
        ) and not _IF_AFTER.match(tagged, match.end()):
            window = _WOULD.sub("", window)
        hedged = bool(HEDGE.search(window) or _MEDIA_SAY.search(tagged))
        if _TRIED_TO.search(tagged, max(0, match.start() - 40), match.start()):
            return "offer", False  # "Al-Nassr tried to hire X": an approach, not a hiring
        if _offered_post(match, tagged):
            return "offer", False
    if (
        rule.name
        in (
            "replaces",
            "replaced-by",
            "arrived-to-replace",
            "arrived-replacing",
            "arrived-in-place-of",
            "spell-after-replacing",
        )
        and n == 1
    ):
        return ("in_charge", True) if hedged else ("left", False)
    if rule.name == "replaced-by" and n == 0:
        event = "appointed"
    if hedged:
        return "linked", False
    if rule.name == "club-possessive-person" and fired_coach(tagged, match):
        return "dismissed", False
    if rule.name in ("club-role-person", "role-person") and _NEW_TITLE.search(
        tagged[max(0, match.start() - 12) : match.start("p")]
    ):
        return "appointed", False  # "new Toulouse boss X", "C's new manager X": his post just taken
    return event, False


# ("assistant to Y at C before succeeding him as head coach": the post he took, not the one before)
_GAMES_TAKEN = re.compile(_FOR_GAMES, re.IGNORECASE)
# "U23 coach X", "Academy manager X", "the club's under-21s boss X": his youth post, named before him
_YOUTH_TITLE_BEFORE = re.compile(
    r"(?:«S\d+»|\b(?:academy|youth|reserve|development))\s+(?:head\s+)?(?:coach|manager|boss|director)\s+$"
    # "the coach of the U20s, X,": the title set before his name
    r"|\b(?:coach|manager|trainer|boss)\s+of\s+the\s+«S\d+»,\s+$",
    re.IGNORECASE,
)
# "X, the coach of the U20s,", "X, coach of the club's Under-19 side,": his youth post told right after
# his name
_YOUTH_TITLE_AFTER = re.compile(
    r"«P\d+»,\s+(?:the\s+)?(?:head\s+)?(?:coach|manager|trainer|boss)\s+of\s+(?:the\s+|«C\d+»['’]s?\s+)«S\d+»"
)
_PREVIOUS_BEFORE = re.compile(r"\b(?:previous|former|ex-?)\s*$", re.IGNORECASE)
# the rules that tell a man taking charge of the team ("will take charge", "will lead the first team")
_TAKES_CHARGE_RULES = rule_names("takes-over", "will-direct", "will-coach")
# a charge told as lasting a while only: "in the meantime", "until a permanent replacement is found",
# "take charge of training today" (not "until the end of the season": a step up as often as a stand-in)
_FOR_NOW = re.compile(
    r"\b(?:in\s+the\s+(?:meantime|interim)|for\s+the\s+time\s+being|for\s+now|charge\s+of\s+training|"
    + UNTIL_POST_FILLED
    + r")\b",
    re.IGNORECASE,
)
_ROLE_FROM_TRIGGER = rule_names("club-handed-him-job", "before-succeeding-him")
# where the words after a match stop telling its role: another man, another clause (", ending the interim");
# not the boss in "named X as Y's assistant", "as his number two": X's post told through him
_ROLE_WINDOW_END = re.compile(
    r"(?<!\bas\s)«P\d+»|«P\d+»(?!['’])|,\s+(?:and|but|while|though|although|whereas|after|before|with|ending|ended|putting\s+an\s+end)\b|;",
    re.IGNORECASE,
)


# "appointed X, who played under him at C, as his assistant": the aside about X is skipped for his new post
_WHO_ASIDE = re.compile(r",\s+who\s+[^,;.]{1,80},(?=\s+as\b)")


def _ends_on_second_person(match: re.Match[str]) -> bool:
    """'X arrived … to succeed Y, who had led the team in interim': the words after the match are Y's."""
    ends_on_p2 = (
        "p2" in match.re.groupindex and match.group("p2") is not None and match.end("p2") + 1 == match.end()
    )
    return ends_on_p2 and match.string.startswith(", who", match.end())


# a head coach's title told in a match's own words; a staff title after it is another man's
_HEAD_TITLE = re.compile(r"\b(?:head\s+coach|manager|boss)\b", re.IGNORECASE)
_STAFF_ROLES = frozenset({"assistant_coach", "goalkeeping_coach", "fitness_coach"})


def _role(rule: Rule, match: re.Match[str], tagged: str, event: str) -> str:
    # "C brought X in as Y's assistant and (t:)handed him the top job": the words of the trigger's clause
    told = (
        match.group(0)[trigger_at(match) - match.start() :]
        if rule.name in _ROLE_FROM_TRIGGER
        else match.group(0)
    )
    told = _without_replaced_man(match, told)
    text = _FORMER_APPOSITION.sub("", told)  # "X, a former Wales assistant, was named head coach"
    text = _AIDE_CLAUSE.sub("", text)  # "X, who had been Wagner's assistant at Norwich, took over"
    own = text
    if event != "in_charge" and not _ends_on_second_person(match):
        aside = _WHO_ASIDE.match(tagged, match.end())  # "appointed X, who played under him at C, as …"
        start = aside.end() if aside else match.end()
        after = tagged[start : min(len(tagged), start + 45)]
        cut = _ROLE_WINDOW_END.search(after)  # "sacked X on Sunday, and Y was named caretaker": Y's role
        text = text + (after[: cut.start()] if cut else after)
    text = _INTERIM_TAG_DROPPED.sub("", text)  # "named X head coach, removing the interim tag": now permanent
    if event == "appointed" and _MADE_PERMANENT.search(text):
        # "X, the caretaker, has been appointed on a permanent basis": the aside is his title till now
        text = _NAME_AND_ASIDE.sub(lambda m: m.group(1), text, count=1)
    for regex, role in ROLE_WORDS:
        if regex.search(text):
            if role in _STAFF_ROLES and not regex.search(own) and _HEAD_TITLE.search(own):
                return "head_coach"  # "appointed C head coach and brings his assistant Z": Z's title
            return role
    if event == "appointed" and _UNTIL_SUCCESSOR.search(tagged, 0, match.start()):
        return "caretaker"
    return "head_coach"


# the post an appointment gives him, told as the first team's plain "coach": "promoted to first-team coach",
# "appointed the club's first-team coach" (not "new first-team coach": translated, the head coach's post)
_SQUAD_COACH_AFTER = re.compile(
    r"\b(?:as|to|named|appointed|become|becomes|became)\s+(?:the\s+club['’]s\s+|their\s+|its\s+|a\s+|the\s+)?"
    r"«S(\d+)»\s+coach\b(?!ing)",
    re.IGNORECASE,
)
_FIRST_TEAM_WORDS = re.compile(r"first[- ]team", re.IGNORECASE)


def _first_team_coach_title(sent: TaggedSentence, person_pos: int, end: int) -> bool:
    """The words after his name make him a 'first-team coach' (an aide in English usage)."""
    told = _SQUAD_COACH_AFTER.search(sent.tagged, person_pos, min(len(sent.tagged), end + 40))
    if told is None or int(told.group(1)) >= len(sent.mentions):
        return False
    return bool(_FIRST_TEAM_WORDS.fullmatch(sent.mentions[int(told.group(1))].text.strip()))


# "removing the interim tag", "dropped the caretaker label": a stand-in made permanent
_INTERIM_TAG_DROPPED = compile_quick(
    r"\b(?:remov|dropp|shedd|los|strip|lift)(?:ing|ed|es|s|e)?\s+(?:the|his|her|its)\s+"
    r"(?:interim|caretaker|temporary|acting)\s+(?:tag|label|title|status)\b"
    # "X has had the interim tag removed": the same, told passively
    r"|\b(?:had|has|have|saw|sees|gets|got)\s+(?:the|his|her)\s+(?:interim|caretaker|temporary|acting)\s+"
    r"(?:tag|label|title)\s+(?:removed|dropped|lifted|stripped)\b",
    re.IGNORECASE,
)


# the verb of a succession, before the man replaced: "replaces", "to succeed", "in place of"
_REPLACE_VERB = re.compile(r"\b(?:replac|succeed|reliev|in\s+(?:the\s+)?place\s+of\b)", re.IGNORECASE)


def _without_replaced_man(match: re.Match[str], told: str) -> str:
    """'Riemer replaces interim coach Knudsen': the words from the verb on call the man replaced, not him."""
    if "p2" not in match.re.groupindex or match.group("p2") is None or match.start("p2") < match.start("p"):
        return told
    verbs = list(_REPLACE_VERB.finditer(told, 0, match.start("p2") - match.start()))
    return told[: verbs[-1].start()] if verbs else told


# "Until a new head coach is appointed, X will take charge": a stand-in, told before the man
_UNTIL_SUCCESSOR = re.compile(r"\b" + UNTIL_POST_FILLED + r"\b", re.IGNORECASE)


# a departure's own reason right after its words, in the same clause and naming no other man: "leaves at
# his own request", "left by his own request", "left the club in June for personal reasons", "left C in
# November, citing personal reasons", "of her own accord" (not "for family reasons": the training sets'
# readers call that a departure, twice out of two)
_OWN_CHOICE_AFTER = re.compile(
    r"(?:[^.;:«]|«[CS]\d+»){0,50}?\b(?:(?:at|on|by)\s+(?:his|her|«P\d+»['’]s)\s+own\s+(?:request|initiative|wish)|"
    r"of\s+(?:his|her|«P\d+»['’]s)\s+own\s+(?:accord|volition)|(?:for|citing)\s+personal\s+reasons)\b",
    re.IGNORECASE,
)
# ("the consensual dissolution of the contract", "parted amicably": the same, translated or in other words)
_MUTUAL = re.compile(
    r"\bmutual(?:ly)?\s+(?:consent|agreement|agreed)|\bby\s+mutual\b|\bconsensual(?:ly)?\b|\bamicabl[ey]\b",
    re.IGNORECASE,
)


# "X, who was promoted last week": a promotion that names no squad is to the senior side
_PROMOTED_WORD = re.compile(r"\bpromoted\b", re.IGNORECASE)
_PROMOTED = re.compile(r"\bpromoted\b(?![^.;:«]{0,40}«S)", re.IGNORECASE)


def _promoted_to_no_squad(tagged: str, match: re.Match[str]) -> bool:
    """The appointment is a promotion and no squad is named in it or just after ('promoted to the U21s')."""
    found = _PROMOTED_WORD.search(match.group(0))
    if found is None or "«S" in match.group(0):
        return False
    return bool(_PROMOTED.match(tagged, match.start() + found.start()))


# "B-team coach X", "the under-20 trainer X", "the coach of the reserves X": his title names the squad
_SQUAD_COACH_BEFORE = re.compile(
    r"(?:«S(\d+)»\s+(?:team\s+)?(?:head\s+|lead\s+)?(?:coach|manager|boss|trainer)|"
    r"\b(?:coach|manager|boss|trainer)\s+of\s+(?:the\s+)?«S(\d+)»),?\s+$",
    re.IGNORECASE,
)
_SQUAD_BEFORE = re.compile(r"«S(\d+)»\s+$")
_SQUAD_CLUB_COACH_BEFORE = re.compile(r"«C(\d+)»\s+(?:head\s+)?(?:coach|manager|boss),?\s+$")


def _squad_before_person(sent: TaggedSentence, person_pos: int, club: str | None = None) -> str | None:
    """'sacked B-team coach Eusebio', 'parts company with women's national coach X', 'U-18 manager X renewed
    his contract' (the role word is part of the squad phrase): the squad of the post he held."""
    before = sent.tagged[max(0, person_pos - 40) : person_pos]
    m = _SQUAD_COACH_BEFORE.search(before)
    titled = sent.squad_of[int(m.group(1) or m.group(2))] if m else None
    if titled and not _other_national_side(titled, club):
        return titled[1]
    m = _SQUAD_BEFORE.search(before)
    post = sent.squad_of[int(m.group(1))] if m else None
    if post and post[1].startswith("national") and not _other_national_side(post, club):
        return post[1]
    m = _SQUAD_CLUB_COACH_BEFORE.search(before)  # "sacked Flying Eagles coach X", "Jong Ajax coach X"
    named_club, squad = (
        sent.squad_of.get(int(m.group(1)), (None, "first_team")) if m else (None, "first_team")
    )
    return squad if named_club == club and squad not in ("first_team", "national") else None


# "X took over the A team in April after Y was dismissed", "was promoted from C after the dismissal of Y":
# the sacking told as the time of another man's move, its man named at the end of the clause
_SACKING_AFTER = re.compile(r"\b(?:after|following)\s+(?:[\w\-]+\s+){0,4}$", re.IGNORECASE)
# the move that clause is the time of: the post taken, named right after its verb, or a promotion from a side
_POST_TAKEN = re.compile(
    r"\b(?:took|take|takes|taking)\s+(?:over|(?:interim\s+|temporary\s+)?charge\s+of)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?«S(\d+)»|\bpromoted\s+from\s+(?:the\s+)?«[CS]\d+»",
    re.IGNORECASE,
)


def _post_taken_after_sacking(
    sent: TaggedSentence, person_pos: int, club: str | None, ctx: Context
) -> str | None:
    """'The Norwegian took over the A team in April after Y was dismissed', 'X was promoted from the B team
    after the dismissal of Y': the sacked man held the post the move of the main clause took (the side
    named after its verb; the club's senior side when the move is a promotion from one of its others), not
    the squad the story is about, nor the side the promoted man left."""
    after = _SACKING_AFTER.search(sent.tagged, max(0, person_pos - 50), person_pos)
    if after is None:
        return None
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sent.tagged, 0, after.start())), default=0)
    taken = list(_POST_TAKEN.finditer(sent.tagged, start, after.start()))
    if not taken:
        return None
    if taken[-1].group(1) is None:  # promoted from another side: to the senior one
        return squad_at("first_team", club, ctx)
    owner, squad = sent.squad_of.get(int(taken[-1].group(1)), (None, ""))
    return squad_at(squad, club, ctx) if squad and owner in (None, club) else None


def _other_national_side(post: tuple[str | None, str], club: str | None) -> bool:
    """The squad titled before the man is a national side other than the fact's club ('Former Spain
    under-21 coach X resigned as coach of C': his title is no post at C)."""
    side, squad = post
    return squad.startswith("national") and side is not None and club is not None and side != club


# ("X, Klopp's long-time assistant at Liverpool, was appointed head coach": the apposition alone too)
_AIDE_CLAUSE = re.compile(
    r",\s+(?:who\s+(?:had\s+been|has\s+been|was)\s+)?«P\d+»'s?\s+[^,]{0,60},", re.IGNORECASE
)
_ANOTHER_MANS_AIDE = re.compile(
    r"who\s+(?:had\s+been|has\s+been|was)\s+«P\d+»'s?\s+(?:[\w\-]+\s+)?(?:assistant|number\s+two)",
    re.IGNORECASE,
)


_NEXT_LIST_ITEM = re.compile(r"«P\d+»(?!['’])")
_APPOSITION_AFTER = re.compile(r"«P\d+»,\s*([^,.;]{0,50})")
_APPOSITION_BEFORE = re.compile(r"([^«».,;]{0,30})$")
# a time word between a title and the name: "interim coach since X joined D" is the stand-in's title, not X's
_TIME_WORD = re.compile(r"^.*\b(?:since|after|when|until|following|before|while)\s", re.IGNORECASE)
_A_FORMER = re.compile(r"(?:a|an|the)\s+(?:former|ex-?)\b", re.IGNORECASE)


def _title_end(match: re.Match[str], tagged: str, person_pos: int) -> int:
    """Where the title before a man ends: his name, or the comma before it when he is named in
    apposition ("His fitness coach, X, follows him")."""
    if "apposed" in match.re.groupindex and match.group("apposed") is not None:
        return tagged.rfind(",", 0, person_pos)
    return person_pos


def _apposition_role(tagged: str, person_pos: int) -> str:
    """'Voro, Valencia's serial caretaker manager', 'Goalkeeping coach X' → that role."""
    after = _APPOSITION_AFTER.match(tagged[person_pos:])
    if after and _NEXT_LIST_ITEM.search(after.group(1)):
        after = None  # "A, first-team coach B and …": B's title, the next item of a list
    # a match starts at most 31 characters back ($ also matches before a final newline)
    before = _APPOSITION_BEFORE.search(tagged[max(0, person_pos - 31) : max(0, person_pos)])
    own_before = _TIME_WORD.sub("", before.group(1)) if before else ""
    former_before = bool(_FORMER_BEFORE.search(tagged, max(0, person_pos - 45), person_pos))
    for text in (after.group(1) if after else "", "" if former_before else own_before):
        if _A_FORMER.match(text):
            continue  # "X, a former Wales assistant coach, was named head coach": a past role
        if _ANOTHER_MANS_AIDE.match(text):
            continue  # "X, who has been Lund's assistant at Brentford, …": his post till now
        for regex, role in ROLE_WORDS:
            if regex.search(text):
                return role
    return "head_coach"


def _focus_fact(rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context) -> list[Fact]:
    """A match with no one named before it ('decided against …'): the man the story is on (`ctx.focus`)."""
    if ctx.focus is None or ctx.people.is_executive(ctx.focus):
        return []
    return [
        Fact(
            ctx.focus,
            None,
            "first_team",
            "head_coach",
            rule.event,
            rule.confidence,
            sent.index,
            match.start(),
        )
    ]


def _respective(sent: TaggedSentence) -> list[Fact]:
    """'approached Reading and Brighton … respective managers McDermott and Poyet'."""
    out = []
    for m in _RESPECTIVE.finditer(sent.tagged):
        clubs = [int(x) for x in CLUB_TAG.findall(m.group(1))]
        people = [int(x) for x in PERSON_TAG.findall(m.group(2))]
        if len(clubs) != len(people):
            continue
        for c, p in zip(clubs, people, strict=True):
            club, squad = sent.squad_of[c]
            coach = sent.mentions[p].name
            out.append(Fact(coach, club, squad, "head_coach", "in_charge", 0.7, sent.index, m.start()))
    return out


# Staff told going with the head coach: "his assistant also leaves", "… were dismissed too".
_HAD = re.compile(r"\bhad\b")
_ALONGSIDE = re.compile(r"\b(?:also|too|as\s+well|along\s+with\s+(?:him|her)|with\s+(?:him|her))\b")
# "he will be assisted by A", "joined in Shanghai by A", "presented alongside his assistant A", "His staff
# will include A": aides arriving with their boss, the day he does
_AIDES_ARRIVE = re.compile(
    r"\b(?:assisted|accompanied|supported|flanked|joined)\b[^.;]{0,40}?\bby\b|\balongside\s+(?:his|her)\b|"
    r"\bstaff\s+(?:will\s+)?(?:include|includes)\b"
)


def _arriving_aide(f: Fact) -> bool:
    """An aide's appointment, in a sentence telling him arrive with his boss (`_AIDES_ARRIVE`): dated by the
    boss's change (see staff_dates)."""
    return f.event == "appointed" and f.role in STAFF_TITLE_ROLES


# --- whole-article clean-up ---------------------------------------------------------------------


# The event families whose guesses were right at least ~70% of the time on the training and dev
# sets (guessed on every sentence, claimed or not): appointed 94%, dismissed 97%, left 85%,
# resigned 6/6, extended 2/2; gossip ("favourite", "candidate", "approach") was right half the time.
GUESS_EVENTS = frozenset({"appointed", "dismissed", "resigned", "left", "extended"})
# A guess's confidence: the two most often right families a little higher
_GUESS_CONFIDENCE = {"appointed": 0.5, "dismissed": 0.5}


def _event_guess_facts(sent: TaggedSentence, ctx: Context) -> list[Fact]:
    """The event guesses of a sentence no pattern claimed, as low-confidence facts; a person not
    named with a coaching role noun needs to be a coach elsewhere in the article."""
    tagged, mentions = sent.tagged, sent.mentions
    out = []
    for g in event_guesses(tagged, mentions):
        if g.event not in GUESS_EVENTS:
            continue
        club_mention = mentions[g.club]
        club, squad = sent.squad_of.get(g.club, (club_mention.name, "first_team"))
        squad = _guess_squad(sent, g, club, squad, ctx)
        person_pos = tagged.find(f"«P{g.person}»")
        role = _apposition_role(tagged, person_pos)
        conf = _GUESS_CONFIDENCE.get(g.event, 0.45)
        f = Fact(mentions[g.person].name, club, squad, role, g.event, conf, sent.index, g.trigger)
        f.trigger_end = g.trigger_end
        f.needs_support = not (g.coach_named or mentions[g.person].describes_coach)
        out.append(f)
    return out


def _guess_squad(sent: TaggedSentence, g: Guess, club: str | None, squad: str, ctx: Context) -> str:
    """The squad a squad phrase near the event names ('named X head coach of their women's team'),
    else the story's squad at its own club ('X left the club' in a story about its women's team)."""
    if squad != "first_team":
        return squad
    near = sent.tagged[max(0, g.trigger - 60) : g.trigger_end + 60]
    for k in SQUAD_TAG.findall(near):
        if re.search(rf"«S{k}»\s+(?:[\w-]+\s+)?(?:coach|manager|boss)\s+«P", near):
            continue  # "appointed their under-23 coach X as caretaker": the post he held
        s_club, s_squad = sent.squad_of.get(int(k), (None, "first_team"))
        if s_club in (None, club):
            return s_squad
    return ctx.topic_squad if club == ctx.topic_club else squad


def unclaimed_event_guesses(facts: list[Fact], ctx: Context) -> list[Fact]:
    """The event guesses of coaches the article reports on (or named with a role noun), for a
    coach, club and event no other fact tells; never an executive's."""
    coaches = {f.coach for f in facts if not f.needs_support} | known_coaches()
    told = {(fold(f.coach), fold(f.club or ""), f.event) for f in facts}
    out, seen = [], set()
    for f in ctx.guesses:
        key = (fold(f.coach), fold(f.club or ""), f.event)
        if key in told or key in seen or ctx.people.is_executive(f.coach):
            continue
        if f.needs_support and f.coach not in coaches:
            continue
        seen.add(key)
        f.needs_support = False
        out.append(f)
    return out


# Rules reading a stand-in's spell at the club in view, whatever squad he coaches otherwise
# the squad the match itself tells of, unnamed: the senior side of the club in view
_THE_TEAM = re.compile(r"\bthe\s+(?:first\s+)?" + TEAM_NOUN + r"\b(?!['’])", re.IGNORECASE)
# what makes a women's squad a youth or reserve one: "national_women_u20", "women_reserve"
_WOMEN_YOUTH_SUFFIX = re.compile(r"_(?:u\d+|youth|reserve)$")
_STAND_IN_RULES = rule_names(
    "team-led-for-spell",
    "team-led-returned",
    "team-led-steps-back",
    "stand-in-returned",
    "interim-stays-as-assistant",
    "interim-stays-as-assistant-spell",
    "one-game-stand-in-goes-back",
    "one-game-stand-in-spell",
)

# "had been working as an assistant with C", "had been coaching the U18s": a post held up to the
# moment the story tells (the pluperfect progressive), not a finished spell ("had led C in 2015")
_UP_TO_NOW = re.compile(
    r"\bhad\s+been\s+(?:working|coaching|serving|managing|leading|assisting|overseeing|running|training)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)


def _held_up_to_now(tagged: str, trigger: int) -> bool:
    """The spell at `trigger` is told in the pluperfect progressive ('had been working as …')."""
    return bool(_UP_TO_NOW.search(tagged, max(0, trigger - 120), trigger + 25))


# "X, until now assistant of Y, …", "directed until now the Sanse", "who until recently coached the U19s":
# the post held up to the story's news (not "Until then, X will lead the team": a time still to come)
_UNTIL_NOW = re.compile(r"(?<=\s)(?:until|till|up\s+to)\s+(?:now|recently|then)\b(?!\s*,)", re.IGNORECASE)


# a clause's end between 'until now' and the post it would tell: "was until now the assistant of Y and had
# earlier worked with the academy" holds the academy post no longer
_CLAUSE_BETWEEN = re.compile(r"[,;]|\band\b|\bbefore\b")


def _held_until_now(tagged: str, trigger: int, trigger_end: int) -> bool:
    """The spell read from `trigger` to `trigger_end` (where its post is named) is told as held until now,
    in the same clause as that post."""
    end = max(trigger, trigger_end)
    for m in _UNTIL_NOW.finditer(tagged, max(0, trigger - 40), end + 30):
        between = tagged[m.end() : end] if m.end() <= end else tagged[end : m.start()]
        if not _CLAUSE_BETWEEN.search(between):
            return True
    return False


_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+ed\b", re.IGNORECASE)

_NOT_CURRENT = re.compile(
    r"\b(?:former|ex|then|previous|outgoing|one-time|erstwhile|interim|caretaker|acting|sacked|departed)\b",
    re.IGNORECASE,
)


_FORMER_BEFORE = re.compile(r"\b(?:former|ex|one-time)\b(?:[^,.;«]|«[CS]\d+»)*$", re.IGNORECASE)
# "brings (with him) his Gateshead assistant X": the post his boss's words give him is the one they held
# together at C, told as their shared past (a spell there), not as a post X holds and leaves for the new one
# ("his" is tagged as the man it stands for)
_BOSS_OWNED_TITLE = re.compile(r"(?:\b(?:his|her)|«P\d+»['’]s?)\s+$", re.IGNORECASE)

_LASTING_RULES = rule_names(
    "spent-years",
    "spent-in-charge",
    "years-at",
    "tenure-ended-spell",
    "charge-for-games",
    # ("the team was led in the last two games by X": his spell told by its games)
    "team-led-for-spell",
)


# "Before the national team, Bertolini won two titles with Brescia": the sentence tells the clubs that led
# the coach to the national post the story is about
_BEFORE_NATIONAL = re.compile(
    r"(?:Before|Prior\s+to)\s+(?:(?:joining|taking\s+(?:charge\s+of|over)|coaching|leading)\s+)?"
    r"(?:the|her|his)\s+national\s+(?:team|side|job|post|role)\b"
)


# words telling one of several spells at a post: "returns", "brought back", "first appointed",
# "for the second time", "his second stint", "again"
_ANOTHER_SPELL = compile_quick(
    r"\b(?:return(?:s|ed|ing)?|back|again|re-?appointed|re-?hired|first\s+(?:appointed|named|hired|spell|stint)|"
    r"(?:second|third)\s+(?:time|spell|stint)|(?:for|in)\s+the\s+(?:second|third)\b)",
    re.IGNORECASE,
)
