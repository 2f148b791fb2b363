"""Resources: the Touchline config file and the DuckDB warehouse it names."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.config import Config, config_path, load_config
from pipeline.defs.progress import progress_logger


class TouchlineConfig(dg.ConfigurableResource):
    """The `touchline.yaml` the run reads its sources from."""

    path: str

    def load(self) -> Config:
        return load_config(self.path)


def build_resources(path: str | None = None) -> dict[str, dg.ConfigurableResource]:
    cfg_path = config_path(path)
    config = load_config(cfg_path)
    return {
        "touchline": TouchlineConfig(path=str(cfg_path)),
        "duckdb": DuckDBResource(database=str(config.warehouse)),
    }


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(
        resources=build_resources(),
        executor=dg.in_process_executor,
        loggers={"console": dg.colored_console_logger, "progress": progress_logger},
    )
