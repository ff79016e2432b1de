"""Word tables of one language and the resolution a pattern match gets.

The same resolving code serves English and Chinese: everything language-specific is a
word looked up here (`last` -> -1, `上旬` -> 1-10, `二十三` -> 23).
"""

from __future__ import annotations

from dataclasses import dataclass, field


# kinds read as another: `relday1` (今 alone, only before a bracket), `relmonth_mod` (`the
# month`, only after `the end of`: alone it is no date)
ALIAS = {"relday1": "relday", "relmonth_mod": "relmonth"}
# a kind whose words longer than the patterns' fixed-width lookbehinds allow sit in a kind of
# their own (上一年: relyear_long), read wherever the kind is looked up
LONGER = {"relyear": "relyear_long"}


@dataclass
class Words:
    """Word tables of one language: lowercased surface form -> value, per kind."""

    kinds: dict[str, dict[str, str]] = field(default_factory=dict)

    def get(self, kind: str, word: str) -> str | None:
        v = self.kinds.get(kind, {}).get(word.lower())
        if v is None and kind in LONGER:
            v = self.kinds.get(LONGER[kind], {}).get(word.lower())
        return v

    def rel(self, word: str) -> tuple[str, int] | None:
        for kind in (
            "relday",
            "relweek",
            "relmonth",
            "relquarter",
            "relweekend",
            "relyear",
            "anaphor",
            "anaphor_year",
            "relday1",
            "relmonth_mod",
        ):
            v = self.get(kind, word)
            if v is not None:
                return ALIAS.get(kind, kind), int(v)
        return None

    def number(self, text: str) -> int:
        """Arabic or Chinese numerals: `12`, `十二`, `二十三`, and digit strings `二〇二一`."""
        if text.isdigit() and text.isascii():
            return int(text)
        count = self.get("count", text.lower())
        if count is not None:  # `the first nine months`
            return int(count)
        if "百" in text:  # 一百零八 (Republic of China years): hundreds, then the rest
            head, _, rest = text.partition("百")
            rest = rest.lstrip("零〇")
            return (self.number(head) if head else 1) * 100 + (self.number(rest) if rest else 0)
        digits = [self.get("numeral", ch) for ch in text]
        if None in digits:
            raise ValueError(f"not a number: {text!r}")
        vals = [int(d) for d in digits if d is not None]
        if vals[0] in (20, 30):  # 廿九, 卅一
            return vals[0] + sum(vals[1:])
        if 10 not in vals:
            return int("".join(str(v) for v in vals))
        i = vals.index(10)
        tens = vals[i - 1] if i > 0 else 1
        ones = vals[i + 1] if i + 1 < len(vals) else 0
        return tens * 10 + ones


@dataclass
class Resolved:
    value: str
    attrs: dict


def date_attrs(gran: str, relative: bool = False, is_range: bool = False, **parts) -> dict:
    return {
        "granularity": gran,
        "relative": relative,
        "range": is_range,
        "parts": {k: v for k, v in parts.items() if v is not None},
    }
