"""Data quality: Great Expectations suites run against warehouse tables."""
