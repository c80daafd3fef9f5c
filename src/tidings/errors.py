"""One exception tree for tidings; each boundary (CLI, API) translates it once."""

from __future__ import annotations


class TidingsError(Exception):
    """Base of every error tidings raises on purpose."""

    exit_code = 1


class InputError(TidingsError):
    """An input (file, page, record) cannot be read as an article.

    The message names the input and the problem, e.g. ``article.html: no article text found``.
    """

    exit_code = 2

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class DateError(TidingsError):
    """A date given by the user (e.g. ``--published``) cannot be parsed."""

    exit_code = 2


class ConfigError(TidingsError):
    """A setting has an invalid value, or a required model or extra is missing."""

    exit_code = 3


class DataFileError(TidingsError):
    """A knowledge file under ``tidings/data`` is missing or malformed."""

    exit_code = 3
