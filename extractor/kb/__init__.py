"""Knowledge-base feed: consolidate annotated documents into one node per real-world thing.

Everything derived (entities, aliases, mentions, roles, merges, events) is recomputed from the
stored documents on every build, so the result depends only on the set of documents, never on
the order they were added in: that is what makes re-imports idempotent and ids stable.
"""

from .build import build_kb, connect
from .export import export_kb
from .show import show_entity

__all__ = ["build_kb", "connect", "export_kb", "show_entity"]
