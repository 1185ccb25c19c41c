"""The HTML front end: layout conventions, chrome, encodings, threads, and the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foimodel import MessageKind, parse_html, parse_text
from foimodel.ingest.blocks import BlockKind
from foimodel.ingest.html import html_blocks
from foimodel.ingest.text import text_blocks
from foimodel.policy import ParsePolicy


def text_of(page: str | bytes, **kwargs: object) -> str:
    return html_blocks(page, **kwargs)[0]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<p>One</p><p>Two</p>", "One\nTwo\n"),
        ("<p>a<br>b<br/>c</p>", "a\nb\nc\n"),
        ("<p>  lots   of\n\t space </p>", "lots of space\n"),
        ("<div>x<div>y</div>z</div>", "x\ny\nz\n"),
        ("<p>caf&eacute; &amp; &lt;b&gt;</p>", "café & <b>\n"),
        ("<h2>Decision</h2><p>Refused.</p>", "Decision\n--------\nRefused.\n"),
        ("<p>Intro</p><h1>Reply to you</h1>", "Intro\nTitle: Reply to you\n"),
        ("<h1>A</h1><h1>B</h1>", "Title: A\n\nB\n===\n"),
        ("<h3>Q</h3>", "Q\n---\n"),
        ("<ol><li>How many?</li><li>Why?</li></ol>", "1. How many?\n2. Why?\n"),
        ('<ol start="3" type="a"><li>x</li><li value="7">y</li></ol>', "c. x\ng. y\n"),
        ("<ul><li>x</li><li>y</li></ul>", "x\ny\n"),
        ("<ul><li><p>x</p></li><li><p>y</p></li></ul>", "x\n\ny\n\n"),
        (
            "<dl><dt>Our ref</dt><dd>FOI-1</dd><dt>Alone</dt></dl><p>z</p>",
            "Our ref: FOI-1\nAlone\n\nz\n",
        ),
        ("<p><a href='https://x.org/a'>The report</a></p>", "Link: The report <https://x.org/a>\n"),
        ("<p>See <a href='https://x.org/a'>the report</a> now.</p>", "See the report now.\n"),
        ("<p><a href='javascript:alert(1)'>Click</a></p>", "Click\n"),
        ("<p><a name='top'>Anchor</a></p>", "Anchor\n"),
        ("<p>This is <del>not</del> <s>so</s> <ins>true</ins></p>", "This is not so true\n"),
        ("<p>Name: [REDACTED] █████</p>", "Name: [REDACTED] █████\n"),
        ("<pre>a  b\n  c</pre>", "a  b\nc\n"),
        ("<p style='white-space: pre-wrap'>a  b</p>", "a  b\n"),
        ("<p>text</p><p>-----</p>", "text\n\n-----\n"),
        ("<p>x<script>alert('no')</script><style>p{}</style>y</p>", "xy\n"),
        ("<p>a<noscript>NO</noscript><template>T</template><svg><text>S</text></svg>b</p>", "ab\n"),
        (
            "<form><input type='hidden' name='t' value='secret'><p>Form text</p></form>",
            "Form text\n",
        ),
    ],
)
def test_layout(page: str, expected: str) -> None:
    assert text_of(page) == expected


def test_tables() -> None:
    page = (
        "<table><caption>Arrests</caption><thead><tr><th>Year</th><th>Count</th></tr></thead>"
        "<tbody><tr><td>2022</td><td><p>4</p></td></tr><tr><td>a|b</td><td>x\\y</td></tr></tbody>"
        "</table>"
    )
    text = text_of(page)
    assert text == "Arrests\n| Year | Count |\n| --- | --- |\n| 2022 | 4 |\n| a\\|b | x\\\\y |\n"
    table = next(b for b in text_blocks(text) if b.kind is BlockKind.TABLE)
    assert table.header == ("Year", "Count")
    assert table.rows == (("2022", "4"), ("a|b", "x\\y"))


def test_layout_table_is_read_as_blocks() -> None:
    page = "<table><tr><td><p>First para</p><p>Second</p></td></tr></table>"
    assert text_of(page) == "First para\nSecond\n"
    nested = (
        "<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>"
    )
    assert "| a | b |" in text_of(nested)


def test_links_resolve_against_url_and_base() -> None:
    page = "<p><a href='/doc.pdf'>Doc</a></p>"
    assert text_of(page, url="https://a.gov/foi/x") == "Link: Doc <https://a.gov/doc.pdf>\n"
    based = "<head><base href='https://b.gov/files/'></head><p><a href='d.pdf'>D</a></p>"
    assert text_of(based, url="https://a.gov/") == "Link: D <https://b.gov/files/d.pdf>\n"
    spaced = "<p><a href='my file.pdf'>F</a></p>"
    assert text_of(spaced) == "Link: F <my%20file.pdf>\n"


def test_chrome_goes_to_boilerplate_and_main_is_preferred() -> None:
    page = """<html><body>
    <div class="cookie-banner"><p>We use cookies to improve the site.</p></div>
    <header><a href="/">Council home</a></header>
    <nav><ul><li><a href="/a">Services</a></li></ul></nav>
    <div class="breadcrumbs">Home &gt; FOI</div>
    <main>
      <h1>FOI 1234: parking fines</h1>
      <article><header><p>Published 3 May 2023</p></header>
      <p>Our ref: FOI-1234</p>
      <p>The information is not held.</p>
      <aside>Related: other requests</aside></article>
    </main>
    <div id="sidebar"><p>Popular pages</p></div>
    <footer><p>© Council 2024</p></footer>
    </body></html>"""
    text, blocks, _, _ = html_blocks(page)
    content, _, chrome = text.partition("Site text\n=========\n")
    assert "Title: FOI 1234: parking fines" in content
    assert "Published 3 May 2023" in content  # an article's own header is content
    assert "Our ref: FOI-1234" in content
    for line in (
        "We use cookies",
        "Council home",
        "Services",
        "Home > FOI",
        "Related:",
        "Popular pages",
        "© Council",
    ):
        assert line in chrome
        assert line not in content
    assert all(b.zone == "chrome" for b in blocks if b.span.start > len(content))
    doc = parse_html(page)
    assert doc.title == "FOI 1234: parking fines"
    assert [r.raw for r in doc.references] == ["FOI-1234"]
    assert "Popular pages" in [p.text for p in doc.boilerplate]
    assert doc.outcome.value == "not_held"


def test_without_main_the_body_is_content() -> None:
    text = text_of("<nav>Menu</nav><p>Dear requester</p><footer>Footer</footer>")
    assert text == "Dear requester\n\nSite text\n=========\nMenu\nFooter\n"


def test_hidden_elements_are_chrome() -> None:
    text = text_of("<p>seen</p><p hidden>not seen</p><p style='display:none'>gone</p>")
    assert text.startswith("seen\n\nSite text")
    assert "not seen" in text


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        ("<p>café</p>".encode(), "utf-8", "café"),
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "utf-8", "café"),
        ("<p>café</p>".encode("utf-16"), "utf-16-le", "café"),
        (b"<meta charset='windows-1252'><p>caf\xe9 \x80</p>", "cp1252", "café €"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9',
            "cp1252",
            "café",
        ),
        (b'<meta charset="koi8-r"><p>\xd0\xd2\xc9\xd7\xc5\xd4', "koi8-r", "привет"),
    ],
)
def test_encodings(data: bytes, encoding: str, expected: str) -> None:
    text, _, source, defects = html_blocks(data)
    assert source.encoding == encoding
    assert text.strip() == expected
    assert defects == []


def test_encoding_hint_and_bad_bytes() -> None:
    text, _, source, defects = html_blocks(
        b"<p>caf\xe9</p>", policy=ParsePolicy(encoding="latin-1")
    )
    assert (text, source.encoding, defects) == ("café\n", "cp1252", [])
    text, _, source, defects = html_blocks(b"<meta charset=utf-8><p>caf\xe9 ok \xc3\xa9</p>")
    assert text == "café ok é\n"
    assert source.encoding == "utf-8"
    assert [d.kind for d in defects] == ["encoding"]


def test_str_input_and_source() -> None:
    _, _, source, _ = html_blocks("<p>x</p>", url="https://example.org/r")
    assert (source.format, source.encoding, source.url) == (
        "html",
        "utf-8",
        "https://example.org/r",
    )


def test_same_record_as_text_for_simple_letters() -> None:
    letter = (
        "<p>Our ref: FOI-123</p><p>You asked:</p><ol><li>How many bins?</li></ol>"
        "<p>The information is not held.</p>"
    )
    html_doc = parse_html(letter)
    text_doc = parse_text(
        "Our ref: FOI-123\nYou asked:\n1. How many bins?\nThe information is not held.\n"
    )
    assert html_doc.references == text_doc.references
    assert html_doc.outcome == text_doc.outcome
    assert [i.question for i in html_doc.items] == [i.question for i in text_doc.items]


# -- request threads (WhatDoTheyKnow) ------------------------------------------------------


def _thread_pages(corpus: Path) -> list[Path]:
    pages = sorted((corpus / "html").glob("*.html"))
    if not pages:
        pytest.skip("no labelled HTML pages in the corpus")
    return pages


@pytest.mark.corpus
def test_threads_give_the_labelled_messages(corpus: Path) -> None:
    for page in _thread_pages(corpus):
        label = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        doc = parse_html(page.read_bytes())
        assert len(doc.messages) == label["message_count"], page.name
        senders = [
            "requester" if m.kind in (MessageKind.REQUEST, MessageKind.FOLLOW_UP) else "authority"
            for m in doc.messages
        ]
        assert senders == label["message_senders"], page.name
        assert doc.messages[0].kind is MessageKind.REQUEST
        assert all(m.sent is not None and m.sender for m in doc.messages)
        assert doc.title
        assert doc.authority == label["authority"]
        status = [p.text for p in doc.boilerplate if p.text.startswith("The request was")]
        content = " ".join(b.text for b in doc.iter_blocks() if hasattr(b, "text"))
        for line in status:
            assert line not in content  # the site's status banner is chrome


@pytest.mark.corpus
def test_thread_attachments_and_annotations(corpus: Path) -> None:
    page = corpus / "html" / "wdtk-88721-refused-call-in-documents.html"
    if not page.exists():
        pytest.skip("page not in the corpus")
    doc = parse_html(page.read_bytes())
    attachments = [a for m in doc.messages for a in m.attachments]
    assert "Response some exempt.pdf" in attachments
    chrome = "\n".join(p.text for p in doc.boilerplate)
    assert "left an annotation" in chrome


@pytest.mark.corpus
def test_raw_pages_parse(corpus: Path) -> None:
    pages = sorted((corpus / "raw").glob("**/*.html"))
    if not pages:
        pytest.skip("no raw HTML pages in the corpus")
    for page in pages:
        data = page.read_bytes()
        text, blocks, source, _ = html_blocks(data)
        assert source.format == "html"
        assert blocks == text_blocks(text) or all(
            a.span == b.span for a, b in zip(blocks, text_blocks(text), strict=True)
        )
        assert "NREUM" not in text  # inline scripts never reach the text
        parse_html(data)


def test_a_disclosure_log_pages_title_names_its_reference() -> None:
    page = (
        b"<html><body><main><h1>Street lighting faults (FOI 24-118)</h1>"
        b"<p>The information is not held under the Freedom of Information Act 2000.</p>"
        b"</main></body></html>"
    )
    doc = parse_html(page)
    assert doc.title == "Street lighting faults (FOI 24-118)"
    assert [r.raw for r in doc.references] == ["FOI 24-118"]
