"""The audit record of one number repair (one row of ``repairs.csv``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: characters of input shown on each side of a change in ``Repair.context``
CONTEXT_CHARS = 15


@dataclass(frozen=True, slots=True)
class Repair:
    """One change made by ``repair_numbers``, enough to audit or undo it.

    ``offset`` is the character offset of ``before`` in the text given to
    ``repair_numbers`` (so ``text[offset:offset + len(before)] == before``);
    ``context`` is that text around the change; ``confidence`` is the rule's
    own estimate (0..1) that the change restores what the author wrote.
    """

    rule: str
    before: str
    after: str
    offset: int
    context: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (for CSV/JSON writers)."""
        return asdict(self)


def context_of(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """``text`` around ``[start, end)``, ``width`` characters each side, one line."""
    snippet = text[max(0, start - width) : end + width]
    return snippet.replace("\r", " ").replace("\n", " ").replace("\t", " ")
