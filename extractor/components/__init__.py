"""pressner's spaCy components; importing this package registers their factories."""

from .. import tokenizers  # noqa: F401
from . import (  # noqa: F401
    bilingual,
    dates,
    learned,
    normalizer,
    latin_islands,
    orgs,  # noqa: F401
    page,
    persons,  # noqa: F401
    region_groups,
    regions,
    resolver,
    roles,
    titles,  # noqa: F401
)
