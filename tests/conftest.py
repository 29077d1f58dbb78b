import pathlib

import pytest

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
SHARED_DEV = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


@pytest.fixture
def write(tmp_path):
    """write("name.txt", "content") → path of a file in a fresh temp directory."""

    def _write(name: str, content: str | bytes) -> pathlib.Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
