"""A Dagster logger that prints one line per materialised asset, check and failure.

Silent by default (level CRITICAL), so `dagster dev` logs stay as they are; `touchline run`
turns it on to show progress while the run goes."""

import logging
import sys

import dagster as dg


class _ProgressHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self._printed: set[str] = set()  # a partitioned asset reports once per day: print once

    def emit(self, record: logging.LogRecord) -> None:
        meta = getattr(record, "dagster_meta", None) or {}
        event = meta.get("dagster_event") if isinstance(meta, dict) else None
        line = _describe(event) if event is not None else None
        if line and line not in self._printed:
            self._printed.add(line)
            print(line, file=sys.stdout, flush=True)


def _describe(event: dg.DagsterEvent) -> str | None:
    kind = event.event_type_value
    if kind == "ASSET_MATERIALIZATION":
        materialization = event.event_specific_data.materialization
        rows = materialization.metadata.get("dagster/row_count")
        count = f" ({rows.value:,} rows)" if rows is not None else ""
        return f"  materialised {materialization.asset_key.to_user_string()}{count}"
    if kind == "ASSET_CHECK_EVALUATION":
        check = event.event_specific_data
        state = "passed" if check.passed else "FAILED"
        return f"  check {check.asset_key.to_user_string()}:{check.check_name} {state}"
    if kind == "STEP_FAILURE":
        return f"  step {event.step_key} FAILED"
    return None


@dg.logger(
    config_schema={"log_level": dg.Field(str, is_required=False, default_value="CRITICAL")},
    description="One line per materialised asset, check and failure (used by `touchline run`).",
)
def progress_logger(init_context: dg.InitLoggerContext) -> logging.Logger:
    logger = logging.Logger("touchline.progress", level=init_context.logger_config["log_level"])
    logger.addHandler(_ProgressHandler())
    return logger
