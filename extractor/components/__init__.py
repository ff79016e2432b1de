"""pressner's spaCy components; importing this package registers their factories."""

from . import normalizer, region_groups, regions, resolver  # noqa: F401
