"""The listing bracket's grammar, shared by the ORG recogniser and the role linker."""
import pytest

from extractor.components.listing import LISTED_AFTER, LISTING, LISTING_CODE, LISTING_NAMED, TICKER_AFTER


@pytest.mark.parametrize("text, after, listed", [
    ("Brindle Labs (NASDAQ: BRDL) said", True, True),
    ("Brindle Labs (Nasdaq Stockholm: BRDL) said", True, True),
    ("Brindle Labs\n(NYSE: BRD.A) said", False, True),
    ("Brindle Labs (the Company) said", False, False),
    ("Brindle Labs (NASDAQ BRDL) said", False, False),
])
def test_bracket_after_a_name(text, after, listed):
    end = len("Brindle Labs")
    assert bool(TICKER_AFTER.match(text, end)) is after
    assert bool(LISTED_AFTER.match(text, end)) is listed


@pytest.mark.parametrize("text, exchanges", [
    ("Orvane Mining (TSX: ORV; NYSE: ORV) said", ["TSX", "NYSE"]),
    ("Fjellmark (Oslo Børs: FJM) said", ["Oslo Børs"]),
    ("Kestrel Foods (HOSE: KSF) said", ["HOSE"]),
    ("met at 10:30, then left", []),
])
def test_exchange_codes(text, exchanges):
    found = [m.group(1) for r in (LISTING, LISTING_NAMED) for m in r.finditer(text)]
    assert sorted(found) == sorted(exchanges)
    if exchanges:  # the prefilter never hides a listing (it may pass a clock time)
        assert LISTING_CODE.search(text)
