"""Hypothesis strategies for every foimodel record, for your own property tests.

Needs ``hypothesis`` (``pip install foimodel[strategies]``). :func:`documents`
draws whole documents *anchored* to their canonical text, so that the laws

    parse_text(render_text(d)) == d
    from_json(to_json(d)) == d

hold for every draw. Free text is drawn from an inert vocabulary (plain words,
numbers and words in Greek, Cyrillic, CJK and accented Latin, emoji), so that no
sentence accidentally states a decision, a date or a citation; facts are then
placed with the phrases FOI letters use for them.

>>> from hypothesis import given
>>> from foimodel import parse_text, render_text
>>> @given(documents())
... def test_round_trip(doc):
...     assert parse_text(render_text(doc)) == doc
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools

from hypothesis import strategies as st

from foimodel import laws
from foimodel.models import (
    Answer,
    Block,
    Citation,
    DateMention,
    DateRole,
    Decision,
    Document,
    Link,
    Message,
    MessageKind,
    Outcome,
    Paragraph,
    Reference,
    RequestItem,
    Section,
    Table,
)
from foimodel.render.text import anchor

__all__ = [
    "answers",
    "blocks",
    "citations",
    "date_mentions",
    "documents",
    "links",
    "messages",
    "paragraphs",
    "prose",
    "references",
    "request_items",
    "sections",
    "tables",
    "words",
]

_VOCABULARY = [
    "budget",
    "parking",
    "school",
    "meeting",
    "vehicles",
    "library",
    "bridge",
    "garden",
    "traffic",
    "lamp",
    "river",
    "hall",
    "summer",
    "annual",
    "north",
    "south",
    "ward",
    "street",
    "market",
    "museum",
    "bus",
    "tram",
    "cycle",
    "tree",
    "pond",
    "canal",
    "playground",
    "allotment",
    "bins",
    "lighting",
    "benches",
    "roadworks",
    "pavement",
    "ferry",
    "harbour",
]
_LETTERS = st.sampled_from(
    [chr(c) for c in range(0x3B1, 0x3CA)]  # Greek small letters
    + [chr(c) for c in range(0x430, 0x450)]  # Cyrillic small letters
    + [chr(c) for c in range(0x4E00, 0x4E40)]  # CJK ideographs
    + list("éèüöøåñçßłž")
)
_EMOJI = st.sampled_from(["🚲", "🌳", "📊", "🏛"])


def words() -> st.SearchStrategy[str]:
    """One inert word: plain English, a number, a non-Latin word or an emoji."""
    return st.one_of(
        st.sampled_from(_VOCABULARY),
        st.integers(0, 99999).map(str),
        st.text(_LETTERS, min_size=1, max_size=8),
        _EMOJI,
    )


def prose(*, min_words: int = 1, max_words: int = 12, end: str = ".") -> st.SearchStrategy[str]:
    """A line of inert prose, starting with a plain word and ending with ``end``."""
    return st.builds(
        lambda first, rest: " ".join([first, *rest]) + end,
        st.sampled_from(_VOCABULARY),
        st.lists(words(), min_size=min_words - 1, max_size=max_words - 1),
    )


def paragraphs() -> st.SearchStrategy[Paragraph]:
    """A paragraph of inert prose."""
    return prose().map(lambda text: Paragraph(text=text))


def links() -> st.SearchStrategy[Link]:
    """A link with text and, most of the time, an absolute target."""
    target = st.from_regex(
        r"https://example\.org/[a-z0-9]{0,12}(/[a-z0-9]{1,8}){0,2}", fullmatch=True
    )
    return st.builds(
        lambda text, href: Link(text=text, target=href),
        prose(max_words=5, end=""),
        st.none() | target,
    )


def tables() -> st.SearchStrategy[Table]:
    """A table of figures, with or without a header row; cells may hold ``|`` and ``\\``."""
    cell = st.one_of(
        st.integers(0, 10**6).map(str),
        st.sampled_from(["", "n/a", "a|b", "x\\y", "*"]),
        prose(max_words=3, end=""),
    )
    row = st.lists(cell, min_size=1, max_size=4).map(tuple)
    with_header = st.builds(
        lambda header, rows: Table(header=header, rows=tuple(rows)),
        row,
        st.lists(row, min_size=0, max_size=4),
    )
    without = st.lists(row, min_size=1, max_size=4).map(lambda rows: Table(rows=tuple(rows)))
    return with_header | without


def blocks(*, max_size: int = 4) -> st.SearchStrategy[tuple[Block, ...]]:
    """A run of content blocks; two tables never stand side by side (they would merge)."""
    one: st.SearchStrategy[Block] = st.one_of(paragraphs(), paragraphs(), links(), tables())

    def no_adjacent_tables(run: list[Block]) -> bool:
        return not any(
            isinstance(a, Table) and isinstance(b, Table) for a, b in itertools.pairwise(run)
        )

    return st.lists(one, max_size=max_size).filter(no_adjacent_tables).map(tuple)


def answers() -> st.SearchStrategy[Answer]:
    """An answer: paragraphs, links and tables."""
    return blocks().map(lambda b: Answer(blocks=b))


_LABELS = st.one_of(
    st.integers(1, 40).map(str),
    st.sampled_from(list("abcdefgh")),
    st.sampled_from(["i", "ii", "iii", "iv", "2a", "10b"]),
)


def request_items() -> st.SearchStrategy[RequestItem]:
    """A question (one to three lines) with an optional answer."""
    return st.builds(
        lambda label, lines, answer: RequestItem(
            label=label, question="\n".join(lines), answer=answer
        ),
        st.none() | _LABELS,
        st.lists(prose(end="?") | prose(), min_size=1, max_size=3),
        st.none() | answers(),
    )


def sections() -> st.SearchStrategy[Section]:
    """A headed section of the letter."""
    return st.builds(
        lambda heading, body: Section(heading=heading, blocks=body),
        prose(max_words=6, end=""),
        blocks(),
    )


_REFERENCE_SHAPES = (
    r"[0-9]{2}\.FOI\.[0-9]{2}\.[0-9]{6}",
    r"[0-9]{8,13}",
    r"FOI-[0-9]{3,5}-[0-9]{4}",
    r"FOI/[0-9]{2}/[0-9]{5}",
    r"[0-9]{3,4}[A-Z]?/[0-9]{2}",
    r"[A-Z]{2}/FOI/[0-9]{5}",
    r"LEX[0-9]{3,5}",
    r"[0-9]{4}_[0-9]{2}",
)
_REFERENCE_LABELS = (
    "Reference",
    "Our reference",
    "Our ref",
    "Reference number",
    "Case reference",
    "Request reference",
)


def references() -> st.SearchStrategy[Reference]:
    """A reference number in one of the shapes authorities print, with its label."""
    raw = st.one_of(*(st.from_regex(rx, fullmatch=True) for rx in _REFERENCE_SHAPES))
    return st.builds(
        lambda value, label: Reference(raw=value, normalized=value.upper(), label=label),
        raw,
        st.sampled_from(_REFERENCE_LABELS),
    )


_DATE_FORMATS = (
    lambda d: d.isoformat(),
    lambda d: f"{d.day} {d.strftime('%B')} {d.year}",
    lambda d: f"{d.strftime('%B')} {d.day}, {d.year}",
    lambda d: f"{d.day} {d.strftime('%b')} {d.year}",
)


def date_mentions() -> st.SearchStrategy[DateMention]:
    """A date in a role, printed in a UK, US or ISO style that is not ambiguous."""
    return st.builds(
        lambda role, value, fmt: DateMention(role=role, value=value, raw=fmt(value)),
        st.sampled_from(list(DateRole)),
        st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
        st.sampled_from(_DATE_FORMATS),
    )


_APPLIED_KINDS = frozenset({"exemption", "procedural_refusal", "not_held"})


def _citable_path(unit: str, path: tuple[str, ...]) -> bool:
    if not path or not all(part.isalnum() for part in path):
        return False
    if unit == "b":
        return path[0] == "b" and 2 <= len(path) <= 3
    # A number right after a number starts a sibling provision ("40(2)(3A)").
    return not any(a.isdigit() and b[:1].isdigit() for a, b in itertools.pairwise(path[1:]))


@functools.cache
def _citable(jurisdiction: str | None) -> tuple[tuple[laws.Law, tuple[laws.Provision, ...]], ...]:
    """Laws whose full name resolves to them under ``jurisdiction``, with citable provisions."""
    found = []
    for law in laws.all_laws():
        if law.unit not in ("s", "reg", "b"):
            continue
        if laws.find_law(law.name, jurisdiction=jurisdiction) is not law:
            continue
        provisions = tuple(p for p in law.provisions if _citable_path(law.unit, p.path))
        if provisions:
            found.append((law, provisions))
    return tuple(found)


def citations(jurisdiction: str | None = None) -> st.SearchStrategy[tuple[Citation, str]]:
    """A citation and the sentence that carries it (applied: "withheld under ...").

    Only laws whose full name resolves to them under ``jurisdiction`` are drawn.
    """
    choices = _citable(jurisdiction)
    if not choices:
        return st.nothing()

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Citation, str]:
        law, provisions = draw(st.sampled_from(choices))
        provision = draw(st.sampled_from(provisions))
        path = provision.path
        withheld = draw(st.booleans())
        lead = draw(prose(max_words=4, end=""))
        if law.unit == "b":
            raw = "".join(f"({p})" for p in path)
            raw = draw(st.sampled_from([raw, f"5 U.S.C. § 552{raw}"]))
            tail = "."
        else:
            word = {"s": ["section ", "s.", "Section "], "reg": ["regulation ", "reg. "]}[law.unit]
            raw = draw(st.sampled_from(word)) + path[0] + "".join(f"({p})" for p in path[1:])
            tail = f" of the {law.name}."
        verb = "withheld under" if withheld else "see"
        sentence = f"{lead} {verb} {raw}{tail}"
        applied = withheld and provision.kind.value in _APPLIED_KINDS
        citation = Citation(law=law.id, unit=law.unit, path=path, raw=raw, applied=applied)
        return citation, sentence

    return build()


def messages() -> st.SearchStrategy[Message]:
    """A message of a request thread."""
    name = prose(max_words=3, end="")
    return st.builds(
        lambda kind, sender, recipient, sent, subject, body, attachments: Message(
            kind=kind,
            sender=sender,
            recipient=recipient,
            sent=sent,
            subject=subject,
            blocks=body,
            attachments=tuple(attachments),
        ),
        st.sampled_from(list(MessageKind)),
        st.none() | name,
        st.none() | name,
        st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
        st.none() | name,
        blocks(),
        st.lists(st.sampled_from(_VOCABULARY).map(lambda w: f"{w}.pdf"), max_size=3),
    )


_DECISIONS = {
    Outcome.DISCLOSED_IN_FULL: "I have decided to disclose the information in full.",
    Outcome.REFUSED: "We have decided to refuse your request.",
    Outcome.DISCLOSED_IN_PART: "I have decided to disclose some of the information.",
}


@st.composite
def documents(draw: st.DrawFn, *, max_items: int = 6) -> Document:
    """A whole document, anchored to its canonical text."""
    jurisdiction: str | None = draw(st.sampled_from(sorted(laws.JURISDICTIONS)))
    cited = draw(st.lists(citations(jurisdiction), max_size=4))
    law_ids = list(dict.fromkeys(c.law for c, _ in cited if c.law))
    extra = draw(st.lists(st.sampled_from(laws.ids()), max_size=2))
    law_ids += [x for x in extra if x not in law_ids]
    if not law_ids:
        jurisdiction = draw(st.none() | st.just(jurisdiction))
    outcome = draw(st.sampled_from(list(Outcome)))
    sentence = _DECISIONS.get(outcome) if draw(st.booleans()) else None
    body = list(draw(blocks(max_size=3)))
    if sentence:
        body.insert(draw(st.integers(0, len(body))), Paragraph(text=sentence))
    body.extend(Paragraph(text=s) for _, s in cited)
    refs = draw(st.lists(references(), max_size=2, unique_by=lambda r: r.normalized))
    mentions = draw(st.lists(date_mentions(), max_size=3, unique_by=lambda d: (d.role, d.value)))
    doc = Document(
        title=draw(st.none() | prose(max_words=8, end="")),
        references=tuple(refs),
        authority=draw(st.none() | prose(max_words=5, end="")),
        jurisdiction=jurisdiction,
        laws=tuple(law_ids),
        dates=tuple(mentions),
        decision=Decision(outcome=outcome, sentence=sentence),
        paragraphs=tuple(body),
        request_context=tuple(draw(st.lists(paragraphs(), max_size=2))),
        items=tuple(draw(st.lists(request_items(), max_size=max_items))),
        sections=tuple(draw(st.lists(sections(), max_size=3))),
        messages=tuple(draw(st.lists(messages(), max_size=2))),
        citations=tuple(c for c, _ in cited),
        boilerplate=tuple(draw(st.lists(paragraphs(), max_size=2))),
        residue=tuple(draw(st.lists(paragraphs(), max_size=2))),
    )
    return anchor(doc)
