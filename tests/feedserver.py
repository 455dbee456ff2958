"""A real HTTP server on loopback for feed tests: routes, conditional GET, slow and broken answers."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # answer 304 when the client sends it back
    delay: float = 0.0  # seconds before answering
    chunked: bool = False  # no Content-Length: the size is only known by reading
    trickle: float = 0.0  # with chunked: seconds between chunks of 64 bytes


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.most_at_once = 0  # the most requests being answered at the same moment
        self._at_once = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms stall

            def do_GET(self):  # noqa: N802 - the stdlib's name
                with server._lock:
                    server._at_once += 1
                    server.most_at_once = max(server.most_at_once, server._at_once)
                try:
                    self._get()
                finally:
                    with server._lock:
                        server._at_once -= 1

            def _get(self):
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path)
                if route is None:
                    self._answer(404, {}, b"not found")
                    return
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self._answer(304, {"ETag": route.etag}, b"")
                    return
                headers = dict(route.headers)
                if route.etag:
                    headers["ETag"] = route.etag
                self._answer(route.status, headers, route.body, route.chunked, route.trickle)

            def _answer(self, status, headers, body, chunked=False, trickle=0.0):
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    step = 64 if trickle else 65536
                    for start in range(0, len(body), step):
                        piece = body[start : start + step]
                        try:
                            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                        except OSError:
                            return  # the client gave up, as it should on an oversized or slow feed
                        time.sleep(trickle)
                    self.wfile.write(b"0\r\n\r\n")
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    try:
                        self.wfile.write(body)
                    except OSError:
                        pass

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
