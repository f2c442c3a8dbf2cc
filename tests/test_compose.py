"""docker-compose.yml, .env.example and docker/ hold together (checked without a Docker
engine: the files are parsed with pyyaml and compared with each other)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "docker" / "Dockerfile"
SETUP_SCRIPT = ROOT / "docker" / "setup.sh"

AIRFLOW_SERVICES = {
    "airflow-init": None,
    "airflow-apiserver": "api-server",
    "airflow-scheduler": "scheduler",
    "airflow-dag-processor": "dag-processor",
    "airflow-triggerer": "triggerer",
    "airflow-worker": "celery worker",
    "flower": "celery flower",
    "setup": None,
}
CELERY_ONLY = {"redis", "airflow-worker", "flower"}
ONE_SHOT = {"airflow-init", "setup"}
# ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}; $${VAR} is escaped.
VAR = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])((?:[^{}]|\{[^{}]*\})*))?\}")


@pytest.fixture(scope="module")
def text() -> str:
    return COMPOSE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def compose(text: str) -> dict[str, Any]:
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = compose["services"]
    return result


def env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, sep, value = line.partition("=")
            assert sep, f".env.example: not KEY=value: {line!r}"
            values[key.strip()] = value.strip()
    return values


def without_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def interpolate(value: str, env: dict[str, str], unescape: bool = True) -> str:
    """Compose's interpolation, enough for our file: raises KeyError for ``${VAR:?msg}`` unset."""

    def one(match: re.Match[str]) -> str:
        name, op, arg = match.group(1), match.group(2), match.group(3)
        current = env.get(name)
        if op in (":-", "-"):
            use_default = not current if op == ":-" else current is None
            return interpolate(arg, env, unescape=False) if use_default else current or ""
        if op in (":?", "?") and (not current if op == ":?" else current is None):
            raise KeyError(f"{name}: {arg}")
        return current or ""

    result = VAR.sub(one, value)
    return result.replace("$$", "$") if unescape else result


def default_of(text: str, name: str) -> set[str]:
    return {m.group(3) for m in VAR.finditer(without_comments(text)) if m.group(1) == name and m.group(2) == ":-"}


# ------------------------------------------------------------------ structure


def test_structure(compose, services):
    assert "x-airflow-common" in compose
    expected = {"postgres", "elasticsearch", "kibana", "setup", *AIRFLOW_SERVICES, *CELERY_ONLY}
    assert expected <= set(services)
    assert set(compose["volumes"]) >= {"esdata", "kibanadata", "postgres-db-volume"}
    for name, service in services.items():
        assert service.get("image"), f"{name} has no image"
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if not source.startswith(("$", ".", "/")):
                assert source in compose["volumes"], f"{name}: named volume {source} not declared"


def test_airflow_services_share_the_common_anchor(text, compose, services):
    common = compose["x-airflow-common"]
    for name, command in AIRFLOW_SERVICES.items():
        service = services[name]
        assert re.search(rf"^  {re.escape(name)}:\n    <<: \*airflow-common$", text, re.M), f"{name} does not merge *airflow-common"
        assert service["image"] == common["image"], name
        assert service["user"] == common["user"] or name == "airflow-init", name
        for key, value in common["environment"].items():
            assert service["environment"].get(key) == value, f"{name}: {key}"
        if command:
            assert service["command"] == command, name
    assert "airflow" not in {s["image"].split(":")[0] for n, s in services.items() if n not in AIRFLOW_SERVICES}
    env = common["environment"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "${AIRFLOW_EXECUTOR:-LocalExecutor}"
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "false"
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"].startswith("http://airflow-apiserver:8080/")
    assert env["ELASTICSEARCH_URL"] == "http://elasticsearch:9200"
    # The monitor's settings contract reaches every Airflow container.
    for name in (
        "ELASTICSEARCH_USERNAME",
        "ELASTICSEARCH_PASSWORD",
        "ELASTICSEARCH_API_KEY",
        "SLACK_BOT_TOKEN",
        "SLACK_API_URL",
        "SLACK_CHANNEL",
        "MONITOR_FEEDS",
        "MONITOR_ALLOW_HOSTS",
        "MONITOR_FRESHNESS_HOURS",
        "MONITOR_RULES",
    ):
        assert name in env, name


def test_project_image_is_built_from_the_dockerfile(compose):
    build = compose["x-airflow-common"]["build"]
    assert (ROOT / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM apache/airflow:\$\{AIRFLOW_VERSION\}-python\$\{PYTHON_VERSION\}$", dockerfile, re.M)
    assert re.search(r"^ARG PYTHON_VERSION=3\.11$", dockerfile, re.M)
    assert "-r requirements.txt" in dockerfile
    assert re.search(r"pip install .*-e \.", dockerfile)
    assert (DOCKERFILE.parent / "Dockerfile.dockerignore").read_text().count(".env") >= 1


def test_airflow_version_is_one_everywhere(text):
    dockerfile_default = re.search(r"^ARG AIRFLOW_VERSION=(\S+)$", DOCKERFILE.read_text(), re.M)
    assert dockerfile_default
    versions = {dockerfile_default.group(1), env_example()["AIRFLOW_VERSION"], *default_of(text, "AIRFLOW_VERSION")}
    requirements = ROOT / "requirements.txt"
    if requirements.exists():
        pinned = re.search(r"^apache-airflow==(\S+)", requirements.read_text(), re.M)
        assert pinned, "requirements.txt does not pin apache-airflow"
        versions.add(pinned.group(1))
    assert versions == {"3.3.2"}, versions


def test_elastic_stack_images_share_stack_version(text, services):
    es, kb = services["elasticsearch"]["image"], services["kibana"]["image"]
    assert es.startswith("docker.elastic.co/elasticsearch/elasticsearch:")
    assert kb.startswith("docker.elastic.co/kibana/kibana:")
    assert es.split(":", 1)[1] == kb.split(":", 1)[1] == "${STACK_VERSION:-9.5.4}"
    defaults = default_of(text, "STACK_VERSION")
    assert defaults == {env_example()["STACK_VERSION"]}
    assert next(iter(defaults)).startswith("9.")


def test_elasticsearch_security_and_kibana_system(services):
    es_env = services["elasticsearch"]["environment"]
    assert es_env["xpack.security.enabled"] == "true"
    assert es_env["discovery.type"] == "single-node"
    assert es_env["ELASTIC_PASSWORD"].startswith("${ELASTIC_PASSWORD")
    kb_env = services["kibana"]["environment"]
    assert kb_env["ELASTICSEARCH_USERNAME"] == "kibana_system"
    assert kb_env["ELASTICSEARCH_PASSWORD"].startswith("${KIBANA_SYSTEM_PASSWORD")
    assert kb_env["ELASTICSEARCH_HOSTS"] == "http://elasticsearch:9200"
    setup_env = services["setup"]["environment"]
    assert setup_env["KIBANA_SYSTEM_PASSWORD"] == kb_env["ELASTICSEARCH_PASSWORD"]
    assert setup_env["ELASTIC_PASSWORD"] == es_env["ELASTIC_PASSWORD"]
    assert setup_env["KIBANA_URL"] == "http://kibana:5601"


def test_setup_service_does_the_whole_setup(services):
    setup = services["setup"]
    assert setup["command"] == ["bash", "/opt/monitor/docker/setup.sh"]
    assert setup["restart"] == "no"
    script = SETUP_SCRIPT.read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in script
    for step in (
        "/_security/user/kibana_system/_password",
        "monitor setup",
        "monitor rules sync",
        "monitor kibana import",
        "airflow connections add",
        "elasticsearch_default",
        "slack_api_default",
    ):
        assert step in script, step
    # Secrets stay out of argv and logs.
    assert "-u elastic:" not in script and "set -x" not in script


def test_setup_script_is_valid_bash():
    import shutil
    import subprocess

    bash = shutil.which("bash")
    assert bash
    subprocess.run([bash, "-n", str(SETUP_SCRIPT)], check=True)


# ------------------------------------------------------------------ variables


def test_every_variable_is_documented(text):
    used = {m.group(1) for m in VAR.finditer(without_comments(text))}
    documented = set(env_example())
    assert used, "no variables found"
    assert not used - documented, f"undocumented in .env.example: {sorted(used - documented)}"


def test_every_documented_variable_has_a_comment_and_a_use(text):
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    used = {m.group(1) for m in VAR.finditer(text)}
    settings_doc = (ROOT / "monitor" / "settings.py").read_text(encoding="utf-8")
    contract = set(re.findall(r"``([A-Z][A-Z0-9_]+)``", settings_doc))
    cli_only = {"COMPOSE_PROFILES", "KIBANA_URL", "KIBANA_USERNAME", "KIBANA_PASSWORD", "KIBANA_API_KEY", "ELASTICSEARCH_URL"}
    for index, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            continue
        key = line.split("=", 1)[0]
        assert key in used | contract | cli_only, f".env.example: {key} is used nowhere"
        previous = next((lines[i] for i in range(index - 1, -1, -1) if not lines[i].startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ_"))), "")
        assert previous.startswith("#"), f".env.example: {key} has no comment"
    # The whole settings contract is documented for operators.
    assert {"ELASTICSEARCH_URL", "ELASTICSEARCH_API_KEY", "SLACK_BOT_TOKEN", "MONITOR_FEEDS"} <= contract
    assert not contract - set(env_example()), sorted(contract - set(env_example()))


def test_compose_interpolates_with_env_example(compose, text):
    env = env_example()
    assert not VAR.search(without_comments(interpolate(text, env, unescape=False)))
    data = yaml.safe_load(interpolate(text, env))
    assert data["services"]["elasticsearch"]["image"] == f"docker.elastic.co/elasticsearch/elasticsearch:{env['STACK_VERSION']}"
    # Required secrets fail loudly when missing, as `docker compose` would.
    for required in ("ELASTIC_PASSWORD", "KIBANA_SYSTEM_PASSWORD", "ELASTICSEARCH_PASSWORD", "AIRFLOW_JWT_SECRET"):
        with pytest.raises(KeyError, match=required):
            interpolate(text, {k: v for k, v in env.items() if k != required})


def test_no_secret_is_hardcoded(services):
    for name, service in services.items():
        for key, value in (service.get("environment") or {}).items():
            if re.search(r"PASSWORD|SECRET|TOKEN|_KEY$|SQL_ALCHEMY_CONN|RESULT_BACKEND", key):
                assert "${" in str(value), f"{name}: {key} is hard-coded, take it from .env"


# ------------------------------------------------------------------ dependencies and health


def test_depends_on_targets_exist_and_are_healthy_or_one_shot(services):
    for name, service in services.items():
        depends = service.get("depends_on") or {}
        assert isinstance(depends, dict), f"{name}: use the long depends_on form with conditions"
        for target, spec in depends.items():
            assert target in services, f"{name} depends on unknown {target}"
            condition = spec["condition"]
            if condition == "service_healthy":
                assert services[target].get("healthcheck", {}).get("test"), f"{name} waits for {target}, which has no healthcheck"
            elif condition == "service_completed_successfully":
                assert target in ONE_SHOT, f"{name} waits for {target} to exit, but it is long-running"
            else:
                raise AssertionError(f"{name}: unexpected condition {condition}")


def test_long_running_services_have_healthchecks(services):
    for name, service in services.items():
        if name in ONE_SHOT:
            assert service.get("restart") == "no", name
            continue
        check = service.get("healthcheck", {})
        assert check.get("test"), f"{name} has no healthcheck"
        assert check["test"][0] in ("CMD", "CMD-SHELL"), name


def test_airflow_waits_for_init_and_scheduler_for_setup(services):
    for name in AIRFLOW_SERVICES:
        if name in ("airflow-init",):
            continue
        depends = services[name]["depends_on"]
        assert depends["postgres"]["condition"] == "service_healthy", name
        assert depends["airflow-init"]["condition"] == "service_completed_successfully", name
    assert services["airflow-scheduler"]["depends_on"]["setup"]["condition"] == "service_completed_successfully"
    assert services["setup"]["depends_on"]["elasticsearch"]["condition"] == "service_healthy"
    assert services["kibana"]["depends_on"]["elasticsearch"]["condition"] == "service_healthy"


def test_celery_profile(services):
    for name, service in services.items():
        if name in CELERY_ONLY:
            assert service.get("profiles") == ["celery"], name
        else:
            assert not service.get("profiles"), f"{name} should run in every profile"
            # A default-profile service may only depend on celery services optionally.
            for target, spec in (service.get("depends_on") or {}).items():
                if target in CELERY_ONLY:
                    assert spec.get("required") is False, f"{name} requires {target}, which exists only with --profile celery"
    assert services["airflow-worker"]["depends_on"]["redis"]["condition"] == "service_healthy"
    assert services["airflow-worker"]["environment"]["DUMB_INIT_SETSID"] == "0"
    assert env_example()["AIRFLOW_EXECUTOR"] == "LocalExecutor"
    assert "celery" not in env_example()["COMPOSE_PROFILES"]


def test_published_ports_are_local_only(services):
    published = {}
    for name, service in services.items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on all interfaces"
            published[name] = port
    assert set(published) == {"elasticsearch", "kibana", "airflow-apiserver", "flower"}


def test_every_monitor_setting_reaches_the_airflow_containers(compose):
    """A setting read by Settings but not passed through compose would silently keep its default."""
    import re

    names = set(re.findall(r'"(MONITOR_[A-Z_]+)"', (ROOT / "monitor" / "settings.py").read_text(encoding="utf-8")))
    env = compose["x-airflow-common"]["environment"]
    missing = sorted(n for n in names if n not in env)
    assert not missing, f"settings not passed through docker-compose.yml: {missing}"
