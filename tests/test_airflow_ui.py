"""The Airflow 3 web UI, as an operator meets it: sign in, find the monitor's DAGs, no import errors.

What this proves, with a real api-server, scheduler and dag-processor (LocalExecutor, SQLite)
reading ``dags/`` and a real headless Chromium driven over the DevTools protocol:

* the DAG files parse in the dag-processor itself (not only in a test's ``DagBag``): the
  REST API lists ``tiktok_monitor``, ``monitor_setup`` and ``monitor_replay`` and
  ``/api/v2/importErrors`` is empty;
* the UI is gated by the simple auth manager: an unauthenticated visit lands on the
  sign-in form, and a typed-in username and password get the operator in;
* the DAG list page shows a card linking to each of the three DAGs and no
  "Dag Import Errors" button.

A screenshot of the DAG list is kept in ``artifacts/airflow-dags.png`` (also on failure),
for a reviewer to look at. Needs the Debian package ``chromium``.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.sync.client import connect

from tests.airflow_support import (
    ADMIN_USER,
    AIRFLOW,
    DAG_IDS,
    ROOT,
    AirflowApi,
    Services,
    admin_password,
    airflow_env,
    free_port,
    migrate,
    start_api_server,
    wait_for,
)

pytestmark = pytest.mark.slow

ARTIFACTS = ROOT / "artifacts"
SCREENSHOT = ARTIFACTS / "airflow-dags.png"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1400,900", "--remote-debugging-port=0"]

# The DAG list shows import errors as a red badge labelled "Dag Import Error(s)" next to the DAG count.
IMPORT_ERROR_BADGE = ("(() => { const b = document.querySelector('[aria-label^=\"Dag Import Error\"]');"
                      " return b && b.outerHTML.slice(0, 300); })()")
IMPORT_ERRORS_FETCHED = ("performance.getEntriesByType('resource')"
                         ".some(e => e.name.includes('/api/v2/importErrors') && e.responseEnd > 0)")
NEXT_FRAMES = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))"


class Browser:
    """Headless Chromium driven through the DevTools protocol over its page's websocket."""

    def __init__(self, services: Services, user_data_dir: Path) -> None:
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        assert binary, "Chromium is not installed: run scripts/system-deps.sh as root (Debian package 'chromium')"
        self.services = services
        self.proc = services.start("chromium", [binary, *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}", "about:blank"],
                                   {"HOME": str(user_data_dir), "PATH": "/usr/bin:/bin"})
        active = user_data_dir / "DevToolsActivePort"
        port = wait_for("Chromium's DevTools port", lambda: active.exists() and active.read_text().split()[0], 60,
                        services, ["chromium"])
        targets = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json()
        page = next(t for t in targets if t["type"] == "page")
        self._stack = contextlib.ExitStack()
        self.ws = self._stack.enter_context(connect(page["webSocketDebuggerUrl"], max_size=64 * 1024 * 1024))
        self._ids = itertools.count(1)
        self.call("Page.enable")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self._ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        for _ in range(10_000):  # events arrive in between; skip them
            msg = json.loads(self.ws.recv(timeout=60))
            if msg.get("id") == msg_id:
                assert "error" not in msg, f"{method}: {msg['error']}"
                return dict(msg["result"])
        raise AssertionError(f"no answer to {method}")

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in result, (expression, result["result"].get("description"))
        return result["result"].get("value")

    def goto(self, url: str) -> None:
        self.call("Page.navigate", url=url)

    def url(self) -> str:
        return str(self.js("location.href"))

    def text(self) -> str:
        return str(self.js("document.body ? document.body.innerText : ''"))

    def type_into(self, selector: str, text: str) -> None:
        """Focus the field and type as a keyboard would (React sees real input events)."""
        focus = f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return false; e.focus(); return true; }})()"
        assert self.js(focus), f"no field at {selector}"
        self.call("Input.insertText", text=text)

    def click(self, selector: str) -> None:
        """Press and release the mouse over the middle of the element."""
        box = self.js(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
                      " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        assert box, f"nothing to click at {selector}"
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._stack.close()


@pytest.fixture(scope="module")
def airflow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, str], AirflowApi, Services]]:
    home = tmp_path_factory.mktemp("airflow-ui")
    env = airflow_env(home, free_port())
    migrate(env)
    services = Services(home / "services")
    api = AirflowApi(env)
    try:
        start_api_server(services, env)
        services.start("dag-processor", [*AIRFLOW, "dag-processor"], env)
        services.start("scheduler", [*AIRFLOW, "scheduler"], env)
        wait_for("the API server", api.healthy, 180, services)
        api.wait_for_dags(services)
        yield env, api, services
    finally:
        api.close()
        services.stop()


@pytest.fixture
def browser(airflow: tuple[dict[str, str], AirflowApi, Services]) -> Iterator[Browser]:
    _, _, services = airflow
    user_data_dir = Path(tempfile.mkdtemp(prefix="chromium-"))
    browser: Browser | None = None
    try:
        browser = Browser(services, user_data_dir)
        yield browser
    finally:
        if browser is not None:
            browser.close()
        services.stop_one("chromium")
        shutil.rmtree(user_data_dir, ignore_errors=True)


def test_rest_api_lists_the_dags_without_import_errors(airflow):
    _, api, _ = airflow
    assert set(DAG_IDS) <= api.dag_ids()
    assert api.import_errors() == []
    dags = {d["dag_id"]: d for d in api.get("/dags", limit=100)["dags"]}
    for dag_id in DAG_IDS:
        assert dags[dag_id]["is_stale"] is False, dag_id
        assert dags[dag_id]["owners"] == ["media-monitoring"], dag_id


def test_operator_signs_in_and_sees_the_dag_list(airflow, browser):
    env, _, services = airflow
    base = env["AIRFLOW__API__BASE_URL"]

    browser.goto(f"{base}/dags")
    wait_for("the sign-in form", lambda: browser.js("!!document.querySelector('input[name=password]')"), 60, services)
    assert "/auth/login" in browser.url(), "an unauthenticated visit must land on the sign-in page"

    browser.type_into("input[name=username]", ADMIN_USER)
    browser.type_into("input[name=password]", admin_password(env))
    browser.click("button[type=submit]")
    wait_for("the sign-in to complete", lambda: "/auth/login" not in browser.url() and "Sign into Airflow" not in browser.text(),
             60, services)

    browser.goto(f"{base}/dags")
    links = " && ".join(f"!!document.querySelector('a[href$=\"/dags/{dag_id}\"]')" for dag_id in DAG_IDS)
    try:
        wait_for("a card for each DAG on the DAG list", lambda: browser.js(links), 90, services)
        # The import-error badge is drawn once the page's own /api/v2/importErrors call is answered.
        wait_for("the DAG list's import-error query", lambda: browser.js(IMPORT_ERRORS_FETCHED), 60, services)
        browser.js(NEXT_FRAMES)
        badge = browser.js(IMPORT_ERROR_BADGE)
    finally:
        browser.screenshot(SCREENSHOT)
    assert badge is None, f"the DAG list shows an import-error badge: {badge}"
    text = browser.text()
    for dag_id in DAG_IDS:
        assert dag_id in text
    assert "/auth/login" not in browser.url()
    assert SCREENSHOT.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and SCREENSHOT.stat().st_size > 10_000
