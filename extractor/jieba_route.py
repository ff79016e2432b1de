"""jieba's default segmentation (`jieba.cut(text)`: dictionary, best route, HMM for
unknown runs), word for word the same, in fewer Python steps.

Segmenting was half of the Chinese `fast` pipeline's time, and jieba spends it on
interpreter overhead rather than on its model: `get_DAG` builds a dict of lists that
`calc` walks again, slicing and looking up every dictionary word a second time and
taking `max` over a generator per character; the HMM's `viterbi` allocates four dicts
and copies every state's whole path at each character (quadratic in the run). Here the
route is computed in the same walk that finds the words (right to left, so each
position's best continuation is known when it is reached) and the Viterbi pass keeps
back-pointers in flat lists. The arithmetic is jieba's, in its order (the same floats,
`log(freq) - log(total) + best_after`), and ties break as jieba's `max` over
`(score, index)` tuples does, so the words are identical: `tests/core/test_jieba_route.py`
compares both on generated and real text.

The dictionary and the HMM tables are read from jieba at each call (`jieba.dt.FREQ`,
`total`, `finalseg`'s tables and its forced splits), so `jieba.add_word`,
`load_userdict`, `del_word` and `set_dictionary` act on this segmenter as on jieba's.
"""

from __future__ import annotations

import re
from math import log

from jieba import finalseg

from .tokenizers import quiet_jieba

MIN_FLOAT = finalseg.MIN_FLOAT
# jieba's block patterns (jieba.re_han_default, re_skip_default; finalseg.re_han, re_skip)
JIEBA = quiet_jieba()
RE_HAN, RE_SKIP = JIEBA.re_han_default, JIEBA.re_skip_default
HMM_HAN = finalseg.re_han
HMM_SKIP = finalseg.re_skip
HMM_HAN_RUN = re.compile(f"(?:{HMM_HAN.pattern})")  # a whole run that is one block of HMM_HAN


class JiebaSegmenter:
    """`cut(text)` is `dt.cut(text)` (accurate mode, HMM on) as a list, for jieba's
    default tokenizer `jieba.dt` or another `jieba.Tokenizer`."""

    def __init__(self, dt=None) -> None:
        self.dt = dt if dt is not None else JIEBA.dt  # a jieba.Tokenizer

    def cut(self, sentence: str) -> list[str]:
        out: list[str] = []
        # re.split with a capturing group alternates: text outside blocks, then a block
        for n, blk in enumerate(RE_HAN.split(sentence)):
            if not blk:
                continue
            if n % 2:
                self.cut_block(blk, out)
            elif len(blk) == 1:  # one mark between blocks (，): a word whether space or not
                out.append(blk)
            else:
                for i, x in enumerate(RE_SKIP.split(blk)):
                    if i % 2:
                        out.append(x)  # whitespace (or \r\n) as a word of its own
                    else:
                        out += x  # anything else one character at a time
        return out

    def route(self, s: str) -> list[int]:
        """For each position, the last index of the word the best route takes there
        (jieba's `get_DAG` then `calc`, fused)."""
        dt = self.dt
        dt.check_initialized()
        get = dt.FREQ.get
        logtotal = log(dt.total)
        n = len(s)
        score = [0.0] * (n + 1)
        last = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best_p = best_x = None
            i = k
            f = get(s[k])
            while f is not None:  # every prefix of a dictionary word is in FREQ
                if f:
                    p = log(f) - logtotal + score[i + 1]
                    # max over (p, i) tuples, i increasing: a later i wins an equal p
                    if best_p is None or p >= best_p:
                        best_p, best_x = p, i
                i += 1
                if i >= n:
                    break
                f = get(s[k:i + 1])
            if best_p is None:  # no word starts here: the character alone, log(1)
                best_p, best_x = 0.0 - logtotal + score[k + 1], k
            score[k], last[k] = best_p, best_x
        return last

    def cut_block(self, s: str, out: list[str]) -> None:
        """jieba's `__cut_DAG`: words of the best route; runs of single characters that
        are not a dictionary word go to the HMM."""
        last = self.route(s)
        freq = self.dt.FREQ
        x, n, run = 0, len(s), -1  # run: where the current run of single characters began
        while x < n:
            y = last[x] + 1
            if y - x == 1:
                if run < 0:
                    run = x
            else:
                if run >= 0:
                    unknown(s[run:x], freq, out)
                    run = -1
                out.append(s[x:y])
            x = y
        if run >= 0:
            unknown(s[run:], freq, out)


def unknown(buf: str, freq: dict, out: list[str]) -> None:
    """A run of single characters: the HMM's words unless it is a dictionary word."""
    if len(buf) == 1:
        out.append(buf)
    elif not freq.get(buf):
        hmm_cut(buf, out)
    else:
        out += buf


def hmm_cut(sentence: str, out: list[str]) -> None:
    """`jieba.finalseg.cut`. Most runs are Han characters only, one block of finalseg's
    split: those go to the HMM without the split."""
    force = finalseg.Force_Split_Words
    if HMM_HAN_RUN.fullmatch(sentence):
        for word in hmm_words(sentence):
            if word not in force:
                out.append(word)
            else:
                out += word
        return
    for n, blk in enumerate(HMM_HAN.split(sentence)):
        if n % 2:
            for word in hmm_words(blk):
                if word not in force:
                    out.append(word)
                else:
                    out += word
        else:
            out += [x for x in HMM_SKIP.split(blk) if x]


def hmm_words(s: str) -> list[str]:
    """finalseg's `__cut`: the words of the most likely B/M/E/S tagging."""
    if len(s) == 2:
        return pair_words(s)
    tags = viterbi(s)
    out = []
    begin = nexti = 0
    for i, tag in enumerate(tags):
        if tag == "B":
            begin = i
        elif tag == "E":
            out.append(s[begin:i + 1])
            nexti = i + 1
        elif tag == "S":
            out.append(s[i])
            nexti = i + 1
    if nexti < len(s):
        out.append(s[nexti:])
    return out


def pair_words(s: str) -> list[str]:
    """`hmm_words` of two characters, the most common unknown run: their tagging ends in
    E (BE or ME: one word) or S (SS or ES: two), whichever scores higher, so only those
    two scores of `viterbi`'s last step are needed (the same sums, in its order)."""
    start, trans, emit = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    e_e, e_s = emit["E"], emit["S"]
    a, b = s
    v_b, v_m = start["B"] + emit["B"].get(a, MIN_FLOAT), start["M"] + emit["M"].get(a, MIN_FLOAT)
    v_e, v_s = start["E"] + e_e.get(a, MIN_FLOAT), start["S"] + e_s.get(a, MIN_FLOAT)
    em = e_e.get(b, MIN_FLOAT)
    p_b, p_m = v_b + trans["B"].get("E", MIN_FLOAT) + em, v_m + trans["M"].get("E", MIN_FLOAT) + em
    n_e = p_m if p_m >= p_b else p_b
    em = e_s.get(b, MIN_FLOAT)
    p_s, p_e = v_s + trans["S"].get("S", MIN_FLOAT) + em, v_e + trans["E"].get("S", MIN_FLOAT) + em
    n_s = p_s if p_s >= p_e else p_e
    return [a, b] if n_s >= n_e else [s]


def viterbi(obs: str) -> str:
    """finalseg.viterbi(obs, "BMES", ...)'s tag path, unrolled over the four states with
    back-pointers instead of a copied path per state and step. The same sums in the
    same order (previous score + transition + emission); where the two previous states
    of a state tie, the greater letter wins, as `max` over `(prob, state)` makes it."""
    start, trans, emit = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    e_b, e_m, e_e, e_s = emit["B"], emit["M"], emit["E"], emit["S"]
    # finalseg.PrevStatus: B <- E|S, M <- M|B, E <- B|M, S <- S|E
    t_eb, t_sb = trans["E"].get("B", MIN_FLOAT), trans["S"].get("B", MIN_FLOAT)
    t_mm, t_bm = trans["M"].get("M", MIN_FLOAT), trans["B"].get("M", MIN_FLOAT)
    t_be, t_me = trans["B"].get("E", MIN_FLOAT), trans["M"].get("E", MIN_FLOAT)
    t_ss, t_es = trans["S"].get("S", MIN_FLOAT), trans["E"].get("S", MIN_FLOAT)
    c = obs[0]
    v_b, v_m = start["B"] + e_b.get(c, MIN_FLOAT), start["M"] + e_m.get(c, MIN_FLOAT)
    v_e, v_s = start["E"] + e_e.get(c, MIN_FLOAT), start["S"] + e_s.get(c, MIN_FLOAT)
    back = []  # per step, the previous state of B, M, E and S (0 1 2 3)
    for c in obs[1:]:
        em = e_b.get(c, MIN_FLOAT)
        p_e, p_s = v_e + t_eb + em, v_s + t_sb + em
        n_b, f_b = (p_s, 3) if p_s >= p_e else (p_e, 2)
        em = e_m.get(c, MIN_FLOAT)
        p_m, p_b = v_m + t_mm + em, v_b + t_bm + em
        n_m, f_m = (p_m, 1) if p_m >= p_b else (p_b, 0)
        em = e_e.get(c, MIN_FLOAT)
        p_b, p_m = v_b + t_be + em, v_m + t_me + em
        n_e, f_e = (p_m, 1) if p_m >= p_b else (p_b, 0)
        em = e_s.get(c, MIN_FLOAT)
        p_s, p_e = v_s + t_ss + em, v_e + t_es + em
        n_s, f_s = (p_s, 3) if p_s >= p_e else (p_e, 2)
        v_b, v_m, v_e, v_s = n_b, n_m, n_e, n_s
        back.append((f_b, f_m, f_e, f_s))
    state = 3 if v_s >= v_e else 2
    path = [state]
    for ptr in reversed(back):
        state = ptr[state]
        path.append(state)
    return "".join(["BMES"[i] for i in reversed(path)])
