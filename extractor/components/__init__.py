"""pressner's spaCy components; importing this package registers their factories."""

from . import normalizer, regions, resolver  # noqa: F401
