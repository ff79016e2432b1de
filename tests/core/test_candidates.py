"""The fast extension accessors must read and write what `doc._` does."""

import pytest

from extractor.candidates import ext, set_ext


@pytest.mark.parametrize("name", ["raw_text", "norm_text", "doc_date", "roles", "candidates"])
def test_ext_agrees_with_underscore(nlp_en, name):
    doc = nlp_en.make_doc("Vice Chairman Zhu Jialiang spoke.")
    assert ext(doc, name) == getattr(doc._, name)  # both the default before any write
    setattr(doc._, name, ["written", "by", "underscore"])
    assert ext(doc, name) == ["written", "by", "underscore"]
    set_ext(doc, name, "written by set_ext")
    assert getattr(doc._, name) == "written by set_ext"
