"""Turn gathered mentions and clusters into table rows, deterministically."""

from __future__ import annotations

from collections import Counter, defaultdict

from .ids import stable_id
from .merge import Occurrence, cluster_persons, merge_reason


def _lang(text: str) -> str:
    return "zh" if any("\u3400" <= c <= "\u9fff" for c in text) else "en"


def _pick(forms: Counter) -> str | None:
    """Most frequent form; ties go to the longer (long form over abbreviation), then alphabetical."""
    return min(forms, key=lambda f: (-forms[f], -len(f), f)) if forms else None


def _aliases(eid: str, forms: dict[tuple[str, str], str], out) -> None:
    for (text, lang), kind in sorted(forms.items()):
        out["aliases"].append({"entity_id": eid, "text": text, "lang": lang, "kind": kind})


def entity_rows(accs, out) -> dict[tuple[str, str], str]:
    ids = {}
    for (label, key), acc in sorted(accs.items()):
        eid = ids[label, key] = stable_id(label, key)
        info = acc.info
        en, zh = Counter(), Counter()
        forms: dict[tuple[str, str], str] = {}
        for doc_id, e in acc.mentions:
            for form in {e["text"], e.get("value") or e["text"]}:
                (zh if _lang(form) == "zh" else en)[form] += 1
                forms.setdefault((form, _lang(form)), "value" if form == e.get("value") else "surface")
            out["mentions"].append({"document_id": doc_id, "entity_id": eid, "start": e["start"],
                                    "end": e["end"], "text": e["text"]})
        name_en = info.get("name_en") or info.get("en") or _pick(en)
        name_zh = info.get("name_zh") or info.get("zh") or _pick(zh)
        for extra in (info.get("name_en"), info.get("name_zh")):
            if extra:
                forms.setdefault((extra, _lang(extra)), "canonical")
        out["entities"].append({"id": eid, "label": label, "key": key, "name_en": name_en, "name_zh": name_zh,
                                "code": info.get("code"), "parent": info.get("parent"),
                                "mention_count": len(acc.mentions)})
        _aliases(eid, forms, out)
        canonical = name_en or name_zh
        seen = set()
        for doc_id, e in acc.mentions:
            if e["text"] not in (canonical, name_zh) and e["text"] not in seen:
                seen.add(e["text"])
                out["merges"].append({"entity_id": eid, "left": canonical, "right": e["text"],
                                      "reason": merge_reason(e, key), "evidence": doc_id})
    return ids


def _person_key(group: list[Occurrence]) -> str:
    en = sorted(o.rn for o in group if o.lang == "en")
    rn = en[0] if en else sorted(o.rn for o in group)[0]
    orgs = sorted(set().union(*(o.orgs for o in group)))
    titles = sorted(set().union(*(o.titles for o in group)))
    anchor = f"org:{orgs[0]}" if orgs else f"title:{titles[0]}" if titles else ""
    return f"{rn}|{anchor}"


def person_rows(occs: list[Occurrence], links, out) -> dict[int, str]:
    uf, joins = cluster_persons(occs, links)
    groups: dict[int, list[Occurrence]] = defaultdict(list)
    for o in occs:
        groups[uf.find(o.idx)].append(o)
    keys = {root: _person_key(g) for root, g in groups.items()}
    clash = Counter(keys.values())
    person_of: dict[int, str] = {}
    for root, g in sorted(groups.items(), key=lambda kv: keys[kv[0]]):
        key = keys[root]
        if clash[key] > 1:
            key += "|" + "/".join(sorted({o.form for o in g}))
        eid = stable_id("PERSON", key)
        en = Counter(o.form for o in g for _ in o.mentions if o.lang == "en")
        zh = Counter(o.form for o in g for _ in o.mentions if o.lang == "zh")
        pinyin = Counter(o.pinyin for o in g if o.pinyin)
        forms = {(o.form, o.lang): "name" for o in g}
        for p in pinyin:
            forms.setdefault((p, "en"), "pinyin")
        out["entities"].append({"id": eid, "label": "PERSON", "key": key, "name_en": _pick(en) or _pick(pinyin),
                                "name_zh": _pick(zh), "code": None, "parent": None,
                                "mention_count": sum(len(o.mentions) for o in g)})
        _aliases(eid, forms, out)
        for o in g:
            person_of[o.idx] = eid
            for e in o.mentions:
                out["mentions"].append({"document_id": o.doc, "entity_id": eid, "start": e["start"],
                                        "end": e["end"], "text": e["text"]})
    for j in joins:
        a, b = occs[j.a], occs[j.b]
        out["merges"].append({"entity_id": person_of[j.a], "left": f"{a.form} @ {a.doc}",
                              "right": f"{b.form} @ {b.doc}", "reason": j.reason, "evidence": j.evidence})
    return person_of


def role_rows(stated, person_of, ids, out) -> None:
    sources: dict[tuple[str, str, str | None], dict[str, str | None]] = defaultdict(dict)
    for occ, tkey, okey, doc_id, date in stated:
        pid, tid = person_of[occ], ids["TITLE", tkey]
        oid = ids["ORG", okey] if okey else None
        sources[pid, tid, oid][doc_id] = date
    for (pid, tid, oid), docs in sorted(sources.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        rid = stable_id("ROLE", f"{pid}|{tid}|{oid or ''}")
        dates = sorted(d for d in docs.values() if d)
        n = len(docs)
        out["roles"].append({"id": rid, "person_id": pid, "title_id": tid, "org_id": oid,
                             "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
                             "confidence": round(1 - 0.5 ** n, 4),
                             "confidence_reason": f"stated in {n} document(s); each statement halves the doubt"})
        for doc_id, date in sorted(docs.items()):
            out["role_sources"].append({"role_id": rid, "document_id": doc_id, "date": date})


def event_rows(events, ids, out) -> None:
    for doc_id, date, regions in events:
        evid = stable_id("EVENT", doc_id)
        out["events"].append({"id": evid, "document_id": doc_id, "date": date})
        for key in regions:
            out["event_regions"].append({"event_id": evid, "entity_id": ids["REGION", key]})
