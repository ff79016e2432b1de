"""extractor/jieba_route.py gives jieba's own words, whatever the text."""

import json
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jieba import finalseg

from extractor.jieba_route import JiebaSegmenter, hmm_words, viterbi

jieba.setLogLevel(60)
jieba.initialize()
SEG = JiebaSegmenter()
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "releases.jsonl"


def jieba_words(text: str) -> list[str]:
    return list(jieba.cut(text))


CASES = [
    "",
    "北京市贸促会副会长朱佳良会见了来访的客人。",
    "國際貿易促進委員會主席在臺北表示，兩岸經貿合作前景廣闊。",  # traditional script
    "2024年3月5日，ABC公司CEO John Smith在上海发布了iPhone 15。",
    "增长了12.5%，达到3,000亿元；C++与C#开发者占比约30％。",
    "  前后有空格  \r\n换行\n\n制表\t符 ",
    "王小二李大嘴张三丰赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨",  # a long run of names for the HMM
    "鑫淼焱垚犇骉鱻羴猋",  # characters jieba's dictionary scarcely knows
    "年" * 300,
    "a-b_c.d#e&f%g+h",
    "😀表情符号👍和𠀀扩展字",
    "·・•‧卡洛斯·阿尔贝托·门德斯",
]


@pytest.mark.parametrize("text", CASES)
def test_same_words_as_jieba(text):
    assert SEG.cut(text) == jieba_words(text)


def test_same_words_on_the_sample_releases():
    for line in SAMPLES.read_text("utf-8").splitlines():
        if line.strip():
            text = json.loads(line)["text"]
            assert SEG.cut(text) == jieba_words(text)


HAN_AND_MORE = st.text(
    alphabet=st.sampled_from(list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
                                  "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理"
                                  "起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事"
                                  "平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问"
                                  "意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特"
                                  "鑫淼焱垚犇骉王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘"
                                  "AbZ09 .-_%#&+，。、；：“”（）《》\n\t·")),
    max_size=80)


@settings(max_examples=400, deadline=None)
@given(HAN_AND_MORE)
def test_same_words_on_generated_text(text):
    assert SEG.cut(text) == jieba_words(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("王李张伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英鑫淼焱")),
               min_size=1, max_size=30))
def test_viterbi_matches_finalseg(text):
    _, path = finalseg.viterbi(text, "BMES", finalseg.start_P, finalseg.trans_P, finalseg.emit_P)
    assert viterbi(text) == "".join(path)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("王李张伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英鑫淼焱垚犇骉的了是在")),
               min_size=2, max_size=2))
def test_two_character_runs_read_as_finalseg(text):
    """`hmm_words` scores a two-character run without the whole Viterbi pass."""
    assert hmm_words(text) == list(finalseg.cut(text))


def test_forced_splits_and_added_words_are_jiebas(monkeypatch):
    text = "鑫淼焱垚犇骉在这里"
    monkeypatch.setattr(finalseg, "Force_Split_Words", {"鑫淼"})
    assert SEG.cut(text) == jieba_words(text)
    seg = jieba.Tokenizer()  # a dictionary of its own: words added here stay here
    seg.add_word("焱垚犇", freq=100000)
    own = JiebaSegmenter(seg)
    assert own.cut(text) == list(seg.cut(text))
    assert "焱垚犇" in own.cut(text)
