"""The shape of a listed line: `- Jane Roe, President, Acme Dairy Cooperative`, `Chair – Jane
Roe, CEO, Acme Foods Inc.`, `Jane Roe | CEO | Acme Inc.`, a contact line `Media contact: Jane Roe,
Communications Manager, Acme Corp., +1 555 0100`.

Delegation lists, speakers' lists, boards' officer lists and enquiries blocks write one person a
line: a list's mark or a label may open it, then the name, the post and the body, set apart by a
comma, a dash, a bar or a tab (a table flattened to text), then only the ways to reach them. The
person recogniser (a body closing such a line is no name) and the role linker (one role a line,
its body the line's last field) read the same shape from here (session 17).
"""

from __future__ import annotations

import re

# a list's mark (`- `, `• `, `3. `, `(b) `), a label (`Media contact: `, `Chair – `), an honorific
LINE_OPENING = re.compile(
    r"[ \t]*(?:(?:[-•·▪◦‣*]|\(?[0-9a-z]{1,2}[.)])[ \t]+)?(?:[A-Z][A-Za-z ]{0,40}(?::|[ \t][–—-])[ \t]*)?"
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame)\.?[ \t]+)?")
# between two fields: a comma, a dash, a bar or a tab
FIELD_SEP = re.compile(r"[ \t]*[,|\t–—][ \t]*|[ \t]+-[ \t]+")
# after the last field: only an email, a phone number or a web address to the line's end
LINE_TAIL = re.compile(
    r"[ \t]*(?:[,;|][ \t]*(?:[^\n]*?(?:@|\+?\d[\d ().-]{6,}|www\.|https?://)[^\n]*)?)?[ \t]*(?:\n|\Z)")
