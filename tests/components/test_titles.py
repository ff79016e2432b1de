"""TITLE recognizer: the modifier + head grammar, its context rules and its cost.

The component is built alone (normaliser + titles) from the real data under models/, so
these tables test the grammar and lexicons without depending on the other recognizers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from extractor.components.regions import RegionRow
from extractor.components.titles import ModifierRow, TitleRecognizer, region_posts
from extractor.errors import DataFileError
from tests.conftest import cpu_seconds

MODELS = Path(__file__).resolve().parents[2] / "models"


def build(lang: str) -> tuple[TitleRecognizer, object]:
    nlp = spacy.blank(lang)
    norm = nlp.add_pipe("pressner_normalizer")
    norm.initialize(data_dir=str(MODELS), files={"t2s": "shared/t2s_chars.tsv"})
    comp = nlp.add_pipe("pressner_titles", config={"script": "latin" if lang == "en" else "han"})
    files = {"heads": f"{lang}/title_heads.tsv", "modifiers": f"{lang}/title_modifiers.tsv",
             "context": f"{lang}/title_context.tsv"}
    if lang == "zh":
        files["regions"] = "shared/regions.tsv"
    else:
        files["org_patterns"] = "en/org_patterns.jsonl"
        files["given"] = "en/given_names.tsv"
        files["person_context"] = "en/person_context.tsv"
        files["syllables"] = "shared/pinyin_syllables.tsv"
    comp.initialize(data_dir=str(MODELS), files=files)
    return comp, norm


@pytest.fixture(scope="module")
def en():
    return build("en")


@pytest.fixture(scope="module")
def zh():
    return build("zh")


def titles(pair, text: str, places: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """Title candidates; `places` stand for the REGION candidates found before titles."""
    comp, norm = pair
    starts = frozenset(text.index(p) for p in places)
    return [(c.start, c.end, c.value) for c in comp.find(norm.normalise(text), starts)
            if not c.attrs.get("fallback")]  # fallbacks are checked on their own below


@pytest.mark.parametrize("text,expected", [
    ("Li Ming, executive vice chairman of the council, spoke.",
     [(9, 32, "executive vice chairman")]),
    ("She met Acting Prime Minister Tom Smith and the Minister of Foreign Affairs.",
     [(8, 29, "acting prime minister"), (48, 75, "minister of foreign affairs")]),
    ("Xu Jun, Deputy Mayor of Tianjin, and Honorary President Li attended.",
     [(8, 20, "deputy mayor"), (37, 55, "honorary president")]),
    # `former` and nationality adjectives stay outside the span
    ("Former president Obama and Chinese Vice Premier Hu Chunhua met.",
     [(7, 16, "president"), (35, 47, "vice premier")]),
    # department nouns before the head belong to it; the region does not
    ("The U.S. Treasury Secretary met the Hunan Party chief on Monday.",
     [(9, 27, "treasury secretary"), (42, 53, "party chief")]),
    ("Ann Lee, government relations manager, and Bo Yu, Vice-Chairman of the club.",
     [(9, 37, "government relations manager"), (50, 63, "vice chairman")]),
    ("Zhang, senior vice president of Huawei, met Secretary General Wang.",
     [(7, 28, "senior vice president"), (44, 61, "secretary-general")]),
    # an adviser is a post with a rank before it, a firm's mandate with a field (session 12)
    ("Ann Lee, senior advisor at Tarvo, said Lazard is financial adviser to Orvell.",
     [(9, 23, "senior adviser")]),
    ("Bo Yu, Public Affairs Officer, and Ann Lee, Events Coordinator, spoke.",
     [(7, 29, "public affairs officer"), (44, 62, "events coordinator")]),
    # commercial directors named by their field
    ("Ann Lee, business director for Asia, and Bo Yu, trade director at the agency, met.",
     [(9, 35, "business director for asia"), (48, 62, "trade director")]),
    # a remit of two areas joined by `and`
    ("Ann Lee, business director for Asia and Africa, met Bo Yu.",
     [(9, 46, "business director for asia and africa")]),
    ("He is a member of the Political Bureau of the CPC Central Committee.",
     [(8, 14, "member")]),
    ("Member of the Standing Committee Li Ping met them; members of the public came.",
     [(0, 6, "member")]),
    # a member of a generic group is no seat (GUIDELINES: delegation members are generic)
    ("A member of the delegation spoke; a member of the Council of State met him.",
     [(36, 42, "member")]),
    # a seat named by its body before the holder's name; a bare council member is no one's
    ("She met Legislative Council member the Hon Jane Roe; a council member spoke.",
     [(28, 34, "member")]),
    ("Tom Ford, Consul-General of France, and the Head of Delegation arrived.",
     [(10, 24, "consul general"), (44, 62, "head of delegation")]),
    ("Wang Yi, Director General of the Bureau, met CEO Kim and VP Park.",
     [(9, 25, "director-general"), (45, 48, "ceo"), (57, 59, "vice president")]),
    ("The two presidents met, as did the heads of state.",
     [(8, 18, "president"), (35, 49, "head of state")]),
    ("Fan, Party secretary and mayor of Wuhu, spoke.",
     [(5, 20, "party secretary"), (25, 30, "mayor")]),
    # board posts of listed companies
    ("Ann Wu, Independent Non-Executive Director, and Bo Li, a non-executive director, spoke.",
     [(8, 42, "independent non-executive director"), (57, 79, "non-executive director")]),
    # rank words that make a secretary a minister or a ministry's head official
    ("Cabinet Secretary Otieno met the Principal Secretary of the ministry.",
     [(0, 17, "cabinet secretary"), (33, 52, "principal secretary")]),
    ("Jack Ma, Founder and Chairman of Alibaba, met Spokesperson Wang Wenbin.",
     [(9, 16, "founder"), (21, 29, "chairman"), (46, 58, "spokesperson")]),
    ("The Economic and Commercial Counselor and the Deputy Chief of Mission attended.",
     [(4, 37, "economic and commercial counselor"), (46, 69, "deputy chief of mission")]),
    # a second field joined to a listed one
    ("Petr Kral, Deputy Minister of Industry and Trade of the Czech Republic, spoke.", [(11, 48, "deputy minister of industry and trade")]),
    # a field after a comma in a signature line; a government portfolio
    ("Dan Fee, Vice President, Investor Relations, Acme Inc., and the Commissioner of Customs and Excise met.",
     [(9, 43, "vice president of investor relations"), (64, 98, "commissioner of customs and excise")]),
    # the C-suite shape takes any field; a `for` portfolio closed by punctuation is whole
    ("Its Chief Scientific Officer and the chief people officer met the Minister for Manpower, Ms Ong.",
     [(4, 28, "chief scientific officer"), (37, 57, "chief people officer"),
      (66, 87, "minister for manpower")]),
    ("Co-Chairman Smith and the Ambassador Extraordinary and Plenipotentiary Qin Gang.",
     [(0, 11, "co-chairman"), (26, 70, "ambassador extraordinary and plenipotentiary")]),
    # a company's general director, a country or division's head, an association's past
    # chair, a post's bracketed branch, a holder-to-be, a university's secretary
    ("Ana Roe, General Director of Tarvo, Country Director Jo Lim, Immediate Past Chair Tom "
     "Hale, Divisional Manager Ian Bell, the Deputy Vice-Chancellor (Research), the "
     "Chair-designate and the University Secretary.",
     [(9, 25, "general director"), (36, 52, "country director"), (61, 81, "immediate past chair"),
      (92, 110, "divisional manager"), (125, 158, "deputy vice-chancellor (research)"),
      (164, 179, "chair-designate"), (188, 208, "university secretary")]),
    # a sector noun that ends a company's name after a word no field takes: the company's
    ("Jo Lim, Chief Executive of Tasman Energy, Ann Poe, Head of Global Markets, and Al Ng, "
     "Minister for Renewable Energy.",
     [(8, 23, "chief executive"), (51, 73, "head of global markets"),
      (86, 115, "minister for renewable energy")]),
    # bank and supply-chain functions as capitalised fields
    ("Ola Berg, Head of Global Supply, and Jo Lim, Head of Corporate Banking at Tarvo Bank.",
     [(10, 31, "head of global supply"), (45, 70, "head of corporate banking")]),
    # a comma's field closed by a sentence's full stop; an insurer's line of business
    ('Eva Holm, Senior Vice President, Commercial Lines, joins. Ned Pike was named Vice President, Field Operations. He starts.',
     [(10, 49, "senior vice president of commercial lines"), (77, 109, "vice president of field operations")]),
    # a department's branch after a comma, closed by the body it belongs to; not a name's
    ('Jo Reid, Deputy Secretary, Trade and Investment Group, at the Department, and Al Poe, Director, Jane Roe Group, at Acme.',
     [(9, 53, "deputy secretary of trade and investment group"), (86, 94, "director")]),
    # a head with `emeritus` after it, `visiting` before an academic head, an association's
    # secretary-treasurer, a Japanese company's representative director
    ('Ann Cole became Chairman Emeritus. Bo Li, a visiting professor at Tarn University, and Ed Vos, Secretary-Treasurer, spoke.',
     [(16, 33, "chairman emeritus"), (44, 62, "visiting professor"), (95, 114, "secretary-treasurer")]),
    ('Taro Ito, Representative Director, spoke.', [(10, 33, "representative director")]),
    # a board's committee and a university's council are the chair's organs
    ('Ada Moss, Chair of the Audit Committee, and Rob Kerr, Chair of Council, spoke.',
     [(10, 38, "chair of the audit committee"), (54, 70, "chair of council")]),
    # ... named by two of its functions (org_patterns' board_function rows)
    ('Ada Moss, Chair of the Audit and Risk Committee, and Rob Kerr, Chair of the Nominating and Governance Committee, spoke.',
     [(10, 47, "chair of the audit and risk committee"), (63, 111, "chair of the nominating and governance committee")]),
    # the British spelling of the embassy rank, the chargé's unaccented form, a foundation's board,
    # a province's minister; a plural post's possessive before `Meeting` is an event
    ("Ida Lund, Minister Counsellor, met Ned Ash, Charge d'Affaires a.i., and Al Roe, Chairman of the Board of Trustees.",
     [(10, 29, "minister counselor"), (44, 66, "chargé d'affaires ad interim"),
      (80, 113, "chairman of the board of trustees")]),
    ("He met the Eastland Provincial Minister, Eva Moss, before the Economic Ministers' Meeting.", [(20, 39, "provincial minister")]),
    # a weak head joined to the strong post after it: one holder's two posts
    ('The firm grew. Its founder and Chairman, Bo Li, spoke.', [(19, 26, "founder"), (31, 39, "chairman")]),
    # a miner's function after the comma
    ('Bo Li, Vice President, Exploration, spoke.', [(7, 34, "vice president of exploration")]),
    # a signature field closed by the year the post was held from, or written with no comma
    ('Ula Vik, Vice President, Investor Relations since 2019, and Per Aas, Director Investor Relations, spoke.',
     [(9, 43, "vice president of investor relations"), (69, 96, "director of investor relations")]),
    # a two-tier board's seat, research and development, a plant
    ('Eva Lind, Member of the Management Board of Tarn AG, met Bo Sato, Head of R&D, and Ned Oyo, Plant Manager.',
     [(10, 40, "member of the management board"), (66, 77, "head of r&d"), (92, 105, "plant manager")]),
    # the Japanese companies' outside directors; a US agency's head
    ('The group named Ada Roe and Ian Kerr as outside directors. Mo Lee, former Deputy Administrator of the agency, spoke.',
     [(40, 57, "outside director"), (74, 94, "deputy administrator")]),
    # `whose` before a post held by the name in apposition
    ('Kai Fenn joined Vela Trust, whose Executive Director, Ann Moss, spoke.',
     [(34, 52, "executive director")]),
    # a board named by its members' seat: no post
    ('The boards of directors of both firms agreed.', []),
])
def test_english_titles(en, text, expected):
    assert titles(en, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("北京市贸促会副会长张三出席。", [(6, 9, "vice chairman")]),
    # 委员会 and 常委会 are bodies; 主任委员 is one title
    ("中国国际贸易促进委员会主任委员李四，常委会委员王五。",
     [(11, 15, "chairman"), (21, 23, "member")]),
    ("书记处书记赵六在会长会议上讲话。", [(3, 5, "secretary")]),
    ("瑞典驻华大使马丁森访问大使馆。", [(2, 6, "ambassador to china")]),
    ("市工商联党组成员、副会长王建国陪同。全国人大代表张三出席。",
     [(4, 8, "party leadership group member"), (9, 12, "vice chairman"), (22, 24, "deputy")]),
    ("商务部国际贸易谈判代表兼副部长李文博。",
     [(3, 11, "international trade representative"), (12, 15, "vice minister")]),
    ("香港远航集团董事会主席陈志远，常务副会长、秘书长李四。",
     [(6, 11, "chairman of the board"), (15, 20, "executive vice chairman"),
      (21, 24, "secretary-general")]),
    # traditional script goes through the normalised text
    ("公司總經理王五與副總裁李六、名譽會長陳七會見。",
     [(2, 5, "general manager"), (8, 11, "vice president"), (14, 18, "honorary chairman")]),
    ("某部新闻发言人周明介绍情况。", [(2, 7, "press spokesperson")]),
    ("一级巡视员周明，三级调研员吴刚参加。",
     [(0, 5, "first-level inspector"), (8, 13, "third-level consultant")]),
    ("智利驻华使馆公使衔参赞卡洛和某商会会务顾问谭某、常务会董史某。",
     [(6, 11, "minister counselor"), (17, 21, "honorary adviser"),
      (24, 28, "executive board member")]),
    # the longer head wins even when a shorter one starts first (会董 in 基金会董事长)
    ("塔吉克斯坦第一副总理马克和基金会董事长萧某。",
     [(5, 10, "first vice premier"), (16, 19, "chairman")]),
    ("美国驻沪总领事季某，浙江省委常委、宁波市委书记王某。",
     [(2, 7, "consul general to shanghai"), (14, 16, "standing committee member"),
      (21, 23, "secretary")]),
    # 副 reads `deputy` with some heads, `vice` with others
    ("市委副书记、代市长王某会见瑞士驻华特命全权大使和经商参赞。",
     [(2, 5, "deputy secretary"), (6, 9, "acting mayor"),
      (15, 23, "ambassador extraordinary and plenipotentiary to china"),
      (24, 28, "economic and commercial counselor")]),
    # an embassy's agricultural counsellor: the field before a diplomatic head
    ("某国驻华使馆农业参赞白某出席。", [(6, 10, "agriculture counselor")]),
    ("轮值主席、联席会长、荣誉会长张三，董事、总经理李四。",
     [(0, 4, "rotating chairman"), (5, 9, "co-chairman"), (10, 14, "honorary chairman"),
      (17, 19, "director"), (20, 23, "general manager")]),
    ("国务院副总理张某和外交部副部长、发言人汪某。",
     [(3, 6, "vice premier"), (12, 15, "vice minister"), (16, 19, "spokesperson")]),
    # 苏丹 is a ruler only after a sultanate; otherwise it is the country
    ("文莱苏丹哈桑纳尔访华，苏丹共和国代表团抵京。", [(2, 4, "sultan")]),
])
def test_chinese_titles(zh, text, expected):
    assert titles(zh, text) == expected


@pytest.mark.parametrize("text,expected", [
    # military ranks stand before a name; their modifiers stack (`Lt. Gen.`)
    ("Lt. Gen. Stephen Town and Col. Ann Dorr met Gen. Lee, commander of the task force.",
     [(0, 8, "lieutenant general"), (26, 30, "colonel"), (44, 48, "general"),
      (54, 63, "commander")]),
    ("Major General Hassan and Rear Admiral Bo Kent spoke; Admiral Kent left.",
     [(0, 13, "major general"), (25, 37, "rear admiral"), (53, 60, "admiral")]),
    # corporate fields before the head, and after it as `of` + field
    ("Ann Cole, Head of Purchasing, and the Art Director, Bo Li, met CFO Tim Dee.",
     [(10, 28, "head of purchasing"), (38, 50, "art director"), (63, 66, "cfo")]),
    ("Mia Roe, chief marketing officer and co-founder of Zeta, and Sen. Tom Wu.",
     [(9, 32, "chief marketing officer"), (37, 47, "co-founder"), (61, 65, "senator")]),
    ("The Health Minister and Press Secretary Jen Poe met the managing partner, Al Fox.",
     [(4, 19, "health minister"), (24, 39, "press secretary"), (56, 72, "managing partner")]),
    # stacked fields before the head; a capitalised portfolio ends at a field noun
    ("The Special Agricultural Trade Envoy, Bo Kent, and Jo Ames, VP of Global Manufacturing.",
     [(4, 36, "special agricultural trade envoy"), (60, 86, "vice president of global manufacturing")]),
    # an agency's short form makes a bound head a post; a common noun alone stays out
    ("The UNICEF Representative in Chad, Ines Moreau, met representatives of the Resident "
     "Representative, Tom Vale, and the USAID Mission Director.",
     [(11, 25, "representative"), (75, 98, "resident representative"), (124, 140, "mission director")]),
    # a US state's or city's executive office named by its portfolio
    ("Agriculture Commissioner Al Tran met the Insurance Commissioner.",
     [(0, 24, "agriculture commissioner"), (41, 63, "insurance commissioner")]),
    # a ministry's fields listed before a post that is a head of its own (Kenya's Cabinet
    # Secretaries); the British spelling of a diplomatic rank
    ("The Energy, Tourism and Industry Cabinet Secretary met Minister Counsellor Bo Li.",
     [(4, 50, "energy, tourism and industry cabinet secretary"), (55, 74, "minister counselor")]),
    # US state governments' abbreviations of the governor's and lieutenant governor's posts
    ("Gov. Al Tran and Lt. Gov. Bo Li met the Lt. Governor.",
     [(0, 4, "governor"), (17, 25, "lieutenant governor"), (40, 52, "lieutenant governor")]),
])
def test_english_titles_outside_diplomacy(en, text, expected):
    assert titles(en, text) == expected


@pytest.mark.parametrize("text,places,expected", [
    # a `for` portfolio closed by punctuation is whole, unless a place starts in it
    ("Li Na, Special Representative for Syria, met the High Commissioner.", ("Syria",),
     [(7, 29, "special representative"), (49, 66, "high commissioner")]),
    ("Li Na, Special Representative for Syria, met the High Commissioner.", (),
     [(7, 39, "special representative for syria"), (49, 66, "high commissioner")]),
])
def test_english_portfolio_stops_at_a_place(en, text, places, expected):
    assert titles(en, text, places) == expected


def titles_at(pair, text: str, places: dict[str, str]) -> list[tuple[int, int, str]]:
    """Title candidates, given REGION candidates with their kind (`area`, `country`)."""
    comp, norm = pair
    spans = {text.index(p): (text.index(p) + len(p), kind) for p, kind in places.items()}
    return [(c.start, c.end, c.value) for c in comp.find(norm.normalise(text), spans)
            if not c.attrs.get("fallback")]


@pytest.mark.parametrize("text,places,expected", [
    # a management post's regional remit is part of it (`of` a world area, `for` a country)
    ("Ann Cole, Head of Southeast Asia, and Bo Li, Director for Chile, met.",
     {"Southeast Asia": "area", "Chile": "country"},
     [(10, 32, "head of southeast asia"), (45, 63, "director for chile")]),
    ("Jo Ames, Vice President for Europe, spoke.", {"Europe": "area"},
     [(9, 34, "vice president for europe")]),
    # a rank before a place before the post ranks the whole post; a place alone stays out
    ('Mr Lo, Principal Macao Economic and Trade Representative, met the Peru Trade Minister.',
     {"Macao": "sar", "Peru": "country"},
     [(7, 56, "principal economic and trade representative"), (71, 85, "trade minister")]),
    # a trade agency's commissioner for a world area, not for a country
    ("Ian Roe, Senior Trade and Investment Commissioner for South Asia, met the Commissioner for Peru.",
     {"South Asia": "area", "Peru": "country"},
     [(9, 64, "senior trade and investment commissioner for south asia"), (74, 86, "commissioner")]),
    # a place's post keeps its place, and so does `of` + a country
    ("Tom Wu, Chief Executive of Macao, met Ann Cole, Director of Peru.",
     {"Macao": "sar", "Peru": "country"}, [(8, 23, "chief executive"), (48, 56, "director")]),
    ("Li Na, Special Representative for Syria, met the Head of Europe Jo Ames.",
     {"Syria": "country", "Europe": "area"},
     [(7, 29, "special representative"), (49, 53, "head")]),
    # a minister for a world area holds that remit; a country after `for` stays a place
    ("Jo Ames, the Minister of State for Africa, met the Minister for Peru.",
     {"Africa": "area", "Peru": "country"},
     [(13, 41, "minister of state for africa"), (51, 59, "minister")]),
])
def test_english_regional_remit(en, text, places, expected):
    assert titles_at(en, text, places) == expected


@pytest.mark.parametrize("text,places,expected", [
    # several countries together are an area: a remit where one country alone stays a place
    ("Jo Roe, Trade Commissioner for Australia and New Zealand, met the Commissioner for Peru.",
     {"Australia": "country", "New Zealand": "country", "Peru": "country"},
     [(8, 56, "trade commissioner for australia and new zealand"), (66, 78, "commissioner")]),
    ("Bo Li, Director for Europe, the Middle East and Africa, and Al Ng, Head for Chile, Peru and Bolivia, met.",
     {"Europe": "area", "Middle East": "area", "Africa": "area", "Chile": "country", "Peru": "country",
      "Bolivia": "country"},
     [(7, 54, "director for europe, the middle east and africa"),
      (67, 99, "head for chile, peru and bolivia")]),
    # a class that takes no world area takes no list of countries either
    ("Li Na, Special Representative for Mali and Niger, spoke.", {"Mali": "country", "Niger": "country"},
     [(7, 29, "special representative")]),
])
def test_english_remit_over_coordinated_places(en, text, places, expected):
    assert titles_at(en, text, places) == expected


@pytest.mark.parametrize("text,expected", [
    # `partner` is a post only at a named body
    ("Ann Cole, a partner at Orvell LLP, said the partners of the fair grew.",
     [(12, 19, "partner")]),
    # the board's chair; a senior minister
    ("Its board chair met Senior Minister of State Al Tan.",
     [(4, 15, "chair"), (20, 44, "senior minister of state")]),
    ("Acme has been a trusted partner of Orvell for years; partner Jo Ames agreed.", []),
    # a firm's team named by its members' posts: after `led by`, and the same post again after `and`
    ('The Orvell team was led by tax partner Ann Cole in Oslo and partner Jo Ames in Rome.',
     [(27, 38, 'tax partner'), (60, 67, 'partner')]),
    ('Sellers were advised by Velto, led by partner Jo Ames.', [(38, 45, 'partner')]),
    # `as` gives a firm's post to a person (a pronoun or a given name before it), not to a company
    ('She joins Velto as a partner in Oslo; Ann Cole joins as a partner after a decade at Orbis.',
     [(21, 28, 'partner'), (58, 65, 'partner')]),
    ('Velto Bank joins the scheme as a partner in Oslo.', []),
    # `chief counsel`: the head lawyer of an agency or a firm, ranks before it
    ('Jo Ames served as Deputy Chief Counsel for the Bureau of Soils.',
     [(18, 38, 'deputy chief counsel')]),
    # `analyst`: a post held at a firm, with or without its field
    ('Ada Roy, an equity analyst at Velto Hale, and Ben Li, an analyst at Orbis, spoke.',
     [(12, 26, 'equity analyst'), (57, 64, 'analyst')]),
])
def test_english_partner_and_board_heads(en, text, expected):
    assert titles(en, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a title word that is also a given name, before one surname that ends the name: a name
    ("Contact: Dean Gallagher, Chair, Lowry Association.", [(25, 30, "chair")]),
    ("Its trade director, Major Collins, met Consul General Dean Hartmann.", [(4, 18, "trade director"), (39, 53, "consul general")]),
    # the post: the surname is a person named with another given name, a rank or article before it
    ("The Dean of Law, Professor Rohan Vale, spoke. Dean Vale said so.", [(4, 8, "dean"), (46, 50, "dean")]),
    ("Associate Dean Lee spoke. The Dean Smith replied.", [(0, 14, "associate dean"), (30, 34, "dean")]),
])
def test_english_title_words_that_are_given_names(en, text, expected):
    assert titles(en, text) == expected


@pytest.mark.parametrize("text,expected", [
    # press posts of embassies and agencies, UN professional grades, portfolios after others
    ("Mia Roe, Communication Officer, Embassy of Norway, and Al Ng, Senior Climate Change Specialist.",
     [(9, 30, "communication officer"), (62, 94, "senior climate change specialist")]),
    ("Bo Li, Senior Media Adviser, and Ed Fox, Communications Adviser, spoke.",
     [(7, 27, "senior media adviser"), (41, 63, "communications adviser")]),
    ("The Minister of Agriculture, Biosecurity and Food Safety, Jo Roe, spoke.",
     [(4, 56, "minister of agriculture, biosecurity and food safety")]),
    # session 15: an analyst's post with its field (UN country offices' grade); a council's or a
    # university's international relations office; an export agency's overseas markets
    ('Ana Roe, Communications Analyst, and Tom Li, International Relations Coordinator, met.',
     [(9, 31, 'communications analyst'), (45, 80, 'international relations coordinator')]),
    ('Bea Kim, Director of Overseas Markets at Orlen Foods, spoke.', [(9, 37, 'director of overseas markets')]),
])
def test_english_press_and_agency_posts(en, text, expected):
    assert titles(en, text) == expected


@pytest.mark.parametrize("text", [
    "James Dean and Stephen King watched the Premier League final.",
    "The UN General Assembly met; General Motors and General Electric reported.",
    "In general, officers and representatives welcomed the general public.",
    "The captain of industry said a representative sample was drawn.",
    "Analysts expect growth; the analyst said nothing.",
])
def test_english_negatives_outside_diplomacy(en, text):
    assert titles(en, text) == []


@pytest.mark.parametrize("text,expected", [
    # `驻` + a full place name: the place is a REGION wherever it stands, the title starts
    # after it (one-character forms such as `驻华` stay in the title)
    ("法国驻上海总领事和日本驻美国大使出席。",
     [(5, 8, "consul general"), (14, 16, "ambassador")]),
    ("某公司驻福建首席代表张三。", [(6, 10, "chief representative")]),
    # listed-company posts and the ranks of professional titles
    ("公司独立董事王五、董事会秘书赵六、财务总监孙七和副总工程师周八。",
     [(2, 6, "independent director"), (9, 14, "secretary of the board"),
      (17, 21, "finance director"), (24, 29, "deputy chief engineer")]),
    ("高级工程师、教授级高级工程师和助理经济师。",
     [(0, 5, "senior engineer"), (6, 14, "professor-level senior engineer"),
      (15, 20, "assistant economist")]),
    ("香港特别行政区行政长官李某会见国防部长王某和公司CEO陈某。",
     [(7, 11, "chief executive"), (15, 19, "defense minister"), (24, 27, "ceo")]),
    ("大学教授、博士生导师刘某，非执行董事郑某。",
     [(2, 4, "professor"), (5, 10, "doctoral supervisor"), (13, 18, "non-executive director")]),
    # 长江, 长沙: a place read on from the head only where the head's body is a place;
    # after other heads 江 opens the holder's name
    ("北湖院副院長江文華表示支持。", [(3, 6, "vice president")]),
    ("湖南省长沙市", []),
    # an acting head (代 before a director's or a minister's head)
    ("北湖局代局長陳大文", [(3, 6, "acting director-general")]),
    # a bracketed portfolio of joined fields is part of the title
    ("常任秘書長(規劃及地政)李明", [(0, 12, "permanent secretary-general")]),
    # sports posts, a shop's manager, posts with a corporate field, `副总` alone
    ("北川俱乐部队长张某和主教练李某，该店经理王某。",
     [(5, 7, "captain"), (10, 13, "head coach"), (18, 20, "manager")]),
    ("某公司常务副总赵某、人事经理钱某与首席法律顾问孙某。",
     [(3, 7, "executive deputy general manager"), (10, 14, "personnel manager"),
      (17, 23, "chief legal adviser")]),
    # `副总` inside longer posts is not read alone
    ("副总统和副总理会见副总经理。",
     [(0, 3, "vice president"), (4, 7, "vice premier"), (9, 13, "deputy general manager")]),
    # a Commonwealth or African ministry's Permanent Secretary, as Xinhua renders it
    ("该部常务秘书李某出席。", [(2, 6, "permanent secretary")]),
    # Japanese ministries' posts (National Government Organization Act), a 课 head
    ("北海省事务次官甲、审议官乙、参事官丙和课长丁。",
     [(3, 7, "administrative vice-minister"), (9, 12, "deputy director-general"),
      (14, 17, "counsellor"), (19, 21, "division director")]),
    # Japanese companies' and associations' officers (Companies Act; 一般社団法人法)
    ("该会专务理事甲、常务执行役员乙与代表取缔役社长丙出席。",
     [(2, 6, "senior managing director"), (8, 14, "managing executive officer"),
      (16, 23, "representative director and president")]),
    # a two-chamber legislature's members, posts by themselves (议员 alone needs evidence)
    ("访团成员包括众议员甲及参议员乙。", [(6, 9, "representative"), (11, 14, "senator")]),
    # Hong Kong's administrative ranks (Civil Service Bureau) and a statutory body's executive director
    ("首席助理秘書長甲、助理秘書長乙及執行幹事丙出席。",
     [(0, 7, "principal assistant secretary"), (9, 14, "assistant secretary"), (16, 20, "executive director")]),
])
def test_chinese_titles_beyond_press_releases(zh, text, expected):
    assert titles(zh, text) == expected


@pytest.mark.parametrize("text", [
    # a profession alone is not a rank; a qualification or an event names no post
    "工程师和会计师参加培训，会计师事务所出具报告。",
    "企业CEO圆桌对话会和市长论坛举行，颁发董事会秘书资格证书。",
    "相关长期政策和平台长期运营。",
    # a class teacher is no 主任
    "班主任和班长参加。",
])
def test_chinese_negatives_beyond_press_releases(zh, text):
    assert titles(zh, text) == []


def test_region_posts_come_from_the_region_lexicon():
    """The `@regions` mechanism (unused by the Chinese data, see title_modifiers.tsv)."""
    prefix = ModifierRow(form="驻", value="@regions", kind="post", heads="diplomat")
    places = [RegionRow(id="r1", type="city", name_en="Shanghai", name_zh="上海", parent="",
                        code="", aliases_en="", aliases_zh="沪")]
    posts = region_posts([prefix], places)
    assert set(posts) == {"驻上海"}  # one-character aliases are left to listed modifiers
    assert posts["驻上海"].value == "Shanghai"


def test_context_bound_head_outranks_a_place(zh):
    comp, norm = zh
    (c,) = comp.find(norm.normalise("文莱苏丹哈桑纳尔"))
    assert c.priority == 1


@pytest.mark.parametrize("text", [
    "The post of mayor was created in 1990.",
    "Delegates elected the chairman and deputy chairmen of the committee.",
    "The representatives and attendees were welcomed by staff members.",
    "The chairman's office issued a statement. The chairmanship rotates.",
    "Member companies and 60 members joined; the board of directors met.",
    "Li will chair the meeting; the head office is in Beijing; a premier venue.",
    "More than 100 counselors attended. Presidential and ministerial talks.",
    "CG Dupont visited the factory.",  # an abbreviation never expanded in the text
    # a judgement of fitness, or a firm becoming something, names no post held
    '"Ann is the right leader for us," he said. She is a proven leader.',
    "They grew the mill into a regional leader.",
    # a councillor's style before a name is no post (session 18)
    "Councillor Ada Roy opened the market; Cllr Bo Li spoke.",
])
def test_english_negatives(en, text):
    assert titles(en, text) == []


@pytest.mark.parametrize("text", [
    "会议选举产生了会长、副会长和秘书长。",
    "各有所长，城市长期发展，广州长隆，协会长期坚持。",
    "代表团成员和嘉宾出席，企业代表发言。",
    "委员会和理事会在主席台就座，主任务是发展。",
    "她代表理事会作报告，常务理事会和代表董事会审议通过。",  # a head in -事 before 会 is a board
    "双方进行长时间讨论，大使馆和总领事馆开放。",
])
def test_chinese_negatives(zh, text):
    assert titles(zh, text) == []


@pytest.mark.parametrize("text,expected", [
    # a definition makes the abbreviation a title in the rest of the document
    ("Lin Zhao, deputy director-general (DDG) of the bureau, came. DDG Zhao spoke.",
     [(10, 33, "deputy director-general"), (35, 38, "deputy director-general"),
      (61, 64, "deputy director-general")]),
    ("Alan Dorsett, secretary-general (SG) of the chamber. Later SG Dorsett left.",
     [(14, 31, "secretary-general"), (33, 35, "secretary-general"),
      (59, 61, "secretary-general")]),
    # a lexicon abbreviation counts where its expansion is in the document
    ("CG Visits Ninghai. The Consul General of Fiji arrived.",
     [(0, 2, "consul general"), (23, 37, "consul general")]),
    # letters that do not spell the title define nothing
    ("Ann Wu, vice mayor (AB) of Tianjin. AB spoke.", [(8, 18, "vice mayor")]),
])
def test_english_abbreviations(en, text, expected):
    assert titles(en, text) == expected


def test_attrs_carry_parts(en, zh):
    comp, norm = zh
    (c,) = comp.find(norm.normalise("常务副会长李四"))
    assert c.source == "han.title.chair"
    assert c.attrs["modifiers"] == ["常务副"] and c.attrs["head"] == "会长"
    assert c.attrs["zh"] == "常务副会长" and c.attrs["en"] == "executive vice chairman"
    comp, norm = en
    (c,) = comp.find(norm.normalise("Zhu, Vice Chairman of the council"))
    assert c.attrs["modifiers"] == ["vice"] and c.attrs["head"] == "chairman"
    assert c.attrs["zh"] == "副主席" and c.attrs["en"] == "Vice Chairman"


def test_bad_data_row_names_file_and_line(tmp_path):
    heads = tmp_path / "heads.tsv"
    heads.write_text("# test\nform\tvalue\tclass\tstrength\nmayor\tmayor\tgov\n", encoding="utf-8")
    mods = tmp_path / "mods.tsv"
    mods.write_text("form\tvalue\tkind\theads\n", encoding="utf-8")
    comp = TitleRecognizer(spacy.blank("en"), "t", "latin")
    with pytest.raises(DataFileError, match=r"heads\.tsv:3"):
        comp.load({"heads": heads, "modifiers": mods})


def _seconds(comp, text: str) -> float:
    return cpu_seconds(lambda: comp.find(text))


@pytest.mark.parametrize("lang,unit", [("en", "Vice Mayor Li, "), ("en", "vice vice "),
                                        ("zh", "委员会副"), ("zh", "副会长张三，"),
                                        ("zh", "驻上海总领事"), ("en", "Lt. Gen. Lt. ")])
def test_linear_time_on_one_megabyte(en, zh, lang, unit):
    comp, _ = en if lang == "en" else zh
    small = (unit * (250_000 // len(unit) + 1))[:250_000]
    big = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    t_small, t_big = _seconds(comp, small), _seconds(comp, big)
    assert t_big < 10 * t_small + 0.5  # 4x the input: far from the 16x of a quadratic rule
    assert t_big < 20


def _titled(text: str, *titles_: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for t in titles_:
        at = text.index(t, at)
        out.append((at, at + len(t), t))
        at += len(t)
    return out


@pytest.mark.parametrize("text,expected", [
    # portfolios after `for` / `of` end at their last portfolio noun, not in the name after
    ("Secretary for Home Affairs Lau Wing met the Secretary for Transport & Housing.",
     ["Secretary for Home Affairs", "Secretary for Transport & Housing"]),
    ("Minister for Foreign Affairs Dr Ana Lim hosted the Minister of Finance.",
     ["Minister for Foreign Affairs", "Minister of Finance"]),
    # a bracketed branch of the portfolio is part of the title; an acronym is not
    ("The Permanent Secretary for Financial Services and the Treasury (Treasury), Ms Ada Lo, "
     "met the Secretary for Security (SS).",
     ["Permanent Secretary for Financial Services and the Treasury (Treasury)", "Secretary for Security"]),
    ("Ann Li, head of retail banking at Acme, met Bo Yu, head of aviation safety of Orbis.",
     ["head of retail banking", "head of aviation safety"]),
    ("The council's Director of Exhibitions, Mr Bo Tse, met the Exhibition Manager of Orbis.",
     ["Director of Exhibitions", "Exhibition Manager"]),
    ("Tom Ng, head of sales said the Director of Finance Department agreed.",
     ["head of sales", "Director"]),
    # a capitalised run that names a body is an organisation, not a portfolio
    ("Yu Li, VP of Velto Energy Group Limited, spoke.", ["VP"]),
    # a place after `of` is no portfolio
    ("Tom Ho, Mayor of Hangzhou, came.", ["Mayor"]),
    # multi-word corporate titles, coordinated fields, `-elect`, a rank word before a head
    ("Ann Bo, Sales and Marketing Manager, met Environment and Climate Change Minister Cara Moe.",
     ["Sales and Marketing Manager", "Environment and Climate Change Minister"]),
    ("Chief Digital Officer Tim Lo met Chief Secretary Ken Ma and President-elect Tom Fox.",
     ["Chief Digital Officer", "Chief Secretary", "President-elect"]),
    ("Procurement Director Ed Yee, Executive Vice President Al Ng and group CEO Jon Fry met.",
     ["Procurement Director", "Executive Vice President", "group CEO"]),
    ("Ann Bo, Divisional Manager for Lifesciences, met Divisional Director Tim Lo.",
     ["Divisional Manager for Lifesciences", "Divisional Director"]),
    ("Ola Berg, chairman of the board of directors of Orbis, spoke.",
     ["chairman of the board of directors"]),
    # a rank word inside a name is no rank (`Annual General Meeting`, `the General Office`)
    ("General Lee spoke at the Annual General Meeting and to the General Industry unit.",
     ["General"]),
    ("Army General Joe Vole met Navy Capt. Jeff Dade.", ["General", "Capt."]),
    # a plural before a colon names the people listed after it
    ("Three were elected as vice presidents: Ana Lima, Bo Kent and Cy Ford.",
     ["vice presidents"]),
    # the university offices under the chancellor, hyphenated, plural too
    ("Pro-Vice-Chancellors Ola Berg and Ed Yee met Pro-Chancellor Ann Bo and Vice-Chancellor Cy Ford.",
     ["Pro-Vice-Chancellors", "Pro-Chancellor", "Vice-Chancellor"]),
    # a weak head joined by `and` to the university's chief post it is held with
    ("The Principal and Vice-Chancellor of Northbay University, Professor Ann Bo, spoke.",
     ["Principal", "Vice-Chancellor"]),
    ("Principal and Interest payments rose.", []),
    # a corporate `Commercial Director`; co-directors of a centre
    ("Commercial Director Ann Bo met the centre's co-directors Ola Berg and Ed Yee.",
     ["Commercial Director", "co-directors"]),
    # ... and a plural before a list of full names (two words each at least)
    ("At the meeting, Deputy Directors Olga Brandt and Tomas Lind spoke.", ["Deputy Directors"]),
    # nationality words and `former` stay out
    ("Former Chinese Vice Premier Hu Jin spoke.", ["Vice Premier"]),
    # `and the` inside a portfolio; a portfolio after a complement; a listed portfolio
    ("The Secretary for Banking and the Treasury, Mr Al Ng, met Secretary of State for Business "
     "and Trade Bo Kent.",
     ["Secretary for Banking and the Treasury", "Secretary of State for Business and Trade"]),
    ("Minister of Economy, Trade and Industry Ken Ito met the Minister of Finance, Ana Lima.",
     ["Minister of Economy, Trade and Industry", "Minister of Finance"]),
    # a series of fields delimited by commas and `and` needs no listed noun in each item; its
    # last item ends before the holder's name; names, posts and bodies make no series
    ("Commissioner for Fairness, Youth, Culture and Sport Ivo Marek met Vice-President for "
     "Clean, Just and Competitive Transition Ada Roy.",
     ["Commissioner for Fairness, Youth, Culture and Sport",
      "Vice-President for Clean, Just and Competitive Transition"]),
    ("Li Na, Minister for Housing, Local Government and Heritage, met the Commissioner for "
     "Oceans, Water Resilience and a Circular Economy Ola Berg.",
     ["Minister for Housing, Local Government and Heritage",
      "Commissioner for Oceans, Water Resilience and a Circular Economy"]),
    ("The Minister of Agriculture, Food and Consumer Protection, Bo Kent, met the Minister for "
     "the Environment, Community and Rural Affairs.",
     ["Minister of Agriculture, Food and Consumer Protection",
      "Minister for the Environment, Community and Rural Affairs"]),
    ("The Minister of Trade, Ada Roy and Ivo Marek met. Cy Ford, Chairman of the Board, Chief "
     "Executive Officer and President, spoke.",
     ["Minister of Trade", "Chairman of the Board", "Chief Executive Officer", "President"]),
    # a comma ends the portfolio unless a list of fields ending with `and` goes on
    ("Ann Bo, President of Orbis Europe, Cy Ford, Sales Director, met Secretary of State, "
     "Trade Minister Ed Yee.", ["President", "Sales Director", "Secretary of State", "Trade Minister"]),
    # no list of fields after the comma: the portfolio before it stands
    ("Secretary for Security, Trade Minister Ed Yee and Minister for Manpower, Li Na, met.",
     ["Secretary for Security", "Trade Minister", "Minister for Manpower"]),
    ("Director-General of Investment Promotion Li Na met Minister for Trade Policy Bo Kent.",
     ["Director-General of Investment Promotion", "Minister for Trade Policy"]),
    # the fields of the usual `chief X officer` posts; a trade envoy
    ("Chief Medical Officer Al Ng, Chief Scientific Officer Li Na and Trade Envoy Ed Yee met.",
     ["Chief Medical Officer", "Chief Scientific Officer", "Trade Envoy"]),
    # a portfolio goes on to a later noun across one unknown word, not across a holder's name
    ("Minister-Counsellor for Trade Affairs Ivo Marek and Economic Counsellor Ada Roy met the "
     "Secretary for Constitutional and Mainland Affairs.",
     ["Minister-Counsellor for Trade Affairs", "Economic Counsellor",
      "Secretary for Constitutional and Mainland Affairs"]),
    # an embassy post named by its field; a fintech team's head
    ("Agriculture Counsellor Ivo Marek, Consular Attaché Ada Roy and the Head of Fintech, Li Na, met.",
     ["Agriculture Counsellor", "Consular Attaché", "Head of Fintech"]),
    # the chargé d'affaires of the Vienna Convention; a company secretary
    ("Chargé d'affaires ad interim Ivo Marek met Charge d'Affaires Ada Roy and Company "
     "Secretary Li Na.", ["Chargé d'affaires ad interim", "Charge d'Affaires", "Company Secretary"]),
    # `group` ranks any corporate post, a composed C-suite one too; university posts and
    # their portfolios; a weak head after `currently` has a holder
    ("Ivo Marek will become Group Chief Risk Officer and Ada Roy Group Treasurer.",
     ["Group Chief Risk Officer", "Group Treasurer"]),
    ("Pro-Vice-Chancellor for Research Ivo Marek met Ada Roy, who is currently Provost.",
     ["Pro-Vice-Chancellor for Research", "Provost"]),
    # a weak head joined by `and` to the post before it is the same holder's; `remain a`,
    # `become` show a holder; EVP/SVP; a world area's remit closed by `from`
    ("Ivo Marek, Chief Executive Officer and Co-Founder, will remain a director.",
     ["Chief Executive Officer", "Co-Founder", "director"]),
    ("Ada Roy was named EVP and Bo Li SVP.", ["EVP", "SVP"]),
    # `Professor` capitalised before a name is an honorific, as `Prof.` and `Dr` are;
    # a professor of a university is a post
    ("Professor Ivo Marek met Ada Roy, a professor of law at Orbix University.", ["professor"]),
    # the field nouns of agencies' portfolios (analysis, enforcement, standards)
    ("Assistant Secretary for Industry and Analysis Ivo Marek met the Director of Enforcement "
     "and Compliance, Ada Roy.",
     ["Assistant Secretary for Industry and Analysis", "Director of Enforcement and Compliance"]),
    # India's union ministers and secretaries
    ("Union Minister Ivo Marek met Union Home Secretary Ada Roy.",
     ["Union Minister", "Union Home Secretary"]),
    # `partner` is a post at a firm, not a company's tie to something
    ("Ada Roy, a partner at Velto Hale LLP, said Orbis is a partner of the fund and a "
     "partner to farmers.", ["partner"]),
    # a signature line: the field ends at the comma, the company's legal form after it is
    # the next name's, not a body's word of the field
    ("Contact: Ivo Marek, Vice President of Investor Relations, Tarnby Rail & Finch, Inc.",
     ["Vice President of Investor Relations"]),
    # a signature field ending in a gerund (an activity the post heads), closed by
    # punctuation or `and`; a company's name after the comma stays out
    ("Ivo Marek, Senior Vice President, Clinical Sequencing and, earlier, Ada Roy, Vice President, "
     "Cell Imaging, spoke; Bo Li, Vice President, Harlow Trading, did not.",
     ["Senior Vice President, Clinical Sequencing", "Vice President, Cell Imaging", "Vice President"]),
    # a function between commas, the sentence going on after it (session 17); a post whose
    # body a possessive names is followed by its holder, no function
    ("Ivo Marek, currently Vice President, Customer Success, becomes Senior Vice President. Its "
     "managing director, Ada Roy, said so.",
     ["Vice President, Customer Success", "Senior Vice President", "managing director"]),
    # a table's and a list's fields (session 17): a bar or a dash sets the post apart
    ("Ivo Marek | Director, International Sales | Orbix Inc.\nAda Roy – Secretary, Harrow Department of Revenue\n",
     ["Director, International Sales", "Secretary"]),
    # the US company officer and the trade post of an embassy (session 17)
    ("Ivo Marek, Corporate Secretary, met Senior Commercial Officer Ada Roy.",
     ["Corporate Secretary", "Senior Commercial Officer"]),
    # ... not a romanised name after the comma (`-ming` is pinyin, no gerund)
    ("Its Chairman, Zhou Xiaoming, and its Financial Secretary, Mr Lam Kai-ming, spoke.",
     ["Chairman", "Financial Secretary"]),
    # a post its holder takes on is no common noun after `role of`
    ("Ada Roy will take on the additional role of Treasurer; the post of mayor was created.",
     ["Treasurer"]),
    # a bare adviser is a post where a person is one to the body they serve
    ("Ivo Marek will remain an adviser to the company, and Vesta acted as adviser to Orbis.",
     ["adviser"]),
    # career clauses (session 18): a copula gives the post as `as` does; the clause resumes after the
    # function with a lowercase word, the body it is held at or a line's end; a company's last word in
    # the function where the clause names the body (`at Orbix`, `there`)
    ("Ivo Marek, who was Vice President, Grid Planning.\n- Ada Roy was previously Director, "
     "Warehouse Automation at Orbix Ltd. Bo Li was most recently Managing Director, Credit Risk there.",
     ["Vice President, Grid Planning", "Director, Warehouse Automation", "Managing Director, Credit Risk"]),
    ("Ivo Marek will join Orbix as Senior Vice President, Point-of-Care Strategy on May 4; Bo Li was "
     "Vice President, Harlow Engineering.",
     ["Senior Vice President, Point-of-Care Strategy", "Vice President"]),
    # the posts of European and British local government (session 18)
    ("Alderman for Economy and Culture Ivo Marek and Burgomaster Ada Roy met Bo Li, Executive "
     "Member for Housing, and Cy Ng, Member of the Provincial Executive.",
     ["Alderman for Economy and Culture", "Burgomaster", "Executive Member for Housing",
      "Member of the Provincial Executive"]),
    ("Regional President Ivo Marek and Regional Councillor for Labour Ada Roy met the Leader of the "
     "Council, Cllr Bo Li, and Cy Ng, Councillor for Enterprise.",
     ["Regional President", "Regional Councillor for Labour", "Leader of the Council", "Councillor for Enterprise"]),
])
def test_english_portfolio_and_corporate_titles(en, text, expected):
    assert [(s, e, text[s:e]) for s, e, _ in titles(en, text)] == _titled(text, *expected)


@pytest.mark.parametrize("text,value", [
    ("Secretary for Home Affairs Lau Wing spoke.", "secretary for home affairs"),
    ("Ann Li, head of retail banking at Acme, spoke.", "head of retail banking"),
    ("Ann Bo, Sales and Marketing Manager, spoke.", "sales and marketing manager"),
    ("President-elect Tom Fox spoke.", "president-elect"),
    ("Secretary of State for Business and Trade Bo Kent spoke.",
     "secretary of state for business and trade"),
    ("Minister of Economy, Trade and Industry Ken Ito spoke.",
     "minister of economy, trade and industry"),
])
def test_english_portfolio_values(en, text, value):
    assert titles(en, text)[0][2] == value


def test_world_area_remit_closed_by_from(extractor):
    res = extractor.extract("Ed Yee joins as Head of EMEA from Orbix Labs.", lang="en")
    assert [(e.label, e.text) for e in res.entities if e.label != "PERSON"] == [
        ("TITLE", "Head of EMEA"), ("ORG", "Orbix Labs")]


@pytest.mark.parametrize("text,expected", [
    # a bracketed branch after the head: any function for academic offices, portfolio nouns else
    ("Dr Ana Lim, Deputy Vice-Chancellor (Academic), and the Permanent Secretary (Finance), Mr Ho.",
     [("Deputy Vice-Chancellor (Academic)", "deputy vice-chancellor (academic)"),
      ("Permanent Secretary (Finance)", "permanent secretary (finance)")]),
    ("Bo Li, Pro Vice-Chancellor (DVC), met Director Jo Tan.",
     [("Pro Vice-Chancellor", "pro-vice-chancellor"), ("Director", "director")]),
    # a listed field that is only the first word of a longer portfolio; plural portfolio nouns
    ("Contact: Mia Roe, Director of Corporate Communications, or Al Fox, Head of Media Relations.",
     [("Director of Corporate Communications", "director of corporate communications"),
      ("Head of Media Relations", "head of media relations")]),
    ("Tom Ek, Undersecretary for Export Promotions, met the Deputy Head of Mission Jo Weber.",
     [("Undersecretary for Export Promotions", "under secretary for export promotions"),
      ("Deputy Head of Mission", "deputy head of mission")]),
    # ranks of boards, chambers and cabinets
    ("Lead Independent Director Kim Ode and Immediate Past Chair Raj Dev met the Lord Mayor.",
     [("Lead Independent Director", "lead independent director"),
      ("Immediate Past Chair", "immediate past chair"), ("Lord Mayor", "lord mayor")]),
    ("The Coordinating Minister for Economic Affairs and the Parliamentary Under-Secretary of State "
     "for Exports, Ann Poe, met the Corporate Controller, Li Wu.",
     [("Coordinating Minister for Economic Affairs", "coordinating minister for economic affairs"),
      ("Parliamentary Under-Secretary of State for Exports",
       "parliamentary under secretary of state for exports"),
      ("Corporate Controller", "corporate controller")]),
    # a C-suite officer's `of` + capitals is its company, even with a field noun in its name
    ("Eva Nox, Regional Chief Financial Officer of Harbour Logistics, was elected Treasurer.",
     [("Regional Chief Financial Officer", "regional chief financial officer"),
      ("Treasurer", "treasurer")]),
    # a weak head after `the`, with a full name in apposition; a plural post given by a passive verb
    ("The Chancellor, the Hon. Julie Marsh, said A, CFO of Zeta, and B were elected Vice Chairs.",
     [("Chancellor", "chancellor"), ("CFO", "cfo"), ("Vice Chairs", "vice chair")]),
])
def test_english_titles_session8(en, text, expected):
    comp, norm = en
    got = [(text[c.start:c.end], c.value) for c in comp.find(norm.normalise(text))
           if not c.attrs.get("fallback")]
    assert got == expected


@pytest.mark.parametrize("text", [
    "The chair, table and lamp, Red Box, were sold.",  # no definite post with a name after it
    "Jo Roe, Head of Finance (Asia Pacific) at Zeta, said.",  # a bracket not of portfolio nouns
])
def test_english_negatives_session8(en, text):
    assert [text[s:e] for s, e, _ in titles(en, text)] in ([], ["Head of Finance"])


def test_academic_branch_is_no_place(en):
    text = "Ann Lee, Dean (China), and Bo Wu, Dean (Students), spoke."
    assert [(text[s:e]) for s, e, _ in titles_at(en, text, {"China": "country"})] \
        == ["Dean", "Dean (Students)"]


@pytest.mark.parametrize(("lang", "low"), [
    ("en", "the executive vice president"), ("en", "a sales and marketing  director"),
    ("en", "non-executive director"), ("en", "deputy-  head"), ("en", "xvice president"),
    ("en", "-vice president"), ("en", "chief financial officer"), ("zh", "常务副总经理"),
    ("zh", "党委副书记"), ("zh", "市长"),
])
def test_listed_modifier_is_the_anchored_regex(en, zh, lang, low):
    """The lookup per length finds what a regex of every form anchored at the end finds
    (leftmost start, then the longest form), at every end and floor of the text."""
    import re

    comp = (en if lang == "en" else zh)[0]
    alt = "|".join(re.escape(f) for f in sorted(comp.modifiers, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w\-])({alt})[ \-]+\Z" if comp.latin else f"({alt})\\Z")
    for end in range(len(low) + 1):
        for floor in range(end + 1):
            lo = max(floor, end - comp.window)
            m = rx.search(low, lo, end)
            want = (comp.modifiers[m.group(1)], m.start()) if m else None
            assert comp.listed_modifier(low, end, lo) == want


@pytest.mark.parametrize("text,expected", [
    # a post is held at one body: the capitalised run between `of`/`for` and `at` + the body
    # is its function, whatever its nouns
    ("Ines Paz, Vice President of Wafer Bumping at Norlite Semiconductor, spoke.",
     ["Vice President of Wafer Bumping"]),
    # an adjective fields take before a sector word that also ends firms' names; a body's
    # word before a function noun (`Group Controlling`)
    ("Ines Paz, Vice President of Advanced Packaging at Norlite Semiconductor, spoke.",
     ["Vice President of Advanced Packaging"]),
    ("Ole Berg, Head of Group Controlling at Fjordwerk AG, spoke.", ["Head of Group Controlling"]),
    ("Ole Berg, Head of Business Line Hydro at Fjordkraft, and Dr Al Ray, Pro-Vice-Chancellor "
     "for Global at the University of Tarn, signed.",
     ["Head of Business Line Hydro", "Pro-Vice-Chancellor for Global"]),
    ("Kay Orr, Director, Public Affairs at Zeta, and Lu Fen, Director, Government Affairs at Beta.",
     ["Director, Public Affairs", "Director, Government Affairs"]),
    # not a name that runs on after the post, a place (a remit) or a body's word
    ("It was led by Secretary of Trade and Industry Linda Cruz at the Trade Hall.",
     ["Secretary of Trade and Industry"]),
    ("Ann Yu, Managing Director, Asia at Kestrel, and Bo Tan, Director of Finance Department at Zeta.",
     ["Managing Director", "Director"]),
    # North American portfolios, a list of them
    ("Ray Dunn, Minister of Transportation and Transit, and the Minister of Economic Development, "
     "Job Creation and Trade met.",
     ["Minister of Transportation and Transit",
      "Minister of Economic Development, Job Creation and Trade"]),
])
def test_english_function_held_at_a_body(en, text, expected):
    places = tuple(p for p in ("Asia",) if p in text)
    assert [text[s:e] for s, e, _ in titles(en, text, places)] == expected


@pytest.mark.parametrize("text,expected", [
    # a lowercase field after a possessive is the body's own; not where it names bodies
    ("Lin Moss, head of its wealth practice, and the heads of its regional sub-committees met.",
     ["head of its wealth practice", "heads"]),
    # a `for` remit a full stop closes; a state's representative abroad
    ("The board named Dr Eve Kay its Pro-Vice-Chancellor for Global. The Agent-General for "
     "Tasmania, Sam Hill, and the Agent General, Mr Ito, met.",
     ["Pro-Vice-Chancellor for Global", "Agent-General", "Agent General"]),
    # a university's Principal: before a name, or with its holder in apposition; not before a
    # word that names no person
    ("Principal Ruth Marr and the Principal of the College, Sir Ian Blake, met the Principal "
     "Investigator of the study.",
     ["Principal", "Principal"]),
    # a headline's post before its present-tense verb; the adjective before a noun stays out
    ("Premier opens new wing at a premier venue", ["Premier"]),
    # the body a post is held at, named before (`at its ...`); a place inside the run
    ("Ivo Rask, Head of Business Area Baltics at its Riga office, and Associate Minister of "
     "Mines Ada Cole met the State Minister for Digital Affairs.",
     ["Head of Business Area Baltics", "Associate Minister of Mines",
      "State Minister for Digital Affairs"]),
    # a headline's remit, closed by the line's end
    ("Tarn University names Pro-Vice-Chancellor for Global\n\nThe university named Eli Ross.",
     ["Pro-Vice-Chancellor for Global"]),
])
def test_english_titles_session9_second_wave(en, text, expected):
    places = tuple(p for p in ("Tasmania", "Baltics") if p in text)
    assert [text[s:e] for s, e, _ in titles(en, text, places)] == expected


def test_rank_head_over_a_place_before_the_post(en):
    text = "Principal Hong Kong Economic and Trade Representative Joan Ma spoke."
    assert [text[s:e] for s, e, _ in titles_at(en, text, {"Hong Kong": "city"})] \
        == ["Principal Hong Kong Economic and Trade Representative"]


@pytest.mark.parametrize("text,expected", [
    # a capitalised post joined by `and` to a post held of a body; a place after `of` is no
    # portfolio (its `State` a designator); `of the` before portfolio nouns
    ("The Principal and Vice-Chancellor of Tarn University, Eli Ross, met the Governor of Kano "
     "State, Ada Bello, and the Coordinating Minister of the Economy, Ivo Rask.",
     ["Principal", "Vice-Chancellor", "Governor", "Coordinating Minister of the Economy"]),
    # government posts of Ghana, Kenyan counties, assemblies and UN country offices
    ("The Chief Director, Ama Owusu, the Speaker of the County Assembly, Eli Ross, the County "
     "Executive Committee Member for Trade, Tourism and Minerals, Ada Bello, and the Country "
     "Representative, Sam Hill, met the Pro-Vice-Principal for Africa, Dr Ivo Rask.",
     ["Chief Director", "Speaker", "County Executive Committee Member for Trade, Tourism and Minerals",
      "Country Representative", "Pro-Vice-Principal for Africa"]),
    # a sector field run on into a place names an agency, no portfolio; a Hong Kong bureau
    # secretary's abbreviation where the text writes the post in full, not elsewhere
    ("Ruth Pell, director of Business Oregon, met the Secretary for Development, Mr Ivo Lam. "
     "SDEV said so.", ["director", "Secretary for Development", "SDEV"]),
    ("SDEV and SED results are out.", []),
])
def test_english_government_posts_in_the_pipeline(extractor, text, expected):
    """Session 10: posts read with the places the pipeline finds before them (`Kano State`,
    `Africa`), which the bare title finder above is not given."""
    res = extractor.extract(text, "en")
    assert [e.text for e in res.entities if e.label == "TITLE"] == expected


@pytest.mark.parametrize("text,expected", [
    # a post taken with an indefinite article: the article makes no common noun of it
    ("Ana Roe will join the board as an executive director on 1 May.",
     [(34, 52, "executive director")]),
    ("Tom Lake was appointed to its board as a commissioner.", [(41, 53, "commissioner")]),
    # a firm's post before its holder's full name, the firm's possessive or a practice before it
    ("Orvell Capital's partner Ana Roe said so.", [(17, 24, "partner")]),
    ("The team was led by corporate partner Ana Roe.", [(20, 37, "corporate partner")]),
])
def test_english_post_after_an_indefinite_article(en, text, expected):
    assert titles(en, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the professional-title series (职称) and academicians; a weak rank after a verb of appointment
    ("聘任某学院甲为教授，乙为研究员，丙为特聘教授。",
     [("教授", "professor"), ("研究员", "research fellow"), ("特聘教授", "distinguished professor")]),
    ("中国工程院院士甲、主任医师乙和高级记者丙。",
     [("院士", "academician"), ("主任医师", "chief physician"), ("高级记者", "senior journalist")]),
    ("一级演员甲与乐团首席指挥乙、特级教师丙。",
     [("一级演员", "first-level actor"), ("首席指挥", "chief conductor"),
      ("特级教师", "special-grade teacher")]),
    # a résumé's field: the rank stands alone between its record's fields, or is named a 职称
    ("甲，男，1960年出生，大专学历，经济师，现任某公司总经理。",
     [("经济师", "economist"), ("总经理", "general manager")]),
    ("乙，1970年出生，本科学历，取得工程师职称。", [("工程师", "engineer")]),
    # military and police ranks: with a body before, a list, or 军衔 after
    ("空军少将甲和某部上校乙出席，丙被授予大校军衔。",
     [("少将", "major general"), ("上校", "colonel"), ("大校", "senior colonel")]),
    ("一级警督甲、二级警监乙。", [("一级警督", "first-level police supervisor"),
                        ("二级警监", "second-level police commissioner")]),
    # a weak head joined to a post before or after it is the same holder's
    ("甲任该行非执行董事和监事，乙任董事兼总经理。",
     [("非执行董事", "non-executive director"), ("监事", "supervisor"), ("董事", "director"),
      ("总经理", "general manager")]),
    # the assistant or secretary of a post holds a post of their own
    ("董事长助理甲、所长助理乙和总经理秘书丙。",
     [("董事长助理", "assistant to the chairman"), ("所长助理", "assistant to the director"),
      ("总经理秘书", "secretary to the general manager")]),
])
def test_chinese_professional_and_service_ranks(zh, text, expected):
    assert [(text[s:e], v) for s, e, v in titles(zh, text)] == expected


@pytest.mark.parametrize("text", [
    # a rank's characters inside other words, a profession alone, academicians as a system
    "其中将有三家企业参展，高中校园开放。",
    "律师和演员出席，教练组成立。",
    "院士专家工作站揭牌，院士增选启动。",
    # 秘书长 after a post is a post of its own, not its secretary
    "会长、秘书长出席。",
])
def test_chinese_rank_characters_inside_other_words(zh, text):
    assert all(v not in ("academician", "colonel", "lieutenant general", "lawyer", "actor",
                         "coach") and "secretary to" not in v for _, _, v in titles(zh, text))


@pytest.mark.parametrize("text,expected", [
    # armed forces' and police ranks before a name, a rank one is promoted to
    ("Air Vice-Marshal Jane Roe and Brigadier John Doe attended.",
     ["Air Vice-Marshal", "Brigadier"]),
    ("Squadron Leader Amy Tan met Detective Inspector Sam Cole.",
     ["Squadron Leader", "Detective Inspector"]),
    ("He will be promoted to Vice Admiral on 1 May.", ["Vice Admiral"]),
    # a service's chief, sports and orchestra posts, a research grade, a learned society's fellow
    ("Rear Admiral Ian Moss, Chief of Navy, said.", ["Rear Admiral", "Chief of Navy"]),
    ("Ana Silva, the federation's head coach, and assistant coach Tom Reed.",
     ["head coach", "assistant coach"]),
    ("Mia Chen, Principal Guest Conductor of the Northshore Symphony, spoke.",
     ["Principal Guest Conductor"]),
    ("Senior Research Scientist Omar Haddad joined. She is a Fellow of the Royal Society.",
     ["Senior Research Scientist", "Fellow"]),
    # a professor's capitalised chair names its field (a lowercase one stays out: `professor`)
    ("Lena Ortiz, Professor of Chemistry at Eastvale University, and Ali Khan, professor of physics.",
     ["Professor of Chemistry", "professor"]),
    ("Raj Patel, the new Performance Director, and the Artistic Director, Eve Lund.",
     ["Performance Director", "Artistic Director"]),
])
def test_english_service_ranks_and_posts(en, text, expected):
    assert [text[s:e] for s, e, _ in titles(en, text)] == expected


@pytest.mark.parametrize("text", [
    # a rank word before a capitalised word that is no name, a bare profession
    "Major League teams and Private Equity firms met the conductor and the scientist.",
    "The fellow travellers and the coach departed.",
])
def test_english_rank_words_that_are_no_post(en, text):
    assert titles(en, text) == []


@pytest.mark.parametrize("text", [
    "Vice Chairman Jane Roe and the chief executive officer met the Minister of Trade.",
    "Acme named Jo Ito its CFO and chair of the board; the chairman's office said.",
])
def test_titles_same_from_the_shared_word_scan(nlp_en, text):
    """The lowercase heads read from the pipeline's shared pass (candidates.WordScan) give
    the titles the heads' own automaton gives."""
    from tests.conftest import shared_words

    titles = nlp_en.get_pipe("pressner_titles")
    got = titles.find(text, {}, *shared_words(nlp_en, titles.name, text))
    assert [(c.start, c.end, c.value) for c in got] == \
        [(c.start, c.end, c.value) for c in titles.find(text, {}, text.lower())]
    assert got


@pytest.mark.parametrize("text,places,expected", [
    # a field noun listed for other heads' classes stands before a director too
    ("The mission included Commerce Director Jo Lane.", {}, [(21, 38, "commerce director")]),
    # a field adjective and a listed field before the head
    ("Contact: Wu Fang, International Communications Manager, said.", {},
     [(18, 54, "international communications manager")]),
    # a body's word before its post, ranks before it
    ("Deputy City Manager Sofia Reyes and Board President Tim Hale spoke.", {},
     [(0, 19, "deputy city manager"), (36, 51, "board president")]),
    # after an acronym, and after a place that closes a body's name
    ("NDPA Board President Gary Vol spoke.", {}, [(5, 20, "board president")]),
    ("Port of Seattle Commission President Ann Moss spoke.", {"Seattle": "city"},
     [(16, 36, "commission president")]),
    # a name's words run into the body word or field: the head alone
    ("Greenville County Council Chairman Tom Varner spoke.", {"Greenville County": "city"},
     [(26, 34, "chairman")]),
    ("Nebraska Department of Agriculture Director Ellen Marsh spoke.", {"Nebraska": "state"},
     [(35, 43, "director")]),
    ("European Council President Jo Ames spoke.", {}, [(17, 26, "president")]),
])
def test_english_fields_and_bodies_before_the_head(en, text, places, expected):
    assert titles_at(en, text, places) == expected
