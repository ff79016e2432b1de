"""Building, saving and loading the spaCy pipelines.

A pipeline is its config plus the data files its components read in `initialize`.
Each language has two profiles: `fast` is `models/<lang>/config.cfg`, rules only;
`accurate` (the default) merges `models/<lang>/accurate.cfg` over it, which adds the
learned recogniser. `build` makes a pipeline from those sources; `save` writes it where
`spacy.load` reads it back (`pipeline_dir`, `<lang>-<profile>`). `load` uses the saved
copy while its recorded data hash matches the sources, and rebuilds otherwise, so a data
change never runs against stale rules.

Where the sources are (`models_dir`): `PRESSNER_MODELS` if set; else the data the wheel
ships inside the package (`extractor/models`, mapped from the repository's top-level
`models/` at build time, see pyproject.toml); else, in a checkout, `models/` beside the
package. An installed package is never written to: its saved pipelines go to the user's
cache directory, and to memory only when that is not writable either.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .errors import UnsupportedLanguage

PACKAGED_MODELS = Path(__file__).resolve().parent / "models"  # inside an installed wheel
CHECKOUT_MODELS = Path(__file__).resolve().parents[1] / "models"  # a source checkout
MODELS_DIR = PACKAGED_MODELS if (PACKAGED_MODELS / "en" / "config.cfg").exists() else CHECKOUT_MODELS
LANGS = ("en", "zh")
PROFILES = ("accurate", "fast")
DEFAULT_PROFILE = "accurate"


def models_dir() -> Path:
    return Path(os.environ.get("PRESSNER_MODELS", MODELS_DIR))


def cache_dir() -> Path:
    """The user's cache directory for pressner (XDG on Linux, the platform's elsewhere)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "pressner"


def config_path(lang: str, root: Path | None = None) -> Path:
    if lang not in LANGS:
        raise UnsupportedLanguage(f"unsupported language {lang!r}; expected one of {LANGS}")
    return (root or models_dir()) / lang / "config.cfg"


def default_profile() -> str:
    """The profile an Extractor uses when none is named: PRESSNER_PROFILE, else accurate."""
    return check_profile(os.environ.get("PRESSNER_PROFILE") or DEFAULT_PROFILE)


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise UnsupportedLanguage(f"unknown profile {profile!r}; expected one of {PROFILES}")
    return profile


def load_profile_config(lang: str, profile: str, root: Path) -> spacy.util.Config:
    """The language's config, with the profile's overlay merged over it."""
    base = config_path(lang, root)
    config = spacy.util.load_config(base, interpolate=False)
    if check_profile(profile) != "fast":
        overlay = spacy.util.load_config(base.with_name(f"{profile}.cfg"), interpolate=False)
        config = config.merge(overlay)
    config["paths"]["models"] = str(root)
    return config.interpolate()


def data_hash(root: Path | None = None) -> str:
    """Hash of every source file the pipelines are built from."""
    root = root or models_dir()
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and rel.parts[0] not in ("pipelines", "scripts"):
            h.update(str(rel).encode())
            h.update(path.read_bytes())
    h.update(spacy.about.__version__.encode())
    return h.hexdigest()[:16]


def build(lang: str, root: Path | None = None, profile: str = DEFAULT_PROFILE) -> Language:
    root = root or models_dir()
    config = load_profile_config(lang, profile, root)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    nlp.meta["name"] = f"pressner_{lang}_{profile}"
    nlp.meta["pressner_profile"] = profile
    nlp.meta["pressner_data_hash"] = data_hash(root)
    return nlp


def pipeline_dir(lang: str, root: Path | None = None, profile: str = DEFAULT_PROFILE) -> Path:
    """Where the built pipeline is saved: `PRESSNER_PIPELINES/<lang>-<profile>` if set
    (e.g. per worker); beside the sources in a checkout (`models/pipelines/...`); in the
    user's cache directory for the data an installed package ships, which may be read-only."""
    name = f"{lang}-{check_profile(profile)}"
    override = os.environ.get("PRESSNER_PIPELINES")
    if override:
        return Path(override) / name
    root = Path(root or models_dir()).resolve()
    if root == PACKAGED_MODELS:
        return cache_dir() / "pipelines" / name
    return root / "pipelines" / name


def save(nlp: Language, path: Path) -> None:
    """Write atomically: concurrent workers must never read a half-written pipeline."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    nlp.to_disk(tmp)
    old = path.with_name(f".{path.name}-old-{os.getpid()}")
    if path.exists():
        path.rename(old)
    tmp.rename(path)
    if old.exists():
        import shutil

        shutil.rmtree(old, ignore_errors=True)


def load(lang: str, root: Path | None = None, profile: str = DEFAULT_PROFILE) -> Language:
    root = root or models_dir()
    saved = pipeline_dir(lang, root, profile)
    current = data_hash(root)
    if (saved / "meta.json").exists():
        try:
            nlp = spacy.load(saved)
            if nlp.meta.get("pressner_data_hash") == current:
                return nlp
        except Exception:  # noqa: BLE001 - a broken saved copy is rebuilt below
            pass
    nlp = build(lang, root, profile)
    try:
        save(nlp, saved)
    except OSError:
        pass  # nowhere writable: run from memory
    return nlp
