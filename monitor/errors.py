"""One error base class, and the one place that maps errors to exit codes.

Exit codes follow sysexits(3) where cron users expect them: 78 (EX_CONFIG) for configuration errors.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1  # a stage failed; the rest of the run went on
EXIT_USAGE = 2  # click's own code for bad command-line usage
EXIT_DATA = 65  # EX_DATAERR: input the command was asked to read is unusable
EXIT_CONFIG = 78  # EX_CONFIG


class MonitorError(Exception):
    """Base class: a one-line message for the user, and the exit code it maps to."""

    exit_code = EXIT_FAILURE


class ConfigError(MonitorError):
    exit_code = EXIT_CONFIG


class TaxonomyError(ConfigError):
    """The indicator taxonomy file is invalid; like a bad config, nothing can run."""


class InputError(MonitorError):
    exit_code = EXIT_DATA


class StoreError(MonitorError):
    """The database cannot be opened or migrated."""


class StageError(MonitorError):
    """A pipeline stage failed; carries the stage name for the run log."""

    def __init__(self, stage: str, message: str):
        super().__init__(f"{stage}: {message}")
        self.stage = stage


def exit_code_for(exc: BaseException) -> int:
    if isinstance(exc, MonitorError):
        return exc.exit_code
    return EXIT_FAILURE
