"""Dagster definitions, one folder per warehouse layer; each module is a thin shell around
domain code in `pipeline/` and SQL in `sql/`."""
