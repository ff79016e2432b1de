"""Worst-case time benchmark: `python -m tools.worst_case [--sizes 10000,100000,1000000]`.

Press releases are short, but the service takes text from anywhere; one rule that
backtracks or rescans the text per candidate turns a 1 MB paste into minutes. Each
adversarial input below is built at every size and timed through the full pipeline of its
language; time must grow linearly, so the 1 MB input may take at most 12 x the 100 KB one
(the exit status is 1 otherwise). Times are CPU seconds of this process. Inputs are
synthetic: repeated units, no corpus text.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import time
from collections.abc import Callable

from extractor import Extractor

from .figures import add_out_argument, opt_in_gc_tuning, write

LIMIT = 12.0

EN_CAPS = ["Alder", "Brook", "Crane", "Delta", "Ember", "Fjord", "Grove", "Heron", "Ivory",
           "Juniper", "National", "Council", "Trade", "International", "Zhang", "Wei"]
EN_REGIONS = ["Beijing", "Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Guangdong", "Hubei",
              "New Zealand", "Germany", "Bavaria"]
ZH_REGIONS = ["北京", "上海", "江苏", "浙江", "安徽", "广东", "湖北", "新西兰", "德国"]


def cycle_join(words: list[str], sep: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        out, total = [], 0
        for w in itertools.cycle(words):
            out.append(w)
            total += len(w) + len(sep)
            if total - len(sep) >= n:  # the join has one separator fewer
                return sep.join(out)[:n]
        raise AssertionError  # pragma: no cover - cycle never ends

    return build


def repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def nested(open_: str, close: str) -> Callable[[int], str]:
    return lambda n: open_ * (n // 2) + close * (n - n // 2)


INPUTS: list[tuple[str, str, Callable[[int], str]]] = [
    ("capitalised words", "en", cycle_join(EN_CAPS, " ")),
    ("region comma list en", "en", cycle_join(EN_REGIONS, ", ")),
    ("region list zh 、", "zh", cycle_join(ZH_REGIONS, "、")),
    ("region list zh ，", "zh", cycle_join(ZH_REGIONS, "，")),
    ("年年年", "zh", repeat("年")),
    ("4月4月", "zh", repeat("4月")),
    ("2021年4月5日 x n", "zh", repeat("2021年4月5日")),
    ("April 5, 2021 x n", "en", repeat("April 5, 2021 ")),
    ("(((…)))", "en", nested("(", ")")),
    ("（（（…）））", "zh", nested("（", "）")),
    ("one token", "en", repeat("a")),
    ("one Han run", "zh", repeat("中")),
    ("newlines", "en", repeat("\n")),
    ("newlines zh", "zh", repeat("\n")),
]


def time_one(ex: Extractor, text: str, lang: str, repeat: int, no_gc: bool = False) -> float:
    """CPU seconds of this process, best of `repeat`: the machines are shared, and wall
    time would charge other people's jobs to the rule under test. Repeats run the same
    text, so tokenizer caches favour them: use the same count for every size."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        if no_gc:
            gc.disable()
        try:
            t0 = time.process_time()
            ex.extract(text, lang=lang, doc_date="2021-04-14")
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--only", default="", help="substring of the input names to run")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-gc", action="store_true",
                    help="pause the cyclic GC while timing: separates the rules' own growth "
                         "from the collector walking a heap of a million live objects")
    add_out_argument(ap, "worst_case")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    opt_in_gc_tuning()
    print("loading the pipelines...", file=sys.stderr, flush=True)
    ex = Extractor()
    ex.warm_up()
    head = f"{'input':24} {'lang':4} " + " ".join(f"{n:>10,}" for n in sizes) + "   ratio"
    print(head)
    lines = [head]
    failed = False
    for name, lang, build in INPUTS:
        if args.only and args.only not in name:
            continue
        times = [time_one(ex, build(n), lang, args.repeat, args.no_gc) for n in sizes]
        ratio = times[-1] / max(times[-2], 1e-3) if len(times) > 1 else 0.0
        bad = ratio > LIMIT
        failed |= bad
        cells = " ".join(f"{t:>9.3f}s" for t in times)
        lines.append(f"{name:24} {lang:4} {cells} {ratio:7.1f}{'  FAIL' if bad else ''}")
        print(lines[-1], flush=True)
    write(args.out, "worst_case", "Worst-case inputs: CPU seconds by input size", "\n".join(lines),
          f"The last column is the time of the largest size over the one before; the limit "
          f"is {LIMIT:g}x (FAIL above it).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
