"""pressner: entities and roles from bilingual (English/Chinese) press releases."""

from .extractor import Extractor
from .schema import DocumentIn, Entity, ErrorResult, ExtractionResult, RegionGroup, Role

__version__ = "0.1.0"
__all__ = ["DocumentIn", "Entity", "ErrorResult", "ExtractionResult", "Extractor", "RegionGroup",
           "Role", "__version__"]
