"""foimodel: Freedom of Information documents as typed records, and back.

>>> import foimodel
>>> doc = foimodel.parse_text("Our ref: FOI-77\\nThe information is not held.")
>>> doc.outcome.value, foimodel.parse_text(foimodel.render_text(doc)) == foimodel.anchor(doc)
('not_held', True)
"""

from foimodel.errors import (
    FoiModelError,
    InputTooLargeError,
    ParseError,
    SerializationError,
    UnknownLawError,
)
from foimodel.extract.citations import extract_citations
from foimodel.ingest.email import parse_email
from foimodel.models import (
    Answer,
    Block,
    Citation,
    DateMention,
    DateRole,
    Decision,
    Defect,
    Document,
    Link,
    Message,
    MessageKind,
    Outcome,
    Paragraph,
    Reference,
    RequestItem,
    Section,
    Source,
    Span,
    Table,
)
from foimodel.parse import parse_html, parse_text
from foimodel.policy import ParsePolicy
from foimodel.render.html import render_html
from foimodel.render.markdown import render_markdown
from foimodel.render.text import anchor, render_text
from foimodel.rows import to_row
from foimodel.serialize import from_dict, from_json, to_dict, to_json

__all__ = [
    "Answer",
    "Block",
    "Citation",
    "DateMention",
    "DateRole",
    "Decision",
    "Defect",
    "Document",
    "FoiModelError",
    "InputTooLargeError",
    "Link",
    "Message",
    "MessageKind",
    "Outcome",
    "Paragraph",
    "ParseError",
    "ParsePolicy",
    "Reference",
    "RequestItem",
    "Section",
    "SerializationError",
    "Source",
    "Span",
    "Table",
    "UnknownLawError",
    "anchor",
    "extract_citations",
    "from_dict",
    "from_json",
    "parse_email",
    "parse_html",
    "parse_text",
    "render_html",
    "render_markdown",
    "render_text",
    "to_dict",
    "to_json",
    "to_row",
]
__version__ = "0.1.0.dev0"
