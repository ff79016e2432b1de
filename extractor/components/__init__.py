"""pressner's spaCy components; importing this package registers their factories."""

from .. import tokenizers  # noqa: F401
from . import bilingual, dates, normalizer, region_groups, regions, resolver, roles  # noqa: F401
from . import orgs  # noqa: F401
from . import titles  # noqa: F401
from . import persons  # noqa: F401
