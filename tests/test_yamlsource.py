"""YAML loading remembers lines, reports duplicates, and never lets a parser error escape."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from iopc.yamlsource import YamlError, parse_yaml, split_front_matter

SAMPLE = """id: x
session:
  agenda:
    - minutes: 10
      title: Check-in
    - {minutes: 5, title: Out}
date: 2026-11-26
"""


def test_every_key_has_its_line():
    located, problems = parse_yaml(SAMPLE, "f.yml")
    assert problems == []
    assert located.line("id") == 1
    assert located.line("session", "agenda", 0, "title") == 5
    assert located.line("session", "agenda", 1, "minutes") == 6
    assert located.line("session", "agenda", 7, "nothing") == 3  # falls back to the deepest known key


def test_dates_stay_text_for_the_schema():
    located, _ = parse_yaml(SAMPLE, "f.yml")
    assert located.data["date"] == "2026-11-26"


def test_front_matter_offsets_lines():
    front, first, body, body_line = split_front_matter("---\nid: a\ntitle: b\n---\n# B\n", "m.md")
    located, _ = parse_yaml(front, "m.md", first_line=first)
    assert located.line("title") == 3
    assert body == "# B\n" and body_line == 5


def test_duplicate_keys_are_problems():
    _, problems = parse_yaml("a: 1\nb: 2\na: 3\n", "f.yml")
    assert [(p.line, p.message) for p in problems] == [(3, "'a' appears twice here; keep one of them")]


def test_invalid_yaml_is_a_located_problem():
    with pytest.raises(YamlError) as caught:
        parse_yaml("a: 1\nb: [1, 2\nc: 3\n", "f.yml")
    assert caught.value.problem.path == "f.yml"
    assert caught.value.problem.line in (2, 3, 4)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}\"'#&*!|>%@` \n\t,?0123456789")), max_size=80))
def test_any_text_parses_or_gives_one_located_problem(text):
    try:
        located, problems = parse_yaml(text, "f.yml")
    except YamlError as exc:
        assert exc.problem.path == "f.yml"
        assert 1 <= exc.problem.line <= text.count("\n") + 2
    else:
        assert all(p.line >= 1 for p in problems)
