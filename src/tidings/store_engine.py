"""Opening a database for the store: what a URL or path names, its engine, and SQLite's settings (WAL, a
busy timeout, foreign keys, a writer's lock taken up front). Messages show URLs with the password masked."""

from __future__ import annotations

import json
import re
from functools import partial
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event

from tidings.errors import ConfigError

URL_HELP = "use a SQLite path, sqlite:///path or postgresql://user@host/dbname"
# The execution option a writing connection carries, so that SQLite begins it with BEGIN IMMEDIATE.
WRITE_OPTION = "tidings_write"


def default_database_path() -> Path:
    """Where the store lives when no URL is given: the user's data directory (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("tidings")) / "tidings.sqlite"


def mask_url(url: str) -> str:
    """``url`` with its password replaced by ``***``."""
    try:
        parsed = sa.engine.make_url(url)
    except Exception:
        return re.sub(r"^([A-Za-z][\w+.-]*://[^/@:]*):[^/]*@", r"\1:***@", url)
    return parsed.render_as_string(hide_password=True) if parsed.password else url


def first_line(exc: BaseException) -> str:
    """The driver's own first line of a database error, for a one-line message."""
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__


def engine_for(raw: str) -> tuple[sa.Engine, str]:
    """The engine for a URL or path, and the URL to show people (password masked)."""
    shown = mask_url(raw)
    if "://" not in raw and not raw.startswith("sqlite:"):
        return _sqlite_engine(Path(raw).expanduser())
    try:
        url = sa.engine.make_url(raw)
    except (sa.exc.ArgumentError, ValueError):
        raise ConfigError(f"invalid database URL '{shown}': {URL_HELP}") from None
    backend = url.drivername.split("+", 1)[0]
    if backend == "sqlite":
        if url.database in (None, "", ":memory:"):
            return _sqlite_engine(None)
        return _sqlite_engine(Path(url.database).expanduser())
    if backend not in ("postgresql", "postgres"):
        raise ConfigError(f"unsupported database URL '{shown}': {URL_HELP}")
    url = url.set(drivername="postgresql+psycopg")
    connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": 10}
    try:
        engine = sa.create_engine(url, connect_args=connect_args, json_serializer=_json_dumps)
    except ImportError:
        raise ConfigError("PostgreSQL needs the postgres extra: pip install 'tidings[postgres]'") from None
    return engine, shown


_json_dumps = partial(json.dumps, ensure_ascii=False)


def _sqlite_engine(path: Path | None) -> tuple[sa.Engine, str]:
    if path is None:
        engine = sa.create_engine("sqlite://", poolclass=sa.pool.StaticPool, json_serializer=_json_dumps)
        shown = "sqlite://"
    else:
        path = path.resolve()
        shown = f"sqlite:///{path}"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot open database '{shown}': {exc.strerror or exc}") from None
        engine = sa.create_engine(sa.URL.create("sqlite", database=str(path)), json_serializer=_json_dumps)
    sa_event.listen(engine, "connect", partial(_sqlite_connect, wal=path is not None))
    sa_event.listen(engine, "begin", _sqlite_begin)
    return engine, shown


def _sqlite_connect(dbapi_conn: Any, _record: Any, *, wal: bool) -> None:
    dbapi_conn.isolation_level = None  # transactions are begun by _sqlite_begin, not by the driver
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA foreign_keys = ON")
    if wal:
        cursor.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL still keeps every commit atomic: a killed process never leaves half a save.
        cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    dbapi_conn.create_function("tidings_lower", 1, _lower_or_none, deterministic=True)


def _lower_or_none(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def _sqlite_begin(conn: sa.Connection) -> None:
    # A writer takes the lock up front, so two writers queue on busy_timeout instead of deadlocking.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")
