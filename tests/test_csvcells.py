from parley.csvcells import safe_cell, safe_row


def test_formula_like_text_stays_text():
    assert safe_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("Russia→Ukraine 1000 bodies") == "Russia→Ukraine 1000 bodies"
    assert safe_cell(-3) == -3
    assert safe_row({"a": "+1", "b": 2}) == {"a": "'+1", "b": 2}
