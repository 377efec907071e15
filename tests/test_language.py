"""Person-first language: labels are flagged with the words to use instead; names are not."""
import pytest

from iopc.language import check_text


@pytest.mark.parametrize("text", ["He is an addict.", "Alcoholics often hide it.", "a drug abuser",
                                  "she got clean last year", "a dirty urine screen", "substance abuse"])
def test_labels_are_flagged(text):
    [problem] = check_text(text, "m.md", 10)
    assert problem.line == 10 and "person-first" in problem.message and "instead" in problem.message


@pytest.mark.parametrize("text", ["Alcoholics Anonymous meets on Friday.", "addiction is treatable",
                                  "the National Institute on Drug Abuse (NIDA)",
                                  "the Substance Abuse and Mental Health Services Administration",
                                  "clean the kitchen", "a negative test", "recovery"])
def test_ordinary_words_pass(text):
    assert check_text(text, "m.md", 1) == []
