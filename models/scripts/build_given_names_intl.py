"""Generate models/en/given_names_intl.tsv: given names of many countries in Latin script,
as evidence for the learned recogniser (components/learned.py) that a name the model
proposes opens with a given name where the English census list (given_names.tsv) has none
(`Akemi`, `Thiago`, `Martijn`, `Ratna`, `Petter`). Read only in the `accurate` profile,
and only where the model reads a name: the rules keep the census list alone.

Source: the PyPI package `Faker` 37.1.0 (MIT licence), its person providers' first-name
lists per locale (`first_names`, `first_names_male`/`_female`, `first_romanized_names`
and the like: every attribute of a locale's person `Provider` whose name starts with
`first_` and holds `name`). Kept: one capitalised word in Latin letters (a hyphenated
given name too), three letters or more, that is no English function word (spaCy's English
stop words) nor one of the census builder's English common words and out-words
(build_given_names.COMMON, ALWAYS). Each row lists the locales that hold the name.

    python models/scripts/build_given_names_intl.py [--source DIR]            # rewrite
    python models/scripts/build_given_names_intl.py [--source DIR] --check    # exit 1 on drift

DIR: a folder holding the `faker` package (e.g. its wheel unpacked); defaults to the
installed one (`pip install Faker==37.1.0`).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_given_names import ALWAYS, COMMON  # noqa: E402

MODELS = Path(__file__).resolve().parents[1]
OUT = MODELS / "en" / "given_names_intl.tsv"
NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]{2,}(?:-[A-ZÀ-Þ]?[a-zß-ÿ]+)?")


def rows(source: str | None) -> list[tuple[str, str]]:
    if source:
        sys.path.insert(0, source)
    person = importlib.import_module("faker.providers.person")
    found: dict[str, set[str]] = {}
    for mod in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{mod.name}"), "Provider", None)
        for attr in dir(provider) if provider is not None else ():
            if not attr.startswith("first_") or "name" not in attr:
                continue
            values = getattr(provider, attr)
            for name in list(values) if isinstance(values, (list, tuple, dict)) else ():
                if isinstance(name, str) and NAME.fullmatch(name) and name.lower() not in STOP_WORDS \
                        and name.lower() not in COMMON and name.lower() not in ALWAYS:
                    found.setdefault(name, set()).add(mod.name)
    return sorted((n, ",".join(sorted(locs))) for n, locs in found.items())


def render(source: str | None) -> str:
    head = ("# Given names of many countries in Latin script: the first-name lists of the PyPI\n"
            "# package `Faker` 37.1.0 (MIT licence), person providers of every locale, less English\n"
            "# function and common words (models/scripts/build_given_names_intl.py). Read by the\n"
            "# learned recogniser only (accurate profile). locales: the providers that list the name.\n"
            "name\tlocales\n")
    return head + "".join(f"{n}\t{locs}\n" for n, locs in rows(source))


def write_or_check(text: str, check: bool) -> int:
    """Write the list, or (check) say whether the file on disk is what the source gives."""
    if not check:
        OUT.write_text(text, encoding="utf-8")
        return 0
    same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
    print(f"{OUT.name} {'up to date' if same else 'drifted'}")
    return int(not same)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", help="a folder holding the `faker` package")
    ap.add_argument("--check", action="store_true", help="exit 1 where the file drifted")
    opts = ap.parse_args(argv)
    return write_or_check(render(opts.source), opts.check)


if __name__ == "__main__":
    sys.exit(main())
