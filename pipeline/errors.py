"""Why an input produced no record: one row of ``errors.csv``."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR_FIELDS: tuple[str, ...] = ("doc_id", "stage", "error", "message")


@dataclass(frozen=True, slots=True)
class PageError:
    """An input (a file, or one page inside a container) that ended without a record.

    ``stage`` is where it failed (``read``, ``decode``, or a step's name), ``error`` a short
    machine-friendly kind (``TruncatedGzip``, ``BinaryFile``, an exception class name),
    ``message`` a sentence a user can act on.
    """

    doc_id: str
    stage: str
    error: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


class PageFailed(Exception):
    """Raised by a step to fail its page with a clear kind and message (not a bug)."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error
        self.message = message
