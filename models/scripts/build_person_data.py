"""Generate the person-name lexicons: Chinese surnames, their romanised forms, and the
valid pinyin syllables that a romanised given name must split into.

Sources: the surname list below is hand-curated from the commonly published frequency
rankings of Chinese surnames (the "new hundred family surnames" lists of the Ministry of
Public Security household register, 2019/2020) plus the classical compound surnames of
the Baijiaxing; readings come from pypinyin 0.55.0 except where a surname reading differs
from the common reading (SURNAME_READINGS). Wade-Giles and Cantonese spellings seen in
press releases are hand-listed (ROMANISED), Korean surnames too (KOREAN). Syllables are every toneless reading in
pypinyin 0.55.0's single-character dictionary (`v` for ü).

    python models/scripts/build_person_data.py            # rewrite the files
    python models/scripts/build_person_data.py --check    # exit 1 if a file drifted
"""

from __future__ import annotations

import sys
from pathlib import Path

from pypinyin import Style, lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict

MODELS = Path(__file__).resolve().parents[1]

# In rank order (most frequent first). Characters that are mostly function words or
# place/common-word starts in press text are left out on purpose (和, 时, 都, 来, 国 …).
SINGLE = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋"
    "刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼"
    "闻厉伊仝区郜阚帅屠朴盖练廉禹祖漆丰卿狄索宣晋芮扈晁阙浦戈鹿薄邸雍辜裘亓邰赫杭况宿逯茹慕"
    "亢嵇湛戎茅揭尉檀幸奉衡萧普才蒿洪毋习丘赖"  # 丘: a Hakka surname common in Guangdong, Hong Kong
)  # and Taiwan (not the same name as 邱), appended after the ranked list; 赖: among the twenty
# most frequent in Taiwan (Ministry of the Interior, 全国姓名统计分析 2018), appended too
# Rare surnames, appended after the ranked list (session 16). Origin: the family-name list of
# the Chinese-Names-Corpus (github wainshine/Chinese-Names-Corpus, Chinese_Family_Name(1k).xlsx,
# Apache-2.0; 1,074 surnames with counts), kept where the character is rare in running text
# (jieba 0.42 dict.txt frequency of the single character <= 320 for surnames counted above the
# list's floor of 5, <= 60 at the floor), less the list's misspellings and variants (薜 for 薛,
# 粱 for 梁, 瘳 for 廖, 曽, 卲) and numerals (柒); then the surnames of the Faker package
# (37.1.0, zh_CN person provider, MIT) that the ranked list lacks: only 植, 支 and 门 (common
# characters, but names after a title or in a list of elected officers need them; the others
# that Faker adds, 展, 宾, 井 …, open more words than names: `展团由…`, `禮賓府`).
RARE = (
    "阎昝郦逄竺钮蔚郗荀贲邴郏矫琚蒯励雒茆糜宓綦谯眭隗沃忻尧庾訾宦汲泮郄仵郇楮爨笪钭佴洑杲缑"
    "呙戢菅徼矍郐蒉稂吝泠弭乜溥璩荛韶莘殳郯遆庹顼禤弋羿恽迮仉邾禚俎"
    "植支门"
)
COMPOUND = (
    "欧阳 司马 诸葛 上官 令狐 皇甫 尉迟 公孙 慕容 东方 夏侯 司徒 长孙 宇文 轩辕 端木 西门 "
    "南宫 独孤 澹台 公冶 申屠 太史 闻人 濮阳 呼延 钟离 宗政 万俟 拓跋 百里 东郭 司空 第五"
).split()
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "区": "ou", "仇": "qiu", "解": "xie", "查": "zha", "朴": "piao",
    "盖": "ge", "缪": "miao", "翟": "zhai", "覃": "qin", "尉": "yu", "尉迟": "yuchi",
    "万俟": "moqi", "长孙": "zhangsun", "柏": "bai", "燕": "yan", "任": "ren", "沈": "shen",
    "华": "hua", "葛": "ge", "薄": "bo", "宿": "su", "纪": "ji", "乐": "yue", "藏": "zang",
    "员": "yun", "秘": "bi", "褚": "chu", "种": "chong", "召": "shao", "居": "ju", "冼": "xian",
    "阚": "kan", "那": "na", "隗": "wei", "澹台": "tantai", "句": "gou", "石": "shi", "芮": "rui",
}
# (romanised form, pinyin surname) pairs beyond the plain pinyin spellings. The last line:
# Macao's Portuguese-based spellings, as the Macao SAR Government's English releases write
# its officials' names (梁 Leong, 黃 Vong, 盧 Lou, 鄭 Cheang, 容 Iong, 蘇 Sou, 丘 Iao, 廖 Lio).
ROMANISED = """
chang:zhang cheung:zhang teo:zhang wong:wang wong:huang ong:wang lee:li lei:li
chan:chen tan:chen chow:zhou chou:zhou lau:liu lam:lin lim:lin ng:wu goh:wu ho:he
tsang:zeng tse:xie hsieh:xie leung:liang yeung:yang kwok:guo kuo:guo hsu:xu tsui:xu hui:xu
koh:xu cheng:zheng tay:zheng chiang:jiang chung:zhong yap:ye yip:ye lo:luo law:luo fung:feng
tsai:cai choi:cai mak:mai kwan:guan kuan:guan szeto:situ au:ou auyeung:ouyang siu:xiao
hsiao:xiao mok:mo yuen:yuan chu:zhu chiu:zhao chao:zhao shih:shi sze:shi kao:gao ko:gao
soong:song sung:song fok:huo tam:tan lui:lv lyu:lv lu:lv tong:tang tung:dong hung:hong
cheong:zhang tsao:cao tso:cao chin:qian chien:qian yiu:yao kong:jiang chai:chai
chui:xu nip:nie tsoi:cai yau:qiu yim:yan shum:cen sham:cen poon:pan pun:pan lok:luo
mui:mei ngai:wei yung:weng kam:jin fong:fang hon:han ip:ye lai:li wai:wei cheuk:zhuo
kwong:kuang chau:zhou woo:hu
tiong:zhang teh:zheng khoo:qiu ooi:huang quek:guo chua:cai yeo:yang ieong:yang kuok:guo
sio:xiao png:fang
leong:liang vong:huang lou:lu cheang:zheng iong:rong sou:su iao:qiu lio:liao
"""
# Korean surnames in the Revised Romanization and their usual English spellings (the most
# frequent ones of the Statistics Korea census), with the pinyin of their Chinese character:
# `Park Ji-yeon`, `Kim Min-jae` are written surname first, as Chinese names are.
KOREAN = """
kim:jin park:piao jung:zheng jeong:zheng kang:jiang cho:zhao yoon:yin yun:yin jang:zhang
shin:shen kwon:quan hwang:huang ahn:an yoo:yu jeon:quan moon:wen seo:xu baek:bai
"""


def syllables() -> list[str]:
    out: set[str] = set()
    for code in pinyin_dict:
        for reading in lazy_pinyin(chr(code), style=Style.NORMAL, v_to_u=False):
            if reading.isascii() and reading.isalpha():
                out.add(reading.lower())
    out -= {"hm", "hng", "m", "n", "ng", "r", "ei"}  # interjection readings, never in names
    return sorted(out | {"lv", "nv", "lve", "nve", "lue", "nue", "ei"})


def reading(surname: str) -> str:
    return SURNAME_READINGS.get(surname) or "".join(lazy_pinyin(surname))


def surnames_tsv() -> str:
    lines = [
        "# Chinese surnames, single and compound, with their surname reading and frequency rank.",
        "# Origin: hand-curated from published household-register surname rankings and the",
        "# Baijiaxing compound surnames; generated by models/scripts/build_person_data.py.",
        "surname\tpinyin\trank",
    ]
    seen: set[str] = set()
    rank = 0
    for s in list(SINGLE) + list(RARE) + COMPOUND:
        if s in seen:
            continue
        seen.add(s)
        rank += 1
        lines.append(f"{s}\t{reading(s)}\t{rank}")
    return "\n".join(lines) + "\n"


def romanised_tsv() -> str:
    forms: dict[tuple[str, str], str] = {}
    for s in list(dict.fromkeys(SINGLE)) + COMPOUND:  # RARE stays out: Han text only
        forms.setdefault((reading(s), reading(s)), "pinyin")
    for pair in ROMANISED.split():
        form, py = pair.split(":")
        forms.setdefault((form, py), "wade-giles/cantonese")
    for pair in KOREAN.split():
        form, py = pair.split(":")
        forms.setdefault((form, py), "korean")
    lines = [
        "# Romanised Chinese surnames as written in English press: pinyin plus Wade-Giles,",
        "# Cantonese and Southeast Asian spellings. Origin: pinyin from models/zh/surnames.tsv,",
        "# other spellings hand-listed; generated by models/scripts/build_person_data.py.",
        "form\tpinyin\tsystem",
    ]
    lines += [f"{f}\t{p}\t{s}" for (f, p), s in sorted(forms.items())]
    return "\n".join(lines) + "\n"


def syllables_tsv() -> str:
    lines = [
        "# Valid toneless Mandarin pinyin syllables (v for u-umlaut).",
        "# Origin: readings of pypinyin 0.55.0's character dictionary;",
        "# generated by models/scripts/build_person_data.py.",
        "syllable",
    ]
    return "\n".join(lines + syllables()) + "\n"


OUTPUTS = {
    MODELS / "zh" / "surnames.tsv": surnames_tsv,
    MODELS / "shared" / "pinyin_surnames.tsv": romanised_tsv,
    MODELS / "shared" / "pinyin_syllables.tsv": syllables_tsv,
}


def main(argv: list[str]) -> int:
    drift = False
    for path, build in OUTPUTS.items():
        text = build()
        if "--check" in argv:
            if not path.exists() or path.read_text("utf-8") != text:
                print(f"{path} drifted from its generator", file=sys.stderr)
                drift = True
        else:
            path.write_text(text, "utf-8")
    return 1 if drift else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
