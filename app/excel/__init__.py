"""Reading and writing the lists officers exchange (.xlsx, .xls, .ods, .csv). No Qt here."""
