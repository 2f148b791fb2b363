"""Tenures: who held which post, from when to when, reconciled from all evidence.

Rules, applied per coach × squad × role and then per squad:

1. Dated evidence is replayed in time order. An appointment, a dated `in_charge` or a
   structured spell opens a spell (or supports the open one); a dismissal, resignation or
   departure closes the open spell; a structured spell also brings its own end.
2. When sources give different starts for the same spell, the earliest moment wins; for
   that moment the more precise date wins, then structured match sheets and rosters over
   news, then the date more independent origins agree on.
   A match-sheet spell that simply runs out of data ("last match seen") ends softly: the
   spell stays open when later evidence still has the coach in post (a roster saying
   "present", a later report), and otherwise ends on that last match.
3. Undated evidence attaches to the latest spell that had begun when it was published; an
   undated departure closes that spell "by" the publication day (precision `month`).
4. Within a squad, head-coach and caretaker spells form one succession: a spell still open
   (or ending later) when the next one begins is closed the day before it, and the two are
   linked as predecessor and successor.

Confidence pools the evidence over independent origins (see common.pooled_confidence);
`first_reported_at` is the earliest publication supporting the spell, `end_reported_at` the
earliest publication that told of its end.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise

from pipeline.ids import stable_id
from pipeline.reconcile.common import (
    END_EVENTS,
    HEAD_ROLES,
    TENURE_EVENTS,
    Evidence,
    first_reported,
    known_date,
    n_origins,
    origin_of,
    pooled_confidence,
    precision_rank,
    same_moment,
    tolerance_days,
)

STRUCTURED = "spell"  # evidence_kind of structured spells (rosters, match sheets, Wikidata)


@dataclass
class Spell:
    coach_id: str
    squad_id: str
    role: str
    start_date: date | None = None
    start_precision: str | None = None
    start_structured: bool = False
    start_candidates: list[tuple[date, str | None, bool, str]] = field(default_factory=list)
    end_date: date | None = None
    end_precision: str | None = None
    end_reason: str | None = None
    end_reported_at: datetime | None = None
    hard_closed: bool = False  # an end was stated (departure, roster end, successor seen)
    observed_until: date | None = None  # last day a match sheet saw the coach in post
    evidence: list[Evidence] = field(default_factory=list)
    tenure_id: str = ""
    predecessor_tenure_id: str | None = None
    successor_tenure_id: str | None = None

    @property
    def is_open(self) -> bool:
        return not self.hard_closed

    def observe(self, day: date) -> None:
        self.observed_until = max(day, self.observed_until or day)

    def settle_soft_end(self) -> None:
        """End a spell that only ran out of match data, unless later evidence has it go on."""
        if self.hard_closed or self.observed_until is None:
            return
        goes_on = any(
            ev.get("end_basis") == "open"
            or ((seen := known_date(ev)) is not None and seen > self.observed_until)
            or (ev.get("event_date") is not None and ev["event_date"] > self.observed_until)
            for ev in self.evidence
        )
        if not goes_on:
            self.end_date, self.end_precision = self.observed_until, "day"

    def offer_start(self, day: date, precision: str | None, ev: Evidence) -> None:
        """Record a start candidate; the start itself is chosen in `settle_start`."""
        self.start_candidates.append((day, precision, ev.get("evidence_kind") == STRUCTURED, origin_of(ev)))
        self.settle_start()

    def settle_start(self) -> None:
        """The earliest moment any source gives wins; among the candidates for that moment,
        the most precise date, then structured sources over news, then the date more
        independent origins agree on, then the earliest."""
        earliest = min(self.start_candidates, key=lambda c: c[0])
        moment = [c for c in self.start_candidates if same_moment(c[0], c[1], earliest[0], earliest[1])]
        support = Counter((c[0], c[1]) for c in {(c[0], c[1], c[3]) for c in moment})
        day, precision, structured, _ = min(
            moment, key=lambda c: (precision_rank(c[1]), not c[2], -support[(c[0], c[1])], c[0])
        )
        self.start_date, self.start_precision, self.start_structured = day, precision, structured

    def close(self, day: date | None, precision: str | None, reason: str | None, ev: Evidence) -> None:
        if day is not None and (
            self.end_date is None or precision_rank(precision) < precision_rank(self.end_precision)
        ):
            self.end_date, self.end_precision = day, precision
        self.end_reason = self.end_reason or reason
        reported = ev.get("published_at")
        if reported is not None and day is not None and ev.get("evidence_kind") == STRUCTURED:
            # A list's end is no news before the day itself (its "report" date is a guess).
            reported = max(reported, datetime.combine(day, datetime.min.time()))
        if reported is not None and (self.end_reported_at is None or reported < self.end_reported_at):
            self.end_reported_at = reported


def build_tenures(evidence: list[Evidence]) -> tuple[list[dict], dict[str, str]]:
    """Tenure rows for `core.tenures`, and evidence_id → tenure_id."""
    by_post: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for ev in evidence:
        if _is_tenure_evidence(ev):
            by_post[(ev["coach_id"], ev["squad_id"], ev.get("role") or "head_coach")].append(ev)
    spells: list[Spell] = []
    for key in sorted(by_post):
        spells.extend(_spells_for_post(*key, by_post[key]))
    for spell in spells:
        anchor = spell.start_date or min(ev["evidence_id"] for ev in spell.evidence)
        spell.tenure_id = stable_id("tn", spell.coach_id, spell.squad_id, spell.role, anchor)
    _link_successions(spells)
    _close_posts_left_for_another(spells)
    _close_passing_mentions(spells)
    tenure_of = {ev["evidence_id"]: s.tenure_id for s in spells for ev in s.evidence}
    return [_tenure_row(s) for s in spells], tenure_of


def _is_tenure_evidence(ev: Evidence) -> bool:
    return ev.get("evidence_kind") == STRUCTURED or ev.get("event") in TENURE_EVENTS


def _spells_for_post(coach_id: str, squad_id: str, role: str, items: list[Evidence]) -> list[Spell]:
    spells: list[Spell] = []
    dated = sorted((e for e in items if _when(e)), key=lambda e: (_when(e), e["evidence_id"]))
    undated = sorted(
        (e for e in items if not _when(e)),
        key=lambda e: (known_date(e) or date.max, e["evidence_id"]),
    )

    def new_spell() -> Spell:
        spell = Spell(coach_id, squad_id, role)
        spells.append(spell)
        return spell

    for ev in dated:
        day, precision = ev["event_date"], ev.get("date_precision")
        current = spells[-1] if spells and spells[-1].is_open else None
        if ev.get("event") in END_EVENTS:
            (current or new_spell()).close(day, precision, ev["event"], ev)
            (current or spells[-1]).evidence.append(ev)
            continue
        if current is None and spells and _within(spells[-1], day, precision):
            current = spells[-1]  # a later source repeating a spell already closed
        spell = current or new_spell()
        spell.offer_start(day, precision, ev)
        spell.evidence.append(ev)
        if ev.get("evidence_kind") == STRUCTURED and ev.get("end_date") is not None:
            if ev.get("end_basis") == "last_match":
                spell.observe(ev["end_date"])
            else:
                spell.close(ev["end_date"], ev.get("end_precision"), None, ev)
    for ev in undated:
        _attach_undated(ev, spells, new_spell)
    for spell in spells:
        spell.settle_soft_end()
    return spells


def _when(ev: Evidence) -> date | None:
    return ev.get("event_date")


def _within(spell: Spell, day: date, precision: str | None) -> bool:
    start_ok = (
        spell.start_date is None
        or day >= spell.start_date
        or same_moment(day, precision, spell.start_date, spell.start_precision)
    )
    end_ok = spell.end_date is None or day <= spell.end_date
    return start_ok and end_ok


def _attach_undated(ev: Evidence, spells: list[Spell], new_spell) -> None:
    seen = known_date(ev)
    begun = [s for s in spells if s.start_date is None or seen is None or s.start_date <= seen]
    target = begun[-1] if begun else (spells[0] if spells else new_spell())
    target.evidence.append(ev)
    if ev.get("event") in END_EVENTS:
        if target.end_date is None:
            target.close(seen, "month", ev["event"], ev)
        else:
            target.close(None, None, ev["event"], ev)


def _link_successions(spells: list[Spell]) -> None:
    by_squad: dict[str, list[Spell]] = defaultdict(list)
    for spell in spells:
        if spell.role in HEAD_ROLES:
            by_squad[spell.squad_id].append(spell)
    for squad_spells in by_squad.values():
        ordered = sorted(
            (s for s in squad_spells if s.start_date is not None or s.end_date is not None),
            key=lambda s: (_succession_anchor(s), s.tenure_id),
        )
        for i, after in enumerate(ordered):
            earlier = [b for b in ordered[:i] if (b.coach_id, b.role) != (after.coach_id, after.role)]
            if after.start_date is None:
                # Start unknown: the spell still came after the last one that had ended (the
                # as-of macro bounds it by that end), but it closes nothing.
                if earlier and earlier[-1].successor_tenure_id is None and earlier[-1].end_date:
                    earlier[-1].successor_tenure_id = after.tenure_id
                    after.predecessor_tenure_id = earlier[-1].tenure_id
                continue
            for before in earlier:  # one head coach at a time: whoever is still in post leaves
                if before.end_date is None or before.end_date >= after.start_date:
                    _close_for_successor(before, after)
            if earlier and earlier[-1].successor_tenure_id is None:
                earlier[-1].successor_tenure_id = after.tenure_id
                after.predecessor_tenure_id = earlier[-1].tenure_id


def _close_posts_left_for_another(spells: list[Spell]) -> None:
    """A head coach of a club who starts as head coach of another club has left the first
    (national teams excepted: club and country jobs are sometimes held together)."""
    by_coach: dict[str, list[Spell]] = defaultdict(list)
    for spell in spells:
        if spell.role == "head_coach" and spell.start_date and not _is_national(spell):
            by_coach[spell.coach_id].append(spell)
    for own in by_coach.values():
        own.sort(key=lambda s: (s.start_date, s.tenure_id))
        for before, after in pairwise(own):
            moved_on = before.squad_id != after.squad_id and after.start_date > before.start_date
            if moved_on and (before.end_date is None or before.end_date >= after.start_date):
                _close_for_successor(before, after)
                before.end_reason = "left" if before.end_reason == "replaced" else before.end_reason


def _close_passing_mentions(spells: list[Spell]) -> None:
    """A spell known only from a passing, undated mention ("the former Bayern boss") ended
    by the time the coach began a dated head-coach spell elsewhere that the same article
    reports, or that began after the mention was published."""
    by_coach: dict[str, list[Spell]] = defaultdict(list)
    for spell in spells:
        by_coach[spell.coach_id].append(spell)
    for own in by_coach.values():
        appointments = sorted(
            (s for s in own if s.role in HEAD_ROLES and s.start_date is not None),
            key=lambda s: (s.start_date, s.tenure_id),
        )
        for mention in own:
            if mention.start_date is not None or mention.end_date is not None or mention.end_reason:
                continue
            later = next((a for a in appointments if _supersedes(a, mention)), None)
            if later is not None:
                _close_for_successor(mention, later)
                mention.end_reason = "left"


def _supersedes(appointment: Spell, mention: Spell) -> bool:
    if appointment.squad_id == mention.squad_id:
        return False
    same_article = {e.get("article_id") for e in appointment.evidence} & {
        e.get("article_id") for e in mention.evidence
    } - {None}
    mentioned = known_date(min(mention.evidence, key=lambda e: e.get("published_at") or datetime.max))
    return bool(same_article) or (mentioned is not None and mentioned <= appointment.start_date)


def _is_national(spell: Spell) -> bool:
    return str(spell.evidence[0].get("squad_level") or "").startswith("national")


def _close_for_successor(before: Spell, after: Spell) -> None:
    # Two spells begun the same day (conflicting reports): the earlier-sorted one becomes a
    # one-day spell rather than ending before it began.
    before.end_date = max(after.start_date - timedelta(days=1), before.start_date or date.min)
    before.end_precision = after.start_precision
    before.end_reason = before.end_reason or "replaced"
    reported = first_reported(after.evidence)
    if before.end_reported_at is None or (reported and reported < before.end_reported_at):
        before.end_reported_at = reported


def _succession_anchor(spell: Spell) -> date:
    """Where a spell sits in its squad's succession: its start, or for a spell known only by
    its end, the earliest that end could be (an undated sacking is "by" the report)."""
    if spell.start_date is not None:
        return spell.start_date
    return spell.end_date - timedelta(days=tolerance_days(spell.end_precision))


def _tenure_row(spell: Spell) -> dict:
    return {
        "tenure_id": spell.tenure_id,
        "coach_id": spell.coach_id,
        "squad_id": spell.squad_id,
        "role": spell.role,
        "start_date": spell.start_date,
        "start_precision": spell.start_precision,
        "end_date": spell.end_date,
        "end_precision": spell.end_precision if spell.end_date else None,
        "end_reason": spell.end_reason,
        "predecessor_tenure_id": spell.predecessor_tenure_id,
        "successor_tenure_id": spell.successor_tenure_id,
        "confidence": pooled_confidence(spell.evidence),
        "n_sources": n_origins(spell.evidence),
        "first_reported_at": first_reported(spell.evidence),
        "end_reported_at": spell.end_reported_at,
    }
