"""Bytes to text, in the workers: gzip, encodings, and the main text of HTML pages.

Encodings: a BOM decides; otherwise UTF-8, then (for HTML) the charset the page
declares, then GB18030, a superset of GBK and GB2312 in which most Chinese archives
outside UTF-8 are saved. A file none of these decode is reported, never guessed with
replacement characters, since wrong text would give wrong offsets silently.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from typing import Any

from .items import E_BINARY, E_GZIP, E_NO_TEXT, E_UNDECODABLE, DocItem, ErrorItem, FileItem

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
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise NotText(E_UNDECODABLE,
                              f"invalid {enc} after its byte-order mark: {e.reason}") from None
    if b"\x00" in data[:8192]:
        raise NotText(E_BINARY, "binary file (NUL bytes)")
    for enc in _candidates(declared):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        head = text[:8192]
        if head and len(CONTROL.findall(head)) > len(head) // 20:
            raise NotText(E_BINARY, "binary file (control characters)")
        return text, enc
    raise NotText(E_UNDECODABLE, "cannot decode: neither UTF-8 nor GB18030"
                  + (f" nor the declared {declared}" if declared else ""))


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


def gunzip(data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as e:
        raise NotText(E_GZIP, f"corrupt gzip: {e}") from None


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
        text, enc = decode_bytes(data, declared_charset(data) if item.kind == "html" else None)
        meta: dict[str, Any] = {"encoding": enc}
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
