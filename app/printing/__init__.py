"""Printed documents: the recipient list for signature, the public posting list, the receipts
(phiếu nhận), as A4 PDFs made with reportlab, and the same list as .xlsx.

Documents are always in Vietnamese, whatever the language of the window: they are official
papers (FORMS.md). `list_data` reads what a document shows, `layout` draws the parts every
official document has (bodies, motto, date line, signers), `signature_list` and `receipts`
draw the documents, `codes` makes the row and page codes, `list_xlsx` writes the workbook.
"""
