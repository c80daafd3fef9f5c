"""The ``tidings`` command: a thin shell over the library.

stdout carries data (JSON Lines, JSON, tables); stderr carries messages for people. Every
:class:`TidingsError` becomes one clean line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import click

from tidings import __version__
from tidings.config import Settings, load_settings
from tidings.errors import InputError, TidingsError

EXIT_SOME_FAILED = 1


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    base: Settings = ctx.obj
    return base.replace(**overrides)


def _fail(message: str) -> None:
    click.echo(f"tidings: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
@click.option("--model", help="spaCy model to use (default: auto; see TIDINGS_MODEL).")
@click.pass_context
def cli(ctx: click.Context, model: str | None) -> None:
    """tidings: turn news into a sourced record of political events.

    Who did what to whom, when, where, and according to whom: each event tied to the sentence that says so.
    """
    try:
        ctx.obj = load_settings({"model": model})
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)


def _articles(paths: tuple[str, ...], published: str | None, settings: Settings) -> Iterator[Any]:
    """Articles and input errors from every path, in order; a bad input never stops the others."""
    from tidings.dates import parse_published
    from tidings.documents import read_source

    override = parse_published(published) if published else None
    limit = settings.max_input_mb * 1024 * 1024
    for path in paths:
        stdin = sys.stdin.buffer if path == "-" else None
        for item in read_source(path, stdin=stdin, max_bytes=limit):
            if isinstance(item, InputError):
                yield item
                continue
            if override:
                item.published = override
            elif not item.published:
                yield InputError(item.path or path, "no publication date found; give one with --published")
                continue
            yield item


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published", help="Publication date (and time) of the input(s): overrides what the page says."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "table"]),
    help="Output format (default: table on a terminal, jsonl otherwise).",
)
@click.option("--with-text", is_flag=True, help="Include the article body that evidence offsets index.")
@click.option("--min-confidence", type=float, help="Leave out events below this confidence (0-1).")
@click.pass_context
def extract(
    ctx: click.Context,
    paths: tuple[str, ...],
    published: str | None,
    fmt: str | None,
    with_text: bool,
    min_confidence: float | None,
) -> None:
    """Extract events from articles: PATH is a text file, an HTML page, a JSON Lines dump, or - for stdin."""
    from tidings.extract import extract_articles

    settings = _settings(ctx, min_confidence=min_confidence)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    failures = 0
    records = []
    try:
        good = []
        for item in _articles(paths, published, settings):
            if isinstance(item, InputError):
                failures += 1
                _fail(str(item))
            else:
                good.append(item)
        for record in extract_articles(good, settings):
            if fmt == "jsonl":
                click.echo(json.dumps(record.to_dict(with_text=with_text), ensure_ascii=False))
            else:
                records.append(record)
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    if fmt == "json":
        payload = [r.to_dict(with_text=with_text) for r in records]
        click.echo(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2))
    elif fmt == "table":
        from tidings.render import print_events_table

        print_events_table(records)
    if failures:
        _fail(f"{failures} input(s) failed")
        ctx.exit(EXIT_SOME_FAILED if records or fmt == "jsonl" else 2)


@cli.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--predictions", is_flag=True, help="INPUTS are extract output (JSON Lines), not articles.")
@click.option("--min-confidence", type=float, help="Score only events at or above this confidence.")
@click.option(
    "--save-predictions", type=click.Path(dir_okay=False), help="Also write the extract output here."
)
@click.pass_context
def evaluate_cmd(
    ctx: click.Context,
    gold: str,
    inputs: tuple[str, ...],
    as_json: bool,
    predictions: bool,
    min_confidence: float | None,
    save_predictions: str | None,
) -> None:
    """Score extraction against GOLD annotations (docs/gold-format.md) and list misses and false alarms."""
    from tidings.evaluate import load_gold, load_predictions, render_report, score

    settings = _settings(ctx, min_confidence=min_confidence)
    try:
        gold_docs = load_gold(gold)
        if predictions:
            preds = [p for path in inputs for p in load_predictions(path)]
            for pred in preds:  # the same cut extract would make
                events = pred.get("events") or []
                pred["events"] = [
                    e for e in events if (e.get("confidence") or 0.0) >= settings.min_confidence
                ]
        else:
            from tidings.extract import extract_articles

            articles = []
            for item in _articles(inputs, None, settings):
                if isinstance(item, InputError):
                    raise item
                articles.append(item)
            preds = [r.to_dict(with_text=True) for r in extract_articles(articles, settings)]
        if save_predictions:
            with open(save_predictions, "w", encoding="utf-8") as out:
                for p in preds:
                    out.write(json.dumps(p, ensure_ascii=False) + "\n")
        report = score(gold_docs, preds)
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        click.echo(render_report(report))


@cli.command(name="eval-plover")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.pass_context
def evaluate_plover_cmd(ctx: click.Context, gold: str, as_json: bool) -> None:
    """Event-type accuracy on PLOVER gold-standard sentences (older category names mapped to today's)."""
    from tidings.evaluate import load_plover_sentences, render_plover_report, score_plover
    from tidings.extract import extract_articles
    from tidings.records import Article

    settings: Settings = ctx.obj
    try:
        sentences = load_plover_sentences(gold)
        articles = [Article(s.text, id=s.id, published=s.date or "2000-01-01") for s in sentences]
        found = [[e.to_dict() for e in r.events] for r in extract_articles(articles, settings)]
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    report = score_plover(sentences, found)
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False) if as_json else render_plover_report(report))


# -- the event store --------------------------------------------------------------------------------------
def _db_option(func: Any) -> Any:
    return click.option(
        "--db",
        envvar="TIDINGS_DB",
        help="Database URL: a SQLite file (the default: one in your data directory) or postgresql://...",
    )(func)


def _open_store(db: str | None) -> Any:
    from tidings.store import Store

    return Store.open(db)


class _ProgressLine:
    """Progress of a long run on stderr: articles done, outcomes, rate; silent with -q or off a terminal."""

    def __init__(self, quiet: bool, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(stderr=True)
        self.enabled = not quiet and self.console.is_terminal
        self.progress = Progress(
            SpinnerColumn(),
            MofNCompleteColumn() if total else TextColumn("{task.completed} done"),
            BarColumn(),
            TextColumn("{task.fields[detail]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            disable=not self.enabled,
        )
        self.task = self.progress.add_task("ingest", total=total, detail="")
        self.started = __import__("time").monotonic()

    def __enter__(self) -> _ProgressLine:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.__exit__(*exc)

    def update(self, summary: Any, key: str) -> None:
        elapsed = max(__import__("time").monotonic() - self.started, 1e-6)
        detail = (
            f"new {summary.new}, updated {summary.updated}, unchanged {summary.unchanged + summary.skipped}, "
            f"failed {summary.failed} | {summary.done / elapsed:.1f}/s"
        )
        self.progress.update(self.task, completed=summary.done, detail=detail)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@_db_option
@click.option("--published", help="Publication date for inputs that do not give one.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--workers", type=int, help="Extraction processes (default: one per CPU core; 1: none).")
@click.option("--dask", "dask_address", help="Extract on a Dask cluster: a scheduler address, or local:N.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    help="Write Parquet partitions to this folder instead of a store; `tidings load` brings them in later.",
)
@click.pass_context
def ingest(
    ctx: click.Context,
    sources: tuple[str, ...],
    db: str | None,
    published: str | None,
    quiet: bool,
    workers: int | None,
    dask_address: str | None,
    out_dir: str | None,
) -> None:
    """Read SOURCES into the event store: files, folders, globs, -, page or feed URLs, WARC files, JSON Lines.

    Re-running the same command is safe: stored inputs are skipped, changed ones updated, nothing doubled.
    """
    from tidings.batch import close_executor, open_executor
    from tidings.batch import ingest as run_ingest
    from tidings.dates import parse_published
    from tidings.feeds import PoliteClient
    from tidings.sources import count_sources

    settings: Settings = _settings(ctx, workers=workers)
    executor = None
    try:
        override = parse_published(published) if published else None
        client = PoliteClient()
        total = count_sources(list(sources))
        few = total is not None and total <= 64  # not worth starting processes for a handful
        if dask_address or not few:
            executor = open_executor(settings.workers, dask=dask_address, model=settings.model)
        if out_dir:
            _ingest_to_partitions(list(sources), out_dir, settings, override, client, executor, quiet)
            return
        store = _open_store(db)
        with store, _ProgressLine(quiet, total) as line:
            summary = run_ingest(
                list(sources),
                store,
                settings,
                published=override,
                client=client,
                stdin=sys.stdin.buffer,
                progress=line.update,
                executor=executor,
            )
        client.close()
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted; run the same command again to pick up where it stopped")
        ctx.exit(130)
    finally:
        close_executor(executor)
    for key, problem in summary.failures[:20]:
        _fail(f"{key}: {problem}")
    click.echo(
        f"{summary.new} new, {summary.updated} updated, {summary.unchanged + summary.skipped} unchanged, "
        f"{summary.failed} failed",
        err=True,
    )
    if summary.failed:
        click.echo("failures are listed by `tidings failures`", err=True)
        ctx.exit(EXIT_SOME_FAILED)


def _ingest_to_partitions(
    sources: list[str],
    out_dir: str,
    settings: Settings,
    published: Any,
    client: Any,
    executor: Any,
    quiet: bool,
) -> None:
    from tidings.batch import extract_to_partitions

    summary = extract_to_partitions(
        sources,
        out_dir,
        settings,
        published=published,
        client=client,
        stdin=sys.stdin.buffer,
        executor=executor,
    )
    client.close()
    for key, problem in summary.failures[:20]:
        _fail(f"{key}: {problem}")
    click.echo(
        f"{summary.written} partitions written ({summary.articles} articles), "
        f"{summary.skipped} already there, {summary.failed} failed",
        err=True,
    )
    if summary.failed:
        click.echo(f"failures are listed in {out_dir}/failures.jsonl", err=True)
        click.get_current_context().exit(EXIT_SOME_FAILED)


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@_db_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def load(ctx: click.Context, folder: str, db: str | None, quiet: bool) -> None:
    """Bring Parquet partitions written by `tidings ingest --out FOLDER` into the store."""
    from tidings.batch import load_partitions

    try:
        with _open_store(db) as store, _ProgressLine(quiet, None) as line:
            summary = load_partitions(folder, store, progress=line.update)
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    click.echo(
        f"{summary.new} new, {summary.updated} updated, {summary.unchanged + summary.skipped} unchanged",
        err=True,
    )


@cli.command()
@click.argument("feeds", nargs=-1, required=True)
@_db_option
@click.option("--every", default="15m", show_default=True, help="How often to poll each feed (30s, 15m, 2h).")
@click.option("--once", is_flag=True, help="Poll each feed once and stop.")
@click.option("--delay", default=2.0, show_default=True, help="Seconds between two requests to one host.")
@click.pass_context
def watch(
    ctx: click.Context, feeds: tuple[str, ...], db: str | None, every: str, once: bool, delay: float
) -> None:
    """Poll RSS/Atom FEEDS politely and ingest new entries until stopped (Ctrl-C or SIGTERM)."""
    import json as _json
    import signal

    from tidings.batch import watch as run_watch
    from tidings.feeds import PoliteClient, parse_interval

    settings: Settings = ctx.obj
    stopping = {"now": False}

    def stop(*_: Any) -> None:
        stopping["now"] = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        interval = parse_interval(every)
        store = _open_store(db)
        state_path = _feed_state_path(store.url)
        states = _read_feed_states(state_path)
        client = PoliteClient(delay=delay)

        def report(poll: Any) -> None:
            s = poll.summary
            click.echo(
                f"{poll.feed}: {poll.status}; {s.new} new, {s.updated} updated, {s.failed} failed", err=True
            )

        with store:
            states = run_watch(
                list(feeds),
                store,
                settings,
                every=interval,
                client=client,
                states=states,
                stop=lambda: stopping["now"],
                once=once,
                on_poll=report,
            )
        state_path.parent.mkdir(parents=True, exist_ok=True)
        temporary = state_path.with_suffix(".tmp")  # written whole, then renamed: a kill never leaves half
        temporary.write_text(_json.dumps(states, indent=1))
        temporary.replace(state_path)
        client.close()
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    click.echo("stopped", err=True)


def _read_feed_states(path: Any) -> dict[str, Any]:
    """Saved ETags and schedules; an unreadable file only costs a full re-fetch, so it is set aside."""
    if not path.is_file():
        return {}
    try:
        states = json.loads(path.read_text(encoding="utf-8"))
        return states if isinstance(states, dict) else {}
    except (OSError, ValueError):
        _fail(f"{path}: unreadable feed state, starting afresh")
        return {}


def _feed_state_path(store_url: str) -> Any:
    """Feed ETags and schedules, kept per database next to the user's data."""
    from pathlib import Path

    from platformdirs import user_data_dir

    from tidings.records import stable_id

    return Path(user_data_dir("tidings")) / "feeds" / f"{stable_id(store_url)}.json"


def _event_filter_options(func: Any) -> Any:
    options = [
        click.option("--actor", help="Actor name or words (case-insensitive)."),
        click.option("--country", help="Any participant's country (ISO 3166 alpha-3)."),
        click.option("--source-country", help="The acting side's country."),
        click.option("--target-country", help="The target's country."),
        click.option("--type", "type_", help="PLOVER type(s), comma-separated."),
        click.option("--since", help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--until", help="Events on or before this date."),
        click.option("--place", help="Place name or country of the place."),
        click.option("--text", help="Full-text search in evidence and articles."),
        click.option(
            "--modality", type=click.Choice(["asserted", "planned", "claimed", "negated", "hypothetical"])
        ),
        click.option("--min-confidence", type=float),
        click.option("--limit", type=int, default=100, show_default=True),
        click.option("--offset", type=int, default=0),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _event_filter(filters: dict[str, Any]) -> Any:
    """The store's EventFilter from the options of :func:`_event_filter_options`."""
    from tidings.store import EventFilter

    return EventFilter(
        actor=filters["actor"],
        country=filters["country"],
        source_country=filters["source_country"],
        target_country=filters["target_country"],
        type=filters["type_"],
        since=filters["since"],
        until=filters["until"],
        place=filters["place"],
        text=filters["text"],
        modality=filters["modality"],
        min_confidence=filters["min_confidence"],
    )


@cli.command()
@_db_option
@_event_filter_options
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), help="Default: table on a terminal."
)
@click.pass_context
def events(
    ctx: click.Context, db: str | None, fmt: str | None, limit: int, offset: int, **filters: Any
) -> None:
    """Query stored events."""

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    try:
        f = _event_filter(filters)
        with _open_store(db) as store:
            rows = store.events(f, limit=limit, offset=offset)
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    from tidings.render import print_event_rows, write_event_csv

    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        write_event_csv(rows, sys.stdout)
    else:
        print_event_rows(rows)


@cli.command()
@_db_option
@click.option("--text", help="Full-text search.")
@click.option("--since")
@click.option("--until")
@click.option("--site")
@click.option("--country", help="Articles with an event involving this country.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--offset", type=int, default=0)
@click.pass_context
def articles(ctx: click.Context, db: str | None, limit: int, offset: int, **filters: Any) -> None:
    """List stored articles (JSON Lines)."""
    from tidings.store import ArticleFilter

    try:
        with _open_store(db) as store:
            rows = store.articles(ArticleFilter(**filters), limit=limit, offset=offset)
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    for row in rows:
        row.pop("text", None)
        click.echo(json.dumps(row, ensure_ascii=False, default=str))


@cli.command()
@_db_option
@click.option("--limit", type=int, default=100, show_default=True)
@click.pass_context
def failures(ctx: click.Context, db: str | None, limit: int) -> None:
    """Inputs that could not be ingested, and why."""
    try:
        with _open_store(db) as store:
            rows = store.failures(limit=limit)
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, default=str))


@cli.group()
def db() -> None:
    """Manage the event store's schema."""


@db.command()
@_db_option
@click.pass_context
def upgrade(ctx: click.Context, db: str | None) -> None:
    """Apply pending schema migrations."""
    from tidings.store import Store

    try:
        with Store.open(db, upgrade=False) as store:
            applied = store.upgrade()
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    click.echo("\n".join(applied) if applied else "schema is up to date", err=True)


@db.command()
@_db_option
@click.pass_context
def status(ctx: click.Context, db: str | None) -> None:
    """Where the store is, its pending migrations and its row counts."""
    from tidings.store import Store

    try:
        with Store.open(db, upgrade=False) as store:
            click.echo(
                json.dumps({"url": store.url, "pending": store.pending_migrations(), **store.counts()})
            )
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)


@cli.command()
@_db_option
@_event_filter_options
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["plover", "gdelt", "csv", "jsonl", "parquet", "graphml", "gexf", "geojson"]),
    help="Export format (docs/exports.md describes each).",
)
@click.option("-o", "--output", default="-", show_default=True, help="File to write, or - for stdout.")
@click.option("--header", is_flag=True, help="gdelt: add a header row (GDELT's own files have none).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def export(
    ctx: click.Context,
    db: str | None,
    fmt: str,
    output: str,
    header: bool,
    quiet: bool,
    limit: int,
    offset: int,
    **filters: Any,
) -> None:
    """Export every stored event matching the filters as FORMAT, streaming, to -o PATH or stdout.

    --limit and --offset apply only when given: by default every matching event is exported.
    """
    from click.core import ParameterSource

    from tidings.exports import export_events

    given = (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT)
    cut_limit = limit if ctx.get_parameter_source("limit") in given else None
    cut_offset = offset if ctx.get_parameter_source("offset") in given else 0
    f = _event_filter(filters)
    try:
        with _open_store(db) as store:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            console = Console(stderr=True)
            total = store.count_events(f) if not quiet and console.is_terminal else None
            if total is not None and cut_limit is not None:
                total = min(total, cut_limit)
            bar = Progress(
                TextColumn(f"export {fmt}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                disable=total is None,
            )
            task = bar.add_task("export", total=total)
            target: Any = sys.stdout if output == "-" else output
            with bar:
                written = export_events(
                    store,
                    f,
                    fmt,
                    target,
                    header=header,
                    limit=cut_limit,
                    offset=cut_offset,
                    progress=lambda done: bar.update(task, completed=done),
                )
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
        ctx.exit(2)
    if not quiet:
        click.echo(f"{written} rows written ({fmt})", err=True)


# -- the reading room ---------------------------------------------------------------------------------------
@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--moderate/--no-moderate",
    default=True,
    show_default=True,
    help="Hold new comments for an admin's approval, or publish them at once.",
)
@click.pass_context
def serve(ctx: click.Context, db: str | None, host: str, port: int, moderate: bool) -> None:
    """Serve the reading room: the web UI and the JSON API (under /api/) over the event store."""
    import uvicorn

    from tidings.web import create_app

    try:
        store = _open_store(db)
        app = create_app(store, moderate_comments=moderate)
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    click.echo(f"serving {store.url} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()


@cli.group()
def admin() -> None:
    """Manage the reading room's admins (who moderate comments and review corrections)."""


MIN_PASSWORD = 10


@admin.command(name="create")
@click.argument("username")
@_db_option
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@click.pass_context
def admin_create(ctx: click.Context, username: str, db: str | None, password_stdin: bool) -> None:
    """Create the admin USERNAME; the password is asked for twice (or read from stdin)."""
    from tidings.web import hash_password

    username = username.strip()
    if not username or len(username) > 64:
        _fail("username must be 1 to 64 characters")
        ctx.exit(2)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True, err=True)
    if len(password) < MIN_PASSWORD:
        _fail(f"password must be at least {MIN_PASSWORD} characters")
        ctx.exit(2)
    try:
        with _open_store(db) as store:
            store.create_user(username, hash_password(password))
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    click.echo(f"admin '{username}' created", err=True)


@cli.command()
@_db_option
@click.option("--country", help="Country (ISO 3166 alpha-3) or organisation on either side.")
@click.option("--type", "type_", help="PLOVER type(s), comma-separated.")
@click.option("--since", help="Stories on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Stories on or before this date.")
@click.option("--min-sources", type=click.IntRange(min=1), help="Stories told by at least this many outlets.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--offset", type=int, default=0)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), help="Default: table on a terminal."
)
@click.pass_context
def stories(
    ctx: click.Context,
    db: str | None,
    fmt: str | None,
    limit: int,
    offset: int,
    type_: str | None,
    **filters: Any,
) -> None:
    """List stories: the same event told by several reports, with its counts (most sources first)."""
    from tidings.store_stories import StoryFilter

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    try:
        with _open_store(db) as store:
            rows = store.stories(StoryFilter(type=type_, **filters), limit=limit, offset=offset)
    except TidingsError as exc:
        _fail(str(exc))
        ctx.exit(exc.exit_code)
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    flat = [_story_line(row) for row in rows]
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(_STORY_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        return
    widths = {name: max([len(name), *(len(str(line[name])) for line in flat)]) for name in _STORY_COLUMNS}
    click.echo("  ".join(name.ljust(widths[name]) for name in _STORY_COLUMNS).rstrip())
    for line in flat:
        click.echo("  ".join(str(line[name]).ljust(widths[name]) for name in _STORY_COLUMNS).rstrip())


_STORY_COLUMNS = ("id", "type", "date", "source", "target", "place", "sources", "articles", "mentions")


def _story_line(story: dict[str, Any]) -> dict[str, Any]:
    def name(actor: dict[str, Any] | None) -> str:
        if not actor:
            return ""
        return str(actor.get("name") or actor.get("text") or actor.get("country") or "")

    return {
        "id": story["id"],
        "type": story["type"],
        "date": story["date"] or "",
        "source": name(story["source"]),
        "target": name(story["target"]),
        "place": (story["place"] or {}).get("name") or "",
        "sources": story["num_sources"],
        "articles": story["num_articles"],
        "mentions": story["num_mentions"],
    }


def main() -> None:
    cli(prog_name="tidings")


if __name__ == "__main__":
    main()
