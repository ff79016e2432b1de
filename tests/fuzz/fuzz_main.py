"""atheris entry point: `python -m tests.fuzz.fuzz_main TARGET [libFuzzer args...]`.

TARGET is one of tests/fuzz/targets.py's TARGETS. Use tests/fuzz/run.sh, which seeds a
corpus from samples/ and bounds the run time. atheris (2.3.0) is a fuzzing-only tool, not
a test dependency: the smoke test covers the targets in CI without it.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["extractor"]):
    from tests.fuzz.targets import TARGETS, extractor


def main() -> None:
    target = TARGETS[sys.argv[1]]
    extractor().warm_up()
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
