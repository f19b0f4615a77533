"""`checker serve`: the HTML report on loopback, with confirm/dismiss writing to the decisions store."""
from __future__ import annotations

import hmac
import json
import secrets
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

from ..model import RunResult
from .store import DECISIONS, ReviewStore, evidence_of

MAX_BODY = 64 * 1024
TOKEN_HEADER = "X-Checker-Token"


class BadRequest(Exception):
    def __init__(self, status: HTTPStatus, reason: str):
        super().__init__(reason)
        self.status = status


def make_server(result: RunResult, store_path: Path, render: Callable[[RunResult, str], str],
                host: str = "127.0.0.1", port: int = 8765, reviewer: str | None = None) -> ThreadingHTTPServer:
    """render(result, token) gives the page; the page sends the token back with every decision, so a
    page from another site (which cannot read ours) cannot record one."""
    by_id = {d.id: d for d in result.discrepancies}
    token = secrets.token_urlsafe(32)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            try:
                self._check_host()
            except BadRequest as exc:
                return self._send(exc.status, str(exc), "text/plain")
            if self.path.split("?")[0] not in ("/", "/index.html"):
                return self._send(HTTPStatus.NOT_FOUND, "not found", "text/plain")
            self._send(HTTPStatus.OK, render(result, token), "text/html; charset=utf-8")

        def do_POST(self):
            try:
                discrepancy, decision, note = self._decision()
            except BadRequest as exc:
                return self._send(exc.status, f"bad request: {exc}", "text/plain")
            store = ReviewStore(store_path)       # one connection per request: handlers run in threads
            try:
                row = store.record(discrepancy.id, decision, evidence_of(discrepancy), note, reviewer)
            finally:
                store.close()
            self._send(HTTPStatus.OK, json.dumps({"id": row.discrepancy_id, "decision": row.decision, "at": row.at}),
                       "application/json")

        def _decision(self):
            self._check_host()
            if self.path != "/api/decisions":
                raise BadRequest(HTTPStatus.NOT_FOUND, "not found")
            origin = self.headers.get("Origin")
            if origin is not None and origin != f"http://{self.headers.get('Host')}":
                raise BadRequest(HTTPStatus.FORBIDDEN, f"requests from {origin} are not accepted")
            if not hmac.compare_digest(self.headers.get(TOKEN_HEADER, ""), token):
                raise BadRequest(HTTPStatus.FORBIDDEN, "missing or wrong token: reload the review page")
            if (self.headers.get("Content-Type") or "").split(";")[0].strip().lower() != "application/json":
                raise BadRequest(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json")
            body = self._json_body()
            if not isinstance(body, dict) or body.get("id") not in by_id:
                raise BadRequest(HTTPStatus.BAD_REQUEST, "unknown discrepancy id")
            if body.get("decision") not in DECISIONS:
                raise BadRequest(HTTPStatus.BAD_REQUEST, f"decision must be one of {', '.join(DECISIONS)}")
            note = body.get("note", "")
            if not isinstance(note, str):
                raise BadRequest(HTTPStatus.BAD_REQUEST, "note must be text")
            return by_id[body["id"]], body["decision"], note

        def _check_host(self):
            """DNS rebinding: a page of another name resolved to 127.0.0.1 sends its own Host."""
            host_name = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            if host_name not in ("127.0.0.1", "localhost", "[::1]"):
                raise BadRequest(HTTPStatus.FORBIDDEN, "Host must be 127.0.0.1 or localhost")

        def _json_body(self):
            raw_length = self.headers.get("Content-Length")
            if raw_length is None or not raw_length.strip().isdecimal():
                raise BadRequest(HTTPStatus.LENGTH_REQUIRED, "Content-Length must be a number of bytes")
            length = int(raw_length)
            if length > MAX_BODY:
                raise BadRequest(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"body over {MAX_BODY} bytes")
            try:
                return json.loads(self.rfile.read(length).decode("utf-8"))
            except (ValueError, RecursionError):
                raise BadRequest(HTTPStatus.BAD_REQUEST, "body is not valid JSON") from None

        def _send(self, status, text: str, content_type: str):
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, fmt, *args):  # keep the terminal for the URL and errors
            pass

    return ThreadingHTTPServer((host, port), Handler)
