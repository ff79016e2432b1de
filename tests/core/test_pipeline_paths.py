"""Where the pipeline data is read from and where built pipelines are saved: beside the
sources in a checkout, in the user's cache for an installed package (which may be
read-only), in memory when nothing is writable."""

import pytest
import spacy

from extractor import pipeline


def test_checkout_data_is_found_and_pipelines_saved_beside_it(monkeypatch):
    monkeypatch.delenv("PRESSNER_PIPELINES", raising=False)
    monkeypatch.delenv("PRESSNER_MODELS", raising=False)
    root = pipeline.models_dir()
    assert (root / "en" / "config.cfg").exists()
    assert pipeline.pipeline_dir("en") == root.resolve() / "pipelines" / "en-accurate"
    assert pipeline.pipeline_dir("en", profile="fast") == root.resolve() / "pipelines" / "en-fast"


def test_packaged_data_saves_pipelines_in_the_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("PRESSNER_PIPELINES", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pipeline.sys, "platform", "linux")
    got = pipeline.pipeline_dir("zh", pipeline.PACKAGED_MODELS)
    assert got == tmp_path / "pressner" / "pipelines" / "zh-accurate"


def test_pressner_pipelines_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("PRESSNER_PIPELINES", str(tmp_path))
    assert pipeline.pipeline_dir("en", pipeline.PACKAGED_MODELS, "fast") == tmp_path / "en-fast"


def test_nothing_writable_runs_from_memory(monkeypatch, tmp_path):
    monkeypatch.setenv("PRESSNER_PIPELINES", str(tmp_path / "nowhere"))
    built = spacy.blank("en")
    monkeypatch.setattr(pipeline, "build", lambda lang, root=None, profile=None: built)

    def refuse(nlp, path):
        raise PermissionError(13, "read-only", str(path))

    monkeypatch.setattr(pipeline, "save", refuse)
    assert pipeline.load("en") is built


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_every_factory_is_an_entry_point(lang, profile):
    """A saved pipeline loads with plain `spacy.load` only if spaCy finds each component's
    factory through the package's `spacy_factories` entry points."""
    from importlib.metadata import entry_points

    from extractor.pipeline import load_profile_config, models_dir

    config = load_profile_config(lang, profile, models_dir())
    registered = {e.name for e in entry_points(group="spacy_factories")}
    factories = {c["factory"] for c in config["components"].values()}
    assert factories <= registered
