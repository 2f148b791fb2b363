"""Bad input never stops a run: every unusable record lands in quality.quarantine with the
file and the reason, and the rest is published."""

import json

import duckdb

from pipeline.config import load_config
from tests.test_pipeline import materialise_all

GOOD_ARTICLE = {
    "id": "good",
    "published": "2024-05-20",
    "text": "Liverpool have appointed Arne Slot as their new head coach, the club confirmed on Monday.",
}


def test_bad_files_are_quarantined_and_the_run_goes_on(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "good.jsonl").write_text(json.dumps(GOOD_ARTICLE) + "\n{broken json\n")
    (news / "latin1.txt").write_bytes(b" date 2024-01-02 Caf\xe9 owner sacks coach.")
    (news / "empty.txt").write_text("")
    (tmp_path / "staff.csv").write_text("who,where\nSomeone,Somewhere\n")  # wrong columns
    (tmp_path / "matches.json").write_text('{"not": "a list of matches"')  # truncated JSON
    config = tmp_path / "touchline.yaml"
    config.write_text(
        "sources:\n"
        f"  - {{name: news, kind: news, path: {news}}}\n"
        "  - name: staff\n    kind: roster\n    path: staff.csv\n"
        "    columns: {coach: name, club: club, start: from, end: to}\n"
        "  - {name: sb, kind: statsbomb, path: matches.json}\n"
    )
    result = materialise_all(config)
    assert result.success
    with duckdb.connect(str(load_config(config).warehouse), read_only=True) as con:
        rejects = con.execute("select source, source_ref, reason from quality.quarantine").fetchall()
        coaches = [r[0] for r in con.execute("select full_name from core.coaches").fetchall()]
    refs = " ".join(f"{source} {ref} {reason}" for source, ref, reason in rejects)
    assert "good.jsonl:2" in refs and "not valid JSON" in refs
    assert "latin1.txt" in refs and "invalid UTF-8" in refs
    assert "empty.txt" in refs
    assert "staff.csv" in refs
    assert "matches.json" in refs
    assert "Arne Slot" in coaches
