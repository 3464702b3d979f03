"""The HTTP server the local fakes (Ollama, an OpenAI-compatible endpoint) run on."""

from __future__ import annotations

import sys
from http.server import ThreadingHTTPServer
from typing import Any


class QuietHTTPServer(ThreadingHTTPServer):
    """A client that goes away mid-answer is normal for these fakes (a cancelled pull, a
    timed-out request): no traceback on stderr, where it would mix with the one-line
    message the app prints. Any other error is still reported."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)
