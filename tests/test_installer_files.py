"""The parts of installer/ that run here without building a bundle: the Linux menu entry that
install.sh writes, and the file lists the PyInstaller specs share (installer/common.py). The
bundle itself is built and self-tested by CI (.ci/run)."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LINUX = REPO / "installer" / "linux"


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_install_sh_puts_tinjau_in_the_menu_from_where_it_was_unpacked(tmp_path: Path) -> None:
    bundle = tmp_path / "Programs" / "tinjau dir"
    bundle.mkdir(parents=True)
    for name in ("install.sh", "tinjau.desktop"):
        shutil.copy(LINUX / name, bundle / name)
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "share"))
    done = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    entry_file = tmp_path / "share" / "applications" / "tinjau.desktop"
    assert str(entry_file) in done.stdout
    entry = desktop_entry(entry_file)
    assert entry["Exec"] == f'"{bundle}/tinjau" gui'
    assert entry["Icon"] == f"{bundle}/tinjau.png"
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["GenericName[fa]"] == "پیمایش فقر خانوار"
    removed = subprocess.run(["sh", str(bundle / "install.sh"), "--remove"], env=env,
                             capture_output=True, text=True, check=True)  # fmt: skip
    assert not entry_file.exists() and "data folder is kept" in removed.stdout


def _common():  # type: ignore[no-untyped-def]
    pytest.importorskip("PyInstaller", reason="the [installer] extra is not installed")
    spec = importlib.util.spec_from_file_location(
        "installer_common", REPO / "installer" / "common.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["installer_common"] = module
    spec.loader.exec_module(module)
    return module


def test_the_bundle_carries_resources_translations_and_migrations() -> None:
    common = _common()
    datas = common.datas()
    for source, _target in datas:
        assert Path(source).exists(), source
    targets = {(Path(source).name, target) for source, target in datas}
    for code in ("ms", "vi", "fa"):
        assert (f"tinjau_{code}.qm", "resources/translations") in targets
    scripts = {name for name, target in targets if target.endswith("migrations/versions")}
    on_disk = {p.name for p in (REPO / "app/survey/db/migrations/versions").glob("*.py")}
    assert scripts == on_disk
    assert ("env.py", "app/survey/db/migrations") in targets
    assert any(target == "resources/forms" for _name, target in targets)
    assert "app.cli.gui" in common.hidden_imports()


def test_prune_drops_what_the_app_never_loads_and_keeps_what_it_does() -> None:
    common = _common()
    toc = [
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "x", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "x", "BINARY"),
        ("PySide6/Qt/translations/qtbase_fa.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
        ("resources/translations/tinjau_fa.qm", "x", "DATA"),
    ]
    kept = [name for name, _source, _kind in common.prune(toc)]
    assert kept == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/translations/qtbase_fa.qm",
        "resources/translations/tinjau_fa.qm",
    ]


def test_a_bundle_keys_the_form_cache_by_the_apps_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle has no form-building sources to hash: its compiled-form cache is keyed by the
    app's version instead, so a new installation never reads an older one's cache."""
    import app
    from app.survey.forms import loader

    from_sources = loader.engine_stamp.__wrapped__()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    bundled = loader.engine_stamp.__wrapped__()
    monkeypatch.setattr(app, "__version__", "99.0.0")
    assert len({from_sources, bundled, loader.engine_stamp.__wrapped__()}) == 3
