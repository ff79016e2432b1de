"""Help and usage text of the `pressner` commands without typer's type annotations.

typer's plain help prints a parameter's Python type next to it (`<bool>` after a flag,
`<list[Path]>` after an argument) and braces around required arguments
(`{inputs}...`): noise for a reader who wants to know what to type. The command and
group classes below (typer's public `cls=` hook) clean the finished text: flags lose
the type, the value types read as click's words (PATH, INTEGER, TEXT, ...).
"""

from __future__ import annotations

import re

from typer.core import TyperCommand, TyperGroup

WORDS = {"bool": "", "int": "INTEGER", "float": "FLOAT", "str": "TEXT", "path": "PATH",
         "list[Path]": "", "list[str]": ""}
TYPE = re.compile(r"( ?<(%s)>)( *)" % "|".join(re.escape(k) for k in WORDS))
REQUIRED = re.compile(r"\{([^{}\s]+)\}")


def tidy(text: str) -> str:
    return REQUIRED.sub(lambda m: m.group(1).upper(), TYPE.sub(_word, text))


def _word(m: re.Match[str]) -> str:
    """The type as a word; a column gap after it widens or narrows to keep the help
    column where the formatter put it."""
    word = WORDS[m.group(2)]
    new = f" {word}" if word else ""
    gap = m.group(3)
    if len(gap) >= 2:
        gap = " " * max(2, len(gap) + len(m.group(1)) - len(new))
    return new + gap


class Command(TyperCommand):
    def get_help(self, ctx) -> str:  # type: ignore[no-untyped-def]
        return tidy(super().get_help(ctx))

    def get_usage(self, ctx) -> str:  # type: ignore[no-untyped-def]
        return tidy(super().get_usage(ctx))


class Group(TyperGroup):
    def get_help(self, ctx) -> str:  # type: ignore[no-untyped-def]
        return tidy(super().get_help(ctx))

    def get_usage(self, ctx) -> str:  # type: ignore[no-untyped-def]
        return tidy(super().get_usage(ctx))
