"""The law catalogues (foimodel.laws): data files, lookups, name resolution."""

from __future__ import annotations

import pickle
import tomllib
from importlib import resources

import pytest

from foimodel import laws
from foimodel.errors import FoiModelError, UnknownLawError
from foimodel.laws import CatalogueError, ProvisionKind, PublicInterest

EXPECTED_IDS = {
    "uk-foia-2000",
    "uk-eir-2004",
    "scot-foisa-2002",
    "scot-eisr-2004",
    "uk-dpa-2018",
    "uk-dpa-1998",
    "uk-gdpr",
    "us-foia",
    "us-privacy-act-1974",
    "ie-foi-2014",
    "au-foi-1982",
    "au-vic-foi-1982",
    "nz-oia-1982",
    "nz-lgoima-1987",
    "ca-atia",
    "ca-on-fippa",
    "us-ma-public-records",
    "us-ca-cpra",
}

DATA_FILES = sorted(
    e.name
    for e in resources.files("foimodel.laws").joinpath("data").iterdir()
    if e.name.endswith(".toml")
)


# --- the data files -------------------------------------------------------------------


def test_every_expected_law_is_catalogued() -> None:
    assert set(laws.ids()) == EXPECTED_IDS
    assert len(DATA_FILES) == len(EXPECTED_IDS)


@pytest.mark.parametrize("filename", DATA_FILES)
def test_data_file_loads_and_validates(filename: str) -> None:
    text = resources.files("foimodel.laws").joinpath("data", filename).read_text("utf-8")
    law = laws.load_law(tomllib.loads(text), where=filename)
    assert filename == f"{law.id}.toml"
    assert law.jurisdiction in laws.JURISDICTIONS
    assert law.unit in laws.UNITS
    assert law.source.startswith(("https://", "http://"))
    assert law.name.strip()
    assert (law.response_time is None) == (law.response_unit is None)
    assert law.response_unit is None or law.response_unit in laws.RESPONSE_UNITS
    keys = [tuple(p.casefold() for p in prov.path) for prov in law.provisions]
    assert len(keys) == len(set(keys)), "duplicate provision paths"
    for prov in law.provisions:
        assert prov.path
        assert all(prov.path)
        assert prov.unit == law.unit
        assert isinstance(prov.kind, ProvisionKind)
        assert isinstance(prov.test, PublicInterest)
        assert prov.title.strip()
        assert prov.source.startswith(("https://", "http://"))
        # The label is a printed reference that parses back to the same path.
        assert laws.parse_path(prov.label) == prov.path
        assert law.provision(prov.label) is prov


@pytest.mark.parametrize("law", laws.all_laws(), ids=lambda law: law.id)
def test_access_laws_have_a_response_time(law: laws.Law) -> None:
    if law.access_law:
        assert law.response_time is not None


def test_ids_are_unique_and_sorted() -> None:
    assert list(laws.ids()) == sorted(set(laws.ids()))
    assert [law.id for law in laws.all_laws()] == list(laws.ids())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "X"}, "missing 'id'"),
        (
            {"id": "x-y", "name": "X", "jurisdiction": "Mars", "unit": "s", "source": "https://x"},
            "unknown jurisdiction",
        ),
        (
            {"id": "x-y", "name": "X", "jurisdiction": "UK", "unit": "para", "source": "https://x"},
            "unknown unit",
        ),
        (
            {"id": "x-y", "name": "X", "jurisdiction": "UK", "unit": "s", "source": "ftp:x"},
            "not a URL",
        ),
        (
            {
                "id": "x-y",
                "name": "X",
                "jurisdiction": "UK",
                "unit": "s",
                "source": "https://x",
                "colour": "red",
            },
            "unknown keys",
        ),
        (
            {
                "id": "x-y",
                "name": "X",
                "jurisdiction": "UK",
                "unit": "s",
                "source": "https://x",
                "response_time": 20,
            },
            "go together",
        ),
        (
            {
                "id": "x-y",
                "name": "X",
                "jurisdiction": "UK",
                "unit": "s",
                "source": "https://x",
                "provisions": [
                    {"path": "1", "title": "T", "kind": "exemption"},
                    {"path": "s.1", "title": "T", "kind": "duty"},
                ],
            },
            "duplicate",
        ),
        (
            {
                "id": "x-y",
                "name": "X",
                "jurisdiction": "UK",
                "unit": "s",
                "source": "https://x",
                "provisions": [{"path": "", "title": "T", "kind": "exemption"}],
            },
            "path",
        ),
        (
            {
                "id": "x-y",
                "name": "X",
                "jurisdiction": "UK",
                "unit": "s",
                "source": "https://x",
                "provisions": [{"path": "1", "title": "T", "kind": "exception"}],
            },
            "exception",
        ),
        (
            {
                "id": "x-y",
                "name": "X",
                "jurisdiction": "UK",
                "unit": "s",
                "source": "https://x",
                "provisions": [{"path": "1", "title": "T", "kind": "duty", "test": "maybe"}],
            },
            "maybe",
        ),
        (
            {
                "id": "x-y",
                "name": "X",
                "jurisdiction": "UK",
                "unit": "s",
                "source": "https://x",
                "default_for": ["UK"],
            },
            "needs a role",
        ),
    ],
)
def test_invalid_data_is_rejected(data: dict[str, object], message: str) -> None:
    with pytest.raises(CatalogueError, match=message) as info:
        laws.load_law(data)
    assert isinstance(info.value, FoiModelError)
    assert isinstance(info.value, ValueError)


# --- get ------------------------------------------------------------------------------


@pytest.mark.parametrize("law_id", sorted(EXPECTED_IDS))
def test_get_each_id(law_id: str) -> None:
    law = laws.get(law_id)
    assert law.id == law_id
    assert laws.get(law_id) is law  # cached


def test_get_unknown_raises_unknown_law_error() -> None:
    with pytest.raises(UnknownLawError, match="nope") as info:
        laws.get("nope")
    assert isinstance(info.value, KeyError)
    assert isinstance(info.value, FoiModelError)
    assert "nope" in str(info.value)


@pytest.mark.parametrize(
    ("law_id", "time", "unit"),
    [
        ("uk-foia-2000", 20, "working_days"),
        ("uk-eir-2004", 20, "working_days"),
        ("scot-foisa-2002", 20, "working_days"),
        ("scot-eisr-2004", 20, "working_days"),
        ("us-foia", 20, "working_days"),
        ("ie-foi-2014", 4, "weeks"),
        ("au-foi-1982", 30, "calendar_days"),
        ("au-vic-foi-1982", 30, "calendar_days"),
        ("nz-oia-1982", 20, "working_days"),
        ("nz-lgoima-1987", 20, "working_days"),
        ("ca-atia", 30, "calendar_days"),
        ("ca-on-fippa", 30, "calendar_days"),
        ("us-ma-public-records", 10, "working_days"),
        ("us-ca-cpra", 10, "calendar_days"),
        ("uk-dpa-2018", 1, "months"),
        ("uk-gdpr", 1, "months"),
    ],
)
def test_response_times(law_id: str, time: int, unit: str) -> None:
    law = laws.get(law_id)
    assert (law.response_time, law.response_unit) == (time, unit)


@pytest.mark.parametrize(
    ("law_id", "access"),
    [("uk-foia-2000", True), ("uk-dpa-2018", False), ("uk-gdpr", False), ("us-foia", True)],
)
def test_access_law_flag(law_id: str, access: bool) -> None:
    assert laws.get(law_id).access_law is access


def test_records_are_frozen_hashable_and_picklable() -> None:
    law = laws.get("uk-foia-2000")
    assert hash(law) == hash(pickle.loads(pickle.dumps(law)))
    assert pickle.loads(pickle.dumps(law)) == law
    assert pickle.loads(pickle.dumps(law)).provision("40(2)") == law.provision("40(2)")
    with pytest.raises(AttributeError):
        law.name = "x"  # type: ignore[misc]
    assert "provisions>" in repr(law)


# --- required coverage ----------------------------------------------------------------

REQUIRED = {
    "uk-foia-2000": [
        "1",
        "2",
        "8",
        "9",
        "10",
        "11",
        "12",
        "14(1)",
        "14(2)",
        "16",
        "17",
        "19",
        *[str(n) for n in range(21, 45)],
        "22A",
        "45",
        "50",
        "54",
        "57",
        "1(1)",
        "1(1)(a)",
        "1(1)(b)",
        "1(3)",
        "10(1)",
        "10(3)",
        "12(1)",
        "12(2)",
        "12(4)",
        "17(1)",
        "17(3)",
        "17(4)",
        "23(1)",
        "23(5)",
        "24(1)",
        "24(2)",
        "30(1)",
        "30(1)(a)",
        "30(1)(a)(i)",
        "30(2)",
        "30(3)",
        "31(1)",
        *[f"31(1)({c})" for c in "abcdefghi"],
        "31(3)",
        *[f"35(1)({c})" for c in "abcd"],
        "36(2)",
        "38(1)",
        "40(1)",
        "40(2)",
        "40(3A)",
        "40(5)",
        "41(1)",
        "42(1)",
        "43(1)",
        "43(2)",
        "44(1)",
        *[f"44(1)({c})" for c in "abc"],
    ],
    "uk-eir-2004": [
        "2",
        "5",
        "6",
        "7",
        "9",
        "11",
        "12(1)",
        "12(2)",
        "12(3)",
        *[f"12(4)({c})" for c in "abcde"],
        *[f"12(5)({c})" for c in "abcdefg"],
        "12(9)",
        "13",
        "14",
        "18",
    ],
    "scot-foisa-2002": [
        "1",
        *[f"1({n})" for n in range(1, 7)],
        "10",
        "12",
        "12(1)",
        "14(1)",
        "14(2)",
        "15",
        "16",
        "17",
        "18",
        "20",
        "21",
        *[str(n) for n in range(25, 42)],
        "47",
        "47(1)",
        "47(2)",
    ],
    "scot-eisr-2004": [
        "2(1)",
        "5(1)",
        "5(2)(b)",
        "9(1)",
        "9(3)",
        "10(1)",
        "10(2)",
        *[f"10(4)({c})" for c in "abcde"],
        *[f"10(5)({c})" for c in "abcdefg"],
        "11",
        "16",
        "17",
    ],
    "us-foia": [
        *[f"(b)({n})" for n in range(1, 10)],
        *[f"(b)(7)({c})" for c in "ABCDEF"],
        "(a)(6)(A)(i)",
        "(a)(6)(B)",
        "(a)(4)(A)",
        "(c)(1)",
        "(c)(2)",
        "(c)(3)",
    ],
    "us-privacy-act-1974": ["(d)", "(j)(2)", *[f"(k)({n})" for n in range(1, 8)]],
    "ie-foi-2014": [
        "12",
        "13",
        *[f"15(1)({c})" for c in "abcdefghi"],
        "21",
        "22",
        "27",
        *[str(n) for n in range(28, 43)],
        "29(1)",
        "30(1)(a)",
        "30(1)(b)",
        "30(1)(c)",
        "31(1)(a)",
        "35(1)(a)",
        "37(1)",
    ],
    "au-foi-1982": [
        "11",
        "15",
        "22",
        "23",
        "24AA",
        "24AB",
        "26",
        "33",
        "34",
        "37",
        "38",
        "42",
        "45",
        "47",
        "47B",
        "47C",
        "47D",
        *[f"47E({c})" for c in "abcd"],
        "47F",
        "47G",
        "47H",
        "47J",
        "54",
        "54L",
        "55G",
        "93A",
    ],
    "au-vic-foi-1982": ["30", "31", "32", "33", "34", "35", "38"],
    "nz-oia-1982": [
        *[f"6({c})" for c in "abcde"],
        "9(2)(a)",
        "9(2)(b)(i)",
        "9(2)(b)(ii)",
        "9(2)(ba)(i)",
        "9(2)(ba)(ii)",
        *[f"9(2)({c})" for c in "cdefghijk"],
        *[f"9(2)(f)({r})" for r in ("i", "ii", "iii", "iv")],
        "9(2)(g)(i)",
        "9(2)(g)(ii)",
        "14",
        "15",
        "15A",
        *[f"18({c})" for c in "abcdefgh"],
        "28",
        "28(3)",
    ],
    "nz-lgoima-1987": ["6", *[f"7(2)({c})" for c in "abcdefghij"], "13", "14", "17"],
    "ca-atia": ["7", "9", *[str(n) for n in range(13, 25)], "68", "69"],
    "ca-on-fippa": ["12", "13", "14", "15", "17", "18", "19", "21", "24", "49"],
    "us-ma-public-records": ["10", *[f"7(26)({c})" for c in "abcdefghijklmn"]],
    "us-ca-cpra": ["7922.535", "7922.000"],
}


@pytest.mark.parametrize(
    ("law_id", "ref"), [(law_id, ref) for law_id, refs in REQUIRED.items() for ref in refs]
)
def test_required_provision_is_catalogued(law_id: str, ref: str) -> None:
    assert laws.get(law_id).provision(ref) is not None, f"{law_id} {ref}"


@pytest.mark.parametrize(
    ("law_id", "ref", "kind", "test"),
    [
        ("uk-foia-2000", "21", "exemption", "absolute"),
        ("uk-foia-2000", "22", "exemption", "qualified"),
        ("uk-foia-2000", "23", "exemption", "absolute"),
        ("uk-foia-2000", "32", "exemption", "absolute"),
        ("uk-foia-2000", "34", "exemption", "absolute"),
        ("uk-foia-2000", "40(1)", "exemption", "absolute"),
        ("uk-foia-2000", "41", "exemption", "absolute"),
        ("uk-foia-2000", "43(2)", "exemption", "qualified"),
        ("uk-foia-2000", "44", "exemption", "absolute"),
        ("uk-foia-2000", "37(1)(a)", "exemption", "absolute"),
        ("uk-foia-2000", "37(1)(b)", "exemption", "qualified"),
        ("uk-foia-2000", "12", "procedural_refusal", "none"),
        ("uk-foia-2000", "14(1)", "procedural_refusal", "none"),
        ("uk-foia-2000", "16", "duty", "none"),
        ("uk-foia-2000", "10(1)", "time_limit", "none"),
        ("uk-foia-2000", "50", "appeal", "none"),
        ("uk-eir-2004", "12(4)(a)", "not_held", "qualified"),
        ("uk-eir-2004", "12(4)(b)", "procedural_refusal", "qualified"),
        ("uk-eir-2004", "12(5)(e)", "exemption", "qualified"),
        ("scot-foisa-2002", "17", "duty", "none"),
        ("scot-foisa-2002", "36(2)", "exemption", "absolute"),
        ("scot-foisa-2002", "30(b)(i)", "exemption", "qualified"),
        ("scot-eisr-2004", "10(4)(a)", "not_held", "qualified"),
        ("nz-oia-1982", "6(a)", "exemption", "absolute"),
        ("nz-oia-1982", "9(2)(a)", "exemption", "qualified"),
        ("nz-oia-1982", "18(e)", "not_held", "none"),
        ("au-foi-1982", "47F", "exemption", "qualified"),
        ("au-foi-1982", "42", "exemption", "absolute"),
        ("au-foi-1982", "24A", "not_held", "none"),
        ("us-foia", "(b)(6)", "exemption", "none"),
        ("ie-foi-2014", "15(1)(a)", "not_held", "none"),
    ],
)
def test_kind_and_public_interest(law_id: str, ref: str, kind: str, test: str) -> None:
    prov = laws.get(law_id).provision(ref)
    assert prov is not None
    assert (prov.kind, prov.test) == (ProvisionKind(kind), PublicInterest(test))


# --- provision lookup -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("law_id", "ref", "label"),
    [
        ("uk-foia-2000", "40(2)", "s.40(2)"),
        ("uk-foia-2000", "s.40(2)", "s.40(2)"),
        ("uk-foia-2000", "s40(2)", "s.40(2)"),
        ("uk-foia-2000", "S. 40 (2)", "s.40(2)"),
        ("uk-foia-2000", "section 40(2)", "s.40(2)"),
        ("uk-foia-2000", "Section 40 (2)", "s.40(2)"),
        ("uk-foia-2000", "sections 40(2)", "s.40(2)"),
        ("uk-foia-2000", ("40", "2"), "s.40(2)"),
        ("uk-foia-2000", ["40", "2"], "s.40(2)"),
        ("uk-foia-2000", "40(3a)", "s.40(3A)"),
        ("uk-foia-2000", "22a", "s.22A"),
        ("uk-foia-2000", "31(1)(A)", "s.31(1)(a)"),
        ("uk-foia-2000", "30(1)(a)(I)", "s.30(1)(a)(i)"),
        ("uk-eir-2004", "12(4)(b)", "reg.12(4)(b)"),
        ("uk-eir-2004", "reg.12(4)(b)", "reg.12(4)(b)"),
        ("uk-eir-2004", "regulation 12(4)(b)", "reg.12(4)(b)"),
        ("uk-eir-2004", "Regulation 12 (4) (b)", "reg.12(4)(b)"),
        ("uk-eir-2004", "reg 12(5)(E)", "reg.12(5)(e)"),
        ("uk-eir-2004", ("12", "4", "b"), "reg.12(4)(b)"),
        ("us-foia", "(b)(6)", "(b)(6)"),
        ("us-foia", "b(6)", "(b)(6)"),
        ("us-foia", "(B)(6)", "(b)(6)"),
        ("us-foia", "(b)(7)(C)", "(b)(7)(C)"),
        ("us-foia", "(b)(7)(c)", "(b)(7)(C)"),
        ("us-foia", ("b", "7", "C"), "(b)(7)(C)"),
        ("us-foia", "(a)(6)(A)(i)", "(a)(6)(A)(i)"),
        ("au-foi-1982", "s 47E(d)", "s.47E(d)"),
        ("au-foi-1982", "47e(D)", "s.47E(d)"),
        ("nz-oia-1982", "9(2)(ba)(i)", "s.9(2)(ba)(i)"),
        ("nz-oia-1982", "section 9(2)(g)(i)", "s.9(2)(g)(i)"),
        ("ca-atia", "s. 6.1", "s.6.1"),
        ("us-ca-cpra", "section 7922.535", "s.7922.535"),
        ("us-ma-public-records", "7(26)(c)", "s.7(26)(c)"),
        ("uk-gdpr", "Article 15", "art.15"),
        ("uk-gdpr", "art. 12(3)", "art.12(3)"),
    ],
)
def test_provision_lookup_spellings(law_id: str, ref: str | tuple[str, ...], label: str) -> None:
    prov = laws.get(law_id).provision(ref)
    assert prov is not None
    assert prov.label == label


@pytest.mark.parametrize(
    ("law_id", "ref"),
    [
        ("uk-foia-2000", "40(9)"),
        ("uk-foia-2000", "99"),
        ("uk-foia-2000", ""),
        ("uk-foia-2000", "not a reference"),
        ("uk-foia-2000", "40(2"),
        ("uk-foia-2000", ()),
        ("uk-foia-2000", "40(2)(a)"),
    ],
)
def test_provision_lookup_misses(law_id: str, ref: str | tuple[str, ...]) -> None:
    assert laws.get(law_id).provision(ref) is None


@pytest.mark.parametrize(
    ("law_id", "ref", "label"),
    [
        ("uk-foia-2000", "40(2)", "s.40(2)"),
        ("uk-foia-2000", "40(2)(a)", "s.40(2)"),
        ("uk-foia-2000", ("40", "2", "a", "i"), "s.40(2)"),
        ("uk-foia-2000", "40(7)", "s.40"),
        ("uk-foia-2000", "s.27(1)(a)", "s.27"),
        ("uk-foia-2000", "31(1)(a)", "s.31(1)(a)"),
        ("uk-eir-2004", "12(5)(b)(ii)", "reg.12(5)(b)"),
        ("us-foia", "(b)(7)(C)(ii)", "(b)(7)(C)"),
        ("us-foia", "(b)(3)(A)", "(b)(3)"),
        ("nz-oia-1982", "9(2)(g)(iii)", "s.9(2)(g)"),
    ],
)
def test_nearest(law_id: str, ref: str | tuple[str, ...], label: str) -> None:
    prov = laws.get(law_id).nearest(ref)
    assert prov is not None
    assert prov.label == label


@pytest.mark.parametrize("ref", ["99(1)", "", "nonsense", ()])
def test_nearest_misses(ref: str | tuple[str, ...]) -> None:
    assert laws.get("uk-foia-2000").nearest(ref) is None


@pytest.mark.parametrize(
    ("ref", "path"),
    [
        ("40(2)", ("40", "2")),
        ("s.40(2)", ("40", "2")),
        ("section 40 (2)", ("40", "2")),
        ("ss.40(2)", ("40", "2")),
        ("§ 7922.535", ("7922.535",)),
        ("(b)(7)(C)", ("b", "7", "C")),
        ("b(6)", ("b", "6")),
        ("reg.12(4)(b)", ("12", "4", "b")),
        ("47E(d)", ("47E", "d")),
        ("Art. 15", ("15",)),
        ("", ()),
        ("(b", ()),
        ("40)(2)", ()),
        ("section", ()),
    ],
)
def test_parse_path(ref: str, path: tuple[str, ...]) -> None:
    assert laws.parse_path(ref) == path


def test_label_for_uncatalogued_reference() -> None:
    assert laws.get("uk-foia-2000").label("40 (9)") == "s.40(9)"
    assert laws.get("us-foia").label("b(6)") == "(b)(6)"
    assert laws.get("uk-foia-2000").label("nonsense") is None


# --- find_law -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "law_id"),
    [
        ("Freedom of Information Act 2000", "uk-foia-2000"),
        ("freedom of information act 2000", "uk-foia-2000"),
        ("  Freedom  of Information\nAct 2000 ", "uk-foia-2000"),
        ("the Freedom of Information Act 2000", "uk-foia-2000"),
        ("FOIA", "uk-foia-2000"),
        ("FOIA 2000", "uk-foia-2000"),
        ("the Freedom of Information (Scotland) Act 2002", "scot-foisa-2002"),
        ("FOISA", "scot-foisa-2002"),
        ("Environmental Information Regulations 2004", "uk-eir-2004"),
        ("EIR", "uk-eir-2004"),
        ("the EIR", "uk-eir-2004"),
        ("Environmental Information (Scotland) Regulations 2004", "scot-eisr-2004"),
        ("EISR", "scot-eisr-2004"),
        ("5 U.S.C. 552", "us-foia"),
        ("5 U.S.C. § 552", "us-foia"),
        ("5 USC 552", "us-foia"),
        ("US FOIA", "us-foia"),
        ("5 U.S.C. 552a", "us-privacy-act-1974"),
        ("Privacy Act of 1974", "us-privacy-act-1974"),
        ("Official Information Act 1982", "nz-oia-1982"),
        ("OIA", "nz-oia-1982"),
        ("OIA 1982 (NZ)", "nz-oia-1982"),
        ("LGOIMA", "nz-lgoima-1987"),
        ("FOI Act 1982", "au-foi-1982"),
        ("FOI Act 1982 (Cth)", "au-foi-1982"),
        ("Freedom of Information Act 1982 (Vic)", "au-vic-foi-1982"),
        ("FOI Act 2014", "ie-foi-2014"),
        ("Freedom of Information Act 2014", "ie-foi-2014"),
        ("Access to Information Act", "ca-atia"),
        ("ATIA", "ca-atia"),
        ("FIPPA (Ontario)", "ca-on-fippa"),
        ("Massachusetts Public Records Law", "us-ma-public-records"),
        ("G.L. c. 66, § 10", "us-ma-public-records"),
        ("California Public Records Act", "us-ca-cpra"),
        ("CPRA", "us-ca-cpra"),
        ("Data Protection Act 2018", "uk-dpa-2018"),
        ("DPA 1998", "uk-dpa-1998"),
        ("UK GDPR", "uk-gdpr"),
        ("GDPR", "uk-gdpr"),
    ],
)
def test_find_law(name: str, law_id: str) -> None:
    law = laws.find_law(name)
    assert law is not None, name
    assert law.id == law_id


@pytest.mark.parametrize("name", ["Freedom of Information Act", "FOI Act", "Nonsense Act 1900", ""])
def test_find_law_ambiguous_or_unknown_without_hint(name: str) -> None:
    assert laws.find_law(name) is None


@pytest.mark.parametrize(
    ("name", "jurisdiction", "law_id"),
    [
        ("Freedom of Information Act", "UK", "uk-foia-2000"),
        ("Freedom of Information Act", "Ireland", "ie-foi-2014"),
        ("Freedom of Information Act", "Australia", "au-foi-1982"),
        ("Freedom of Information Act", "Australia-VIC", "au-vic-foi-1982"),
        ("Freedom of Information Act", "US-federal", "us-foia"),
        ("FOI Act", "UK", "uk-foia-2000"),
        ("FOI Act", "Ireland", "ie-foi-2014"),
        ("FOI Act", "Australia", "au-foi-1982"),
        ("FOI Act", "Australia-VIC", "au-vic-foi-1982"),
        ("FOIA", "US-federal", "us-foia"),
        ("FOIA", "US-MA", "us-foia"),  # same country
        ("FOIA", "UK-Scotland", "uk-foia-2000"),  # same country
        ("FOI Act 1982", "Australia-VIC", "au-vic-foi-1982"),
        ("Freedom of Information Act 1982", "Australia-VIC", "au-vic-foi-1982"),
        ("EIRs", "UK-Scotland", "scot-eisr-2004"),
        ("EIRs", "UK", "uk-eir-2004"),
        ("Environmental Information Regulations", "UK-Scotland", "scot-eisr-2004"),
        # an unambiguous name ignores the hint
        ("Freedom of Information Act 2000", "UK-Scotland", "uk-foia-2000"),
        ("OIA", "UK", "nz-oia-1982"),
    ],
)
def test_find_law_with_jurisdiction(name: str, jurisdiction: str, law_id: str) -> None:
    law = laws.find_law(name, jurisdiction=jurisdiction)
    assert law is not None
    assert law.id == law_id


@pytest.mark.parametrize(
    ("name", "jurisdiction"),
    [("Freedom of Information Act", "New Zealand"), ("FOI Act", "Canada")],
)
def test_find_law_still_ambiguous(name: str, jurisdiction: str) -> None:
    assert laws.find_law(name, jurisdiction=jurisdiction) is None


def test_fold_name() -> None:
    assert laws.fold_name("  The  FOI Act. ") == "foi act"
    assert laws.fold_name("5 U.S.C. § 552") == "5 usc 552"


# --- generic words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jurisdiction", "role", "expected"),
    [
        ("UK", "act", ("uk-foia-2000",)),
        ("UK-Scotland", "act", ("scot-foisa-2002",)),
        ("UK", "regulations", ("uk-eir-2004",)),
        ("UK-Scotland", "regulations", ("scot-eisr-2004",)),
        ("US-federal", "act", ("us-foia",)),
        ("Ireland", "act", ("ie-foi-2014",)),
        ("Australia", "act", ("au-foi-1982",)),
        ("Australia-VIC", "act", ("au-vic-foi-1982",)),
        ("New Zealand", "act", ("nz-oia-1982",)),
        ("Canada", "act", ("ca-atia",)),
        ("Canada-ON", "act", ("ca-on-fippa",)),
        ("US-MA", "act", ("us-ma-public-records",)),
        ("US-CA", "act", ("us-ca-cpra",)),
        ("Ireland", "regulations", ()),
        ("Mars", "act", ()),
    ],
)
def test_default_laws(jurisdiction: str, role: str, expected: tuple[str, ...]) -> None:
    assert laws.default_laws(jurisdiction, role) == expected


def test_default_laws_default_role_is_act() -> None:
    assert laws.default_laws("UK") == ("uk-foia-2000",)


@pytest.mark.parametrize(
    ("word", "jurisdiction", "law_id"),
    [
        ("Act", "UK", "uk-foia-2000"),
        ("the Act", "UK", "uk-foia-2000"),
        ("The Act", "UK-Scotland", "scot-foisa-2002"),
        ("Regulations", "UK", "uk-eir-2004"),
        ("the Regulations", "UK-Scotland", "scot-eisr-2004"),
        ("regs", "UK", "uk-eir-2004"),
        ("the Act", "New Zealand", "nz-oia-1982"),
        ("the Act", None, None),
        ("the Regulations", "Ireland", None),
        ("the Code", "UK", None),
    ],
)
def test_resolve_generic(word: str, jurisdiction: str | None, law_id: str | None) -> None:
    assert laws.resolve_generic(word, jurisdiction) == law_id


def test_every_default_law_is_an_access_law_of_that_jurisdiction() -> None:
    for law in laws.all_laws():
        for place in law.default_for:
            assert law.access_law
            assert place == law.jurisdiction
