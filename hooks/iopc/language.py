"""Person-first language: words that label or shame a person, and what to write instead.

Checked on the whole module body, facilitator notes included: group leaders model the words members
hear. Names such as "Alcoholics Anonymous" are allowed.
"""
from __future__ import annotations

import re

from .problems import Problem

# (pattern, what to write instead)
STIGMA = [
    (r"\baddicts?\b", "a person with a substance use disorder"),
    (r"\balcoholics?\b(?!\s+anonymous)", "a person with an alcohol use disorder"),
    (r"\b(?:drug |substance )?abusers?\b", "a person who uses drugs"),
    (r"\bjunkies?\b", "a person who uses drugs"),
    # Agency names keep their words: the National Institute on Drug Abuse, the Substance Abuse and
    # Mental Health Services Administration, the National Institute on Alcohol Abuse and Alcoholism.
    (r"(?<!institute on )\b(?:substance|drug|alcohol) abuse\b(?! and mental health services administration)",
     "substance use, or substance use disorder"),
    (r"\b(?:got|get|getting|stay|stayed|staying|be|being|been) clean\b", "in recovery, or not using"),
    (r"\bclean (?:time|date|urine|test|drug test|screen)s?\b", "time in recovery, or a negative test"),
    (r"\bdirty (?:urine|test|drug test|screen)s?\b", "a positive test"),
]
_COMPILED = [(re.compile(pattern, re.IGNORECASE), instead) for pattern, instead in STIGMA]


def check_text(text: str, path: str, first_line: int) -> list[Problem]:
    found = []
    for offset, line in enumerate(text.splitlines()):
        for pattern, instead in _COMPILED:
            for match in pattern.finditer(line):
                found.append(Problem(path, first_line + offset, f"'{match.group(0)}' labels a person; "
                                     f"write '{instead}' instead (person-first language)"))
    return found
