"""Tinjau: offline household poverty surveys. `__version__` is the app's one version number
(pyproject.toml reads it from here; a bundle, which has no package metadata, too)."""

__version__ = "0.1.0"
