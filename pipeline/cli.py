"""`touchline`: run the pipeline, extract facts from articles, evaluate, query the warehouse."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from pipeline.config import CONFIG_ENV, ConfigError, config_path, load_config


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except ConfigError as exc:
        print(f"touchline: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `touchline extract … | head`
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="touchline",
        description="Coaching-staff data: news and staffing sources into DuckDB and Parquet.",
    )
    sub = parser.add_subparsers(title="commands")

    run = sub.add_parser("run", help="materialise every asset (ingest, check, publish) in one process")
    run.add_argument("--config", help=f"config file (default: ${CONFIG_ENV} or ./touchline.yaml)")
    run.set_defaults(handler=cmd_run)

    extract = sub.add_parser("extract", help="print the coaching facts in articles as JSON Lines")
    extract.add_argument("files", nargs="+", help=".txt, .jsonl or .html article files")
    extract.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        help="worker processes (0: one per CPU); the output order does not change",
    )
    extract.set_defaults(handler=cmd_extract)

    evaluate = sub.add_parser("eval", help="score the extractor against gold facts")
    evaluate.add_argument("--gold", required=True, help="gold facts (JSON Lines)")
    evaluate.add_argument("articles", help="articles (JSON Lines)")
    evaluate.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    evaluate.set_defaults(handler=cmd_eval)

    sql = sub.add_parser("sql", help="run a query on the warehouse (read-only)")
    sql.add_argument("query")
    sql.add_argument("--config")
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sql.set_defaults(handler=cmd_sql)

    explain = sub.add_parser("explain", help="print the evidence behind a tenure or an event")
    explain.add_argument("kind", choices=["tenure", "event"])
    explain.add_argument("id", help="tenure_id or event_id")
    explain.add_argument("--config")
    explain.set_defaults(handler=cmd_explain)

    plot = sub.add_parser("plot", help="draw a club's coaching timeline as a PNG")
    plot.add_argument("what", choices=["club"])
    plot.add_argument("name", help="club name (accents and case do not matter)")
    plot.add_argument("-o", "--output", required=True, help="PNG file to write")
    plot.add_argument("--config")
    plot.set_defaults(handler=cmd_plot)

    export = sub.add_parser("export", help="write the Parquet extracts and manifest to a folder")
    export.add_argument("--to", required=True, help="folder (a link to the new version is swapped in)")
    export.add_argument("--config")
    export.set_defaults(handler=cmd_export)
    return parser


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.run import run_pipeline

    path = config_path(args.config)
    load_config(path)  # fail early, with the file named, before Dagster starts
    os.environ[CONFIG_ENV] = str(path)
    summary = run_pipeline(progress=lambda line: print(line, flush=True))
    print(summary.render())
    return 0 if summary.success else 1


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract.commands import run_extract

    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    return run_extract(args.files, sys.stdout, sys.stderr, jobs=jobs)


def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.extract.commands import run_eval

    return run_eval(args.gold, args.articles, sys.stdout, verbose=args.verbose)


def read_only_warehouse(config_file: str | None):
    """A read-only connection: ad-hoc readers never take the writer's lock or change data."""
    import duckdb

    config = load_config(config_file)
    if not config.warehouse.is_file():
        raise ConfigError(f"no warehouse at {config.warehouse}; run `touchline run` first")
    try:
        return duckdb.connect(str(config.warehouse), read_only=True)
    except duckdb.Error as exc:  # e.g. a run holds the writer's lock right now
        raise ConfigError(f"cannot open {config.warehouse} read-only: {exc}") from exc


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from pipeline.reports.table_output import print_result

    with read_only_warehouse(args.config) as con:
        try:
            rel = con.sql(args.query)
            if rel is not None:
                print_result(rel, args.format, sys.stdout)
        except duckdb.Error as exc:
            print(f"touchline: {exc}", file=sys.stderr)
            return 1
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from pipeline.reports.explain import explain

    with read_only_warehouse(args.config) as con:
        if not explain(con, args.kind, args.id, sys.stdout):
            print(f"touchline: no {args.kind} with id {args.id!r}", file=sys.stderr)
            return 1
    return 0


def cmd_plot(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pipeline.reports.timeline import ClubNotFound, plot_club

    with read_only_warehouse(args.config) as con:
        try:
            out = plot_club(con, args.name, Path(args.output))
        except ClubNotFound as exc:
            print(f"touchline: {exc}", file=sys.stderr)
            return 1
    print(out)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    import uuid
    from pathlib import Path

    from pipeline.catalogue import EXTRACTS
    from pipeline.publish.extracts import publish_extracts

    with read_only_warehouse(args.config) as con:
        manifest = publish_extracts(con, EXTRACTS, Path(args.to).resolve(), f"export-{uuid.uuid4().hex[:12]}")
    for table, meta in manifest["tables"].items():
        print(f"{table:32s} {meta['rows']:>9,d} rows  {meta['path']}")
    print(f"manifest: {Path(args.to) / 'manifest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
