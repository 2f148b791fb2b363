"""Live operation: jobs, the daily feed schedule, the news sensors and the marts' freshness."""
