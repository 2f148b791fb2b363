"""A past spell and the sacking that ended it, told in one sentence with the sacking hung on the spell in a
clause of its own: "He went on to coach A and B, who sacked him in March", "a short spell at C, where he was
dismissed in 2014", "coached C before being relieved of his duties". The gold sets record both the spell
(`in_charge`) and the sacking; a title restated in the sacking's own clause ("C sacked manager X") stays
one fact. A resignation hung on its spell so ("most recently coached C, where he resigned in June", "managed
C before stepping down") reads the same way."""

from __future__ import annotations

import re

from pipeline.extract.facts import Fact

# what hangs the exit on the spell told before it: a relative clause, "before being / until he was", "before
# resigning / stepping down"
_EXIT_CLAUSE = re.compile(
    r",\s+(?:who|whom|which|where)\b|\b(?:before|until)\s+(?:being|he\s+was|she\s+was)\b|"
    r"\bbefore\s+(?:resigning|quitting|stepping\s+down|presenting)\b",
    re.IGNORECASE,
)


_EXITS = ("dismissed", "resigned")  # a sacking, or a resignation told the same way


def mark_spells_sacked_after(facts: list[Fact], tagged: str) -> None:
    """Mark each spell the sentence tells before a clause that tells its sacking or resignation."""
    sackings = [g for g in facts if g.event in _EXITS]
    for f in facts:
        if f.event != "in_charge":
            continue
        for g in sackings:
            if (g.coach, g.club, g.squad) != (f.coach, f.club, f.squad) or g.trigger <= f.trigger:
                continue
            hung = _EXIT_CLAUSE.search(tagged, max(f.trigger, f.trigger_end), max(g.trigger, g.trigger_end))
            if hung and hung.start() <= g.trigger:
                f.sacked_after = True
