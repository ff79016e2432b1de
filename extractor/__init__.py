"""pressner: entities and roles from bilingual (English/Chinese) press releases."""

import os

# Person names are read character by character with their surname readings; pypinyin's
# phrase dictionary adds nothing to that and costs ~45 MB in every process.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")

from .extractor import Extractor  # noqa: E402
from .schema import DocumentIn, Entity, ErrorResult, ExtractionResult, RegionGroup, Role  # noqa: E402

__version__ = "0.1.0"
__all__ = ["DocumentIn", "Entity", "ErrorResult", "ExtractionResult", "Extractor", "RegionGroup",
           "Role", "__version__"]
