"""A form's attached files (its media) and the secondary instances read from them.

Where a form's files are looked up, first match wins (`tinjau form fill --media DIR` and
`load_form(..., media_dir=DIR)` replace the first two with DIR):

1. the folder `<form name>-media/` beside the workbook (ODK Collect keeps a form's files so);
2. the workbook's own folder.

`instance('fruits')` and `pulldata('fruits', ...)` read the first of fruits.csv, fruits.xml and
fruits.geojson found there (pyxform names a file's instance after the file without its
extension). A file is read once and kept while its size and modification time stay the same.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from app.survey.errors import ExpressionError
from app.survey.xpath.documents import Document, from_csv, from_geojson, from_xml

EXTENSIONS = (".csv", ".xml", ".geojson")
READERS = {".csv": from_csv, ".xml": from_xml, ".geojson": from_geojson}
_CACHE_SIZE = 32
_documents: OrderedDict[tuple[str, int, int], Document] = OrderedDict()


class FormMedia:
    """The folders a form's attached files are looked up in, in order."""

    def __init__(self, folders: Sequence[Path]) -> None:
        self.folders = tuple(Path(folder) for folder in folders)

    @classmethod
    def for_form(cls, form_path: Path, media_dir: Path | None = None) -> FormMedia:
        if media_dir is not None:
            return cls([Path(media_dir)])
        return cls([form_path.parent / f"{form_path.stem}-media", form_path.parent])

    def describe(self) -> str:
        """The folders as a person reads them: 'beside the form or in household-media/'."""
        names = [f"{folder.name}/" for folder in self.folders]
        return " or ".join(names)

    def find(self, instance_id: str) -> Path | None:
        """The attached file for `instance_id`, or None."""
        if not instance_id or "/" in instance_id or "\\" in instance_id:
            return None
        for folder in self.folders:
            for extension in EXTENSIONS:
                candidate = folder / f"{instance_id}{extension}"
                if candidate.is_file():
                    return candidate
        return None

    def document(self, instance_id: str) -> Document | None:
        """The file for `instance_id` read as a secondary instance (cached), or None."""
        path = self.find(instance_id)
        if path is None:
            return None
        try:
            status = path.stat()
            key = (str(path), status.st_mtime_ns, status.st_size)
            cached = _documents.get(key)
            if cached is not None:
                _documents.move_to_end(key)
                return cached
            text = path.read_text(encoding="utf-8-sig")
        except OSError as error:
            raise ExpressionError(
                f"the attached file {path.name} cannot be read ({error.strerror}); check it."
            ) from None
        except UnicodeDecodeError:
            raise ExpressionError(
                f"the attached file {path.name} is not UTF-8 text; save it as UTF-8."
            ) from None
        document = READERS[path.suffix.lower()](instance_id, text)
        _documents[key] = document
        if len(_documents) > _CACHE_SIZE:
            _documents.popitem(last=False)
        return document
