"""The site's name at the head of a scraped page (used by components/page.py).

A page opens with the name of the site's owner, then its navigation: on a line of its own
above the first menu line (`KAWASHIRO ELECTRIC` / `Products | Solutions | ...`), or as the
first item of that menu line (`GovHK | Traditional Chinese | Print`). There it names the
organisation whose site it is (GUIDELINES: ORG; `GovHK` in the page header), even where its
form is a brand's the name rules do not read: capitals throughout (`KAWASHIRO ELECTRIC`), a
capital inside one word (`GovHK`), a domain (`CHINADAILY.com.cn` -> `CHINADAILY`). A menu rule
does not take it for a menu item. Only the first lines count (after a `Skip to ...` link), and
only where a menu line follows within them: a release's headline is no site's name.
"""

from __future__ import annotations

import re

HEAD_LINES = 3  # the lines, after skipped links, the site's name and the first menu line stand in
# a brand's forms: capitals throughout (one to four words, `&` and digits in them), one word with a
# capital after a small letter (`GovHK`), each optionally the first label of a domain (`.com.cn`)
CAPS = re.compile(r"[A-Z][A-Z0-9&]+(?: [A-Z][A-Z0-9&]*){0,3}")
CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
DOMAIN = re.compile(r"\.(?:[a-z]{2,6})(?:\.[a-z]{2,3})*")


class BrandReader:
    def __init__(self, menus, not_brands: list[str], skips: list[str]) -> None:
        self.menus = menus
        self.not_brands = frozenset(not_brands)
        self.skips = tuple(skips)

    def find(self, text: str, menus: list[tuple[int, int]]) -> tuple[int, int] | None:
        """(start, end) of the site's name, or None: the line before the first menu line or that
        line's first item, within the page's first HEAD_LINES lines."""
        first = menus[0][0]
        lines, pos = [], 0
        while pos <= first and len(lines) < HEAD_LINES:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if line.strip() and not line.lstrip().startswith(self.skips):
                lines.append((pos, end))
            pos = end + 1
        if not lines or lines[-1][0] != first:
            return None
        a, b = lines[-1]
        cut = self.menus.split.search(text, a, b) if self.menus.split is not None else None
        item = self.item(text, a, cut.start() if cut else b)
        if item is None and len(lines) > 1:
            item = self.item(text, *lines[-2])
        return item

    def item(self, text: str, a: int, b: int) -> tuple[int, int] | None:
        """The brand written in text[a:b] (spaces stripped, a domain's suffix cut), or None."""
        while a < b and text[a] in " \t\u3000":
            a += 1
        while b > a and text[b - 1] in " \t\u3000":
            b -= 1
        d = DOMAIN.search(text, a, b)
        if d is not None and d.end() == b:
            b = d.start()
        name = text[a:b]
        if name in self.not_brands or not (CAPS.fullmatch(name) or CAMEL.fullmatch(name)):
            return None
        return a, b
