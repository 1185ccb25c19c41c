"""Citations: every printed form, its span, its law and whether it is applied."""

from __future__ import annotations

import pytest

import foimodel
from foimodel.extract import ProseLine
from foimodel.extract.citations import (
    CitationContext,
    citations_in,
    extract_citations,
    find_law_names,
    grounds,
    law_by_glosses,
)
from foimodel.models import Span

# (jurisdiction, sentence, [(raw, label, law, applied), ...])
FORMS = [
    (
        "UK",
        "The names are withheld under section 40(2) of the Act.",
        [("section 40(2)", "s.40(2)", "uk-foia-2000", True)],
    ),
    (
        "UK",
        "We are refusing this part under s.40(2).",
        [("s.40(2)", "s.40(2)", "uk-foia-2000", True)],
    ),
    ("UK", "The rota is exempt under s40 (2).", [("s40 (2)", "s.40(2)", "uk-foia-2000", True)]),
    (
        "UK",
        "The plans are exempt under Section 31(1)(a) and (b) of the FOIA.",
        [
            ("Section 31(1)(a)", "s.31(1)(a)", "uk-foia-2000", True),
            ("(b)", "s.31(1)(b)", "uk-foia-2000", True),
        ],
    ),
    (
        "UK",
        "We rely on sections 21 and 22 of the Freedom of Information Act 2000.",
        [("sections 21", "s.21", "uk-foia-2000", True), ("22", "s.22", "uk-foia-2000", True)],
    ),
    (
        "UK",
        "Staff names have been redacted under Sections 40(2) and (3).",
        [
            ("Sections 40(2)", "s.40(2)", "uk-foia-2000", True),
            ("(3)", "s.40(3)", "uk-foia-2000", True),
        ],
    ),
    (
        "UK",
        "The file is withheld under s.30(1)(a)(i).",
        [("s.30(1)(a)(i)", "s.30(1)(a)(i)", "uk-foia-2000", True)],
    ),
    (
        "UK",
        "We refuse the request as manifestly unreasonable under regulation 12(4)(b).",
        [("regulation 12(4)(b)", "reg.12(4)(b)", "uk-eir-2004", True)],
    ),
    (
        "UK",
        "Home addresses are withheld under Regulation 13 of the EIR.",
        [("Regulation 13", "reg.13", "uk-eir-2004", True)],
    ),
    (
        "UK",
        "Tender prices are withheld under EIR 12(5)(e).",
        [("EIR 12(5)(e)", "reg.12(5)(e)", "uk-eir-2004", True)],
    ),
    (
        "US-federal",
        "Names of staff were withheld under exemption (b)(6).",
        [("(b)(6)", "(b)(6)", "us-foia", True)],
    ),
    (
        "US-federal",
        "Portions were withheld pursuant to Exemption 7(C).",
        [("Exemption 7(C)", "(b)(7)(C)", "us-foia", True)],
    ),
    (
        "US-federal",
        "We withheld material under Exemptions 6 and 7(C).",
        [("Exemptions 6", "(b)(6)", "us-foia", True), ("7(C)", "(b)(7)(C)", "us-foia", True)],
    ),
    (
        "US-federal",
        "Two pages are withheld under 5 U.S.C. § 552(b)(6).",
        [("5 U.S.C. § 552(b)(6)", "(b)(6)", "us-foia", True)],
    ),
    (
        "New Zealand",
        "Some information is withheld under section 9(2)(a) of the OIA.",
        [("section 9(2)(a)", "s.9(2)(a)", "nz-oia-1982", True)],
    ),
    (
        "Australia",
        "Mobile numbers are exempt under s 47F.",
        [("s 47F", "s.47F", "au-foi-1982", True)],
    ),
    (
        "UK",
        "The draft is exempt under s.22 of the FOI Act.",
        [("s.22", "s.22", "uk-foia-2000", True)],
    ),
    (
        "UK",
        "Officers' names are exempt under Section 40(2)(3A)(a).",
        [
            ("Section 40(2)(3A)(a)", "s.40(2)", "uk-foia-2000", True),
            ("Section 40(2)(3A)(a)", "s.40(3A)(a)", "uk-foia-2000", False),
        ],
    ),
    (
        "UK",
        "Finding the files would exceed the appropriate limit (FOIA, s.12).",
        [("s.12", "s.12", "uk-foia-2000", True)],
    ),
    ("UK", "S12 of the Act applies to the whole request.", [("S12", "s.12", "uk-foia-2000", True)]),
    (
        "Ireland",
        "The Department refused access under sections 30, 35 or 37 of the FOI Act.",
        [
            ("sections 30", "s.30", "ie-foi-2014", True),
            ("35", "s.35", "ie-foi-2014", True),
            ("37", "s.37", "ie-foi-2014", True),
        ],
    ),
    (
        "UK-Scotland",
        "The report is exempt under section 30(b)(i) of FOISA.",
        [("section 30(b)(i)", "s.30(b)(i)", "scot-foisa-2002", True)],
    ),
    (
        "UK",
        "The legal advice is exempt under Regulation 12(5(b) of the EIR.",
        [("Regulation 12(5(b)", "reg.12(5)(b)", "uk-eir-2004", True)],
    ),
    (
        "UK",
        "The contract terms are withheld under section 43(2) & 41(1) of the Act.",
        [
            ("section 43(2)", "s.43(2)", "uk-foia-2000", True),
            ("41(1)", "s.41(1)", "uk-foia-2000", True),
        ],
    ),
    (
        "UK",
        "The minutes are exempt under Section 36(2)(b)(i)(ii) of the Act.",
        [("Section 36(2)(b)(i)(ii)", "s.36(2)(b)(i)(ii)", "uk-foia-2000", True)],
    ),
    # Mentioned, not applied.
    (
        "UK",
        "We have not relied on section 43 of the Act for this part.",
        [("section 43", "s.43", "uk-foia-2000", False)],
    ),
    (
        "UK",
        "Section 36 applies only where section 35 does not.",
        [
            ("Section 36", "s.36", "uk-foia-2000", False),
            ("section 35", "s.35", "uk-foia-2000", False),
        ],
    ),
    (
        "UK",
        "You may complain to the Commissioner under section 50 of the Act.",
        [("section 50", "s.50", "uk-foia-2000", False)],
    ),
    (
        "UK",
        "This letter is a refusal notice under section 17 of the Act.",
        [("section 17", "s.17", "uk-foia-2000", False)],
    ),
    (
        "UK",
        "If the cost would exceed the limit we could refuse under section 12.",
        [("section 12", "s.12", "uk-foia-2000", False)],
    ),
    (
        "UK",
        "Larger periods may invoke section 12 of the Act.",
        [("section 12", "s.12", "uk-foia-2000", False)],
    ),
    (
        "UK-Scotland",
        "We do not hold it; this is a notice under section 17(1) of FOISA.",
        [("section 17(1)", "s.17(1)", "scot-foisa-2002", False)],
    ),
    (
        "UK",
        "Information that does not fall within section 23(1) may be exempt.",
        [("section 23(1)", "s.23(1)", "uk-foia-2000", False)],
    ),
    # Sections of other laws are no citations of an access law.
    (
        "UK",
        "Section 44 of the Act applies, because section 18(1) of the Commissioners "
        "for Revenue and Customs Act 2005 bars disclosure.",
        [("Section 44", "s.44", "uk-foia-2000", True)],
    ),
    ("UK", "Footpaths are closed under section 14 of the Road Traffic Regulation Act 1984.", []),
    (
        "UK",
        "The Fees Regulations 2004 (the Fees Regulations) regulations 3 and 5 set the limit.",
        [],
    ),
    ("US-federal", "Your request under Title 5 USC Section 552 was received.", []),
]


@pytest.mark.parametrize(("jurisdiction", "text", "expected"), FORMS)
def test_forms(jurisdiction: str, text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    found = extract_citations(text, jurisdiction=jurisdiction)
    assert [(c.raw, c.label, c.law, c.applied) for c in found] == expected
    for c in found:
        assert text[c.span.start : c.span.end] == c.raw


def test_offset_moves_spans() -> None:
    text = "Withheld under section 41 of the Act."
    (c,) = extract_citations(text, jurisdiction="UK", offset=100)
    assert c.span == Span(115, 125)


def test_requester_words_are_not_grounds() -> None:
    ctx = CitationContext(jurisdiction="UK", requester=True)
    text = "If you refuse under section 12, tell me how to narrow my request."
    assert [c.applied for c in extract_citations(text, context=ctx)] == [False]
    quoted = "Please explain why you used section 43 last time."
    assert [c.applied for c in extract_citations(quoted, context=ctx)] == [False]


def _lines(*texts: str, requester: bool = False) -> list[ProseLine]:
    lines, pos = [], 0
    for t in texts:
        lines.append(ProseLine(t, Span(pos, pos + len(t)), requester))
        pos += len(t) + 1
    return lines


def test_listing_after_an_introducing_line() -> None:
    lines = _lines(
        "Some material is withheld by virtue of the following exemptions:",
        "Section 24(1) National security",
        "Section 40(2) Personal information",
    )
    found = citations_in(lines, jurisdiction="UK", laws_named=("uk-foia-2000",))
    assert [(c.label, c.applied) for c in found] == [("s.24(1)", True), ("s.40(2)", True)]


def test_bare_catalogued_paths_in_a_bulleted_list() -> None:
    lines = _lines(
        "Some information is withheld under the following sections of the OIA:",
        "• 9(2)(a) to protect the privacy of people",
        "• 9(2)(g)(i) to maintain free and frank opinions",
    )
    found = citations_in(lines, jurisdiction="New Zealand", laws_named=("nz-oia-1982",))
    assert [(c.label, c.applied) for c in found] == [("s.9(2)(a)", True), ("s.9(2)(g)(i)", True)]


def test_statistics_table_cells_are_not_citations() -> None:
    lines = _lines("Exemption | Requests |", "29(1)(a) |", "12 |", "30(b)(1) |")
    assert citations_in(lines, jurisdiction="UK-Scotland", laws_named=()) == ()


def test_a_sentence_wrapped_over_lines_is_read_whole() -> None:
    lines = _lines(
        "The names of the officers are being withheld under", "section 40(2) of the Act."
    )
    (c,) = citations_in(lines, jurisdiction="UK", laws_named=())
    assert (c.label, c.applied) == ("s.40(2)", True)


def test_cost_limit_without_a_section_counts_as_section_12() -> None:
    text = "Collating the figures would exceed the cost limit, so we cannot answer."
    (c,) = citations_in(_lines(text), jurisdiction="UK", laws_named=("uk-foia-2000",))
    assert (c.label, c.law, c.applied) == ("s.12", "uk-foia-2000", True)
    assert text[c.span.start : c.span.end] == c.raw
    conditional = "If the cost would exceed the cost limit we would tell you."
    assert citations_in(_lines(conditional), jurisdiction="UK", laws_named=()) == ()


def test_grounds_merge_short_forms_and_mentions() -> None:
    text = (
        "Call signs are withheld under section 24(1) of the Act. Section 24 is a qualified "
        "exemption. See section 17 and section 24(1) again. Section 12 applies. "
        "Further guidance on section 12 is online."
    )
    found = extract_citations(text, jurisdiction="UK")
    assert grounds(found) == (("s.24(1)", "s.12"), ("s.17",))


@pytest.mark.parametrize(
    ("text", "jurisdiction", "expected"),
    [
        ("under the Environmental Information Regulations 2004 (EIR)", None, ["uk-eir-2004"]),
        ("the FOI Act applies to this Commonwealth agency", None, ["au-foi-1982"]),
        ("the FOI Act and the EIR", None, ["uk-foia-2000", "uk-eir-2004"]),
        ("the Environmental Information Regulations", "UK-Scotland", ["scot-eisr-2004"]),
        ("the Freedom of Information and Protection of Privacy Act", None, ["ca-on-fippa"]),
        ("Pursuant to the Massachusetts Public Records Law", None, ["us-ma-public-records"]),
        # OCR reads the I of an acronym as l or 1.
        (
            "withheld under FOlA/Privacy Act exemptions",
            "US-federal",
            ["us-foia", "us-privacy-act-1974"],
        ),
        ("FO1A request", "US-federal", ["us-foia"]),
        # "FOI" beside "EIR" is the Act: "under FOI/EIR".
        ("Please supply under FOI/EIR all documents", "UK", ["uk-foia-2000", "uk-eir-2004"]),
        ("I make this FOI request", "UK", []),
    ],
)
def test_find_law_names(text: str, jurisdiction: str | None, expected: list[str]) -> None:
    assert find_law_names(text, jurisdiction=jurisdiction) == expected


@pytest.mark.parametrize(
    "line",
    [
        "section " * 120_000,
        "1(" * 500_000,
        "section 1(1) " * 80_000,
        "s1 (2)(a), " * 90_000,
        "12(4)(b) " * 110_000,
        ("section 4 " + " " * 1000) * 900,
    ],
)
def test_hostile_lines_finish(line: str) -> None:
    # Linear patterns and a cap per line keep this well under a second each.
    doc = foimodel.parse_text(line)
    assert len(doc.citations) <= 300


def test_a_quoted_request_that_names_the_cost_limit_is_not_a_refusal() -> None:
    from foimodel.extract.citations import extract_citations

    sentence = (
        "If answering would exceed the cost limit in section 12, please provide advice and "
        "assistance under section 16 of the Act."
    )
    assert [(c.label, c.applied) for c in extract_citations(sentence, jurisdiction="UK")] == [
        ("s.12", False),
        ("s.16", False),
    ]


def test_a_list_whose_first_ground_shares_the_introducing_line() -> None:
    lines = _lines(
        "Some information is withheld under the following sections of the OIA: • 9(2)(a) privacy",
        "• 9(2)(g)(i) to maintain free and frank opinions",
    )
    found = citations_in(lines, jurisdiction="New Zealand", laws_named=("nz-oia-1982",))
    assert [(c.label, c.applied) for c in found] == [("s.9(2)(a)", True), ("s.9(2)(g)(i)", True)]


def test_grounds_listed_after_an_applied_one_in_a_long_sentence() -> None:
    text = (
        "We are not obliged to supply the information as it is subject to an exception "
        "under regulation 12(5)(a) - international relations, defence, national security "
        "and public safety (in this instance specifically public safety), regulation "
        "12(5)(b) - the course of justice, the ability of a person to receive a fair trial "
        "or the ability of an authority to conduct an inquiry (in this instance the course "
        "of justice), and regulation 12(5)(e) - the confidentiality of commercial information."
    )
    found = extract_citations(text, jurisdiction="UK")
    assert [(c.label, c.applied) for c in found] == [
        ("reg.12(5)(a)", True),
        ("reg.12(5)(b)", True),
        ("reg.12(5)(e)", True),
    ]
    apart = "We rely on section 43(2) of the Freedom of Information Act, but not on section 41."
    assert [(c.label, c.applied) for c in extract_citations(apart, jurisdiction="UK")] == [
        ("s.43(2)", True),
        ("s.41", False),
    ]


def test_law_by_glosses_reads_the_law_from_what_its_sections_are_about() -> None:
    irish = (
        "The body refused the request as it would substantially and unreasonably interfere "
        "with its work (section 15(1)(c)). On review it relied on the deliberative processes "
        "exemption (section 29) and on commercially sensitive information (section 36)."
    )
    assert law_by_glosses(irish) == "ie-foi-2014"
    doc = foimodel.parse_text(f"Decision of this Office\n{irish}")
    assert (doc.jurisdiction, doc.laws) == ("Ireland", ("ie-foi-2014",))
    uk = (
        "The request is refused as vexatious (section 14) and, in any case, the cost of "
        "compliance would exceed the appropriate limit (section 12)."
    )
    assert law_by_glosses(uk) == "uk-foia-2000"


def test_law_by_glosses_needs_two_agreeing_mentions() -> None:
    assert law_by_glosses("withheld as commercially sensitive information (section 36)") is None
    assert law_by_glosses("See section 12 and section 14 of the Act.") is None
    assert law_by_glosses("") is None


@pytest.mark.parametrize(
    ("text", "applied"),
    [
        # The requester reporting the authority's refusal, in the second person ...
        ("You are refusing to release it on grounds that regulation 12(5)(c) applies.", True),
        # ... or the authority's action reported in the third person.
        (
            "The council decided to disclose the information for these cases to the "
            "complainant but withheld certain sections under regulation 12(5)(b) of the EIR.",
            True,
        ),
        (
            "I asked whether the council keeps a register under regulation 12(5)(b) of the EIR.",
            False,
        ),
    ],
)
def test_the_authoritys_action_in_the_requesters_words(text: str, applied: bool) -> None:
    ctx = CitationContext(jurisdiction="UK", requester=True)
    assert [c.applied for c in extract_citations(text, context=ctx)] == [applied]


def test_a_us_code_citation_after_an_exemption_list_is_not_an_exemption() -> None:
    text = (
        "We withhold portions under Exemption 6 of the FOIA, 5 U.S.C. § 552(b)(6), and "
        "Exemption 7(C), 5 U.S.C. § 552(b)(7)(C)."
    )
    assert grounds(extract_citations(text, jurisdiction="US-federal"))[0] == ("(b)(6)", "(b)(7)(C)")


def test_section_sign_citations_and_the_law_named_by_one() -> None:
    text = (
        "Your request under M.G.L. c. 66, § 10 was received. The records are provided "
        "with redactions under G. L. c. 4, § 7(26)(c)."
    )
    found = extract_citations(text, jurisdiction="US-MA")
    assert [(c.label, c.applied) for c in found] == [("s.7(26)(c)", True)]
