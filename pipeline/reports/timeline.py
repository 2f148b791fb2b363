"""`touchline plot club NAME`: a club's coaching timeline as a PNG.

One row per squad, one bar per spell (caretakers hatched, spells with an unknown start drawn
faded from their first evidence), events as markers, a dated x axis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb

EVENT_MARKERS = {
    "appointed": ("^", "tab:green"),
    "dismissed": ("X", "tab:red"),
    "resigned": ("v", "tab:orange"),
    "left": ("v", "tab:gray"),
    "extended": ("P", "tab:blue"),
    "offer": ("o", "tab:purple"),
    "offer_declined": ("x", "tab:purple"),
    "linked": (".", "tab:purple"),
}
UNKNOWN_START_DAYS = 120  # how far back a spell with an unknown start is drawn


@dataclass(frozen=True)
class Bar:
    squad: str
    coach: str
    role: str
    start: date | None
    end: date | None


class ClubNotFound(LookupError):
    pass


def find_club(con: duckdb.DuckDBPyConnection, name: str) -> tuple[str, str]:
    """(club_id, name) of the club whose name matches best: exact, then prefix, then substring."""
    rows = con.execute(
        """
        select club_id, name from core.clubs
        where strip_accents(lower(name)) like '%' || strip_accents(lower(?)) || '%'
        order by strip_accents(lower(name)) = strip_accents(lower(?)) desc,
                 starts_with(strip_accents(lower(name)), strip_accents(lower(?))) desc,
                 length(name), name
        limit 1
        """,
        [name, name, name],
    ).fetchall()
    if not rows:
        raise ClubNotFound(f"no club matching {name!r}")
    return rows[0]


def club_timeline(con: duckdb.DuckDBPyConnection, club_id: str) -> tuple[list[Bar], list[tuple]]:
    bars = [
        Bar(*row)
        for row in con.execute(
            """
            select s.level, c.full_name, t.role, t.start_date, t.end_date
            from core.tenures t
            join core.squads s using (squad_id)
            join core.coaches c using (coach_id)
            where s.club_id = ?
            order by s.level, t.start_date nulls first
            """,
            [club_id],
        ).fetchall()
    ]
    events = con.execute(
        """
        select s.level, e.event, e.event_date, c.full_name
        from core.events e
        join core.squads s using (squad_id)
        join core.coaches c using (coach_id)
        where s.club_id = ? and e.event_date is not null
        """,
        [club_id],
    ).fetchall()
    return bars, events


def plot_club(con: duckdb.DuckDBPyConnection, name: str, out: Path, today: date | None = None) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    club_id, club_name = find_club(con, name)
    bars, events = club_timeline(con, club_id)
    today = today or date.today()
    squads = sorted({b.squad for b in bars} | {e[0] for e in events}) or ["first_team"]
    row = {squad: i for i, squad in enumerate(squads)}
    fig, ax = plt.subplots(figsize=(12, 1.2 + 0.9 * len(squads)))
    for bar in bars:
        end = bar.end or today
        start = bar.start or min(end, today) - timedelta(days=UNKNOWN_START_DAYS)
        ax.barh(
            row[bar.squad],
            (end - start).days,
            left=start,
            height=0.6,
            color="tab:orange" if bar.role == "caretaker" else "tab:blue",
            alpha=0.35 if bar.start is None else 0.85,
            hatch="//" if bar.role == "caretaker" else None,
            edgecolor="white",
        )
        label = bar.coach if bar.role in ("head_coach", "caretaker") else f"{bar.coach} ({bar.role})"
        ax.text(start, row[bar.squad], " " + label, va="center", fontsize=8, clip_on=True)
    for squad, event, day, _coach in events:
        marker, colour = EVENT_MARKERS.get(event, ("d", "black"))
        ax.plot(day, row[squad] + 0.38, marker=marker, color=colour, markersize=7, linestyle="none")
    ax.set_yticks(range(len(squads)), squads)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.set_title(f"{club_name}: coaching timeline")
    ax.grid(axis="x", alpha=0.3)
    handles = [
        Patch(color="tab:blue", label="head coach / staff"),
        Patch(facecolor="tab:orange", hatch="//", label="caretaker"),
        *(
            Line2D([], [], marker=m, color=c, linestyle="none", label=e)
            for e, (m, c) in EVENT_MARKERS.items()
            if any(ev[1] == e for ev in events)
        ),
    ]
    ax.legend(handles=handles, loc="upper left", fontsize=7, ncol=4, framealpha=0.8)
    fig.autofmt_xdate()
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
