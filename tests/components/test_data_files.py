"""A component's `files` config is checked against the keys it declares: a misspelt key, a
required key left out, half of a key group, or a missing file is an error that names it
(before, a misspelt optional key silently switched a recogniser off)."""

import pytest

from extractor import pipeline
from extractor.components.base import DataComponent
from extractor.errors import DataFileError

TITLES = {"heads": "en/title_heads.tsv", "modifiers": "en/title_modifiers.tsv"}
PERSONS_LATIN = {"pinyin_surnames": "shared/pinyin_surnames.tsv",
                 "syllables": "shared/pinyin_syllables.tsv", "context_en": "en/person_context.tsv"}


@pytest.mark.parametrize(("component", "files", "named"), [
    ("pressner_titles", {**TITLES, "contxt": "en/title_context.tsv"}, "'contxt'"),
    ("pressner_titles", {"heads": "en/title_heads.tsv"}, "lacks 'modifiers'"),
    ("pressner_normalizer", {"t2": "shared/t2s_chars.tsv"}, "'t2'"),
    ("pressner_persons", {**PERSONS_LATIN, "surname": "zh/surnames.tsv"}, "'surname'"),
    ("pressner_persons", {**PERSONS_LATIN, "surnames": "zh/surnames.tsv"}, "lacks 'context_zh'"),
    ("pressner_persons", {"pinyin_surnames": "shared/pinyin_surnames.tsv"}, "lacks 'context_en'"),
    ("pressner_dates", {"patterns": "en/dates.jsonl", "words": "en/date_words.tsv"},
     "lacks 'header'"),
    ("pressner_titles", {**TITLES, "context": "en/no_such_file.tsv"}, "no_such_file.tsv"),
])
def test_bad_files_config_names_the_key(nlp_en, component, files, named):
    pipe = nlp_en.get_pipe(component)
    with pytest.raises(DataFileError, match=named.replace("(", r"\(")) as info:
        pipe.initialize(data_dir=str(pipeline.models_dir()), files=files)
    assert component in str(info.value)


def test_every_data_component_declares_its_files():
    from extractor import components  # noqa: F401  (imports every component module)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    undeclared = [c.__name__ for c in subclasses(DataComponent) if c.FILES is None]
    assert undeclared == []

