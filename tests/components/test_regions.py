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
        # named groups of countries are regions, their institutions organisations
        ("Envoys of the SCO and the Shanghai Cooperation Organisation met G20 partners.",
         [("SCO", "SCO"), ("Shanghai Cooperation Organisation", "SCO"), ("G20", "G20")]),
        # Hong Kong's districts of more than one word are named bare; one-word ones are words
        ("Volunteers from Sha Tin and Wan Chai visited the Eastern District.",
         [("Sha Tin", "Sha Tin"), ("Wan Chai", "Wan Chai"), ("Eastern District", "Eastern")]),
        ("Eastern and southern parts were flooded.", []),
        # a dateline in capitals, multi-word names included
        ("NEW YORK, June 2 -- HONG KONG firms listed.", [("NEW YORK", "New York"), ("HONG KONG", "Hong Kong")]),
        # a lowercase designator stays out, the people's name in the region's stays in
        ("Farms in the Guangxi Zhuang autonomous region grew.", [("Guangxi Zhuang", "Guangxi")]),
        # first-level divisions of Germany and Italy, official long forms included
        ("The Free State of Thuringia and Tuscany signed.",
         [("Free State of Thuringia", "Thuringia"), ("Tuscany", "Tuscany")]),
        # US states in the AP Stylebook's abbreviations keep their full stop
        ("LANSING, Mich. -- It chose a site in Fort Wayne, Ind. over one in Ohio.",
         [("LANSING", None), ("Mich.", "Michigan"), ("Fort Wayne", None), ("Ind.", "Indiana"),
          ("Ohio", "Ohio")]),
        # cities of GeoNames (world_cities_geonames.tsv), in GeoNames' name or its ASCII fold
        ("Depots in Mbarara, Ghent and Ben Cat opened; OSTRAVA staff moved to Bến Cát.",
         [("Mbarara", "Mbarara"), ("Ghent", "Ghent"), ("Ben Cat", "Bến Cát"),
          ("OSTRAVA", "Ostrava"), ("Bến Cát", "Bến Cát")]),
        # not a person's surname (`Anand`) nor a company's stem, which the rules still read
        ("Anand Verma, chief executive of Sumida Industries Co., Ltd., said Sumida would grow.",
         []),
        ("Sales in mainland China and in the Mainland rose.",
         [("mainland China", "Mainland China"), ("Mainland", "Mainland China")]),
        # other countries' subdivisions (ISO 3166-2), written without diacritics too
        ("Growers in Lam Dong and Maharashtra met officials of Kericho County.",
         [("Lam Dong", "Lâm Đồng"), ("Maharashtra", "Mahārāshtra"), ("Kericho County", "Kericho")]),
        # an ordinary word only with its designator; a compass word joins a division
        ("Unity and Delta were themes in Eastern Province and North Maluku.",
         [("Eastern Province", "Eastern Province"), ("North Maluku", "North Maluku")]),
        # a one-word subdivision that is a word of a person named in the text is her
        ("Professor Amara Okafor joined in May. Amara's record is strong.", []),
        # a postal code is a state right after a place and a comma, not elsewhere
        ("Plants in Dallas, TX, and Halifax, NS, grew; IN and OR stayed flat.",
         [("Dallas", "Dallas"), ("TX", "Texas"), ("Halifax", "Halifax"), ("NS", "Nova Scotia")]),
        # two areas joined by `and` are two regions; the acronym names both
        ("Sales in the Middle East and North Africa (MENA) rose.",
         [("Middle East", "Middle East"), ("North Africa", "North Africa"), ("MENA", "MENA")]),
        # an Irish county writes its designator first
        ("Warehouses in County Kildare opened.", [("County Kildare", "Kildare")]),
        # one reading per document: a province named with its designator is the same place
        # where its name stands alone, not where the name runs on into another capitalised word
        ("Officials of Salta Province met buyers. Salta exports lemons; the Governor of Salta"
         " spoke with Salta Foods.",
         [("Salta Province", "Salta"), ("Salta", "Salta"), ("Salta", "Salta")]),
        # a bare compass word before a city names another town
        ("Plants in East Hanover and North Vancouver opened.",
         [("East Hanover", "East Hanover"), ("North Vancouver", "North Vancouver")]),
        # a currency's sign after a country's code names an amount, no place
        ("Sales in Canada reached US$4 billion and HK$2 billion.", [("Canada", "Canada")]),
        # a wire dateline's city in capitals before its state names the city, listed or not
        ("BRANDON, Manitoba, Sept. 22, 2026 - Exports rose.",
         [("BRANDON", None), ("Manitoba", "Manitoba")]),
        # the second city of a two-city dateline, after `&` or `and`
        ("TARNVIK, Ohio & BRANDON, Manitoba--(BUSINESS WIRE)--Exports rose.",
         [("TARNVIK", None), ("Ohio", "Ohio"), ("BRANDON", None), ("Manitoba", "Manitoba")]),
        ("McTARN, Texas, Dec. 3, 2026 /PRNewswire/ -- Exports rose.", [("McTARN", None), ("Texas", "Texas")]),
        # a small town before a mine's site word, the site placed in a known region; then at every
        # mention; a lake's or river's name with no region after the site is no town
        ("Output rose at the Pike Falls copper mine in Manitoba. The Pike Falls mill ran well; "
         "the Elk Lake project is on hold.",
         [("Pike Falls", "Pike Falls"), ("Manitoba", "Manitoba"), ("Pike Falls", "Pike Falls")]),
        ("The Mount Tarrow gold project in Ontario is near the town of Elmvale.",
         [("Mount Tarrow", "Mount Tarrow"), ("Ontario", "Ontario"), ("Elmvale", "Elmvale")]),
        # a town placed in the division after it, or `, south of` a place; not inside a
        # capitalised name, nor a found region listed before another
        ("A plant near Tarvik Bay in Chonburi Province and a refinery at Kwinana, south of Perth.",
         [("Tarvik Bay", None), ("Chonburi Province", "Chonburi Province"), ("Kwinana", None),
          ("Perth", "Perth")]),
        # a dateline's city in capitals before the date and the dash, listed or not
        ("TARNVIK, Sept. 21, 2027 -- Exports rose. NOTICE, March 3: none.", [("TARNVIK", None)]),
        # sub-national regions and islands; a province read whole before its island
        ("Plants in North East England, the Pilbara and Central Sulawesi ship across Java.",
         [("North East England", "North East England"), ("Pilbara", "Pilbara"),
          ("Central Sulawesi", "Central Sulawesi"), ("Java", "Java")]),
        ("The Fair for Trade in Services, Beijing, sold in Africa, Latin America and in Mandarin, China.",
         [("Beijing", "Beijing"), ("Africa", "Africa"), ("Latin America", "Latin America"),
          ("China", "China")]),
        # a designator before a listed place with `of`; a trade grouping of states
        ("The Province of Buenos Aires, the State of Nebraska and EFTA signed.",
         [("Province of Buenos Aires", "Buenos Aires"), ("State of Nebraska", "Nebraska"), ("EFTA", "EFTA")]),
        # the Korean subdivision types of ISO 3166-2:KR join a listed place
        ("Mayors of Suwon Special City and Busan Metropolitan City met.",
         [("Suwon Special City", "Suwon"), ("Busan Metropolitan City", "Busan")]),
        # a building named after the place keeps the designator word out of the REGION
        ("They met at Wellington Town Hall, near Machakos Town.",
         [("Wellington", "Wellington"), ("Machakos Town", "Machakos")]),
        # a Japanese designator glued by a hyphen makes a place of the name before it; a Korean
        # one only in an address, before a comma and a place (it ends given names too)
        ("Offices in Tarumi-ku, Kobe, in Nishi-Tokyo-shi and in Gangbuk-gu, Seoul opened; Ha-gu spoke.",
         [("Tarumi-ku", "Tarumi-ku"), ("Kobe", "Kobe"), ("Nishi-Tokyo-shi", "Nishi-Tokyo-shi"),
          ("Gangbuk-gu", "Gangbuk-gu"), ("Seoul", "Seoul")]),
        # a company's legal form, then `of`, names its seat; a lowercase `port of` its town, the
        # capitalised `Port of` an authority
        ("Torvane Orchards, LLC of Quillby signed with the port of Marevo in Peru and the Port of Tarnby.",
         [("Quillby", "Quillby"), ("Marevo", "Marevo"), ("Peru", "Peru")]),
        # a place's name before a street word names the street
        ("Our office: 12 Oxford Road, Manchester; 333 Keelung Rd., Sec. 1, Taipei.",
         [("Manchester", "Manchester"), ("Taipei", "Taipei")]),
        # a capitalised compass word before a continent no list holds in that form
        ("The Asia–North Europe loop and Northern Europe grew.",
         [("Asia", "Asia"), ("North Europe", "North Europe"), ("Northern Europe", "Northern Europe")]),
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
        # Taiwan forms of country names (OpenCC TWPhrases), in either script
        ("葉門、紐西蘭及義大利代表出席。", [("葉門", "Yemen"), ("紐西蘭", "New Zealand"),
                                    ("義大利", "Italy")]),
        ("肯亞與坦尚尼亞簽署協議。", [("肯亞", "Kenya"), ("坦尚尼亞", "Tanzania")]),
        # one-character abbreviations are not annotated
        ("沪港合作和京津冀协同发展", [("京津冀", "Beijing-Tianjin-Hebei")]),
        # inside an organisation's name, swallowed by the ORG
        ("江西省贸促会主任出席。", []),
        # a named group of countries is a region even where an ORG pattern reads it
        ("二十国集团和上合组织成员国代表出席。", [("二十国集团", "G20"), ("上合组织", "SCO")]),
        ("上合组织秘书处发表声明。", []),
        # the usual short forms of country names
        ("印尼和巴新代表出席。", [("印尼", "Indonesia"), ("巴新", "Papua New Guinea")]),
        ("来自坎帕尼亚、西西里和萨安州的客商", [("坎帕尼亚", "Campania"), ("西西里", "Sicily"),
                                        ("萨安州", "Saxony-Anhalt")]),
        # areas joined by 和 are two regions; 海合会 is a group of countries
        ("企业开拓中东和北非市场，海合会成员国代表出席。",
         [("中东", "Middle East"), ("北非", "North Africa"),
          ("海合会", "Gulf Cooperation Council countries")]),
        # another country's subdivision by its ISO 3166-2 Chinese name with its designator
        ("代表团考察了罗勇府和同奈省的工业园区。", [("罗勇府", "Rayong"), ("同奈省", "Đồng Nai")]),
        # a city listed with 市 is read bare after its own country
        ("班列直达老挝万象。", [("老挝", "Laos"), ("万象", "Vientiane")]),
        # ... and so is a province listed with its designator, on through a list of that
        # country's places, and wherever the document repeats it
        ("商团前往越南北宁、海防和岘港，在北宁参观工厂。",
         [("越南", "Vietnam"), ("北宁", "Bắc Ninh"), ("海防", "Haiphong"), ("岘港", "Da Nang"),
          ("北宁", "Bắc Ninh")]),
        ("园区紧邻罗勇、北柳两地。", [("罗勇", "Rayong"), ("北柳", "Chachoengsao")]),
        # a province whose Chinese name has no designator takes its kind's (省), and a bare
        # name of three characters or more is a name (Indonesia's island provinces by the
        # English name of region_areas.tsv, not ISO's Indonesian one)
        ("企业落户东爪哇省，并在中爪哇设厂。", [("东爪哇省", "East Java"), ("中爪哇", "Central Java")]),
        ("企业落户北苏门答腊省。", [("北苏门答腊省", "North Sumatra")]),
        ("春武里是工业重镇。", [("春武里", "Chon Buri")]),
        # first-level divisions pycountry leaves without a Chinese name (world_cities.tsv):
        # a Mexican state, a Chilean region in 大区, a Malaysian state; a Czech kraj with 州
        ("工厂设在新莱昂州和比奥比奥大区，吉打州也有分厂。",
         [("新莱昂州", "Nuevo León"), ("比奥比奥大区", "Biobío Region"), ("吉打州", "Kedah")]),
        ("代表团访问摩拉维亚-西里西亚州。", [("摩拉维亚-西里西亚州", "Moravskoslezský kraj")]),
        # Malaysian towns by their Malaysian Chinese names
        ("公司在居林和怡保设厂。", [("居林", "Kulim"), ("怡保", "Ipoh")]),
        # a foreign city by its Chinese name in GeoNames, with or without 市
        ("工厂设在鲁昂、布尔诺和多特蒙德市。",
         [("鲁昂", "Rouen"), ("布尔诺", "Brno"), ("多特蒙德市", "Dortmund")]),
        # such a city's name inside a transliterated person's name is no place (拉斯 of 拉斯洛),
        # nor is a home place's short name (太平 of 太平绅士)
        ("外长拉斯洛·萨博到访。", []),
        ("他获委任为太平绅士。", []),
        # two one-character abbreviations are no region (中欧班列: China and Europe)
        ("中欧班列和中非合作论坛", []),
        # a place's name closed by 元 after an amount is a currency's
        ("出口额达385亿新西兰元，合约1.3億澳門元。新西兰企业出席。", [("新西兰", "New Zealand")]),
        # a state-level new area (国家级新区) by its name
        ("项目落户天府新区和西海岸新区。", [("天府新区", "Tianfu New Area"), ("西海岸新区", "West Coast New Area")]),
    ],
)
def test_chinese_regions(extractor, text, expected):
    assert regions(extractor.extract(text, lang="zh")) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a place name inside an ordinary word is no place: the segmentation decides
        ("全体员工同心同德，共创佳绩。", []),
        ("祝愿家乡繁荣昌盛。", []),
        ("市长和政府官员出席了仪式。", []),
        ("大力弘扬中华优秀传统文化。", []),
        ("坚持实施科教兴国战略。", []),
        ("全體員工同心同德,共創佳績。", []),
        # a word's head stays: a country's name before a noun
        ("中国人民热爱和平。", [("中国", "China")]),
        # two names the segmenter keeps as one word are both found
        ("论坛在广西南宁开幕。", [("广西", "Guangxi"), ("南宁", "Nanning")]),
        # traditional characters are segmented in their simplified form
        ("代表團訪問重慶和臺灣。", [("重慶", "Chongqing"), ("臺灣", "Taiwan")]),
        ("海林市的復合肥企業", [("海林市", "Hailin")]),  # 合肥 inside 复合肥
        ("作為發展中國家的一員", []),  # 中国 inside 发展中国家
        # a refused name does not hide one that opens inside it (资中 in 投资中国)
        ("欢迎企业投资中国。", [("中国", "China")]),
        # a foreign city joins its designator; a shorter name fits where the longer
        # one runs into the next word (市场)
        ("市长访问波尔图市和维也纳市。", [("波尔图市", "Porto"), ("维也纳市", "Vienna")]),
        ("企业开拓巴黎市场。", [("巴黎", "Paris")]),
        # a district named by an everyday word matches only after its city
        ("阳泉市城区的中心城区和郊区", [("阳泉市城区", "Chengqu")]),
        # a county-level name is no head of an ordinary word (大兴 of 大兴土木, 小金 of 小金库)
        ("严禁大兴土木、私设小金库。", []),
        ("他来自北京市大兴区。", [("北京市", "Beijing"), ("大兴区", "Daxing")]),
        # a preposition or motion verb the dictionary fuses with the place (赴美国)
        ("代表团赴美国华盛顿访问。", [("美国", "United States"), ("华盛顿", "Washington D.C.")]),
        ("经济部次长率团赴美國華府出席对话。", [("美國", "United States"), ("華府", "Washington D.C.")]),
        # jieba's HMM glues a name's last character to the conjunction after it (区及)
        ("企業進入橫琴粵澳深度合作區及大灣區。",
         [("橫琴粵澳深度合作區", "Hengqin Guangdong-Macao In-Depth Cooperation Zone"),
          ("大灣區", "Guangdong-Hong Kong-Macao Greater Bay Area")]),
        # a county-level match across a word's edge (资中 in 投资中国) hides no country;
        # a county-level name there stays an ordinary word (兴业 of 投资兴业)
        ("外资企业持续加大投资中国的力度。", [("中国", "China")]),
        ("欢迎各地企业来此投资兴业。", []),
        # Taiwan forms of foreign cities
        ("外貿協會率團赴杜拜、伊斯坦堡拓銷。", [("杜拜", "Dubai"), ("伊斯坦堡", "Istanbul")]),
        # China and a continent's one-character abbreviation name a pair, not a region
        ("推动中非经贸合作和中欧班列发展。", []),
        ("中非共和国总统和中欧地区国家代表出席。",
         [("中非共和国", "Central African Republic"), ("中欧地区", "Central Europe")]),
        # a place name that begins a street's name, with the address's number, section or
        # closing mark after the road word, names the street; a roadshow keeps the place
        ("地址：常州市新北区新港路66号", [("常州市", "Changzhou"), ("新北区", "Xinbei")]),
        ("會場位於中山路旁。", []),
        ("地址：宁波市海曙区中山西路1号）", [("宁波市", "Ningbo"), ("海曙区", "Haishu")]),
        ("公司将在香港路演。", [("香港", "Hong Kong")]),
    ],
)
def test_chinese_regions_need_word_boundaries(extractor, text, expected):
    assert regions(extractor.extract(text, lang="zh")) == expected


@pytest.mark.parametrize(
    "starts,found,kept",
    [
        ([0, 4], [(1, 3)], []),  # begins inside a word
        ([0, 1, 3], [(0, 2)], []),  # runs into a word that goes on past its end
        ([0, 3], [(0, 2)], [(0, 2)]),  # a word's head
        ([0, 4], [(0, 2), (2, 4)], [(0, 2), (2, 4)]),  # two names in one word
        ([0, 2, 4], [(0, 2), (2, 4)], [(0, 2), (2, 4)]),
    ],
)
def test_words_allow(starts, found, kept):
    from extractor.components.regions import words_allow

    out = words_allow([(s, e, ["id"]) for s, e in found], starts, 6)
    assert [(s, e) for s, e, _ in out] == kept


@pytest.mark.parametrize(
    "text,starts,split",
    [
        ("赴美国访问", [0, 3], [0, 1, 3]),  # 赴美国: a boundary after the lead
        ("美国访问", [0, 2], [0, 2]),  # no lead
        ("赴京", [0], [0]),  # a two-character word keeps whole
        ("合作区及大湾区", [0, 2, 4, 6], [0, 2, 3, 4, 6]),  # 区及: a boundary before the conjunction
        ("涉及各区", [0, 2, 3], [0, 1, 2, 3]),  # 涉及 too: no place name ends in 涉, nothing matches
    ],
)
def test_lead_split(text, starts, split):
    from extractor.components.regions import lead_split

    assert lead_split(starts, text, frozenset("赴于"), frozenset("及与和")) == split


def test_lead_split_equals_a_walk_over_the_words():
    """The regex scan adds the starts a walk over every word adds (random cuts of random
    text over lead, conjunction and other characters)."""
    import random

    from extractor.components.regions import lead_split

    def walk(starts, text, leads, trails):
        ends = starts[1:] + [len(text)]
        extra = [s + 1 for s, e in zip(starts, ends)
                 if e - s >= 3 and text[s] in leads or e - s == 2 and text[e - 1] in trails]
        return sorted(starts + extra)

    rng = random.Random(7)
    leads, trails = frozenset("赴于"), frozenset("及与和")
    for _ in range(3000):
        text = "".join(rng.choice("赴于及与和区国美") for _ in range(rng.randint(1, 12)))
        starts = sorted({0, *rng.sample(range(len(text)), rng.randint(0, len(text) - 1))})
        assert lead_split(starts, text, leads, trails) == walk(starts, text, leads, trails)


def test_words_allow_falls_back_to_a_shorter_name():
    from extractor.components.regions import words_allow

    names = {(0, 2): ["short"], (0, 3): ["long"]}
    out = words_allow([(0, 3, ["long"])], [0, 2, 4], 6, shorter=lambda a, b: names.get((a, b)))
    assert out == [(0, 2, ["short"])]


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


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a strong designator makes a region of a name no list holds; a weak one only
        # joins a listed place; determiners and possessives stay out
        ("en", "Firms from Nordvik Oblast, Almaty Region and Lanh Duong Province met.",
         ["Nordvik Oblast", "Almaty Region", "Lanh Duong Province"]),
        ("en", "Each Province sent staff to Vietnam's Lanh Duong Province.",
         ["Vietnam", "Lanh Duong Province"]),
        ("en", "The Sales Region grew.", []),
        # a lowercase plural shared by a list makes each name a region; a weak plural
        # needs a listed place among the names, and compass words alone stay out
        ("en", "Growers in Kervale and Nandor counties met.", ["Kervale", "Nandor"]),
        ("en", "Both Guangdong and Nordvale provinces signed.", ["Guangdong", "Nordvale"]),
        ("en", "The Sales and Marketing regions grew.", []),
        ("en", "Rain fell in the Eastern and Western regions.", []),
        ("en", "Kowloon City and Lok Sing districts voted.", ["Kowloon City", "Lok Sing"]),
        # named areas of the lexicon, business abbreviations included
        ("en", "Trade with the Caucasus grew.", ["Caucasus"]),
        ("en", "Sales in the Americas, LATAM and EMEA grew.", ["Americas", "LATAM", "EMEA"]),
        # a transliterated name before 州/省 is a region; a country before it stays apart;
        # 州长 after a listed place is a title, not its designator
        ("zh", "代表团访问了俄罗斯诺尔维克州和阿拉木图州。", ["俄罗斯", "诺尔维克州", "阿拉木图州"]),
        ("zh", "阿拉木图州长会见了代表团。", ["阿拉木图"]),
    ],
)
def test_division_designators(extractor, profile, lang, text, expected):
    res = extractor.extract(text, lang=lang, profile=profile)
    assert [t for t, _ in regions(res)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Firms from Nordvik Oblast met.\nTalks in Lanh Duong Province and Korvel-Krai.\nNo more.",
        "Lanh Duong Province\n\nBinh Tay Province, then Nordvik Oblast",
        "Oblast\nthe Kessel Province\r\nThe Province",
        "No designator here at all.",
    ],
)
def test_designators_scan_lines_only(text):
    """`unlisted` scans only the lines holding a strong designator: the same matches as
    a scan of the whole text."""
    from extractor.components.regions import DesignatorRow, Designators

    d = Designators([DesignatorRow(form=f, reach="any") for f in ("Province", "Oblast", "Krai")]
                    + [DesignatorRow(form="Region", reach="known")])
    whole = [m.span(1) for m in d.unknown.finditer(text)]
    assert [m.span(1) for m in d.unknown_matches(text)] == whole


@pytest.mark.parametrize("text,regions,orgs", [
    # the African Union's regional economic communities are groups of member states; their
    # organs are bodies (session 10)
    ("Leaders of SADC and the Economic Community of West African States met the SADC "
     "Secretariat and the ECOWAS Commission.",
     ["SADC", "Economic Community of West African States"], ["SADC Secretariat", "ECOWAS Commission"]),
])
def test_regional_communities_are_groups(extractor, text, regions, orgs):
    res = extractor.extract(text, "en")
    assert [e.text for e in res.entities if e.label == "REGION"] == regions
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,expected", [
    # a city named like a person is a place after `in`/`near`, and so at its other mentions
    ("Orvell Ltd will build a plant in Telford. The Telford site opens in May.",
     [("Telford", "Telford"), ("Telford", "Telford")]),
    ("Its depot at Burnaston, near Derby, England, ships daily.",
     [("Derby", "Derby"), ("England", "England")]),
    # listed with a place of its own country, a place of the list; not with one of another
    ("A delegation from Cork and Galway met the mayors of Derby and Galway.",
     [("Cork", "Cork"), ("Galway", "Galway"), ("Galway", "Galway")]),
    # elsewhere the word is a name: a person's, or the first word of a longer name
    ("Ana Telford said sales grew; Derby County won in Derby Road.", []),
    # a firm's seat glued to `-based`, and the town's other mentions standing alone
    ("Orvell Ltd, a Telford-based maker, hired staff. Telford grew.",
     [("Telford", "Telford"), ("Telford", "Telford")]),
    ("The Telford-basedline rule and Ana Telford-based stay out.", []),
])
def test_cities_named_like_people_need_a_place_frame(extractor, text, expected):
    assert regions(extractor.extract(text, lang="en", profile="fast")) == expected


@pytest.mark.parametrize("text", ["Vale County and x-Vale, O'Vale; Vale_2 Nord-Vale Vale.", "V", ""])
def test_capital_words_open_on_their_capital(text):
    """`CAPITAL_WORD` matches where its look-behind form, tried at every position, did."""
    import re

    from extractor.components.regions import CAPITAL_WORD

    behind = re.compile(r"(?<![\w'’\-])[A-Z][\w\-]*")
    assert [m.span() for m in CAPITAL_WORD.finditer(text)] == [m.span() for m in behind.finditer(text)]
