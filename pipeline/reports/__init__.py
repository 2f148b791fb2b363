"""What the CLI shows from the warehouse: query output, the evidence behind a row, timelines."""
