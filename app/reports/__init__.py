"""Reports and the dashboard (issue 8): aggregate queries, one module per report.

No Qt here; the documents are made by app/printing/report_*.py.
"""
