"""The e-mail front end: one RFC 822 / MIME message as a one-message :class:`Document`.

The stdlib :mod:`email` package (``policy=email.policy.default``) reads the
message; its From/To/Date/Subject and attachment names are written in the
canonical message layout of :func:`foimodel.render_text` (a ``Message 1``
heading, ``Key: value`` lines, ``Kind: other``, then the body) and that text goes
through :func:`foimodel.parse_text`. Broken MIME never raises: what the stdlib
parser complains about becomes a ``Defect`` of kind ``"email"`` (or a
:class:`foimodel.ParseError` under a strict policy).

>>> doc = parse_email(b"From: a@example.org\\nSubject: FOI-12\\n\\nThe information is not held.\\n")
>>> doc.messages[0].sender, doc.outcome.value, doc.source.format
('a@example.org', 'not_held', 'email')
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from email.message import EmailMessage, Message

import attrs

from foimodel.errors import ParseError
from foimodel.models import Defect, Document, Source
from foimodel.policy import DEFAULT_POLICY, ParsePolicy

__all__ = ["parse_email"]

_SPACE = re.compile(r"\s+")


def parse_email(data: bytes | str, *, policy: ParsePolicy = DEFAULT_POLICY) -> Document:
    """Parse one e-mail message (bytes or text) into a :class:`Document`."""
    from foimodel.parse import parse_text

    if not isinstance(data, bytes | str):
        raise TypeError(
            f"parse_email() argument 'data' must be bytes or str, not {type(data).__name__}"
        )
    if not isinstance(policy, ParsePolicy):
        raise TypeError(
            f"parse_email() argument 'policy' must be ParsePolicy, not {type(policy).__name__}"
        )
    policy.check_size(data, what="e-mail")
    if isinstance(data, bytes):
        msg = email.message_from_bytes(data, policy=email.policy.default)
    else:
        msg = email.message_from_string(data, policy=email.policy.default)
    defects: list[Defect] = []
    text = _canonical_text(msg, defects)
    for part in msg.walk():
        defects.extend(Defect(kind="email", reason=_defect_reason(d)) for d in part.defects)
    if policy.strict and defects:
        raise ParseError(defects[0].reason, position=0, kind=defects[0].kind)
    doc = parse_text(text, policy=policy)
    return attrs.evolve(
        doc,
        defects=doc.defects + tuple(defects),
        source=Source(format="email", encoding=_charset(msg)),
    )


def _canonical_text(msg: Message, defects: list[Defect]) -> str:
    lines = ["Message 1", "=" * 9]
    for key in ("From", "To"):
        value = _header(msg, key, defects)
        if value:
            lines.append(f"{key}: {value}")
    sent = _date(msg, defects)
    if sent:
        lines.append(f"Date: {sent}")
    subject = _header(msg, "Subject", defects)
    if subject:
        lines.append(f"Subject: {subject}")
    lines.extend(f"Attachment: {name}" for name in _attachments(msg, defects))
    lines.append("Kind: other")
    body = _guard_layout(_body(msg, defects).strip("\n"), defects)
    if body:
        lines.append("")
        lines.append(body)
    return "\n".join(lines) + "\n"


_RESERVED = re.compile(r"(?:Request|Site text|Unplaced text|Message \d{1,6})")
_DOUBLE_RULE = re.compile(r"={3,}")


def _guard_layout(body: str, defects: list[Defect]) -> str:
    """A body line that would read as one of the layout's own headings stays a heading
    of the message (its ``===`` rule becomes ``---``), so no body can steer the layout."""
    lines = body.split("\n")
    for i in range(1, len(lines)):
        if _DOUBLE_RULE.fullmatch(lines[i].strip()) and _RESERVED.fullmatch(lines[i - 1].strip()):
            lines[i] = lines[i].replace("=", "-")
            defects.append(
                Defect(kind="email", reason=f"body line {lines[i - 1].strip()!r} read as a heading")
            )
    return "\n".join(lines)


def _header(msg: Message, key: str, defects: list[Defect]) -> str | None:
    try:
        value = msg.get(key)
    except Exception as exc:  # a malformed header must not stop the parse
        defects.append(Defect(kind="email", reason=f"bad {key} header: {exc}"))
        return None
    if value is None:
        return None
    return _SPACE.sub(" ", str(value)).strip() or None


def _date(msg: Message, defects: list[Defect]) -> str | None:
    raw = _header(msg, "Date", defects)
    if raw is None:
        return None
    try:
        return email.utils.parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        defects.append(Defect(kind="email", reason=f"unreadable Date header: {raw!r}"))
        return None


def _attachments(msg: Message, defects: list[Defect]) -> list[str]:
    if not isinstance(msg, EmailMessage) or not msg.is_multipart():
        return []
    names: list[str] = []
    try:
        for part in msg.iter_attachments():
            name = part.get_filename()
            names.append(
                _SPACE.sub(" ", name).strip() if name else f"(unnamed {part.get_content_type()})"
            )
    except Exception as exc:  # broken MIME structure
        defects.append(Defect(kind="email", reason=f"unreadable attachments: {exc}"))
    return names


def _body(msg: Message, defects: list[Defect]) -> str:
    if not isinstance(msg, EmailMessage):
        return ""
    for subtype in ("plain", "html"):
        try:
            part = msg.get_body(preferencelist=(subtype,))
        except Exception as exc:
            defects.append(Defect(kind="email", reason=f"unreadable MIME structure: {exc}"))
            return ""
        if part is None:
            continue
        content = _content(part, defects)
        return content if subtype == "plain" else _html_text(content)
    return ""


def _content(part: Message, defects: list[Defect]) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except Exception as exc:  # unknown charset, bad transfer encoding
        defects.append(Defect(kind="email", reason=f"body not decoded as declared: {exc}"))
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)
    if isinstance(content, bytes):
        return content.decode("utf-8", "replace")
    return str(content)


def _html_text(html: str) -> str:
    """The text of an HTML body, as foimodel's HTML front end lays it out."""
    from foimodel.ingest.html import html_blocks

    return html_blocks(html)[0]


def _charset(msg: Message) -> str | None:
    charset = msg.get_content_charset()
    return str(charset) if charset else None


def _defect_reason(defect: object) -> str:
    name = type(defect).__name__
    text = str(defect)
    return f"{name}: {text}" if text else name
