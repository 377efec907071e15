"""Open IOP Curriculum build: load, validate, render pages, render PDFs, build books.

Each stage is a module of plain functions (model in, Markdown or files out) so that the MkDocs hook
in ``hooks/site.py`` only wires them into MkDocs events, and any other runner can call them too.
"""
