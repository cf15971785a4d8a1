"""The review report: self-contained HTML pages for checking renderings against their sources.

:func:`render_report` gives one document's page: its findings worst first, each pair side by
side (sentence links as rows, attribution and score with its reasons above, omitted and added
words marked, word links shown on hover or click), and the article with its languages
coloured. :func:`write_corpus_report` writes a page per document and an index sorted by each
document's lowest pair score. Pages make no request and run no script but their own; every text
of the document is escaped. See docs/report.md.

Modules: ``_markup`` (escaped text with nested elements), ``_rows`` (a pair's rows),
``_labels`` (words and marks for severities, kinds, bands), ``_pair`` (the side-by-side view),
``_article`` (the article and summary tables), ``_assets`` (style sheet, script, policy),
``_page`` (a document's page), ``_index`` (many documents).
"""

from bilingua.io.report._index import IndexEntry as IndexEntry
from bilingua.io.report._index import render_index as render_index
from bilingua.io.report._index import write_corpus_report as write_corpus_report
from bilingua.io.report._page import render_report as render_report
from bilingua.io.report._page import write_report as write_report

__all__ = ["IndexEntry", "render_index", "render_report", "write_corpus_report", "write_report"]
