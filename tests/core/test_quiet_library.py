"""A library is a guest in its host process: importing pressner, loading its pipelines and
extracting (a large document included) leave the environment and the garbage collector as
the host set them. Run in a fresh interpreter, so nothing the suite did before counts."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

PROGRAM = r"""
import gc, json, os, sys
before = (dict(os.environ), gc.get_threshold(), gc.isenabled(), gc.get_freeze_count())

from extractor import Extractor
from extractor.gctune import LARGE_TEXT

ex = Extractor()
ex.extract("Li Wen, director of the Harbour Office, spoke in Ningbo on 3 May 2024.")
ex.extract("2024年5月3日，港务局局长李文在宁波发言。")
big = "Li Wen spoke in Ningbo on 3 May 2024. " * (LARGE_TEXT // 38 + 1)
ex.extract(big, lang="en")
after = (dict(os.environ), gc.get_threshold(), gc.isenabled(), gc.get_freeze_count())
changed = sorted(k for k in set(before[0]) | set(after[0]) if before[0].get(k) != after[0].get(k))
print(json.dumps({"env": changed, "gc": [list(before[1:]), list(after[1:])]}))
"""


def test_import_load_extract_leave_the_host_process_alone():
    env = {k: v for k, v in os.environ.items() if k != "PRESSNER_TUNE_GC"}
    out = subprocess.run([sys.executable, "-c", PROGRAM], cwd=ROOT, env=env, text=True,
                         capture_output=True, check=True, timeout=300)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["env"] == []
    before, after = got["gc"]
    assert before[:2] == after[:2]  # thresholds, collector on
    assert after[2] == before[2] == 0  # nothing frozen out of the collector
