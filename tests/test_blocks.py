"""Facilitator blocks leave the reading page and arrive in the guide, with their section."""
from iopc.blocks import facilitator_notes, strip_facilitator_blocks

PAGE = """# Title

Intro for readers.

## Teach

!!! facilitator "Say this"
    Ask the group first.

    Then draw the cycle.

Reader text after.

```
!!! facilitator "inside a code fence stays"
```

!!! safety "Stays everywhere"
    Call 911.
"""


def test_reading_page_loses_facilitator_blocks_only():
    reading = strip_facilitator_blocks(PAGE)
    assert "Ask the group" not in reading and "draw the cycle" not in reading
    assert "Reader text after." in reading and "Call 911." in reading
    assert '!!! facilitator "inside a code fence stays"' in reading
    assert "\n\n\n" not in reading


def test_notes_keep_title_text_section_and_line():
    [note] = facilitator_notes(PAGE)
    assert note.title == "Say this"
    assert note.text == "Ask the group first.\n\nThen draw the cycle.\n"
    assert note.section == "Teach"
    assert note.line == 7


def test_collapsible_and_untitled_blocks():
    notes = facilitator_notes("??? facilitator\n    hidden\n")
    assert [(n.title, n.text) for n in notes] == [("Facilitator note", "hidden\n")]
