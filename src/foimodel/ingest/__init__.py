"""Front ends: turn text, HTML or e-mail into one stream of :class:`SourceBlock`."""

from foimodel.ingest.blocks import BlockKind, SourceBlock
from foimodel.ingest.text import normalize_text, text_blocks

__all__ = ["BlockKind", "SourceBlock", "normalize_text", "text_blocks"]
