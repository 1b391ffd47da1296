"""Number repair with an audit trail: ``repair_numbers(text) -> (text, repairs)``."""

from pipeline.repair.audit import Repair
from pipeline.repair.numbers import repair_numbers

__all__ = ["Repair", "repair_numbers"]
