"""The library entry point: `Extractor().extract(text)` and `extract_many(docs)`."""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from . import gctune, pipeline
from .candidates import doc_text, records, set_ext
from .errors import InvalidText, PressnerError, TextTooLong, TooMuchOutput, UnsupportedLanguage
from .mixed import Pending, begin_mixed, extract_mixed, finish_mixed, shift
from .result import to_result
from .schema import DocumentIn, ErrorInfo, ErrorResult, ExtractionResult
from .segment import declared_parts, segments

SURROGATES = range(0xD800, 0xE000)
# spaCy's own `nlp.max_length`: a longer text fails inside spaCy (its E088) as an internal
# error, so the limit is checked first and answered as what it is, a text too long (E004).
SPACY_MAX_CHARS = 1_000_000


def clean_text(text: Any) -> str:
    """The text to process: lone surrogates become U+FFFD, so length and offsets hold."""
    if not isinstance(text, str):
        raise InvalidText(f"text must be a string, got {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join("\ufffd" if ord(ch) in SURROGATES else ch for ch in text)
    return text


class Extractor:
    """Loads each language's pipeline once, on first use, and runs documents through it.

    Safe to share between threads: pipelines load under a lock and hold no per-document
    state outside the `Doc`. `profile` is `accurate` (rules and a learned recogniser, the
    default) or `fast` (rules only); `extract` and `extract_many` may name another one
    per call; without one, PRESSNER_PROFILE names the default.
    """

    def __init__(self, models_dir: str | Path | None = None, max_chars: int | None = None,
                 max_entities: int | None = None, profile: str | None = None) -> None:
        self.models_dir = Path(models_dir) if models_dir else pipeline.models_dir()
        self.max_entities = max_entities
        self.max_chars = min(max_chars, SPACY_MAX_CHARS) if max_chars is not None else SPACY_MAX_CHARS
        self.profile = pipeline.check_profile(profile) if profile else pipeline.default_profile()
        self._nlp: dict[tuple[str, str], Language] = {}
        self._lock = threading.Lock()

    def with_profile(self, profile: str | None) -> "Extractor":
        """This extractor with another profile, sharing the loaded pipelines."""
        if profile is None or profile == self.profile:
            return self
        view = copy.copy(self)
        view.profile = pipeline.check_profile(profile)
        return view

    def nlp(self, lang: str) -> Language:
        if lang not in pipeline.LANGS:
            raise UnsupportedLanguage(f"unsupported language {lang!r}; expected one of {pipeline.LANGS}")
        key = (lang, self.profile)
        nlp = self._nlp.get(key)
        if nlp is None:
            with self._lock:
                nlp = self._nlp.get(key)
                if nlp is None:
                    nlp = pipeline.load(lang, self.models_dir, self.profile)
                    self._nlp[key] = nlp
                    gctune.after_load()  # opt-in only: the host's collector is its own
        return nlp

    def warm_up(self) -> None:
        for lang in pipeline.LANGS:
            self.nlp(lang)

    # -- one document -------------------------------------------------------------------
    def _make_doc(self, text: str, lang: str, doc_date: str | None) -> Doc:
        """The Doc of a text, for the Extractor's own runs: each is dropped once its result
        (`to_result`, which reads `candidates.records`) is built, so it is `result_only`:
        spaCy's entity annotation (`doc.ents`) is not written on it (resolver.py)."""
        doc = self.nlp(lang).make_doc(text)
        set_ext(doc, "raw_text", text)  # spares the components spaCy's rebuild of doc.text
        set_ext(doc, "result_only", True)
        set_ext(doc, "lang", lang)
        if doc_date:
            set_ext(doc, "doc_date", doc_date)
            set_ext(doc, "doc_date_source", "given")
        return doc

    def check_length(self, text: str) -> None:
        """Raises TextTooLong over `max_chars`; callers that queue work check it first."""
        if self.max_chars is not None and len(text) > self.max_chars:
            raise TextTooLong(f"text has {len(text)} characters; the limit is {self.max_chars}")

    def _parts(self, doc_in: DocumentIn) -> tuple[str, list[tuple[int, int, str]]]:
        """The text to process and its single-language parts (one unless mixed)."""
        text = clean_text(doc_in.text)
        self.check_length(text)
        if doc_in.lang:
            return text, declared_parts(text, doc_in.lang)
        return text, segments(text)

    def check_entities(self, n: int, max_entities: int | None = None) -> None:
        """Raises TooMuchOutput over `max_entities` (this call's, else the extractor's).

        Checked on the processed `Doc`, before its result is built: the result models and
        their JSON cost more memory than the pipeline did (a million characters of
        repeated Chinese place names: 333,333 entities, 70 MB of JSON). Callers count a
        Doc's entities as `len(records(doc))`: the records the result is built from anyway,
        where `len(doc.ents)` made a Span per entity only to count them (2% of fast en)."""
        limit = max_entities if max_entities is not None else self.max_entities
        if limit is not None and n > limit:
            raise TooMuchOutput(f"the document has {n} entities; the limit is {limit} per document")

    def extract(self, text: str, lang: str | None = None, doc_date: str | None = None,
                id: str | None = None, labels: Iterable[str] | None = None,
                max_entities: int | None = None, profile: str | None = None) -> ExtractionResult:
        """One document. Without `lang`, a document holding both languages is split into
        parts that each go to their own pipeline (extractor/mixed.py)."""
        if profile is not None and profile != self.profile:
            return self.with_profile(profile).extract(text, lang, doc_date, id, labels, max_entities)
        t0 = time.perf_counter()
        doc_in = _document(dict(id=id, text=text, lang=lang, doc_date=doc_date))
        clean, parts = self._parts(doc_in)
        if len(parts) > 1:
            res = self._mixed(clean, parts, doc_in, labels, max_entities)
        else:
            with gctune.paused(len(clean)):
                lang_ = parts[0][2]
                doc = self.nlp(lang_)(self._make_doc(clean, lang_, doc_in.doc_date))
                self.check_entities(len(records(doc)), max_entities)
                res = to_result(doc, doc_id=doc_in.id, lang=lang_, labels=labels)
        res.timing_ms = round((time.perf_counter() - t0) * 1000, 3)
        return res

    def _mixed(self, clean: str, parts: list[tuple[int, int, str]], doc_in: DocumentIn,
               labels: Iterable[str] | None, max_entities: int | None) -> ExtractionResult:
        """A document of several parts, its text and parts read already (`_parts`)."""
        with gctune.paused(len(clean)):
            res = extract_mixed(self, clean, parts, doc_in.doc_date, doc_in.id)
        return self._mixed_done(res, doc_in, labels, max_entities)

    def _mixed_done(self, res: ExtractionResult, doc_in: DocumentIn, labels: Iterable[str] | None,
                    max_entities: int | None) -> ExtractionResult:
        """A mixed document's result as the call asked for it."""
        if doc_in.lang:  # the caller's word on the document's language stands
            res.lang = doc_in.lang
        self.check_entities(len(res.entities), max_entities)
        if labels:
            keep = set(labels)
            res.entities = [e for e in res.entities if e.label in keep]
        return res

    def extract_part(self, text: str, lang: str, doc_date: str | None) -> ExtractionResult:
        return to_result(self.nlp(lang)(self._make_doc(text, lang, doc_date)), doc_id=None, lang=lang)

    def begin_part(self, text: str, lang: str, doc_date: str | None) -> tuple[Doc, int]:
        """A part's Doc run through the pipeline up to the component that infers the
        document date (`pressner_dates`), and how many components that was: the rest
        (`finish_part`) is the same run's, done later or not at all (extractor/mixed.py
        learns from this whether the part gives the date before running it whole)."""
        nlp = self.nlp(lang)
        names = nlp.pipe_names
        upto = names.index("pressner_dates") + 1 if "pressner_dates" in names else 0
        doc = self._make_doc(text, lang, doc_date)
        for _, proc in nlp.pipeline[:upto]:
            doc = proc(doc)
        return doc, upto

    def finish_part(self, doc: Doc, lang: str, done: int) -> ExtractionResult:
        """The rest of the pipeline `begin_part` started, then the part's result."""
        for _, proc in self.nlp(lang).pipeline[done:]:
            doc = proc(doc)
        return to_result(doc, doc_id=None, lang=lang)

    # -- many documents -----------------------------------------------------------------
    def extract_many(self, docs: Iterable[DocumentIn | dict[str, Any]], batch_size: int = 32,
                     labels: Iterable[str] | None = None,
                     max_entities: int | None = None,
                     profile: str | None = None) -> Iterator[ExtractionResult | ErrorResult]:
        """Results in input order, streamed through `nlp.pipe` in batches.

        A document that cannot be read or processed yields an `ErrorResult` in its place;
        the others go on.
        """
        if profile is not None and profile != self.profile:
            yield from self.with_profile(profile).extract_many(docs, batch_size, labels, max_entities)
            return
        batch: list[DocumentIn | dict[str, Any]] = []
        for d in docs:
            batch.append(d)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch, labels, max_entities)
                batch = []
        if batch:
            yield from self._run_batch(batch, labels, max_entities)

    def _run_batch(self, batch: list[DocumentIn | dict[str, Any]], labels: Iterable[str] | None,
                   max_entities: int | None = None) -> list[ExtractionResult | ErrorResult]:
        results: list[ExtractionResult | ErrorResult | None] = [None] * len(batch)
        # a document's index, id and Doc; for the part of a mixed document that runs again
        # with the date a later part gave (mixed.begin_mixed), -1 - k: `places[k]` says
        # which document (in `mixed`), which part, and its offset
        by_lang: dict[str, list[tuple[int, str | None, Doc]]] = {}
        mixed: list[tuple[int, str | None, DocumentIn, Pending]] = []
        places: list[tuple[int, int, int]] = []
        for i, raw in enumerate(batch):
            doc_id = _raw_id(raw)
            try:
                doc_in = raw if isinstance(raw, DocumentIn) else _document(raw)
                clean, parts = self._parts(doc_in)
                if len(parts) > 1:  # (text and parts read once, not again by `extract`)
                    with gctune.paused(len(clean)):
                        pending = begin_mixed(self, clean, parts, doc_in.doc_date, doc_in.id)
                    # its parts to run again go with the batch, warm, not alone and cold
                    redo = [(lang_j, (len(mixed), j, s), self._make_doc(clean[s:e], lang_j, pending.anchor))
                            for j, s, e, lang_j in pending.redo]
                    for lang_j, place, doc in redo:
                        by_lang.setdefault(lang_j, []).append((-1 - len(places), None, doc))
                        places.append(place)
                    mixed.append((i, doc_id, doc_in, pending))
                    continue
                lang = parts[0][2]
                doc = self._make_doc(clean, lang, doc_in.doc_date)
            except PressnerError as e:
                results[i] = error_result(doc_id, e.code, e.message)
                continue
            by_lang.setdefault(lang, []).append((i, doc_in.id, doc))
        for lang, items in by_lang.items():
            nlp = self.nlp(lang)
            docs = (doc for _, _, doc in items)
            largest = max(len(doc_text(doc)) for _, _, doc in items)
            with gctune.paused(largest):
                for (i, doc_id, _), doc in zip(items, _pipe_safely(nlp, docs, items)):
                    if i < 0:  # a part of a mixed document
                        m, j, s = places[-1 - i]
                        mixed[m][3].results[j] = doc if isinstance(doc, ErrorResult) else \
                            shift(to_result(doc, doc_id=None, lang=lang), s)
                        continue
                    if isinstance(doc, ErrorResult):
                        results[i] = doc
                        continue
                    try:
                        self.check_entities(len(records(doc)), max_entities)
                    except TooMuchOutput as e:
                        results[i] = error_result(doc_id, e.code, e.message)
                        continue
                    results[i] = to_result(doc, doc_id=doc_id, lang=lang, labels=labels)
        for i, doc_id, doc_in, pending in mixed:
            failed = next((r for r in pending.results if isinstance(r, ErrorResult)), None)
            if failed is not None:  # a part failed in the pipeline: the document fails
                results[i] = error_result(doc_id, failed.error.code, failed.error.message)
                continue
            try:
                results[i] = self._mixed_done(finish_mixed(pending), doc_in, labels, max_entities)
            except PressnerError as e:
                results[i] = error_result(doc_id, e.code, e.message)
        return [r for r in results if r is not None]


def staged(nlp: Language, docs: Iterable[Doc]) -> list[Doc]:
    """What `list(nlp.pipe(docs))` gives, each component run over the whole batch before the
    next, as `nlp.pipe` runs them (`DataComponent.pipe`): a component's `pipe` where it has
    one, with the pipeline's batch size, else the component on each doc. Without spaCy's
    chain of generators (three generator steps per document and component, 1 % of fast
    English), and the components without a `pipe` (resolver, region groups) are staged too."""
    for _, proc in nlp.pipeline:
        pipe = getattr(proc, "pipe", None)
        docs = list(pipe(docs, batch_size=nlp.batch_size)) if pipe is not None else [proc(doc) for doc in docs]
    return list(docs)


def _pipe_safely(nlp: Language, docs: Iterator[Doc], items: list[tuple[int, str | None, Doc]]):
    """The pipeline over the batch (`staged`); if it raises, redo one by one so only the
    bad doc fails."""
    try:
        yield from staged(nlp, docs)
        return
    except Exception:  # noqa: BLE001 - isolate the failing document below
        pass
    for _, doc_id, doc in items:
        try:
            fresh = nlp.make_doc(doc.text)
            for name in ("lang", "doc_date", "doc_date_source"):
                setattr(fresh._, name, getattr(doc._, name))
            yield nlp(fresh)
        except Exception as e:  # noqa: BLE001 - reported per document, run goes on
            yield error_result(doc_id, "E500", f"extraction failed: {type(e).__name__}: {e}")


def _raw_id(raw: Any) -> str | None:
    if isinstance(raw, DocumentIn):
        return raw.id
    if isinstance(raw, dict):
        v = raw.get("id")
        if isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool)):
            return str(v)
    return None  # no id, or one that is refused (it is not echoed as a repr)


def _document(raw: Any) -> DocumentIn:
    try:
        return DocumentIn.model_validate(raw)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "document"
        field = str(err["loc"][0]) if err["loc"] else ""
        code = {"doc_date": "E002", "lang": "E001", "id": "E005"}.get(field, "E003")
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise _coded(code, f"{where}: {msg}") from None


def _coded(code: str, message: str) -> PressnerError:
    from . import errors

    for cls in (errors.UnsupportedLanguage, errors.InvalidDocDate, errors.InvalidText, errors.InvalidId):
        if cls.code == code:
            return cls(message)
    return PressnerError(message)


def error_result(doc_id: str | None, code: str, message: str) -> ErrorResult:
    return ErrorResult(id=doc_id, error=ErrorInfo(code=code, message=message))
