"""Chinese role linking beyond adjacency (extractor/components/roles.py): an association's
titles take the body the sentence is about, names listed after one title share it, a
title holding its department inherits no list org. Texts are invented."""

from __future__ import annotations

import pytest


def roles(nlp, text: str) -> set[tuple[str, str, str | None]]:
    return {(r["person"], r["title"], r["org"]) for r in nlp(text)._.roles}


@pytest.mark.parametrize("text,expected", [
    ("会后,星河商会出席者有名誉会长王大明,常务会董李小红、陈文华。",
     {("王大明", "名誉会长", "星河商会"), ("李小红", "常务会董", "星河商会"),
      ("陈文华", "常务会董", "星河商会")}),
    # a statutory body named 局 that opens the sentence holds its chairman's post; a
    # gathering's chair is no post of the chamber holding it
    ("星河貿易發展局今日宣布，主席王大明將率團出訪。",
     {("王大明", "主席", "星河貿易發展局")}),
    ("星河商会年会隆重举行，大会主席王大明致辞。", {("王大明", "大会主席", None)}),
    # a place between a body and a title: the body's post for that place; a place's own
    # head keeps no org
    ("星河贸易发展局日本首席代表陈健发言。", {("陈健", "首席代表", "星河贸易发展局")}),
    # a body's office in China (`驻华`) before the post: the body's representative (session 12)
    ("星河贸易发展局驻华首席代表陈健发言。", {("陈健", "首席代表", "星河贸易发展局")}),
    ("国务院广东省副省长王伟出席。", {("王伟", "副省长", None)}),
    # 包括 after a post lists its holders present
    ("出席的副会长包括王大明、李小红。", {("王大明", "副会长", None), ("李小红", "副会长", None)}),
    # the body before a title is that title's, not the sentence's topic
    ("北湖商会主任张文华和王大明会长座谈。",
     {("张文华", "主任", "北湖商会"), ("王大明", "会长", None)}),
    # 原/前 (former) between the body and the title: the post was held there
    ("北湖市发展和改革委员会原主任张国华、前副主任刘芳出席。",
     {("张国华", "主任", "北湖市发展和改革委员会"), ("刘芳", "副主任", "北湖市发展和改革委员会")}),
    # a list of names after one title shares the body; 兼任 gives a second post
    ("北湖市商务局局长王海涛、副局长李梅、张建军出席。北湖市商务局局长王海涛兼任市物流与采购协会会长。",
     {("王海涛", "局长", "北湖市商务局"), ("李梅", "副局长", "北湖市商务局"),
      ("张建军", "副局长", "北湖市商务局"), ("王海涛", "会长", "市物流与采购协会")}),
    # a title's bracketed Latin form is a title of the same holder, its portfolio in it
    ("北湖經濟司司長（Secretário para a Economia）黎文達出席。",
     {("黎文達", "司長", "北湖經濟司"), ("黎文達", "Secretário para a Economia", None)}),
    # a fused title inherits no org from the list it stands in
    ("行政院副院长吴文华、经济部长王美丽出席。",
     {("吴文华", "副院长", "行政院"), ("王美丽", "经济部长", None)}),
    # 该会/其 refer back to the body the sentence named (and a name ends before 陪同/进行)
    ("代表团拜访了星河工商会，与该会副主席阮文海进行了座谈。",
     {("阮文海", "副主席", "星河工商会")}),
    ("北湖科技有限公司成立于2010年，其董事长王大明陪同。",
     {("王大明", "董事长", "北湖科技有限公司")}),
    # an appointment: an honorific may close the name, a bare 公司 and a term's board open
    # the post; the bare word is no ORG mention, so the org stays null
    ("董事会选举周明远先生为公司第三届董事会董事长，聘任林佳女士为总经理。",
     {("周明远", "董事长", None), ("林佳", "总经理", None)}),
    # a Latin-script name right after its Chinese title
    ("意大利驻港澳总领事Carmelo Vitale亦有出席。", {("Carmelo Vitale", "总领事", None)}),
    # ... nor do the items after it
    ("行政院副院长吴文华、经济部长王美丽、政务委员李大同出席。",
     {("吴文华", "副院长", "行政院"), ("王美丽", "经济部长", None), ("李大同", "政务委员", None)}),
    # one holder's titles share the body named before the first, a fused one too; a
    # place's title does not
    ("北湖市委常委、统战部长邓大明出席。",
     {("邓大明", "常委", "北湖市委"), ("邓大明", "统战部长", "北湖市委")}),
    ("市委常委、常务副市长陈刚出席。", {("陈刚", "常委", "市委"), ("陈刚", "常务副市长", None)}),
    # 及/和 join one holder's titles; between list items they carry no org (`局长` of what?)
    ("北湖物流有限公司董事长及总经理何文杰出席。",
     {("何文杰", "董事长", "北湖物流有限公司"), ("何文杰", "总经理", "北湖物流有限公司")}),
    ("北湖市外事办公室副主任张文及处长李红出席。",
     {("张文", "副主任", "北湖市外事办公室"), ("李红", "处长", None)}),
    # names listed after one title share it, the last joined by 和
    ("星河商会副会长王立、赵海和陈明出席。",
     {("王立", "副会长", "星河商会"), ("赵海", "副会长", "星河商会"), ("陈明", "副会长", "星河商会")}),
    # names listed before a post a verb gives hold it too
    ("会议增补北湖物流有限公司董事长何文杰、星河置业有限公司总经理林晓东为星河商会副会长。",
     {("何文杰", "董事长", "北湖物流有限公司"), ("林晓东", "总经理", "星河置业有限公司"),
      ("何文杰", "副会长", "星河商会"), ("林晓东", "副会长", "星河商会")}),
    # a transliterated name repeated by its family name adds no triple
    ("新西兰副总理马克·史密斯出席。史密斯副总理表示欢迎。", {("马克·史密斯", "副总理", None)}),
    # a county's, district's or town's vice head holds a place's post (org null)
    ("县委常委、常务副县长金晓东主持仪式。",
     {("金晓东", "常委", "县委"), ("金晓东", "常务副县长", None)}),
    ("区委常委、副区长何立出席。", {("何立", "常委", "区委"), ("何立", "副区长", None)}),
    # 挂职 between the body and the title: a secondment, held at that body
    ("东湖集团挂职副总工程师陈东参加仪式。", {("陈东", "副总工程师", "东湖集团")}),
    # a zone's 管委会, a university's 学校 and a company's 分公司 stand for the body named before
    ("北湖经济开发区管委会与东湖集团签约，管委会常务副主任蒋文斌出席。",
     {("蒋文斌", "常务副主任", "北湖经济开发区管委会")}),
    ("北湖工业大学与东湖集团签约。学校副校长刘伟出席。", {("刘伟", "副校长", "北湖工业大学")}),
    ("他考察了东湖能源北湖分公司，听取了分公司总经理、党委副书记蒙立强的汇报。",
     {("蒙立强", "总经理", "东湖能源北湖分公司"), ("蒙立强", "党委副书记", "东湖能源北湖分公司")}),
    # 为 after a name is the appointment's verb, not part of the name
    ("会议增补陈建明、黄晓为北湖市总商会副会长，聘任李敏为秘书长。",
     {("陈建明", "副会长", "北湖市总商会"), ("黄晓", "副会长", "北湖市总商会"), ("李敏", "秘书长", None)}),
    # the bare kind word before a list of `title name` items stands for the body in each item,
    # as a named body does, up to an item that names its own body
    ("北湖市电子商务协会年会召开。协会会长孔文博，副会长兼秘书长丁可欣，市商务局局长蒋立出席。",
     {("孔文博", "会长", "北湖市电子商务协会"), ("丁可欣", "副会长", "北湖市电子商务协会"),
      ("丁可欣", "秘书长", "北湖市电子商务协会"), ("蒋立", "局长", "市商务局")}),
    ("星岚科技与北湖大学材料学院签约，学院院长严立行出席。",
     {("严立行", "院长", "北湖大学材料学院")}),
    # a Malaysian honorific between the title and its holder's name (拿督: Datuk)
    ("马来西亚青禾总商会副会长拿督林振华率团来访。",
     {("林振华", "副会长", "马来西亚青禾总商会")}),
])
def test_zh_roles(nlp_zh, text, expected):
    assert roles(nlp_zh, text) == expected


@pytest.mark.parametrize("text,expected", [
    # NAME,ORG TITLE, : a comma apposition that ends its clause
    ("张明,华信科技股份有限公司董事长,出席了仪式。", {("张明", "董事长", "华信科技股份有限公司")}),
    # a verb gives the post: 是 / 同时兼任
    ("李强是华信科技股份有限公司总经理。", {("李强", "总经理", "华信科技股份有限公司")}),
    ("星河商会副会长张伟同时兼任北湖商会副会长。",
     {("张伟", "副会长", "星河商会"), ("张伟", "副会长", "北湖商会")}),
    # a bracketed apposition; titles joined by 兼 share the org
    ("李强(华信科技股份有限公司总经理)出席。", {("李强", "总经理", "华信科技股份有限公司")}),
    ("李强,华信科技股份有限公司董事长兼总经理,表示欢迎。",
     {("李强", "董事长", "华信科技股份有限公司"), ("李强", "总经理", "华信科技股份有限公司")}),
    # the titles after a comma are the next name's when one follows them
    ("出席的有张明,星河商会副会长、北湖商会会长李强。",
     {("李强", "副会长", "星河商会"), ("李强", "会长", "北湖商会")}),

    # an appointment verb of a listed company's notice: 获委任为 / 辞任, bare 本公司, titles
    # joined by 及 (the release's own company is no ORG mention: org null)
    ("苏文女士已获委任为本公司执行董事及首席财务官。",
     {("苏文", "执行董事", None), ("苏文", "首席财务官", None)}),
    ("黄建先生已辭任本公司非執行董事。", {("黄建", "非執行董事", None)}),
    # a reason before the verb; `、` lists the same holder's titles, which share the org
    ("王建先生因个人原因申请辞去公司董事、副总经理职务。",
     {("王建", "董事", None), ("王建", "副总经理", None)}),
    ("张明,华信科技股份有限公司董事长、总经理,出席了仪式。",
     {("张明", "董事长", "华信科技股份有限公司"), ("张明", "总经理", "华信科技股份有限公司")}),
    # 该公司: the company named before, not the release's own
    ("经北湖控股集团有限公司推荐，补选刘远先生为公司董事。刘远先生现任该公司副总裁。",
     {("刘远", "董事", None), ("刘远", "副总裁", "北湖控股集团有限公司")}),
    # a bracket opens a post of the last name only
    ("市人大常委会副主任陈红，原市委常委赵亮（现任省商务厅副厅长）出席。",
     {("陈红", "副主任", "市人大常委会"), ("赵亮", "常委", "市委"), ("赵亮", "副厅长", "省商务厅")}),
    # 在 ORG 担任: the posts at the body 在 names; a reason with a comma before the verb
    ("李文先生因工作调整，申请辞去公司董事职务。辞职后，李文先生将继续在北湖控股集团有限公司担任党委书记、董事长。",
     {("李文", "董事", None), ("李文", "党委书记", "北湖控股集团有限公司"),
      ("李文", "董事长", "北湖控股集团有限公司")}),
])
def test_zh_person_first(nlp_zh, text, expected):
    assert roles(nlp_zh, text) == expected


@pytest.mark.parametrize("text,expected", [
    # 由 + name + a verb of taking over: the successor holds the post the clause before names
    ("因工作调整，王强先生不再担任公司总经理职务，由刘敏女士接任。",
     {("王强", "总经理", None), ("刘敏", "总经理", None)}),
    ("王强辞去星河电子有限公司董事长一职后，该职务由刘敏接替。",
     {("王强", "董事长", "星河电子有限公司"), ("刘敏", "董事长", "星河电子有限公司")}),
    # ... not where the name after 由 is given another post, nor without such a verb
    ("王强辞去公司总经理职务，由刘敏担任董事长。", {("王强", "总经理", None), ("刘敏", "董事长", None)}),
    ("王强辞去公司总经理职务，由刘敏主持会议。", {("王强", "总经理", None)}),
    # 分别: the names listed before it hold the posts listed after it, in order
    ("董事会同意聘任王强先生、刘敏女士分别担任公司副总经理、财务总监。",
     {("王强", "副总经理", None), ("刘敏", "财务总监", None)}),
    # ... only when the lists are as long
    ("董事会同意聘任王强先生、刘敏女士分别担任公司副总经理、财务总监、董事会秘书。", set()),
    # a résumé paragraph: the subjectless posts are the name's that opens it
    ("王强先生，男，1975年出生，硕士学历。曾任北湖机械有限公司技术总监、星河电子有限公司副总经理，"
     "现任公司总经理助理。",
     {("王强", "技术总监", "北湖机械有限公司"), ("王强", "副总经理", "星河电子有限公司"),
      ("王强", "总经理助理", None)}),
    ("刘敏女士简历：女，1980年出生。历任北湖会计师事务所审计经理，2019年起任公司财务总监。现兼任市会计学会副会长。",
     {("刘敏", "审计经理", "北湖会计师事务所"), ("刘敏", "财务总监", None),
      ("刘敏", "副会长", "市会计学会")}),
    # ... not across a paragraph, nor to a name that does not open its sentence
    ("会议由王强主持。\n\n曾任北湖机械有限公司技术总监。", set()),
    ("会议由王强主持，曾任北湖机械有限公司技术总监的专家出席。", set()),
    # an org-less post is no repeat of another post at a body (董事长 after 副会长)
    ("选举王强先生为公司董事长。王强先生现兼任市机械工业协会副会长。",
     {("王强", "董事长", None), ("王强", "副会长", "市机械工业协会")}),
    # an association's bare kind word stands for the one named before, not for another kind
    ("星河物流与采购联合会召开理事会。会议由联合会执行副会长王强主持，协会秘书长李明出席。",
     {("王强", "执行副会长", "星河物流与采购联合会"), ("李明", "秘书长", None)}),
    # a department that opened the sentence is its bare rank's body
    ("北湖省经济部今日宣布，部长王强将率团出访。", {("王强", "部长", "北湖省经济部")}),
    # the release's own bare 公司 is another body than one named with the same title
    ("公司原董事长王强先生因任期届满不再担任公司任何职务，将继续担任公司控股股东星河机械集团有限公司董事长。",
     {("王强", "董事长", None), ("王强", "董事长", "星河机械集团有限公司")}),
    ("聘任王强先生为公司总经理。王强先生此前任公司子公司北湖精工有限公司总经理。",
     {("王强", "总经理", None), ("王强", "总经理", "北湖精工有限公司")}),
    # a surname the text linked to a full name, with 先生 and no title right after it, is
    # named by that name; right before its title it stays the surname (`王部長`)
    ("何俊傑先生獲委任為獨立非執行董事。何先生現任星河投資有限公司董事總經理。",
     {("何俊傑", "獨立非執行董事", None), ("何俊傑", "董事總經理", "星河投資有限公司")}),
    # 該中心 refers back to the centre named before in its sentence
    ("北灣貿易局與南嶺投資促進中心簽署備忘錄，由王強與該中心主任李明代表雙方簽署。",
     {("李明", "主任", "南嶺投資促進中心")}),
    # a body referred to by its bracketed short form is stated at its full name
    ("北灣工商協進會（工商協進會）今日宣布，理事長王強將率團出訪。",
     {("王強", "理事長", "北灣工商協進會")}),
    # 此前担任 and 集团下属 open a résumé's post as 曾任 and 集团子公司 do
    ("王强，男，1971年出生，此前担任北湖投资控股有限公司总经理，曾任集团下属北湖精工有限公司董事长。",
     {("王强", "总经理", "北湖投资控股有限公司"), ("王强", "董事长", "北湖精工有限公司")}),
    # a listed company held by the group opens the post as a subsidiary does
    ("王强此前担任北湖集团有限公司副总经理，兼任集团控股上市公司北湖精工股份有限公司董事长。",
     {("王强", "副总经理", "北湖集团有限公司"), ("王强", "董事长", "北湖精工股份有限公司")}),
    # 分别是/分别为 after a title lists its holders, one role each
    ("集团现任副总经理分别是王强、刘敏、张建军。",
     {("王强", "副总经理", None), ("刘敏", "副总经理", None), ("张建军", "副总经理", None)}),
    # a company's trade-union chair is a post, as its party secretary is
    ("经研究，刘敏出任集团党委副书记、工会主席。",
     {("刘敏", "党委副书记", None), ("刘敏", "工会主席", None)}),
    # a post before its holder with 由…担任
    ("第五届监事会主席由王强先生担任，公司证券事务代表由刘敏女士担任。",
     {("王强", "监事会主席", None), ("刘敏", "证券事务代表", None)}),
    # a possessive 的 gives the name's post (免去…的…职务)
    ("董事会决定免去张建军先生的公司财务总监职务。", {("张建军", "财务总监", None)}),
    # an honorific closes a listed name before the post the verb gives all of them
    ("聘任刘敏女士、王强先生为公司副总经理。", {("刘敏", "副总经理", None), ("王强", "副总经理", None)}),
    # a résumé's 现任该公司 is a post at the company named before, not the release's own
    ("王强先生，男，1975年出生。曾任北湖机械有限公司技术总监，现任该公司副总经理。",
     {("王强", "技术总监", "北湖机械有限公司"), ("王强", "副总经理", "北湖机械有限公司")}),
    # coordinated posts before 职务: a weak head (监事) is a post there, and a seat on a committee
    # of the same board is joined by 及 (no ORG: the committee is the board's organ)
    ("监事会主席赵文涛先生申请辞去公司监事会主席及监事职务。",
     {("赵文涛", "监事会主席", None), ("赵文涛", "监事", None)}),
    ("周启航先生申请辞去公司董事及董事会提名委员会委员职务。",
     {("周启航", "董事", None), ("周启航", "委员", None)}),
    ("同意补选韦家宁先生为公司第四届董事会非独立董事。", {("韦家宁", "非独立董事", None)}),
    # a post given after a deputy's post at another body is a post of its own; the address
    # that drops a deputy's 副 (`甲秘书长`) is no new post
    ("董事会同意委任王强为总经理。王强曾任北湖物流有限公司副总经理。",
     {("王强", "总经理", None), ("王强", "副总经理", "北湖物流有限公司")}),
    ("星河商会副秘书长刘敏出席。刘敏秘书长表示欢迎。", {("刘敏", "副秘书长", "星河商会")}),
    # a post that labels a form's field at a line's start (a Taiwan notice's spokesperson)
    ("1.董事會決議日期：115/12/07\n2.發言人：財務長周明遠\n3.代理發言人：林佳",
     {("周明遠", "發言人", None), ("周明遠", "財務長", None), ("林佳", "代理發言人", None)}),
    ("监事会主席孟庆林先生已申请辞去公司监事会主席及监事职务。",
     {("孟庆林", "监事会主席", None), ("孟庆林", "监事", None)}),
])
def test_zh_board_notices(nlp_zh, text, expected):
    assert roles(nlp_zh, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an association's congress fills its posts, though the post's sentence names no body
    ("北湖市物流协会第四届会员代表大会在北湖召开。大会选举产生了新一届理事会。"
     "星河置业有限公司董事长何文杰当选会长，林晓东等5人当选副会长。原会长陈刚被聘为协会名誉会长。",
     {("何文杰", "董事长", "星河置业有限公司"), ("何文杰", "会长", "北湖市物流协会"),
      ("林晓东", "副会长", "北湖市物流协会"), ("陈刚", "会长", "北湖市物流协会"),
      ("陈刚", "名誉会长", "北湖市物流协会")}),
    # ... also with the verb that holds the congress and its time between (traditional script)
    ("北湖市物流協會上月舉行第十五屆會員大會，大會選出何文杰為理事長。",
     {("何文杰", "理事長", "北湖市物流協會")}),
    ("星河物流協會於12月5日召開第三屆第二次會員大會。會中推選林晓东為理事長。",
     {("林晓东", "理事長", "星河物流協會")}),
    # ... not where no congress or council of a body is reported; a post a verb gave the
    # name before is not the next holder's list item
    ("何文杰当选会长，星河置业有限公司总经理林晓东当选副会长。",
     {("何文杰", "会长", None), ("林晓东", "总经理", "星河置业有限公司"), ("林晓东", "副会长", None)}),
    # an acting holder's place post takes no body
    ("省委副书记、代省长陈刚出席。", {("陈刚", "副书记", "省委"), ("陈刚", "代省长", None)}),
    # a verb with a time or aspect word before it still gives the post
    ("周明远不再担任北湖物流有限公司董事长职务。林佳此前任星河置业有限公司总裁。",
     {("周明远", "董事长", "北湖物流有限公司"), ("林佳", "总裁", "星河置业有限公司")}),
    # one post at two companies joined by 和
    ("林佳现任北湖物流有限公司和星河置业有限公司董事长。",
     {("林佳", "董事长", "北湖物流有限公司"), ("林佳", "董事长", "星河置业有限公司")}),
    ("王强先生简历：男，1975年出生。现任公司控股子公司北湖物流有限公司和星河置业有限公司董事长。",
     {("王强", "董事长", "北湖物流有限公司"), ("王强", "董事长", "星河置业有限公司")}),
    # 该分会 refers back to the branch named before
    ("代表团拜访了星河商会北湖分会，该分会主席阮文海出席。", {("阮文海", "主席", "星河商会北湖分会")}),
    # a bracketed note between the title and the name
    ("北湖市商务局副局长（主持工作）张文出席。", {("张文", "副局长", "北湖市商务局")}),
    # a body holding a meeting is the subject of the next sentence: the posts its election
    # fills and its own posts are its (session 15)
    ("北湖市陶瓷商会于3月2日召开理事会。会议增补林晓东、周敏为副会长。",
     {("林晓东", "副会长", "北湖市陶瓷商会"), ("周敏", "副会长", "北湖市陶瓷商会")}),
    ("交通运输部举行例行发布会。新闻发言人程立新介绍了春运安排。",
     {("程立新", "新闻发言人", "交通运输部")}),
    # ... not two sentences on, not a company's board (its posts stay at the bare 公司), and
    # not where the sentence refers to the body by its bare kind word (`局党组书记`)
    ("交通运输部举行例行发布会。会上通报了春运安排。新闻发言人程立新答问。",
     {("程立新", "新闻发言人", None)}),
    ("北湖远航电子股份有限公司于3月2日召开董事会。会议聘任林晓东为总经理。",
     {("林晓东", "总经理", None)}),
    ("北湖市统计局召开年度工作会议。局党组书记、局长张明远讲话，副局长李红主持。",
     {("张明远", "党组书记", None), ("张明远", "局长", None), ("李红", "副局长", None)}),
    # a board list: each line's post is held by every name listed on it, whatever firm a
    # bracket notes after a name; a post that opens a line is joined to nothing before it
    ("北湖市外商投资企业协会召开第九届会员大会，选举产生新一届理事会。当选名单如下：\n"
     "会长：罗伯特·韦伯（星河（中国）航运有限公司）\n"
     "副会长：林佳（北湖物流有限公司总经理）、马可·贝利尼（星河银行北湖分行）、周敏\n"
     "秘书长：陈刚（专职）",
     {("罗伯特·韦伯", "会长", "北湖市外商投资企业协会"), ("林佳", "副会长", "北湖市外商投资企业协会"),
      ("林佳", "总经理", "北湖物流有限公司"), ("马可·贝利尼", "副会长", "北湖市外商投资企业协会"),
      ("周敏", "副会长", "北湖市外商投资企业协会"), ("陈刚", "秘书长", "北湖市外商投资企业协会")}),
    # ... the line introducing the list says the posts were filled by election, so a post
    # no body has alone (`副主席`) is the electing body's too
    ("同日，北湖星河商会召开会员大会，选举产生新一届董事会。当选名单如下：\n"
     "主席：罗伯特·韦伯（星河（中国）航运有限公司）\n"
     "副主席：克莱尔·杜邦（北湖银行（中国）有限公司）、马可·贝利尼（星河银行北湖分行）",
     {("罗伯特·韦伯", "主席", "北湖星河商会"), ("克莱尔·杜邦", "副主席", "北湖星河商会"),
      ("马可·贝利尼", "副主席", "北湖星河商会")}),
    # a body's yearly council (`2027年理事会`) elects as a numbered one does
    ("12月9日，北湖纺织品进出口商会2027年理事会在北京召开。会议审议通过了年度工作报告，"
     "并增补星河纺织集团有限公司总经理林佳、北湖服饰股份有限公司董事长周敏为副会长。",
     {("林佳", "总经理", "星河纺织集团有限公司"), ("林佳", "副会长", "北湖纺织品进出口商会"),
      ("周敏", "董事长", "北湖服饰股份有限公司"), ("周敏", "副会长", "北湖纺织品进出口商会")}),
    # the body's head named with two posts in a row (`党组书记、会长`): its deputy after is
    # the same body's
    ("4月21日，中国国际贸易促进委员会北湖市委员会（北湖市贸促会）召开新闻通气会，通报博览会筹备情况。"
     "北湖市贸促会党组书记、会长林佳通报有关情况，副会长周敏、市经济合作局副局长陈刚回答记者提问。",
     {("林佳", "党组书记", "北湖市贸促会"), ("林佳", "会长", "北湖市贸促会"),
      ("周敏", "副会长", "北湖市贸促会"), ("陈刚", "副局长", "市经济合作局")}),
    # an association's standing council written without 第 (`三届二次理事会`)
    ("北湖市物流协会三届二次理事会在北湖召开。林晓东当选副会长。",
     {("林晓东", "副会长", "北湖市物流协会")}),
])
def test_zh_elections_and_posts(nlp_zh, text, expected):
    assert roles(nlp_zh, text) == expected


@pytest.mark.parametrize("text,expected,absent", [
    # a company's unit in a market, named by its short form or after a legal head, is the body
    ("星岚储能系统(无锡)有限公司与北湖电力签约。星岚储能中国区财务总监林可欣出席。",
     ("林可欣", "财务总监", "星岚储能中国区"), ("林可欣", "财务总监", None)),
    ("北湖乳业集团大中华区总裁李文博随团来访。",
     ("李文博", "总裁", "北湖乳业集团大中华区"), ("李文博", "总裁", None)),
    # a name whose surname a wider ORG took (`区` of `中国区`) still holds the post
    ("星岚集团中国区副总裁王明出席。", ("王明", "副总裁", "星岚集团中国区"), None),
    # 该公司 is the company named before, not the department joined to the post between
    ("会后，省商务厅与星岚储能有限公司签署备忘录，省商务厅副厅长赵磊和该公司副总裁杨帆代表双方签约。",
     ("杨帆", "副总裁", "星岚储能有限公司"), ("杨帆", "副总裁", "省商务厅")),
    # a post held before the company's own: the company is the later post's alone
    ("上届会长黄立东改任名誉会长，现任北湖远航电子股份有限公司总裁。",
     ("黄立东", "总裁", "北湖远航电子股份有限公司"), ("黄立东", "名誉会长", "北湖远航电子股份有限公司")),
    # the congress appoints its secretary-general (聘任), an elected post of that body
    ("北湖市物流协会第三届会员代表大会召开。大会聘任周立为秘书长兼新闻发言人。",
     ("周立", "秘书长", "北湖市物流协会"), ("周立", "秘书长", None)),
    # 代 (acting) before a corporate post; the short form of a foreign affairs office
    ("北湖海通物流有限公司代总经理沈洁发言。", ("沈洁", "代总经理", "北湖海通物流有限公司"), None),
    ("市政府副秘书长、市外办主任郑红参加会见。", ("郑红", "主任", "市外办"), ("郑红", "主任", None)),
    # a seat on a company's board
    ("星岚集团董事会成员马丁·霍夫曼出席。", ("马丁·霍夫曼", "董事会成员", "星岚集团"), None),
    # a rank note before 兼: both titles at the ministry before them
    ("商务部国际贸易谈判代表（正部长级）兼副部长王强出席。", ("王强", "副部长", "商务部"),
     ("王强", "副部长", None)),
    # 该商会 opening a sentence: the chamber the sentence before named, not the association
    ("星河物流协会第二届会员代表大会召开。会上，协会与南岭物流商会签署备忘录。双方将加强合作，"
     "该商会会长李文辉通过视频致辞。", ("李文辉", "会长", "南岭物流商会"), ("李文辉", "会长", "星河物流协会")),
    # 该公司 before a company's area and its post (亚太区总裁): the company named before
    ("北湖精工有限公司与园区签约。园区管委会副主任王强与该公司亚太区总裁陈立代表双方签约。",
     ("陈立", "总裁", "北湖精工有限公司"), ("陈立", "总裁", None)),
    # an association's bare kind word after a semicolon stands for the one named before
    ("星河物流协会第二届会员代表大会召开。会议选举王强为会长；协会原副秘书长刘敏当选为秘书长。",
     ("刘敏", "副秘书长", "星河物流协会"), ("刘敏", "副秘书长", None)),
    # the other short form of a foreign affairs office
    ("市外事办主任唐军随团出访。", ("唐军", "主任", "市外事办"), ("唐军", "主任", None)),
    # a body's deputy head after its head, in the next clause; not after another post's holder
    ("东川市贸促会会长沈建平会见代表团，副会长许丽娟参加会见。",
     ("许丽娟", "副会长", "东川市贸促会"), ("许丽娟", "副会长", None)),
    ("东川市贸促会主任沈建平会见代表团，副会长许丽娟参加会见。",
     ("许丽娟", "副会长", None), ("许丽娟", "副会长", "东川市贸促会")),
    # an embassy's economic and commercial office, whatever verb follows it (处在)
    ("东川驻北湖大使馆经济商务处在北湖举办座谈会，经济商务参赞刘志强主持。",
     ("刘志强", "经济商务参赞", None), None),
])
def test_zh_units_and_referred_bodies(nlp_zh, text, expected, absent):
    got = roles(nlp_zh, text)
    assert expected in got and (absent is None or absent not in got)


@pytest.mark.parametrize("text", [
    "义乌星岚控股有限公司等9家企业为副会长单位。",  # a member body's rank, no person's post
    "沈洁代表副会长单位发言。",
])
def test_zh_rank_of_a_member_body_is_no_title(nlp_zh, text):
    assert not [e for e in nlp_zh(text).ents if e.label_ == "TITLE"]
