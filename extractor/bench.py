"""Throughput benchmark: `python -m extractor.bench [--mb 2] [--repeat 5]`.

Builds at least `--mb` MB of English and of Chinese text from the dev releases in
../shared/eval (read at run time, never stored) and the project's samples, then times in
one run, per language: the bare tokenizer (spaCy's English tokenizer; bare jieba
segmentation for Chinese), the pipeline's own tokenizer (English: the regex
`WordTokenizer`, which replaced spaCy's there; Chinese: bounded jieba), and the full
pressner pipeline. Prints characters and
documents per second, the pipeline/bare ratio (targets: en >= 0.30, zh >= 0.40) and the
process's peak resident memory (target <= 400 MB). Medians of CPU time over `--repeat`
rounds, since the machines are shared and noisy; the three are timed in turn, round after
round.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path

import jieba
import spacy

from .extractor import Extractor

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "samples" / "releases.jsonl"]
TARGETS = {"en": 0.30, "zh": 0.40}


def corpus(lang: str, min_chars: int) -> list[str]:
    texts = []
    for path in SOURCES:
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    if d.get("lang") == lang:
                        texts.append(d["text"])
    if not texts:
        raise SystemExit(f"no {lang} documents found in {SOURCES}")
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


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    ex = Extractor()
    ex.warm_up()
    print(f"{'lang':4} {'docs':>6} {'MB':>5} | {'bare chars/s':>13} | {'own tok chars/s':>15} | "
          f"{'pipeline chars/s':>16} {'docs/s':>8} | {'ratio':>6} {'target':>6}")
    for lang in ("en", "zh"):
        docs = corpus(lang, int(a.mb * 1_000_000))
        n_chars = sum(map(len, docs))
        own = ex.nlp(lang).tokenizer  # the pipeline's tokenizer, shown for transparency

        def run(ds: list[str], lang: str = lang) -> None:
            for _ in ex.extract_many(({"text": d, "lang": lang} for d in ds), batch_size=64):
                pass

        t_bare, t_own, t_pipe = timed([bare(lang), consume(own), run], docs, a.repeat)
        ratio = t_bare / t_pipe
        ok = "ok" if ratio >= TARGETS[lang] else "MISS"
        print(f"{lang:4} {len(docs):6d} {n_chars / 1e6:5.2f} | {n_chars / t_bare:13,.0f} | "
              f"{n_chars / t_own:15,.0f} | {n_chars / t_pipe:16,.0f} {len(docs) / t_pipe:8.1f} | {ratio:6.2f} {TARGETS[lang]:6.2f} {ok}")
    mem = peak_mb()
    print(f"peak resident memory: {mem:.0f} MB (target <= 400) {'ok' if mem <= 400 else 'MISS'}")


if __name__ == "__main__":
    main()
