"""`checker serve`: the HTML report on loopback, with confirm/dismiss writing to the decisions store."""
from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from ..model import RunResult
from pathlib import Path

from .store import DECISIONS, ReviewStore, evidence_of

MAX_BODY = 64 * 1024


def make_server(result: RunResult, store_path: Path, render: Callable[[RunResult], str],
                host: str = "127.0.0.1", port: int = 8765, reviewer: str | None = None) -> ThreadingHTTPServer:
    by_id = {d.id: d for d in result.discrepancies}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.split("?")[0] not in ("/", "/index.html"):
                return self._send(HTTPStatus.NOT_FOUND, "not found", "text/plain")
            self._send(HTTPStatus.OK, render(result), "text/html; charset=utf-8")

        def do_POST(self):
            if self.path != "/api/decisions":
                return self._send(HTTPStatus.NOT_FOUND, "not found", "text/plain")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too large", "text/plain")
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
                decision = body["decision"]
                if body.get("id") not in by_id:
                    raise ValueError(f"unknown discrepancy id {body.get('id')!r}")
                discrepancy = by_id[body["id"]]
                if decision not in DECISIONS:
                    raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
            except (ValueError, KeyError, TypeError) as exc:
                return self._send(HTTPStatus.BAD_REQUEST, f"bad request: {exc}", "text/plain")
            store = ReviewStore(store_path)       # one connection per request: handlers run in threads
            try:
                row = store.record(discrepancy.id, decision, evidence_of(discrepancy), str(body.get("note", "")),
                                   reviewer)
            finally:
                store.close()
            self._send(HTTPStatus.OK, json.dumps({"id": row.discrepancy_id, "decision": row.decision, "at": row.at}),
                       "application/json")

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
