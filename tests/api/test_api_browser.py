"""The web page in headless Chromium (Debian's package, driven by Playwright): paste a
release, submit, see highlighted entities and the tables; markup in the text stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)")

RELEASE = ("BEIJING, 3 June 2024 - A delegation from Shanghai visited Beijing on Monday to "
           "discuss trade with partners from Chile. <script>window.__pwned = 1</script> "
           "<img src=x onerror=\"window.__pwned = 2\">")
RENDERED_IS = ("t => { const d = document.querySelector('#rendered'); if (!d) return false; "
               "return Array.from(d.childNodes).map(n => n.nodeType === 3 ? n.textContent : "
               "n.firstChild.textContent).join('') === t; }")
RELEASE_ZH = "2024年6月3日，上海市代表团访问北京，与智利企业代表座谈。"


@pytest.fixture(scope="module")
def page(live_server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1200, "height": 1000})
        pg = context.new_page()
        pg.errors = []  # type: ignore[attr-defined]
        pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        pg.goto(live_server + "/")
        yield pg
        browser.close()


@pytest.mark.parametrize(("text", "lang", "shot"), [
    (RELEASE, "", "api-page-en.png"),
    (RELEASE_ZH, "zh", "api-page-zh.png"),
    ("\U0001F389 \U00020000 Talks in Beijing ended.", "en", "api-page-astral.png"),  # offsets count code points
])
def test_paste_submit_and_see_entities(page, text, lang, shot):
    page.fill("#text", text)
    page.select_option("#lang", lang)
    page.click("#submit")
    # the page still shows the previous case's result until the answer arrives: wait for
    # this text to be the one rendered, then for its marks
    page.wait_for_function(RENDERED_IS, arg=text, timeout=30_000)
    page.wait_for_selector("#rendered mark.ent", timeout=30_000)
    labels = page.eval_on_selector_all("#rendered mark.ent", "ms => ms.map(m => m.dataset.label)")
    assert "REGION" in labels
    assert page.is_visible("#roles")  # present even while roles are still being built
    assert page.locator("#roles tbody tr").count() >= 1
    assert page.locator("#entities tbody tr").count() == len(labels)
    assert page.locator("#groups tbody tr").count() >= 1
    # The rendered text is the pasted text, marks and labels aside.
    rendered = page.eval_on_selector(
        "#rendered", "d => Array.from(d.childNodes).map(n => n.nodeType === 3 ? n.textContent : "
        "n.firstChild.textContent).join('')")
    assert rendered == text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / shot), full_page=True)


def test_markup_in_a_release_is_shown_as_text(page):
    page.fill("#text", RELEASE)
    page.select_option("#lang", "")
    page.click("#submit")
    # the page may still show the previous test's result: wait for this text's
    page.wait_for_function(
        "() => (document.querySelector('#rendered') || {}).textContent?.includes('__pwned')"
        " && document.querySelector('#rendered mark.ent') !== null", timeout=30_000)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#rendered script").count() == 0
    assert page.locator("#rendered img").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.text_content("#rendered")
    assert page.errors == []  # type: ignore[attr-defined]


def test_an_error_is_shown_to_the_person(page):
    page.fill("#text", "x")
    page.evaluate("document.getElementById('doc-date').type = 'text'")
    page.fill("#doc-date", "not a date")
    page.click("#submit")
    page.wait_for_selector("#status.error", timeout=30_000)
    assert "E002" in page.text_content("#status")
    page.fill("#doc-date", "")
