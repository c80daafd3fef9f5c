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


def main() -> None:
    cli(prog_name="tidings")


if __name__ == "__main__":
    main()
