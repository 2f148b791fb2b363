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
        description="Football coaching-staff data: news and staffing sources into DuckDB and Parquet.",
    )
    sub = parser.add_subparsers(title="commands")

    run = sub.add_parser("run", help="materialise every asset (ingest, check, publish) in one process")
    run.add_argument("--config", help=f"config file (default: ${CONFIG_ENV} or ./touchline.yaml)")
    run.set_defaults(handler=cmd_run)

    extract = sub.add_parser("extract", help="print the coaching facts in articles as JSON Lines")
    extract.add_argument("files", nargs="+", help=".txt, .jsonl or .html article files")
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

    return run_extract(args.files, sys.stdout, sys.stderr)


def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.extract.commands import run_eval

    return run_eval(args.gold, args.articles, sys.stdout, verbose=args.verbose)


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from pipeline.query import print_result

    config = load_config(args.config)
    if not config.warehouse.is_file():
        print(f"touchline: no warehouse at {config.warehouse}; run `touchline run` first", file=sys.stderr)
        return 2
    # Read-only: ad-hoc queries never take the writer's lock or change the warehouse.
    with duckdb.connect(str(config.warehouse), read_only=True) as con:
        try:
            rel = con.sql(args.query)
            if rel is not None:
                print_result(rel, args.format, sys.stdout)
        except duckdb.Error as exc:
            print(f"touchline: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
