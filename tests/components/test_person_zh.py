"""Chinese names the context vouches for (extractor/components/person_zh.py) in the full
pipeline: given names that are words, married double surnames, ·-joined foreign names,
names across a word's edge. Texts are invented."""

from __future__ import annotations

import pytest


def persons(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text,expected", [
    # after a title or before an honorific, a given name may be a word or rare character
    ("书记处书记尉明远14日出访。", ["尉明远"]),
    ("副主席韩俊九,秘书长李明出席。", ["韩俊九", "李明"]),
    ("大会上,许建业先生致辞。", ["许建业"]),
    ("政务委员邓振中等人会晤。", ["邓振中"]),
    # a list opener after the title is no name's start (not 包 + 括某); 赖 is a surname
    ("出席的議員包括劉國輝、麥詠恩。", ["劉國輝", "麥詠恩"]),
    ("外貿協會董事長賴文彥表示支持。", ["賴文彥"]),
    # a title after the name outweighs a word across its start; a one-character verb
    ("坚决落实习近平总书记的要求。", ["习近平"]),
    # ... but not a title that a longer one, starting inside the reading, holds (no 司总 in
    # 公司总经理, whose surname would then be read before every 公司 + title)
    ("董事会聘任周海先生为公司总经理。公司董事长出席。", ["周海"]),
    ("龚平说,今年形势很好。", ["龚平"]),
    # rare surnames (session 16: the Chinese-Names-Corpus family-name list, models/scripts/
    # build_person_data.py RARE) after a title, before an honorific, in a list of officers
    ("副会长綦立新、秘书长郗红梅出席。", ["綦立新", "郗红梅"]),
    ("聘任逄海涛先生为副总经理。", ["逄海涛"]),
    ("局长蒯文斌介绍情况。", ["蒯文斌"]),
    # a transliterated name typed with a look-alike of its dot (pressner_normalizer folds it)
    ("副部长汤姆．哈蒂通过视频致辞。", ["汤姆．哈蒂"]),
    ("理事長馬丁•韋伯共同主持。", ["馬丁•韋伯"]),
    ("總經理訾美玲表示歡迎。", ["訾美玲"]),
    # credit labels of a page's header and footer; an adverb of time ends the name before it
    ("作者：谭晓雯  审核：梁国华  校对：沈一鸣", ["谭晓雯", "梁国华", "沈一鸣"]),
    ("部长助理祁文渊已于昨日通话。", ["祁文渊"]),
    # Hong Kong married names: two surnames and a given name
    ("由政務司司長陳黃淑芬署理。", ["陳黃淑芬"]),
    ("常務會董梁何詠琪、李健成出席。", ["梁何詠琪", "李健成"]),
    # a ·-joined foreign name is one name, whatever its characters
    ("泰國總理素拉‧差猜訕閣下出席。", ["素拉‧差猜訕"]),
    # ... also where its last syllables make a place (西亚) or its first a word across the
    # title's end (会长安娜: 长安); 范 spells van, and a foreign name read in full after its
    # title is read in full when it recurs
    ("驻华大使马丁·加西亚出席。马丁·加西亚表示欢迎。", ["马丁·加西亚", "马丁·加西亚"]),
    ("东川商会会长安娜·马丁内斯致辞。", ["安娜·马丁内斯"]),
    ("总领事范德伯格致辞。范德伯格表示欢迎。", ["范德伯格", "范德伯格"]),
    # a full name given after its title is read again before a verb, whatever word it
    # makes across its end (华表)
    ("贸促会副会长张文华签约。张文华表示欢迎。", ["张文华", "张文华"]),
    ("外交部长卡洛斯·阿尔贝托·门德斯出席。", ["卡洛斯·阿尔贝托·门德斯"]),
    # a hyphen joins the parts of a compound foreign name as the dot does
    ("参议院议长让-保罗·莫雷尔出席。", ["让-保罗·莫雷尔"]),
    ("議會議長阿爾梅達-科斯塔一行到訪。", ["阿爾梅達-科斯塔"]),
    ("部長巴特巴雅尔出席。", ["巴特巴雅尔"]),
    # Japanese names: a family name of two characters; 一/二 may close the given name
    ("静冈县知事铃木健二会见了代表团。", ["铃木健二"]),
    ("日方代表中村由美表示欢迎。", ["中村由美"]),
    # a transliterated run ends before a verb word its characters spell (`列席`)
    ("大使萨布里赫曼列席了签约仪式。", ["萨布里赫曼"]),
    ("大使阿卜杜拉出席。", ["阿卜杜拉"]),
    # 亦 (also, in traditional-script releases) opens the verb after a name
    ("署長陳志文亦有出席。", ["陳志文"]),
    # a name vouched for in full is read in full where it recurs (`中等` across its end)
    ("政务委员邓振中出席。会后,邓振中等人座谈。", ["邓振中", "邓振中"]),
    # a credit alone in brackets at a paragraph's end
    ("大会圆满结束。(王立华摄)\n次日代表团离开。", ["王立华"]),
    ("会议在京举行。\n(傅大利)", ["傅大利"]),
    # a date after the name ends it (no 4-character married-name reading into 今天)
    ("院长许荣泰今天主持会议。许院长表示欢迎。", ["许荣泰", "许"]),
    # an appointing verb closes on its left: its last character is no surname (任 of 聘任)
    ("董事会聘任何立新先生为财务总监。", ["何立新"]),
    ("会议任命孔德明为副院长。", ["孔德明"]),
    # 为 before a post ends the name before it
    ("大会推举第三届理事会会长孙健为名誉会长。", ["孙健"]),
    # a transliterated name is repeated by its last part
    ("会见来访的匈牙利外长拉斯洛·萨博。萨博表示欢迎。", ["拉斯洛·萨博", "萨博"]),
    # Japanese names: a two-character surname and given name, a numeral ending it too
    ("理事长佐藤直樹、副会长石川浩二出席。", ["佐藤直樹", "石川浩二"]),
    ("董事长永井浩一出席。", ["永井浩一"]),
    # a Japanese given name of three characters in -郎, -子 or -美, and one in 也 (a Chinese
    # function character)
    ("社长冈村雄一郎出席。冈村雄一郎表示感谢。", ["冈村雄一郎", "冈村雄一郎"]),
    ("会长石井美智子、理事荒川奈绪美出席。", ["石井美智子", "荒川奈绪美"]),
    ("所长平井拓也亦出席。", ["平井拓也"]),
    # three-character Japanese family names (`长谷川`, `佐佐木`, `五十岚`)
    ("董事长长谷川一郎、社长佐佐木美子出席。", ["长谷川一郎", "佐佐木美子"]),
    ("社长五十岚直树出席。", ["五十岚直树"]),
    # after a title, a Japanese given name closed by its numeral ends there whatever word
    # the numeral makes with the next character (一会: not 村上健 + 一会面); without a title
    # the word holds
    ("将与参事官村上健一会面。", ["村上健一"]),
    ("課長森田浩二手持文件。", ["森田浩二"]),
    # a Japanese given name in 也 is read whole where a spelled run would stop at 和 (和也)
    ("副社长松下和也、部长李明出席。", ["松下和也", "李明"]),
    # a clause adverb after a loosely read name ends it (not a married name 何 + 文 + 若亦)
    ("署长何文若亦于5日抵达。", ["何文若"]),
    # ... and so does the contrastive 則 after a clause's subject
    ("名譽領事林馬丁則呼籲企業參與。", ["林馬丁"]),
    # a later clause of an electing verb's sentence lists its objects before the copula
    ("理事會推選周明遠為會長，林佳、何文傑及吳曉東為副會長。", ["周明遠", "林佳", "何文傑", "吳曉東"]),
    ("会议决定，公司为副会长单位。", []),
    # a Japanese given name in 司 is no department's head (委员长今井健司: TITLE + PERSON, no ORG)
    ("委员长今井健司率领代表团。今井健司表示感谢。", ["今井健司", "今井健司"]),
    ("会长宇都宫健太出席。", ["宇都宫健太"]),
    # a name before a verb that takes a body as object is no part of a body's name
    ("秘书长郑建华为协会新会员颁发证书。", ["郑建华"]),
    ("副会长韩雪梅代表理事会作工作报告。", ["韩雪梅"]),
    # Vietnamese women's names: family name + 氏 + one or two given characters, a function
    # word after one given character not taken in
    ("工贸部副部长阮氏秋河出席并致辞。", ["阮氏秋河"]),
    ("总领事范氏兰亦出席活动。", ["范氏兰"]),
    # a Vietnamese man's name of four characters: 阮 + a middle name + two given characters
    ("工贸部副部长阮文德胜、总领事黎明出席。", ["阮文德胜", "黎明"]),
    ("工贸部副部长阮春光明出席。阮春光明表示欢迎。", ["阮春光明", "阮春光明"]),
    # Arabic names are repeated by their first part
    ("商会会长萨利姆·本·哈马德·阿勒努艾米出席。萨利姆表示欢迎。",
     ["萨利姆·本·哈马德·阿勒努艾米", "萨利姆"]),
    # a character that is no given name's spells on inside a foreign name's last part
    ("首席执行官卡洛斯·马丁内斯分别签字。", ["卡洛斯·马丁内斯"]),
    # a one-character adverb before the verb ends a transliterated name (`均出席`)
    ("以及廳長卡莉婭·夏爾瑪均出席致詞。", ["卡莉婭·夏爾瑪"]),
    ("部長阿卜杜拉均表示歡迎。", ["阿卜杜拉"]),
    # a title's bracketed Latin form passes its context to the name after it
    ("經濟司司長（Secretário para a Economia）黎文達出席。", ["黎文達"]),
    # a Japanese family name of two or three characters and its given name, five characters
    # before the verb (japanese_surnames.tsv)
    ("森田真理子表示欢迎。", ["森田真理子"]),
    ("佐佐木健一表示欢迎。", ["佐佐木健一"]),
    # a Japanese birth-order given name (numeral + 郎) after a family name (session 20)
    ("议长松田三郎、社长铃木次郎出席。", ["松田三郎", "铃木次郎"]),
    # a Malaysian royal title before a name is context, no part of it
    ("部长东姑阿兹曼·沙阿致辞。", ["阿兹曼·沙阿"]),
    # 日 spells zh / ž in a transliteration (Xinhua tables), and the name's last part repeats it
    ("副部长扬·科瓦日克出席。科瓦日克表示欢迎。", ["扬·科瓦日克", "科瓦日克"]),
])
def test_zh_vouched_names(nlp_zh, text, expected):
    assert persons(nlp_zh, text) == expected


@pytest.mark.parametrize("text,expected", [
    # right after a title, a surname that is a function word opens a name that ends cleanly
    ("区政府副区长向立勤，区财政局局长于雅楠参加。", ["向立勤", "于雅楠"]),
    ("市外办主任和春雷出席。", ["和春雷"]),
    ("科技公司总经理时雨彤表示，订单增长。", ["时雨彤"]),
    ("协会秘书长向南、副秘书长于宁出席。", ["向南", "于宁"]),
    ("贸发局副总裁向雅雯及署长出席。", ["向雅雯"]),  # a conjunction closes the name
    # ... but before a name and its own title it is a preposition (`会长向李明主任`), and
    # before a frequent surname a conjunction (the title's holder unnamed)
    ("会长向李立新主任赠书。", ["李立新"]),
    ("会长和王建国出席。", ["王建国"]),
    # a Korean given name holds 在 in the same frame; the full name then recurs
    ("电子株式会社代表理事郑在旭、社长高敏浩出席。郑在旭表示感谢。", ["郑在旭", "高敏浩", "郑在旭"]),
    # a Japanese given name ends in 和 (正和, 美和) before the verb
    ("機構理事長高橋正和簽署。", ["高橋正和"]),
    # 别 and 依 spell Central Asian names after a title (no Han name 兰别克 inside)
    ("使馆参赞阿尔曼别克介绍情况。", ["阿尔曼别克"]),
    # 内 spells on inside the first part of a dotted name
    ("首席执行官约翰内斯·韦伯说，前景很好。", ["约翰内斯·韦伯"]),
])
def test_zh_names_in_the_title_frame(nlp_zh, text, expected):
    assert persons(nlp_zh, text) == expected


@pytest.mark.parametrize("text", [
    "当地市长和政要等百余位友人出席。",  # 和 before a word (政要), not a name
    "局长在会上表示，合作前景广阔。",  # 在 after a title with no surname before it
    "主任和副主任出席。",  # 和 between two titles
])
def test_zh_no_names_in_the_title_frame(nlp_zh, text):
    assert persons(nlp_zh, text) == []


@pytest.mark.parametrize("text,values", [
    # the family part of a transliterated name is its later mention, also where a rare
    # surname (门, 支) opens it: the value is the full name
    ("会长卡洛斯·门德斯出席。门德斯表示欢迎。", ["卡洛斯·门德斯", "卡洛斯·门德斯"]),
    ("局长若昂·支维斯出席。支维斯表示，合作前景广阔。", ["若昂·支维斯", "若昂·支维斯"]),
])
def test_zh_repeat_of_a_dotted_name_keeps_its_value(extractor, text, values):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.value for e in res.entities if e.label == "PERSON"] == values


@pytest.mark.parametrize("text,values", [
    # the family part recurs where a place (托克托) and a Han name (罗夫) could be read in it
    ("驻华大使阿斯卡尔别克·托克托罗夫出席。托克托罗夫表示欢迎。",
     ["阿斯卡尔别克·托克托罗夫", "阿斯卡尔别克·托克托罗夫"]),
    # ... and opening a clause before a one-character reporting verb and a comma
    ("州长阿利舍尔·卡里莫夫出席。卡里莫夫说，合作前景广阔。",
     ["阿利舍尔·卡里莫夫", "阿利舍尔·卡里莫夫"]),
])
def test_zh_family_part_over_a_name_inside_it(extractor, text, values):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.value for e in res.entities if e.label == "PERSON"] == values


@pytest.mark.parametrize("text", [
    "双方畅谈合作。",  # a word across the name's end is not a name
    "本届论坛以“绿色发展·数字赋能·互利共赢”为主题。",  # a ·-joined slogan
    "深化旅游、经贸及农业合作。",
    "推进中-欧班列和2026-2027年度合作。",  # a hyphen between places or years
    "歡迎安哥拉企業參與明年的展覽會。",  # a place after a verb: only a title vouches for it
    "桂林城投党委书记出席。",  # no name starts inside a place name
    "会长(右)与客人合影。",  # a photo position in brackets
    "逾百位產官學代表出席。",  # 官学 of 产官学 (industry, government, academia)
    "参观重庆市长江大桥沿线园区。",  # the tail of a dictionary word (长江大桥), after 市长
    "公司原董事长因任期届满离任。",  # 原 (former) before a title ends no name across 公司
    "总监代表韩方签约。",  # 韩方: the Korean side, after a verb
    # the tail of a firm's name before a title repeats nowhere as a name (储 is a surname)
    "发展储能产业。青峦储能董事长出席。",
    # a title's rank word is no given name (司 is a surname; 公司 + 高级副总裁)
    "审议通过《关于聘任公司高级副总裁的议案》。",
])
def test_zh_not_names(nlp_zh, text):
    assert persons(nlp_zh, text) == []


@pytest.mark.parametrize("text,expected,roles", [
    # Taiwan and Hong Kong courtesy: surname, title, given name; the surname alone later
    ("交通部林部長志明今天視察工程。林部長表示滿意。", ["林", "志明", "林"],
     [("林", "部長", "交通部")]),
    ("高雄市陳市長其邁出席。", ["陳", "市長", "其邁"][::2], [("陳", "市長", None)]),
    ("衛生署周署長建國,與會者眾。", ["周", "建國"], [("周", "署長", "衛生署")]),
    ("环保局赵局长德华致辞。", ["赵", "德华"], [("赵", "局长", "环保局")]),
    ("新竹市林市長智堅視察工地。", ["林", "智堅"], [("林", "市長", None)]),  # a plain word after
    # no given name: a word, a context word or nothing after the title
    ("張局長表示,將加強管理。", [], []),
    ("林處長率團訪問日本。", [], []),
    ("市府黃局長致詞。", [], []),
    ("齐部长很关注这个问题。", [], []),  # one character only before a clear end
    ("卓院長請經濟部儘速辦理。", [], []),  # a one-character verb is no given name
])
def test_zh_split_names(nlp_zh, text, expected, roles):
    doc = nlp_zh(text)
    assert persons(nlp_zh, text) == expected
    assert [(r["person"], r["title"], r["org"]) for r in doc._.roles] == roles


@pytest.mark.parametrize("text,expected", [
    # a verb after the date after the name vouches for it (`王某5日表示`), rules alone
    ("郑涛5日表示，将扩大合作。", ["郑涛"]),
    ("韩磊今天会见了客人。", ["韩磊"]),
])
def test_zh_name_before_a_date_and_a_verb(extractor, text, expected):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.text for e in res.entities if e.label == "PERSON"] == expected


@pytest.mark.parametrize("text,expected", [
    # the surname before a title that a shorter reading would cut (杨总 + 领事) is the person
    ("总领事杨晓红出席。杨总领事介绍了情况。", ["杨晓红", "杨"]),
    ("大使杨晓红出席。杨大使介绍了情况。", ["杨晓红", "杨"]),
])
def test_zh_surname_before_a_whole_title(extractor, text, expected):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.text for e in res.entities if e.label == "PERSON"] == expected


@pytest.mark.parametrize("text", [
    # mostly Han: scanned whole; the windows around its Han stretches hold the same words
    "贸促会会长王立新表示，本届峰会将于明年三月在香港会议展览中心举行，届时将有来自四十多个国家和"
    "地区的企业代表参加。（Summit 2026, Harbourfront Centre）副会长李明出席了新闻发布会并介绍了筹备情况。",
    "新闻稿\n某市国际商会秘书长陈大文说，双方将进一步加强在经贸、投资和文化等领域的交流与合作。\n"
    "Contact: Ms Amy Lau, press@example.org\n会长张伟会见了代表团一行。",
    # mostly Latin: the windows are scanned
    "The council said on Monday that its chairman (主席张伟) would attend the forum in Ningbo.",
])
def test_context_scan_whole_text_finds_what_windows_find(nlp_zh, text):
    names = nlp_zh.get_pipe("pressner_persons").han
    w, n = names.reach, len(text)
    windows = [(max(0, m.start() - w), min(n, m.end() + w)) for m in names.near_han.finditer(text)]
    got = names.scan(text, [])
    names.windows = lambda _text: windows  # the windowed scan, whatever the text's script
    try:
        windowed = names.scan(text, [])
    finally:
        del names.windows
    assert (got.starts, got.ends, got.long_start) == (windowed.starts, windowed.ends, windowed.long_start)
