"""`touchline explain tenure|event ID`: the evidence behind a row, as plain text."""

from __future__ import annotations

from typing import TextIO

import duckdb

HEADERS = {
    "tenure": """
        select c.full_name, cl.name, s.level, t.role, t.start_date, t.start_precision, t.end_date,
               t.end_precision, t.end_reason, t.confidence, t.n_sources, t.first_reported_at
        from core.tenures t join core.coaches c using (coach_id) join core.squads s using (squad_id)
        join core.clubs cl on cl.club_id = s.club_id where t.tenure_id = ?""",
    "event": """
        select c.full_name, cl.name, s.level, e.event, e.role, e.event_date, e.date_precision,
               e.confidence, e.n_sources, e.first_reported_at
        from core.events e join core.coaches c using (coach_id) join core.squads s using (squad_id)
        join core.clubs cl on cl.club_id = s.club_id where e.event_id = ?""",
}
EVIDENCE = """
    select source, source_ref, published_at, event, event_date, date_precision, confidence,
           char_start, char_end, text
    from core.evidence where {column} = ? order by published_at nulls last, source_ref
"""


def explain(con: duckdb.DuckDBPyConnection, kind: str, row_id: str, out: TextIO) -> bool:
    found = con.execute(HEADERS[kind], [row_id]).fetchall()
    if not found:
        return False
    header = found[0]
    if kind == "tenure":
        coach, club, squad, role, start, sp, end, ep, reason, conf, n, first = header
        out.write(f"{coach}: {role} of {club} ({squad})\n")
        out.write(
            f"  from {start or '?'} ({sp or 'unknown'}) to {end or 'now'}"
            f"{f' ({ep})' if end else ''}{f', ended: {reason}' if reason else ''}\n"
        )
    else:
        coach, club, squad, event, role, day, precision, conf, n, first = header
        out.write(
            f"{coach}: {event} ({role}) at {club} ({squad}) on {day or 'undated'}"
            f"{f' ({precision})' if day else ''}\n"
        )
    out.write(f"  confidence {conf:.2f} from {n} source(s); first reported {first}\n\nevidence:\n")
    rows = con.execute(EVIDENCE.format(column=f"{kind}_id"), [row_id]).fetchall()
    for source, ref, published, event, day, precision, c, start, end, text in rows:
        where = f" chars {start}-{end}" if start is not None else ""
        out.write(
            f"- [{source}] {ref}{where}\n  published {published}; {event} {day or ''} "
            f'{precision or ""} (confidence {c:.2f})\n  "{text}"\n'
        )
    return True
