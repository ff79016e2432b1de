"""`pressner` command line: thin typer commands over plain functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract dates, persons, titles, organisations and regions from press releases.")


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="Text file to read, or - for standard input.")] = "-",
    lang: Annotated[Optional[str], typer.Option(help="en or zh; detected when omitted.")] = None,
    doc_date: Annotated[Optional[str], typer.Option(help="Document date (YYYY-MM-DD) to resolve relative dates against.")] = None,
) -> None:
    """Extract from one document and print the result as JSON."""
    from .errors import PressnerError
    from .extractor import Extractor

    text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    try:
        result = Extractor().extract(text, lang=lang, doc_date=doc_date)
    except PressnerError as e:
        typer.echo(f"error {e.code}: {e.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(result.model_dump_json(indent=2, exclude_none=True))


@app.command()
def annotate(
    input: Annotated[Path, typer.Argument(help="JSONL input: one {id, text, lang?, doc_date?} per line.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL output, one result per input line, in order.")],
    batch_size: Annotated[int, typer.Option(help="Documents per nlp.pipe batch.")] = 32,
) -> None:
    """Annotate a JSONL file of documents."""
    from .annotate import annotate_jsonl

    summary = annotate_jsonl(input, output, batch_size=batch_size)
    typer.echo(json.dumps(summary, ensure_ascii=False), err=True)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (the shape of ../shared/eval/dev.jsonl).")],
    lang: Annotated[Optional[str], typer.Option(help="Score only documents of this language.")] = None,
) -> None:
    """Run the extractor on a gold file and print the scores."""
    from .evaluate import evaluate as run

    typer.echo(run(gold, lang=lang))


@app.command()
def build(
    lang: Annotated[Optional[str], typer.Option(help="Only this language.")] = None,
) -> None:
    """Build the pipelines from models/ and save them under models/pipelines/ (spacy.load-able)."""
    from . import pipeline

    for lg in [lang] if lang else pipeline.LANGS:
        nlp = pipeline.build(lg)
        pipeline.save(nlp, pipeline.pipeline_dir(lg))
        typer.echo(f"{lg}: {pipeline.pipeline_dir(lg)} ({', '.join(nlp.pipe_names)})")


if __name__ == "__main__":
    app()
