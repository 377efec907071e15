"""The reading grade measures what a reader reads: blocks as sentences, no notes, no markup."""
from iopc import readability

PLAIN = ("You can do this. Take a slow breath. Call a friend. Go for a walk. The urge will pass. "
         "Drink some water. Tell someone how you feel. Write it down. ") * 3


def test_plain_text_grades_low():
    assert readability.grade(PLAIN) < 4


def test_each_list_item_and_heading_ends_a_sentence():
    text = readability.reading_text("## Steps\n\n- Call a friend\n- Take a walk\n\n| A | B |\n|---|---|\n| one | two |\n")
    assert text.split("\n") == ["Steps.", "Call a friend.", "Take a walk.", "A.", "B.", "one.", "two."]


def test_notes_templates_and_code_are_not_read():
    text = readability.reading_text(
        "Hello there.\n\n!!! facilitator\n    Hidden words.\n\n{{ worksheet('x') }}\n\n```\ncode words\n```\n")
    assert text == "Hello there."


def test_too_little_text_is_not_graded():
    assert readability.grade("Short.") == 0.0
