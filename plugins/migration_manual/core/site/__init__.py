"""Work on the built site: one search index per language, glossary links in every page, the print document and the
PDFs. These read and write HTML that MkDocs and Material produced."""
