"""A thread message while the segmenter reads it: header keys, then its blocks."""

from __future__ import annotations

import attrs

from foimodel.extract import dates
from foimodel.models import Block, Message, MessageKind, Span

__all__ = ["REQUESTER_KINDS", "MessageDraft"]

REQUESTER_KINDS = frozenset({MessageKind.REQUEST, MessageKind.FOLLOW_UP, MessageKind.CLARIFICATION})


@attrs.define
class MessageDraft:
    """A thread message being read: header keys first, then its blocks."""

    start: int
    end: int
    in_header: bool = True
    kind: MessageKind = MessageKind.OTHER
    keys: dict[str, str] = attrs.Factory(dict)
    attachments: list[str] = attrs.Factory(list)
    blocks: list[Block] = attrs.Factory(list)

    def read_key(self, key: str, value: str) -> None:
        if key == "Attachment":
            self.attachments.append(value)
        elif key == "Kind":
            self.kind = MessageKind(value) if value in _KINDS else MessageKind.OTHER
            self.in_header = False
        else:
            self.keys[key] = value

    def build(self) -> Message:
        date = self.keys.get("Date")
        return Message(
            kind=self.kind,
            sender=self.keys.get("From"),
            recipient=self.keys.get("To"),
            sent=dates.parse_date(date) if date else None,
            subject=self.keys.get("Subject"),
            blocks=tuple(self.blocks),
            attachments=tuple(self.attachments),
            span=Span(self.start, self.end),
        )


_KINDS = frozenset(k.value for k in MessageKind)
