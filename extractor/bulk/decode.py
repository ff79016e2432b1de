"""Bytes to text, in the workers: gzip, encodings, and the main text of HTML pages.

Encodings: a BOM decides; otherwise UTF-8, then (for HTML) the charset the page
declares, then GB18030, a superset of GBK and GB2312 in which most Chinese archives
outside UTF-8 are saved. A file that is not UTF-8 throughout is decoded line by line
(archives concatenated from several sources mix encodings): each line in the first of
those encodings that reads it, and a line none reads with replacement characters, counted
in the document's `replaced_lines`, so one bad line no longer loses the whole document.
Offsets stay exact: they index the decoded text. A file no line of which decodes is
reported (E011), never guessed.
"""

from __future__ import annotations

import codecs
import re
import zlib
from typing import Any

from .items import E_BINARY, E_GZIP, E_NO_TEXT, E_TOO_LARGE, E_UNDECODABLE, DocItem, ErrorItem, FileItem

MAX_FILE_BYTES = 64 * 1024 * 1024  # a document file, or one JSONL line, unpacked
CHUNK = 1024 * 1024

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
WORD = re.compile(r"\w")
NAV_TEXT_MAX = 2000  # characters: longer extracted text is never only a menu's labels
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
CHINESE_ALIASES = {"gbk", "gb2312", "gb_2312-80", "x-gbk", "cp936", "euc-cn"}
HTML_META = ("title", "date", "author", "sitename", "url", "hostname", "description", "language")


class NotText(ValueError):
    """The bytes are not text in any encoding we accept."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def decode_line(raw: bytes) -> tuple[str, str]:
    """One JSONL line: UTF-8 (BOM allowed), else GB18030; raises UnicodeDecodeError."""
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding used); raises NotText for binary or undecodable data."""
    text, enc, _ = decode_file(data, declared)
    return text, enc


def decode_file(data: bytes, declared: str | None = None) -> tuple[str, str, int]:
    """(text, encoding used or "mixed", lines decoded with replacement characters)."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, 0
            except UnicodeDecodeError as e:
                raise NotText(E_UNDECODABLE,
                              f"invalid {enc} after its byte-order mark: {e.reason}") from None
    if b"\x00" in data[:8192]:
        raise NotText(E_BINARY, "binary file (NUL bytes)")
    try:
        text, enc, replaced = data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        text, enc, replaced = _by_line(data, _candidates(declared))
    head = text[:8192]
    if head and len(CONTROL.findall(head)) > len(head) // 20:
        raise NotText(E_BINARY, "binary file (control characters)")
    return text, enc, replaced


def _by_line(data: bytes, encodings: list[str]) -> tuple[str, str, int]:
    """Each line in the first encoding that reads it (a newline byte is never inside a
    UTF-8 or GB18030 character, so splitting first is safe). An ASCII line reads the same
    in every candidate, so it says nothing about which encodings the file mixes: a page
    in its declared GBK is "gb18030", not "mixed" for its ASCII markup lines."""
    out, used, replaced, lines = [], set(), 0, 0
    for raw in data.splitlines(keepends=True):
        for enc in encodings:
            try:
                out.append(raw.decode(enc))
                if not raw.isascii():
                    used.add(enc)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        else:
            out.append(raw.decode("utf-8", errors="replace"))
            replaced += 1
        lines += 1
    if replaced == lines:
        raise NotText(E_UNDECODABLE, "cannot decode: no line is UTF-8 or GB18030"
                      + (f" or the declared {encodings[1]}" if len(encodings) > 2 else ""))
    enc = used.pop() if len(used) == 1 and not replaced else "mixed"
    return "".join(out), enc, replaced


def _candidates(declared: str | None) -> list[str]:
    out = ["utf-8"]
    if declared:
        name = declared.lower()
        name = "gb18030" if name in CHINESE_ALIASES else name
        try:
            name = codecs.lookup(name).name
        except LookupError:
            name = ""
        if name and name not in out:
            out.append(name)
    if "gb18030" not in out:
        out.append("gb18030")
    return out


def declared_charset(data: bytes) -> str | None:
    m = CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def gunzip(data: bytes, limit: int = MAX_FILE_BYTES) -> bytes:
    """The unpacked bytes, never more than `limit` of them: the size limit is on what the
    file unpacks to, checked while unpacking (a 0.6 MB gzip can hold 256 MB), so a bomb
    stops at the limit with E015 instead of filling the worker's memory."""
    out, size = [], 0
    rest = data
    try:
        while rest:
            d = zlib.decompressobj(wbits=31)  # one gzip member; a file may hold several
            while True:
                chunk = d.decompress(rest, min(CHUNK, limit + 1 - size))
                out.append(chunk)
                size += len(chunk)
                if size > limit:
                    raise NotText(E_TOO_LARGE, f"file unpacks to more than {limit} bytes")
                rest = d.unconsumed_tail
                if d.eof or not (rest or chunk):
                    break
            if not d.eof:
                raise EOFError("compressed file ended before the end-of-stream marker was reached")
            rest = d.unused_data.lstrip(b"\x00")  # gzip allows zero padding after a member
    except (EOFError, zlib.error) as e:
        raise NotText(E_GZIP, f"corrupt gzip: {e}") from None
    return b"".join(out)


def html_document(html: str) -> tuple[str, dict[str, Any]]:
    """(main text, metadata) of a page; trafilatura drops navigation and boilerplate."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True)
    if doc is None or not (doc.text or "").strip() or _only_links(html, doc.text):
        raise NotText(E_NO_TEXT, "no main text found in the HTML page")
    meta = {k: getattr(doc, k, None) for k in HTML_META}
    return doc.text, {k: v for k, v in meta.items() if v}


def _only_links(html: str, text: str) -> bool:
    """True when the text is nothing but the page's link labels: what trafilatura's
    fallback returns for a page of navigation only ("Home | About us"). Longer texts are
    not checked: a menu is short, and the check costs (labels x text length)."""
    if len(text) > NAV_TEXT_MAX:
        return False
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return False
    labels = sorted({a.text_content().strip() for a in root.iter("a")} - {""}, key=len, reverse=True)
    for label in labels:
        text = text.replace(label, " ")
    return WORD.search(text) is None


def file_document(item: FileItem) -> DocItem | ErrorItem:
    """Decode a file item; HTML gives its main text and its date as `doc_date`."""
    try:
        data = gunzip(item.data) if item.gz else item.data
        text, enc, replaced = decode_file(data, declared_charset(data) if item.kind == "html" else None)
        meta: dict[str, Any] = {"encoding": enc}
        if replaced:
            meta["replaced_lines"] = replaced
        record: dict[str, Any] = {"id": item.id}
        if item.kind == "html":
            text, page = html_document(text)
            meta.update(page)
            if page.get("date"):
                record["doc_date"] = page["date"]
    except NotText as e:
        return ErrorItem(item.id, e.code, str(e), item.source)
    record["text"] = text
    return DocItem(item.id, record, item.source, meta)
