"""Jurisdiction and laws: from laws named, places, bodies and the words of FOI."""

from __future__ import annotations

import pytest

from foimodel.extract.citations import find_law_names
from foimodel.extract.jurisdiction import (
    infer_jurisdiction,
    laws_invoked,
    place_jurisdiction,
    signs_of_foi,
)
from foimodel.models import Citation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your request under the Freedom of Information Act 2000 has been considered.", "UK"),
        ("We have handled your request under the Environmental Information Regulations.", "UK"),
        (
            "The Council has responded under the Freedom of Information (Scotland) Act 2002.",
            "UK-Scotland",
        ),
        ("Glasgow City Council received your request for information.", "UK-Scotland"),
        ("The agency processed your FOIA request under 5 U.S.C. § 552.", "US-federal"),
        ("Your FOIA request to the U.S. Department of Justice is closed.", "US-federal"),
        ("Pursuant to the Massachusetts Public Records Law, I request records.", "US-MA"),
        ("The City Clerk of Somerville, MA received your public records request.", "US-MA"),
        ("Your request under the California Public Records Act was received.", "US-CA"),
        (
            "The Department refused access under section 37(1) of the FOI Act 2014 (Ireland).",
            "Ireland",
        ),
        (
            "Mr X and the Health Service Executive: review by the Information Commissioner.",
            "Ireland",
        ),
        ("I am authorised under section 23 of the FOI Act; a Commonwealth agency.", "Australia"),
        (
            "Your request under the Freedom of Information Act 1982 (Vic) was received.",
            "Australia-VIC",
        ),
        ("Your request under the Official Information Act 1982 was received.", "New Zealand"),
        ("Your request under the Access to Information Act has been processed.", "Canada"),
        (
            "The Ministry received a request under the Freedom of Information and Protection of "
            "Privacy Act (Ontario).",
            "Canada-ON",
        ),
        ("The Police Service of Northern Ireland has considered your request.", "UK"),
    ],
)
def test_infer_jurisdiction(text: str, expected: str) -> None:
    named = find_law_names(text)
    assert infer_jurisdiction(named, text, None) == expected


def test_no_sign_no_jurisdiction() -> None:
    assert infer_jurisdiction([], "A recipe for bread and butter pudding.", None) is None
    assert place_jurisdiction("A recipe for bread.") is None


def test_hint_is_used_without_laws() -> None:
    assert infer_jurisdiction([], "Your request was received.", "Ireland") == "Ireland"


@pytest.mark.parametrize(
    "text",
    [
        "Date of request: 3 May 2024",
        "In response to your revised request",
        "Request for information",
    ],
)
def test_signs_of_foi(text: str) -> None:
    assert signs_of_foi(text)


def test_laws_invoked_takes_the_law_of_the_place() -> None:
    # "Environmental Information Regulations" named in a Scottish letter are the EISR.
    assert laws_invoked(["uk-eir-2004"], [], "UK-Scotland", foi_words=True) == ("scot-eisr-2004",)
    cited = Citation(law="uk-foia-2000", unit="s", path=("40", "2"), raw="s.40(2)")
    assert laws_invoked([], [cited], "UK", foi_words=True) == ("uk-foia-2000",)
    assert laws_invoked([], [], "UK-Scotland", foi_words=True) == ("scot-foisa-2002",)
    assert laws_invoked([], [], "UK", foi_words=False) == ()
