"""foimodel: Freedom of Information documents as typed records, and back."""

from foimodel.errors import FoiModelError, ParseError
from foimodel.models import Document, Outcome
from foimodel.policy import ParsePolicy

__all__ = ["Document", "FoiModelError", "Outcome", "ParseError", "ParsePolicy"]
__version__ = "0.1.0.dev0"
