"""Sphinx configuration for the newsparse documentation (MyST Markdown, furo).

The API pages are autodoc over the *imported* newsparse: CI installs the built wheel first;
in a source checkout, build with ``PYTHONPATH=src sphinx-build docs docs/_build``.
"""

from __future__ import annotations

import importlib.metadata

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, the newsparse developers"
try:
    release = importlib.metadata.version("newsparse")
except importlib.metadata.PackageNotFoundError:  # a source checkout, not installed
    release = "0+unknown"
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
html_extra_path = ["schema.json"]

autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_class_signature = "separated"


nitpicky = False
html_theme = "furo"
html_title = "newsparse"
