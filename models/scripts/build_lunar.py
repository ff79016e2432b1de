"""Generate the Chinese lunar calendar rows of models/<lang>/date_words.tsv.

Source: the PyPI package lunardate 0.3.0 (GPLv3 code; its month table is the Hong Kong
Observatory's published lunar calendar), run once here: only its dates are kept, as data.

- `holiday_date` rows (both languages): the day each moveable festival falls on, per year
  (`spring@2027` -> 2027-02-06): 春节 (1-1), 元宵 (1-15), 端午 (5-5), 中秋 (8-15).
- `lunar_month` rows (Chinese): the first day and the length of each ordinary month of
  each lunar year (`2027-9` -> `2027-10-01+30`), so a lunar date written out (`农历九月初九`)
  resolves to its day. Leap months (闰月) are left out: texts name them as such.

The rows stand after the `# generated:` line of each file, which this script rewrites.

    /path/to/venv-with-lunardate/bin/python models/scripts/build_lunar.py
"""

from __future__ import annotations

from pathlib import Path

from lunardate import LunarDate  # type: ignore[import-not-found]

MODELS = Path(__file__).resolve().parents[1]
YEARS = range(1990, 2051)
FESTIVALS = {"spring": (1, 1), "lantern": (1, 15), "dragonboat": (5, 5), "midautumn": (8, 15)}
MARK = "# generated: models/scripts/build_lunar.py (lunardate 0.3.0; Hong Kong Observatory table)"


def festival_rows() -> list[str]:
    return [
        f"{key}@{y}\tholiday_date\t{LunarDate(y, m, d).to_solar_date().isoformat()}"
        for key, (m, d) in FESTIVALS.items()
        for y in YEARS
    ]


def month_rows() -> list[str]:
    out = []
    for y in YEARS:
        for m in range(1, 13):
            first = LunarDate(y, m, 1).to_solar_date()
            try:
                LunarDate(y, m, 30)
                days = 30
            except ValueError:
                days = 29
            out.append(f"{y}-{m}\tlunar_month\t{first.isoformat()}+{days}")
    return out


def rewrite(path: Path, rows: list[str]) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    head = lines[: lines.index(MARK)] if MARK in lines else lines
    keep = [ln for ln in head if "\tholiday_date\t" not in ln and "\tlunar_month\t" not in ln]
    while keep and not keep[-1]:
        keep.pop()
    path.write_text("\n".join([*keep, MARK, *rows]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    rewrite(MODELS / "en" / "date_words.tsv", festival_rows())
    rewrite(MODELS / "zh" / "date_words.tsv", festival_rows() + month_rows())
