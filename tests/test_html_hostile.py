"""Hostile HTML: entities, depth, size, binary garbage, mixed encodings, scripts.

Each gives a Document (with defects where something was off) or the documented
error; none crashes, none touches the network or the file system.
"""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foimodel import Document, InputTooLargeError, ParsePolicy, parse_html
from foimodel.ingest.html import html_blocks

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd"><!ENTITY n SYSTEM "http://127.0.0.1:1/x">]>
<html><body><p>Our ref: FOI-1 &e; &n;</p></body></html>"""

LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]><html><body><p>&lol9;</p></body></html>"
)


def _all_text(doc: Document) -> str:
    parts = [doc.title or "", doc.authority or ""]
    parts += [getattr(b, "text", "") for b in doc.iter_blocks()]
    parts += [p.text for p in (*doc.boilerplate, *doc.residue)]
    parts += [i.question for i in doc.items]
    return "\n".join(parts)


def test_external_entities_are_not_expanded() -> None:
    doc = parse_html(XXE)
    text = _all_text(doc)
    assert "root:" not in text
    assert "Our ref: FOI-1" in html_blocks(XXE)[0]


def test_billion_laughs_is_not_expanded() -> None:
    started = time.perf_counter()
    text = html_blocks(LAUGHS)[0]
    assert time.perf_counter() - started < 2
    assert "lollol" not in text
    assert len(text) < 2000


def test_deep_nesting_gives_a_defect_not_a_crash() -> None:
    page = b"<div>" * 100_000 + b"<p>deep text</p>" + b"</div>" * 100_000 + b"<p>after</p>"
    started = time.perf_counter()
    doc = parse_html(page)
    assert time.perf_counter() - started < 5
    assert "too-deep" in [d.kind for d in doc.defects]
    text = html_blocks(page)[0]
    assert "deep text" in text
    assert "after" in text


def test_depth_policy_flattens_with_a_defect() -> None:
    page = "<div>" * 40 + "<p>a</p><p>b</p>" + "</div>" * 40
    text, _, _, defects = html_blocks(page, policy=ParsePolicy(max_depth=10))
    assert "a" in text
    assert "b" in text
    assert [d.kind for d in defects] == ["too-deep"]


def test_too_large_is_a_clear_error() -> None:
    page = b"<p>" + b"x" * (50 * 1024 * 1024) + b"</p>"
    with pytest.raises(InputTooLargeError, match="max_bytes"):
        parse_html(page)
    with pytest.raises(InputTooLargeError):
        html_blocks(page.decode("ascii"))


def test_large_page_with_raised_limit_is_bounded() -> None:
    row = b"<tr><td>2019</td><td>parking fines</td><td>12</td></tr>\n"
    para = b"<p>We hold some of the information you asked for in this request.</p>\n"
    body = (row * 200 + para * 200) * 1000  # 25 MB
    page = b"<html><body><table>" + body + b"</table></body></html>"
    size = len(page)
    assert size > 25_000_000
    started = time.perf_counter()
    text, blocks, _, _ = html_blocks(page, policy=ParsePolicy(max_bytes=size + 1))
    elapsed = time.perf_counter() - started
    assert blocks
    assert len(text) > 1_000_000
    assert elapsed < 30


@pytest.mark.parametrize("seed", range(8))
def test_random_bytes(seed: int) -> None:
    data = os.urandom(2000 + seed * 997)
    doc = parse_html(data)
    assert isinstance(doc, Document)


@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    assert isinstance(parse_html(data), Document)


@given(st.text(max_size=2000))
def test_arbitrary_text_never_crashes(data: str) -> None:
    assert isinstance(parse_html(data), Document)


@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<table>",
                "<tr>",
                "<td>",
                "<th>",
                "</table>",
                "<ol>",
                "<li>",
                "<dl>",
                "<dt>",
                "<dd>",
                "<h1>",
                "</h1>",
                "<h2>",
                "<a href='x'>",
                "</a>",
                "<br>",
                "<pre>",
                "</pre>",
                "<nav>",
                "<main>",
                "Our ref: 1",
                "text",
                " ",
                "\n",
                "=====",
                "| a |",
                "<script>",
                "</script>",
                "&amp;",
                "&#0;",
                "<!--",
                "-->",
                '<div class="correspondence outgoing">',
                '<div class="correspondence_text">',
                "<time datetime='2020-02-30'>",
                "</time>",
            ]
        ),
        max_size=60,
    )
)
def test_tag_soup_never_crashes(parts: list[str]) -> None:
    page = "".join(parts)
    text, blocks, _, _ = html_blocks(page)
    assert isinstance(parse_html(page), Document)
    assert all(0 <= b.span.start <= b.span.end <= len(text) for b in blocks)


def test_cp1252_declared_utf8_and_mixed() -> None:
    data = (
        b'<meta charset="utf-8"><p>Dear requester \x96 we can\x92t '
        b"\xe2\x80\x9cquote\xe2\x80\x9d</p>"
    )
    doc = parse_html(data)
    assert [d.kind for d in doc.defects if d.kind == "encoding"] == ["encoding"]
    text = html_blocks(data)[0]
    assert "Dear requester – we can’t “quote”" in text
    assert "\ufffd" not in text


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf\xef\xbb\xbf<p>double bom</p>",
        b"\xff\xfe" + "<p>utf16 but odd</p>".encode("utf-16-le") + b"\x00",
        b"\xfe\xff" + "<p>big endian</p>".encode("utf-16-be"),
        b'<meta charset="utf-7"><p>+ADw-script+AD4-</p>',
        b'<meta charset="no-such-charset"><p>x</p>',
        b'<meta charset="rot13"><p>x</p>',
        b"\x00\x00\x00\x00<p>nul</p>",
    ],
)
def test_odd_encodings(data: bytes) -> None:
    text, _, source, _ = html_blocks(data)
    assert source.encoding
    assert "<script>" not in text
    assert isinstance(parse_html(data), Document)


SCRIPTY = b"""<html><head><title>t</title><script>var SECRET1 = 1;</script>
<style>.SECRET2 {}</style></head><body>
<p>Our ref: FOI-9 <script>document.write("SECRET3")</script></p>
<noscript>SECRET4</noscript><template><p>SECRET5</p></template>
<svg><text>SECRET6</text><script>SECRET7</script></svg><iframe srcdoc="SECRET8">SECRET9</iframe>
<form><input type="hidden" value="SECRET10"><textarea>SECRET11</textarea>
<select><option>SECRET12</option></select></form>
<object><param value="SECRET13"></object><math><mi>SECRET14</mi></math>
<p onclick="SECRET15()" title="SECRET16">The information is not held.</p>
</body></html>"""


def test_script_and_style_never_reach_any_text() -> None:
    text = html_blocks(SCRIPTY)[0]
    assert "SECRET" not in text
    doc = parse_html(SCRIPTY)
    assert "SECRET" not in repr(doc)
    assert doc.references[0].raw == "FOI-9"
