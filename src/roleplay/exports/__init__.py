"""Exports (Qt-free): session report (HTML, PDF), cohort report (PDF), coaching plan (Markdown,
PDF, .ics), weekly practice reminder (.ics), and session bundles (export/import).

Heavy libraries (reportlab) are imported only when a PDF is written.
"""
