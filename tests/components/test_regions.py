"""REGION spans and values, both scripts, with the guidelines' edge cases."""

import pytest


def regions(res):
    return [(e.text, e.value) for e in res.entities if e.label == "REGION"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The delegation visited Shandong Province and Dalian.", [("Shandong Province", "Shandong"), ("Dalian", "Dalian")]),
        # a lowercase designator is not part of the span
        ("Firms from Zhejiang province attended.", [("Zhejiang", "Zhejiang")]),
        ("Officials from Inner Mongolia and Guangxi met in Hohhot.",
         [("Inner Mongolia", "Inner Mongolia"), ("Guangxi", "Guangxi"), ("Hohhot", "Hohhot")]),
        ("The Yangtze River Delta and the Greater Bay Area were discussed.",
         [("Yangtze River Delta", "Yangtze River Delta"), ("Greater Bay Area", "Guangdong-Hong Kong-Macao Greater Bay Area")]),
        ("U.S. Commerce Secretary met officials from the United States and Japan.",
         [("U.S.", "United States"), ("United States", "United States"), ("Japan", "Japan")]),
        ("BEIJING, May 3 -- talks opened.", [("BEIJING", "Beijing")]),
        # a nationality adjective is not a region
        ("Chinese and German firms signed deals.", []),
        # a region inside an organisation's name belongs to the ORG
        ("Bank of China opened a branch in Tianjin.", [("Tianjin", "Tianjin")]),
        ("The Tianjin Municipal Government hosted guests.", []),
    ],
)
def test_english_regions(extractor, text, expected):
    assert regions(extractor.extract(text, lang="en")) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("代表团访问了山东省和大连市。", [("山东省", "Shandong"), ("大连市", "Dalian")]),
        ("内蒙古、广西、宁夏的代表出席。", [("内蒙古", "Inner Mongolia"), ("广西", "Guangxi"), ("宁夏", "Ningxia")]),
        ("德国企业参加了环渤海地区的会议。", [("德国", "Germany"), ("环渤海地区", "Circum-Bohai-Sea Region")]),
        # traditional characters through the 1:1 mapping, offsets unchanged
        ("山東省濟南市的企業", [("山東省", "Shandong"), ("濟南市", "Jinan")]),
        # one-character abbreviations are not annotated
        ("沪港合作和京津冀协同发展", [("京津冀", "Beijing-Tianjin-Hebei")]),
        # inside an organisation's name, swallowed by the ORG
        ("安徽省贸促会主任出席。", []),
    ],
)
def test_chinese_regions(extractor, text, expected):
    assert regions(extractor.extract(text, lang="zh")) == expected


def test_region_info(extractor):
    e = next(e for e in extractor.extract("访问合肥市", lang="zh").entities if e.label == "REGION")
    assert e.info["name_zh"] == "合肥市" and e.info["type"] == "prefecture_city"
    assert e.info["code"] == "340100" and e.info["parent"] == "CN-340000"


@pytest.mark.parametrize(
    "text,members,count,matches",
    [
        ("Delegates from 3 provinces, namely, Hebei, Shanxi and Gansu, attended.", ["Hebei", "Shanxi", "Gansu"], 3, True),
        ("Delegates from four provinces, namely, Hebei, Shanxi and Gansu, attended.", ["Hebei", "Shanxi", "Gansu"], 4, False),
        ("Firms from Jiangsu, Zhejiang and Anhui came.", ["Jiangsu", "Zhejiang", "Anhui"], None, None),
        ("来自3个省区市的代表:北京、天津、河北出席会议。", ["北京", "天津", "河北"], 3, True),
        # a count stated after the list
        ("Buyers from Hebei, Shanxi, Henan and Hubei, four provinces in central China, attended.",
         ["Hebei", "Shanxi", "Henan", "Hubei"], 4, True),
        ("Hotels in Qingdao, Yantai and Weihai, the three cities on the coast, were full.",
         ["Qingdao", "Yantai", "Weihai"], 3, True),
        ("Hotels in Qingdao, Yantai and Weihai (two cities) were full.",
         ["Qingdao", "Yantai", "Weihai"], 2, False),
        ("青岛、烟台、威海三个城市的企业参加了展会。", ["青岛", "烟台", "威海"], 3, True),
        ("青島、煙台、威海三個城市的企業參加了展會。", ["青島", "煙台", "威海"], 3, True),
        ("河北、山西、河南、湖北四省的代表出席。", ["河北", "山西", "河南", "湖北"], 4, True),
        # the count right after the list wins over an earlier one in the look-back window
        ("展会吸引了三十个城市的企业。本次签约方来自青岛、烟台、威海三个城市。", ["青岛", "烟台", "威海"], 3, True),
        ("上海、江苏、浙江、安徽一市三省的企业参加。", ["上海", "江苏", "浙江", "安徽"], None, None),
        ("Firms from Jiangsu, Zhejiang and Anhui, two of them coastal, came.",
         ["Jiangsu", "Zhejiang", "Anhui"], None, None),
    ],
)
def test_region_groups(extractor, text, members, count, matches):
    groups = extractor.extract(text).region_groups
    assert len(groups) == 1
    g = groups[0]
    assert [m.text for m in g.members] == members
    assert (g.stated_count, g.count_matches) == (count, matches)
    assert text[g.start : g.end].startswith(members[0])


def test_two_regions_are_not_a_group(extractor):
    assert extractor.extract("Talks between Beijing and Tianjin.").region_groups == []
