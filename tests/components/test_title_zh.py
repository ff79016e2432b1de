"""Chinese title grammar (extractor/components/title_zh.py) in the full pipeline: fused
department titles, bracketed portfolios, assistants' titles, party-committee titles and
their fallback, HK / Taiwan / corporate heads. Texts are invented."""

from __future__ import annotations

import pytest


def spans(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.label_, e.text) for e in nlp(text).ents if e.label_ in ("TITLE", "ORG", "PERSON")]


@pytest.mark.parametrize("text,expected", [
    # a title fused with its department is one span; written in full it is ORG + TITLE
    ("市委常委、组织部长王小明出席。",
     [("ORG", "市委"), ("TITLE", "常委"), ("TITLE", "组织部长"), ("PERSON", "王小明")]),
    # a Taiwan company's chief officers (财务长 as 执行长)
    ("本公司發言人財務長吳佩珊表示。",
     [("TITLE", "發言人"), ("TITLE", "財務長"), ("PERSON", "吳佩珊")]),
    ("研究院长李大伟和医院院长张明远参加。",
     [("TITLE", "研究院长"), ("PERSON", "李大伟"), ("TITLE", "院长"), ("PERSON", "张明远")]),
    ("交通局长李大伟、欧洲司长张明远参加。",
     [("TITLE", "交通局长"), ("PERSON", "李大伟"), ("TITLE", "欧洲司长"), ("PERSON", "张明远")]),
    # a monarchy's minister (大臣) fuses with the portfolio as 部长 does
    ("该国财政大臣贾森、投资大臣法里德会见代表团。",
     [("TITLE", "财政大臣"), ("PERSON", "贾森"), ("TITLE", "投资大臣"), ("PERSON", "法里德")]),
    ("商务部部长王小明出席。", [("ORG", "商务部"), ("TITLE", "部长"), ("PERSON", "王小明")]),
    # Hong Kong's acting rank (署理) before a post after its department is ORG + TITLE; as the
    # verb of acting before the post's 職務 it is no rank of the post
    ("投資推廣署署理署長陳家明出席。",
     [("ORG", "投資推廣署"), ("TITLE", "署理署長"), ("PERSON", "陳家明")]),
    ("他離港期間，由工業貿易署副署長李嘉文署理副署長職務。",
     [("ORG", "工業貿易署"), ("TITLE", "副署長"), ("PERSON", "李嘉文"), ("TITLE", "副署長")]),
    # a rank before a fused or ranked minister's title is in it (Singapore's Senior Minister
    # of State, a deputy head of a party department)
    ("新加坡交通部高级政务部长林秀芬出席。",
     [("ORG", "新加坡交通部"), ("TITLE", "高级政务部长"), ("PERSON", "林秀芬")]),
    ("该国高级部长陈国平出席。", [("TITLE", "高级部长"), ("PERSON", "陈国平")]),
    ("市委副组织部长王小明出席。", [("ORG", "市委"), ("TITLE", "副组织部长"), ("PERSON", "王小明")]),
    # a list of posts closed by the collective of a company's officers names no holder
    ("董事长孙文华主持，公司监事及高级管理人员列席会议。", [("TITLE", "董事长"), ("PERSON", "孙文华")]),
    ("关于公司董事、高级管理人员变动的公告", []),
    # a development zone's committee named alone after its party committee
    ("高新区党工委副书记、管委会主任王小明致辞。",
     [("ORG", "高新区党工委"), ("TITLE", "副书记"), ("ORG", "管委会"), ("TITLE", "主任"),
      ("PERSON", "王小明")]),
    # a representative posted to a place
    ("荷兰驻台代表谷大明出席。", [("TITLE", "驻台代表"), ("PERSON", "谷大明")]),
    # two fields joined by 与 in one fused title
    ("贸易与投资部长王小明出席。", [("TITLE", "贸易与投资部长"), ("PERSON", "王小明")]),
    ("项目二科科长王小明出席。", [("ORG", "项目二科"), ("TITLE", "科长"), ("PERSON", "王小明")]),
    # a portfolio in brackets, an assistant under a principal
    ("助理处长(宣传)周文华出席。", [("TITLE", "助理处长(宣传)"), ("PERSON", "周文华")]),
    # a field the dictionary lacks but the tagger reads as a noun; a name is no field
    ("常任秘书长（库务）周文华出席。", [("TITLE", "常任秘书长（库务）"), ("PERSON", "周文华")]),
    ("行政长官私人秘书何文华出席。", [("TITLE", "行政长官私人秘书"), ("PERSON", "何文华")]),
    # an assistant to an office-holder written as body + post: the body is in the title
    ("律政司司长政治助理何文华出席。", [("TITLE", "律政司司长政治助理"), ("PERSON", "何文华")]),
    # a field or place + 事务/业务 before a post is its portfolio (session 20); a verb is no field
    ("青禾出口商协会国际事务主任费尔南·洛佩斯出席。",
     [("ORG", "青禾出口商协会"), ("TITLE", "国际事务主任"), ("PERSON", "费尔南·洛佩斯")]),
    ("该委员会东南亚事务总监林文华出席。", [("TITLE", "东南亚事务总监"), ("PERSON", "林文华")]),
    ("该集团下游业务执行副总裁马特奥·里维拉出席。",
     [("TITLE", "下游业务执行副总裁"), ("PERSON", "马特奥·里维拉")]),
    ("负责相关事务主任王小明出席。", [("TITLE", "主任"), ("PERSON", "王小明")]),
    # foreign posts as Chinese writes them: a Directorate-General's head fused with its field,
    # the US trade representative's deputy, a Malaysian managing director, a minister-rank counsellor
    ("欧委会农业总司长马库斯·韦伯出席。",
     [("ORG", "欧委会"), ("TITLE", "农业总司长"), ("PERSON", "马库斯·韦伯")]),
    ("青禾委员会贸易总司总司长马库斯·韦伯出席。",
     [("ORG", "青禾委员会贸易总司"), ("TITLE", "总司长"), ("PERSON", "马库斯·韦伯")]),
    ("该办公室副贸易代表莎伦·布鲁克斯出席。", [("TITLE", "副贸易代表"), ("PERSON", "莎伦·布鲁克斯")]),
    ("星辉私人有限公司董事经理陈志明出席。",
     [("ORG", "星辉私人有限公司"), ("TITLE", "董事经理"), ("PERSON", "陈志明")]),
    ("使馆公使衔经济商务参赞宋文华出席。", [("TITLE", "公使衔经济商务参赞"), ("PERSON", "宋文华")]),
    ("率贸易代表团访问。", []),
    # a bracketed branch of two nouns
    ("常任秘书长（财经事务）周文华出席。", [("TITLE", "常任秘书长（财经事务）"), ("PERSON", "周文华")]),
    # a federation's president, a committee's convener, foreign posts
    ("东南亚华人工商联合会总会长林文华出席。",
     [("ORG", "东南亚华人工商联合会"), ("TITLE", "总会长"), ("PERSON", "林文华")]),
    ("立法院财政委员会召集委员邓文华出席。",
     [("ORG", "立法院财政委员会"), ("TITLE", "召集委员"), ("PERSON", "邓文华")]),
    ("西班牙工业部国务秘书卡洛斯出席。",
     [("ORG", "西班牙工业部"), ("TITLE", "国务秘书"), ("PERSON", "卡洛斯")]),
    ("驻泰国台北经济文化办事处代表邓文华出席。",
     [("ORG", "驻泰国台北经济文化办事处"), ("TITLE", "代表"), ("PERSON", "邓文华")]),
    # party-committee titles; a place's committee keeps 党委 and leaves 书记
    ("公司党委书记、董事长孙文华讲话。",
     [("TITLE", "党委书记"), ("TITLE", "董事长"), ("PERSON", "孙文华")]),
    ("中共江苏省委书记王小明讲话。",
     [("ORG", "中共江苏省委"), ("TITLE", "书记"), ("PERSON", "王小明")]),
    # a named company's committee opens the title too; a region's committee is the ORG
    ("青山重工集团有限公司党委常委、副总经理孙文华讲话。",
     [("ORG", "青山重工集团有限公司"), ("TITLE", "党委常委"), ("TITLE", "副总经理"),
      ("PERSON", "孙文华")]),
    ("苏州市工商联党组书记、主席孙文华讲话。",
     [("ORG", "苏州市工商联"), ("TITLE", "党组书记"), ("TITLE", "主席"), ("PERSON", "孙文华")]),
    ("公司秘书何文华出席。", [("TITLE", "公司秘书"), ("PERSON", "何文华")]),
    ("中共广西壮族自治区党委书记王小明讲话。",
     [("ORG", "中共广西壮族自治区党委"), ("TITLE", "书记"), ("PERSON", "王小明")]),
    # Taiwan's deputy-minister ranks and legislators
    ("外交部政务次长林文华、立法委员邓文华出席。",
     [("ORG", "外交部"), ("TITLE", "政务次长"), ("PERSON", "林文华"), ("TITLE", "立法委员"),
      ("PERSON", "邓文华")]),
    # Taiwan and Japanese corporate heads, global ranks
    ("经济部次长林文华、政务委员邓文华出席。",
     [("ORG", "经济部"), ("TITLE", "次长"), ("PERSON", "林文华"), ("TITLE", "政务委员"),
      ("PERSON", "邓文华")]),
    ("某某公司全球董事会主席出席。", [("ORG", "某某公司"), ("TITLE", "全球董事会主席")]),
    ("大会执行主席赵文华宣布开幕。", [("TITLE", "大会执行主席"), ("PERSON", "赵文华")]),
    ("中共中央纪委书记王小明出席。",
     [("ORG", "中共中央纪委"), ("TITLE", "书记"), ("PERSON", "王小明")]),
    # the council written in full is the ORG (as 全国人大 + 代表); 區議員 is fused
    ("立法會議員陳文華、區議員李大明出席。",
     [("ORG", "立法會"), ("TITLE", "議員"), ("PERSON", "陳文華"), ("TITLE", "區議員"), ("PERSON", "李大明")]),
    # a Macao or Portuguese public body's board post; 政委 is not read across 行政
    ("北湖貿易投資促進局行政委員會委員李文華出席。",
     [("ORG", "北湖貿易投資促進局"), ("TITLE", "行政委員會委員"), ("PERSON", "李文華")]),
    ("广东省委书记王小明出席。", [("ORG", "广东省委"), ("TITLE", "书记"), ("PERSON", "王小明")]),
    # a chargé d'affaires; a deputy of a Party group; an office's representative
    ("北湖国驻华大使馆临时代办安德烈·科瓦奇出席。",
     [("ORG", "北湖国驻华大使馆"), ("TITLE", "临时代办"), ("PERSON", "安德烈·科瓦奇")]),
    ("北湖集团总经理、党组副书记周晓华出席。",
     [("ORG", "北湖集团"), ("TITLE", "总经理"), ("TITLE", "党组副书记"), ("PERSON", "周晓华")]),
    # a field before the 副 of its post (the field's deputy post), a rank before both
    ("公司供应链副总裁赵文涛、全球销售副总裁孙海燕出席。",
     [("TITLE", "供应链副总裁"), ("PERSON", "赵文涛"), ("TITLE", "全球销售副总裁"), ("PERSON", "孙海燕")]),
    # a post named inside a document's title marks, or of all a board's members, has no holder
    ("会议审议通过了《关于聘任公司副总经理的议案》。", []),
    ("本公司董事会及全体董事保证本公告内容真实。", []),
    # a rank modifier ending as a body's head (大会) is the body's last word where a body
    # takes it; alone it stays in the title
    ("汉堡工商大会副主席王小明出席。",
     [("ORG", "汉堡工商大会"), ("TITLE", "副主席"), ("PERSON", "王小明")]),
    ("论坛大会主席王小明致辞。", [("TITLE", "大会主席"), ("PERSON", "王小明")]),
    # a Korean company's representative director
    ("澜伯化学株式会社代表理事、社长金大中表示。",
     [("ORG", "澜伯化学株式会社"), ("TITLE", "代表理事"), ("TITLE", "社长"), ("PERSON", "金大中")]),
])
def test_zh_title_grammar(nlp_zh, text, expected):
    assert spans(nlp_zh, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a title fused to its place takes the designator it shares (广东 + 省长, 花蓮 + 縣長)
    ("广东省长王小明出席。", [("REGION", "广东"), ("TITLE", "省长")]),
    ("臺中市長林文華、花蓮縣長陳大明出席。",
     [("REGION", "臺中"), ("TITLE", "市長"), ("REGION", "花蓮"), ("TITLE", "縣長")]),
    ("重庆市长江大桥通车。", [("REGION", "重庆市")]),  # 长江, no title: the place keeps 市
    ("沙市长途客运站开通。", [("REGION", "沙市")]),  # a one-character name keeps its 市
    # after 副 or its repeated designator the head is a title word: 江 opens the name
    ("重庆市副市长江文华出席。", [("REGION", "重庆市"), ("TITLE", "副市长")]),
    ("重庆市市长江文华出席。", [("REGION", "重庆市"), ("TITLE", "市长")]),
    ("8月份制造业采购经理指数为49.8%。", []),  # an index named after a post
    ("溪岚乡党委宣传委员王小明说。", [("TITLE", "宣传委员")]),
])
def test_zh_title_takes_the_designator_it_shares(nlp_zh, text, expected):
    assert [(e.label_, e.text) for e in nlp_zh(text).ents if e.label_ in ("REGION", "TITLE")] \
        == expected


@pytest.mark.parametrize("text,title", [
    ("中国驻法国大使王小明出席。", "大使"),  # 驻 + a full place name: the place is a REGION
    ("美国驻华大使出席。", "驻华大使"),  # a one-character form stays in the title
    ("委員會副主委林大明出席。", "副主委"),  # Taiwan's short form of 副主任委員
    ("公司資深副總經理吳大明出席。", "資深副總經理"),  # 资深 (senior) ranks like 高级
    ("青山協會處長吳大明出席。", "處長"),  # a body's head word is no department field
])
def test_zh_post_prefix(nlp_zh, text, title):
    assert [e.text for e in nlp_zh(text).ents if e.label_ == "TITLE"] == [title]
