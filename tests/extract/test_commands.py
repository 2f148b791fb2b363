"""`run_extract` and `run_eval` over files we write, and the scoring rules."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pipeline.extract.commands import run_eval, run_extract
from pipeline.extract.scoring import club_match, coach_match, score, squad_match

ARTICLE = (
    " date 2024-03-12 Northfield Rovers have sacked manager Dan Moss on Monday. "
    "Assistant coach Lee Rhodes will take charge on an interim basis."
)


def _write(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a2.jsonl").write_text(
        json.dumps(
            {
                "id": "j1",
                "published": "2024-03-12",
                "text": "Hartley Town have appointed Ivo Marek as head coach.",
            }
        )
        + "\nnot json"
        "\n",
        encoding="utf-8",
    )
    return folder


def test_run_extract_streams_json_lines_and_names_bad_records(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = run_extract([str(_write(tmp_path))], out, err)
    facts = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {(f["article_id"], f["coach"], f["event"]) for f in facts} >= {
        ("a1", "Dan Moss", "dismissed"),
        ("a1", "Lee Rhodes", "appointed"),
        ("j1", "Ivo Marek", "appointed"),
    }
    assert code == 1 and "a2.jsonl:2" in err.getvalue()


def test_run_extract_in_worker_processes_gives_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    folder = _write(tmp_path)
    # More articles than one batch, so several batches are in flight and must come back in order.
    many = [
        json.dumps(
            {"id": f"m{i}", "published": "2024-03-12", "text": f"Club {i} United have sacked Dan Moss{i}."}
        )
        for i in range(150)
    ]
    (folder / "many.jsonl").write_text("\n".join(many) + "\n", encoding="utf-8")
    serial_out, serial_err = io.StringIO(), io.StringIO()
    parallel_out, parallel_err = io.StringIO(), io.StringIO()
    serial = run_extract([str(folder)], serial_out, serial_err)
    parallel = run_extract([str(folder)], parallel_out, parallel_err, jobs=2)
    assert parallel_out.getvalue() == serial_out.getvalue()
    assert len(serial_out.getvalue().splitlines()) > 64  # facts from more than one batch
    assert (parallel, parallel_err.getvalue()) == (serial, serial_err.getvalue())


def test_run_extract_missing_path(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_extract([str(tmp_path / "nope")], out, err) == 2
    assert "nope" in err.getvalue()


def test_run_eval_prints_the_scores(tmp_path: Path) -> None:
    folder = _write(tmp_path)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "\n".join(
            json.dumps(g)
            for g in [
                {
                    "article_id": "a1",
                    "coach": "Dan Moss",
                    "club": "Northfield Rovers",
                    "squad": "first_team",
                    "role": "head_coach",
                    "event": "dismissed",
                    "date": "2024-03-11",
                    "date_precision": "day",
                },
                {
                    "article_id": "j1",
                    "coach": "Ivo Marek",
                    "club": "Hartley Town FC",
                    "squad": "first_team",
                    "role": "head_coach",
                    "event": "appointed",
                    "date": None,
                    "date_precision": None,
                },
            ]
        ),
        encoding="utf-8",
    )
    out = io.StringIO()
    assert run_eval(str(gold), str(folder), out, verbose=True) == 0
    text = out.getvalue()
    assert "recall=1.000" in text and "date_acc=1.000" in text
    assert "dismissed" in text and "FP" in text  # the caretaker appointment is not in this gold


def test_matching_rules() -> None:
    assert coach_match("Diego Simeone", "Diego Pablo Simeone")
    assert coach_match("Óscar Gilsanz", "oscar gilsanz")
    assert not coach_match("Diego Simeone", "Simeone")
    assert club_match("Deportivo de La Coruña", "Deportivo La Coruna")
    assert not club_match("Atlético Madrid", "Real Madrid")
    assert squad_match("youth", "u19") and not squad_match("u19", "youth")
    s = score(
        [{"article_id": "a", "coach": "X Y", "club": "Z", "squad": "first_team", "event": "left"}],
        [],
    )
    assert (s.tp, s.recall, s.precision) == (0, 0.0, 0.0)


def _fail_on(monkeypatch, article_id: str) -> None:
    """Make the extractor hit a bug on one article (every kind of odd text is handled, so only a
    defect in the code can fail it)."""
    from pipeline.extract import extractor

    real = extractor._extract

    def extract(article):
        if article.id == article_id:
            raise KeyError("a defect")
        return real(article)

    monkeypatch.setattr(extractor, "_extract", extract)


def test_an_article_the_extractor_fails_on_is_named_and_the_others_go_on(tmp_path: Path, monkeypatch) -> None:
    _fail_on(monkeypatch, "j1")
    out, err = io.StringIO(), io.StringIO()
    code = run_extract([str(_write(tmp_path))], out, err)
    facts = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == 1
    assert "article j1: extractor failed: KeyError('a defect')" in err.getvalue()
    assert {f["article_id"] for f in facts} == {"a1"}  # the other article's facts still come out


def test_eval_names_an_article_the_extractor_fails_on(tmp_path: Path, monkeypatch) -> None:
    folder = _write(tmp_path)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article_id": "j1", "coach": "Ivo Marek", "club": "Hartley Town"}) + "\n")
    _fail_on(monkeypatch, "j1")
    out, err = io.StringIO(), io.StringIO()
    assert run_eval(str(gold), str(folder / "a2.jsonl"), out, err=err) == 1
    assert "article j1: extractor failed" in err.getvalue()
    assert "recall=0.000" in out.getvalue()


def test_the_news_assets_quarantine_an_article_the_extractor_fails_on(monkeypatch) -> None:
    from pipeline.news_facts import facts_from_articles

    def row(article_id: str, text: str) -> dict:
        return {
            "article_id": article_id,
            "text": text,
            "published": "2024-03-12",
            "title": None,
            "url": None,
            "source": "news",
            "source_ref": f"feed.jsonl:{article_id}",
            "published_at": None,
            "ingested_at": None,
            "published_day": None,
        }

    _fail_on(monkeypatch, "broken")
    facts, rejects = facts_from_articles(
        [row("broken", ARTICLE), row("fine", "Hartley Town have appointed Ivo Marek as head coach.")]
    )
    assert [f["article_id"] for f in facts] == ["fine"]
    assert [(q.source_ref, q.reason) for q in rejects] == [
        ("feed.jsonl:broken", "article broken: extractor failed: KeyError('a defect')")
    ]
