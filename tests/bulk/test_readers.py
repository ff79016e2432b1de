"""Reading inputs: kinds, order, ids, encodings, and what is skipped or reported."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from extractor.bulk.decode import NotText, decode_bytes, file_document
from extractor.bulk.items import DocItem, ErrorItem, FileItem
from extractor.bulk.readers import Walk, count_documents, file_kind, iter_items

from .conftest import EN, ZH, page


@pytest.mark.parametrize("name,expected", [
    ("a.jsonl", ("jsonl", False)), ("a.NDJSON", ("jsonl", False)), ("a.jsonl.gz", ("jsonl", True)),
    ("a.html", ("html", False)), ("a.htm.gz", ("html", True)), ("a.txt", ("text", False)),
    ("a.txt.gz", ("text", True)), ("a.css", (None, False)), ("a.gz", (None, True)),
])
def test_file_kind(name, expected):
    assert file_kind(Path(name)) == expected


@pytest.mark.parametrize("data,text,encoding", [
    (EN.encode("utf-8"), EN, "utf-8"),
    (b"\xef\xbb\xbf" + ZH.encode("utf-8"), ZH, "utf-8-sig"),
    (ZH.encode("gbk"), ZH, "gb18030"),
    (ZH.encode("gb18030"), ZH, "gb18030"),
    (ZH.encode("utf-16"), ZH, "utf-16"),
    (b"", "", "utf-8"),
])
def test_decode_bytes(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


@pytest.mark.parametrize("data,code", [
    (b"PK\x03\x04\x00\x00binary", "E012"),
    (b"\x01\x02\x03\x04\x05\x06" * 50, "E012"),
    (b"abc \x80\x80\xff\xff def", "E011"),
])
def test_decode_bytes_refuses(data, code):
    with pytest.raises(NotText) as e:
        decode_bytes(data)
    assert e.value.code == code


def test_declared_charset_is_used_after_utf8():
    html = page(ZH, charset="gb2312").encode("gbk")
    doc = file_document(FileItem("p.html", "html", html, False, {}))
    assert isinstance(doc, DocItem)
    assert "智利" in doc.record["text"] and doc.metadata["encoding"] == "gb18030"


def test_html_main_text_and_metadata():
    doc = file_document(FileItem("p.html", "html", page().encode(), False, {}))
    assert isinstance(doc, DocItem)
    text = doc.record["text"]
    assert EN in text
    for boilerplate in ("About us", "Latest news", "Copyright", "Privacy"):
        assert boilerplate not in text
    assert doc.metadata["title"].startswith("Council meets delegation")
    assert doc.metadata["date"] == "2021-05-14" == doc.record["doc_date"]


@pytest.mark.parametrize("data,gz,code", [
    (b"<html><head><title>t</title></head><body></body></html>", False, "E014"),
    (b'<html><body><nav><a href="/">Home</a> | <a href="/about">About us</a></nav></body></html>',
     False, "E014"),
    (b'<html><body><div class="menu"><a href="/">Home</a></div></body></html>', False, "E014"),
    (gzip.compress(page().encode())[:40], True, "E013"),
    (b"not gzip at all", True, "E013"),
])
def test_file_errors(data, gz, code):
    res = file_document(FileItem("x.html", "html", data, gz, {}))
    assert isinstance(res, ErrorItem) and res.code == code


def test_walk_order_ids_and_skips(archive):
    walk = Walk()
    items = list(iter_items([archive], walk))
    assert [i.id for i in items] == [
        "j1", "docs.jsonl:2", "html/a.html", "html/b.htm.gz", "g1", "more.jsonl.gz:2",
        "text/binary.txt", "text/broken.txt.gz", "text/en.txt", "text/gbk.txt", "text/zh.txt.gz"]
    assert walk.skipped == {"not a document file name": 1, "hidden file": 1}
    assert isinstance(items[5], ErrorItem) and items[5].code == "E003"
    assert items[0].metadata == {"url": "http://x.test/1"}  # gold lists are not copied
    assert items[0].record == {"id": "j1", "text": EN, "lang": "en", "doc_date": "2020-03-05"}
    assert count_documents([archive]) == len(items)


def test_a_linked_word_in_a_paragraph_is_text():
    html = b'<html><body><p>Talks in <a href="/bj">Beijing</a> on Monday.</p></body></html>'
    doc = file_document(FileItem("x.html", "html", html, False, {}))
    assert isinstance(doc, DocItem) and "Talks in Beijing" in doc.record["text"]


def test_empty_folder_and_explicit_file(tmp_path):
    (tmp_path / "empty").mkdir()
    assert list(iter_items([tmp_path / "empty"])) == []
    odd = tmp_path / "notes.dat"
    odd.write_text(EN)
    [item] = iter_items([odd])
    assert isinstance(item, FileItem) and item.id == "notes.dat" and item.kind == "text"


def test_corrupt_gzip_jsonl_keeps_lines_before(tmp_path):
    path = tmp_path / "d.jsonl.gz"
    full = gzip.compress(b"".join(b'{"id": "%d", "text": "x"}\n' % i for i in range(2000)))
    path.write_bytes(full[: len(full) - 20])
    items = list(iter_items([path]))
    assert isinstance(items[-1], ErrorItem) and items[-1].code == "E013"
    assert [i.id for i in items[:3]] == ["0", "1", "2"]


def test_symlinks_out_of_the_folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.txt").write_text(EN)
    root = tmp_path / "in"
    root.mkdir()
    (root / "own.txt").write_text(EN)
    os.symlink(outside, root / "link")
    os.symlink(root / "own.txt", root / "alias.txt")
    os.symlink(root, root / "loop")
    walk = Walk()
    assert [i.id for i in iter_items([root], walk)] == ["alias.txt", "own.txt"]
    assert walk.skipped == {"symlink outside input folder": 1,
                            "folder already walked (symlink loop)": 1}
    followed = [i.id for i in iter_items([root], Walk(follow_symlinks=True))]
    assert followed == ["alias.txt", "link/o.txt", "own.txt"]


def test_jsonl_line_encodings(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(f'{{"id": "u", "text": "{ZH}"}}\n'.encode()
                     + f'{{"id": "g", "text": "{ZH}"}}\n'.encode("gbk") + b'{"id": 7}\n')
    items = list(iter_items([path]))
    assert [i.record["text"] for i in items[:2]] == [ZH, ZH]
    assert items[2].id == "7"


def test_fast_forward_does_not_read_files(archive):
    walk = Walk(fast_forward=4)
    items = list(iter_items([archive], walk))
    assert isinstance(items[2], FileItem) and items[2].data == b""
    assert isinstance(items[7], FileItem) and items[7].data != b""


@pytest.mark.parametrize("data", [b"<meta " * 200_000, b"word " * 200_000,
                                  ("词" * 350_000).encode()])
def test_one_megabyte_inputs_decode_fast(data):
    import time

    from extractor.bulk.decode import declared_charset

    t0 = time.perf_counter()
    declared_charset(data)
    decode_bytes(data)
    assert time.perf_counter() - t0 < 1.0
