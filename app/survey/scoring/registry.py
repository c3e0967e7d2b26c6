"""Where standards come from: the files shipped in resources/standards/, or one named file."""

from __future__ import annotations

from pathlib import Path

from app.paths import STANDARDS
from app.survey.errors import TinjauError
from app.survey.scoring.loader import load_standard_file
from app.survey.scoring.model import Standard

_CACHE: dict[Path, tuple[float, Standard]] = {}


def _cached(path: Path) -> Standard:
    """Load a file once per modification time, so repeated look-ups reuse the compiled scorer."""
    mtime = path.stat().st_mtime
    hit = _CACHE.get(path)
    if hit is not None and hit[0] == mtime:
        return hit[1]
    standard = load_standard_file(path)
    _CACHE[path] = (mtime, standard)
    return standard


def standard_files(folder: Path = STANDARDS) -> list[Path]:
    """The standard files in a folder, sorted by name."""
    return sorted(folder.glob("*.toml"))


def shipped_standards(folder: Path = STANDARDS) -> list[Standard]:
    """Every standard in the folder, loaded and checked (a broken file raises its errors)."""
    return [_cached(path.resolve()) for path in standard_files(folder)]


def find_standard(
    standard_id: str, standard_file: str | Path | None = None, folder: Path = STANDARDS
) -> Standard:
    """The standard with this id: from `standard_file` when given, else from the shipped ones."""
    if standard_file is not None:
        path = Path(standard_file)
        if path.is_dir():
            raise TinjauError(f"{path} is a folder; give the path of one standard .toml file.")
        if not path.is_file():
            raise TinjauError(f"The standard file {path} does not exist; check the path.")
        standard = _cached(path.resolve())
        if standard.id != standard_id:
            raise TinjauError(
                f"The file {path} holds the standard '{standard.id}', not '{standard_id}'; "
                "give the id written in the file."
            )
        return standard
    for path in standard_files(folder):
        standard = _cached(path.resolve())
        if standard.id == standard_id:
            return standard
    known = ", ".join(s.id for s in shipped_standards(folder)) or "none"
    raise TinjauError(
        f"There is no standard '{standard_id}'. Known standards: {known}. "
        "Use --standard-file to score with a file of your own."
    )
