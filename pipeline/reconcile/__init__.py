"""Reconciliation: evidence from every source into one set of events and one history of tenures."""
