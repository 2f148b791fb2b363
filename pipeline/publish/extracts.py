"""Write Parquet extracts of warehouse tables and swap them in atomically.

Layout: `<extracts>` is a symbolic link to `<extracts>.versions/<run_id>/`, which holds one
Parquet file (or hive-partitioned folder) per table and `manifest.json`. A new version is
written completely next to the old one, then the link is replaced with `os.replace`, which
is atomic: readers see the old extracts or the new ones, never a mix. Older versions beyond
`keep` are removed afterwards.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb


@dataclass(frozen=True)
class ExtractSpec:
    table: str  # schema.table in the warehouse
    partition_by: tuple[str, ...] = ()  # hive partitioning columns, if any
    query: str | None = None  # what to publish, when more than `select * from table`

    @property
    def select(self) -> str:
        return self.query or f"select * from {self.table}"

    @property
    def name(self) -> str:
        return self.table.replace(".", "__")


def publish_extracts(
    con: duckdb.DuckDBPyConnection,
    specs: list[ExtractSpec],
    extracts: Path,
    run_id: str,
    keep: int = 3,
) -> dict:
    """Write every table of `specs`, then point `extracts` at the new version; the manifest."""
    versions = extracts.parent / f"{extracts.name}.versions"
    target = versions / run_id
    staging = versions / f".{run_id}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        tables = {spec.table: _write_table(con, spec, staging) for spec in specs}
        manifest = {
            "run_id": run_id,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "tables": tables,
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_link(extracts, target)
    _prune(versions, keep, current=target)
    return manifest


def read_manifest(extracts: Path) -> dict | None:
    path = extracts / "manifest.json"
    return json.loads(path.read_text("utf-8")) if path.is_file() else None


def _write_table(con: duckdb.DuckDBPyConnection, spec: ExtractSpec, folder: Path) -> dict:
    if spec.partition_by:
        out = folder / spec.name
        cols = ", ".join(spec.partition_by)
        con.execute(
            f"copy ({spec.select}) to '{out}' "
            f"(format parquet, partition_by ({cols}), write_partition_columns true)"
        )
        files = sorted(p for p in out.rglob("*.parquet"))
        path = f"{spec.name}/"
    else:
        out = folder / f"{spec.name}.parquet"
        con.execute(f"copy ({spec.select}) to '{out}' (format parquet)")
        files = [out]
        path = out.name
    schema = [
        {"name": name, "type": str(dtype)}
        for name, dtype, *_ in con.execute(f"describe ({spec.select})").fetchall()
    ]
    rows = con.execute(f"select count(*) from ({spec.select})").fetchall()[0][0]
    return {"path": path, "rows": rows, "sha256": _sha256(files, folder), "schema": schema}


def _sha256(files: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file.relative_to(root)).encode())
        with file.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def _swap_link(extracts: Path, target: Path) -> None:
    if extracts.exists() and not extracts.is_symlink():
        # A real folder from an older layout or a user: keep it aside rather than lose it.
        extracts.rename(extracts.with_name(f"{extracts.name}.old-{datetime.now(UTC):%Y%m%d%H%M%S}"))
    tmp_link = extracts.with_name(f".{extracts.name}.link")
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    tmp_link.symlink_to(os.path.relpath(target, extracts.parent))
    os.replace(tmp_link, extracts)


def _prune(versions: Path, keep: int, current: Path) -> None:
    done = sorted(
        (p for p in versions.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
    )
    for old in done[:-keep]:
        if old != current:
            shutil.rmtree(old, ignore_errors=True)
