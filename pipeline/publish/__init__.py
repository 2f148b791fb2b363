"""Publishing: Parquet extracts with a manifest, swapped in atomically."""
