"""A problem found in an author's file: where it is and what would fix it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    level: str = "error"  # "error" fails the check; "warning" is printed only

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.level == "error"


def errors(problems) -> list[Problem]:
    return [p for p in problems if p.is_error]
