"""The README's output example is what `pressner extract` prints for its sample, so it
cannot drift. After an intended change of the output, regenerate it:

    PRESSNER_UPDATE_README=1 .venv/bin/python -m pytest tests/docs/test_readme.py
"""

from __future__ import annotations

import json
import os
import re

from typer.testing import CliRunner

from extractor.cli import app
from tests.conftest import ROOT

README = ROOT / "README.md"
SAMPLE = "Lin Hao, director of the Zhejiang Department of Commerce, visited Ningbo on 5 March 2025."
BLOCK = re.compile(r"(<!-- output example: .*? -->\n```json\n)(.*?)(```\n)", re.S)


def cli_output() -> dict:
    out = CliRunner().invoke(app, ["extract", "-"], input=SAMPLE)
    assert out.exit_code == 0, out.output
    result = json.loads(out.stdout)
    result.pop("timing_ms", None)  # varies from run to run
    return result


def render(result: dict) -> str:
    """Top-level keys one per line, each list item on a line of its own."""
    lines = []
    for key, value in result.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"    {json.dumps(v, ensure_ascii=False)}" for v in value)
            lines.append(f'  "{key}": [\n{items}\n  ]')
        else:
            lines.append(f'  "{key}": {json.dumps(value, ensure_ascii=False)}')
    return "{\n" + ",\n".join(lines) + "\n}\n"


def test_readme_output_example_is_current():
    text = README.read_text(encoding="utf-8")
    m = BLOCK.search(text)
    assert m, "README.md has no output example block"
    assert SAMPLE in text[:m.start()], "the README must show the sample the example is of"
    result = cli_output()
    if os.environ.get("PRESSNER_UPDATE_README"):
        README.write_text(text[:m.start(2)] + render(result) + text[m.end(2):], encoding="utf-8")
        return
    assert json.loads(m.group(2)) == result, __doc__


def test_readme_links_resolve():
    """Every relative link (figures files, schema, notes) names a file in the repository."""
    text = README.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(((?!https?:|#)[^)]+)\)", text)
    assert targets
    assert [t for t in targets if not (ROOT / t).exists()] == []
