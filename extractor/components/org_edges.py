"""Where a Chinese organisation name starts and ends: the grammar shared by the head-word
walk (`org_han`) and by any other source of ORG candidates (a learned recogniser).

The left edge stops at verbs, adverbs and function words: the listed stops of
`org_patterns.jsonl`, and, for a general reach, jieba dictionary words whose part of
speech is a function class (prepositions, conjunctions, particles, pronouns, adverbs,
locatives, time words). Three exceptions keep names whole:
- a content word right before the head is the name's field (`联合委员会`, `光电股份有限公司`),
- a stop character inside a dictionary noun is not a stop (`微电子`),
- a short field joined to the next by 与/及/暨/、 before a department head is one name
  (`环境与能源部`), while two full names joined so are two (`商务部与外交部`).
The right edge takes in a bracketed place and a legal form (`某某科技(苏州)有限公司`).

A head word is no head where it is part of another word: a dictionary verb, adverb or
numeral word that the head character closes (`查处`, `无处`, `一部`), a place name that
holds it (`莫斯科`), a transliterated name (`某里延科`); and a company head needs a trade
name before it (the PRC rules on enterprise names: place + trade name + trade + form), so
kind words alone (`商业银行`, `汽车公司`, `大型国有企业集团`) name a kind, not a company.
"""

from __future__ import annotations

import re
from functools import lru_cache

import jieba
from jieba import posseg

from .org_patterns import OrgData

FUNCTION_TAGS = set("pcurdftmqyezs")  # first letter of jieba tags that never name a body
PLACE_WORD_TAG = "s"  # jieba's place word (处所词): 关中, 海外, 家中
LOCATIVE_TAGS = ("f", "u")  # jieba tags of a one-character locative or particle (`中`, `的`)
ZERO = "零"  # opens jieba's mq words that are nouns (`is_function`)
CONTENT_TAGS = {"n", "nz", "vn", "an", "j", "b", "nt"}
CONJ = set("与及暨和、")
CONJ_DROP = str.maketrans("", "", "".join(CONJ))
NP_PREPOSITIONS = set("由据向经从")  # prepositions before a noun phrase, not a clause (在, 为
# and 对 also open clauses: `在推动…`, `为加强…`)
VERB_FREQ = 500  # ... and a verb or function word
JOINT = "共"  # the first character of a verb of joint action (`共建`)
MISSION_MARK = "驻"  # `驻华`, `驻沪`: where a body's mission sits (jieba tags 驻华 a verb), no verb
DESCRIBING_TAGS = {"n", "vn", "v", "an", "a", "b"}  # common words of a description (no `j`:
# abbreviations hold places, `京津冀`)
PLACE_PREPOSITIONS = set("在于")  # `在某市建设…`: where the action of the verb after the place happens
PARTNER_PREPOSITIONS = set("与同跟")  # `与某大学合作…`: the partner of the verb that follows
WORD_FREQ = 100  # jieba frequency from which a two-character noun is a word
ACTOR_ENDS = set("方们者人")  # `中方与财政部`: the first of two actors, not a field
FIELD_MAX = 6  # longest field before a conjunction (`自然环境`, `商务`)
CLOSE = ")）"
OPEN = "(（"
NUMERALS = set("0123456789０１２３４５６７８９一二两三四五六七八九十百千万几多余数")
ORDINAL = "第"  # before numerals: an ordinal
NOT_NUMBERED = set("方次轮季代")  # after 第 + numerals: a side, a turn, a season, a generation (第三方)
CLASSIFIERS = set("家个支所座款项只名位间批种类部架艘辆台条张块期届")  # measure words between a number and a noun
ABBREVIATION_TAGS = {"j", "ns"}  # jieba's tags of a place's one-character short name (粤, 澳, 沪)
SITE_ENDS = tuple("园區区城港场場馆館楼樓")  # a park's, a port's or a hall's name: a place, no short company name
NOUN_TAGS = CONTENT_TAGS | {"ns", "nt", "nr", "nrt"}  # a stop character inside such a word
PERSON_TAGS = {"nr", "nrfg"}  # a person's name (jieba's `nrt` also marks many common nouns)
WHOLE_TAGS = CONTENT_TAGS | {"ns", "nt", "ng", "nz"}  # nouns a name does not start inside
NAME_OPENERS = PARTNER_PREPOSITIONS | CONJ | set("，,：:；;（(“「《\n ")  # what may stand before a name
HAN_NAME = re.compile("[\u4e00-\u9fff]")
LIST_CLOSE = "等"  # closes a list of places before a body named by a designator alone
LIST_PLACES = set("省市县区州地")  # ... (`等地`, `等省`): the places' bodies, none named
DESIGNATORS = set("省市县区州镇乡村旗盟")  # a rare word ending in one is a place: `崇礼县`
OPENER_TAGS = set("pcudrt")  # prepositions, conjunctions, particles, adverbs, pronouns, time
SINGLE_OPENERS = set("pcut")  # ... of one character (`常`, an adverb, starts `常某集团`)
NAME_TAGS = {"ns", "nt", "nz", "nr", "nrt", "j"}  # words that open a name
WINDOW_BEFORE, WINDOW_AFTER = 6, 10  # characters cut around a name's start


@lru_cache(maxsize=4096)
def _cut(stretch: str) -> tuple[str, ...]:
    return tuple(jieba.cut(stretch, HMM=False))


def _made_of(words: str, vocabulary: set[str], shortest: int) -> bool:
    """`words` splits wholly into entries of `vocabulary` (of `shortest` to 8 characters)."""
    ok = [True] + [False] * len(words)
    for i in range(len(words)):
        if ok[i]:
            for k in range(shortest, min(8, len(words) - i) + 1):
                if words[i:i + k] in vocabulary:
                    ok[i + k] = True
    return ok[-1]


def _name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


STATUS_REACH = 12  # characters before a status phrase searched for its verb


class OrgEdges:
    def __init__(self, data: OrgData) -> None:
        jieba.initialize()
        self.freq = jieba.dt.FREQ
        self.tags = posseg.dt.word_tag_tab
        self.stops = data.texts("stop")
        self.function_stops = {w for w in self.stops if self.is_function(w)}
        self.units = data.texts("prefix") | set(data.region_forms)
        self.regions = set(data.region_forms)
        # words a company's registered name brackets as a place is (`某某（控股）有限公司`)
        self.bracket_parts = data.texts("bracket_part")
        self.legal = sorted((p.text for p in data.of_kind("suffix") if p.legal),
                            key=len, reverse=True)
        self.blockers = {b.text: b.word_before for b in data.of_kind("blocker") if not b.name_before}
        self.soft_blockers = {b.text for b in data.of_kind("blocker") if b.name_before}
        self.trade_heads = sorted((p.text for p in data.of_kind("suffix") if p.trade_name),
                                  key=len, reverse=True)
        self.modifiers = data.texts("generic_modifier")
        self.trades = sorted(data.texts("trade_field"), key=len, reverse=True)
        self.trade_words = set(self.trades)
        self.trade_prefixes = tuple(self.trades)
        self.trade_sizes = sorted({len(w) for w in self.trades}, reverse=True)
        self.kind_words = self.modifiers | data.texts("trade_field")
        self.kind_starts = {w[0] for w in self.kind_words}
        self.status_words = self.kind_words | data.texts("status_word")
        self.zone_ends = tuple(data.texts("zone"))
        # the words that name a zone (`新区`, `开发区`, `片区`): the listed zones and the units a
        # zone's body opens with that end in 区
        self.zone_words = self.zone_ends + tuple(w for w in data.texts("prefix") if len(w) > 1 and w[-1] == "区")
        self.status_starts = {w[0] for w in self.status_words}
        self.determiners = {p.text for p in data.of_kind("generic_modifier") if p.determiner}
        self.determiner_ends = {w[-1] for w in self.determiners}
        self.heads = {p.text for p in data.of_kind("suffix")}
        # heads that name a body alone (`市委`, `政协`): a unit after one is named (`区委办公室`)
        self.bodies = {p.text for p in data.of_kind("suffix") if p.min_prefix == 0}
        self.head_max = max(map(len, self.heads), default=0)
        # heads of two characters or more (`大学`, `公司`): one inside the stretch a walk has
        # crossed names a body of its own there
        long_heads = sorted((h for h in self.heads if len(h) > 1), key=len, reverse=True)
        self.long_head_re = re.compile("|".join(map(re.escape, long_heads)) or "(?!)")
        self.translit = data.translit

    def is_function(self, word: str) -> bool:
        """A word of a class that never names a body. jieba tags `零部件` and `零件` (parts)
        mq, reading 零 as zero: a word of numerals opened by 零 is a noun (`汽车零部件工业协会`)."""
        tag = self.tags.get(word)
        if not tag:
            return True
        return tag[0] in FUNCTION_TAGS and not (tag[0] == "m" and word[0] == ZERO and len(word) > 1)

    def noun(self, word: str, tags: set[str] = CONTENT_TAGS) -> bool:
        return self.tags.get(word) in tags and self.freq.get(word, 0) >= WORD_FREQ

    # -- the walk's decisions -------------------------------------------------------------
    def verb_before(self, text: str, p: int) -> bool:
        """A dictionary verb or function word ends at `p` (`主持`, `助力`): the name
        cannot start before it, unless jieba reads the word on into the name as a longer
        word (`立法` of `立法会`: the segmentation, not the shorter word, decides)."""
        for word in (text[p - 2:p], text[p - 3:p]):
            if len(word) > 1 and word not in self.units and self.freq.get(word, 0) >= VERB_FREQ \
                    and (self.tags.get(word) == "v" or self.is_function(word)):
                if self.tags.get(word) == PLACE_WORD_TAG and text.startswith(self.zone_words, p):
                    return False  # `青岛西海岸新区管委会`: a place word (西海岸) names the zone after it
                return self.cut_at(text, p)
        return False

    def partner_of_verb(self, text: str, org_start: int, org_end: int, head: int) -> bool:
        """`与浙江某大学合作建设培训中心`: an organisation after 与/同/跟 and before a verb
        (a dictionary verb or verbal noun) is the partner of that verb, so the head after
        the verb is its object, not a unit of the organisation. A verb of joint action formed
        with 共 (`共建`, `共创`, `共办`: `与某集团共建研究院`) says so however rare it is."""
        if org_start == 0 or text[org_start - 1] not in PARTNER_PREPOSITIONS or head - org_end < 2:
            return False
        word = text[org_end:org_end + 2]
        if word[:1] == MISSION_MARK:
            return False  # `与某国商会驻华代表处`: the body's mission office, no verb of the partner
        return word not in self.kind_words and self.tags.get(word) in ("v", "vn") \
            and (self.freq.get(word, 0) >= VERB_FREQ or word[0] == JOINT) and self.cut_at(text, org_end + 2)

    def object_after_place_verb(self, text: str, p: int, head: int) -> int | None:
        """`在某市建设储能研发中心`, `将在某区设立某某中心`: after 在/于, a place, then a
        dictionary verb (or verbal noun) open a clause, so the head is the verb's object and
        the name cannot start before the verb. Where the walk began at such a place: the
        start after the verb; `head` where only kind words and common nouns stand between
        the verb and the head (a description, no name: the caller drops it); None where
        the stretch does not open so."""
        if p == 0 or text[p - 1] not in PLACE_PREPOSITIONS:
            return None
        q = next((p + k for k in range(min(6, head - p - 2), 1, -1)
                  if text[p:p + k] in self.regions), None)
        if q is None:
            return None
        verb = next((text[q:q + k] for k in (3, 2) if q + k < head
                     and self.tags.get(text[q:q + k]) in ("v", "vn")
                     and self.freq.get(text[q:q + k], 0) >= VERB_FREQ), None)
        if verb is None or not self.cut_at(text, q) or not self.cut_at(text, q + len(verb)):
            return None
        r = q + len(verb)
        words = _cut(text[r:head])
        if all(w in self.kind_words or (self.noun(w) and w not in self.units) for w in words):
            return head
        return r

    def verb_after_preposition(self, text: str, p: int) -> int | None:
        """Where a two-character verb ending at `p` starts, when a preposition that takes
        a noun phrase stands right before it (`由选举管理委员会`, `向采购中心`): no clause
        starts there, so the verb is a field of the name (a verb alone before the head,
        `由审计署`, is one already)."""
        q = p - 2
        if q >= 1 and text[q - 1] in NP_PREPOSITIONS and self.tags.get(text[q:p]) == "v" \
                and self.cut_at(text, q):
            return q
        return None

    @staticmethod
    def word_around(text: str, i: int, reach: int = 4) -> tuple[str, int, int]:
        """The word of jieba's segmentation (of a window of `reach` characters on each
        side) that holds the character at `i`, and where it starts and ends (the window's
        cuts memoised with `name_start`'s)."""
        lo = max(0, i - reach)
        at = lo
        for word in _cut(text[lo:i + reach + 1]):
            if at + len(word) > i:
                return word, at, at + len(word)
            at += len(word)
        return text[i:i + 1], i, i + 1

    @classmethod
    def cut_at(cls, text: str, p: int) -> bool:
        """Whether jieba's segmentation of the text around `p` puts a word boundary at
        `p` (a word starts there)."""
        return p <= 0 or p >= len(text) or cls.word_around(text, p)[1] == p

    def trim_verbs(self, text: str, p: int, head: int) -> int:
        """Past the dictionary verbs and function words (two or more characters) that
        open the stretch [p, head) and are no name part."""
        while head - p >= 2:
            word = next((text[p:p + k] for k in (3, 2) if p + k <= head
                         and text[p:p + k] not in self.units
                         and self.freq.get(text[p:p + k], 0) >= VERB_FREQ
                         and (self.tags.get(text[p:p + k]) == "v"
                              or self.is_function(text[p:p + k]))), None)
            if word is None:
                return p
            p += len(word)
        return p

    def name_start(self, text: str, p: int, head: int, end: int | None = None) -> int:
        """The walk's start `p` moved onto the segmenter's words: a noun that `p` cuts in
        two is taken whole (`崇礼县` of `崇礼县政府`, `基本法` of `基本法咨询委员会`), and
        function words that open the stretch before a name's first word are dropped
        (`当` in `当某某中心`; a verb before a place or a name word: `包含` + `交通银行`).
        Only a few characters around `p` are cut, and the cuts are memoised (a long text
        that repeats itself costs no more)."""
        lo = max(0, p - WINDOW_BEFORE)
        at, words = lo, []
        # up to the name's end where known: a cut inside the head (`医|院`) can move the
        # words before it (`中日友好医院` read as 中日 + 友好 + 医)
        stop = min(head, p + WINDOW_AFTER) if end is None else min(end, max(head, p + WINDOW_AFTER))
        for w in _cut(text[lo:stop]):
            words.append((at, w))
            at += len(w)
        for a, w in words:
            if a < p < a + len(w):
                tag = self.tags.get(w)
                if tag in WHOLE_TAGS and _name_char(w[0]) and w[0] not in NUMERALS \
                        and w[0] != "第" and (self.freq.get(w, 0) >= WORD_FREQ
                                             or len(w) > 2 and w[-1] in DESIGNATORS):
                    p = a
                break
        rest = [(a, w) for a, w in words if a >= p and a + len(w) <= head]  # before the head
        for (a, w), (_, nxt) in zip(rest, rest[1:]):
            tag = self.tags.get(w) or ""
            if w in self.units or not tag or tag in NAME_TAGS:
                break
            if (tag[0] not in OPENER_TAGS or len(w) == 1 and tag[0] not in SINGLE_OPENERS) and not (
                    tag == "v" and len(w) > 1 and self.freq.get(w, 0) >= VERB_FREQ
                    and (nxt in self.units or self.tags.get(nxt) in NAME_TAGS)):
                break
            p = a + len(w)
        return p

    def cross(self, text: str, stop: int, p: int, head: int, pat, found,
              units) -> tuple[int, str] | None:
        """Whether the left walk at `p` goes on over the stop word `text[stop:p]`: the new
        position and how (`crossed`: a field word by the head, `word`: inside a noun,
        `coord`: a coordinated field), or None where the name starts at `p`."""
        word = text[stop:p]
        if len(word) == 1 and p < head and self.noun(text[stop:p + 1]):
            return stop, "word"  # 微电子, 同业公会: the stop character starts a noun the name holds
        if self.coined_start(text, stop, p, head):
            return stop, "word"
        if word in self.function_stops:
            # `数据` of `某某数据科技有限公司`: a preposition's character closing the field noun
            # jieba reads whole, right before a trade word of a company's name (not the
            # preposition before a name, `据某公司`, nor a noun before a place or a trade
            # name: `单位昆山某某公司`, `现任某某公司`)
            if len(word) == 1 and p < head and pat.trade_name and stop > 0 \
                    and text[stop - 1] not in self.stops \
                    and self.word_around(text, stop)[1:] == (stop - 1, p) and self.noun(text[stop - 1:p], {"n"}) \
                    and text.startswith(self.trade_prefixes, p):
                return stop - 1, "word"
            return None
        if len(word) == 1 and p < head:
            around, start, end = self.word_around(text, stop)
            if end > p and self.tags.get(around) in NOUN_TAGS:
                return start, "word"  # 供应链, 中日友好医院: a stop inside a noun that runs on
                # into the name (not `应` of 应邀, nor the end of a word before it: `本报讯`)
        if p == head and self.tags.get(word) in CONTENT_TAGS:
            return stop, "crossed"
        if p == head and len(word) > 1 and self.tags.get(word) == "v" and stop > 0:
            before, at, _ = self.word_around(text, stop - 1)
            if at < stop - 1 and self.noun(before, {"vn"}):  # `运行监测协调局`: a verb by the head
                return stop, "crossed"  # after a verbal noun is the body's function (not
                # `宣布成立委员会`, nor a body's meeting: `某商会召开理事会`)
        if len(word) == 1:
            if stop > 0 and text[stop - 1] not in self.stops and self.noun(text[stop - 1:p], NOUN_TAGS):
                return stop - 1, "word"  # 中原: a place noun holds 原 (not `月经` of `5月经`)
        return None

    def coined_start(self, text: str, stop: int, p: int, head: int) -> bool:
        """`与今麦郎食品有限公司`, `与前海管理局`, `、月星集团`: a one-character stop word (a time
        or order word: 今, 前, 月, 号) right after a partner word, a conjunction or a mark, and
        before a character jieba leaves alone, is the first character of a coined name: there
        it has no number or verb to close (not `3月`, `会前`) and opens no word of its own
        (not `前三季度`, `今年`, nor `前` + `商务部` or + a bare designator, `前市某局`: the former
        holder's body)."""
        if p - stop != 1 or p >= head or stop > 0 and text[stop - 1] not in NAME_OPENERS \
                or not HAN_NAME.match(text, p) or text[p] in DESIGNATORS \
                or self.freq.get(text[stop:p + 1], 0) >= WORD_FREQ:
            return False
        _, at, end = self.word_around(text, p)
        return at == p and end == p + 1

    @staticmethod
    def ordinal_start(text: str, p: int, head: int) -> int | None:
        """Where `第` + numerals ending at `p` start, when a name word follows them (not a
        measure word or a word of sides and turns: `第三届`, `第二批`, `第三方`): the number
        of one body of a series (`中国建筑第三工程局`, `第一中学`), as the State Council's
        enterprises and a city's schools and hospitals are named, is part of the name."""
        q = p
        while q > 0 and text[q - 1] in NUMERALS:
            q -= 1
        if q == p or q == 0 or text[q - 1] != ORDINAL or p >= head \
                or text[p] in CLASSIFIERS or text[p] in NOT_NUMBERED:
            return None
        return q - 1

    def own_word(self, text: str, p: int) -> bool:
        """The stop character before `p` and the character at `p` make one function word
        (`我国`, `其余`, `这些`, `而且`): that character is not the name's first."""
        word = text[p - 1:p + 1]
        return p > 0 and len(word) == 2 and word not in self.units \
            and (self.freq.get(word, 0) >= WORD_FREQ and self.is_function(word)
                 or word in self.modifiers) \
            and not any(text[p:p + k] in self.units for k in (2, 3, 4))

    def past_function_word(self, text: str, p: int, limit: int) -> int:
        """`p`, or the end of a function word that crosses it (`当中` of `当中贸促局`: the
        name cannot open inside a word of another class), where jieba reads that word
        too (not a name part at `p`: `其中国家…`, but `今日土木…` is not `日土`) and it
        ends before `limit`."""
        if p == 0:
            return p
        for a, b in ((p - 1, p + 1), (p - 2, p + 1), (p - 1, p + 2)):
            if a < 0 or b >= limit:
                continue
            word = text[a:b]
            if word in self.tags and word not in self.units \
                    and self.is_function(word) and self.freq.get(word, 0) >= WORD_FREQ \
                    and not self.cut_at(text, p):
                return b
        return p

    @staticmethod
    def counted(text: str, p: int) -> bool:
        """`13家`, `三四家`, `24支`: a measure word after a number ends at `p`, so the
        noun after it is counted, not named."""
        return p >= 2 and text[p - 1] in CLASSIFIERS and text[p - 2] in NUMERALS

    def head_in_word(self, text: str, start: int, end: int) -> bool:
        """A one-character head that closes a dictionary word of another class than a
        noun (`查处`, `地处`, `处处`, `一部`, `多部`), unless the character before the head
        rather closes a more frequent word with the one before it (the segmentation a
        unigram model picks)."""
        if end - start != 1 or start == 0:
            return False
        if text[start - 1].isdigit() or text[start - 1] in CLASSIFIERS and start > 1 \
                and text[start - 2] in NUMERALS:
            return True  # `70部`, `2处`, `三家厂`: a number counts, it names nothing
        word = text[start - 1:end]
        tag = self.tags.get(word)
        freq = self.freq.get(word, 0)
        if not tag or freq < WORD_FREQ or tag[0] == "n" or tag in CONTENT_TAGS:
            return False
        return self.freq.get(text[start - 2:start], 0) < freq if start >= 2 else True

    def in_place(self, text: str, start: int, end: int) -> bool:
        """A one-character head belongs to a place name that runs past it on either side
        (`莫斯科`, `社旗县`)."""
        if end - start != 1:
            return False  # longer heads are not parts of place names
        for k in range(2, 7):
            if end - k >= 0 and text[end - k:end] in self.regions \
                    or text[start:start + k] in self.regions:
                return True
        return False

    def transliterated(self, text: str, start: int, end: int) -> bool:
        """A one-character head that is also a transliteration character, inside a run of
        them (`某尔科特`, `某拉科夫`) or closing one that no dictionary word ends
        (`基里延科`): a foreign name, not a section (`财务科` has a word before it)."""
        if end - start != 1 or text[start] not in self.translit or start < 2:
            return False
        if text[start - 1] in self.translit and end < len(text) and text[end] in self.translit \
                and text[end] != text[start]:
            return True
        before = text[max(0, start - 3):start]
        return sum(ch in self.translit for ch in before) >= 2 and not any(
            self.freq.get(text[start - k:start], 0) >= WORD_FREQ for k in (2, 3) if start >= k)

    def word_before(self, text: str, start: int) -> bool:
        """The character before `start` and the one at it make a dictionary word more
        frequent than the word that starts at `start` (`财政` against `政局` in `财政局`)."""
        word = text[start - 1:start + 1]
        return start > 0 and self.freq.get(word, 0) >= WORD_FREQ \
            and self.freq.get(word, 0) > self.freq.get(text[start:start + 2], 0)

    def word_start(self, text: str, p: int) -> int:
        """Where a dictionary noun that `p` cuts in two starts (`新闻` of `新闻出版`, `公积金`
        of `公积金监管`), so that a name does not begin inside a word; `p` where none does,
        or where the characters before it rather make a more frequent word (`上报国务院`)."""
        for q in (p - 1, p - 2):
            if q < 0 or not all(_name_char(ch) for ch in text[q:p]):
                break
            word = text[q:p + 1]
            rival = self.freq.get(text[q - 1:q + 1], 0) if q > 0 else 0
            if self.noun(word, NOUN_TAGS) and rival < self.freq[word]:
                return q
        return p

    def field_after_place(self, text: str, p: int, units, unit_chars) -> int | None:
        """Where a dictionary noun that ends at `p` starts, when a place or a name part
        ends right before it (`杭州市` + `文化` before `广电旅游局`): once the budget of
        unknown characters is spent, a field word between the place and the rest of the
        name is still the name's, since a name opens with its place."""
        for k in (2, 3, 4):
            q = p - k
            if q <= 0 or not self.noun(text[q:p]) or text[q:p] in self.units:
                continue
            if units.get(q) is not None or text[q - 1] in unit_chars and self.cut_at(text, q):
                return q
        return None

    def modified_verb_after_place(self, text: str, p: int, units) -> int | None:
        """Where a noun before the verb word that ends at `p` starts, when a place ends right
        before that noun (`某省` + `智能` + `制造` before `专家委员会`): a noun before a verb
        makes a compound field (smart manufacturing), not a clause, and a name opens with its
        place. A verb right after the place is the place's predicate (`某省成立委员会`)."""
        for k in (2, 3):
            verb = text[p - k:p]
            if self.tags.get(verb) != "v":
                continue
            q = p - k - 2
            if q > 0 and self.noun(text[q:p - k]) and text[q:p - k] not in self.units \
                    and units.get(q) is not None:
                return q
        return None

    def place_at(self, words: str) -> int:
        """Where the first place name or transliterated name (three characters or more)
        in `words` starts; `len(words)` if there is none."""
        run = 0
        for i, ch in enumerate(words):
            if any(words[i:i + k] in self.regions for k in range(2, 7) if i + k <= len(words)):
                return i
            run = run + 1 if ch in self.translit else 0
            if run >= 3:
                return i - 2
        return len(words)

    def word_across(self, text: str, end: int) -> bool:
        """A name's last character and the next one make a dictionary word that the next
        two characters do not outdo (`部门` of `财政部门`, `大部` of `华北大部`): the name
        does not end there."""
        word = text[end - 1:end + 1]
        freq = self.freq.get(word, 0)
        after = text[end:end + 2]
        return len(word) == 2 and freq >= WORD_FREQ \
            and (len(after) < 2 or self.freq.get(after, 0) < freq)

    def generic_reference(self, words: str, modifiers_only: bool) -> bool:
        """`沪上某银行`, `国内某公司`: a single 某 before the head (or before kind words
        only) makes a reference to an unnamed body (`某某公司` is a placeholder name);
        `所有外国使馆`: generic modifiers alone before a head of two characters or more
        (a one-character department head keeps its field: `外资司`)."""
        at = words.rfind("某") if "某" in words else -1
        if at >= 0 and words[at - 1:at] != "某" and words[at + 1:at + 2] != "某":
            rest = words[at + 1:]
            if not rest or self.kind_only(rest):
                return True
        return modifiers_only and bool(words) and self.kind_only(words, self.modifiers)

    def determined(self, text: str, p: int, words: str) -> bool:
        """`各级工商联`, `所有省贸促会`: a quantifier or demonstrative right before a name
        made of no more than a place designator or kind words refers to every such body,
        not to one (the head may be a name alone elsewhere: `工商联`); so does a body named by
        a designator after the 等 that closes a list of places (`福州、漳州等地贸促会`)."""
        if p > 0 and text[p - 1] == LIST_CLOSE and words[:1] in LIST_PLACES:
            return True  # `福州、漳州等地贸促会`, `辽宁、陕西等省工信厅`: each listed place's body
        if p == 0 or not (text[p - 1] in self.determiner_ends):
            return False
        if not any(text[p - k:p] in self.determiners for k in (1, 2) if p >= k):
            return False
        return not words or words in DESIGNATORS or self.kind_only(words)

    def head_and_kind(self, words: str) -> bool:
        """`公司新工厂`, `协会下属中心`: a body's head word and kind words before another head
        name a part or a kind of that unnamed body, not a body of its own (a head that
        names a body alone, `区委`, names it: `区委办公室`)."""
        if len(words) > self.head_max + FIELD_MAX:
            return False
        for size in range(min(self.head_max, len(words)), 0, -1):  # the longest head first
            if words[:size] in self.heads:
                if words[:size] in self.bodies:
                    return False
                rest = words[size:]
                return not rest or len(rest) <= FIELD_MAX and self.kind_only(rest)
        return False

    def zone_and_kind(self, words: str) -> bool:
        """`开发区国有平台`, `新区投资`: before a company head, a zone's bare designator
        (a name part of two or more characters that is no place: `开发区`, `高新区`) and
        kind words only: a kind of company of an unnamed zone, no trade name."""
        at = 0
        while True:
            unit = next((words[at:at + k] for k in range(min(7, len(words) - at - 1), 1, -1)
                         if words[at:at + k] in self.units and words[at:at + k] not in self.regions), None)
            if unit is None:
                break
            at += len(unit)
        return 0 < at < len(words) and self.kind_only(words[at:])

    def trade_pair(self, text: str, conj: int, head: int) -> int | None:
        """`清源电力和水务集团`, `某某建筑设计及工程咨询有限公司`: two trades joined by 和/及
        before a company head are one company's trade (the PRC enterprise-name order: place +
        trade name + trade + legal form); the start of the first trade, or None."""
        if text[conj] not in "和及与" or not self.kind_only(text[conj + 1:head]) \
                or not any(ch not in self.modifiers for ch in text[conj + 1:head]):
            return None
        q = conj
        while q > 0:
            word = self.trade_ending(text, q)
            if word is None:
                break
            q -= len(word)
        return q if q < conj else None

    def verb_object(self, text: str, start: int) -> bool:
        """A dictionary verb right before the head (`提供银行`, `开办分公司`): the head is
        its object; the caller checks that nothing but a place comes before the verb."""
        word = text[start - 2:start]
        return start >= 2 and word not in self.units and word not in self.kind_words \
            and self.tags.get(word) == "v" and self.freq.get(word, 0) >= VERB_FREQ

    def kind_only(self, words: str, vocabulary: set[str] | None = None) -> bool:
        """`商业`, `国有`, `大型汽车`, `电力和水务`: the stretch is made of generic modifiers
        and trade words only (kind words, models/zh/org_patterns.jsonl), so it holds no trade
        name."""
        vocabulary = vocabulary or self.kind_words
        if not words or words[0] not in (
                self.status_starts if vocabulary is self.status_words else self.kind_starts):
            return False
        if not CONJ.isdisjoint(words):
            words = words.translate(CONJ_DROP)
        ok = [True] + [False] * len(words)
        for i in range(len(words)):
            if not any(ok[i:i + 7]):
                return False  # no word reaches this far
            if ok[i]:
                for k in range(1, min(6, len(words) - i) + 1):
                    if words[i:i + k] in vocabulary:
                        ok[i + k] = True
        return ok[-1]

    def status(self, text: str, p: int, start: int, end: int, pat) -> bool:
        """`香港作为国际金融、航运及贸易中心`, `巩固其区域知识产权贸易中心地位`: a head with
        status words alone before it (kind words, 国际, 区域; after a place: `亚洲主要资产
        管理中心`) names a standing a place holds
        or seeks where a verb of such a standing opens its clause before it or 地位 follows:
        no body."""
        if not (pat.status_before or pat.status_after):
            return False
        words = text[p:start]
        place = next((k for k in range(min(len(words) - 1, 8), 1, -1) if words[:k] in self.regions), 0)
        if not self.kind_only(words[place:], self.status_words):  # `亚洲主要资产管理中心`
            return False
        if text.startswith(tuple(pat.status_after), end):
            return True
        clause = text[max(0, p - STATUS_REACH):p]
        clause = clause[max(clause.rfind(c) for c in "，。；：！？,;:\n") + 1:]
        return any(v in clause for v in pat.status_before)

    def coordinated(self, text: str, conj: int, p: int, head: int, pat, found,
                    units, coord_seen: bool = False) -> int | None:
        """The start of a field joined by 与/及/暨/、 to the one the walk holds, when the
        two are parts of one department's name; none after a park or zone (`zone` rows),
        which is no field but a place of its own."""
        if not pat.coord or head - p < 2 or conj in found \
                or text[conj] == "、" and not coord_seen:  # 、 only inside `A、B与C`
            return None
        if self.long_head_re.search(text, conj + 1, head):
            return None  # `某公司与某大学某某学院`: a body's name after 与 starts the name there
        for size in range(min(FIELD_MAX, conj), 1, -1):
            q = conj - size
            field = text[q:conj]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in field):
                continue
            if any(ch in CONJ for ch in field) or field[-1] in ACTOR_ENDS:
                continue
            if field.endswith(self.zone_ends):
                return None  # `某某科学园区及某某研究院`: a park or zone ends its own name
            if any(field[-k:] in self.heads for k in range(2, min(len(field), self.head_max) + 1)):
                return None  # `协会与某某协会`: a body's head before 与, two bodies
            if not self.words(field) or field in self.regions \
                    or self.tags.get(field, "").startswith(("r", "nr", "ns")):
                continue
            if self.tags.get(field) == "v" and q and self.tags.get(text[q - 1], "")[:1] == "d":
                continue  # `将扩大与某研究院合作`: a verb after an adverb is the predicate, no field
            if any(w in self.stops or self.tags.get(w, "n")[0] in FUNCTION_TAGS
                   or self.tags.get(w) in PERSON_TAGS for w in _cut(field)) \
                    or any(field[i:i + k] in self.stops for i in range(len(field)) for k in (2, 3)):
                continue  # a stop, a function word or a person's name (`由省物流`, `今日`,
                # `委员长李某`), not a stop character inside a word (`经济`)
            if self.boundary(text, q, found, units):
                return q
        return None

    def words(self, field: str) -> bool:
        """`环境`, `自然环境`: one or two dictionary words (a person's name is not)."""
        if self.freq.get(field, 0) >= WORD_FREQ:
            return True
        return any(self.freq.get(field[:i], 0) >= WORD_FREQ
                   and self.freq.get(field[i:], 0) >= WORD_FREQ for i in range(2, len(field) - 1))

    def boundary(self, text: str, q: int, found, units) -> bool:
        """A name part may start at `q`: text start, punctuation, a stop, a place or an
        organisation just before it."""
        if q == 0 or not "\u4e00" <= text[q - 1] <= "\u9fff" or text[q - 1] in CONJ:
            return True
        if q in found or q in units:
            return True
        return any(text[q - k:q] in self.stops or text[q - k:q] in self.units
                   for k in (1, 2, 3, 4) if q >= k)  # `市` of `市文化和旅游局`

    def bracketed_place(self, text: str, p: int, units: dict[int, int]) -> int | None:
        """Where `(place)` ending at `p` opens, when the brackets hold exactly one place
        (`units`: end -> start of the name parts found in the text) or one of the words a
        registered name brackets (`(控股)`, `(集团)`)."""
        q = max(text.rfind("(", max(0, p - 10), p - 1), text.rfind("（", max(0, p - 10), p - 1))
        if q < 0 or units.get(p - 1) != q + 1 and text[q + 1:p - 1] not in self.bracket_parts:
            return None
        return q

    def core(self, name: str, legal: str, keep_place: bool = False) -> str | None:
        """A company's name without its legal form, bracketed place (and what follows
        it: `某某(深圳)物流`), `集团` and leading region (`浙江某某光电股份有限公司` →
        `某某光电`; with `keep_place`, `浙江某某光电`), when that is still a name
        (`short_name`)."""
        core = name[:-len(legal)] if name.endswith(legal) else name
        cut = max(core.rfind("("), core.rfind("（"))
        if cut > 0 and any(ch in core[cut:] for ch in CLOSE):
            core = core[:cut]  # `某某科技(苏州)有限公司`, `某某(深圳)物流有限公司`
        for tail in self.legal:
            if core.endswith(tail) and len(core) > len(tail):
                core = core[:-len(tail)]
                break
        for size in range(min(len(core) - 1, 8), 1, -1):
            if core[:size] in self.regions and not keep_place:
                core = core[size:]
                break
        return core if self.short_name(core) else None

    def short_name(self, core: str) -> bool:
        """Whether a part of a company's name can stand for it: two or more Han
        characters, not a dictionary word and not a place. A name of two (`某某集团` …
        `某某`) is read only where it stands as a word of its own (HanOrgFinder.short_forms)."""
        return len(core) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in core) \
            and core not in self.regions and self.freq.get(core, 0) < WORD_FREQ

    def brand(self, core: str) -> str | None:
        """The trade name (字号) in a company's `core`: the PRC rules on enterprise names
        order place + trade name + trade + legal form, and a release then calls the
        company by its trade name alone (`某某物流集团有限公司` … `某某`). The core without
        its trailing trade words (rows of trade_field, or common dictionary nouns that
        jieba cuts off whole: `供应链`, `管理`); None where no name would be left."""
        brand, words = core, list(_cut(core))
        # a trade name of two characters is left only by one trade word of two or more
        # (`某某科技`), not by one character jieba cut off a transliteration (`萨尔汉`) or
        # by a run of trade words, whose first two characters may be a descriptor
        # (`粤澳中医药科技`)
        while len(brand) - len(words[-1]) >= (2 if len(words[-1]) > 1 and brand == core else 3) \
                and (words[-1] in self.trade_words or self.noun(words[-1])):
            brand = brand[:-len(words.pop())]
        if len(words) > 1 and all(self.noun(w) for w in words):
            return None  # `数字经济` of `某地数字经济发展集团`: common nouns name a field
        return brand if brand != core and self.short_name(brand) else None

    def leading_names(self, core: str) -> list[str]:
        """The distinctive head of a company's `core`: its first words up to a word edge
        of the segmenter, two characters or more, that are no dictionary word and no place,
        with some of the core left after them (`某协` of `某协热交换器`, `某松` and `某松空调` of
        `某松空调系统`, `宁德某某` of `宁德某某新能源`). A release calls a firm it named
        in full by that head alone (one reading per document; `brand` finds it only where
        the rest is known trade words); HanOrgFinder.short_forms reads such a head only
        where it stands as a word of its own."""
        out, at = [], 0
        for word in _cut(core)[:-1]:
            at += len(word)
            if at >= 2 and self.short_name(core[:at]) and not self.words(core[:at]) \
                    and not core[:at].endswith(SITE_ENDS) \
                    and not (at == 2 and all(self.tags.get(ch) in ABBREVIATION_TAGS for ch in core[:2])) \
                    and not any(core[s:e] in self.trade_words
                                for s in range(max(0, at - 3), at) for e in range(at + 1, at + 5)):
                out.append(core[:at])  # (not a site, `某某产业园` of `某某产业园开发`, nor two
                # places' one-character short names, `粤澳`, nor inside a trade word: `某某新` of `某某新材料`)
        return out

    def trade_dropped(self, core: str) -> str | None:
        """`某某环境` of the core `某某环境工程`: a company's core without its last word where
        that word is a trade (trade_field rows) and four characters or more are left, the
        short name releases give a company whose trade is written in two words; not where
        what is left names a site (`某某产业园` of `某某产业园开发公司`)."""
        trade = next((w for w in self.trades if core.endswith(w)), None)  # longest first
        if trade is None:
            return None
        left = core[:-len(trade)]
        return left if len(left) >= 4 and not left.endswith(tuple(self.trades) + SITE_ENDS) \
            and left not in self.regions else None

    # -- edges for a span from another source ---------------------------------------------
    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The guidelines' edges for an ORG span [start, end) proposed elsewhere: take in
        a following bracketed place and legal form, drop leading verbs and function
        words (whole jieba words). None where nothing of a name is left, a kind of company
        is named (`中小银行`) or the span ends in a blocker word (`政局`)."""
        end = self.extend_right(text, end)
        start = self.past_function_word(text, start, end - 1)
        if self.tags.get(text[start:start + 1], "")[:1] in LOCATIVE_TAGS:
            # `讲话中希望协会`: a locative or particle, then a word the left walk stops at
            # (`希望`): the span began inside a clause
            for size in (4, 3, 2):
                word = text[start + 1:start + 1 + size]
                if len(word) == size and word in self.stops and word not in self.units \
                        and start + 1 + size < end:
                    start += 1 + size
                    break
        # `关中理工大学`: a place word (jieba's 处所词, a region as often as `家中`) that opens
        # the model's name is the model's reading of a place, no function word to drop,
        # unless its first character alone is a function word (`当中`, `家中`: a clause's)
        opens_place = not self.is_function(text[start:start + 1]) and any(
            self.tags.get(text[start:start + k]) == PLACE_WORD_TAG
            and text[start:start + k] not in self.stops for k in (2, 3))
        while start < end and not opens_place:
            for size in (4, 3, 2, 1):
                word = text[start:start + size]
                if len(word) == size and (word in self.stops and word not in self.units
                                          or size > 1 and self.is_function(word)
                                          and word in self.tags and word not in self.units):
                    start += size
                    break
            else:
                break
        start = self.past_place_and_verb(text, start, end)
        if end - start < 2 or self.kind_of_company(text[start:end]) \
                or self.blocked_end(text, start, end) or self.kind_of_trade(text[start:end]) \
                or self.unnamed_noun(text[start:end]) or self.partner_inside(text, start, end) \
                or self.jointly_built(text, start, end):
            return None
        return start, end

    def jointly_built(self, text: str, start: int, end: int) -> bool:
        """`双方共建某某联合研究院`: after a verb of joint action formed with 共 (`共建`,
        `共创`) the span is what the partners will build; made of common dictionary words
        only (no place, person or body's name, no coined word), it describes the thing
        and names no body yet (a proper word keeps it a name: `共建中美某某研究中心`)."""
        if start < 2 or text[start - 2] != JOINT or not self.cut_at(text, start) \
                or self.tags.get(text[start - 2:start]) not in ("v", "vn", "n", None):
            return False
        return all(self.tags.get(w, "x") in DESCRIBING_TAGS for w in _cut(text[start:end]))

    def partner_inside(self, text: str, start: int, end: int) -> bool:
        """The span opens with a body's name after 与/同/跟 and runs on into the verb that
        follows it (`与某大学合作建设`): a clause, not a name (`partner_of_verb`)."""
        return any((text[start:k] in self.units or text.endswith(tuple(self.heads), start, k))
                   and self.partner_of_verb(text, start, k, end)
                   for k in range(start + 2, end - 1))

    def unnamed_noun(self, name: str) -> bool:
        """`新工厂`, `公司新工厂`: a noun that is a head only after a name (a soft blocker,
        `工厂`, `行业协会`), with kind words or a body's head word alone before it."""
        for word in self.soft_blockers:
            if name.endswith(word):
                rest = name[:-len(word)]
                return not rest or len(rest) <= FIELD_MAX and (
                    self.kind_only(rest) or self.head_and_kind(rest))
        return False

    def past_place_and_verb(self, text: str, start: int, end: int) -> int:
        """`在北京拜会某某部部长`: a place, then a verb that jieba cuts as a word of its own,
        open a clause, not a name; the name starts after the verb."""
        for k in (4, 3, 2):
            if text[start:start + k] in self.regions:
                q = start + k
                for m in (2, 3):
                    if q + m < end and self.tags.get(text[q:q + m]) == "v" \
                            and self.cut_at(text, q) and self.cut_at(text, q + m):
                        return q + m
                break
        return start

    def trade_ending(self, text: str, end: int) -> str | None:
        """The longest trade word that ends at `end`: one slice and set lookup per length of
        the trade words, where trying every word costs a hundred `endswith` per call."""
        for n in self.trade_sizes:
            if n <= end and text[end - n:end] in self.trade_words:
                return text[end - n:end]
        return None

    def kind_of_trade(self, name: str) -> bool:
        """`北京科技`, `生物工程`: a place or a common noun before a trade word names a
        sector, not a company; a trade name does (`某某地产`)."""
        trade = self.trade_ending(name, len(name))
        if trade is None or len(name) == len(trade):
            return False
        before = name[:-len(trade)]
        return before in self.regions or self.noun(before, NOUN_TAGS)

    def blocked_end(self, text: str, start: int, end: int) -> bool:
        """The span is an ordinary word that the head-word walk does not read as a head,
        alone or after a place and general name parts (`僵局`, `某国政局`, `某市国际会展
        中心`), as the walk's blockers say; a name before the word keeps the span
        (`某某长江商业银行`)."""
        for size in range(2, min(6, end - start) + 1):
            word_before = self.blockers.get(text[end - size:end])
            if word_before is not None and not (word_before and self.word_before(text, end - size)) \
                    and (size == end - start or self.units_only(text[start:end - size])):
                return True
        return False

    def places_only(self, words: str) -> bool:
        """`某市某区`, `一某市`: places alone (after the numeral 一 a reference opens with)
        before a company head name no company: the PRC rules on enterprise names put a
        trade name (字号) between the place and the trade or legal form (`在某市某区公司会议室`:
        the release's own company at its seat; `一某市公司`: some firm from there)."""
        words = words[1:] if words[:1] == "一" else words
        return bool(words) and _made_of(words, self.regions, 2)

    def units_only(self, words: str) -> bool:
        """The stretch is made of places and general name parts only (`某市国际`, the bare
        level `县` of `县行政中心`): no name of its own."""
        return _made_of(words, self.units, 1)

    def kind_of_company(self, name: str) -> bool:
        """`中小银行`, `国内某公司`: a company head after kind words or a reference only."""
        head = next((h for h in self.trade_heads if name.endswith(h)), None)
        if head is None or len(name) == len(head):
            return False
        before = name[:-len(head)]
        return self.kind_only(before) or self.generic_reference(before, False)

    def extend_right(self, text: str, end: int) -> int:
        """`某某科技` + `(苏州)` + `有限公司`: a bracketed place, then a legal form."""
        if end < len(text) and text[end] in OPEN:
            close = min((i for i in (text.find(")", end), text.find("）", end)) if i > 0),
                        default=-1)
            inner = text[end + 1:close] if close > 0 else ""
            if 0 < len(inner) <= 8 and (inner in self.units or inner in self.bracket_parts) \
                    and any(text.startswith(f, close + 1) for f in self.legal):
                end = close + 1
        for form in self.legal:
            if text.startswith(form, end):
                return end + len(form)
        return end
