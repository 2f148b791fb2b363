"""Post-processing: the article's facts as a whole, once every sentence was read. Executives are
dropped; career pairs and event guesses are added only for what no pattern told; 'X will stay'
declines his other clubs; facts with no club, or player-like ones no coaching fact supports, go;
squads are made consistent (national codes, women's clubs and women's articles); spells that
ended (a time limit, a promotion, a move, a poaching, a told end) get their 'left'; restatements
of one change are dropped; followers, caretakers, spell starts and staff dates are filled in;
then duplicates are merged. Each step needs every fact of the article, so they run once, in
that order, in `_postprocess`."""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Collection
from datetime import date

from pipeline.extract.attribution import _national, squad_at
from pipeline.extract.career_facts import unclaimed_career_pairs
from pipeline.extract.date_facts import DEPARTURES
from pipeline.extract.dates import DateMention
from pipeline.extract.executive_guards import without_executives
from pipeline.extract.facts import (
    CHANGE_EVENTS,
    COACH_ROLE_AFTER,
    COACH_SLOT,
    KNOWN_SINGLE,
    STAFF_TOGETHER_EVENTS,
    Context,
    Fact,
    youth_or_reserve,
)
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.made_permanent import stand_in_made_permanent
from pipeline.extract.mens_womens_sides import MENS_TEAM, WOMENS_SIDE_FRONTED, womens_squad
from pipeline.extract.mentions import Mention, run_mentions, shouted, squad_mentions
from pipeline.extract.playing_careers import without_playing_days
from pipeline.extract.promoted_aides import promoted_aides_posts, stand_in_aides_posts
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.rule_facts import STAFF_TITLE_ROLES, unclaimed_event_guesses
from pipeline.extract.trie import trie_pattern
from pipeline.reference import known_coaches, known_non_coaches, lookup_club, women_clubs

# a club whose coach the article sees go or arrive: names linked with it are candidates for that post
_VACATING = frozenset({"appointed", "dismissed", "resigned", "left"})
# the backroom posts below the head coach a staff title names
_AIDE_ROLES = frozenset({"assistant_coach", "goalkeeping_coach", "fitness_coach"})
# A headline or lead calling the piece coaching news ("Serie B benches: …", "bench round-up", "the dugout
# merry-go-round", "managerial carousel"): its items are coaches' deals, not players'
_COACHING_ROUNDUP = re.compile(
    r"\b(?:the\s+benches\b|benches\s*[:,–-]|"
    r"(?:bench|dugout|touchline|managerial|coaching|manager(?:ial)?s?'?)\s+"
    r"(?:round-?up|merry-go-round|carousel|gossip|news|latest|shake-?up|moves|changes))",
    re.IGNORECASE,
)


def _ended_spell(same: list[Fact], f: Fact) -> bool:
    """A spell whose length is told is kept beside the sacking or departure that ended it."""
    return all(
        g.event in ("dismissed", "resigned", "left", "in_charge") for g in same if g.sentence == f.sentence
    )


def _dated_start(same: list[Fact], f: Fact) -> bool:
    """'coached C from 2021 until he was dismissed last December': a start date of its own, before the end."""
    ends = [g for g in same if g.sentence == f.sentence and g.event != "in_charge"]
    return bool(
        f.date
        and f.date.kind == "since"
        and ends
        and all(g.date and g.date.value.year > f.date.value.year for g in ends)
    )


def _moves_of_coaches(facts: list[Fact]) -> list[Fact]:
    """'X left C for D' told bare beside another man's coaching facts is a player's transfer: it stays
    only when X coaches elsewhere in the story, is a known coach, or the story names no other coach."""
    coaches = {f.coach for f in facts if not f.needs_support and not f.move_talk}
    if not coaches:
        return facts
    known = coaches | known_coaches() | {f.followed for f in facts if f.followed}  # his aides follow him
    return [f for f in facts if not f.move_talk or f.coach in known]


def _drop_players(facts: list[Fact], ctx: Context) -> list[Fact]:
    """Facts of a man the article titles by the position he plays now ('Palace goalkeeper X has joined
    Wolves'): a player's transfer or deal, unless the text also calls him a coach or puts him in
    interim charge (a captain or veteran made caretaker is coaching news). A team named after a man
    the story shows scoring ('the Argentina of Messi … Messi scored twice') or a well-known non-coach
    ('the Chelsea of Ken Bates', an owner; 'the Argentina of Lionel Messi', a star player) is his as its
    player or owner, unless the story also makes him a coach."""
    if any(f.named_team for f in facts):
        coaches = {f.coach for f in facts if not f.named_team and not f.needs_support}
        facts = [f for f in facts if not f.named_team or f.coach in coaches or not _non_coach(f.coach, ctx)]
    # a well-known owner or star player is no coach, whatever wording gave him a post ('the Chelsea of Roman
    # Abramovich', 'the Chelsea of Todd Boehly that had hired him'), unless the text titles him one
    facts = [f for f in facts if fold(f.coach) not in known_non_coaches() or _titled_coach(f.coach, ctx)]
    if not ctx.people.players:
        return facts
    titled = {f.coach for f in facts if f.current_post}  # "C coach X" somewhere: a player-coach
    return [
        f
        for f in facts
        if not ctx.people.is_player(f.coach)
        or f.coach in titled
        or (f.role == "caretaker" and f.event == "appointed")
    ]


# a coaching title told of the man: "coach X", "manager X", "X as head coach", "X, the new manager", "X has
# been appointed head coach", "X was named player-coach"
_COACH_TITLE = r"(?:(?:the|new|interim|caretaker)\s+)*(?:\w+-)?(?:head\s+coach|coach|manager|boss|trainer)\b"
_MADE_A_COACH = r"(?:appointed|named|made|hired|installed|confirmed)(?:\s+as)?"


def _titled_coach(name: str, ctx: Context) -> bool:
    """The text calls the man a coach: 'player-coach X', 'C manager X', 'X as coach', 'X, the new manager',
    'X has been appointed head coach'."""
    person = re.escape(name.split()[-1])
    told = re.compile(
        rf"\b{_COACH_TITLE}\s+(?:[\w\-]+\s+)?{person}\b|\b{person}\s+(?:as\s+|,\s+(?:the|his)\s+)"
        rf"{_COACH_TITLE}|\b{person}\s+(?:(?:has|had|have|was|is|been|will\s+be)\s+)*{_MADE_A_COACH}\s+"
        rf"{_COACH_TITLE}",
        re.IGNORECASE,
    )
    return any(told.search(sentence) for sentence in ctx.sentences)


def _non_coach(name: str, ctx: Context) -> bool:
    """The man plays in the story ('X scored twice') or is known never to have coached (an owner, a
    president, a star player: `known_non_coaches`)."""
    return ctx.people.plays(name) or fold(name) in known_non_coaches()


# a word that tells women's football is in view: the women's side, a women's league, a coach called "she"
WOMENS_WORD = compile_quick(
    r"\b(?:wom[ae]n(?:'s|’s)?|ladies|female|girls|she|her|hers|herself|WSL2?|NWSL|Frauen\w*|F[ée]minine|"
    r"Femenin[oa]|Femenil|Femminile)\b",
    re.IGNORECASE,
)


def _postprocess(facts: list[Fact], ctx: Context, text: str = "") -> list[Fact]:
    facts = without_executives([f for f in facts if f.coach], ctx)
    facts = _drop_players(facts, ctx)
    facts.extend(unclaimed_career_pairs(facts, ctx))
    facts.extend(unclaimed_event_guesses(facts, ctx))
    facts = without_playing_days(facts, ctx)  # (after the guesses: they do not read his playing days back)
    facts = _stay_declines(facts)
    _fill_declined_clubs(facts, ctx)
    told = {_key(f) for f in facts if f.event == "offer"}
    for f in list(facts):
        if f.with_offer and f.club and _key(f) not in told:  # an offer told elsewhere is the one declined
            offered = copy.copy(f)
            offered.event, offered.confidence, offered.with_offer = "offer", 0.6, False
            facts.append(offered)
    _replaced_clubs(facts)
    facts = [f for f in facts if f.club]
    facts = _drop_posts_at_opponents(facts, ctx.opponent_clubs)
    if not ctx.coaching_roundup:  # a round-up of coaching news tells coaches' deals and moves
        facts = _moves_of_coaches(facts)
    # (a man the text titles a coach or an aide anywhere is a coach, though no rule read that title as a fact)
    supported = {f.coach for f in facts if not f.needs_support or ctx.coaching_roundup} | known_coaches()
    supported |= {f.coach for f in facts if ctx.people.is_staff(f.coach)}
    vacancies = {f.club for f in facts if f.event in _VACATING and not f.needs_support}
    coaching_change = any(f.event in _VACATING and not f.needs_support for f in facts)  # a coach's change
    facts = [
        f
        for f in facts
        if not f.needs_support
        or f.coach in supported
        or (f.event == "linked" and f.club in vacancies)
        or (f.in_coaching_story and coaching_change)
    ]
    for f in facts:  # national teams take national squad codes, whatever path found them
        f.club = _national_side_of_club(f.club, f.squad) if f.squad_named else f.club
        f.squad = squad_at(f.squad, f.club, ctx)
        if f.squad == "first_team" and f.club in women_clubs():
            f.squad = "women"  # a women's club has no other first team
    _step_up_fills_the_post(facts)
    _consistent_squads(facts)
    _headline_side_staff(facts, ctx.headline_sides)
    held = _mens_posts_beside_a_womens_headline(facts, ctx)
    deferred = _women_article(
        facts,
        text,
        ctx.topic_club,
        ctx.women_from,
        ctx.womens_headline,
        ctx.headline_women,
        ctx.people.women,
        ctx.opened[0] if ctx.opened and not _tells_womens_football(text) else None,
    )
    _headline_womens_national_team(facts, ctx.headline_sides)
    _age_groups_of_womens_coaches(deferred, facts, ctx.sentences)
    _olympic_side_of_a_womens_coach(facts, ctx)
    for f, squad in held:
        f.squad = squad
    _womens_fronted_posts(facts, ctx.sentences)
    _story_side_before_the_womens_team(facts, ctx.sentences)
    facts = _drop_unnamed_first_team(facts)
    facts = _drop_vague_youth(facts)
    facts = [f for f in facts if len(f.coach.split()) > 1 or _single_name_ok(f.coach, text)]
    facts = [f for f in facts if not _shouted_words_only(f.coach, ctx.sentences)]
    facts.extend(_until_left(facts))
    facts.extend(_promotion_left(facts, ctx.sentences))
    facts.extend(_held_until_now_left(facts))
    # (a promotion's end read with the age group too: "from the academy, where …")
    facts = _drop_vague_youth(facts)
    _aged_youth(facts, ctx)
    facts.extend(_moved_on_left(facts))
    facts = _drop_aide_titles_elsewhere(facts)
    facts.extend(_poached_left(facts))
    facts.extend(_ended_spells_left(facts))
    _deals_beside_the_boss(facts)  # (before a spell is read as restated by a deal at its club)
    facts = _drop_starts_of_told_spells(facts)
    _aides_off_their_own_side(facts)
    facts = _drop_restatements(facts)
    facts.extend(promoted_aides_posts(facts, ctx.sentences))
    facts.extend(stand_in_aides_posts(facts, ctx.sentences))
    facts.extend(stand_in_made_permanent(facts, ctx.sentences))
    _staying_aides_keep_their_post(facts, ctx.sentences)
    facts.extend(_followers_go_where_he_went(facts))
    facts.extend(_followers_left(facts))
    facts.extend(_brought_aides_left(facts))
    facts = _caretaker_spells(facts)
    _stand_in_starts(facts)
    _spell_starts(facts)
    staff_dates(facts, ctx.news_day)
    return _one_stand_in_exit(_one_appointment_told_twice(_dedupe(facts)))


def _national_side_of_club(club: str | None, squad: str) -> str | None:
    """A national squad bound to a club ("he was an assistant with the national team and managed C",
    a Korean club's story): a club has no national team, so it is the team of the club's country."""
    ref = lookup_club(club) if club and squad.startswith("national") else None
    if ref is None or ref.kind == "national":
        return club
    country = lookup_club(ref.country)
    return country.name if country is not None and country.kind == "national" else club


_POST_EVENTS = ("appointed", "dismissed", "resigned", "left", "in_charge", "extended")


def _drop_posts_at_opponents(facts: list[Fact], opponents: frozenset[str]) -> list[Fact]:
    """A coach the story gives a post elsewhere has none at a club it names only as a match's other side
    ('Crewe travel to Wrexham on Saturday, when Bell will take charge of his first game': Crewe's)."""
    if not opponents:
        return facts
    posted_elsewhere = {f.coach for f in facts if f.club not in opponents}
    return [f for f in facts if f.club not in opponents or f.coach not in posted_elsewhere]


def _stay_declines(facts: list[Fact]) -> list[Fact]:
    """ "X will stay at Z" declines what he was offered or linked with elsewhere (or the clubs the
    sentence says speculation had him moving to); staying with nothing else in view is no fact."""
    out = [f for f in facts if f.stay_at is None]
    for f in facts:
        if f.stay_at is None:
            continue
        clubs = list(f.spurned) or [
            g.club for g in facts if g.coach == f.coach and g.event in ("offer", "linked") and g.club
        ]
        out = [  # "announced he will stay": no appointment of that sentence
            g for g in out if not (g.sentence == f.sentence and g.coach == f.coach and g.event == "appointed")
        ]
        for club in dict.fromkeys(c for c in clubs if c != f.stay_at):
            g = copy.copy(f)
            g.club, g.squad, g.stay_at = club, "first_team", None
            out.append(g)
    return out


def _replaced_clubs(facts: list[Fact]) -> None:
    """A rumour naming no club, "X is tipped to replace Y": the club is Y's, the first post the
    article gives Y."""
    for f in facts:
        if f.replacing is None or f.replacing == f.coach:
            continue
        posts = [g for g in facts if g.coach == f.replacing and g.event in _POST_EVENTS and g.club]
        if posts:
            first = min(posts, key=lambda g: (g.sentence, g.trigger))
            f.club, f.squad = first.club, first.squad


def _caretaker_spells(facts: list[Fact]) -> list[Fact]:
    """'X took charge as caretaker … but will now leave the club': a spell ending, not an appointment
    ('took caretaker charge and will stay on as assistant' tells both: the appointment stays). 'Y
    succeeds X, who had taken over on an interim basis in April' tells his start after his exit: the
    appointment stays, and a spell read from the same words is none of its own."""
    started: set[tuple[str, str | None, int]] = set()
    for f in facts:
        if f.event == "appointed" and f.role == "caretaker":
            ends = [
                g
                for g in facts
                if g.event == "left"
                and (g.coach, g.club, g.sentence) == (f.coach, f.club, f.sentence)
                # (not "X, until now coach of the U23s, takes interim charge": the youth post he leaves)
                and not (g.squad != f.squad and youth_or_reserve(g.squad))
            ]
            if any(g.steps_back for g in ends) or not ends:
                continue
            for g in ends:
                g.role = "caretaker"
            if all(g.trigger < f.trigger for g in ends):
                started.add((f.coach, f.club, f.sentence))
            else:
                f.event = "in_charge"
    return [
        f
        for f in facts
        if not (f.event == "in_charge" and f.role == "caretaker" and (f.coach, f.club, f.sentence) in started)
    ]


# an aide's own clause telling he stays where he is: "B, who remains in office", "goalkeeping coach B stays at
# the club", "B, who is kept", "B keeps his place" (not "stays on as assistant", "remains in charge of the
# seconds": another post named, which may be new)
_STAYS_IN_POST = (
    r"\W{0,3}(?:who\s+)?(?:(?:also|will|would|still)\s+)*(?:(?:stays?|remains?|continues?)(?:\s+on)?"
    r"(?:\s+(?:in\s+(?:post|office|place|(?:his|her|the)\s+(?:post|role|position|job|club))|at\s+the\s+club|"
    r"with\s+the\s+club|at\s+(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z]?)[\w\-]+){0,2}))?|(?:is|was)\s+(?:kept|retained)|"
    r"keeps\s+(?:his|her)\s+(?:place|post|role|job))(?=\s*[,.;]|\s*$|\s+(?:and|while|but|since)\b)"
)
# the sentence hands him the team meanwhile ("The team will be led for now by B, who remains in office")
_LEADS_THE_TEAM = re.compile(
    r"\b(?:led|lead|leads|leading)\s+by\b|\btak(?:e|es|ing)\s+(?:interim\s+)?charge\b", re.I
)


def _staying_aides_keep_their_post(facts: list[Fact], sentences: list[str]) -> None:
    """'He will be supported by A and by goalkeeping coach B, who remains in office', 'He brings his assistant
    A, while goalkeeping coach B stays at the club': B, listed with the new staff, keeps the post he holds (a
    spell, not an arrival)."""
    for f in facts:
        if f.event != "appointed" or f.role in ("head_coach", "caretaker") or f.sentence >= len(sentences):
            continue
        text = sentences[f.sentence]
        if _LEADS_THE_TEAM.search(text):
            continue
        surname = re.escape(f.coach.split()[-1])
        if re.search(rf"\b{surname}{_STAYS_IN_POST}", text, re.IGNORECASE):
            f.event, f.date, f.no_date = "in_charge", None, True


# a youth or reserve side's senior side: "u19", "reserve" -> "first_team", "national_u21" -> "national"
_SENIOR_SIDE = re.compile(r"^(national_women|national|women)?_?(?:reserve|youth|u\d+)$")


def _aides_off_their_own_side(facts: list[Fact]) -> None:
    """'His assistant will be X, who was in charge of the reserve team', 'He will be assisted by X, until now
    coach of the Under-21s': the side the sentence names X as head coach of is his own post, not the staff
    he joins; the aide's appointment read at that very side moves to its senior side, where the story appoints
    the head coach whose staff he joins (not an aide appointed at a youth side the sentence gives no one else:
    "A joins the U19 staff")."""
    heads = [g for g in facts if g.role in ("head_coach", "caretaker")]
    own_sides = {(g.sentence, g.coach, g.club, g.squad) for g in heads if g.event in ("in_charge", "left")}
    bosses = {(g.coach, g.club, g.squad) for g in heads if g.event == "appointed"}
    for f in facts:
        if f.event != "appointed" or f.role not in _AIDE_ROLES or f.derived:
            continue
        senior = _SENIOR_SIDE.match(f.squad)
        if not senior or (f.sentence, f.coach, f.club, f.squad) not in own_sides:
            continue
        side = senior.group(1) or "first_team"
        if any((club, squad) == (f.club, side) and coach != f.coach for coach, club, squad in bosses):
            f.squad = side


def _followers_go_where_he_went(facts: list[Fact]) -> list[Fact]:
    """'His assistants A and B follow him to the Bundesliga' (no club named): aides following a boss who
    was appointed at one other club, and not at the club their fact was given, arrive there and leave the
    club they were given (`_followers_left` where the story told the boss leaving it, else here). Where the
    story tells him leaving that club and arriving at none ("Y will leave at the end of the season … fitness
    coach A will follow Y"), they leave it with him (not "A followed him from C": his arrival with him, past).
    """
    out = []
    for f in facts:
        if f.event != "appointed" or not f.followed or not f.leaves_with or f.club_named:
            continue
        boss = [g for g in facts if g.coach == f.followed]
        went_to = {(g.club, g.squad) for g in boss if g.event == "appointed" and g.club and g.club != f.club}
        left_here = any(g.event in ("left", "resigned", "dismissed") and g.club == f.club for g in boss)
        came_here = any(g.event == "appointed" and g.club == f.club for g in boss)
        if len(went_to) == 1 and (left_here or not came_here):
            if not left_here and f.club:  # (the boss's exit untold: "X moves to C; his aide follows him")
                out.append(Fact(f.coach, f.club, f.squad, f.role, "left", 0.65, f.sentence, f.trigger))
                out[-1].derived = True
            f.club, f.squad = went_to.pop()
        elif left_here and not went_to and not came_here and not f.came_from:
            f.event, f.date, f.confidence = "left", None, 0.65
    return out


def _deals_beside_the_boss(facts: list[Fact]) -> None:
    """'His assistant A and goalkeeping coach B also renewed', 'A, who worked with him at C, signs a new deal
    as well': staff whose new deals are told beside their boss's ('also', 'too', 'as well') sign them where
    the story told the head coach's one extension, not at a club their asides name ('since the C times') nor
    at the club in view. Not a deal told before the boss's."""
    deals = [
        g for g in facts if g.event == "extended" and g.role == "head_coach" and not g.alongside and g.club
    ]
    if len({(g.club, g.squad) for g in deals}) != 1:
        return
    boss = deals[0]
    for f in facts:
        if (
            f.event == "extended"
            and f.alongside
            and f.coach != boss.coach
            and f.club != boss.club
            and f.sentence >= boss.sentence
        ):
            f.club, f.squad = boss.club, boss.squad


def _followers_left(facts: list[Fact]) -> list[Fact]:
    """Assistants who follow their manager to a new club leave the club he left ("A and B follow him to
    C"; not "A joins him at C", which tells where A arrives, not where he was)."""
    out = []
    for f in facts:
        if not f.followed or not f.leaves_with:
            continue
        gone = [
            g
            for g in facts
            if g.coach == f.followed and g.event in ("left", "resigned", "dismissed") and g.club != f.club
        ]
        for g in gone[:1]:
            if g.club:
                out.append(
                    Fact(f.coach, g.club, g.squad, f.role, "left", 0.65, f.sentence, f.trigger, derived=True)
                )
    return out


_EXITS = ("left", "resigned", "dismissed")


def _brought_aides_left(facts: list[Fact]) -> list[Fact]:
    """Aides a boss brings along from where he was ("X brings his assistant A and fitness coach B with him
    from Naples", "X arrives with his Racing assistants A and B") leave the one club the story tells X
    leaving for this post, where their facts name no other club of theirs (A's own past elsewhere, told
    beside: "A, who worked with him at E"), nor that exit already."""
    out = []
    for f in facts:
        if f.brought_by is None or f.event != "appointed" or f.followed:
            continue
        exits = {(g.club, g.squad) for g in facts if g.coach == f.brought_by and _leaves_for_him(g, f)}
        exits.discard((f.club, f.squad))
        if len(exits) != 1:
            continue
        club, squad = exits.pop()
        own = {g.club for g in facts if g.coach == f.coach}
        if own - {f.club, club} or any(
            g.coach == f.coach and g.club == club and g.event in _EXITS for g in facts
        ):
            continue
        left = Fact(f.coach, club, squad, f.role, "left", 0.6, f.sentence, f.trigger, derived=True)
        left.alongside = True
        out.append(left)
    return out


def _leaves_for_him(exit: Fact, arrival: Fact) -> bool:
    """The boss's exit is his move to the aide's new club: a departure (not a sacking or a resignation,
    an end his staff need not share) told as this news, not one months before."""
    if exit.event != "left" or not exit.club:
        return False
    return exit.date is None or arrival.date is None or abs((exit.date.value - arrival.date.value).days) <= 31


def staff_dates(facts: list[Fact], news_day: date | None = None) -> None:
    """Staff changes told without a date of their own ('His assistants also leave') happen the day
    of the change at that club told in the same or the previous sentence, or, when the words say
    they go with someone ('also', 'too', 'along with him'), told anywhere before; an aide's new deal
    ('… have also agreed extensions') the day of the extension told so. An aide (not the head coach
    or a stand-in) comes and goes with the change at his club told anywhere before: news copy tells
    the change first and lists the new staff after it ('X will assist him', 'Y also joins'). An
    aide's change the text tells without a date, and no such change before it, goes on the day of
    the article's news;
    not one told in a past tense ('had joined', 'was named')."""
    for f in facts:
        undated = f.date is None or (f.tense_dated and f.alongside)
        if not undated or f.event not in STAFF_TOGETHER_EVENTS or f.no_date:
            continue
        own = f.copied_from or f  # an aide's copy of his boss's change is dated as that change
        if own.role == "head_coach" and not own.alongside:
            continue
        kinds = ("extended",) if f.event == "extended" else CHANGE_EVENTS
        successors = _successors_told_after(f, facts)
        dated = [
            g
            for g in facts
            if g.club == f.club
            and g.coach != f.coach
            and g.event in kinds
            and g.date is not None
            and g.date.precision == "day"
            and not g.alongside
            and (0 <= f.sentence - g.sentence <= 1 or (_staff_of_a_change(f) and g.sentence <= f.sentence))
            and g.coach not in successors
        ]
        if dated:  # a change of the same kind (an arrival's for an arrival), then the latest told nearest
            arriving = f.event == "appointed"
            f.date = max(
                dated, key=lambda g: ((g.event == "appointed") == arriving, g.sentence, g.date.value)
            ).date
        elif f.date is None and news_day and (_aide_told_as_news(f) or (f.alongside and _not_earlier(f))):
            f.date = DateMention(0, 0, news_day, "day", "point")


def _successors_told_after(f: Fact, facts: list[Fact]) -> set[str]:
    """'X took charge as caretaker until Y arrived on May 4': the men whose arrival a stand-in's sentence
    tells after him are his successors; their arrival ends his stint (told there or anywhere else) and does
    not date its start."""
    if f.role != "caretaker":
        return set()
    return {
        g.coach
        for g in facts
        if g.event == "appointed"
        and g.sentence == f.sentence
        and g.trigger > f.trigger
        and g.coach != f.coach
    }


def _not_earlier(f: Fact) -> bool:
    """Neither a head coach's change nor one told as earlier than the news ('had left')."""
    return f.role != "head_coach" and not f.pluperfect


def _staff_of_a_change(f: Fact) -> bool:
    """A change told as going with someone else's ('also', 'with him'), or a staff member's (an aide's
    or a stand-in's) not told in a past tense: the staff a change brings, listed after it."""
    return f.alongside or (_not_earlier(f) and not f.past_told)


def _aide_told_as_news(f: Fact) -> bool:
    """An aide's change not told in a past tense; a stand-in's needs words of its own to be today's
    ('took over as interim' is no news)."""
    return _not_earlier(f) and not f.past_told and f.role != "caretaker"


def _single_name_ok(name: str, text: str) -> bool:
    """A one-word 'coach' ('Naldo') is a name when the text uses it so twice, not 'the Blues'."""
    if fold(name) in KNOWN_SINGLE():
        return True
    uses = re.findall(r"(?<![\w-])(\w+\s+)?" + re.escape(name) + r"(?![\w-])", text)
    befores = [b.strip().lower() for b in uses]
    if any(b in _NAME_CUES for b in befores):
        return True
    if re.search(r"(?<![\w-])" + re.escape(name) + COACH_SLOT.pattern, text):
        return True  # "Marcelino's Villarreal side": a one-word coach's name
    if re.search(_COACH_SLOT_BEFORE + re.escape(name) + r"\b", text):
        return True
    if re.search(r"(?<![\w-])" + re.escape(name) + COACH_ROLE_AFTER.pattern, text):
        return True  # "named Jorginho as their new coach", "Tite, the Brazilian coach,"
    return sum(1 for b in befores if b not in ("the", "christmas", "in", "at")) >= 2


def _shouted_words_only(name: str, sentences: list[str]) -> bool:
    """'EFL GOSSIP: SACK RACE SPECIAL': a 'coach' written in capitals that no sentence in ordinary case
    names is a headline's words; a man in a headline in capitals ('CHELSEA SACK GRAHAM POTTER') is named
    again in the story below it."""
    if not name.isupper():
        return False
    key = fold(name)
    return not any(key in fold(s) for s in sentences if not shouted(s))


# A one-word name in a coach's slot ("replacing Rubi", "succeeds Míchel"): a coach, not a word.
_COACH_SLOT_BEFORE = r"\b(?:replac(?:ing|ed|es)|succeed(?:ing|ed|s)?|in\s+place\s+of|successor\s+to)\s+"

_NAME_CUES = frozenset(
    "player coach manager boss assistant defender striker midfielder goalkeeper forward winger legend "  # noqa: SIM905
    "captain icon trainer".split()
)


_WOMENS_LEAGUE = re.compile(
    r"\b(?:Women's\s+(?:Super\s+League|Professional\s+Soccer|Championship|Bundesliga|Serie\s+A|Premier\s+League)|"
    r"WSL2?|NWSL|Liga\s+F|Frauen-Bundesliga|D1\s+Arkema|Division\s+1\s+Féminine|Damallsvenskan|"
    # a women's league or tournament by its own name: "Serie A Femminile", "the Women's World Cup"
    r"Serie\s+A\s+Femminile|Primera\s+División\s+Femenina|Toppserien|A-League\s+Women|"
    r"Women['’]s\s+(?:World\s+Cup|Euros?|Africa\s+Cup\s+of\s+Nations|Asian\s+Cup|Gold\s+Cup|Copa\s+América|"
    r"Champions\s+League|FA\s+Cup))\b"
)


# "the NWSL club announced", "the WSL side": the story's club plays in a women's league
_WOMENS_LEAGUE_CLUB = re.compile(
    r"\b(?:NWSL|WSL|Liga\s+F|Frauen-Bundesliga|D1\s+Arkema)\s+(?:club|side|team|outfit|franchise)\b"
)


# men's leagues by their own names (the women's play in "A-League Women", "the Women's Championship",
# "Serie A Femminile", the "Damallsvenskan"): a club told in one of them is told with its men
_MENS_LEAGUE = (
    r"(?:MLS|Premier\s+League|La\s+Liga|Ligue\s+[12]|Eredivisie|Serie\s+[AB]|(?:2\.\s+)?Bundesliga|"
    r"A-League(?:\s+Men)?|Championship|League\s+(?:One|Two)|Allsvenskan|Eliteserien)"
)

# "MLS champion New York City FC", "Premier League side Everton", "A-League side Central Coast Mariners": a
# men's league before the club's name
_MENS_LEAGUE_CLUB = re.compile(
    r"(?<!Women's\s)(?<!Women’s\s)(?<![-\w])" + _MENS_LEAGUE + r"\s+"
    r"(?:champions?|club|side|team|outfit|franchise|leaders|holders|giants)\s+(?=[A-Z])"
)


# "later coached New York City FC in MLS", "coached Central Coast Mariners in the A-League Men": a men's
# league right after the club's name
_IN_MENS_LEAGUE = re.compile(
    r"\s+in\s+(?:the\s+)?" + _MENS_LEAGUE + r"\b(?!\s+(?:Women|Femenina|Féminine|Frauen|Femminile))"
)


# the Women's Championship named in the story: a bare "the Championship" there is that league, not the men's
_WOMENS_CHAMPIONSHIP = re.compile(r"\bWomen['’]s\s+Championship\b", re.IGNORECASE)


def _mens_league_cues(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """A men's league cue's matches, but not 'the Championship' where the story names the Women's one."""
    cues = list(pattern.finditer(text))
    if _WOMENS_CHAMPIONSHIP.search(text):
        return [cue for cue in cues if "championship" not in cue.group(0).lower()]
    return cues


def _mens_league_clubs(text: str) -> set[str]:
    """Clubs the text introduces by a men's league: their unnamed posts stay with the first team."""
    clubs = set()
    for cue in _mens_league_cues(_MENS_LEAGUE_CLUB, text):
        named = run_mentions(text[cue.end() : cue.end() + 40], None)
        if named and named[0].kind == "C" and named[0].start == 0:
            clubs.add(named[0].name)
    for cue in _mens_league_cues(_IN_MENS_LEAGUE, text):
        before = text[max(0, cue.start() - 40) : cue.start()]
        named = run_mentions(before, None)
        if named and named[-1].kind == "C" and named[-1].end == len(before):
            clubs.add(named[-1].name)
    return clubs


def _women_post(f: Fact, women: set[str]) -> bool:
    """A women's post, or one at a club named with its women's team; a country's senior 'national
    team' is not one by that alone: a country has both senior teams."""
    return f.squad.startswith(("women", "national_women")) or (
        f.club in women and not _national_squad_named(f)
    )


def _age_groups_of_womens_coaches(deferred: list[Fact], facts: list[Fact], sentences: list[str]) -> None:
    """A country's age group in a story of its women's team is the women's, unless the story speaks of
    men's teams too ("stepped up to the senior men's job", "for the men Under-17"): then only when its
    coach holds a women's post in the story ("Priestman, the women's coach, led the Under-17s") or its
    sentence says women ("under-20 women's coach X"). A federation's news of its men's teams and of its
    women's staff is news of both."""
    if not deferred:  # (the scan of every sentence below is for them only)
        return
    if not any(_MEN.search(s) for s in sentences):
        for f in deferred:
            f.squad = womens_squad(f.squad)
        return
    womens_coaches = {f.coach for f in facts if f.squad.startswith(("women", "national_women"))}
    for f in deferred:
        sentence = sentences[f.sentence] if 0 <= f.sentence < len(sentences) else ""
        if WOMENS_WORD.search(sentence) and not _AGE_GROUP_WORD.search(sentence):
            f.squad = "national_women"  # the age group came from an earlier sentence: this one is the women's
        elif f.coach in womens_coaches or WOMENS_WORD.search(sentence):
            f.squad = womens_squad(f.squad)


_MEN = re.compile(r"\bmen(?:['’]s)?\b", re.IGNORECASE)
_AGE_GROUP_WORD = re.compile(r"\b(?:under|u)[-\s]?\d{2}s?\b", re.IGNORECASE)


_NATIONAL_AGE_GROUP = re.compile(r"national_u\d+")


def _national_squad_named(f: Fact) -> bool:
    """A country's senior team, or its youth sides named without a women's word ("coached Canada's
    youth sides"): a country has men's and women's sides of each. (An age group may share a later
    women's word: "Spain's Under-17 and Under-19 women's teams".)"""
    return f.squad == "national" or (f.squad == "national_youth" and f.squad_named)


def _unnamed_club_post(f: Fact, mens: set[str]) -> bool:
    """A club post whose squad the text did not name, at a club not introduced by a men's league."""
    return f.squad == "first_team" and not f.squad_named and f.club not in mens


# a text telling a woman coaches men: "the first female head coach in German professional football",
# "the first woman to take charge of a professional men's team"
# (not a bare "men's": "England men's head coach Thomas Tuchel congratulated her" is another man's post)
_MEN_COACHED_BY_A_WOMAN = re.compile(
    r"\bfirst (?:woman|female)\b[^.;]{0,60}?\b(?:men['’]s|male|professional)\b", re.IGNORECASE
)


# a word of women's football: where the text has none, the club its lead opens on is a men's side (a trie:
# it scans the whole text, and `re` tries a plain alternation's words one by one at every character)
_WOMENS_FOOTBALL_WORD = re.compile(
    trie_pattern(("women", "female", "ladies", "girls", "frauen", "féminin", "femenin", "femminil", "wsl")),
    re.IGNORECASE,
)
# a women's side named by its club or country ("the former France women's coach"): it tells only of that
# side (the lead's own club named so is read by `_women_post`)
_NAMED_WOMENS_SIDE = re.compile(r"\b[A-Z][\w.-]+\s+[Ww]omen['’]s\b")


def _tells_womens_football(text: str) -> bool:
    # Most texts hold no such word at all: one scan says so, without rewriting the text. (Blanking the
    # named sides only removes words, so it cannot make a word that was not there.)
    if not _WOMENS_FOOTBALL_WORD.search(text):
        return False
    return _WOMENS_FOOTBALL_WORD.search(_NAMED_WOMENS_SIDE.sub(" ", text)) is not None


def _her_unnamed_post(f: Fact, mens: set[str], lead_club: str | None) -> bool:
    """A senior post of a coach the text calls "she" that is a women's side, unless it is at the club the
    lead opens on with no squad named ("Union Berlin have appointed …; she joins his staff"): the story's
    side is the first team unless it names the women's (read by `_women_post`)."""
    return _unnamed_senior_post(f, mens) and (f.club != lead_club or f.squad == "national")


def _unnamed_senior_post(f: Fact, mens: set[str]) -> bool:
    """A club's or a country's senior post whose squad the text did not name (no men's league club)."""
    return f.squad in ("first_team", "national") and not f.squad_named and f.club not in mens


def _named_national_youth(facts: list[Fact]) -> None:
    """Another reading of a national youth post the sentence named is named too: both stay alike."""
    named = {(f.coach, f.club, f.sentence) for f in facts if f.squad == "national_youth" and f.squad_named}
    for f in facts:
        if f.squad == "national_youth" and (f.coach, f.club, f.sentence) in named:
            f.squad_named = True


# between a country and the side the headline names it with: "Austria women's coach", "Sweden's U21s"
_COUNTRY_THEN_SQUAD = re.compile(r"(?:['’]s?)?\s+")
# a headline naming the senior side too ("… takes senior job", "joins senior staff", "men's coach")
_SENIOR_IN_HEADLINE = re.compile(r"\b(?:senior|men['’]s|first[- ]team)\b", re.I)


def headline_national_sides(title: object) -> dict[str, str]:
    """Country → the one side other than the senior men's team the headline names it with ('Schriebl
    to succeed Fuhrmann as Austria women's coach', 'Japan U-17 win …', 'Mdaka to lead Amajita')."""
    if not isinstance(title, str) or _SENIOR_IN_HEADLINE.search(title):
        return {}  # "Denia to coach Spain Under-21s as De la Fuente takes senior job": both sides
    squads = squad_mentions(title)
    sides: dict[str, set[str]] = {}
    for m in run_mentions(title, None):
        if m.kind != "C" or m.club_kind != "national":
            continue
        code = m.squad
        if code is None:
            after = next((s for s in squads if _COUNTRY_THEN_SQUAD.fullmatch(title, m.end, s.start)), None)
            code = _national(after.squad or "", "national") if after else None
        if code and code != "national":
            sides.setdefault(m.name, set()).add(code)
    return {country: codes.pop() for country, codes in sides.items() if len(codes) == 1}


def headline_womens_clubs(title: object) -> frozenset[str]:
    """Clubs the headline names with their women's team ('Inter Women, official the renewal of …', 'new faces
    in the staff of Häcken's women'): the story is that team's, so the club's posts it leaves unnamed are
    the women's."""
    if not isinstance(title, str) or "wom" not in title.lower():
        return frozenset()
    squads = [s for s in squad_mentions(title) if s.squad == "women"]
    clubs = set()
    for m in run_mentions(title, None):
        if m.kind != "C" or m.club_kind != "club":
            continue
        if m.squad == "women" or any(_COUNTRY_THEN_SQUAD.fullmatch(title, m.end, s.start) for s in squads):
            clubs.add(m.name)
    return frozenset(clubs)


# staff kept on or renewed are in place with the side; one who joins or leaves may be going to or coming
# from the senior side ("analyst X moves up to the senior set-up")
# what a backroom man's post does in a story about one side: kept on, renewed, or left ("goalkeeping coach X
# also leaves"), the post is that side's all the same
_STAFF_POST_EVENTS = frozenset({"in_charge", "extended", "left", "resigned", "dismissed"})


def _headline_side_staff(facts: list[Fact], sides: dict[str, str]) -> None:
    """A story the headline gives a country's particular side: the backroom staff there that the text
    names no squad for, kept on, renewed or leaving ('goalkeeping coach X stays on', 'fitness coach Y
    also leaves'), are that side's staff. (Not
    its head coaches: a senior coach told in passing, 'Japan coach Moriyasu watched the final', keeps his.)"""
    if not sides:
        return
    senior = {(f.coach, f.club) for f in facts if f.squad == "national" and f.squad_named}
    for f in facts:
        side = sides.get(f.club or "")
        if (
            side
            and f.squad == "national"
            and f.role in STAFF_TITLE_ROLES
            and f.event in _STAFF_POST_EVENTS
            and not (f.squad_named or f.mens or (f.coach, f.club) in senior)
        ):
            f.squad = side


def coaching_roundup(title: object, lead: list[str]) -> bool:
    """The headline or the lead sentence calls the article a round-up of coaching news."""
    heads = [title, *lead] if isinstance(title, str) else lead
    return any(_COACHING_ROUNDUP.search(h) for h in heads)


def womens_league_headline(title: object) -> bool:
    """The headline names a women's league or tournament ('WSL2 gossip: …', 'NWSL round-up', '… ahead of
    the Women's World Cup'): a story about women's football."""
    return isinstance(title, str) and _WOMENS_LEAGUE.search(title) is not None


def _women_article(
    facts: list[Fact],
    text: str = "",
    topic_club: str | None = None,
    women_from: int = 0,
    league_headline: bool = False,
    headline_clubs: frozenset[str] = frozenset(),
    women_coaches: Collection[str] = (),
    lead_club: str | None = None,
) -> list[Fact]:
    """A club the article (or its headline) names with its women's team: its other posts here are the
    women's too; so are the posts a coach the text calls "she" holds without a squad named. Returns the
    country's age-group posts left to `_age_groups_of_womens_coaches`."""
    mens = _mens_league_clubs(text) if "women" in text.lower() else set()
    _named_national_youth(facts)
    women = {f.club for f in facts if f.squad.startswith(("women", "national_women")) and f.club not in mens}
    women |= headline_clubs - mens
    if topic_club and _WOMENS_LEAGUE_CLUB.search(text):
        women.add(topic_club)
    later = _later_womens_side(facts, women_from)
    if _MEN_COACHED_BY_A_WOMAN.search(text):
        women_coaches = ()
    # in a story about women's football, a coach placed with a women's team coaches women at her
    # other clubs too ("Hayes previously coached the Chicago Red Stars")
    coaches = {f.coach for f in facts if f.squad.startswith(("women", "national_women"))}
    n_women = sum(1 for f in facts if f.squad.startswith(("women", "national_women")))
    # mostly women's teams: "assistant to Wiegman with England" is England's women's team too
    # (news of a side the text calls the men's — "renewed as head coach of the men's national team" — is
    # no women's story because the country's women's coach is named further down; a past spell with the
    # men's team, "led the Germany men's team to the silver medal", tells no such news)
    mens_named = {f.club for f in facts if f.mens and f.squad == "national" and f.event != "in_charge"}
    # (not a man's post told before the club's women's side comes up, by another coach: "X is the new national
    # coach … Women's national coach Y has extended", X's other national sides stay the men's)
    with_women = [
        f
        for f in facts
        if ((f.club in women and f.club not in mens_named) or f.squad.startswith(("women", "national_women")))
        and (f.club, f.coach) not in later
    ]
    national_women = {f.coach for f in with_women} if 2 * len(with_women) >= len(facts) else set()
    if coaches and not _WOMENS_LEAGUE.search(text):  # the scan of the whole text only when it can matter
        coaches = set()
    # mostly women's posts, or a round-up of a women's league: the rest are women's too
    womens_story = league_headline or (bool(coaches) and 2 * n_women >= len(facts))
    national_women_coaches = {f.coach for f in facts if f.squad.startswith("national_women")}
    led_to_national = {
        (f.coach, f.club) for f in facts if f.coach in national_women_coaches and _led_to_national(f)
    }
    deferred: list[Fact] = []  # a country's age groups, women's only if their coach is a women's coach
    for f in facts:
        # (a club's youth set-up told with no age group nor women's word, "coached in the club's academy", is
        # its boys' set-up: the women's squads are told by name, "the women's under-19s")
        if f.mens or (f.club, f.coach) in later or f.squad == "youth":
            continue
        if _women_post(f, women) and _NATIONAL_AGE_GROUP.fullmatch(f.squad):
            deferred.append(f)
        elif (
            _women_post(f, women)
            or (f.coach in national_women and f.squad == "national" and not f.squad_named)
            or (f.coach in coaches and f.squad == "first_team" and not f.squad_named and f.club not in mens)
            or (womens_story and _unnamed_senior_post(f, mens))
            or (f.coach in women_coaches and _her_unnamed_post(f, mens, lead_club))
            or ((f.coach, f.club) in led_to_national and _unnamed_club_post(f, mens))
        ):
            f.squad = womens_squad(f.squad)
    _shared_womens_posts(facts, women, mens, later, women_coaches)
    return deferred


def _womens_fronted_posts(facts: list[Fact], sentences: list[str]) -> None:
    """A sentence that opens on the women's side as its topic ('On the women's side, X was appointed …'):
    its senior posts at a club or country named bare are the women's team's. (Set last, so that a story of
    both sides, the men's news first, is not read as a women's story for it; an age group keeps its own
    reading.)"""
    for f in facts:
        if f.squad not in ("first_team", "national") or f.mens or not 0 <= f.sentence < len(sentences):
            continue
        if WOMENS_SIDE_FRONTED.match(sentences[f.sentence]) and not MENS_TEAM.search(sentences[f.sentence]):
            f.squad = womens_squad(f.squad)


# "Before the women's team he spent eight seasons with C": the post the coach holds in the story is the
# women's team (as "Before the national team, X coached C" tells a national one)
_BEFORE_WOMENS_TEAM = re.compile(
    r"(?:Before|Prior\s+to)\s+(?:(?:joining|taking\s+(?:charge\s+of|over)|coaching|leading)\s+)?"
    r"(?:the|her|his)\s+women['’]s\s+(?:national\s+)?(?:team|side|job|post|role)\b"
)


def _story_side_before_the_womens_team(facts: list[Fact], sentences: list[str]) -> None:
    """'Before the women's team he spent eight seasons with C': the one other senior post the story gives
    that coach is the women's team, and so are the story's other senior posts there told bare (its
    predecessor, successor and staff), unless one is told of the men's side."""
    sides: set[str] = set()
    for i, sentence in enumerate(sentences):
        if "women" not in sentence or not _BEFORE_WOMENS_TEAM.match(sentence):
            continue
        here = {f.club for f in facts if f.sentence == i}
        for coach in {f.coach for f in facts if f.sentence == i}:
            posts = {
                f.club
                for f in facts
                if f.coach == coach and f.squad in ("first_team", "national") and f.club not in here
            }
            if len(posts) == 1:
                sides |= posts
    sides -= {f.club for f in facts if f.mens}
    for f in facts:
        if f.club in sides and f.squad in ("first_team", "national"):
            f.squad = womens_squad(f.squad)


def _mens_posts_beside_a_womens_headline(facts: list[Fact], ctx: Context) -> list[tuple[Fact, str]]:
    """(fact, squad) of the posts the headline's women's team must not take: at the club or country the
    headline names with its women's team ('Austria women's coach', 'Inter Women'), a man the headline does
    not name, titled head coach of that side with no women's word in his sentence ('Austria coach X welcomed
    the appointment'), keeps his own post. (A well-known coach told untitled is left to the women's reading:
    the list holds women's coaches too, and reading it so cost unseen text a right fact.)"""
    countries = {c for c, side in ctx.headline_sides.items() if side == "national_women"}
    if not (countries or ctx.headline_women):
        return []
    headline = fold(ctx.headline)
    return [
        (f, f.squad)
        for f in facts
        if (f.club in countries or f.club in ctx.headline_women)
        and f.current_post
        and f.role == "head_coach"
        and not f.squad_named
        and fold(f.coach.split()[-1]) not in headline
        and not WOMENS_WORD.search(ctx.sentences[f.sentence] if 0 <= f.sentence < len(ctx.sentences) else "")
    ]


# the Olympic side named with no men's word or age group ("led the Olympic team to silver")
_OLYMPIC_SIDE = re.compile(r"\bOlympic\s+(?:team|side|squad|selection)\b", re.IGNORECASE)
_MENS_OR_AGE_GROUP = re.compile(r"\b(?:men|men['’]s|under[-\s]?23s?|u[-\s]?23s?)\b", re.IGNORECASE)


def _olympic_side_of_a_womens_coach(facts: list[Fact], ctx: Context) -> None:
    """'Elias led the Olympic team to silver', told of the country's women's coach: women's Olympic football
    is played by the senior side, so the post is the women's national team, not an under-23 side."""
    womens_coaches = {(f.coach, f.club) for f in facts if f.squad == "national_women"}
    for f in facts:
        if f.squad not in ("national_u23", "national_women_u23") or (f.coach, f.club) not in womens_coaches:
            continue
        sentence = ctx.sentences[f.sentence] if 0 <= f.sentence < len(ctx.sentences) else ""
        if _OLYMPIC_SIDE.search(sentence) and not _MENS_OR_AGE_GROUP.search(sentence):
            f.squad = "national_women"


def _headline_womens_national_team(facts: list[Fact], sides: dict[str, str]) -> None:
    """A story the headline gives a country's women's team ('Schriebl to succeed Fuhrmann as Austria women's
    coach'): the country's senior posts the text names no squad for are the women's team's (not one the
    sentence calls the men's: 'Thalhammer left to coach LASK's men')."""
    countries = {country for country, side in sides.items() if side == "national_women"}
    for f in facts:
        if f.club in countries and f.squad == "national" and not (f.squad_named or f.mens):
            f.squad = "national_women"


def _shared_womens_posts(
    facts: list[Fact],
    women: set[str],
    mens: set[str],
    later: set[tuple[str | None, str]],
    women_coaches: Collection[str] = (),
) -> None:
    """A club post that became the women's by its coach ('X replaces Hayes at Chelsea', Hayes a women's
    coach): the other unnamed posts at that club told in the same sentence are that women's team too; so
    is the boss's post an aide's told ('she was an assistant to Y with Sweden', her post there Sweden's
    women's team: Y coached the side she served)."""
    turned = {(f.club, f.sentence) for f in facts if f.squad == "women" and f.club not in women}
    # "she had taken over the Netherlands following the dismissal of X": the side a woman took is the one he
    # left (a country's side is the women's by its coach alone only where the text calls her "she")
    turned_national = {
        (f.club, f.sentence)
        for f in facts
        if f.squad == "national_women" and f.coach in women_coaches and not f.squad_named
    }
    aides = [f for f in facts if f.role == "assistant_coach"]
    served = {(f.club, f.sentence) for f in aides if f.squad == "national_women"}
    for f in facts:
        if (f.club, f.coach) in later or f.mens:
            continue
        if (f.club, f.sentence) in turned and _unnamed_club_post(f, mens):
            f.squad = "women"
        elif f.squad == "national" and not f.squad_named and _shares_her_side(f, turned_national, served):
            f.squad = "national_women"


def _shares_her_side(f: Fact, turned: set[tuple[str, int]], served: set[tuple[str, int]]) -> bool:
    """The country's side of this fact is the one a woman took (or an aide served) in the same sentence."""
    post = (f.club, f.sentence)
    return post in turned or (f.aide_told and post in served)


def _led_to_national(f: Fact) -> bool:
    """A club post told as the career that led to a national one: 'Before the national team, X coached
    C', or held up to the news ('He had coached C since 2021', 'has coached C since 2021', 'had been
    coaching C', 'until now coach of C')."""
    return f.before_national or f.spell_tense in ("had", "has") or f.until_now


def _later_womens_side(facts: list[Fact], women_from: int) -> set[tuple[str | None, str]]:
    """(club, coach) of a man's unnamed senior posts told before the story first says a women's word,
    when the club's women's side comes up only later, by another coach ("Duff signs a new deal …
    Women's team manager Wearen also signed"): the story is about its men. A women's word in the
    headline or before (women_from 0) keeps the story's posts with the women."""
    first: dict[str | None, int] = {}
    women_coaches: set[tuple[str | None, str]] = set()
    for f in facts:
        if f.squad.startswith(("women", "national_women")):
            first[f.club] = min(first.get(f.club, f.sentence), f.sentence)
            women_coaches.add((f.club, f.coach))
    # (a coach the story tells again after its women's word is no man of an earlier story: "Lyon appoint
    # X to replace Y … Y left Lyon for Chelsea")
    told_later = {(f.club, f.coach) for f in facts if f.club in first and f.sentence >= first[f.club]}
    return {
        (f.club, f.coach)
        for f in facts
        if f.club in first
        and f.squad in ("first_team", "national")
        and not f.squad_named
        and (f.club, f.coach) not in women_coaches | told_later
        and f.sentence < first[f.club]
        and (women_from < 0 or f.sentence < women_from)
    }


def _drop_unnamed_first_team(facts: list[Fact]) -> list[Fact]:
    """Two rules read one clause: one saw the squad ('of their women's team'), one did not."""
    named: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.squad not in ("first_team", "national"):
            named.setdefault((f.coach, f.club, f.event, f.sentence), []).append(f)

    def same_clause(f: Fact, g: Fact) -> bool:  # the two matches overlap (else two clauses, two facts)
        if f.role == "caretaker" != g.role:
            return False  # "X, the U19 coach, has been in interim charge": his post and the senior spell
        if f.mens and g.squad.startswith(("women", "national_women")):
            return False  # "led the Norway women's team … and managed Norway's men": both teams told
        if f.trigger_end < 0 and g.trigger_end < 0:
            # ("was Y's assistant at C, having coached C's under-18s": an aide's post and a youth side's, read
            # by two matches, are two posts; one match reading both tells one post twice)
            return f.trigger == g.trigger or not (f.role == "assistant_coach" and g.role == "head_coach")
        if f.trigger_end < 0 or g.trigger_end < 0:  # one span known: the other's start inside it
            spanned, point = (f, g) if f.trigger_end >= 0 else (g, f)
            return spanned.trigger <= point.trigger < spanned.trigger_end
        return f.trigger < g.trigger_end and g.trigger < f.trigger_end

    return [
        f
        for f in facts
        if f.squad not in ("first_team", "national")
        or f.squad_named
        or not any(same_clause(f, g) for g in named.get((f.coach, f.club, f.event, f.sentence), []))
    ]


_AGE_SQUAD = re.compile(r"(?:national_)?(?:women_)?u\d+$")


def _drop_vague_youth(facts: list[Fact]) -> list[Fact]:
    """ "worked in the youth sector of C, where he coached the under-18 side": the age group
    named for the same spell is the post; the bare 'youth' one says less."""
    aged = {
        (f.coach, f.club, f.event, f.sentence, _youth_kind(f.squad))
        for f in facts
        if _AGE_SQUAD.match(f.squad)
    }
    return [
        f
        for f in facts
        if not (
            f.squad.endswith("youth") and (f.coach, f.club, f.event, f.sentence, _youth_kind(f.squad)) in aged
        )
    ]


def _aged_youth(facts: list[Fact], ctx: Context) -> None:
    """ "coached the club's youth teams, most notably the under-18s", "worked in C's academy, where he
    led the under-19s": a club's bare 'youth' post is the one age group the sentence names after
    its youth set-up, unless another club stands nearer to that age group ("the youth sector of C
    and the Under 19 of D"). Two age groups ("from the under-16s to the under-18s"), or one told
    before the set-up ("ran the under-23 side, having worked in C's youth system"), leave it vague."""
    for f in facts:
        if f.squad != "youth" or not 0 <= f.sentence < len(ctx.sentences):
            continue
        sentence = ctx.sentences[f.sentence]
        squads = squad_mentions(sentence)
        ages = [m for m in squads if m.squad and _AGE_SQUAD.match(m.squad)]
        age = ages[0] if len({m.squad for m in ages}) == 1 else None
        if not age or not re.fullmatch(r"u\d+", age.squad or ""):
            continue  # none, two, or a national or women's age group: not the club's youth post
        after_set_up = any(m.squad == "youth" and m.end <= age.start for m in squads)
        if after_set_up and _club_nearest(age, sentence, ctx) in (None, f.club):
            f.squad = age.squad or f.squad


def _club_nearest(near: Mention, sentence: str, ctx: Context) -> str | None:
    """The club named nearest to a mention of the sentence, or None when it names none."""
    clubs = [m for m in run_mentions(sentence, ctx.strong_clubs) if m.kind == "C"]
    if not clubs:
        return None
    return min(clubs, key=lambda m: min(abs(m.start - near.end), abs(near.start - m.end))).name


def _youth_kind(squad: str) -> str:
    """The squad code without its age group: 'national_women_u19' and 'national_women_youth' match."""
    return re.sub(r"(?:u\d+|youth)$", "", squad)


def _spell_starts(facts: list[Fact]) -> None:
    """An undated spell starts when the article says the coach was appointed to that post, or,
    told as 'in charge since then', when the change at that club told before it happened."""
    told: dict[tuple[str, str, str, str], DateMention] = {}
    for f in facts:  # each appointment as _dedupe keeps it: the first told, unless a later one is finer
        known = told.get((*_key(f), f.role))
        if f.event == "appointed" and f.date and (known is None or _finer(f.date, known)):
            told[(*_key(f), f.role)] = f.date
    appointed: dict[tuple[str, str, str], DateMention] = {}
    for (coach, club, squad, _role), when in told.items():  # caretaker in January, permanent in May
        first = appointed.get((coach, club, squad))
        if first is None or when.value < first.value:  # the spell began in January
            appointed[(coach, club, squad)] = when
    for f in facts:
        # (the earlier spell of a man who returns did not begin with his return)
        if f.event == "in_charge" and f.date is None and not f.derived and not f.before_return:
            f.date = appointed.get(_key(f))
        if f.event == "in_charge" and f.date is None and f.since_prior:
            f.date = _prior_change_date(f, facts)


def _stand_in_starts(facts: list[Fact]) -> None:
    """'Y was dismissed in September. X, the assistant, then took over as interim': a caretaker's
    appointment the text gives no date of its own happened when the man before him left, told in the
    same sentence or the one just before. (Not for a man the text tells stepping in more than once at the
    club: which exit each spell followed is left to the dates of their own words.)"""
    for f in facts:
        if f.event != "appointed" or f.role != "caretaker" or f.date is not None:
            continue
        if any(
            g is not f and g.event == "appointed" and (g.coach, g.club) == (f.coach, f.club) for g in facts
        ):
            continue
        exit_ = _latest_exit_before(f, facts, since_sentence=f.sentence - 1)
        if exit_ is not None:
            f.date = dataclasses.replace(exit_.date, kind="point")


def _latest_exit_before(f: Fact, facts: list[Fact], since_sentence: int = 0) -> Fact | None:
    """The last dated exit of another man at f's club told from `since_sentence` up to f's sentence."""
    exits = [
        g
        for g in facts
        if g.event in ("dismissed", "resigned", "left")
        and g.club == f.club
        and g.coach != f.coach
        and g.date is not None
        and since_sentence <= g.sentence <= f.sentence
    ]
    return max(exits, key=lambda g: g.sentence, default=None)


def _prior_change_date(f: Fact, facts: list[Fact]) -> DateMention | None:
    exit_ = _latest_exit_before(f, facts)
    return dataclasses.replace(exit_.date, kind="since") if exit_ is not None else None


def _fill_declined_clubs(facts: list[Fact], ctx: Context) -> None:
    for f in facts:
        if f.event == "offer_declined" and f.club is None:
            offers = [o for o in facts if o.event == "offer" and o.coach == f.coach and o.club]
            own = {
                o.club
                for o in facts
                if o.coach == f.coach and o.event in ("in_charge", "appointed", "extended")
            }
            if offers:
                f.club, f.squad = offers[-1].club, offers[-1].squad
            elif ctx.topic_club and ctx.topic_club not in own:
                f.club = ctx.topic_club


def _until_left(facts: list[Fact]) -> list[Fact]:
    """'in charge of the under-19s until this season' also says he left them then."""
    return [
        Fact(
            f.coach,
            f.club,
            f.squad,
            f.role,
            "left",
            f.confidence,
            f.sentence,
            f.trigger,
            date=f.until,
            derived=True,
        )
        for f in facts
        if f.event == "in_charge" and f.until
    ]


def _left_post(post: Fact, confidence: float, when: DateMention | None = None) -> Fact:
    """The departure from `post` (a spell held when a new appointment is told), derived from it."""
    return Fact(
        post.coach,
        post.club,
        post.squad,
        post.role,
        "left",
        confidence,
        post.sentence,
        post.trigger,
        when,
        derived=True,
    )


def _promotion_left(facts: list[Fact], sentences: list[str]) -> list[Fact]:
    """Appointed to the B team while coaching the U19s in the same sentence: left the U19s."""
    out = []
    told = {(f.coach, f.club, f.squad, f.sentence) for f in facts if f.event == "left"}  # its own words
    for a in facts:
        if a.event != "appointed" or a.role == "caretaker":
            continue
        for b in facts:
            if (
                b.event == "in_charge"
                and b.coach == a.coach
                and b.club == a.club
                and b.sentence == a.sentence
                and b.squad != a.squad
                and not b.still_held
                and (b.coach, b.club, b.squad, b.sentence) not in told
                # "U19 coach X will join Y's staff": keeps the U19s (not "moves up to the first-team staff")
                and not (_added_to_senior_staff(b, a) and not _moved_up_from_club_side(b, sentences))
            ):
                out.append(_left_post(b, 0.7, a.date))  # he left it when he took the new post
    return out


def _step_up_fills_the_post(facts: list[Fact]) -> None:
    """'X stepped up from the U19s to replace Y': X takes the post the same sentence tells Y leaving, else
    the one post the story appointed X to at that club ('X will coach Spain's U21s … X steps up from the
    U19s to replace Y'); the senior side only when neither tells another."""
    for f in facts:
        if not f.fills_replaced_post:
            continue
        vacated = {
            g.squad
            for g in facts
            if g.event == "left" and g.sentence == f.sentence and g.club == f.club and g.coach != f.coach
        }
        told = {
            g.squad
            for g in facts
            if g.event == "appointed" and g.coach == f.coach and g.club == f.club and g.sentence != f.sentence
        }
        post = vacated if len(vacated) == 1 else told
        if len(post) == 1:
            f.squad = next(iter(post))


def _held_until_now_left(facts: list[Fact]) -> list[Fact]:
    """'X, until now assistant of Y, becomes head coach', 'directed until now the B team' (then named to
    the first team), 'had been coaching the U18s': a post held until the story's news ends with the other
    post the story gives him, at that club or another, whatever sentence tells it (not a stand-in's
    charge); dated by that appointment. Not a post his boss's aide tells ('until now the assistant of Y'
    is no end of Y's spell) nor one whose end the story tells otherwise."""
    out = []
    for f in facts:
        if f.event != "in_charge" or not f.until_now or (f.aide_told and not f.derived):
            continue  # (the boss read through his aide's words is read no end: only the aide's post)
        if any(g.event in ("left", "dismissed", "resigned") and _key(g) == _key(f) for g in facts):
            continue
        # a stand-in's charge there is held beside his post, which he goes back to
        if any(g.event == "appointed" and g.role == "caretaker" and g.coach == f.coach for g in facts):
            continue
        moves = [
            g
            for g in facts
            if g.event == "appointed"
            and g.coach == f.coach
            and not g.derived
            and (g.club, g.squad, g.role) != (f.club, f.squad, f.role)
        ]
        if moves:
            first = min(moves, key=lambda g: (g.sentence, g.trigger))
            out.append(_left_post(f, 0.65, first.date))
    return out


def _consistent_squads(facts: list[Fact]) -> None:
    """A coach named with one particular squad of a club ('United head coach' after 'United
    Women's boss') keeps that squad where the text did not name one."""
    squads: dict[tuple[str, str], set[str]] = {}
    posts: dict[tuple[str, str], set[str]] = {}  # squads named with an event, not only a past spell
    for f in facts:
        squads.setdefault((f.coach, f.club or ""), set()).add(f.squad)
        # (a youth or reserve post he left is a past spell's end too: "X had come up from the reserves,
        # which he coached for two years" does not make his sacking, told before, the reserves')
        if f.event != "in_charge" and not (f.event == "left" and youth_or_reserve(f.squad)):
            posts.setdefault((f.coach, f.club or ""), set()).add(f.squad)
    for f in facts:
        other = squads[(f.coach, f.club or "")] - {f.squad}
        # a spell is recoloured by a women's post only: a youth or reserve spell at the club was a step
        # on his way up ("began with Ross County's youth sides … later managed Ross County"), and a
        # caretaker's or senior post's spell is the senior side's
        if f.event in ("in_charge", "extended"):
            other = {s for s in other if s.startswith(("women", "national_women"))}
        if f.event in (
            "dismissed",
            "resigned",
            "left",
        ):  # a past youth spell does not make a departure the youth's
            other = other & posts.get((f.coach, f.club or ""), set())
        if f.mens:  # "led the Germany men's team": not the women's side he coaches now
            other = {s for s in other if not s.startswith(("women", "national_women"))}
        if (
            f.squad in ("first_team", "national")
            and not f.squad_named
            and len(other) == 1
            and not _promoted_to(facts, f)
            and f.event in ("in_charge", "extended", "left", "dismissed", "resigned")
        ):
            f.squad = next(iter(other))


def _promoted_to(facts: list[Fact], f: Fact) -> bool:
    """The coach was promoted from another squad of the club to f's own ('promoted from the
    Under-21s': left them, appointed to the senior side, in one sentence): a departure naming no
    squad is then from that senior post, not the squad he had left."""
    same = [g for g in facts if g is not f and (g.coach, g.club) == (f.coach, f.club)]
    moves = {g.sentence for g in same if g.event == "appointed" and g.squad == f.squad}
    return any(g.event == "left" and g.squad != f.squad and g.sentence in moves for g in same)


def _moved_on_left(facts: list[Fact]) -> list[Fact]:
    """'was appointed coach of the U14s, before moving to … the B team': he left the U14s."""
    out = []
    for a in facts:
        later = [
            b
            for b in facts
            if b.event == "appointed"
            and b.coach == a.coach
            and b.sentence == a.sentence
            and b.trigger > a.trigger
            and (b.club, b.squad) != (a.club, a.squad)
            and not _added_to_senior_staff(a, b)
            and not (a.second_side or b.second_side)  # (one post over two sides: no move between them)
        ]
        if a.event == "appointed" and later:
            # "named coach nine days after he had been appointed to the U23s": the U23 post came first
            first = later[0] if later[0].pluperfect and not a.pluperfect else a
            then = a if first is later[0] else later[0]  # he left on the day of the other appointment
            if _dated_before(then, first):
                continue
            out.append(
                Fact(
                    first.coach,
                    first.club,
                    first.squad,
                    first.role,
                    "left",
                    0.7,
                    first.sentence,
                    first.trigger,
                    date=then.date,
                    derived=True,
                )
            )
    return out


def _dated_before(then: Fact, first: Fact) -> bool:
    """The post taken second is dated before the one it would end ("arrives from Parma, where he only
    took over in February"): the sentence tells the posts newest first, so it tells no move from the first."""
    return then.date is not None and first.date is not None and then.date.value < first.date.value


def _added_to_senior_staff(a: Fact, b: Fact) -> bool:
    """'appointed Wales Under-21 manager in 2017, and he joined the senior coaching staff in 2019':
    an assistant's post with the same side's seniors is held alongside the youth team, not instead."""
    return (
        b.club == a.club
        and b.role == "assistant_coach"
        and a.role == "head_coach"
        and b.squad in _SENIOR_SIDES
    )


# a move onto the senior side's staff: "moves up to the first team", "is promoted to first-team coach",
# "integrates the professional staff", "was assigned to the senior staff" (not "steps up to work with the
# first team", a hand lent for a while; "joins the first-team staff" is as often a post held beside the
# youth side, and the gold sets split on it)
_MOVED_UP_TO_SENIOR_STAFF = re.compile(
    r"\b(?:integrat(?:es|ed)|assigned\s+to|(?:mov(?:es|ed)|step(?:s|ped))\s+up\s+to|promoted\s+to(?:\s+become)?)"
    r"\s+(?:the\s+|a\s+)?(?:(?!work|help|assist|train)[\w\-]+\s+){0,3}?"
    r"(?:of\s+the\s+)?(?:first[\s\-]team|senior|professional)\b",
    re.IGNORECASE,
)


def _moved_up_from_club_side(post: Fact, sentences: list[str]) -> bool:
    """'U19 coach X moves up to the first team as assistant': a club's youth or reserve coach moved up to
    its senior staff gives up his side, as the sets record it (a national youth coach often helps the
    seniors beside his own team: "Guatemala's under-20 coach X will join Y's staff for the qualifiers")."""
    return (
        not post.squad.startswith("national")
        and post.sentence < len(sentences)
        and _MOVED_UP_TO_SENIOR_STAFF.search(sentences[post.sentence]) is not None
    )


# a club's or a country's senior sides, the men's and the women's: "Shin will be assisted by X, who coached
# the under-17 women's team" adds the women's seniors' staff to X's post, as "joined the senior staff" does
_SENIOR_SIDES = frozenset({"first_team", "national", "women", "national_women"})


def _drop_aide_titles_elsewhere(facts: list[Fact]) -> list[Fact]:
    """'He will be joined by assistant manager X': the bare title is the post X takes, so it is no
    spell at another club the story had in view."""
    arriving = {
        (f.coach, f.sentence, f.club) for f in facts if f.event == "appointed" and f.role != "head_coach"
    }
    return [
        f
        for f in facts
        if not (
            f.event == "in_charge"
            and f.current_post
            and not f.club_named
            and any((f.coach, f.sentence) == (c, i) and club != f.club for c, i, club in arriving)
        )
    ]


def _poached_left(facts: list[Fact]) -> list[Fact]:
    """'Norwich have named Dortmund II coach Daniel Farke as head coach': he left Dortmund II. An
    aide's bare title ('joined by assistant manager X') is the post he takes, not one he left,
    unless the words name its club."""
    out = []
    for a in facts:
        if a.event != "appointed" or a.role == "caretaker":
            continue
        for b in facts:
            if (
                b.event == "in_charge"
                and b.current_post
                and (b.club_named or a.role == "head_coach")
                and b.coach == a.coach
                and b.sentence == a.sentence
                and b.club != a.club
            ):
                out.append(_left_post(b, 0.65, a.date))
    return out


def _ended_spells_left(facts: list[Fact]) -> list[Fact]:
    """Convention: a spell told with its start and as over records its end as `left` too. 'X had
    led C since 2018' (pluperfect: it has ended), or 'X, who has led C since 2022, will take over
    at D' (a current post, the coach appointed to another): he left C. Not when the article tells
    that spell ending otherwise (a sacking, a resignation, a departure) or his appointment to that
    same post (an interim made permanent); dated by his appointment elsewhere when it is told."""
    out = []
    for f in facts:
        if f.event != "in_charge" or f.spell_tense is None or f.derived or f.aide_told or not f.club:
            continue
        # "X, the former C coach, had been in charge since 2022": the tense is the story's post's
        if f.former_post:
            continue
        same = [g for g in facts if _key(g) == _key(f)]
        if any(g.event in ("appointed", "dismissed", "resigned", "left", "extended") for g in same):
            continue  # ("C extended X's contract. X had been in charge since 2016": still is)
        ended = ("dismissed", "resigned")
        if any(g.event in ended and (g.coach, g.club) == (f.coach, f.club) for g in facts):
            continue  # "X was sacked … X had been in charge since 2015": the squad read is another's
        moves = [
            g
            for g in facts
            if g.event == "appointed"
            and g.role != "caretaker"
            and g.coach == f.coach
            and _key(g) != _key(f)
            and (g.date is None or f.date is None or g.date.value >= f.date.value)
        ]
        if f.spell_tense == "has" and not [g for g in moves if g.club != f.club]:
            continue  # a current spell: over only when he is appointed to another club
        when = min(moves, key=lambda g: (g.sentence, g.trigger)).date if moves else None
        out.append(_left_post(f, 0.6, when))
    return out


def _key(f: Fact) -> tuple[str, str, str]:
    return fold(f.coach), fold(f.club or ""), f.squad


def _start_of_a_told_spell(f: Fact, facts: list[Fact]) -> bool:
    """An appointment told as the start of a spell the same sentence tells as held since then: 'X had
    been in charge since June 2021, when he replaced Y' tells X's spell (in_charge), not news of his arrival
    (the newer sets' gold; the 'since' spell and the 'when' arrival share the one date)."""
    return (
        f.event == "appointed"
        and f.date is not None
        and any(
            g.event == "in_charge"
            and g.sentence == f.sentence
            and g.trigger < f.trigger
            and _key(g) == _key(f)
            and g.date is not None
            and g.date.kind == "since"
            and g.date.value == f.date.value
            for g in facts
        )
    )


def _drop_starts_of_told_spells(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if not _start_of_a_told_spell(f, facts)]


def _earlier_rumour(f: Fact, same: list[Fact]) -> bool:
    """'had been linked with the job in 2018' before the 2019 appointment: a rumour of its own."""
    if f.date is None:
        return False
    others = [g for g in same if g.event in ("offer", "offer_declined", "appointed")]
    if f.pluperfect and all(g.sentence != f.sentence for g in others):
        return True  # "had been linked with the job in 2018": told as past, apart from the appointment
    later = [g.date for g in others if g.date]
    return bool(later) and all(d.value.year > f.date.value.year for d in later)


def _rumour_at_his_own_post(f: Fact, same: list[Fact]) -> bool:
    """'X, who has extended his deal at C, had been linked with D in the summer': a head coach the story
    keeps at C by a new contract is no candidate for C's job; the rumour read at C is about another club."""
    return (
        f.event == "linked"
        and f.role == "head_coach"
        and any(g.event == "extended" and g.role == "head_coach" for g in same)
    )


def _overlap(f: Fact, g: Fact) -> bool:
    """The two rule matches share text (one clause read twice), or one has no extent."""
    if f.trigger_end < 0 or g.trigger_end < 0:
        return True
    return f.trigger < g.trigger_end and g.trigger < f.trigger_end


def _told_after_arrival(f: Fact, g: Fact) -> bool:
    """'took over in 2019 and led C to the final': the achievement follows the appointment's clause."""
    return g.event == "appointed" and 0 <= g.trigger_end <= f.trigger


def _same_exit(f: Fact, same: list[Fact]) -> bool:
    """A departure beside a sacking or resignation at the same post is that exit told again, unless a
    return comes between them ('resigned in March 2023', 'returned in September', 'agreed on Sunday to
    end his contract')."""
    exits = [g for g in same if g.event in ("dismissed", "resigned")]
    # ("had first managed C … before leaving": another spell's end, unless told beside it or on its day)
    if f.earlier_exit:
        return any(
            g.sentence == f.sentence or (f.date and g.date and f.date.value == g.date.value) for g in exits
        )
    return any(not _return_between(f, g, same) for g in exits)


def _return_between(f: Fact, g: Fact, same: list[Fact]) -> bool:
    """Two dated exits at one post, an appointment there dated strictly between them."""
    if f.date is None or g.date is None or f.tense_dated or g.sentence == f.sentence:
        return False
    early, late = sorted((f.date.value, g.date.value))
    return any(h.event == "appointed" and h.date and early < h.date.value < late for h in same)


def _aide_before_head(f: Fact, same: list[Fact]) -> bool:
    """'X had been the vice of Y' at the club X now leads: his spell as an aide there, derived beside his
    boss's, is no restatement of his changes as its head coach (nor of that aide's post's own end)."""
    return (
        f.derived
        and f.role == "assistant_coach"
        and all(g.role in _HEAD_ROLES or (g.event == "left" and g.role == f.role) for g in same if g is not f)
    )


_HEAD_ROLES = frozenset({"head_coach", "caretaker"})


def _drop_restatements(facts: list[Fact]) -> list[Fact]:
    by_key: dict[tuple[str, str, str], list[Fact]] = {}
    for f in facts:
        by_key.setdefault(_key(f), []).append(f)
    by_coach_club: dict[tuple[str, str], set[str]] = {}
    for f in facts:
        by_coach_club.setdefault((fold(f.coach), fold(f.club or "")), set()).add(f.event)
    out = []
    for f in facts:
        same = by_key[_key(f)]
        events = {g.event for g in same}
        if _bare_parting(f, same):
            continue
        if f.event == "left" and events & {"dismissed", "resigned"} and _same_exit(f, _told_exits(same)):
            continue
        if f.event == "linked" and "appointed" in events and not _earlier_rumour(f, same):
            continue
        if _rumour_at_his_own_post(f, same):
            continue
        if f.event == "linked" and any(
            g.event in ("offer", "offer_declined") and g.sentence == f.sentence for g in same
        ):  # "approached X" read as a rumour too; a rumour told apart from the offer is a fact of its own
            continue
        if f.event == "in_charge" and f.weak and len(events) > 1 and not _aide_before_head(f, same):
            continue
        if f.event == "in_charge" and f.stay_post and _post_change_told(f, by_coach_club):
            continue
        if f.event == "in_charge" and f.staff_talk and events & {"appointed", "extended"}:
            continue
        if _coming_spell_of_appointment(f, same):
            continue
        if (
            f.event == "in_charge"
            and any(
                g.sentence == f.sentence
                and (
                    g.event in ("appointed", "dismissed", "resigned", "offer_declined")
                    # "goalkeeping coach Z also renewed": his title names the post he extends
                    or (g.event == "extended" and g.role in _AIDE_ROLES)
                )
                # ("Former C coach X, who took C to the final, turned down a return": a spell of its own)
                and (g.event != "offer_declined" or f.current_post)
                and (g.role == f.role or f.role == "head_coach")
                and not g.derived
                # "guided C to the final before he was sacked": two; "took over in 2019 and led C to the
                # final" is the appointment's own spell
                and (not f.achieved or _overlap(f, g) or _told_after_arrival(f, g))
                and not (f.sacked_after and g.event in ("dismissed", "resigned"))
                for g in same
            )
            and not ((f.lasting or f.latest_post) and (_ended_spell(same, f) or f.role == "caretaker"))
            and not _dated_start(same, f)  # "first spell from 2013 to 2015; he returned in 2021": two
            and f.spells == 1  # "X, who had two spells in charge of C, replaces Y": past spells
            and not f.before_return  # "returns to C, where he won the cup in 2003": the earlier spell
        ):
            continue
        # ("X, until now assistant of Y, becomes head coach": the post held up to now is a spell told)
        if f.event == "in_charge" and not f.until_now and _staff_title_while_leaving(f, same):
            continue
        if _head_reading_of_an_aides_post(f, same) or _head_reading_of_an_aides_arrival(f, same):
            continue
        if _title_beside_rumour(f, same):
            continue
        if f.event == "in_charge" and (exits := _exits_at_staff_title(f, same)):
            for g in exits:
                g.role = f.role  # the exit ends the titled post: it takes the title's role
            continue
        if _games_spell_beside_title(f, same):
            continue
        out.append(f)
    return out


def _head_reading_of_an_aides_post(f: Fact, same: list[Fact]) -> bool:
    """'He was an assistant to Y at C, where he spent a season', 'first-team coach at C under Y': the post
    the words place at C is read by one rule as his aide's post and by another as a head coach's; the aide's
    reading tells it (a head coach's spell beside it is told only with the post left to the team in view:
    'Assistant X led the side for two games' keeps both)."""
    return (
        f.event in ("in_charge", "linked")
        and f.role == "head_coach"
        and (f.club_named or f.squad_named)
        and any(
            g.sentence == f.sentence and g.event == f.event and g.role in _AIDE_ROLES and _overlap(f, g)
            for g in same
        )
    )


def _head_reading_of_an_aides_arrival(f: Fact, same: list[Fact]) -> bool:
    """'Y will be assisted by X, who joins from C': the one arrival at the club in view, read by one rule as
    the aide's appointment and by another (his move from C, no title of its own) as a head coach's; the
    aide's reading tells it (not 'X, who joined Y's staff as head coach in the winter, takes over as
    manager': a step up told with its own title)."""
    return (
        f.event == "appointed"
        and f.role == "head_coach"
        and f.untitled_arrival
        and not f.club_named
        and any(
            g.sentence == f.sentence and g.event == "appointed" and g.role in _AIDE_ROLES and _overlap(f, g)
            for g in same
        )
    )


def _post_change_told(f: Fact, by_coach_club: dict[tuple[str, str], set[str]]) -> bool:
    """'decided to remain at C' of a man whose appointment or exit at C the story tells: that post, told
    with its squad there, is no spell of its own."""
    events = by_coach_club[(fold(f.coach), fold(f.club or ""))]
    return bool(events & {"appointed", "extended", "dismissed", "resigned", "left"})


def _bare_parting(f: Fact, same: list[Fact]) -> bool:
    """'Saudi Arabia part ways with Mancini' (read as a sacking) beside 'parted ways with Mancini by mutual
    agreement' (a departure): the same parting, which the words telling how it was done name."""
    return (
        f.event == "dismissed"
        and f.parting
        and any(g.event == "left" and g.parting and g.sentence != f.sentence for g in same)
    )


def _told_exits(same: list[Fact]) -> list[Fact]:
    """The facts at a post but the bare partings a more informed telling replaces."""
    return [g for g in same if not _bare_parting(g, same)]


def _coming_spell_of_appointment(f: Fact, same: list[Fact]) -> bool:
    """'X was named caretaker … He will name his squad in mid-March': a spell told in the future tense
    after the appointment to that post is the appointment's own spell, no fact of its own."""
    return (
        f.event == "in_charge"
        and f.date is not None
        and f.date.future
        and any(g.event == "appointed" and g.sentence < f.sentence for g in same)
    )


def _games_spell_beside_title(f: Fact, same: list[Fact]) -> bool:
    """'assistant X took charge for the last two games': the post his title names is the spell told."""
    return (
        f.event == "in_charge"
        and f.lasting
        and f.role == "caretaker"
        and any(
            g.event == "in_charge" and g.sentence == f.sentence and g.role not in ("head_coach", "caretaker")
            for g in same
        )
    )


def _title_beside_rumour(f: Fact, same: list[Fact]) -> bool:
    """'Three-time ISL winning coach X was also considered', 'Spanish coach X is among the candidates': a
    title read as a post at the club in view, which the same sentence makes the post he is a candidate for;
    a candidate does not hold it ('former boss X is the favourite' tells a past spell there, and a club
    his own words name is a spell of its own)."""
    return (
        f.event == "in_charge"
        and f.current_post
        and not f.club_named
        and any(g.sentence == f.sentence and g.event in ("linked", "offer") for g in same)
    )


def _staff_title_while_leaving(f: Fact, same: list[Fact]) -> bool:
    """'goalkeeping coach Z is also leaving', 'With him also leave the second coach A': the title names the
    post he leaves, no spell of its own (a title of his post now, or one read inside the words of staff
    going with someone else: not "X leaves his role as assistant with C", which tells the spell)."""
    return f.role in _AIDE_ROLES and any(
        g.sentence == f.sentence
        and g.event == "left"
        and g.role == f.role
        and (f.current_post or (g.alongside and g.trigger <= f.trigger < g.trigger_end))
        for g in same
    )


def _exits_at_staff_title(f: Fact, same: list[Fact]) -> list[Fact]:
    """'X, assistant Y and goalkeeping coach Z were relieved of their duties': the exits, read as a head
    coach's, whose post the staff title names (the title is then no spell of its own)."""
    if not f.current_post or f.role not in _AIDE_ROLES:
        return []
    return [
        g
        for g in same
        if g.sentence == f.sentence and g.event in DEPARTURES and g.role == "head_coach" and not g.derived
    ]


_PRECISION_RANK = {"year": 0, "season": 1, "month": 2, "week": 3, "day": 4}


def _finer(d: DateMention, e: DateMention) -> bool:
    """The same moment told more precisely: the same year, a finer precision."""
    rank = _PRECISION_RANK.get
    return d.value.year == e.value.year and rank(d.precision, 0) > rank(e.precision, 0)


_APART_DAYS = 370  # more than a year: further apart than two tellings of one change's date


def _borrowed_date(f: Fact, facts: list[Fact]) -> bool:
    """'was back at C from 2020 … before being dismissed in 2021': the date of his other event there (a
    stand-in stepping back has no date of his own: he takes his spell's)."""
    return f.date is not None and any(
        h.sentence == f.sentence
        and h.event != f.event
        and not h.steps_back
        and h.coach == f.coach
        and h.date is not None
        and h.date.value == f.date.value
        for h in facts
    )


def _another_time(f: Fact, same: list[Fact], facts: list[Fact]) -> bool:
    """'first appointed in October 2016' … 'returned to the post in May 2019': the same change at
    the same post, told in another sentence with a date far apart and words of another spell,
    happened twice."""
    if f.event not in CHANGE_EVENTS or f.date is None or f.derived or f.tense_dated or f.date.kind != "point":
        return False
    if _borrowed_date(f, facts):
        return False
    return all(
        g.date is not None
        and not g.derived
        and not _borrowed_date(g, facts)
        and g.sentence != f.sentence
        and (f.another_spell or g.another_spell)
        and abs((f.date.value - g.date.value).days) > _APART_DAYS
        for g in same
    )


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (coach, club, squad, event, role), plus repeats a rule asked for ('twice')."""
    out: list[Fact] = []
    index: dict[tuple, Fact] = {}
    kept: dict[tuple, list[Fact]] = {}
    for f in facts:
        key = (*_key(f), f.event, f.role)
        first = index.get(key)
        if first is None or f.repeat or _another_time(f, kept[key], facts):
            index.setdefault(key, f)
            kept.setdefault(key, []).append(f)
            out.append(f)
        elif f.date and (not first.date or _finer(f.date, first.date) or _told_start(f, first)):
            first.date = f.date  # "a week after he left for Villa" … "joined Villa on November 11"
    # one exit (or extension: "his assistant X has also extended his deal") told once, read with two
    # roles: the staff role ("his role as assistant", "analyst X … were also dismissed") wins over a head
    # coach's reading (two appointments in one sentence are two posts: "brought in as first-team coach and
    # handed the top job")
    specific = {
        (*_key(f), f.event, f.sentence)
        for f in out
        if f.role not in ("head_coach", "caretaker")
        and f.event in ("left", "dismissed", "resigned", "extended")
    }
    # a move inferred with no word of his post ("X's move to Norwich", read as a head coach's) yields to
    # the staff post a surer fact tells he moved to ("left to become first-team coach at Carrow Road")
    staff_moves = {
        (*_key(f), f.event): f.confidence
        for f in out
        if f.role in STAFF_TITLE_ROLES and f.event == "appointed"
    }
    kept_out = [
        f
        for f in out
        if not (f.role == "head_coach" and (*_key(f), f.event, f.sentence) in specific)
        and not (f.role == "head_coach" and _weaker_than(f, staff_moves.get((*_key(f), f.event))))
    ]
    return _one_staff_title_per_exit(kept_out)


# (a spell too: "promoted set-piece coach X to head coach" tells one staff post, read with two titles)
_STAFF_EXIT_EVENTS = ("left", "dismissed", "resigned", "extended", "in_charge")


def _staff_exit(f: Fact) -> bool:
    return f.role not in ("head_coach", "caretaker") and f.event in _STAFF_EXIT_EVENTS


def _one_staff_title_per_exit(facts: list[Fact]) -> list[Fact]:
    """One exit, extension or staff spell of one man told once in a sentence, read with two staff titles
    ('Assistant coach X has also extended his deal, as has goalkeeper coach Y': 'his deal' also read with
    Y's title): the surer reading only."""
    best: dict[tuple, Fact] = {}
    for f in facts:
        key = (*_key(f), f.event, f.sentence)
        if _staff_exit(f) and (key not in best or f.confidence > best[key].confidence):
            best[key] = f
    return [f for f in facts if not _staff_exit(f) or best[(*_key(f), f.event, f.sentence)] is f]


def _one_appointment_told_twice(facts: list[Fact]) -> list[Fact]:
    """'Wrexham have appointed X as head coach' … 'X, who had been the assistant since 2022, takes over':
    one man's appointment to one post, dated the same day in another sentence with an aide's title
    beside a head coach's or a stand-in's, is that appointment told again: one man does not start as the
    aide and the head of one team on one day. The first telling stays, with the head role. (A stand-in
    and a permanent appointment the same day are two steps: "was caretaker, then given the job".)"""
    kept: list[Fact] = []
    for f in sorted(facts, key=lambda f: f.sentence):
        twin = next((k for k in kept if _same_appointment(f, k)), None)
        if twin is None:
            kept.append(f)
        elif f.role in _HEAD_ROLES:
            twin.role = f.role
    kept_ids = {id(k) for k in kept}
    return [f for f in facts if id(f) in kept_ids]


def _same_appointment(f: Fact, g: Fact) -> bool:
    """Two appointments of one man at one post, the same day, in two sentences, one told with an aide's
    title and the other with a head coach's or a stand-in's."""
    return (
        f.event == g.event == "appointed"
        and f.sentence != g.sentence
        and not (f.repeat or g.repeat)
        and _key(f) == _key(g)
        and {f.role in STAFF_TITLE_ROLES, g.role in STAFF_TITLE_ROLES} == {True, False}
        and (f.role in _HEAD_ROLES or g.role in _HEAD_ROLES)
        and f.date is not None
        and g.date is not None
        and f.date.value == g.date.value
    )


def _one_stand_in_exit(facts: list[Fact]) -> list[Fact]:
    """'Ruiz replaces X, who had been in interim charge since March' … 'X goes back to his post as
    assistant': a stand-in never given the job leaves it once; his departure read in another sentence
    with a head coach's title is the stand-in's told again. (A man the story makes the permanent head
    coach there may leave twice: once as the stand-in, once as the head coach.)"""
    made_head = {_key(f) for f in facts if f.event == "appointed" and f.role == "head_coach"}
    stand_in_left = {
        _key(f): f.sentence
        for f in facts
        if f.event == "left" and f.role == "caretaker" and _key(f) not in made_head
    }
    return [
        f
        for f in facts
        if not (
            f.event == "left"
            and f.role == "head_coach"
            and stand_in_left.get(_key(f), f.sentence) != f.sentence
        )
    ]


def _told_start(f: Fact, first: Fact) -> bool:
    """A spell's start told ('in charge of C since August 2022') over a day read otherwise for it
    ('appointed C coach X on Monday')."""
    return (
        f.event == "in_charge"
        and f.date.kind == "since"
        and first.date.kind != "since"
        and first.date.precision == "day"
    )


def _weaker_than(f: Fact, staff_confidence: float | None) -> bool:
    """An inferred head coach's appointment (low confidence) beside a surer staff appointment."""
    return staff_confidence is not None and f.confidence < _INFERRED_BELOW <= staff_confidence


_INFERRED_BELOW = 0.65
