"""Start real Airflow 3 processes for the integration tests, talk to their REST API, stop them.

Used by ``tests/test_airflow_ui.py`` and ``tests/test_celery.py``. Every process is started in
its own session with its output in a log file; ``Services.stop()`` ends each one by process
group id (SIGTERM, then SIGKILL after a grace period) and a failure message carries the
tail of the logs, so a red test says which component broke.

Waiting is done by polling a condition until a deadline (``wait_for``), never by sleeping a
guessed amount; ``wait_for`` gives up early when a process it depends on has exited.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

ROOT = Path(__file__).resolve().parents[1]
AIRFLOW = [sys.executable, "-m", "airflow"]
ADMIN_USER = "admin"
DAG_IDS = ("monitor_replay", "monitor_setup", "tiktok_monitor")
WORKER_NAME_ENV = "MONITOR_TEST_WORKER_NAME"

T = TypeVar("T")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def worker_hostname() -> str:
    """``[core] hostname_callable`` for the test's Celery workers: the name each was started with.

    Two workers on one machine share its FQDN; this gives each task instance's ``hostname``
    the name of the worker that ran it.
    """
    return os.environ.get(WORKER_NAME_ENV) or socket.getfqdn()


@dataclass
class Service:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path
    stop_signal: signal.Signals = signal.SIGTERM

    def alive(self) -> bool:
        return self.proc.poll() is None

    def tail(self, lines: int = 40) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


@dataclass
class Services:
    """Processes started by a test, stopped in reverse order."""

    log_dir: Path
    started: list[Service] = field(default_factory=list)

    def start(self, name: str, argv: Sequence[str], env: Mapping[str, str], cwd: Path = ROOT, user: str | None = None,
              stop_signal: signal.Signals = signal.SIGTERM) -> Service:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = self.log_dir / f"{name}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(list(argv), env=dict(env), cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, start_new_session=True, user=user)
        service = Service(name, proc, log, stop_signal)
        self.started.append(service)
        return service

    def check(self, names: Iterable[str] | None = None) -> None:
        """Fail with its log if a process that should be running has exited."""
        wanted = set(names) if names is not None else None
        for s in self.started:
            if (wanted is None or s.name in wanted) and not s.alive():
                raise AssertionError(f"{s.name} exited with {s.proc.returncode}:\n{s.tail()}")

    def logs(self, lines: int = 25) -> str:
        return "\n".join(f"--- {s.name} ({'running' if s.alive() else f'exited {s.proc.returncode}'}) ---\n{s.tail(lines)}"
                         for s in self.started)

    def stop_one(self, name: str, grace: float = 20.0) -> None:
        """Stop the processes started under ``name`` (and their children) before the others."""
        mine = [s for s in self.started if s.name == name]
        self.started = [s for s in self.started if s.name != name]
        Services(self.log_dir, mine).stop(grace)

    def stop(self, grace: float = 20.0) -> None:
        for s in reversed(self.started):
            _signal_group(s.proc, s.stop_signal)
        deadline = time.monotonic() + grace
        for s in reversed(self.started):
            try:
                s.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            # Children (gunicorn/uvicorn workers, celery pool, task runners) share the group.
            _signal_group(s.proc, signal.SIGKILL)
            try:
                s.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        self.started.clear()


def _signal_group(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    try:
        os.killpg(proc.pid, sig)  # the group this test created with start_new_session
    except (ProcessLookupError, PermissionError):
        pass


def wait_for(what: str, check: Callable[[], T | None], timeout: float, services: Services | None = None,
             needed: Iterable[str] | None = None, interval: float = 0.5) -> T:
    """Poll ``check`` until it returns something truthy; fail after ``timeout`` seconds.

    Exceptions from ``check`` count as "not yet" (a server still starting refuses
    connections) and the last one is reported on timeout; an ``AssertionError`` fails at once.
    """
    needed = list(needed) if needed is not None else None
    deadline = time.monotonic() + timeout
    last: object = None
    while True:
        if services is not None:
            services.check(needed)
        try:
            result = check()
            if result:
                return result
            last = result
        except AssertionError:
            raise  # a definite failure, not "not yet"
        except Exception as exc:  # retried until the deadline
            last = exc
        if time.monotonic() >= deadline:
            logs = services.logs() if services is not None else ""
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}; last: {last!r}\n{logs}")
        time.sleep(interval)  # polling interval between checks, not a synchronisation point


def airflow_env(home: Path, port: int, *, executor: str = "LocalExecutor", db_url: str | None = None,
                extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Environment for every Airflow process of one test deployment (shared secrets, one API server)."""
    home.mkdir(parents=True, exist_ok=True)
    passwords = home / "simple_auth_manager_passwords.json"
    if not passwords.exists():
        passwords.write_text(json.dumps({ADMIN_USER: secrets.token_urlsafe(12)}) + "\n", encoding="utf-8")
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__CORE__EXECUTOR": executor,
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": db_url or f"sqlite:///{home}/airflow.db",
        "AIRFLOW__CORE__AUTH_MANAGER": "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{ADMIN_USER}:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "False",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": base,
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{base}/execution/",
        # Every process must sign and check the same tokens.
        "AIRFLOW__API_AUTH__JWT_SECRET": _secret(home, "jwt"),
        "AIRFLOW__API__SECRET_KEY": _secret(home, "api"),
        "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(home / "logs"),
        # The log servers' fixed default ports (8793, 8794) would clash with another deployment on this machine.
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
        "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
    }
    env.update(extra or {})
    return env


def _secret(home: Path, name: str) -> str:
    path = home / f".{name}-secret"
    if not path.exists():
        path.write_text(secrets.token_hex(32), encoding="utf-8")
    return path.read_text(encoding="utf-8")


def admin_password(env: Mapping[str, str]) -> str:
    passwords = json.loads(Path(env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"]).read_text(encoding="utf-8"))
    return str(passwords[ADMIN_USER])


def migrate(env: Mapping[str, str]) -> None:
    result = subprocess.run([*AIRFLOW, "db", "migrate"], env=dict(env), cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]


def start_api_server(services: Services, env: Mapping[str, str]) -> Service:
    return services.start("api-server", [*AIRFLOW, "api-server", "--host", "127.0.0.1", "--port", env["AIRFLOW__API__PORT"],
                                         "--workers", "1"], env)


class ApiError(Exception):
    """The REST API answered with an error status."""


class AirflowApi:
    """The public REST API (``/api/v2``) as the admin user, with a token from ``/auth/token``."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.base_url = env["AIRFLOW__API__BASE_URL"]
        self.password = admin_password(env)
        self.client = httpx.Client(base_url=self.base_url, timeout=15)
        self._token: str | None = None

    def token(self) -> str:
        if self._token is None:
            r = self.client.post("/auth/token", json={"username": ADMIN_USER, "password": self.password})
            r.raise_for_status()
            self._token = str(r.json()["access_token"])
        return self._token

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        r = self.client.request(method, f"/api/v2{path}", headers={"Authorization": f"Bearer {self.token()}"}, **kwargs)
        if r.status_code == 401:  # token expired: get a new one once
            self._token = None
            r = self.client.request(method, f"/api/v2{path}", headers={"Authorization": f"Bearer {self.token()}"}, **kwargs)
        if r.status_code >= 400:
            raise ApiError(f"{method} {path}: HTTP {r.status_code}: {r.text[:2000]}")
        return r.json() if r.content else None

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params=params)

    def healthy(self) -> bool:
        return self.client.get("/api/v2/monitor/health").status_code == 200

    def dag_ids(self) -> set[str]:
        return {d["dag_id"] for d in self.get("/dags", limit=100)["dags"]}

    def import_errors(self) -> list[dict[str, Any]]:
        return list(self.get("/importErrors", limit=100)["import_errors"])

    def wait_for_dags(self, services: Services, dag_ids: Iterable[str] = DAG_IDS, timeout: float = 180) -> None:
        """Wait until the DAG processor has parsed and stored every one of ``dag_ids``; fail on an import error."""
        wanted = set(dag_ids)

        def parsed() -> bool:
            errors = self.import_errors()
            assert not errors, f"import errors: {json.dumps(errors)[:3000]}"
            return wanted <= self.dag_ids()

        wait_for(f"DAGs {sorted(wanted)} to be parsed", parsed, timeout, services)

    def close(self) -> None:
        self.client.close()
