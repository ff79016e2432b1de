"""Worst-case memory per worker: `python -m tools.memory_peaks [--cases en,zh,...]`.

Each case is the largest request of its kind the service accepts under its default bounds
(api/settings.py: `max_text_chars`, `max_entities`, `max_batch_chars`), built from repeated
place names, the input with the most entities per character. Every case runs in a fresh
process that does what a worker does for the request (extraction, the bound checks, the
JSON of the response) and reports its peak RSS (`ru_maxrss`) next to its RSS once the
pipelines are loaded. Prints a Markdown table (the README's) and exits. Inputs are
synthetic; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

# name: (what, kind, characters, plain prose instead of place names)
CASES = {
    "en": ("single, English, 1,000,000 characters of place names", "en", 1_000_000, False),
    "zh": ("single, Chinese, 1,000,000 characters of place names", "zh", 1_000_000, False),
    "en-prose": ("single, English, 1,000,000 characters of prose", "en", 1_000_000, True),
    "zh-prose": ("single, Chinese, 1,000,000 characters of prose", "zh", 1_000_000, True),
    "en-20k": ("single, English, 168,000 characters: 20,000 entities", "en", 168_000, False),
    "zh-20k": ("single, Chinese, 60,000 characters: 20,000 entities", "zh", 60_000, False),
    "batch": ("batch, 100 English documents of 10,000 characters of place names", "batch",
              1_000_000, False),
}

CHILD = r"""
import json, resource, sys
from api.service import dump_json
from api.settings import Settings
from extractor import Extractor
from extractor.errors import PressnerError
from extractor.worst_case import EN_REGIONS, cycle_join

kind, n, prose = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"

def text(lang, n):
    if prose:
        unit = ("Both sides agreed to deepen cooperation in trade and logistics. " if lang == "en"
                else "双方同意深化贸易和物流合作。")
        return (unit * (n // len(unit) + 1))[:n]
    return cycle_join(EN_REGIONS, " ")(n) if lang == "en" else ("北京市上海市" * (n // 6 + 1))[:n]

def rss_mb():
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024

s = Settings(_env_file=None)
ex = Extractor(max_chars=s.max_text_chars, max_entities=s.max_entities)
ex.warm_up()
loaded = rss_mb()
answer, ents = "200", 0
if kind == "batch":
    docs = [{"id": str(i), "text": text("en", n // 100)} for i in range(100)]
    assert sum(len(d["text"]) for d in docs) <= s.max_batch_chars
    results = list(ex.extract_many(docs, batch_size=s.annotate_batch, max_entities=s.max_entities))
    body = '{"results":[' + ",".join(dump_json(r) for r in results) + "]}"
    ents = sum(len(getattr(r, "entities", [])) for r in results)
else:
    try:
        r = ex.extract(text(kind, n), lang=kind, max_entities=s.max_entities)
        body, ents = dump_json(r), len(r.entities)
    except PressnerError as e:
        body, answer = e.message, f"{e.http_status} {e.code}"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"answer": answer, "entities": ents, "loaded_mb": round(loaded),
                  "peak_mb": round(peak), "response_mb": round(len(body) / 2**20, 1)}))
"""


def run(name: str) -> dict:
    _, kind, n, prose = CASES[name]
    out = subprocess.run([sys.executable, "-c", CHILD, kind, str(n), "1" if prose else "0"],
                         capture_output=True, text=True, check=True, timeout=900)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", default=",".join(CASES), help=f"Comma-separated, of: {', '.join(CASES)}.")
    args = p.parse_args(argv)
    print("| request | answer | entities | response | worker RSS loaded | peak |")
    print("|---|---|---:|---:|---:|---:|")
    for name in args.cases.split(","):
        r = run(name)
        print(f"| {CASES[name][0]} | {r['answer']} | {r['entities']:,} | {r['response_mb']} MB "
              f"| {r['loaded_mb']} MB | {r['peak_mb']} MB |", flush=True)


if __name__ == "__main__":
    main()
