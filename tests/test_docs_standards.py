"""docs/standards.md stays true: its example standard is the shipped sample file, and the
commands of "Installing your own standard" run as written, in a fresh folder."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "standards.md"


def section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def test_the_example_standard_in_the_doc_is_the_sample_file() -> None:
    """The TOML example printed in the doc is byte for byte docs/examples/town-2026.toml."""
    printed = re.search(r"```toml\n(.*?)```", section("A short complete example"), re.S)
    assert printed is not None
    sample = (REPO / "docs" / "examples" / "town-2026.toml").read_text(encoding="utf-8")
    assert printed.group(1) == sample


def test_the_install_commands_of_the_doc_run_as_written(tmp_path: Path) -> None:
    """Each command of the doc's install example succeeds in a fresh folder holding the
    examples: e-Kasih scores the three sample households as hardcore poor, poor and not poor,
    and the installed standard is listed, used and scored under."""
    block = re.search(r"```sh\n(.*?)```", section("Installing your own standard"), re.S)
    assert block is not None
    commands = [line for line in block.group(1).splitlines() if line.strip()]
    assert all(command.startswith("tinjau ") for command in commands)
    shutil.copytree(REPO / "docs" / "examples", tmp_path / "docs" / "examples")
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    outputs = []
    for command in commands:
        ran = subprocess.run(
            ["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True,
            timeout=300, check=False,
        )  # fmt: skip
        assert ran.returncode == 0, f"{command}\n{ran.stderr}"
        outputs.append(ran.stdout)
    scored = [json.loads(line) for line in outputs[0].splitlines()]
    assert [row["status"] for row in scored] == ["miskin_tegar", "miskin", "tidak_miskin"]
    listed = outputs[3]
    assert re.search(r"^town-2026 .*installed$", listed, re.M), listed  # not in use yet
    assert re.search(r"^my-ekasih-pgk .*shipped\s+yes$", listed, re.M), listed
    assert "town-2026" in outputs[4]
    assert {json.loads(line)["standard"] for line in outputs[5].splitlines()} == {"town-2026"}
    rescored = {json.loads(line)["standard"]: json.loads(line) for line in outputs[6].splitlines()}
    assert rescored["town-2026"]["rescored"] == 0  # `use` scored them already
