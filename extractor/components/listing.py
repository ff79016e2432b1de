"""A stock listing bracket (`Acme (NYSE: ACM)`, `(TSX: AC.B; NYSE: AC)`, `(Oslo Børs: FJA)`).

Three components read it: the ORG recogniser takes the exchange's code as an ORG and the
name before the bracket as a listed company (orgs, org_slots, learned), and the role linker
takes a subject listed this way as a company (role_refs). One module holds the bracket's
grammar so that they agree on what a listing is.
"""
from __future__ import annotations

import re

# from the colon on: a ticker of capitals or digits and the bracket's end (`: ABC)`)
TICKER = re.compile(r": ?[A-Z][A-Z0-9.]{0,7}\)")
# a whole bracket whose exchange is one to three capitalised words or codes (`(NYSE: ABC)`,
# `(Nasdaq Stockholm: ABC)`), as it stands right after a name
_BRACKET = r"\((?:[A-Z][A-Za-z]*[ -]?){1,3}" + TICKER.pattern
TICKER_AFTER = re.compile(" " + _BRACKET)  # one space after the name: `X (NYSE: ABC)`
LISTED_AFTER = re.compile(r"\s*" + _BRACKET)  # any spacing, a line break included
# an exchange's code, a colon, a ticker, then the bracket's end or the next listing
# (`(NYSE: ABC; TSX: ABC)`); group 1 is the exchange
LISTING = re.compile(r"[(;,] ?([A-Z]{2,6}(?:-[A-Z]{1,2})?): ?[A-Z0-9][A-Z0-9.]{0,7}(?=[);,])")
# the same with an exchange written by its name, one to three capitalised words, right after
# the bracket's opening (`(Borsa Italiana: VLT)`, `(Oslo Børs: FJA)`, `(Nasdaq Stockholm: ABC B)`)
LISTING_NAMED = re.compile(r"[(;] ?([A-Z][a-zß-öø-ÿ]+(?: [A-Z][a-zß-öø-ÿ]+){0,2}): ?"
                           r"[A-Z0-9][A-Z0-9.]{0,7}(?: [A-Z])?(?=[);,])")
# what both hold from the colon on: one scan for it, led by its literal `:`, spares the two
# scans, which try every bracket and comma, in the texts that list no ticker (most)
LISTING_CODE = re.compile(r": ?[A-Z0-9][A-Z0-9.]{0,7}(?: [A-Z])?[);,]")
