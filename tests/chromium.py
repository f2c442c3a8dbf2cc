"""Headless Chromium driven over the DevTools protocol (as in ``tests/test_airflow_ui.py``),
recording every network request the page makes. Needs the Debian package ``chromium``."""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from websockets.sync.client import connect

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
    "--remote-debugging-port=0", "--hide-scrollbars",
]  # fmt: skip


class Chromium:
    def __init__(self) -> None:
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        assert binary, "Chromium is not installed: run scripts/system-deps.sh as root (Debian package 'chromium')"
        self.profile = Path(tempfile.mkdtemp(prefix="chromium-"))
        self.proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            env={"HOME": str(self.profile), "PATH": "/usr/bin:/bin"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        active = self.profile / "DevToolsActivePort"
        for _ in range(600):
            if active.exists() and active.read_text().split():
                break
            assert self.proc.poll() is None, "Chromium exited at start"
            time.sleep(0.1)
        port = active.read_text().split()[0]
        page = next(t for t in httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json() if t["type"] == "page")
        self._stack = contextlib.ExitStack()
        self.ws = self._stack.enter_context(connect(page["webSocketDebuggerUrl"], max_size=64 * 1024 * 1024))
        self._ids = itertools.count(1)
        self.requests: list[str] = []  # every URL the page asked for (Network.requestWillBeSent)
        self.events: list[dict[str, Any]] = []
        self.call("Page.enable")
        self.call("Network.enable")

    def _note(self, msg: dict[str, Any]) -> None:
        self.events.append(msg)
        if msg.get("method") == "Network.requestWillBeSent":
            self.requests.append(str(msg["params"]["request"]["url"]))

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self._ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        for _ in range(100_000):
            msg = json.loads(self.ws.recv(timeout=60))
            if msg.get("id") == msg_id:
                assert "error" not in msg, f"{method}: {msg['error']}"
                return dict(msg["result"])
            self._note(msg)
        raise AssertionError(f"no answer to {method}")

    def wait_for_event(self, method: str, timeout: float = 60) -> dict[str, Any]:
        for seen in self.events:
            if seen.get("method") == method:
                return seen
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            self._note(msg)
            if msg.get("method") == method:
                return msg
        raise AssertionError(f"no {method} within {timeout}s")

    def open(self, url: str) -> None:
        """Navigate and wait for the load event."""
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for_event("Page.loadEventFired")

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in result, (expression, result["result"].get("description"))
        return result["result"].get("value")

    def screenshot(self, path: Path, width: int = 1280) -> None:
        """The whole page, not only the window."""
        height = int(self.js("Math.ceil(document.documentElement.scrollHeight)"))
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._stack.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)
