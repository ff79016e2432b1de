"""`pressner` command line: thin typer commands over plain functions."""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import extras

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract dates, persons, titles, organisations and regions from press releases.")


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="Text file to read, or - for standard input.")] = "-",
    lang: Annotated[Optional[str], typer.Option(help="en or zh; detected when omitted.")] = None,
    doc_date: Annotated[Optional[str], typer.Option(help="Document date (YYYY-MM-DD) to resolve relative dates against.")] = None,
    profile: Annotated[str, typer.Option(help="accurate (rules + learned recogniser) or fast (rules only).")] = "accurate",
) -> None:
    """Extract from one document and print the result as JSON."""
    from .errors import PressnerError
    from .extractor import Extractor

    text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    try:
        result = Extractor(profile=profile).extract(text, lang=lang, doc_date=doc_date)
    except PressnerError as e:
        typer.echo(f"error {e.code}: {e.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(result.model_dump_json(indent=2, exclude_none=True))


@app.command()
def annotate(
    inputs: Annotated[list[Path], typer.Argument(help="JSONL, text or HTML files (.gz too), or folders of them.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL output, one line per document, in input order.")],
    csv: Annotated[Optional[Path], typer.Option("--csv", help="Also write one CSV row per entity.")] = None,
    docbin: Annotated[Optional[Path], typer.Option("--docbin", help="Also write spaCy DocBin files into this folder.")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Worker processes (default: all cores).")] = None,
    engine: Annotated[str, typer.Option(help="local or dask.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address; a local cluster if omitted.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run from its checkpoint.")] = False,
    follow_symlinks: Annotated[bool, typer.Option("--follow-symlinks", help="Follow symlinks that leave the input folder.")] = False,
    batch_size: Annotated[int, typer.Option(help="Documents per batch (per worker task and nlp.pipe call).")] = 32,
    checkpoint_seconds: Annotated[float, typer.Option(help="Seconds between checkpoints (fsync + OUT.ckpt).")] = 5.0,
    progress: Annotated[bool, typer.Option(help="Progress on stderr (a bar on a terminal).")] = True,
    profile: Annotated[str, typer.Option(help="accurate (rules + learned recogniser) or fast (rules only).")] = "accurate",
) -> None:
    """Annotate documents in bulk: JSONL, text, HTML, gzip, folders; resumable."""
    from .errors import PressnerError
    from .pipeline import check_profile

    try:
        check_profile(profile)
    except PressnerError as e:
        typer.echo(f"error {e.code}: {e.message}", err=True)
        raise typer.Exit(2) from None
    from .bulk import Job, NoRoom, ResumeError, annotate as run, make_engine

    if hasattr(signal, "SIGXFSZ"):  # over a file-size limit: EFBIG, reported below, not a kill
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    job = Job(inputs=inputs, output=output, csv=csv, docbin=docbin, resume=resume,
              follow_symlinks=follow_symlinks, batch_size=batch_size, progress=progress,
              checkpoint_seconds=checkpoint_seconds, profile=profile)
    try:
        eng = make_engine(engine, workers, scheduler)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--engine") from None
    try:
        summary = run(job, engine=eng)
    except (ResumeError, FileNotFoundError) as e:
        eng.close()
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    except NoRoom as e:
        eng.close(abort=True)
        typer.echo(f"error: {e}. {_durable(output)} documents are written and checkpointed; "
                   "make room, then run the same command with --resume to continue", err=True)
        raise typer.Exit(3) from None
    except KeyboardInterrupt:
        eng.close(abort=True)
        typer.echo("interrupted: run again with --resume to continue", err=True)
        raise typer.Exit(130) from None
    except BaseException:
        eng.close(abort=True)
        raise
    eng.close()
    typer.echo(json.dumps(summary, ensure_ascii=False), err=True)


def _durable(output: Path) -> int:
    from .bulk import resume

    ckpt = resume.load(output)
    return ckpt.documents if ckpt else 0


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
    """Build the pipelines of both profiles from models/ and save them under models/pipelines/
    (spacy.load-able)."""
    from . import pipeline

    for lg in [lang] if lang else pipeline.LANGS:
        for profile in pipeline.PROFILES:
            nlp = pipeline.build(lg, profile=profile)
            where = pipeline.pipeline_dir(lg, profile=profile)
            pipeline.save(nlp, where)
            typer.echo(f"{lg} {profile}: {where} ({', '.join(nlp.pipe_names)})")


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Address to bind (env PRESSNER_HOST, default 127.0.0.1).")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port (env PRESSNER_PORT, default 8000).")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Worker processes, each with its own pipelines (env PRESSNER_WORKERS, default 1).")] = None,
    api_key: Annotated[Optional[str], typer.Option(help="Require this key (X-API-Key or Bearer) (env PRESSNER_API_KEY).")] = None,
    keepalive_requests: Annotated[Optional[int], typer.Option(help="With several workers, requests per keep-alive connection before it is closed so clients rebalance (env PRESSNER_KEEPALIVE_REQUESTS, default 16; 0 never).")] = None,
    max_text_chars: Annotated[Optional[int], typer.Option(help="Longest text accepted (env PRESSNER_MAX_TEXT_CHARS, default 1000000).")] = None,
    max_body_bytes: Annotated[Optional[int], typer.Option(help="Largest request body / NDJSON line (env PRESSNER_MAX_BODY_BYTES).")] = None,
    max_batch_documents: Annotated[Optional[int], typer.Option(help="Most documents per batch (env PRESSNER_MAX_BATCH_DOCUMENTS, default 100).")] = None,
    cors_origins: Annotated[Optional[str], typer.Option(help="Comma-separated origins allowed by CORS (env PRESSNER_CORS_ORIGINS).")] = None,
    log_level: Annotated[Optional[str], typer.Option(help="uvicorn log level (env PRESSNER_LOG_LEVEL, default info).")] = None,
    kb: Annotated[Optional[str], typer.Option(help="Knowledge base for /v1/kb: SQLite file or database URL (env PRESSNER_KB).")] = None,
) -> None:
    """Start the HTTP service (see README.md, HTTP service)."""
    extras.require("server", "pressner serve")
    from api.server import serve as run

    run({k: v for k, v in locals().items() if k != "run"})


@app.command()
def schema(
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of standard output.")] = None,
) -> None:
    """Print the JSON Schema of a result (docs/result.schema.json is the same)."""
    from .contract import dumps

    if output is None:
        typer.echo(dumps(), nl=False)
    else:
        output.write_text(dumps(), encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


kb_app = typer.Typer(no_args_is_help=True, help="Knowledge base: merge results across documents and languages, export graphs.")
app.add_typer(kb_app, name="kb")


@kb_app.command("build")
def kb_build(
    results: Annotated[list[Path], typer.Argument(help="Result JSONL files written by `pressner annotate`.")],
    db: Annotated[str, typer.Option(help="SQLite file or database URL (postgresql://...).")] = "kb.sqlite",
) -> None:
    """Add results to the knowledge base (incremental, idempotent) and print counts."""
    extras.require("kb", "pressner kb")
    from .kb import build_kb

    typer.echo(json.dumps(build_kb(results, db), ensure_ascii=False))


@kb_app.command("export")
def kb_export(
    output: Annotated[Path, typer.Option("-o", "--output", help="File (jsonld, ntriples) or folder (csv).")],
    db: Annotated[str, typer.Option(help="SQLite file or database URL.")] = "kb.sqlite",
    format: Annotated[str, typer.Option("--format", help="jsonld, csv or ntriples.")] = "jsonld",
) -> None:
    """Export the knowledge base as schema.org JSON-LD, Neo4j import CSV or N-Triples."""
    extras.require("kb", "pressner kb")
    from .kb import export_kb

    try:
        export_kb(db, format, output)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--format") from None


@kb_app.command("show")
def kb_show(
    name: Annotated[str, typer.Argument(help="Name, alias or id of the entity.")],
    db: Annotated[str, typer.Option(help="SQLite file or database URL.")] = "kb.sqlite",
) -> None:
    """Print one entity with its aliases, roles over time and documents."""
    extras.require("kb", "pressner kb")
    from .kb import show_entity

    typer.echo(show_entity(db, name))


@kb_app.command("evaluate")
def kb_evaluate(
    gold: Annotated[Optional[Path], typer.Argument(help="Gold JSONL (default ../shared/eval/dev.jsonl).")] = None,
    pred: Annotated[Optional[Path], typer.Option(help="Predictions JSONL; the pipeline annotates the gold file when omitted.")] = None,
    workdir: Annotated[Optional[Path], typer.Option(help="Keep pred.jsonl, gold.sqlite and pred.sqlite here.")] = None,
    examples: Annotated[int, typer.Option(help="Split entities and missing roles to list.")] = 10,
) -> None:
    """Build a KB from the pipeline's output and one from the gold file; print counts, role coverage, duplicates."""
    extras.require("kb", "pressner kb")
    from .kb.evaluate import DEV, evaluate_kb, table

    typer.echo(table(evaluate_kb(gold or DEV, pred, workdir), examples))


def main() -> None:
    """The `pressner` program. It owns its process, so it opts in to the garbage-collector
    tuning (extractor/gctune.py) for itself and, through the environment, for the worker
    processes it starts; the library alone never tunes its host."""
    import os

    from . import gctune

    os.environ.setdefault(gctune.ENV, "1")
    gctune.enable()
    try:
        app()
    except ImportError as e:  # an optional subsystem that is not installed: say which extra
        missing = extras.explain(e, f"pressner {' '.join(sys.argv[1:2])}".strip())
        if missing is None:
            raise
        typer.echo(f"error: {missing}", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
