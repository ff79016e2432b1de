"""Write the seed corpus of a target: `python -m tests.fuzz.seed_corpus TARGET DIR`."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from tests.fuzz.targets import seeds


def main() -> None:
    target, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for data in seeds(target):
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


if __name__ == "__main__":
    main()
