"""The Security list of issue 7, one test each where no other test covers it: the key on
every route but the open ones, compared in constant time; limits enforced by a real server
before the body has arrived; no dangerous calls anywhere in the code; no HTML sinks in the
page's script. (Symlinks: tests/bulk/test_readers.py; `<script>` rendered as text in a
real browser: test_api_browser.py.)"""

from __future__ import annotations

import ast
import hmac
import re
import socket
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = "s3cret-k3y"
# Open on purpose: probes, the page and its assets, the API's own description.
OPEN = {"/v1/health", "/", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}


def _routes(routes) -> set[tuple[str, str]]:
    """Every (method, path) answered, path parameters filled in. FastAPI keeps included
    routers as they are (their routes carry the router's prefix), so recurse into them."""
    out = set()
    for route in routes:
        if (inner := getattr(route, "original_router", None)) is not None:
            out |= _routes(inner.routes)
        for method in set(getattr(route, "methods", None) or ()) - {"HEAD"}:
            out.add((method, re.sub(r"\{[^}]+\}", "x", route.path)))
    return out


def test_every_route_but_the_open_ones_needs_the_key(make_client):
    c = make_client(api_key=KEY)
    routes = _routes(c.app.routes)
    documented = {(m.upper(), re.sub(r"\{[^}]+\}", "x", path))
                  for path, ops in c.app.openapi()["paths"].items() for m in ops}
    assert documented <= routes and ("GET", "/") in routes
    for method, path in sorted(routes):
        r = c.request(method, path, headers={"content-type": "application/json"}, content=b"{}")
        if path in OPEN:
            assert r.status_code != 401, (method, path)
        else:
            assert (r.status_code, r.json()["error"]["code"]) == (401, "E204"), (method, path)
    assert c.get("/static/app.js").status_code == 200


@pytest.mark.parametrize(("sent", "ok"), [(KEY, True), ("s3cret-k3z", False), ("s", False)])
def test_key_is_compared_in_constant_time(make_client, monkeypatch, sent, ok):
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    r = make_client(api_key=KEY).get("/v1/info", headers={"x-api-key": sent})
    assert (r.status_code == 200) is ok
    assert calls == [(sent.encode(), KEY.encode())]


def _answer(sock: socket.socket, timeout: float = 20) -> bytes:
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


@pytest.mark.parametrize("how", ["declared", "chunked"])
def test_real_server_refuses_a_large_body_before_it_has_arrived(live_server, how):
    """The body is never finished: a server that waited for all of it would time out."""
    limit = 8_000_000  # the default, which live_server runs with
    host, port = live_server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        head = "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        if how == "declared":
            sock.sendall(f"{head}Content-Length: {10 * limit}\r\n\r\n".encode() + b'{"text": "')
        else:
            sock.sendall(f"{head}Transfer-Encoding: chunked\r\n\r\n".encode())
            piece = b"%x\r\n%s\r\n" % (65536, b"a" * 65536)
            for _ in range(limit // 65536 + 16):
                sock.sendall(piece)
        t0 = time.monotonic()
        answer = _answer(sock)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"E202" in answer
    assert time.monotonic() - t0 < 20


# -- the code itself -----------------------------------------------------------------------
PACKAGES = ["extractor", "api", "models/scripts"]
SQL_CALLS = {"text", "execute", "exec_driver_sql", "executemany", "executescript"}


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            owner = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else ""
            yield node, name, owner


def _findings(source: str) -> list[str]:
    found = []
    for node, name, owner in _calls(ast.parse(source)):
        where = f"line {node.lineno}"
        if name in ("eval", "exec") and not owner:
            found.append(f"{where}: {name}()")
        if (owner, name) in {("os", "system"), ("os", "popen"), ("pickle", "loads"), ("yaml", "load")}:
            found.append(f"{where}: {owner}.{name}()")
        if any(k.arg == "shell" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
               for k in node.keywords):
            found.append(f"{where}: shell=")
        if name in SQL_CALLS and node.args and _built_string(node.args[0]):
            found.append(f"{where}: SQL built from a formatted string in {name}()")
    return found


def _built_string(arg: ast.expr) -> bool:
    """An f-string, `%` formatting, `.format()` or concatenation: values pasted into SQL."""
    if isinstance(arg, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in arg.values)
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mod | ast.Add):
        return True
    return (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
            and arg.func.attr == "format")


@pytest.mark.parametrize(("source", "expected"), [
    ("x = eval(s)", ["line 1: eval()"]),
    ("exec(code)", ["line 1: exec()"]),
    ("import os\nos.system('ls ' + d)", ["line 2: os.system()"]),
    ("subprocess.run(cmd, shell=True)", ["line 1: shell="]),
    ("subprocess.run(cmd, shell=flag)", ["line 1: shell="]),
    ("subprocess.run([sys.executable, '-m', 'x'], shell=False)", []),
    ("c.execute(text(f'SELECT * FROM t WHERE id = {i}'))", ["line 1: SQL built from a formatted string in text()"]),
    ("c.execute('SELECT * FROM t WHERE id = %s' % i)", ["line 1: SQL built from a formatted string in execute()"]),
    ("c.execute('SELECT ' + cols)", ["line 1: SQL built from a formatted string in execute()"]),
    ("c.execute(text('SELECT * FROM t WHERE id = :i'), {'i': i})", []),
    ("c.execute(select(T).where(T.id == i))", []),
    ("pattern.exec(s)  # a method, not the builtin", []),
    ("# eval(x) in a comment\n'''exec(y) in a docstring'''", []),
])
def test_findings_detector(source, expected):
    assert _findings(source) == expected


def test_no_user_input_reaches_shell_eval_or_sql():
    files = [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))]
    assert len(files) > 30
    found = {str(p.relative_to(ROOT)): f for p in files if (f := _findings(p.read_text("utf-8")))}
    assert found == {}


# -- the page ------------------------------------------------------------------------------
SINKS = [".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval(",
         "new Function", "setTimeout(\"", "setTimeout('", ".srcdoc"]


@pytest.mark.parametrize("sink", SINKS)
def test_page_script_has_no_html_sink(sink):
    assert sink not in (ROOT / "api" / "static" / "app.js").read_text("utf-8")


def test_page_has_no_inline_script_or_handler():
    html = (ROOT / "api" / "static" / "index.html").read_text("utf-8")
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert re.findall(r"\son[a-z]+\s*=", html) == []
