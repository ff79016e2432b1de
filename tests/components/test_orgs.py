"""ORG recognizer: boundaries in both languages and scripts, values, short forms, cost.

The component is built alone (normaliser + orgs) from the real data under models/, so
these tables test its rules without depending on the other recognizers; one test runs it
with REGION and the resolver to check that an ORG span swallows the region in its name.
Expected spans are the outermost ORG candidates (the resolver keeps the longest).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from extractor.candidates import Candidate
from extractor.components.orgs import OrgRecognizer, cut_at_titles
from extractor.errors import DataFileError
from tests.conftest import cpu_seconds

MODELS = Path(__file__).resolve().parents[2] / "models"
SCRIPT = {"en": "latin", "zh": "han"}


def org_files(lang: str) -> dict[str, str]:
    files = {"orgs": "shared/orgs.tsv", "patterns": f"{lang}/org_patterns.jsonl",
             "regions": "shared/regions.tsv"}
    if lang == "en":
        files["descriptors"] = "en/learned_filters.tsv"
        files["family"] = "en/surnames.tsv"
        files["syllables"] = "shared/pinyin_syllables.tsv"
        files["given"] = "en/given_names.tsv"
    return files | ({"translit": "zh/translit_chars.tsv"} if lang == "zh" else {})


def build(lang: str, with_resolver: bool = False) -> spacy.Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("pressner_normalizer").initialize(
        data_dir=str(MODELS), files={"t2s": "shared/t2s_chars.tsv"})
    if with_resolver:
        nlp.add_pipe("pressner_regions", config={"script": SCRIPT[lang]}).initialize(
            data_dir=str(MODELS), files={"regions": "shared/regions.tsv"})
    nlp.add_pipe("pressner_orgs", config={"script": SCRIPT[lang]}).initialize(
        data_dir=str(MODELS), files=org_files(lang))
    if with_resolver:
        nlp.add_pipe("pressner_resolver")
    return nlp


@pytest.fixture(scope="module")
def en():
    return build("en")


@pytest.fixture(scope="module")
def en_resolved():
    return build("en", with_resolver=True)


@pytest.fixture(scope="module")
def zh():
    return build("zh")


def outermost(nlp, text: str) -> list[tuple[int, int, str]]:
    doc = nlp(text)
    found = sorted({(c.start, c.end, text[c.start:c.end]) for c in doc._.candidates
                    if c.label == "ORG"})
    return [c for c in found
            if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in found)]


def candidate_at(nlp, text: str, surface: str, occurrence: int = 0):
    doc = nlp(text)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    matches = [c for c in doc._.candidates if (c.start, c.end) == (start, start + len(surface))]
    assert matches, f"no ORG candidate {surface!r}"
    return matches[0]


@pytest.mark.parametrize("text,expected", [
    ('He praised the Ningbo Chapter’s work.', [(15, 29, 'Ningbo Chapter')]),
    # a name's own `The` after `and` opens the second of two names
    ('Loans came from Bank of Lorne and The Bank of Tarn.', [(16, 29, 'Bank of Lorne'), (38, 50, 'Bank of Tarn')]),
    # a known firm's `& Co.` and legal form; a company's short form before `and` ends its name
    ('Morgan Stanley & Co. LLC advised Brenmoor Chemicals Corporation. Lazard advised Brenmoor and Sullivan & Cromwell LLP.',
     [(0, 24, 'Morgan Stanley & Co. LLC'), (33, 63, 'Brenmoor Chemicals Corporation'), (65, 71, 'Lazard'),
      (80, 88, 'Brenmoor'), (93, 116, 'Sullivan & Cromwell LLP')]),
    # a company's board is the company; a public body named `Board of ...` stays whole
    ('Corrin Gold Limited said so. The release was authorised by the Board of Corrin Gold Limited.',
     [(0, 19, 'Corrin Gold Limited'), (72, 91, 'Corrin Gold Limited')]),
    # `Board of Directors of X` is a company's organ whatever X's form: the ORG is X
    ('The plan was approved by the Board of Directors of Hollinmere and will close soon.',
     [(51, 61, 'Hollinmere')]),
    ('The Board of Investment of Sri Lanka met.', [(4, 36, 'Board of Investment of Sri Lanka')]),
    # a further `and` before the next head: the first joins the portfolio's fields
    ('Sent by the Department for Trade and Industry and Marlow Consulate-General today.',
     [(12, 45, 'Department for Trade and Industry'), (50, 74, 'Marlow Consulate-General')]),
    ('The Ministry of Economy, Trade and Industry issued a note.',
     [(4, 43, 'Ministry of Economy, Trade and Industry')]),
    # items of a series may take `the` and be an acronym's plural; a remit after `on` lists so too
    ('The Department of Energy, the Environment and Water met the Office for Markets, Industry and SMEs.',
     [(4, 51, 'Department of Energy, the Environment and Water'),
      (60, 97, 'Office for Markets, Industry and SMEs')]),
    ('The Committee on Economic, Social and Cultural Rights met.',
     [(4, 53, 'Committee on Economic, Social and Cultural Rights')]),
    ('The Office of Jiangxia District, Wuhan and the Liangzihu District agreed.',
     [(4, 31, 'Office of Jiangxia District')]),
    ('Apex Trading Ltd signed with Nordic Foods Inc. today.',
     [(0, 16, 'Apex Trading Ltd'), (29, 46, 'Nordic Foods Inc.')]),
    ('The General Office of the Tianjin Municipal Government issued a notice.',
     [(4, 54, 'General Office of the Tianjin Municipal Government')]),
    # a two-word head (`Consulate General`) ends the name at its second word
    ('Dutch Consulate General hosts fair', [(0, 23, 'Dutch Consulate General')]),
    ('Ana Ruiz, deputy head of the Division of Soil Surveys under the Ministry of Water Resources, spoke.',
     [(29, 91, 'Division of Soil Surveys under the Ministry of Water Resources')]),
    ("Lin Qiao of the People's Government of Hebei Province met guests.",
     [(16, 53, "People's Government of Hebei Province")]),
    ('China Council for the Promotion of International Trade Beijing Sub-council (CCPIT Beijing) signed it. Later CCPIT Beijing hosted a dinner.',
     [(0, 74, 'China Council for the Promotion of International Trade Beijing Sub-council'), (76, 89, 'CCPIT Beijing'), (108, 121, 'CCPIT Beijing')]),
    ('He works for National Convention and Exhibition Center (Tianjin) Co., Ltd. now.',
     [(13, 74, 'National Convention and Exhibition Center (Tianjin) Co., Ltd.')]),
    ('Bank of China and China Construction Bank opened branches.',
     [(0, 13, 'Bank of China'), (18, 41, 'China Construction Bank')]),
    # a portfolio's list closes with one `and`: a second one starts another name
    ('Officials of the Ministry of Mines and Energy of Peru and Andes Power Ltd met.',
     [(17, 53, 'Ministry of Mines and Energy of Peru'), (58, 73, 'Andes Power Ltd')]),
    ('Bureau of Soils and Water under the Ministry of Land and Forests spoke.',
     [(0, 64, 'Bureau of Soils and Water under the Ministry of Land and Forests')]),
    ('The Ministry of Commerce and the Ministry of Foreign Affairs replied.',
     [(4, 24, 'Ministry of Commerce'), (33, 60, 'Ministry of Foreign Affairs')]),
    ('Siemens AG and ABB signed with Huawei.',
     [(0, 10, 'Siemens AG'), (15, 18, 'ABB'), (31, 37, 'Huawei')]),
    ("China's Ministry of Commerce said the European Chamber's report was useful.",
     [(8, 28, 'Ministry of Commerce'), (38, 54, 'European Chamber')]),
    ('Vice Chairman Zhang Wei of the CCPIT attended.',
     [(31, 36, 'CCPIT')]),
    # a one-capital short form coined from the name (a clipped blend) is defined too
    ('The Northern Trade and Investment Agency (Northrade) met. Northrade then left.',
     [(4, 40, 'Northern Trade and Investment Agency'), (42, 51, 'Northrade'), (58, 67, 'Northrade')]),
    ('The Association of Overseas Architects (AOA) met. AOA then left.',
     [(4, 38, 'Association of Overseas Architects'), (40, 43, 'AOA'), (50, 53, 'AOA')]),
    ("Xinhua, People's Daily and China Daily reported it.",
     [(0, 6, 'Xinhua'), (8, 22, "People's Daily"), (27, 38, 'China Daily')]),
    ('The council and the organizing committee thanked the sub-councils.',
     []),
    ('China International Fair for Trade in Services (CIFTIS) opened at the National Convention and Exhibition Center.',
     []),
    ('The Belt and Road Initiative was discussed at Tianjin Port.',
     []),
    ('The Organizing Committee Meeting was held on Monday.',
     []),
    # a name right before a plural unit noun is a modifier of a generic reference
    ('Envoys met delegates of CCPIT sub-councils and MOFCOM branches.',
     []),
    ('Delegates of 12 CCOIC Sub-Committees met the CCOIC.',
     [(45, 50, 'CCOIC')]),
    ('CCPIT Beijing and the CCPIT branch in Tianjin met.',
     [(0, 13, 'CCPIT Beijing'), (22, 27, 'CCPIT')]),
    ('Press release, 9 October 2024', []),  # `Press` with no name before it
    ('Officials of the Ministry of Commerce on 18 February met.', [(17, 37, 'Ministry of Commerce')]),  # a day after a connector
    # `on` goes on from a body's head (its remit), not from a field: the name has ended
    ('It joined the Department for Trade on the Green Partnership and the Committee on Energy.',
     [(14, 34, 'Department for Trade'), (68, 87, 'Committee on Energy')]),
])
def test_en_boundaries(en, text, expected):
    assert outermost(en, text) == expected


@pytest.mark.parametrize("text,expected", [
    ('北京市贸促会副会长张三出席会议。',
     [(0, 6, '北京市贸促会')]),
    # 司 opening a compound surname (司徒, 司马, 司空, 司寇) after a post is no department
    ('东川投资局主席司徒建明、局长司马文出席。',
     [(0, 5, '东川投资局')]),
    # an embassy's economic and commercial office before 在 (its verb, not 处在); alone, none
    ('东川驻北湖大使馆经济商务处在北湖举办座谈会。经商处将于明年办展。',
     [(0, 13, '东川驻北湖大使馆经济商务处')]),
    ('商务部副部长马秀红表示欢迎。',
     [(0, 3, '商务部')]),
    ('江西省贸促会主任孔刚介绍情况。',
     [(0, 6, '江西省贸促会')]),
    ('受到佛山市贸促会(国际商会)会长接见。',
     [(2, 8, '佛山市贸促会'), (9, 13, '国际商会')]),
    ('客人到访佛山市贸促会。',
     [(4, 10, '佛山市贸促会')]),
    ('代表团赴温州市贸促会调研。',
     [(4, 10, '温州市贸促会')]),
    ('中国国际贸易促进委员会北京市分会举办活动。',
     [(0, 16, '中国国际贸易促进委员会北京市分会')]),
    ('中国贸促会国际联络部欧洲处处长李四发言。',
     [(0, 13, '中国贸促会国际联络部欧洲处')]),
    ('中国国际物流企业促进会(简称“物促会”)成立。物促会表示支持。',
     [(0, 11, '中国国际物流企业促进会'), (15, 18, '物促会'), (23, 26, '物促会')]),
    ('香港中华厂商联合会(厂商会)昨日接待客人。厂商会副会长致辞。',
     [(0, 9, '香港中华厂商联合会'), (10, 13, '厂商会'), (21, 24, '厂商会')]),
    ('中國國際貿易促進委員會北京市分會舉辦活動。',
     [(0, 16, '中國國際貿易促進委員會北京市分會')]),
    ('市委、市政府高度重视,省贸促会和省政协参加。',
     [(0, 2, '市委'), (3, 6, '市政府'), (11, 15, '省贸促会'), (16, 19, '省政协')]),
    ('美国PPG公司和法国苏伊士集团参展。',
     [(2, 7, 'PPG公司'), (10, 15, '苏伊士集团')]),
    # 在华/在台 joins a foreign body to the place it serves
    ('德國在華企業協會會長出席。', [(0, 8, '德國在華企業協會')]),
    # a full registered legal form keeps the place its name registers
    ('台灣青嶺電子股份有限公司與日本北辰精機有限公司簽約。',
     [(0, 12, '台灣青嶺電子股份有限公司'), (13, 23, '日本北辰精機有限公司')]),
    ('我会与该会在两会期间交流。',
     []),
    # Taiwan's short county and city governments; farmers' associations after their place;
    # an economic and trade office without its place is the kind
    ('縣府將與屏東縣農會合作,農漁會亦參與。',
     [(0, 2, '縣府'), (4, 9, '屏東縣農會')]),
    ('政府透過各駐海外經濟貿易辦事處推廣。',
     []),
    ('第十届进博会在国家会展中心举行。',
     []),
    ('商协会代表参加论坛。',
     []),
    ('他在工商联大厦担任部长职务。',
     []),
    ('中国银行和中国建设银行签约。',
     [(0, 4, '中国银行'), (5, 11, '中国建设银行')]),
    ('检查组收回手机７０部，发现２处问题。', []),  # measure words after numbers
    ('他参观了Northwindery汽车厂。', []),  # no name starts inside a Latin word
    # a contraction of an association named in full (first character ... head's first)
    ('中国钢铁工业协会召开会议。中钢协副会长出席，中国钢材出口增长。', [(0, 8, '中国钢铁工业协会'), (13, 16, '中钢协')]),
    # ... from after its leading place, ending in its head's first or last character (a
    # bureau's 局); the place written before the contraction stays in the name
    ('香港中华纺织联合会举行年会。纺织会会长致辞。', [(0, 9, '香港中华纺织联合会'), (14, 17, '纺织会')]),
    ('澳门中华总商会举行年会。澳门中总会长致辞,中总表示欢迎。',
     [(0, 7, '澳门中华总商会'), (12, 16, '澳门中总'), (21, 23, '中总')]),
    ('香港旅游发展局举行年会。旅发局表示欢迎。', [(0, 7, '香港旅游发展局'), (12, 15, '旅发局')]),
    # a unit named after its parent body, which the text names on its own too, is then
    # called by its own name; a name it is part of, or a bare head, is no such mention
    ('财政部预算司发布数据。预算司司长出席,财政部表示欢迎。',
     [(0, 6, '财政部预算司'), (11, 14, '预算司'), (19, 22, '财政部')]),
    ('财政部预算司发布数据。地方预算司长出席,财政部表示欢迎。',
     [(0, 6, '财政部预算司'), (20, 23, '财政部')]),
    ('行政院院会通过草案。市财政局局长出席。',  # a doubled head: the first closes the name
     [(0, 3, '行政院'), (10, 14, '市财政局')]),
    # the left walk stops at an appointing verb or an owner word before a company
    ('大会增补湖南青禾农业有限公司为理事单位。', [(4, 14, '湖南青禾农业有限公司')]),
    # ... and at a board notice's verbs before the release's own bare 公司 (no name)
    ('审议通过了关于补选公司董事的议案,简历详见公司公告。', []),
    ('第一大股东广州铭远投资有限公司减持。', [(5, 15, '广州铭远投资有限公司')]),
    # a bare head defined as the short form stays a common noun (`以下简称“公司”`)
    ('四川蓝岭药业股份有限公司(以下简称“公司”)公告,公司收到通知。',
     [(0, 12, '四川蓝岭药业股份有限公司')]),
    # a compass word opens a company name as 华南 does; the company is then called by its
    # trade name alone (place, trade and legal form dropped)
    ('与东方岚澄物流集团有限公司签约。东方岚澄副总裁出席。',
     [(1, 13, '东方岚澄物流集团有限公司'), (16, 20, '东方岚澄')]),
    ('澄曜恒泰（深圳）供应链管理有限公司成立。澄曜恒泰总经理出席。',
     [(0, 17, '澄曜恒泰（深圳）供应链管理有限公司'), (20, 24, '澄曜恒泰')]),
    # ... but not where the trade it was cut from follows: that names something else
    ('岚澄中药科技产业园开发公司招商，岚澄中药科技产业园开园。', [(0, 13, '岚澄中药科技产业园开发公司')]),
    # a bracketed place is the seat, not a defined short form
    ('西门子（中国）有限公司与中国企业合作。', [(0, 11, '西门子（中国）有限公司')]),
    # a counted noun names a kind; a counted body named by its place stays a name
    ('各方将共建12个智能仓储中心。', []),
    ('他连任两届宁波市政协委员。', [(5, 10, '宁波市政协')]),
    ('九届人大常委会二次会议闭幕。', [(2, 7, '人大常委会')]),  # a term's number
    # a company named in full is also called by its place and trade name
    ('浙江岚澄重工集团有限公司成立。浙江岚澄重工将扩产。',
     [(0, 12, '浙江岚澄重工集团有限公司'), (15, 21, '浙江岚澄重工')]),
    # a venue after a place and general name parts is no body
    ('博览会在宁波国际博览中心开幕。', []),
    # Party branch organs; joint discipline and supervision commissions; a unit of a body
    # named by its head alone
    ('村党总支书记出席，岚溪村党总支书记讲话。', [(9, 15, '岚溪村党总支')]),
    ('县纪委监委、市发展改革委和区委办公室负责人参加。',
     [(0, 5, '县纪委监委'), (6, 12, '市发展改革委'), (13, 18, '区委办公室')]),
    ('区投资促进服务中心与商会签约。', [(0, 9, '区投资促进服务中心')]),
    ('核心零部件企业500余家。', []),
    # a registered name brackets 控股/集团 as others bracket a place; a plain bracket ends it
    ('青禾国际（控股）股份有限公司副总裁出席。', [(0, 14, '青禾国际（控股）股份有限公司')]),
    ('远帆（集团）有限公司与北湖（苏州）有限公司签约。', [(0, 10, '远帆（集团）有限公司'), (11, 21, '北湖（苏州）有限公司')]),
    # a registered name may join two trades with 及/和 (one company) ...
    ('見證深圳交易及結算所有限公司簽署備忘錄。', [(2, 14, '深圳交易及結算所有限公司')]),
    # ... but a place after the conjunction opens a second company's name
    ('由青岭电气与苏州北湖建材有限公司共同投资。', [(6, 16, '苏州北湖建材有限公司')]),
    # a listed company's board signs its notice as one body; the bare 公司董事会 is none
    ('特此公告。\n\n北湖新材料股份有限公司董事会\n2026年3月2日', [(7, 21, '北湖新材料股份有限公司董事会')]),
    ('本公司董事会及全体董事保证。公司董事会表示感谢。', []),
    # ... but before a post the board is the post's (新华集团 + 董事会主席, 某公司 + 董事会董事)
    ('现任北湖新材料股份有限公司董事会董事、青禾科技股份有限公司监事会召集人。',
     [(2, 13, '北湖新材料股份有限公司'), (19, 29, '青禾科技股份有限公司')]),
    # the company's relation to the release's own is no part of its name
    ('现任公司控股子公司北湖（嘉兴）有限公司董事长。', [(9, 19, '北湖（嘉兴）有限公司')]),
    # 贸促会 alone is the CCPIT's own short name; after a determiner it is generic
    ('贸促会将继续搭建平台。各级贸促会要加强服务。', [(0, 3, '贸促会')]),
    # the parties of a meeting or two countries before a head: a reference, no name
    ('双方商会将加强合作，两国商会签署协议。', []),
    # a headquarters after its federation, a research institute after its company
    ('星河经济联合会国际协力本部本部长出席。', [(0, 13, '星河经济联合会国际协力本部')]),
    ('北湖汽车研发总院副院长出席。', [(0, 8, '北湖汽车研发总院')]),
    ('民政部社会组织管理局二级巡视员出席。', [(0, 10, '民政部社会组织管理局')]),
    # a verb word the trade name needs; no name where only kind words follow the verb
    ('星芯显示科技股份有限公司董事长出席。', [(0, 12, '星芯显示科技股份有限公司')]),
    ('双方将推动科技股份有限公司发展，共建智能网联汽车产业园。', []),
    # the short name a stock exchange lists a company under
    ('证券代码：600001  证券简称：北湖股份  公告编号：2026-001', [(18, 22, '北湖股份')]),
    # a venue after a bare level (县, 市) is no body (GUIDELINES: buildings and venues out)
    ('县委书记在县行政中心会见客人。', [(0, 2, '县委')]),
    ('市领导在市民中心会见客人。', []),
    # a ministry's 司 right after its name is one name, fields joined by 和 and all
    ('国家发展改革委利用外资和境外投资司司长出席。', [(0, 17, '国家发展改革委利用外资和境外投资司')]),
    ('商务部服务贸易和商贸服务业司副司长出席。', [(0, 14, '商务部服务贸易和商贸服务业司')]),
    ('商务部与外交部条约法律司官员出席。', [(0, 3, '商务部'), (4, 12, '外交部条约法律司')]),
    # after 与 + a body, a verb of joint action makes the next head its object
    ('学校将与东湖集团共建联合研究院。', [(4, 8, '东湖集团')]),
    # 第 + numerals before a name word number one body of a series; a term or a batch does not
    ('中国铁路第五工程局有限公司与北湖市签约。', [(0, 13, '中国铁路第五工程局有限公司')]),
    ('第二批企业名单公布。', []),
    # 在 + a place + a verb open a clause: the head is the verb's object, described or named
    ('项目将在临川建设储能系统研发中心。', []),
    ('双方在临川成立东岭氢能产业联盟。', [(7, 15, '东岭氢能产业联盟')]),
    # purpose words alone before a company or centre head name no body
    ('双方共同设立项目公司。', []),
    ('公司将设立区域总部和研发中心。', []),
    # a zone's bare designator and kind words before a company head: no trade name
    ('与开发区国有平台公司合作。', []),
    ('高新区恒达科技有限公司签约。', [(0, 11, '高新区恒达科技有限公司')]),
    # two places paired by a dash open a bilateral body's name; two joined by 及 open a
    # department's or a mission's name (the area it covers); a place and a company stay apart
    ('中国—东盟商务理事会秘书长出席。', [(0, 10, '中国—东盟商务理事会')]),
    ('外交部欧洲及中亚司司长出席。', [(0, 9, '外交部欧洲及中亚司')]),
    ('智利驻上海及杭州总领事馆举办活动。', [(0, 12, '智利驻上海及杭州总领事馆')]),
    # Japanese manufacturers' 制作所 and chambers' 商工会议所 after a name
    ('代表团参观了北川制作所。', [(6, 11, '北川制作所')]),
    ('名古屋商工会议所会长出席。', [(0, 8, '名古屋商工会议所')]),
    # a registered trade name has two characters: a noun stop character before one opens it
    ('双方与电岚株式会社签约。', [(3, 9, '电岚株式会社')]),
    # trade words that end a registered name and name no industry, after a trade name (not 重工业, 电产品)
    ('北岚重工与东川电产签约。', [(0, 4, '北岚重工'), (5, 9, '东川电产')]),
    ('推动重工业和机电产品出口。', []),
    # session 15: a preposition's character that closes a field noun (数据) is in the name, a noun
    # before a place is not; a verb by the head after a verbal noun is the body's function, not a
    # body's meeting; a listed item opens on its field's verb; a university's bare 学校 opens no name
    ('南岭云帆数据科技有限公司签约。', [(0, 12, '南岭云帆数据科技有限公司')]),
    ('会长单位北湖精锐科技有限公司发言。', [(4, 14, '北湖精锐科技有限公司')]),
    ('研究员、质量监测协调局局长出席。', [(4, 11, '质量监测协调局')]),
    ('北湖市陶瓷商会召开理事会。', [(0, 7, '北湖市陶瓷商会')]),
    ('学校机械学院院长出席。', [(2, 6, '机械学院')]),
    # social organisations' and Japanese industry associations' heads
    ('北湖市模具工业会会长出席。', [(0, 8, '北湖市模具工业会')]),
    ('北湖大学校友会举办活动。', [(0, 7, '北湖大学校友会')]),
])
def test_zh_boundaries(zh, text, expected):
    assert outermost(zh, text) == expected


@pytest.mark.parametrize("lang,text,surface,occurrence,value,org_id", [
    ("en", "CCPIT and the China Council for the Promotion of International Trade met.",
     "CCPIT", 0, "China Council for the Promotion of International Trade", "ccpit"),
    ("en", "Officials of the Commerce Ministry spoke.", "Commerce Ministry", 0,
     "Ministry of Commerce", "mofcom"),
    ("zh", "中国贸促会与商务部会谈。", "中国贸促会", 0, "中国国际贸易促进委员会", "ccpit"),
    ("zh", "國務院常務會議召開。", "國務院", 0, "国务院", "state_council"),
    # a short form defined in the text takes the value of its long form
    ("zh", "中国国际海洋渔业促进会(简称“渔促会”)成立。渔促会表示支持。", "渔促会", 1,
     "中国国际海洋渔业促进会", None),
    ("en", "The Association of Overseas Architects (AOA) met. AOA then left.", "AOA", 1,
     "Association of Overseas Architects", None),
])
def test_values(en, zh, lang, text, surface, occurrence, value, org_id):
    c = candidate_at(en if lang == "en" else zh, text, surface, occurrence)
    assert c.value == value
    assert c.attrs.get("id") == org_id
    assert c.source


@pytest.mark.parametrize("lang,text,org,region", [
    ("en", "Bank of China opened in Tianjin.", "Bank of China", "Tianjin"),
    ("en", "The Tianjin Municipal Government met Beijing guests.", "Tianjin Municipal Government",
     "Beijing"),
    ("zh", "安徽省贸促会代表团访问北京。", "安徽省贸促会", "北京"),
])
def test_org_swallows_region_inside_name(lang, text, org, region):
    doc = build(lang, with_resolver=True)(text)
    ents = [(e.text, e.label_) for e in doc.ents]
    assert (org, "ORG") in ents
    assert (region, "REGION") in ents
    assert not any(label == "REGION" and t in org and t != region for t, label in ents)


@pytest.mark.parametrize("lang,text", [
    ("en", "Association " * 90_000),
    ("en", "Bank of China and " * 60_000),
    ("en", "Ministry of " * 90_000),
    ("en", "Chamber of Commerce (CC) " * 40_000),
    ("en", "Instituto de " * 90_000),
    ("en", "Banco, Banco y " * 70_000),
    ("en", "Banco, " * 140_000),
    ("zh", "商会" * 500_000),
    ("zh", "中国贸促会(贸促会)" * 100_000),
    ("zh", "部长" * 500_000),
])
def test_megabyte_input_runs_in_linear_time(en, zh, lang, text):
    nlp = en if lang == "en" else zh
    blank = spacy.blank("en")  # whitespace tokens: the tokenizer is not what is timed
    blank.max_length = len(text) + 1
    comp = nlp.get_pipe("pressner_orgs")
    doc = nlp.get_pipe("pressner_normalizer")(blank.make_doc(text))
    assert cpu_seconds(lambda: comp(doc)) < 30
    assert all(c.length <= 400 for c in doc._.candidates)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_data_files_load(lang):
    comp = build(lang).get_pipe("pressner_orgs")
    assert isinstance(comp, OrgRecognizer)
    assert len(comp.rows) >= 300
    assert all(f for f in comp.forms)


def test_bad_pattern_line_is_reported(tmp_path):
    bad = tmp_path / "org_patterns.jsonl"
    bad.write_text('# header\n{"id": "x", "kind": "suffix", "text": "会"}\n{"id": "y", "kind": "nope", "text": "a"}\n',
                   encoding="utf-8")
    nlp = spacy.blank("zh")
    comp = nlp.add_pipe("pressner_orgs", config={"script": "han"})
    with pytest.raises(DataFileError, match="org_patterns.jsonl:3"):
        comp.initialize(data_dir=str(MODELS.parent), files={
            "orgs": "models/shared/orgs.tsv", "patterns": str(bad)})


def _spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for n in names:
        at = text.index(n, at)
        out.append((at, at + len(n), n))
        at += len(n)
    return out


_GRAMMAR = [
    # legal forms of many registers close the name, with the comma they are printed with
    ("Nordex Energy GmbH and Orbis Holdings plc signed with Velto S.p.A. today.",
     ["Nordex Energy GmbH", "Orbis Holdings plc", "Velto S.p.A."]),
    ("Kaito K.K. joined Brisa S.A. and Tarn N.V. in the deal.",
     ["Kaito K.K.", "Brisa S.A.", "Tarn N.V."]),
    ("Fenwick Robotics, Inc., a maker of arms, grew.", ["Fenwick Robotics, Inc."]),
    # after a legal form or group word, `of` + a place is the company's seat, not its name
    ("Orvell Group of Norway and Tarn Ltd. of the Philippines signed with the Bank of Norway.",
     ["Orvell Group", "Tarn Ltd.", "Bank of Norway"]),
    # a legal form closes the name: `for`, `and` after it start other words (a partnership's
    # `& Co. KG` goes on)
    ("It licensed Tarvo Kirin Co., Ltd. for TK-12; Velto Inc. for Japan signed.",
     ["Tarvo Kirin Co., Ltd.", "Velto Inc."]),
    ("Orbis Inc. and Brisa LLC joined Kessler GmbH & Co. KG today.",
     ["Orbis Inc.", "Brisa LLC", "Kessler GmbH & Co. KG"]),
    # a retail trade word drops for the short form a grocer goes by
    ("Pinmoor Market Holdings agreed. Pinmoor shoppers rejoiced.",
     ["Pinmoor Market Holdings", "Pinmoor"]),
    ("Tarrow Supply Co. agreed. Tarrow shoppers rejoiced.", ["Tarrow Supply Co.", "Tarrow"]),
    # `Partners with` in a Title Case headline is the verb where the body names the firm
    # without it; a firm named `X Partners` in the body keeps its head
    ("Varnholt Energy Partners with Osk on Wind Supply Base\n\nOSLO -- Varnholt Energy AS "
     "signed with Osk.", ["Varnholt Energy", "Varnholt Energy AS"]),
    ("Round Led by Varnholt Partners with Osk and Others\n\nVarnholt Partners led the round.",
     ["Varnholt Partners", "Varnholt Partners"]),
    ("He joined Lumen Foods Sdn. Bhd. last year.", ["Lumen Foods Sdn. Bhd."]),
    # a bracketed place inside the name; a compound adjective before it stays out
    ("Ontario-based Tamrac Clean Energy (Wuxi) Co., Ltd. opened.",
     ["Tamrac Clean Energy (Wuxi) Co., Ltd."]),
    # missions: `in` + seat belongs to a mission named by its country, not to a generic one
    ("The Consulate General of Peru in Shanghai and the Consulate General in Lyon met.",
     ["Consulate General of Peru in Shanghai"]),
    # a seat ends the mission's name: `and` after it opens the next, unless the seat names two places
    ("The Consulate General of Peru in Osaka and Tarn Foods, with the Chamber of Commerce in "
     "Hong Kong and Macao and the Embassy of Peru in Trinidad and Tobago, met.",
     ["Consulate General of Peru in Osaka", "Tarn Foods", "Chamber of Commerce in Hong Kong and Macao",
      "Embassy of Peru in Trinidad and Tobago"]),  # (`Tarn Foods`: listed with the missions, org_slots)
    ("The Embassy of Chile in Rome thanked the Minnesota State Senate.",
     ["Embassy of Chile in Rome", "Minnesota State Senate"]),
    ("A show at the Peru Embassy in Oslo opened.", ["Peru Embassy in Oslo"]),
    # export credit agencies: lexicon names with no head noun
    ("Ms Roe said UK Export Finance and Bpifrance would lend.", ["UK Export Finance", "Bpifrance"]),
    # a two-word seated head: `High Commission` (`Commission` alone is no seated body)
    ("The Australian High Commission in Ottawa met the European Commission in Brussels.",
     ["Australian High Commission in Ottawa", "European Commission"]),
    # a known name that runs on past the grammar's end is taken whole
    ("The Permanent Mission of Varnholt to the United Nations Office at Vienna agreed.",
     ["Permanent Mission of Varnholt to the United Nations Office at Vienna"]),
    # a delegation is a body with its posting (`to`/`in`), a group of visitors without one;
    # an embassy `to` the country it is accredited to
    ("The Delegation of the European Union to Varnholt and the Embassy of Peru to the Republic "
     "of Korea met. Delegation of the Tarn Trade House visits Lima",
     ["Delegation of the European Union to Varnholt", "Embassy of Peru to the Republic of Korea"]),
    # `for` + two topics with heads coordinated: one body; a headless topic still splits
    ("The Agency for Digital Government and Information Society of Varnholt and the "
     "Centre for Policy Research and Lisk Institute met.",
     ["Agency for Digital Government and Information Society of Varnholt",
      "Centre for Policy Research", "Lisk Institute"]),
    # a chamber abroad keeps its seat; one whose name opens with its own place is seated
    # there, and `in` says where its office is
    ("The British Chamber of Commerce in Oslo met the Norway Chinese Chamber of Commerce in "
     "Bergen.", ["British Chamber of Commerce in Oslo", "Norway Chinese Chamber of Commerce"]),
    # ... as is one that names its country after `of`: `in` is where the event is
    ("The council met the Chamber of Commerce and Industry of Peru in Osaka on Monday.",
     ["Chamber of Commerce and Industry of Peru"]),
    # a holding company's singular head; a customs service named by its place, not a procedure
    ("Orvell Maritime Holding met Lisk Customs. New Customs Clearance Rules Apply.",
     ["Orvell Maritime Holding", "Lisk Customs"]),
    # a name after the body is someone else's: the body ends with its place
    ("Head of the International Department of the Labour Party of Brazil Ana Lima spoke.",
     ["International Department of the Labour Party of Brazil"]),
    ("The Bank of China Hong Kong agreed.", ["Bank of China Hong Kong"]),
    # a date's digits before a name are not part of it
    ("15/01/09 Orbis Labs, Inc. said it would grow.", ["Orbis Labs, Inc."]),
    # head nouns of armed forces, labels, railways, labs
    ("He joined the Baltic Fleet and later Merge Records and the Swiss Federal Railways.",
     ["Baltic Fleet", "Merge Records", "Swiss Federal Railways"]),
    ("She played in the Oslo Philharmonic Orchestra and drew for Lantern Comics.",
     ["Oslo Philharmonic Orchestra", "Lantern Comics"]),
    # adjectives coordinated inside one name; `under` + no head is not part of the name
    ("The Georgian Foundation for Strategic and International Studies met Aldus Corporation "
     "under the Fern brand.",
     ["Georgian Foundation for Strategic and International Studies", "Aldus Corporation"]),
    # a territory and a former country are places; a headline verb ends a name
    ("Talks in the West Bank and the Soviet Union.", []),
    ("Nordic Chamber Elects New Board", ["Nordic Chamber"]),
    ("Nordic Chamber of Commerce in Peru Releases 2028 Trade Survey", ["Nordic Chamber of Commerce in Peru"]),
    # wire services and release distributors
    ("HONG KONG /GLOBE NEWSWIRE/ -- The firm said (PR Newswire and Business Wire).",
     ["GLOBE NEWSWIRE", "PR Newswire", "Business Wire"]),
    # a mission named by its country, with its seat; the country's side or government is none
    ("The Chinese Embassy in Mali thanked the Chinese Consulate General in Lyon. The Chinese side "
     "agreed.", ["Chinese Embassy in Mali", "Chinese Consulate General in Lyon"]),
    # a double hyphen is a dash: the dateline's date is no part of the name after it
    ("OSLO--(BUSINESS WIRE)--May 2, 2025--Fjordline Shipping ASA said.",
     ["BUSINESS WIRE", "Fjordline Shipping ASA"]),
]


_GOVERNMENT = [
    # a legislature's standing panel, named after its body; no event panel
    ("The Northbay Legislative Council Panel on Trade met.", ["Northbay Legislative Council Panel on Trade"]),
    ("She spoke at a Panel on Artificial Intelligence.", []),
    # `Office of the <title>`: the post it serves names the office
    ("The Office of the Prime Minister and the Office of the Chief Executive replied.",
     ["Office of the Prime Minister", "Office of the Chief Executive"]),
    ("A note from the Office of the Government Spokesperson followed.",
     ["Office of the Government Spokesperson"]),
    ("The Chief Executive's Office and the Mayor's Office agreed; the firm's Office moved.",
     ["Chief Executive's Office", "Mayor's Office"]),
    ("The Office of the Commissioner of the Ministry of Finance in Varnholt said so.",
     ["Office of the Commissioner of the Ministry of Finance in Varnholt"]),
    # a mission named by its country keeps its destination after `to`; a ministry does not
    ("The Permanent Mission of Peru to the United Nations hosted a reception.",
     ["Permanent Mission of Peru to the United Nations"]),
    ("The Ministry of Commerce to Beijing", ["Ministry of Commerce"]),
    ("The Trade Mission arrived.", []),
    # legislatures: `House` is a body only as `House of X`
    ("The Varn House of Delegates and the House of Commons voted at Lindqvist House.",
     ["Varn House of Delegates", "House of Commons"]),
    # parties: a place alone before `Party` names a post (`Varn Party chief`), not a party
    ("The Workers' Party of Korea met the Green Party; Hebei Party chief Ana Lo spoke.",
     ["Workers' Party of Korea", "Green Party"]),
    ("The Farmers' Union met the Veterans' Affairs Bureau.",
     ["Farmers' Union", "Veterans' Affairs Bureau"]),
    # `Press` before the kind of a document is no newspaper
    ("The MOFCOM Press Release and the Varnholt Press Statement; the Varn Press Secretary spoke.",
     ["MOFCOM"]),
    ("An article in the Varnholt Free Press appeared.", ["Varnholt Free Press"]),
    # a country whose name reads like a body is a place
    ("Talks between the Russian Federation and Acme Corporation.", ["Acme Corporation"]),
    # a faculty is a body of its university
    ("The Faculty of Law of the University of Varnholt agreed.",
     ["Faculty of Law of the University of Varnholt"]),
    # a body named after two countries, printed with a spaced dash
    ("They opened the Peru – China Technology Transfer Institute.",
     ["Peru – China Technology Transfer Institute"]),
    ("Peru – the Varn Institute", ["Varn Institute"]),
    # a founder's possessive inside a registered company name; a country's stays out
    ("Halvard's Laser Technology Co., Ltd. and China's Varnholt Robotics Co., Ltd. met.",
     ["Halvard's Laser Technology Co., Ltd.", "Varnholt Robotics Co., Ltd."]),
    ("The Ministry of Commerce's Trade Bureau agreed.", ["Ministry of Commerce", "Trade Bureau"]),
    # a lexicon form written with the article of running text matches without it
    ("A statement of the United Nations followed.", ["United Nations"]),
    # a portfolio's items joined by commas and `and` stay in one name; a list of places or
    # of bodies does not
    ("The Ministry of Industry, Trade and Tourism of Varnholt and the Bureau of Economic, "
     "Energy and Business Affairs met.",
     ["Ministry of Industry, Trade and Tourism of Varnholt",
      "Bureau of Economic, Energy and Business Affairs"]),
    ("The Ministry of Commerce, Beijing and Shanghai agreed.", ["Ministry of Commerce"]),
    ("The Department of Varn, Acme Group and Orbis Holdings agreed.",
     ["Department of Varn", "Acme Group", "Orbis Holdings"]),
    # firms' names are no portfolio fields: longer, or spelt with an inner capital
    # (the camel-case firm is a name of its own: org_coined)
    ("Talks with the Varn Municipal Bureau of Commerce, Tell Mo Technology and KestBank ended.",
     ["Varn Municipal Bureau of Commerce", "Tell Mo Technology", "KestBank"]),  # (a list's member: org_slots)
    # a portfolio after `of` names the body even when the word alone is generic
    ("The Secretary of State spoke at the Department of State.", ["Department of State"]),
    # what follows `and` in a ministry's portfolio is no second name
    ("Officials of the Ministry of Foreign Affairs and International Cooperation of Varnholt.",
     ["Ministry of Foreign Affairs and International Cooperation of Varnholt"]),
    # a bracketed short form ends the name; a bracketed place before a legal form does not
    ("The Ministry of Trade (MOT) of Varnholt and Enterprise Varnholt met Acme (HK) Limited.",
     ["Ministry of Trade", "MOT", "Acme (HK) Limited"]),
    # a portfolio's last field may take `the`; an acronym, a head or a longer name after
    # `and the` is another body
    ("The Ministry of Oceans and the Environment, the Ministry of Health and the World Bank, and the "
     "Bureau of Mines and the Ministry of Trade met.",
     ["Ministry of Oceans and the Environment", "Ministry of Health", "World Bank",
      "Bureau of Mines", "Ministry of Trade"]),
]


_DEFINED = [
    # a run whose initials spell an acronym read as a body is its long form, one ORG whatever
    # its last word, over the pieces read inside it; no acronym read as a body, no long form
    ("The Federation of Associations for Small and Medium Enterprises of Varnland (FASMEV) met. FASMEV grew.",
     ["Federation of Associations for Small and Medium Enterprises of Varnland", "FASMEV", "FASMEV"]),
    ("The Belt and Road Initiative (BRI) grew.", []),
    # a country's business association abroad, with its host country (with or without `in`)
    ("The Lithuanian Business Association Singapore and the Danish Business Association in Vietnam met.",
     ["Lithuanian Business Association Singapore", "Danish Business Association in Vietnam"]),
    # the short form spells the place inside the name, not the body: no short form of it
    ("The Government of the Varn Special Administrative Region (VSAR) met. The VSAR grew.",
     ["Government of the Varn Special Administrative Region"]),
    ("The Embassy of the Republic of Varnholt (ROV) agreed.",
     ["Embassy of the Republic of Varnholt"]),
    # letters spanning a field and no place spell the body (`DI`, not a place's initials)
    ("The Confederation of Varnish Industry (VI) met. VI grew.",
     ["Confederation of Varnish Industry", "VI", "VI"]),
    # it spells the body, possibly without a country before it, or is a coined name
    ("The U.S. Varn Protection Agency (VPA) agreed. VPA said so.",
     ["U.S. Varn Protection Agency", "VPA", "VPA"]),
    ("The Ministry of Commerce (MOFCOM) agreed. MOFCOM said so.",
     ["Ministry of Commerce", "MOFCOM", "MOFCOM"]),
    ("The Varnholt Trade Council (VarTrade) agreed. VarTrade said so.",
     ["Varnholt Trade Council", "VarTrade", "VarTrade"]),
    # a listing bracket names an exchange by its code, listed or not (only there)
    ("Lisk Holdings plc (LSE: LSK) agreed. The LSE is a school.", ["Lisk Holdings plc", "LSE"]),
    ("Varn Mining Ltd (TSE: 7342; SGX: VM1) agreed.", ["Varn Mining Ltd", "TSE", "SGX"]),
    # ... or by its name
    ("Varn Mining SpA (Borsa Italiana: VRM) agreed.", ["Varn Mining SpA", "Borsa Italiana"]),
    # a firm after a post held at it, its partners' names of any origin, towns too
    ("Ada Roe, a former partner at Ohno & Kameoka, and Bo Li, who joins from Tarvel Brandt, where he was CFO, spoke.",
     ["Ohno & Kameoka", "Tarvel Brandt"]),
    # a place made an adjective opens no name (`Varnholt-based`)
    ("The Varnholt-based Lisk Bank agreed.", ["Lisk Bank"]),
    # session 18: forms with lowercase words inside (`Sp. z o.o.`, `spol. s r.o.`, `PartG mbB`),
    # the Portuguese `Limitada` after its comma, a Romance `of` inside a registered name
    ("Orlik Packaging Sp. z o.o. and Varga Trans spol. s r.o. hired Hessel Partner PartG mbB.",
     ["Orlik Packaging Sp. z o.o.", "Varga Trans spol. s r.o.", "Hessel Partner PartG mbB"]),
    ("Navegadora Atlântica, Limitada bought Conservas del Norte S.L. and Vinhos do Tua, Lda. today.",
     ["Navegadora Atlântica, Limitada", "Conservas del Norte S.L.", "Vinhos do Tua, Lda."]),
    ("Kowalik Nowak i Wspólnicy sp.k. advised Tamm Logistics OÜ and Ruelle Optique SAS.",
     ["Kowalik Nowak i Wspólnicy sp.k.", "Tamm Logistics OÜ", "Ruelle Optique SAS"]),
    # a company closed by its legal form in brackets after a person is a name of its own;
    # a bracketed place inside a name stays in it
    ("The board: Ana Roe (Tarvel Pharma Ltd) and Bo Lund (Kvist Timber AB).",
     ["Tarvel Pharma Ltd", "Kvist Timber AB"]),
    ("Velto (HK) Limited signed.", ["Velto (HK) Limited"]),
    # the English `of` still ends a person's name before the firm's
    ("He met Pedro Alves of Conservas do Tua S.A. in Lisbon.", ["Conservas do Tua S.A."]),
]


@pytest.mark.parametrize("text,names", _GRAMMAR + _GOVERNMENT + _DEFINED)
def test_en_legal_forms_missions_media(en, text, names):
    assert outermost(en, text) == _spans(text, *names)


@pytest.mark.parametrize("text,names", [
    # once named with its legal form, a company goes by its short name
    ("Kaveri AG reported. Dr. Ola Berg, CEO of Kaveri AG, said Kaveri will grow.",
     ["Kaveri AG", "Kaveri AG", "Kaveri"]),
    ("Fenwick Robotics, Inc. grew. Fenwick Robotics' plant opened.",
     ["Fenwick Robotics, Inc.", "Fenwick Robotics"]),
    ("Talvo Group hired staff. Talvo said so.", ["Talvo Group", "Talvo"]),
    # a bank's and a mutual insurer's trade words go with the legal form
    ("Corriby Bank Limited grew. Corriby Chair Ann Bo said so.", ["Corriby Bank Limited", "Corriby"]),
    ("Ashvale Mutual Insurance Company grew. Ashvale said so.",
     ["Ashvale Mutual Insurance Company", "Ashvale"]),
    # a short form defined in quotes, one capital is enough; dotted legal forms
    ('Pellor Grid Services LLC ("Pellor") agreed. Pellor will grow. Ames Botts L.L.P. advised.',
     ["Pellor Grid Services LLC", "Pellor", "Pellor", "Ames Botts L.L.P."]),
    ("Orvane Robotics, Inc. grew. Lee joins Orvane from Kestrel.",
     ["Orvane Robotics, Inc.", "Orvane"]),
    # one cut at a time: each shorter name counts; a web address is no ordinary word
    ("Veltrix Systems, Inc. grew. Veltrix Systems and Veltrix agree. Mail: a@veltrix.example",
     ["Veltrix Systems, Inc.", "Veltrix Systems", "Veltrix"]),
    # a board named by no one is a generic reference, not a name
    ("Talvo Group grew. The Board of Directors approved it.", ["Talvo Group"]),
    # a stem the text also uses as an ordinary word, or a region, is no short name
    ("Investor AB bought shares; the investor paid. Investor funds rose.", ["Investor AB"]),
    ("Shanghai Holdings grew in Shanghai.", ["Shanghai Holdings"]),
    # nor is a venue that gives a company its name
    ("National Convention and Exhibition Center (Tianjin) Co., Ltd. runs the National "
     "Convention and Exhibition Center.",
     ["National Convention and Exhibition Center (Tianjin) Co., Ltd."]),
    # `the` + stem before the company is named: the venue of that name, not the company
    ("Guests toured the Varn Riverside Arena, where the head of Varn Riverside Arena (Ningbo) "
     "Co., Ltd. spoke.", ["Varn Riverside Arena (Ningbo) Co., Ltd."]),
    # a life-science word after the stem is a company word like `Robotics`
    ("Orlen Biologics, Inc. grew. Orlen will hire.", ["Orlen Biologics, Inc.", "Orlen"]),
    ("Talmar Diagnostics Ltd. grew. Talmar will hire.", ["Talmar Diagnostics Ltd.", "Talmar"]),
    # an `and` in the next item of a list of organisations ends one name and starts the last
    ("Buyers included Kaveri AG, Ostrova and Pellmark Foods GmbH.",
     ["Kaveri AG", "Ostrova", "Pellmark Foods GmbH"]),
    ("It was backed by Talvo Group, Merrow Capital and Ardent Bank Limited.",
     ["Talvo Group", "Merrow Capital", "Ardent Bank Limited"]),
    # a list after a lowercase word, its last firm closed by a company word: the `and` ends
    # one firm, and the bare first item is a firm too; not after a preposition or a place
    ("Orvane supplies Pellmark, Ostrova Retail and Kestlin Data Group weekly.",
     ["Pellmark", "Ostrova Retail", "Kestlin Data Group"]),
    ("On Monday, Varn Road and Bridge Corporation agreed.", ["Varn Road and Bridge Corporation"]),
    ("Prices of Pellmark, Ostrova Retail and Kestlin Data Group fell.",
     ["Ostrova Retail and Kestlin Data Group"]),
    ("Osler met Roe, Hoskin & Harcourt LLP.", ["Hoskin & Harcourt LLP"]),
    # a corporation's name of three words or more takes the country after it as its unit
    ("Varn Road and Bridge Corporation Kenya, its local arm, signed.",
     ["Varn Road and Bridge Corporation Kenya"]),
    ("Lisk Steel Group Kenya's plant grew.", ["Lisk Steel Group"]),
    # `Partnership` heads a body, not a treaty or a tie between states
    ("The Varn Valley Partnership met. The Lisk Economic Partnership Agreement and the "
     "Lisk Strategic Partnership were signed.", ["Varn Valley Partnership"]),
    # `Bank` opens a name only where no capitalised word stands before it
    ("Loans came from Bank Kestlin Utara and the Varnholt Bank.", ["Bank Kestlin Utara", "Varnholt Bank"]),
    # a stock exchange in a listing bracket
    ("Orvane Robotics, Inc. (Nasdaq: ORVN) grew.", ["Orvane Robotics, Inc.", "Nasdaq"]),
    # a company followed by a market names its unit there
    ("Siemens China and Kaveri AG met Kaveri Europe.",
     ["Siemens China", "Kaveri AG", "Kaveri Europe"]),
    # after a known name's `and`, words the text names again alone are a second body; a
    # one-word portfolio is not
    ("The Ministry of Foreign Affairs and Enterprise Varnholt agreed. Enterprise Varnholt will "
     "lead. The Ministry of Foreign Affairs and Trade of Lisk and Trade envoys met.",
     ["Ministry of Foreign Affairs", "Enterprise Varnholt",
      "Ministry of Foreign Affairs and Trade of Lisk"]),
    # the name after the `and` starts where the grammar starts it: not at a person before `of`
    ("Ministers Ana Roe of the Ministry of Foreign Affairs and Jonas Lisk of the Ministry of "
     "Industry and Trade met.", ["Ministry of Foreign Affairs", "Ministry of Industry and Trade"]),
])
def test_en_one_reading_per_document(en, text, names):
    assert outermost(en, text) == _spans(text, *names)


@pytest.mark.parametrize("text,span,expected", [
    ("We met the Acme (Suzhou) Co., Ltd. team.", "the Acme", "Acme (Suzhou) Co., Ltd."),
    ("Texas-based Corvid Systems, Inc. grew.", "Texas-based Corvid Systems", "Corvid Systems, Inc."),
    ("Orbis GmbH said.", "Orbis", "Orbis GmbH"),
    ("Acme (Beijing) said so.", "Acme", "Acme"),
    ("The Committee met.", "The Committee", None),
    ("The Hebei Party chief spoke.", "Hebei Party", None),
    ("The Varn Labour Party won.", "Varn Labour Party", "Varn Labour Party"),
    ("The National Convention and Exhibition Center opened.",
     "National Convention and Exhibition Center", None),
    # a post's market before `of` and the body: the body alone
    ("Ada Roe, CEO, Hong Kong and Macau of Lisk Bank, said", "Macau of Lisk Bank", "Lisk Bank"),
    # a name closed by its legal form or group word: `of` + a place says where it is;
    # other heads take their place in, and `of` + no place stays in the name
    ("Orvell Group of Norway signed.", "Orvell Group of Norway", "Orvell Group"),
    ("Orvell Holdings of the Netherlands signed.", "Orvell Holdings of the Netherlands", "Orvell Holdings"),
    ("Orvell Ltd. of Kenya signed.", "Orvell Ltd. of Kenya", "Orvell Ltd."),
    ("Orvell Bank of Norway signed.", "Orvell Bank of Norway", "Orvell Bank of Norway"),
    ("Orvell Group of Companies signed.", "Orvell Group of Companies", "Orvell Group of Companies"),
    # a country or market right after the model's name: the firm's unit there, its legal form
    # after it; not a possessive, a longer capitalised run, or a body the grammar reads
    ("Loads went to Varnell Haulage Canada in Ottawa.", "Varnell Haulage", "Varnell Haulage Canada"),
    ("It is run by Tesk Drive Poland Sp. z o.o. now.", "Tesk Drive", "Tesk Drive Poland Sp. z o.o."),
    ("Varnell Haulage Canada's fleet grew.", "Varnell Haulage", "Varnell Haulage"),
    ("Varnell Haulage Canada Day parade.", "Varnell Haulage", "Varnell Haulage"),
    ("The Ministry of Mines Kenya said.", "Ministry of Mines", "Ministry of Mines"),
    # `the` + a field + `and` before the model's name: the name's first field; a place there is not
    ("Dr Lo is a trustee of the Soil and Crop Research Trust.", "Crop Research Trust",
     "Soil and Crop Research Trust"),
    ("It sells to the Netherlands and Crop Research Trust.", "Crop Research Trust", "Crop Research Trust"),
    # a board's committee named by its functions is no name; a quoted name after a body's is part of it
    ("She chairs the Audit and Risk Committee.", "Audit and Risk Committee", None),
    ('The Chamber of Entrepreneurs "Atameken" met.', "Chamber of Entrepreneurs",
     'Chamber of Entrepreneurs "Atameken"'),
])
def test_refine_external_span(en, text, span, expected):
    start = text.index(span)
    got = en.get_pipe("pressner_orgs").refine(text, start, start + len(span))
    assert (text[got[0]:got[1]] if got else None) == expected


@pytest.mark.parametrize("text,orgs", [
    # a Chinese firm's name in English: place (as the region rules read it), trade name, trade
    # (org_units.PlacedFirms)
    ("Parts come from Hubei Tonglian Precision Machinery, it said.", ["Hubei Tonglian Precision Machinery"]),
    ("Fujian Kaixin Robotics Opens Plant", ["Fujian Kaixin Robotics"]),  # a headline's verb ends it
    ("The Henan Dongpo Steel Wire plant grew.", ["Henan Dongpo Steel Wire"]),
    ("Visitors saw Shanghai Pudong International Airport.", []),  # no trade word: a place
    ("Talks in Hebei Tangshan Harbour went on.", []),
    ("Talks on Beijing Tianjin Logistics hubs went on.", []),  # a second place: no trade name
])
def test_en_chinese_firm_after_its_place(en_resolved, text, orgs):
    assert [s for _, _, s in outermost(en_resolved, text)] == orgs


@pytest.mark.parametrize("text,names", [
    # a known firm's unit by its business (org_units.UnitNames), not in a Title Case headline
    ("Orvane Tools Ltd. said that its leasing arm, Orvane Rental Services, grew in the year.",
     ["Orvane Tools Ltd.", "Orvane Rental Services"]),
    ("Orvane Tools Ltd. said that sales at Orvane Retail rose in the year.", ["Orvane Tools Ltd.", "Orvane Retail"]),
    ("Orvane Tools Ltd. Wins Award\nOrvane Retail Wins", ["Orvane Tools Ltd.", "Orvane"]),  # a headline: the firm
    ("Orvane Tools Ltd. said that the Orvane Retail Park opened in the year.", ["Orvane Tools Ltd.", "Orvane"]),  # a longer run
    # an acronym after `and` ending a run names a second body; a field's does not
    ("It needs approval from the Ministry of Mines and TRX first.", ["Ministry of Mines", "TRX"]),
    ("The Ministry of Science and ICT said.", ["Ministry of Science and ICT"]),
    # partners' names before `and`, a firm with its legal form after it: two firms
    ("Advisers were Hallam Brook Weiss and Tarn LLP on the deal.", ["Hallam Brook Weiss", "Tarn LLP"]),
    ("Ernst and Young LLP audited it.", ["Ernst and Young LLP"]),
    # a list of firms opened by `include`
    ("Other lenders include Orvane Bank, Tesk Capital and Kaveri Finance.",
     ["Orvane Bank", "Tesk Capital", "Kaveri Finance"]),
])
def test_en_names_without_head(en, text, names):
    assert outermost(en, text) == _spans(text, *names)


def test_company_before_product_name_is_not_the_company(en):
    text = "It runs on Microsoft Windows; Microsoft said so. Microsoft CEO Ann Roe agreed."
    second = text.index("Microsoft said")
    third = text.index("Microsoft CEO")
    assert outermost(en, text) == [(second, second + 9, "Microsoft"), (third, third + 9, "Microsoft")]


@pytest.mark.parametrize("text,orgs", [
    # an acronym before a post that a named person holds is that post's body, everywhere
    ("Guests included VARN Managing Director Jon Ek. Later VARN said so.", ["VARN", "VARN"]),
    ("The ceremony was opened by KELD chairman Li Wei.", ["KELD"]),
    # not a place, a post or a company's department
    ("US President Ana Roe, EU Commissioner Jon Ek and HR Director Li Wei met.", []),
    # no person after the post: a phrase, not an appointment
    ("The VARN Managing Director post is open.", []),
])
def test_en_acronym_before_a_held_post(extractor, text, orgs):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs", [
    # a province or city before an acronym names its own office: one ORG, whatever the
    # acronym names alone
    ("The deputy director of the Hunan FAO, Li Wei, spoke.", ["Hunan FAO"]),
    ("Officials of the Shenzhen CCPIT attended.", ["Shenzhen CCPIT"]),
    # a country before an acronym stays a REGION; an acronym that goes on into a longer name
    # is no end of the name; a dateline in capitals is no part of it
    ("The U.S. FAO delegation left.", ["FAO"]),
    ("HUNAN FAO officials met.", ["FAO"]),
    ("The Hunan FAO Forum opened.", ["FAO"]),
])
def test_en_place_before_acronym(extractor, text, orgs):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs,regions", [
    # a sector noun right before a country, state or SAR, opening a capitalised stretch,
    # names an agency: one ORG, the place inside it
    ("Officials from Enterprise Ireland visited Lagos.", ["Enterprise Ireland"], ["Lagos"]),
    ("Tourism Norway's director spoke. Bank Peru kept rates.", ["Tourism Norway", "Bank Peru"], []),
    ("The fund works with Invest Hong Kong and Sport Tasmania.",
     ["Invest Hong Kong", "Sport Tasmania"], []),
    ("Jon Ek, Chief Executive of Immigration New Zealand, spoke.", ["Immigration New Zealand"], []),
    # after a capitalised word it is part of a longer phrase; a lowercase sector is a noun;
    # a sentence's full stop before it is no capitalised word
    ("The Global Health Canada Forum opened.", [], ["Canada"]),
    ("Spending on tourism Peru-wide rose.", [], ["Peru"]),
    ("He left the Board. Screen Austria paid.", ["Screen Austria"], []),
    # a chamber abroad glued to `Cham`, with its market after it
    ("Members of NordCham Vietnam met.", ["NordCham Vietnam"], []),
    # a council named by its municipality (`Greater` and a possessive aside); after a place's post
    # or a preposition of place it is the place
    ("The City of Tacoma hosted staff of the City of Greater Geelong's parks team.",
     ["City of Tacoma", "City of Greater Geelong"], []),
    ("The Mayor of the City of Tacoma lives in the City of Geelong.", [], ["Tacoma", "Geelong"]),
])
def test_en_agency_named_by_sector_and_place(extractor, text, orgs, regions):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs
    assert [e.text for e in res.entities if e.label == "REGION"] == regions


def test_en_university_named_after_a_place_in_a_post_slot(extractor):
    """`Tasmania's Provost` after `the University of Tasmania` is the university; the
    place's own post (`Premier`) keeps the place."""
    text = "The University of Tasmania agreed. Tasmania's Provost, Jo Lee, and Tasmania's Premier, Al Fox, spoke."
    res = extractor.extract(text, lang="en", profile="fast")
    assert [(e.label, e.start) for e in res.entities if e.text == "Tasmania"] == [
        ("ORG", text.index("Tasmania's Provost")), ("REGION", text.index("Tasmania's Premier"))]


@pytest.mark.parametrize("text,orgs", [
    # a foreign head opens the name; the languages' connectors and a comma list closed by a
    # conjunction stay inside; a place in it is part of the ORG
    ("Buyers met the Cámara de Comercio de Lima and the Secretaria da Fazenda yesterday.",
     ["Cámara de Comercio de Lima", "Secretaria da Fazenda"]),
    ("The Ministerio de Agricultura, Ganadería y Pesca signed.",
     ["Ministerio de Agricultura, Ganadería y Pesca"]),
    ("Staff of the Verband der Automobilindustrie and the Bundesnetzagentur met.",
     ["Verband der Automobilindustrie", "Bundesnetzagentur"]),
    ("The Bundeskartellamt cleared the deal.", ["Bundeskartellamt"]),
    # a headline verb ends the name; an English run stops at `and` before a foreign name
    ("Orla University and Universidad de Talca Launch Lab", ["Orla University", "Universidad de Talca"]),
    # a company word that opens the name (`Grupo`, `Gruppo`, `Groupe`)
    ("The fund signed a venture with Grupo Industrial Talavera to build a plant.", ["Grupo Industrial Talavera"]),
    ("Gruppo Ferrandi and Groupe Valmont Froid signed.", ["Gruppo Ferrandi", "Groupe Valmont Froid"]),
    # a head with nothing capitalised after it is no name
    ("The Instituto said nothing.", []),
    # hospitals, utilities, colleges, cooperatives and wineries named by their own head
    ("Surgeons at Klinikum Ostertal and Stadtwerke Weilbach GmbH staff met.",
     ["Klinikum Ostertal", "Stadtwerke Weilbach GmbH"]),
    ("Hochschule Ravensfeld and Ziekenhuis Rijnveld signed; Adega Cooperativa de Valmor joined.",
     ["Hochschule Ravensfeld", "Ziekenhuis Rijnveld", "Adega Cooperativa de Valmor"]),
    ("The Universitätsklinikum Ostertal opened a ward.", ["Universitätsklinikum Ostertal"]),
])
def test_en_foreign_language_names(extractor, text, orgs):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,title,org,expected", [
    # a name that starts inside a title's last words starts after the title's `of (the)`
    ("the Deputy Head of Mission of the Embassy of Ruritania, Mr Roe", "Deputy Head of Mission",
     "Mission of the Embassy of Ruritania", "Embassy of Ruritania"),
    # a name after the title, or one that ends inside it, is left as it is
    ("the Head of Mission Acme Group", "Head of Mission", "Acme Group", "Acme Group"),
    ("the Board of Trade Chair", "Trade Chair", "Board of Trade", "Board of Trade"),
    # a company's board named in a title is its portfolio (`chairman of the board`)
    ("Chairman of the Board of Directors of Kelvar Holdings Corp.", "Chairman of the Board of Directors",
     "Board of Directors of Kelvar Holdings Corp.", "Kelvar Holdings Corp."),
    ("Deputy Chairman of the Management Board of Norvik Invest", "Deputy Chairman of the Management Board",
     "Management Board of Norvik Invest", "Norvik Invest"),
])
def test_org_cut_at_a_title(text, title, org, expected):
    t, o = text.index(title), text.index(org)
    found = [Candidate(o, o + len(org), "ORG", org)]
    cut_at_titles(text, found, [Candidate(t, t + len(title), "TITLE", title.lower())])
    assert text[found[0].start:found[0].end] == expected



@pytest.mark.parametrize("text,orgs", [
    # members of a list closed by a count of firms (家) or a noun of firms are firms; the
    # first member starts after the opener word; one-character words inside a member stop
    # it only before its end (台达电)
    ("目前已有北湖、星达电等逾百家台商在此投资。", ["北湖", "星达电"]),
    ("展会吸引了澄源、蓝芯等多家企业参展。", ["澄源", "蓝芯"]),
    ("与澄源科技等知名企业开展合作。", ["澄源科技"]),
    # places keep their reading; no firm noun, no list
    ("北京、上海等10家分会参加。", []),
    ("其中德国、法国等国家增幅居前。", []),
    # a company's country unit, glued to its name, where a title or company head follows
    ("西门子中国副总裁出席。", ["西门子中国"]),
    ("西门子中国市场增长很快。", ["西门子"]),
    # a place inside a member is part of the firm's name; a member named again is the same
    # firm, and so is its trade name alone; 与/及 cut as words join the last members
    ("吸引了汇川技术、澄源科技等60余家企业参加。", ["汇川技术", "澄源科技"]),
    ("蓝芯机器人、澄源等企业参展。蓝芯表示看好市场。", ["蓝芯机器人", "澄源", "蓝芯"]),
    ("华为、蓝芯云与澄源集团等企业签约。", ["华为", "蓝芯云", "澄源集团"]),
    # after an adverb of several or joint action 与 is a preposition: the list opens after it
    ("甲区、乙县分别与蓝芯云、澄源科技等企业签约。", ["蓝芯云", "澄源科技"]),
    ("两市共同与蓝芯云、澄源科技等企业签约。", ["蓝芯云", "澄源科技"]),
    # ... and after an adverb or modal verb of the clause (亦会与, 将与): the subject before it is no member
    ("商务署亦会与蓝芯云、澄源科技等企业代表会面。", ["商务署", "蓝芯云", "澄源科技"]),
    # 业者: firms of a trade, as Taiwan releases count them
    ("团员包括蓝芯科技、澄源电机及汇岚等业者。", ["蓝芯科技", "澄源电机", "汇岚"]),
    # a noun of firms and an opener word open a list that runs to the clause's end
    ("參展業者包括澄源、藍芯、汇岚，以及其他企業。", ["澄源", "藍芯", "汇岚"]),
    ("首批廠商包括澄源精機、藍芯等，合計投資三億元。", ["澄源精機", "藍芯"]),
    ("合作企业包括蓝芯、澄源和汇岚。", ["蓝芯", "澄源", "汇岚"]),
    ("公司包括董事会在内的全体成员出席。", []),  # one item is no list
    # a conjunction the segmenter glues to a member (客及, 及盟: no words) still joins two
    ("蓝芯、澄源客及盟华电机等企业参展。", ["蓝芯", "澄源客", "盟华电机"]),
    ("蓝芯、华德客及盟立电机等企业参展。", ["蓝芯", "华德客", "盟立电机"]),
    # a description closed by 企业 stands before a firm's own name
    ("德国光学企业澄源光电集团在苏州设厂。", ["澄源光电集团"]),
    ("中小企业发展集团成立。", ["中小企业发展集团"]),  # 企业 + a verb word: the name's field
    # a conjunction that joins a person to the firms' representatives opens the list after it
    ("研究院院长陈建国、电子公会理事长何志平及东洋电机、瑞川电子等企业代表出席。",
     ["电子公会", "东洋电机", "瑞川电子"]),
    # a company named in full is called by its trade name of two characters later, also
    # as its market unit before a title; a field of common nouns is no trade name
    ("德国澄源集团在苏州投资。澄源中国总裁出席。", ["澄源集团", "澄源中国"]),
    ("江苏蓝芯科技股份有限公司发布公告，蓝芯将扩产。", ["江苏蓝芯科技股份有限公司", "蓝芯"]),
    ("广西数字经济发展集团参加数字经济论坛。", ["广西数字经济发展集团"]),
    # ... or by its name less its last trade word (session 15); not where that names a site
    ("浙江澄源环境工程股份有限公司签约。澄源环境总经理出席。", ["浙江澄源环境工程股份有限公司", "澄源环境"]),
    ("北湖临港产业园开发有限公司成立。企业入驻北湖临港产业园。", ["北湖临港产业园开发有限公司"]),
    # a Latin name after a country, before a post or between 与 and a signing verb is a
    # body; a post in Latin letters keeps its reading
    ("公司与阿联酋Korvex签署合作协议。", ["Korvex"]),
    ("Lumo Mobility首席执行官出席。", ["Lumo Mobility"]),
    ("公司与Arvo Power签约。", ["Arvo Power"]),
    ("公司CEO出席。", []),
    ("他们想成为巴西Dexo界的龙头。", []),  # a game's or product's name after a country
    # the words between a foreign country and a post name its body; a mission's 驻, a
    # place and the home country's names are not that
    ("韩国澄源化学副社长出席。", ["澄源化学"]),
    ("韩国驻华大使出席。", []),
    ("美国加州州长出席。", []),
    # 如 after a noun of firms or a comma opens a list: the first member's name starts after it
    ("会员企业如澄源精密模具有限公司、蓝芯汽车电子有限公司等已在海外设厂。",
     ["澄源精密模具有限公司", "蓝芯汽车电子有限公司"]),
    ("代表团成员来自物流界别的企業，如澄源物流集團等。", ["澄源物流集團"]),
    # a body a planning verb governs is not named yet, nor one coordinated with it (org_planned.py)
    ("澄源商会正在筹建跨境电商专业委员会和汽车电子分会。", ["澄源商会"]),
    ("蓝芯行业协会拟成立数字贸易专业委员会。", ["蓝芯行业协会"]),
    ("蓝芯行业协会数字贸易专业委员会成立。", ["蓝芯行业协会数字贸易专业委员会"]),
    # fellow bodies of one kind are no name; a site footer's filing number holds no body
    ("广州市澄源协会等兄弟协会负责人出席。", ["广州市澄源协会"]),
    ("浙公网安备 33010602000123号", []),
    # 如 as a word of its own before a list's first member opens the list (not 如 of 如意)
    ("参会外企如澄岚精密机械（苏州）有限公司、蓝芯传动有限公司等参加洽谈。",
     ["澄岚精密机械（苏州）有限公司", "蓝芯传动有限公司"]),
    ("出席的有如意集团、澄源集团等企业。", ["如意集团", "澄源集团"]),
    ("供应商如常州澄源电子有限公司、宁波蓝芯铝业有限公司等随同设厂。",
     ["常州澄源电子有限公司", "宁波蓝芯铝业有限公司"]),
    ("美国蓝芯集团、美国如澄集团等出席。", ["蓝芯集团", "如澄集团"]),
    # a head before a street and its number is an address's street, no body
    ("地址：臺北市信義區市府路1號", []),
    ("地址：北京市海淀区学院路35号", []),
    # jieba tags 零部件 and 零件 mq (零 read as zero): nouns of the name all the same
    ("中国澄源零部件工业协会副会长出席。", ["中国澄源零部件工业协会"]),
    ("浙江省汽车零件行业协会成立。", ["浙江省汽车零件行业协会"]),
    # a portal names itself in a page's header: as a publisher it is an ORG
    ("湖州市人民政府门户网站\n首页 > 政务动态", ["湖州市人民政府门户网站"]),
    # a notice's credit and contact lines: the verb before the body is no part of it
    ("著作權屬經濟部國際貿易署", ["經濟部國際貿易署"]),
    ("相關訊息請洽經濟發展局工商發展科。", ["經濟發展局工商發展科"]),
    ("計劃獲創新科技署資助。", ["創新科技署"]),
    # Taiwan's legal form before a foundation's name (民法) is part of it
    ("本署與財團法人工業技術研究院合作。", ["財團法人工業技術研究院"]),
    # acting (署理) after a bureau opens the post, not another head
    ("商務及經濟發展局署理局長出席。", ["商務及經濟發展局"]),
    # a mission's place after 与 + a body (驻华) is no verb of the partner; a section after its mission
    ("甲与泰国商会驻华代表处首席代表乙签署备忘录。", ["泰国商会驻华代表处"]),
    ("駐德國臺北代表處經濟組組長甲出席。", ["駐德國臺北代表處經濟組"]),
    # a division (組) of an agency, a centre or an institute, right after its body
    ("新聞聯絡人：國貿署多邊貿易組組長甲", ["國貿署多邊貿易組"]),
    ("透過駐泰國台北經濟文化中心商務組協助業者。", ["駐泰國台北經濟文化中心商務組"]),
    # an office contracted to 办 after its body or place (办公室 → 办), not the verb 办
    ("（某某总署新闻办 2026年5月2日）", ["某某总署新闻办"]),
    ("上午，省政府新闻办举行发布会。", ["省政府新闻办"]),
    ("名单已交市住房保障办。", ["市住房保障办"]),
    ("中央网信办发布通知。", ["中央网信办"]),
    ("推介会由衡阳市人民政府主办。", ["衡阳市人民政府"]),
    ("双方与某某总商会合办说明会。", ["某某总商会"]),
    ("市政府办好民生实事。", ["市政府"]),
    # Hong Kong public bodies with no head word the walk reads whole
    ("數碼港與消委會及廉政公署合辦講座。", ["數碼港", "消委會", "廉政公署"]),
    ("香港律師會會長甲表示支持。", ["香港律師會"]),
])
def test_zh_firm_lists_and_units(extractor, text, orgs):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs,regions", [
    # a government's name holds the places written before it, a foreign country and a city
    # the walk does not know among them (orgs.placed_governments)
    ("捷克布尔诺市政府副市长出席。", ["捷克布尔诺市政府"], []),
    ("会见了匈牙利德布勒森市政府代表团。", ["匈牙利德布勒森市政府"], []),
    ("德国巴伐利亚州政府代表出席。", ["德国巴伐利亚州政府"], []),
    # a conjunction keeps two places apart
    ("捷克和斯洛伐克政府代表出席。", ["斯洛伐克政府"], ["捷克"]),
])
def test_zh_placed_governments(extractor, text, orgs, regions):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs
    assert [e.text for e in res.entities if e.label == "REGION"] == regions


@pytest.mark.parametrize("text,orgs", [
    # the wire or paper bracketed after a dateline's date is the text's source, whatever its
    # name; a bracketed time or weekday is not, nor a bracket after a date in running text
    ("OSLO, 3 May 2027 (NTBX) - Talks began.", ["NTBX"]),
    ("LIMA, May 3, 2027 /Andes Wire/ -- Talks began.", ["Andes Wire"]),
    ("PARIS, 3 May 2027 (10:30 CET) - Talks began.", []),
    # an event word before a regulator's head is a name word; before an event it ends one
    ("It needs approval by the Competition and Markets Authority.", ["Competition and Markets Authority"]),
    ("The Competition Commission of Ruritania ruled.", ["Competition Commission of Ruritania"]),
    ("Winners of the Design Competition were named.", []),
    ("Talks began on 3 May 2027 (Tuesday) in Paris.", []),
])
def test_en_dateline_sources(extractor, text, orgs):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs", [
    # a capitalised run in a firm's slot (org_slots.py) is a firm in the rules-only profile too:
    # a deal agent, a firm's deal role, partners joined by `+`, a ticker, a post held at it
    ("The sellers were advised by Brackley Furze.", ["Brackley Furze"]),
    ("Kellet Strand acted as legal adviser to the buyer.", ["Kellet Strand"]),
    ("The hall was drawn by Terns + Wold for the city.", ["Terns + Wold"]),
    ("Velmora (NASDAQ: VLM) said sales rose. Velmora will expand.", ["Velmora", "NASDAQ", "Velmora"]),
    ("Tarnwell's chief executive opened the plant.", ["Tarnwell"]),
    ("The survey was run with the consultancy Marrow Insight.", ["Marrow Insight"]),
    # the vetoes: a person (a given name first, or a surname the text gives a given name),
    # a place, a date
    ("The sellers were advised by John Reyes.", []),
    ("Maria Reyes spoke first. Reyes's chief of staff, Tom Hale, closed.", []),
    ("The loan will be arranged by June.", []),
    # session 16: the staff, buyers, backers and school of a body, the list the slot opens, a
    # place inside the name after its first word
    ("Officials of Invest Velmora met buyers from Tarnwell Foods and Lusk Ortiz.",
     ["Invest Velmora", "Tarnwell Foods", "Lusk Ortiz"]),
    ("The unit will operate as Kessel Moravia, with support from Brackley Furze.",
     ["Kessel Moravia", "Brackley Furze"]),
    ("It was carried out by representatives of German and Kenyan firms.", []),
])
def test_en_firm_slots(extractor, text, orgs):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs", [
    # session 18: the field after the post that closes a listed line is the body, whatever its
    # words; a comma opening a legal form stays in it, a sentence's full stop does not
    ("Guests:\nTom Hale, CEO, Northbay Seafoods\nAna Ruiz, Chair, Valle Verde Dairy Cooperative\n",
     ["Northbay Seafoods", "Valle Verde Dairy Cooperative"]),
    ("Contacts:\nJana Roe | Marketing Manager | Kestrel Brands | +1 555 0100\n", ["Kestrel Brands"]),
    ("Signed by:\n- Ana Roe, Manager, Transportes Ribas & Filhos, S.A.\n", ["Transportes Ribas & Filhos, S.A."]),
    ("Media contact: Bo Lund, Communications Manager, Tarnwell Investment Authority.\n",
     ["Tarnwell Investment Authority"]),
    # not a body: a known body and its seat after it, a place alone (the post's place)
    ("Contact:\nAna Roe, Communication Officer, UNIDO Cambodia, a.roe@example.org\n", ["UNIDO"]),
    ("Contact:\nAna Roe, Press Officer, Ministry of Education, Accra\n", ["Ministry of Education"]),
])
def test_en_listed_line_bodies(extractor, text, orgs):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs,regions", [
    # a board's committee named by its functions is its organ, no ORG; of a company, the company;
    # a public body's named committee stays
    ("Ana Roe joins the Nominating and Governance Committee and the Risk Committee of the Board.", [], []),
    ("He sits on the Audit Committee of Varden Mining plc.", ["Varden Mining plc"], []),
    ("The Monetary Policy Committee of the Central Bank of Ireland met.",
     ["Monetary Policy Committee of the Central Bank of Ireland"], []),
    # a legal form or a body's name before a quoted name: one ORG
    ('Deals were signed by JSC "Altyn Dala" and LLP «Steppe Cargo».', ['JSC "Altyn Dala"', "LLP «Steppe Cargo»"], []),
    ('The joint stock company "Dala Rail" grew.', ['joint stock company "Dala Rail"'], []),
    # a port that acts or employs is its authority; a port one goes to is a place
    ("The Port of Tacoma announced a deal. Cargo goes to the Port of Tacoma.", ["Port of Tacoma"], ["Tacoma"]),
    ("Jo Roe, director of the Port of Lakeport, spoke with the Port of Aarvik Authority.",
     ["Port of Lakeport", "Port of Aarvik Authority"], []),
    # a campus after `University of X at`; `at` before another body or a common noun splits
    ("She studied at the University of Texas at Austin.", ["University of Texas at Austin"], []),
    ("The School of Law at Harvard University met at the University of Oxford at noon.",
     ["School of Law", "Harvard University", "University of Oxford"], []),
    # `the` + a field + `and`: one name (a place there is one of two places)
    ("It works with the Energy Market Authority and the Building and Construction Authority.",
     ["Energy Market Authority", "Building and Construction Authority"], []),
])
def test_en_name_edges_from_the_words_around(extractor, text, orgs, regions):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs
    assert [e.text for e in res.entities if e.label == "REGION"] == regions


@pytest.mark.parametrize("text,orgs", [
    # the names a plural of firms introduces are firms, a place's word inside one included;
    # places and persons keep their reading
    ("It brought 20 companies, including Arvo Agri and Lumo, to Perth.", ["Arvo Agri", "Lumo"]),
    ("Brands such as Lumo, Kestrel Foods and Arvo attended.", ["Lumo", "Kestrel Foods", "Arvo"]),
    ("Firms from Asia, including Japan and Korea, came.", []),
])
def test_en_listed_firms(extractor, text, orgs):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs,regions", [
    # a name closed by a venue's head is the building (its place still a REGION); the company
    # that runs it carries a legal form
    ("The fair opens at the Lisbon International Exhibition Centre in May.", [], ["Lisbon"]),
    ("Ruritania Exhibition Centre Group Limited runs the fair.",
     ["Ruritania Exhibition Centre Group Limited"], []),
    # a place before `Representative Office` is part of the office's name
    ("The Lisbon Representative Office of the Ruritania Trade Agency opened.",
     ["Lisbon Representative Office of the Ruritania Trade Agency"], []),
    ("Ana Costa, Chief Representative of the agency, spoke.", [], []),
])
def test_en_venues_and_representative_offices(extractor, text, orgs, regions):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs
    assert [e.text for e in res.entities if e.label == "REGION"] == regions


@pytest.mark.parametrize("text,orgs", [
    # a city's status is no body (國際金融中心); 創科 is Hong Kong's word for innovation
    # and technology, its 科 no section
    ("鞏固北灣國際金融中心的地位，推動兩地創科合作。", []),
    ("介紹香港作為國際創新科技中心的發展。", []),
    # a standing a verb gives (成為, 作為) or 地位 closes, of status words alone, coordinated too
    ("推動北灣成為區域知識產權貿易中心。", []),
    ("北灣作為國際金融、物流及專業服務中心，吸引企業。", []),
    ("鞏固其國際航運及貿易中心地位。", []),
    ("北灣國際仲裁中心今日成立。", ["北灣國際仲裁中心"]),
    # a park or zone before 及 is a place of its own, not a field of the next body's name
    ("代表團參訪南嶺科學園區及工業技術研究院。", ["工業技術研究院"]),
    ("中國房地產及住宅研究會會長出席。", ["中國房地產及住宅研究會"]),
    # a park's administration is named by the park and its direction word
    ("與國家科學及技術委員會南部科學園區管理局合辦。", ["國家科學及技術委員會南部科學園區管理局"]),
    ("北灣作為亞洲主要資產管理中心。", []),
    ("連同其附屬公司統稱本集團。", []),
    # 協進會 heads an association's name; a firm list closed by 等臺商 / 等港商
    ("中華民國工商協進會今日宣布。", ["中華民國工商協進會"]),
    # 工業會 and 商業會 (Taiwan's Industrial and Commercial Group Acts) and 會館 are named
    # by a place; the bare word refers to one named before
    ("嘉義市工業會與宜蘭縣商業會合辦論壇。", ["嘉義市工業會", "宜蘭縣商業會"]),
    ("工業會會員多為中小型工廠。", []),
    ("香港潮州會館今日舉行春茗。", ["香港潮州會館"]),
    ("近年澄源、藍芯等臺商已在當地設廠。", ["澄源", "藍芯"]),
    # public bodies of Hong Kong, Macao and Taiwan by their own names (orgs.tsv)
    ("香港生產力促進局與中國與葡語國家經貿合作論壇（澳門）常設秘書處簽署協議。",
     ["香港生產力促進局", "中國與葡語國家經貿合作論壇（澳門）常設秘書處"]),
])
def test_zh_hk_macao_taiwan_bodies(extractor, text, orgs):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs", [
    # one reading per document: a firm named in full goes by its first word later
    ("Nordsee Fisch GmbH opened a plant in Kiel. Later, Nordsee hired 40 people.",
     ["Nordsee Fisch GmbH", "Nordsee"]),
    ("Tarnby Rail & Finch, Inc. said sales rose. Joining Tarnby was easy, Ana Roe said.",
     ["Tarnby Rail & Finch, Inc.", "Tarnby"]),
    # after the home province a Chinese company's English name opens with: the word after it
    ("Veltro Corp. signed with Zhejiang Hualan Chemical Co., Ltd., with Veltro holding 49% and "
     "Hualan 51%.", ["Veltro Corp.", "Zhejiang Hualan Chemical Co., Ltd.", "Veltro", "Hualan"]),
    # ... and the name without its home place is one mention
    ("Veltro Corp. signed with Zhejiang Hualan Chemical Co., Ltd. Ana Roe, chair of Hualan "
     "Chemical, spoke.", ["Veltro Corp.", "Zhejiang Hualan Chemical Co., Ltd.", "Hualan Chemical"]),
    # not a word the text also writes in lowercase, nor a person's surname there
    ("Harbour Freight Ltd said the harbour was full. Harbour expects more ships.",
     ["Harbour Freight Ltd"]),
    ("Keller Antriebe GmbH named Anna Keller CEO. Keller said she was proud.",
     ["Keller Antriebe GmbH"]),
    # a name the text describes as a firm or agency in apposition
    ("She spent a decade at Fenwick and Marsh, the retail consultancy, before that.",
     ["Fenwick and Marsh"]),
    ("The project was backed by Varmeno, the state agency for energy. Varmeno paid half.",
     ["Varmeno", "Varmeno"]),
    # a known company and a sector word: its business of that sector
    ("The plant was built by Siemens Energy and opened today.", ["Siemens Energy"]),
    # a UK building society's name ends with its legal form
    ("Halvern Building Society today named a new chief executive.", ["Halvern Building Society"]),
    # a run across `and` after a company the text names with its legal form: two names
    ("Tarnby Rail & Finch, Inc. agreed the deal. Goldman Sachs advised Tarnby Rail & Finch "
     "and Wexley & Doyle LLP acted as counsel.",
     ["Tarnby Rail & Finch, Inc.", "Goldman Sachs", "Tarnby Rail & Finch", "Wexley & Doyle LLP"]),
])
def test_english_company_names_without_cue_words(en_resolved, text, orgs):
    doc = en_resolved(text)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs,persons", [
    # a name closed by its trade word is a firm, also one that reads as a romanised name
    ("Zhao Feng Machinery and Varden Cosmetics signed; Wu Tai Logistics joined.",
     ["Zhao Feng Machinery", "Varden Cosmetics", "Wu Tai Logistics"], []),
    ("Lin Pei-wen, general manager of Hsu Tai Precision, said sales rose.",
     ["Hsu Tai Precision"], ["Lin Pei-wen"]),
    # the trade word before another capitalised word is a field of a longer name (a fair, a park)
    ("Firms met at the Varden Machinery Fair and the Kelso Logistics Park.", [], []),
    # after a connector it is a field of a body's portfolio
    ("The Division on Trade and Logistics met.", ["Division on Trade and Logistics"], []),
    # the word alone opening a sentence names no partnership
    ("Partnership pairs Varden software with Kelso devices.", [], []),
    # a camel-case word the text launches or calls a platform is a product; a firm's stays
    ("Ostrava Labs will launch LabHarbor, a cloud platform. LabHarbor opens in May. "
     "NusaRemit signed too.", ["Ostrava Labs", "NusaRemit"], []),
])
def test_en_trade_heads_and_products(extractor, text, orgs, persons):
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs
    assert [e.text for e in res.entities if e.label == "PERSON"] == persons



@pytest.mark.parametrize("text,orgs", [
    # a legal form 股份公司 is dropped in the short form, whose market unit is one ORG
    ("拟与德国柯沃电气股份公司合作。柯沃电气亚太区总裁出席。", ["柯沃电气股份公司", "柯沃电气亚太区"]),
    # a short form after a full name drops newer-industry trade words too
    ("与岚启智驾新能源汽车股份有限公司签约。岚启智驾总经理出席。",
     ["岚启智驾新能源汽车股份有限公司", "岚启智驾"]),
    # both forms of a paired definition; the bare head word stays a common noun
    ("浙江岚晟新材料股份有限公司（以下简称“公司”或“岚晟新材”）公告。岚晟新材表示。",
     ["浙江岚晟新材料股份有限公司", "岚晟新材", "岚晟新材"]),
    # the trade name with another trade word names the group's company in that trade
    ("岚晟储能（湖州）有限公司出资。控股子公司岚晟动力负责电池业务。",
     ["岚晟储能（湖州）有限公司", "岚晟动力"]),
])
def test_zh_company_short_forms(extractor, text, orgs):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs", [
    # a coined trade name and a trade word opening a clause before a post: the company,
    # and the same name again
    ("洛岑半导体创始人王立表示。据悉，洛岑半导体将扩产。", ["洛岑半导体", "洛岑半导体"]),
    ("洛岑能源董事长王立出席。", ["洛岑能源"]),
    # a place before the trade word, or a common word, is no trade name
    ("江苏电力董事长王立出席。", []),
    ("会上，公司董事长王立表示。", []),
])
def test_zh_trade_name_before_post(extractor, text, orgs):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs,regions", [
    # a foreign country before a group's trade name is a REGION; before kind words alone it
    # is the name's (a national group); a full legal form keeps its place
    ("公司与德国澜伯集团签约。", ["澜伯集团"], ["德国"]),
    ("代表团拜访了老挝纺织服装集团。", ["老挝纺织服装集团"], []),
    ("公司与德国澜伯精密部件有限公司签约。", ["德国澜伯精密部件有限公司"], []),
    # a place's chamber of industry and commerce (工商大会), not an assembly
    ("汉堡工商大会副主席出席。", ["汉堡工商大会"], []),
    ("全市工商大会召开。", [], []),
    # 与 after a body's head joins two bodies; 旗下, 下属, 上市公司 end a company's name
    ("会上，协会与老挝纺织服装协会签署备忘录。", ["老挝纺织服装协会"], []),
    ("澜伯集团旗下澜伯传动（常州）有限公司出资。", ["澜伯集团", "澜伯传动（常州）有限公司"], []),
    ("兼任集团控股上市公司澜伯国际工程股份有限公司董事长。", ["澜伯国际工程股份有限公司"], []),
    # a plant is a facility, also after a company and place; a factory's registered 厂 stays
    ("将在当地建设电驱动系统工厂。", [], []),
    ("澜伯重型汽车有限公司襄阳工厂投产。", ["澜伯重型汽车有限公司"], ["襄阳"]),
    ("苏州澜伯机械厂总经理出席。", ["苏州澜伯机械厂"], []),
    # a zone's short form and a Party committee's departments open and end bodies' names;
    # one character before 和 opens a trade name
    ("经开区党工委书记出席。", ["经开区党工委"], []),
    ("会议由省委组织部主办，市国资委参加。", ["省委组织部", "市国资委"], []),
    ("、东和电机株式会社副社长出席。", ["东和电机株式会社"], []),
    # a company's business division is named after its company: one name, not alone
    ("澜伯集团新能源事业部总经理出席。", ["澜伯集团新能源事业部"], []),
    ("各事业部负责人出席。", [], []),
])
def test_zh_country_relation_and_facility_edges(extractor, text, orgs, regions):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs
    assert [e.text for e in res.entities if e.label == "REGION"] == regions


@pytest.mark.parametrize("text", [
    "Enterprise Ireland and Tourism Malaysia met; XTourism Malaysia, Tourism-Malaysia.",
    "Tourism Tourism Malaysia, (Invest Hong Kong), 'Invest India' and Mr.Invest India.",
    "No lead here at all.",
])
def test_en_agency_leads_as_the_boundary_pattern(extractor, text):
    """The leads found by their own alternation, the boundary tested after, are those of the
    pattern that tests the boundary first (org_agency.AgencyNames.leads_in)."""
    agencies = extractor.nlp("en").get_pipe("pressner_orgs").agencies
    assert agencies.bare_lead is not None
    assert [m.span() for m in agencies.leads_in(text)] == [m.span() for m in agencies.lead.finditer(text)]


@pytest.mark.parametrize("text,orgs", [
    # partners' surnames joined by `&`, at every mention (a headline's too)
    ("Fenton & Garner Advises Orvell\n\nLaw firm Fenton & Garner advised Orvell Ltd. The "
     "Fenton & Garner team was led by Ana Roe.",
     ["Fenton & Garner", "Orvell", "Fenton & Garner", "Orvell Ltd.", "Fenton & Garner"]),
    ("Counsel were Hayes, Porter & Quinn.", ["Hayes, Porter & Quinn"]),
    # common nouns, places, a given name before: no firm
    ("Research & Development costs rose; exports to Trinidad & Tobago fell.", []),
    ("Mark Hayes & Porter met.", []),
    # Indonesia's `PT` opens a company's name; two such names joined by `and` are two
    ("Costs fell at PT Sarana Tirta Lestari, which hired PT Mitra Karya Indonesia and "
     "PT Surya Bumi Tbk.",
     ["PT Sarana Tirta Lestari", "PT Mitra Karya Indonesia", "PT Surya Bumi Tbk"]),
    ("The call starts at 10:00 a.m. PT Monday.", []),
    # a camel-case coined name at every mention; not a Gaelic surname, a run of pinyin
    # syllables, a word also written in lowercase, or a word inside a longer name
    ("Panels came from SolvaGrid. SolvaGrid will also service them, Ewan MacRae said.",
     ["SolvaGrid", "SolvaGrid"]),
    ("Ties with HuaLong grew in fintech; the FinTech unit and Samsara BioCapital agreed.", []),
    # a Japanese company goes by its name without the trade word before the legal form
    ("Kanto Seimitsu Kogyo Co., Ltd. opened a plant. Kanto Seimitsu will hire 300.",
     ["Kanto Seimitsu Kogyo Co., Ltd.", "Kanto Seimitsu"]),
    # a coined name closed by a trade word, then a country: the company's unit there
    ("The loan came from Corvan Bank Kenya and the World Bank.",
     ["Corvan Bank Kenya", "World Bank"]),
])
def test_en_names_without_head_nouns(en_resolved, text, orgs):
    doc = en_resolved(text)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == orgs


@pytest.mark.parametrize("name", [
    "Acme Gold Ltd.", "Acme Gold Limited", "Acme, Inc.", "Acme Co., Ltd.", "Halvorsen Marine AS",
    "Acme Gold", "Limited Brands Group", "Acme Ltd. said", "Ministry of Finance", "Acme plc", "",
])
def test_legal_ending_answers_as_the_anchored_forms(en, name):
    """`legal_ending` (str.endswith over the forms) says what the forms' regex anchored at
    the name's end says, also inside a longer text (edges given)."""
    from extractor.components.org_latin import legal_token_pattern
    import re

    finder = en.get_pipe("pressner_orgs").finder
    anchored = re.compile(r"(?:%s)\Z" % legal_token_pattern(finder.legal))
    text = f"On Monday {name} said"
    start = len("On Monday ")
    assert finder.legal_ending(text, start, start + len(name)) \
        == bool(anchored.search(text, start, start + len(name)))
    assert finder.legal_ending(name) == bool(anchored.search(name))


@pytest.mark.parametrize("text,orgs", [
    # a post's holder before `and` is no part of the body coordinated after it
    ("Joining were Tallan College President Dana Reyes and Marlow Community College.",
     ["Tallan College", "Marlow Community College"]),
    # a name runs through the particles of a listed place, and across an en dash
    ("The National University of Santiago del Estero and the University of Nebraska–Lincoln signed.",
     ["National University of Santiago del Estero", "University of Nebraska–Lincoln"]),
    # a mission's seat written right after its head; a port's or airport's managing body
    ("The British Embassy Beijing met the Maritime and Port Authority of Singapore.",
     ["British Embassy Beijing", "Maritime and Port Authority of Singapore"]),
    ("The ship called at Tanjong Pagar Port on Monday.", []),
    # a short form that spells the whole of an agency's name
    ("Enterprise Singapore (EnterpriseSG) opened. EnterpriseSG said so.",
     ["Enterprise Singapore", "EnterpriseSG", "EnterpriseSG"]),
    # a name with a place after its first word, described in apposition as a public body;
    # not a place made longer by a qualifier
    ("Staff of Select Kansas, the state's foreign investment office, met.", ["Select Kansas"]),
    ("Visitors to Greater Nairobi, the county office, came.", []),
    # a Canadian department's applied title; a promotion agency's own name
    ("Global Affairs Canada and Uruguay XXI said so.", ["Global Affairs Canada", "Uruguay XXI"]),
    # a post's `of the` + a run its bracketed acronym spells; not a run a stop word closes
    ("The President of the Tarvo Business & Science Accelerator (TBSA), Ana Roe, spoke. TBSA paid.",
     ["Tarvo Business & Science Accelerator", "TBSA", "TBSA"]),
    ("The Chair of the Belt and Road Initiative (BRI), Ana Roe, spoke.", []),
    ("The Executive Secretary of the Southern African Customs Union (SACU), Ana Roe, spoke.", []),
])
def test_en_government_bodies(extractor, text, orgs):
    """Government and diplomatic releases: holders, particles, mission seats, agencies."""
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text", [
    "Dr Keller said so. Mrs. Keller agreed, and Anna Keller left.",
    "Keller Keller Keller met Prof Keller-Ray and xDr Keller at Keller&Co.",
    "the Keller plan; Mr.Keller and ab Keller, then Zoe Keller_ and Zoe Keller",
    " Keller",
])
def test_words_before_is_the_scan_it_replaces(text):
    """`words_before` yields what the whole-text regex did: same matches, same order,
    none overlapping the one before (`Keller Keller Keller`)."""
    import re

    from extractor.components.org_latin import words_before

    scan = [(m.group(1), m.group(2), m.start()) for m in re.finditer(
        r"(?:\b(Mr|Mrs|Ms|Dr|Prof)\.?|(?<![\w.])([A-Z][a-z]+)) Keller(?![\w&-])", text)]
    assert list(words_before(text, "Keller")) == scan


# invented texts for the scans below: brackets whose acronym a run spells or not, breaks
# (a full stop, a line, a bracket, a quote) inside the words before a bracket, camel-case
# words among Gaelic names and glued marks, partner pairs with and without a name after
SCAN_TEXTS = [
    "A grant from the Tarvo Water Facility (TWF) and the Lakeland Port Authority (LPA) went out.",
    "Members of the Council for Rural Roads, Bridges and Ferries (CRRBF) met. The CRRBF agreed.",
    "He left.\nNorth Vale Energy Agency (NVEA) staff (NV) and \"Quarry Fund (QF)\" paid.",
    "The Fund (F) said (ABC) that Bright Stone Holdings (BSH) / Harbor Link (HL) won.",
    "SunBridge, VisitMoray and NusaPay met McKenna of MacLeod at x-WeBank; iPhone, ÉcoleBio, WeBankA.",
    "Hale & Dorsey, Smith, Jones & Lee-Park and (Orr & Lane) met Anna Smith & Jones Holdings; x& Ray & Co.",
    "",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_spelled_before_is_the_scan_it_replaces(text):
    """`spelled_before` gives the matches of the whole-text scan whose acronym is wanted."""
    from extractor.components.orgs import BRACKETED_ACRONYM, SPELLED_BEFORE, spelled_before

    for wanted in (set(BRACKETED_ACRONYM.findall(text)), {"CRRBF", "LPA", "QF"}, set()):
        scan = [m.span() for m in SPELLED_BEFORE.finditer(text) if m.group(2) in wanted]
        assert [m.span() for m in spelled_before(text, wanted)] == scan


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_camel_words_is_the_scan_it_replaces(text):
    from extractor.components.org_coined import _CAMEL, camel_words

    assert [m.span(1) for m in camel_words(text)] == [m.span(1) for m in _CAMEL.finditer(text)]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_partner_pairs_open_on_their_capital(text):
    """`_PAIR` matches where its look-behind form, tried at every position, did."""
    import re

    from extractor.components.org_partners import _PAIR, _WORD

    behind = re.compile(r"(?<![\w&'’.-])(%s(?:, %s){0,3},? & %s)(?![\w&'’-])" % (_WORD, _WORD, _WORD))
    assert [m.span(1) for m in _PAIR.finditer(text)] == [m.span(1) for m in behind.finditer(text)]


@pytest.mark.parametrize("text,orgs", [
    # a body's press unit is no ORG; the acronym that opens one is; a portfolio's office stays
    ("Media enquiries: Press Office, Embassy of Peru, +61 2 5555 0100", ["Embassy of Peru"]),
    ("The Tarvo Trade Development Council (TTDC) met.\nMedia enquiries\n"
     "TTDC Communications and Public Affairs Department: Ana Roe, +852 5555 0100",
     ["Tarvo Trade Development Council", "TTDC", "TTDC"]),
    ("Home > Media Centre > Press Releases", []),
    ("The Foreign Affairs Office of Sichuan Province met them.", ["Foreign Affairs Office of Sichuan Province"]),
    # a place ends or opens one of two names joined by `and`; not a place and a field sharing a head
    ("Lakeview Polytechnic and Zhejiang Marine University signed.",
     ["Lakeview Polytechnic", "Zhejiang Marine University"]),
    ("It is owned by Kestrel Sdn. Bhd. of Malaysia and Varuna Biologics Private Limited of India.",
     ["Kestrel Sdn. Bhd.", "Varuna Biologics Private Limited"]),
    ("Ana Roe, Director General of the U.S. and Foreign Commercial Service, spoke.",
     ["U.S. and Foreign Commercial Service"]),
    ("The Hong Kong and Macao Affairs Office replied.", ["Hong Kong and Macao Affairs Office"]),
    # names printed in capitals
    ("PORT OF TARVO AUTHORITY PRESS RELEASE\n\nShips called.", ["PORT OF TARVO AUTHORITY"]),
    ("Talks went well.\n\nMINISTRY OF FOREIGN AFFAIRS\n18 MARCH 2026", ["MINISTRY OF FOREIGN AFFAIRS"]),
    # law firms' written-out forms and words for a law firm
    ("Ferrante Studio Legale and Brandt Partnerschaftsgesellschaft mbB advised.",
     ["Ferrante Studio Legale", "Brandt Partnerschaftsgesellschaft mbB"]),
    # a contact line's field after the person, no post, place or second person
    ("Acme Corp. said.\n\nMedia: Ana Roe, Corvel Strategies, press@corvel.example",
     ["Acme Corp.", "Corvel Strategies"]),
    ("Acme Corp. said.\n\nContacts: Ana Roe, Tom Hale", ["Acme Corp."]),
    # the organs of a two-tier board are part of the post, no body of their own (session 20)
    ("Ann Roe, Chairman of the Supervisory Board of Lanford Werke SE, spoke. The Management Board"
     " thanked her.", ["Lanford Werke SE"]),
])
def test_en_units_coordination_capitals_forms(extractor, text, orgs):
    """Session 19: press units, places at `and`, capitals, written-out forms, contact lines."""
    res = extractor.extract(text, lang="en", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text,orgs,persons", [
    # a post, its body after `of (the)`, then the holder with no comma: the body ends before the name
    ("The talks were led by Vice Minister of the Ministry of Water Resources Hu Jianping and others.",
     ["Ministry of Water Resources"], ["Hu Jianping"]),
    ("Director of the Bureau of Fisheries and Aquaculture Daniel Carter opened the fair.",
     ["Bureau of Fisheries and Aquaculture"], ["Daniel Carter"]),
    ("Vice Chairman of the Lanford Council for Trade Promotion Zhou Lin spoke.",
     ["Lanford Council for Trade Promotion"], ["Zhou Lin"]),
    # a place at the body's end is no holder; nor is a body written with no post before it
    ("General Manager of Bank of Lanford Hong Kong Li Wei spoke.", ["Bank of Lanford Hong Kong"], ["Li Wei"]),
    ("Staff of the Ministry of Commerce Wang Hai building met.", None, []),
])
def test_en_holder_after_the_body_of_a_post(extractor, text, orgs, persons):
    res = extractor.extract(text, lang="en", profile="fast")
    if orgs is not None:
        assert [e.text for e in res.entities if e.label == "ORG"] == orgs
    assert [e.text for e in res.entities if e.label == "PERSON"] == persons
    for p in persons:
        assert any(r.person == p and r.org == orgs[0] for r in res.roles)


@pytest.mark.parametrize("text,orgs,regions", [
    # a firm named in full is then called by the distinctive head of its name, alone
    ("公司与森田冷机株式会社签约。森田自1995年进入中国市场，总经理由森田派出。",
     ["森田冷机株式会社", "森田", "森田"], ["中国"]),
    ("与金松空调系统株式会社合资。金松看好这一市场。", ["金松空调系统株式会社", "金松"], []),
    # ... with its place where the text writes it; not before a trade word (a park)
    ("无锡澜芯测控技术股份有限公司公告。无锡澜芯表示。", ["无锡澜芯测控技术股份有限公司", "无锡澜芯"], []),
    ("澜拓精密机械股份有限公司公告。地点：澜拓工业园行政楼。", ["澜拓精密机械股份有限公司"], []),
    # a partnership's bracketed legal form is part of its name; the bracket names no one
    ("曾任立岚会计师事务所（特殊普通合伙）高级经理。", ["立岚会计师事务所（特殊普通合伙）"], []),
    # relation nouns and verbs of acting together between two names split them
    ("本次共有晶岚電子股份有限公司協力廠商鼎岚科技股份有限公司參與。",
     ["晶岚電子股份有限公司", "鼎岚科技股份有限公司"], []),
    ("与其供应商东岚钢铁有限公司签约。", ["东岚钢铁有限公司"], []),
    ("商务部将会同文化和旅游部开展活动。", ["商务部", "文化和旅游部"], []),
    # places alone before 公司 name the release's own company or some firm: no ORG
    ("会议在苏州市吴中区公司会议室召开。", [], ["苏州市", "吴中区"]),
    ("一成都公司与本澳商人签约。", [], ["成都"]),
    # a group or a registered name keeps what stands before its head
    ("法国苏伊士集团出席。", ["苏伊士集团"], ["法国"]),
])
def test_zh_firm_heads_relations_and_partnerships(extractor, text, orgs, regions):
    """Session 20: later mentions by a firm's head, relation words, partnership forms."""
    res = extractor.extract(text, lang="zh", profile="fast")
    assert [e.text for e in res.entities if e.label == "ORG"] == orgs
    assert [e.text for e in res.entities if e.label == "REGION"] == regions
