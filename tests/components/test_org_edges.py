"""Chinese ORG grammar (extractor/components/org_edges.py and the head-word walk that uses
it): left edges at verbs and function words, coordination inside one name, bracketed
places, legal forms, short forms, and the `adjust` entry point for candidates proposed by
another source. Texts are invented."""

from __future__ import annotations

import pytest

from extractor.components.org_edges import OrgEdges
from extractor.components.org_patterns import load_org_data
from tests.components.test_orgs import MODELS, org_files


def ents(nlp, text: str, label: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == label]


@pytest.fixture(scope="module")
def edges() -> OrgEdges:
    files = {k: MODELS / v for k, v in org_files("zh").items()}
    return OrgEdges(load_org_data(files, "han"))


@pytest.mark.parametrize("text,expected", [
    # a bracketed place and a legal form are in the name
    ("代表团考察了华岳科技(苏州)有限公司。", ["华岳科技(苏州)有限公司"]),
    ("他应邀出席法国(中国)纺织行业协会年会。", ["法国(中国)纺织行业协会"]),
    # a stop character inside a noun, a field word by the head
    ("团组参观了南湖光电股份有限公司和北岭微电子技术有限公司。",
     ["南湖光电股份有限公司", "北岭微电子技术有限公司"]),
    ("双方出席中法服务委员会会议。", ["中法服务委员会"]),
    # the left edge stops at verbs and function words
    ("政策助力苏州大学发展。", ["苏州大学"]),
    ("这是继国家商务部后的又一举措。", ["国家商务部"]),
    # coordination: fields of one department are one name, two names are two
    ("蒙古国环境与能源部部长会见代表团。", ["蒙古国环境与能源部"]),
    ("包括交通及经济发展局局长。", ["交通及经济发展局"]),
    ("美国国务院民主、人权暨劳工局官员出席。", ["美国国务院民主、人权暨劳工局"]),
    ("商务部与外交部联合发文。", ["商务部", "外交部"]),
    ("院长王小明及电子工程学院师生参加。", ["电子工程学院"]),
    # two trades joined by 和/及 before a company head are one company's trade
    ("蓝湾燃气和热力有限公司今日公告。", ["蓝湾燃气和热力有限公司"]),
    ("会上,北辰软件及信息服务集团作了发言。", ["北辰软件及信息服务集团"]),
    # an office keeps its name before 主任
    ("市政府办公室主任出席。", ["市政府办公室"]),
    ("县委外事办公室主任介绍了情况。", ["县委外事办公室"]),
    # a party committee and a government named together are two bodies
    ("下一步,常州市委市政府将全力支持。", ["常州市委", "市政府"]),
    # Hong Kong, Macao and Taiwan bodies, wire services, party organs
    ("由政务司司长主持。", ["政务司"]),
    ("行政院副院长出席。", ["行政院"]),
    ("(中央社记者台北5日电)", ["中央社"]),
    ("中央书记处书记出席。", ["中央书记处"]),
    ("中国驻法国大使馆举行招待会。", ["中国驻法国大使馆"]),
    # a stop character inside a field word (经 of 经济) and a one-character place part before
    # the field (市) leave the coordinated name whole; associations are coordinated too
    ("經濟及旅遊發展局局長出席。", ["經濟及旅遊發展局"]),
    ("前市文化和旅游局副局长出席。", ["市文化和旅游局"]),
    ("由省物流与采购联合会主办。", ["省物流与采购联合会"]),
    # before coordinated fields only name parts, not a person's name at the text's start
    ("张大明中国房地产及住宅研究会副会长", ["中国房地产及住宅研究会"]),
    # a time word before 与 is no field
    ("局长今日与东湖贸易发展局主席会面。", ["东湖贸易发展局"]),
    # a verb word that jieba reads on into a longer noun (立法 of 立法会) is no left stop
    ("立法會財務委員會主席出席。", ["立法會財務委員會"]),
    # Hong Kong and Macao councils without a place before them; a Youth League committee
    ("署方會繼續與區議會合作。", ["區議會"]),
    ("行政長官今日主持行政會議。", ["行政會議"]),
    ("香港特區立法會今日開會。", ["香港特區立法會"]),
    ("市总工会、团市委和市妇联联合举办活动。", ["市总工会", "团市委", "市妇联"]),
    # after a preposition that takes a noun phrase a verb word is the name's field; a name
    # does not open inside a function word (`当中` + `贸促局`)
    ("選舉事務由選舉管理委員會負責。", ["選舉管理委員會"]),
    ("當中旅促局參與兩項。", ["旅促局"]),
    ("今日土木工程拓展署發言人表示。", ["土木工程拓展署"]),  # 今日, not the place 日土
    ("今日香港天文台發言人表示。", ["香港天文台"]),
    # a field word between the place and the rest of the name, once the budget is spent
    ("常州市文化广电旅游局局长出席。", ["常州市文化广电旅游局"]),
    # a title is no field of a coordinated name
    ("經濟財政司司長及貿易投資促進局主席陪同。", ["經濟財政司", "貿易投資促進局"]),
    # 应 (at the invitation of) is no part of the name, but a stop inside a noun that runs
    # on into the name is (供应链)
    ("应星河集团邀请,代表团访问。", ["星河集团"]),
    ("应蒙古国外交部邀请访问。", ["蒙古国外交部"]),
    ("星河供应链管理有限公司成立。", ["星河供应链管理有限公司"]),
    ("前夕,中日友好医院举行义诊。", ["中日友好医院"]),
    # a title and a person's name before a conjunction are no field; a body before it
    # ends a name of its own
    ("全国人大常委会委员长王大明和中共中央政治局常委出席。", ["全国人大常委会", "中共中央政治局"]),
    ("他先后到武汉军区和总后勤部工作。", ["武汉军区", "总后勤部"]),
    # a stop or a conjunction character that starts a noun of the name (同业, 和平)
    ("臺北市進出口商業同業公會理事長出席。", ["臺北市進出口商業同業公會"]),
    ("他出席了推动和平发展委员会年会。", ["和平发展委员会"]),
    ("商务部和平安保险公司签约。", ["商务部", "平安保险公司"]),
    # a department (司) with four characters of field after its government: one name
    ("澳门特别行政区政府社会文化司司长出席。", ["澳门特别行政区政府社会文化司"]),
    # a department of six characters of field
    ("食物環境衞生署署長出席。", ["食物環境衞生署"]),
    # the start is on the segmenter's words: a place noun whole, a function word off
    ("主办方：崇礼县政府。", ["崇礼县政府"]),
    ("如果造假，当福彩中心应当负责。", ["福彩中心"]),
    # a verb right before a company head makes the head its object, however long the run
    ("停止为海外金融机构提供银行间借贷。", []),
    # a company named in full, then by its short form
    ("浙江星河光电股份有限公司成立于2001年。星河光电是行业龙头。",
     ["浙江星河光电股份有限公司", "星河光电"]),
    # a store named by its trade (百货) after a trade name; the goods are no store; a verb
    # after an adverb before 与 is the predicate, not a field of the name
    ("滨江区与浙江银湖百货签约。门店出售日用百货。", ["浙江银湖百货"]),
    ("明年将扩大与材料技术研究院的合作。", ["材料技术研究院"]),
    # a civic complex and a board's committee are no bodies
    ("签约仪式在市政务中心举行。公司董事会审计委员会召开会议。", []),
    # a company's research, data or logistics site is no body; a legal form after it names one
    ("北湖光电苏州研发中心启用。园区新建数据中心和物流中心。", []),
    ("北湖光电研发中心有限公司成立。", ["北湖光电研发中心有限公司"]),
    ("北湖市国际交流中心揭牌。", ["北湖市国际交流中心"]),
    # a federation of associations (联合总会), past the stop word 联合 and no 工商联 short form
    ("南洋工商联合总会会长出席。", ["南洋工商联合总会"]),
    ("北湖市工商联主席出席。", ["北湖市工商联"]),
    # a bureau, division or section written right after its body's name is the body's, its
    # field a verb and its object too; not where a title or a place stands between
    ("经济产业省振兴贸易局局长出席。", ["经济产业省振兴贸易局"]),
    ("省发展改革委利用外资处处长出席。", ["省发展改革委利用外资处"]),
    ("海事厅国际协力课课长出席。", ["海事厅国际协力课"]),
    ("经济局产业发展科科长出席。", ["经济局产业发展科"]),
    ("能源部副部长李青岭率能源部电力局官员来访。", ["能源部", "能源部电力局"]),
    ("学生在课堂上学习功课。", []),
    # a noun and a verb after a place make a field (smart manufacturing); a verb alone is the
    # place's predicate
    ("江西省智能制造专家委员会成立。", ["江西省智能制造专家委员会"]),
    ("江西省成立专家委员会。", ["专家委员会"]),
])
def test_zh_org_grammar(nlp_zh, text, expected):
    assert ents(nlp_zh, text, "ORG") == expected


@pytest.mark.parametrize("text", [
    "理事会设立秘书处,负责日常工作。",  # a verb by the head is not the name's field
    "相关行业协会参加了会议。",  # a generic phrase with no name before it
    "商会秘书处有关人员参加。",  # a unit named by head words alone
    "中方与财政部签署协议。",  # an actor before 与 is not a field of the name
    "双方同意,建立领事馆。",  # a bare verb before the head
    "看点工事全总工会评论",  # a menu: a federation's head needs a place or a body before it
    "在推动发展中心建设方面",  # 在 opens a clause: the verb after it is no field
    "本会辖下的30多个行业公会定期举行会议。",  # a generic phrase with no name before it
])
def test_zh_org_negatives(nlp_zh, text):
    orgs = ents(nlp_zh, text, "ORG")
    assert not any(len(o) > 3 and ("与" in o or o.startswith(("设立", "相关", "商会"))) for o in orgs)
    assert "商会秘书处" not in orgs and "行业协会" not in orgs and "建立领事馆" not in orgs
    assert not any(o.startswith("推动") or o.endswith("行业公会") for o in orgs)


@pytest.mark.parametrize("text,span,expected", [
    # a learned source's span: extended over a bracketed place and legal form ...
    ("考察了华岳科技(苏州)有限公司。", "华岳科技", "华岳科技(苏州)有限公司"),
    ("考察了华岳科技有限公司。", "华岳科技", "华岳科技有限公司"),
    # ... and trimmed of leading verbs and function words
    ("政策助力苏州大学发展。", "助力苏州大学", "苏州大学"),
    ("这是继国家商务部后的举措。", "继国家商务部", "国家商务部"),
    ("他在当中贸促局工作。", "当中贸促局", "贸促局"),
    # ... but a place word (jieba's 处所词) that opens the span is the model's place
    ("双方与陇西理工学院签约。", "陇西理工学院", "陇西理工学院"),
    ("学校与关中农林学院签约。", "关中农林学院", "关中农林学院"),
    # a place and a verb open a clause (`在某地拜会…`); a verbal noun is a field
    ("今日在北京拜会人力资源和社会保障部部长。", "北京拜会人力资源和社会保障部", "人力资源和社会保障部"),
    ("上海发展研究基金会成立。", "上海发展研究基金会", "上海发展研究基金会"),
])
def test_adjust_external_candidates(edges, text, span, expected):
    start = text.index(span)
    got = edges.adjust(text, start, start + len(span))
    assert got is not None and text[got[0]:got[1]] == expected


@pytest.mark.parametrize("name,legal,core", [
    ("浙江星河光电股份有限公司", "股份有限公司", "星河光电"),
    ("华岳科技(苏州)有限公司", "有限公司", "华岳科技"),
    ("中建远航集团有限公司", "有限公司", "中建远航"),
    ("北京科技有限公司", "有限公司", None),  # only a region and a word are left
])
def test_company_core(edges, name, legal, core):
    assert edges.core(name, legal) == core


@pytest.mark.parametrize("text,absent", [
    # kind words alone before a company head name a kind of company, not one
    ("一家房地产开发公司承建了该项目。", "房地产开发公司"),
    ("中小银行面临更大的压力。", "中小银行"),
    ("几家大型汽车公司参加了展会。", "大型汽车公司"),
    # a stop character's word takes the next character
    ("我国银行业务稳步增长。", "国银行"),
    ("其余银行均已调整利率。", "余银行"),
    # a one-character head that closes a verb, adverb or numeral word
    ("有关部门将认真查处违规行为。", "认真查处"),
    ("该县地处山区,交通不便。", "该县地处"),
    ("他们制定一部新的条例。", "制定一部"),
    ("全市收缴违规手机二百多部。", "二百多部"),
    # a number and a measure word count the noun after them
    ("全市共有13家银行开展此项业务。", "13家银行"),
    # a head inside a place name or a transliterated name
    ("代表团抵达莫斯科。", "莫斯科"),
    ("议会最终批准瓦西里延科出任总理。", "瓦西里延科"),
    ("前锋沃尔科特梅开二度。", "沃尔科"),
    # common nouns ending in a head character
    ("双方战成平局。", "战成平局"),
    ("谈判陷入僵局。", "陷入僵局"),
    # a determiner before a head, and a body's head with kind words before another head
    ("各级工商联要发挥桥梁作用。", "工商联"),
    ("所有分公司均已整改。", "所有分公司"),
    ("集团新工厂年底投产。", "集团新工厂"),
    ("公司新建工厂占地五百亩。", "公司新建工厂"),
    # a single 某 or generic modifiers alone before a head
    ("国内某银行的人士表示。", "国内某银行"),
    ("他走访了所有外国使馆。", "所有外国使馆"),
    # short heads that must end a word
    ("双方签署了战略合作协议。", "合作协"),
    ("两地人文联系密切。", "人文联"),
    # a team needs a place or a body, and two teams stay two
    ("青年队员进步很快。", "青年队"),
    # a blocker word unless the character before it makes a more frequent word
    ("该国政局趋于稳定。", "该国政局"),
    ("厂方保证退换。", "厂方"),
    # a name does not start inside a word the characters before it make
    ("文件已上报国务院。", "报国务院"),
    # a verb after a place, right before a company head
    ("该公司已在海淀区开办分公司。", "海淀区开办分公司"),
])
def test_zh_kind_words_and_other_words(nlp_zh, text, absent):
    assert absent not in ents(nlp_zh, text, "ORG")


@pytest.mark.parametrize("text,expected", [
    # a trade name before trade words and the head
    ("南岭汽车公司发布了新车。", "南岭汽车公司"),
    ("星河投资控股有限公司完成融资。", "星河投资控股有限公司"),
    # a stop character inside a place noun
    ("中原纺织厂扩建了厂房。", "中原纺织厂"),
    # the word before a section head keeps it a section (not a transliteration)
    ("他在财务科工作。", "财务科"),
    # a name after a verb word ending in 来
    ("多年来华岳公司坚持创新。", "华岳公司"),
    # a department after its university, an association's short form
    ("东海大学化学系教师参加了会议。", "东海大学化学系"),
    ("中国足协公布了名单。", "中国足协"),
    # teams, armed services, parties and parliaments named by their country
    ("巴西队以二比一获胜。", "巴西队"),
    ("巴西海军派出舰艇。", "巴西海军"),
    ("智利议会通过了法案。", "智利议会"),
    ("他加入了越南共产党。", "越南共产党"),
    # a budget of unknown characters does not end inside a word
    ("新闻出版总署发布通知。", "新闻出版总署"),
    ("住房公积金监管司发布通知。", "公积金监管司"),
    ("市财政局拨付资金。", "市财政局"),
    ("华岳集团上海分公司成立。", "华岳集团上海分公司"),
    # former regulators named by their short forms (orgs.tsv)
    ("银监会发布通知。", "银监会"),
    # a dot inside a transliterated company name
    ("双方与曼·罗兰公司签约。", "曼·罗兰公司"),
])
def test_zh_names_kept(nlp_zh, text, expected):
    assert expected in ents(nlp_zh, text, "ORG")


@pytest.mark.parametrize("words,kind", [
    ("商业", True), ("大型汽车", True), ("国有", True),
    ("南岭汽车", False), ("华岳", False), ("", False),
])
def test_kind_only(edges, words, kind):
    assert edges.kind_only(words) is kind


@pytest.mark.parametrize("text,p,head,start", [
    ("主办方：崇礼县政府。", 5, 8, 4),  # a place noun cut in two is taken whole
    ("当福彩中心负责。", 0, 3, 1),  # a time/preposition word opening the stretch is dropped
    ("名单包含上海市政府。", 2, 7, 4),  # a verb before a place
    ("常达集团签约。", 0, 2, 0),  # one adverb character may be a trade name's first
    ("为海外机构提供银行", 1, 7, 1),  # a verb before no name word stays for the later checks
])
def test_name_start(edges, text, p, head, start):
    assert edges.name_start(text, p, head) == start


@pytest.mark.parametrize("text,span,kept", [
    ("面对中小银行的压力。", "中小银行", False),  # a kind of company
    ("国内某公司表示。", "国内某公司", False),  # a reference
    ("谈判陷入僵局。", "僵局", False),  # a blocker word alone
    ("北湖长江商业银行开业。", "北湖长江商业银行", True),  # a name before the blocker word
    ("推动北京科技发展。", "北京科技", False),  # a place before a trade word: a sector
    ("发展生物工程产业。", "生物工程", False),  # a common noun before it
    ("青禾地产发布公告。", "青禾地产", True),  # a trade name before it: a company
    # after a verb of joint action, common words describe what will be built, a place names it
    ("双方将共建智能装备联合研究院。", "智能装备联合研究院", False),
    ("双方将共建中美旱作农业联合研究中心。", "中美旱作农业联合研究中心", True),
    ("双方将共建青禾智能装备研究院。", "青禾智能装备研究院", True),
])
def test_adjust_vetoes_kinds_and_blocker_words(edges, text, span, kept):
    start = text.index(span)
    assert (edges.adjust(text, start, start + len(span)) is not None) is kept


@pytest.mark.parametrize("text,head,expected", [
    ("瓦西里延科当选", "科", True),  # closes a run of transliteration characters
    ("前锋沃尔科特进球", "科", True),  # inside one
    ("他在财务科工作", "科", False),  # a word before the section head
    ("人事科科长", "科", False),
])
def test_transliterated_head(edges, text, head, expected):
    start = text.index(head)
    assert edges.transliterated(text, start, start + 1) is expected


@pytest.mark.parametrize("text,head,expected", [
    ("认真查处违规行为", "处", True),  # a verb word
    ("制定一部条例", "部", True),  # a numeral word
    ("收缴手机70部", "部", True),  # after a number
    ("市财务处", "处", False),
])
def test_head_in_word(edges, text, head, expected):
    start = text.index(head)
    assert edges.head_in_word(text, start, start + 1) is expected


@pytest.mark.parametrize("text,expected", [
    # a one-character time or order word after a partner word or a mark opens a coined name
    ("公司与今禾食品有限公司签署供货协议。", ["今禾食品有限公司"]),
    ("企业代表与前海管理局座谈。", ["前海管理局"]),
    ("，月川集团表示将扩大投资。", ["月川集团"]),
    ("与号远控股股份有限公司签约。", ["号远控股股份有限公司"]),
    # ... but not where it closes a number or opens a word or a designator: the former body
    ("与前商务部副部长会面。", ["商务部"]),
    ("前市文化和旅游局副局长出席。", ["市文化和旅游局"]),
    ("3月星河科技有限公司成立。", ["星河科技有限公司"]),
    # a place word (jieba's 处所词) before a zone's word names the zone, no function word
    ("青岛西海岸新区投资促进局局长出席。", ["青岛西海岸新区投资促进局"]),
    ("烟台东海岸新区管委会主任致辞。", ["烟台东海岸新区管委会"]),
    # Hong Kong's verb of acting (署理) stands before the body, which opens its own name
    ("他將署理工商及旅遊發展局局長。", ["工商及旅遊發展局"]),
    # a body named by a designator after the 等 that closes a list of places is no name
    ("福州、漳州等地贸促会参加会议。", []),
    ("辽宁、陕西等省工业和信息化厅负责同志出席。", []),
    ("北京市、上海市贸促会参加会议。", ["上海市贸促会"]),
])
def test_zh_org_coined_starts_zones_and_listed_places(nlp_zh, text, expected):
    assert ents(nlp_zh, text, "ORG") == expected
