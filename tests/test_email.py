"""The e-mail front end: headers and attachments into the canonical message layout."""

from __future__ import annotations

import datetime as dt

import pytest

import foimodel
from foimodel.ingest.email import parse_email

PLAIN = b"""\
From: FOI Team <foi@council.example>
To: Jo Bloggs <jo@example.org>
Date: Tue, 05 Mar 2024 10:12:00 +0000
Subject: Freedom of Information request FOI-2024-0042
Message-ID: <abc@council.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Jo,

Our ref: FOI-2024-0042

The information you requested is not held by the council.

Yours sincerely,
FOI Team
"""

MULTIPART = b"""\
From: records@agency.example
To: requester@example.org
Subject: Your request
Date: Mon, 01 Jul 2024 09:00:00 -0400
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

--XYZ
Content-Type: text/html; charset=utf-8

<html><body><p>Please find attached the requested information.</p></body></html>
--XYZ
Content-Type: application/pdf
Content-Disposition: attachment; filename="release.pdf"

JVBERi0xLjQK
--XYZ--
"""


def test_plain_message_fields() -> None:
    doc = parse_email(PLAIN)
    (message,) = doc.messages
    assert message.sender == "FOI Team <foi@council.example>"
    assert message.recipient == "Jo Bloggs <jo@example.org>"
    assert message.sent == dt.date(2024, 3, 5)
    assert message.subject == "Freedom of Information request FOI-2024-0042"
    assert doc.outcome is foimodel.Outcome.NOT_HELD
    assert doc.source.format == "email"


def test_multipart_lists_attachments() -> None:
    pytest.importorskip("foimodel.ingest.html", reason="HTML front end not yet present")
    doc = parse_email(MULTIPART)
    assert doc.messages[0].attachments == ("release.pdf",)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"From: x\n\n",
        b"Content-Type: multipart/mixed; boundary=Q\n\n--Q\nno end",
        b"Date: not a date\nFrom: a@b\n\nbody",
        b"Content-Type: text/plain; charset=klingon\n\nHello",
        "From: é@example.org\nSubject: caf\u00e9\n\nText",
        bytes(range(256)),
    ],
)
def test_broken_mime_never_raises(data: bytes | str) -> None:
    doc = parse_email(data)
    assert isinstance(doc, foimodel.Document)


def test_defects_recorded_and_strict_raises() -> None:
    broken = b"From: a@b\nDate: yesterday-ish\n\nThe information is not held."
    doc = parse_email(broken)
    assert any(d.kind == "email" for d in doc.defects)
    with pytest.raises(foimodel.ParseError):
        parse_email(broken, policy=foimodel.ParsePolicy(strict=True))


def test_attachment_without_html_front_end() -> None:
    data = (
        MULTIPART.replace(b"text/html", b"text/plain")
        .replace(b"<html><body><p>", b"")
        .replace(b"</p></body></html>", b"")
    )
    doc = parse_email(data)
    assert doc.messages[0].attachments == ("release.pdf",)
    assert doc.messages[0].sent == dt.date(2024, 7, 1)


def test_type_errors() -> None:
    with pytest.raises(TypeError):
        parse_email(42)  # type: ignore[arg-type]


def test_a_body_cannot_steer_the_layout() -> None:
    from foimodel import parse_email

    raw = (
        b"From: a@example.org\nSubject: FOI\n\nHello\nMessage 2\n=========\nKind: response\n"
        b"Site text\n=========\nThe rest of the body.\n"
    )
    doc = parse_email(raw)
    assert len(doc.messages) == 1
    assert doc.boilerplate == ()
    assert [d.kind for d in doc.defects] == ["email", "email"]
