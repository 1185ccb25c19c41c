"""Renderers: a record back to text (and, in sibling modules, HTML and Markdown)."""

from foimodel.render.text import anchor, render_text

__all__ = ["anchor", "render_text"]
