"""Parquet extracts: manifest, checksums, atomic swap, nothing half-written on failure."""

import json

import duckdb
import pytest

from pipeline.publish.extracts import ExtractSpec, publish_extracts, read_manifest


@pytest.fixture
def con(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("create schema core")
    con.execute(
        "create table core.clubs as select * from (values ('c1', 'Spain'), ('c2', 'England')) v(id, country)"
    )
    yield con
    con.close()


def test_publish_writes_parquet_and_manifest(con, tmp_path):
    out = tmp_path / "extracts"
    manifest = publish_extracts(con, [ExtractSpec("core.clubs")], out, "run-1")
    assert out.is_symlink()
    on_disk = read_manifest(out)
    assert on_disk == json.loads(json.dumps(manifest))
    table = on_disk["tables"]["core.clubs"]
    assert table["rows"] == 2 and len(table["sha256"]) == 64
    assert [c["name"] for c in table["schema"]] == ["id", "country"]
    assert con.execute(f"select count(*) from '{out / table['path']}'").fetchone()[0] == 2


def test_partitioned_extract_is_hive_layout(con, tmp_path):
    out = tmp_path / "extracts"
    publish_extracts(con, [ExtractSpec("core.clubs", partition_by=("country",))], out, "run-1")
    assert (out / "core__clubs" / "country=Spain").is_dir()


def test_failed_publish_leaves_previous_extracts(con, tmp_path):
    out = tmp_path / "extracts"
    publish_extracts(con, [ExtractSpec("core.clubs")], out, "run-1")
    with pytest.raises(duckdb.Error):
        publish_extracts(con, [ExtractSpec("core.clubs"), ExtractSpec("core.missing")], out, "run-2")
    assert read_manifest(out)["run_id"] == "run-1"
    assert not any(p.name.startswith(".") for p in (tmp_path / "extracts.versions").iterdir())


def test_old_versions_are_pruned(con, tmp_path):
    out = tmp_path / "extracts"
    for i in range(5):
        publish_extracts(con, [ExtractSpec("core.clubs")], out, f"run-{i}", keep=2)
    assert len(list((tmp_path / "extracts.versions").iterdir())) == 2
    assert read_manifest(out)["run_id"] == "run-4"


def test_config_keeps_the_extracts_link_unresolved(con, tmp_path):
    from pipeline.config import parse_config

    publish_extracts(con, [ExtractSpec("core.clubs")], tmp_path / "data" / "extracts", "run-1")
    config = parse_config({}, tmp_path)
    assert config.extracts == tmp_path / "data" / "extracts"
    publish_extracts(con, [ExtractSpec("core.clubs")], config.extracts, "run-2")
    assert read_manifest(config.extracts)["run_id"] == "run-2"
    assert sorted(p.name for p in (tmp_path / "data" / "extracts.versions").iterdir()) == [
        "run-1",
        "run-2",
    ]
