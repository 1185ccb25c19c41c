"""The decision read against the answers to each question.

When the sentence that states the decision is only one answer's ("2. Not held.") and
the other answers give information, the letter as a whole released some (see
:func:`with_answers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from foimodel.extract import ProseLine
from foimodel.extract._outcome_rules import STRONG
from foimodel.extract.outcome import decide, how_firm, infer_outcome
from foimodel.extract.questions import marker, strip_marker
from foimodel.models import Decision, Outcome

__all__ = ["LIMITING_OUTCOMES", "with_answers"]

# An answer that points elsewhere ("See the answer to question 1") says nothing of its own.
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:see|refer to|as (?:per|in)) (?:the |my |our )?(?:answer|response|reply) (?:to|at|for)\b"
    r"|\bas (?:stated |set out )?above\b|\bplease refer to\b",
    re.IGNORECASE,
)
# Short answers that still answer: "Yes.", "No.", "See attached."
_SHORT_ANSWER = re.compile(r"^\s*(?:yes|no)\b|\b(?:attached|enclosed)\b", re.IGNORECASE)
LIMITING_OUTCOMES = frozenset({Outcome.NOT_HELD, Outcome.REFUSED, Outcome.NEITHER_CONFIRM_NOR_DENY})
"""The outcomes one answer can state that :func:`with_answers` reads against the others."""


def with_answers(decision: Decision, answers: Sequence[Sequence[ProseLine]]) -> Decision:
    """The decision read against the answers to each question.

    When what the letter states is only one answer's ("2. Not held.") and other
    answers (or the points of a listed answer) give information without stating
    any limit, the letter as a whole released some: the outcomes combine as
    :func:`infer_outcome` does (not held becomes partly not held, refused or NCND
    becomes disclosed in part). A decision stated in so many words ("I have
    decided ...") is left as it is. When no sentence states a decision and every
    answer gives information, the information was disclosed in full.

    >>> from foimodel.models import Span
    >>> answers = [[ProseLine("We hold 12 records.", Span(0, 19), False)],
    ...            [ProseLine("Not held.", Span(20, 29), False)]]
    >>> with_answers(decide(answers[1]), answers).outcome
    <Outcome.PARTLY_NOT_HELD: 'partly_not_held'>
    """
    if decision.outcome is Outcome.UNKNOWN and answers:
        return _from_answers(answers) or decision
    span = decision.span
    if span is None or decision.outcome not in LIMITING_OUTCOMES or len(answers) < 2:
        return decision
    own = [a for a in answers if any(line.span.start <= span.start < line.span.end for line in a)]
    if len(own) != 1 or how_firm(own[0]) >= STRONG:
        return decision
    found = [outcome for answer in answers if answer is not own[0] for outcome in _said(answer)]
    if Outcome.DISCLOSED_IN_FULL not in found:
        return decision
    outcome = infer_outcome([decision.outcome, *found])
    return Decision(outcome=outcome, sentence=decision.sentence, span=decision.span)


def _from_answers(answers: Sequence[Sequence[ProseLine]]) -> Decision | None:
    """No sentence states a decision: every question answered with information is a
    disclosure in full (an answer that points elsewhere is no answer)."""
    said = [_said(answer) for answer in answers]
    if all(outcomes and Outcome.DISCLOSED_IN_FULL in outcomes for outcomes in said):
        return Decision(outcome=infer_outcome(o for outcomes in said for o in outcomes))
    return None


def _said(answer: Sequence[ProseLine]) -> list[Outcome]:
    """What an answer says: one outcome, or one per point when it lists points.

    A point or answer that states no limit and has something to say (a figure, a
    few words) released information; one that points elsewhere ("see the answer
    to question 1") says nothing.
    """
    points = [line for line in answer if marker(line.text) is not None]
    parts = [[line] for line in points] if len(points) >= 2 else [list(answer)]
    said = []
    for part in parts:
        text = " ".join(strip_marker(line.text) for line in part)
        if not text.strip() or text.rstrip().endswith("?") or _POINTS_ELSEWHERE.search(text):
            continue  # nothing, a question (a wrapped one read back), or a pointer
        outcome = decide(part).outcome
        if outcome is Outcome.UNKNOWN and (
            any(c.isdigit() for c in text) or len(text.split()) >= 4 or _SHORT_ANSWER.search(text)
        ):
            outcome = Outcome.DISCLOSED_IN_FULL
        said.append(outcome)
    return said
