"""Reading what a reporter files (pasted text, Markdown, a saved web page, a Word file) into a
draft: headline, dek, byline, dateline, body paragraphs, images and contributor lines, with
what was stripped as web-page chrome or could not be placed.

`read.py` reads the file (its bytes, its real format, its text encoding); `web.py` and
`word.py` turn a page or a Word file into blocks with the libraries made for them
(trafilatura, mammoth, both imported only when such a file is filed); `paste.py` turns
plain text into blocks; `place.py` finds each part of a story in the blocks of any format,
with the chrome and contributor-line rules of the check catalog.
"""
