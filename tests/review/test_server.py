"""The review server answers only its own page: a cross-site POST, a missing token, a wrong content
type or a malformed request gets a 4xx and records nothing."""
from __future__ import annotations

import http.client
import json
import re
import threading

import pytest

from checker.review import ReviewStore
from checker.review.server import TOKEN_HEADER, make_server


@pytest.fixture
def served(run_texts, tmp_path):
    result = run_texts({"a.txt": "اجتمع 27 زعيما في بروكسل.", "b.txt": "اجتمع 35 زعيما في بروكسل."})
    assert result.discrepancies
    store_path = tmp_path / "reviews.sqlite"
    server = make_server(result, store_path, lambda res, token: f'<meta name="token" content="{token}">', port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    page = _request(server, "GET", "/")[1]
    token = re.search(r'content="([^"]+)"', page).group(1)
    yield server, token, result.discrepancies[0].id, store_path
    server.shutdown()
    server.server_close()


def _request(server, method: str, path: str, body: bytes = b"", headers: dict | None = None):
    host, port = server.server_address
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    headers = {"Host": f"127.0.0.1:{port}", **(headers or {})}
    if body and "Content-Length" not in headers:
        headers["Content-Length"] = str(len(body))
    for name, value in headers.items():
        conn.putheader(name, value)
    conn.endheaders(body or None)
    response = conn.getresponse()
    text = response.read().decode("utf-8")
    conn.close()
    return response.status, text


def _decisions(store_path) -> int:
    store = ReviewStore(store_path)
    try:
        return len(store.history())
    finally:
        store.close()


def _decision(discrepancy_id: str) -> bytes:
    return json.dumps({"id": discrepancy_id, "decision": "dismiss", "note": "n"}).encode()


def test_the_page_itself_can_decide(served):
    server, token, discrepancy_id, store_path = served
    status, _ = _request(server, "POST", "/api/decisions", _decision(discrepancy_id),
                         {"Content-Type": "application/json", TOKEN_HEADER: token,
                          "Origin": f"http://127.0.0.1:{server.server_address[1]}"})
    assert status == 200 and _decisions(store_path) == 1


@pytest.mark.parametrize("change, expected", [
    ({"Origin": "http://evil.example", "Content-Type": "text/plain", TOKEN_HEADER: None}, 403),   # a cross-site form
    ({TOKEN_HEADER: None}, 403),
    ({TOKEN_HEADER: "guessed"}, 403),
    ({"Origin": "http://evil.example"}, 403),
    ({"Host": "evil.example:80"}, 403),                     # DNS rebinding
    ({"Content-Type": "text/plain"}, 415),
    ({"Content-Length": "-1"}, 411),
    ({"Content-Length": "ten"}, 411),
    ({"Content-Length": str(10 ** 9)}, 413),
])
def test_a_request_not_from_the_page_is_refused(served, change, expected):
    server, token, discrepancy_id, store_path = served
    headers = {"Content-Type": "application/json", TOKEN_HEADER: token, **change}
    headers = {k: v for k, v in headers.items() if v is not None}
    status, text = _request(server, "POST", "/api/decisions", _decision(discrepancy_id), headers)
    assert status == expected, text
    assert "Traceback" not in text and _decisions(store_path) == 0


@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000, b"{not json", b'{"id": "nope", "decision": "dismiss"}',
                                  b'"text"', b'{"id": null}', "\u00ff".encode("latin-1")])
def test_a_malformed_body_gets_400(served, body):
    server, token, _, store_path = served
    if len(body) > 64 * 1024:
        body = b"[" * 30_000 + b"]" * 30_000          # deep nesting inside the size limit
    status, text = _request(server, "POST", "/api/decisions", body,
                            {"Content-Type": "application/json", TOKEN_HEADER: token})
    assert status == 400, text
    assert _decisions(store_path) == 0
