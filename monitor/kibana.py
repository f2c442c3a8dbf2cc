"""Kibana: the saved objects in ``mappings/kibana/`` and their import.

The objects (data views for the four indices, saved searches, Lens visualizations and
the monitor dashboard) are kept as NDJSON, the format of Kibana's export, one object a
line. ``import_saved_objects`` sends them all as one ``file`` part to Kibana's
`import API`_::

    POST /api/saved_objects/_import?overwrite=true        (or /s/<space>/api/...)
    kbn-xsrf: true
    Content-Type: multipart/form-data; boundary=...

    --boundary
    Content-Disposition: form-data; name="file"; filename="monitor.ndjson"
    Content-Type: application/ndjson

    {"type": "index-pattern", "id": "monitor-articles", "attributes": {...}, ...}
    ...

Object ids are fixed, so re-importing with ``overwrite=true`` updates the objects in
place: the import is idempotent and safe to run on every deployment.

:func:`referenced_fields` lists every index field the objects use and how (time field,
date histogram, terms, metric, filter, sort, column), so tests can check each against the
index mappings.

.. _import API: https://www.elastic.co/docs/api/doc/kibana/operation/operation-post-saved-objects-import
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

import httpx

from monitor.errors import ConfigError, StoreError
from monitor.store import mappings_dir

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0
DEFAULT_WAIT_SECONDS = 300.0
IMPORT_FILENAME = "monitor.ndjson"
NDJSON_CONTENT_TYPE = "application/ndjson"
DEFAULT_INDEX_PREFIX = "monitor"

# Lens's "count of records" column names no field.
_RECORDS = "___records___"
# ``field : value``, ``field > 3``, ``field:*`` in a KQL query (quoted values are skipped first).
_KQL_FIELD = re.compile(r"(?<![\w.@])([A-Za-z_@][\w.@]*)\s*(?::|<=|>=|<|>)")
_KQL_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


def objects_dir() -> Path:
    """Where the saved objects live (``mappings/kibana/`` beside the index templates)."""
    return mappings_dir() / "kibana"


def load_objects(directory: Path | str | None = None) -> list[dict[str, Any]]:
    """Every saved object in the directory's ``*.ndjson`` files, in file-name order.

    Raises :class:`ConfigError` naming the file and line of anything that is not a saved
    object (a JSON object with ``type``, ``id`` and ``attributes``).
    """
    directory = Path(directory) if directory is not None else objects_dir()
    files = sorted(directory.glob("*.ndjson"))
    if not files:
        raise ConfigError(f"no Kibana saved objects (*.ndjson) in {directory}")
    objects: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], str] = {}
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{where}: not JSON: {exc}") from None
            if not isinstance(obj, dict):
                raise ConfigError(f"{where}: a saved object must be a JSON object")
            for key, kind in (("type", str), ("id", str), ("attributes", dict)):
                if not isinstance(obj.get(key), kind):
                    raise ConfigError(f"{where}: saved object lacks {key!r}")
            identity = (obj["type"], obj["id"])
            if identity in seen:
                raise ConfigError(f"{where}: duplicate {obj['type']} {obj['id']!r} (also in {seen[identity]})")
            seen[identity] = where
            objects.append(obj)
    return objects


def ndjson_body(objects: Iterable[Mapping[str, Any]]) -> bytes:
    """Objects as NDJSON: one compact JSON object a line, each line ending in a newline."""
    return b"".join(json.dumps(o, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for o in objects)


def with_index_prefix(objects: Iterable[Mapping[str, Any]], index_prefix: str) -> list[dict[str, Any]]:
    """The objects with their data views pointed at ``<index_prefix>-*`` instead of ``monitor-*``.

    The saved objects are written for the default prefix; ids stay the same, so a
    deployment with ``MONITOR_INDEX_PREFIX`` gets the same dashboard over its own indices.
    """
    if not re.fullmatch(r"[a-z0-9][a-z0-9_.+-]*", index_prefix):
        raise ConfigError(f"index prefix {index_prefix!r} is not a valid Elasticsearch index name start")
    out = []
    for obj in objects:
        copy = json.loads(json.dumps(obj))
        title = copy["attributes"].get("title", "")
        if copy["type"] == "index-pattern" and title.startswith(f"{DEFAULT_INDEX_PREFIX}-"):
            copy["attributes"]["title"] = index_prefix + title[len(DEFAULT_INDEX_PREFIX) :]
        out.append(copy)
    return out


class ImportRequest(NamedTuple):
    """What to send: ``httpx.request(method, url, headers=headers, files=files)``."""

    method: str
    url: str
    headers: dict[str, str]
    files: dict[str, tuple[str, bytes, str]]


def import_url(kibana_url: str, *, overwrite: bool = True, space: str | None = None) -> str:
    """``<kibana>[/s/<space>]/api/saved_objects/_import?overwrite=true``."""
    base = kibana_url.rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise ConfigError(f"Kibana URL must start with http:// or https://: {kibana_url!r}")
    prefix = f"/s/{quote(space, safe='')}" if space and space != "default" else ""
    return f"{base}{prefix}/api/saved_objects/_import?overwrite={'true' if overwrite else 'false'}"


def build_import_request(
    kibana_url: str,
    objects_dir: Path | str | None = None,
    overwrite: bool = True,
    *,
    space: str | None = None,
    index_prefix: str = DEFAULT_INDEX_PREFIX,
) -> ImportRequest:
    """The import request for every object in ``objects_dir``, as one NDJSON ``file`` part.

    The multipart body and its boundary are left to httpx (``files=``); the headers carry
    only ``kbn-xsrf``, which Kibana requires on every write. Data views cover
    ``<index_prefix>-<index>*`` (``Settings.index_prefix``).
    """
    objects = load_objects(objects_dir)
    if index_prefix != DEFAULT_INDEX_PREFIX:
        objects = with_index_prefix(objects, index_prefix)
    return ImportRequest(
        method="POST",
        url=import_url(kibana_url, overwrite=overwrite, space=space),
        headers={"kbn-xsrf": "true"},
        files={"file": (IMPORT_FILENAME, ndjson_body(objects), NDJSON_CONTENT_TYPE)},
    )


@dataclass(frozen=True)
class ImportSummary:
    """Kibana's answer: how many objects were imported and which (``successResults``)."""

    success: bool
    success_count: int
    results: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_response(cls, body: Mapping[str, Any]) -> ImportSummary:
        return cls(
            success=bool(body.get("success")),
            success_count=int(body.get("successCount", 0)),
            results=list(body.get("successResults") or []),
            errors=list(body.get("errors") or []),
        )


def _auth(username: str | None, password: str | None, api_key: str | None) -> tuple[dict[str, str], httpx.BasicAuth | None]:
    if api_key:
        return {"Authorization": f"ApiKey {api_key}"}, None
    if username:
        return {}, httpx.BasicAuth(username, password or "")
    return {}, None


def _describe_errors(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors[:10]:
        detail = err.get("error") or {}
        kind = detail.get("type", "error")
        extra = ""
        if kind == "missing_references":
            extra = " " + ", ".join(f"{r.get('type')}/{r.get('id')}" for r in detail.get("references") or [])
        parts.append(f"{err.get('type')}/{err.get('id')}: {kind}{extra}")
    more = f" (+{len(errors) - 10} more)" if len(errors) > 10 else ""
    return "; ".join(parts) + more


def import_saved_objects(
    kibana_url: str,
    *,
    username: str | None = None,
    password: str | None = None,
    api_key: str | None = None,
    space: str | None = None,
    objects_dir: Path | str | None = None,
    overwrite: bool = True,
    index_prefix: str = DEFAULT_INDEX_PREFIX,
    timeout: float = DEFAULT_TIMEOUT,
    client: httpx.Client | None = None,
) -> ImportSummary:
    """Import the saved objects into Kibana (the default space unless ``space`` is given).

    Authenticates with ``api_key`` if given, else with ``username``/``password`` (basic).
    Pass ``index_prefix=settings.index_prefix`` so the data views cover the indices in use.
    Raises :class:`ConfigError` when the objects, URL or credentials are wrong (a retry
    will not help: 400, 401, 403, 404, objects Kibana refused) and :class:`StoreError` when
    Kibana cannot be reached or answers 5xx or 429 (try again later). Nothing secret is logged.
    """
    request = build_import_request(kibana_url, objects_dir, overwrite, space=space, index_prefix=index_prefix)
    headers, auth = _auth(username, password, api_key)
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    try:
        response = http.request(
            request.method, request.url, headers={**request.headers, **headers}, files=request.files, auth=auth or httpx.USE_CLIENT_DEFAULT
        )
    except httpx.HTTPError as exc:
        raise StoreError(f"Kibana not reachable at {kibana_url}: {exc}") from exc
    finally:
        if own:
            http.close()
    if response.status_code in (401, 403):
        raise ConfigError(f"Kibana refused the credentials for saved-object import ({response.status_code}) at {kibana_url}")
    if response.status_code >= 500 or response.status_code == 429:
        raise StoreError(f"Kibana saved-object import failed: HTTP {response.status_code}: {response.text[:500]}")
    if response.status_code != 200:
        raise ConfigError(f"Kibana saved-object import rejected: HTTP {response.status_code}: {response.text[:500]}")
    try:
        body = response.json()
    except ValueError:
        raise StoreError(f"Kibana answered the import with non-JSON: {response.text[:200]!r}") from None
    if not isinstance(body, dict):
        raise StoreError(f"Kibana answered the import with {type(body).__name__}, not an object")
    summary = ImportSummary.from_response(body)
    if not summary.success or summary.errors:
        raise ConfigError(f"Kibana did not import every saved object: {_describe_errors(summary.errors)}")
    log.info("kibana import: %d saved objects into %s (space %s)", summary.success_count, kibana_url, space or "default")
    return summary


def wait_for_kibana(
    kibana_url: str,
    *,
    username: str | None = None,
    password: str | None = None,
    api_key: str | None = None,
    timeout: float = DEFAULT_WAIT_SECONDS,
    interval: float = 5.0,
    client: httpx.Client | None = None,
) -> None:
    """Poll ``GET /api/status`` until Kibana reports itself available; raise StoreError after ``timeout``."""
    headers, auth = _auth(username, password, api_key)
    own = client is None
    http = client or httpx.Client(timeout=10.0)
    deadline = time.monotonic() + timeout
    last = "no answer"
    try:
        while True:
            try:
                response = http.get(f"{kibana_url.rstrip('/')}/api/status", headers=headers, auth=auth or httpx.USE_CLIENT_DEFAULT)
                if response.status_code == 200:
                    level = (response.json().get("status", {}).get("overall", {}) or {}).get("level")
                    if level == "available":
                        return
                    last = f"status {level}"
                elif response.status_code in (401, 403):
                    raise ConfigError(f"Kibana refused the credentials ({response.status_code}) at {kibana_url}")
                else:
                    last = f"HTTP {response.status_code}"
            except (httpx.HTTPError, ValueError) as exc:
                last = str(exc) or type(exc).__name__
            if time.monotonic() >= deadline:
                raise StoreError(f"Kibana at {kibana_url} not available after {timeout:.0f}s: {last}")
            time.sleep(interval)
    finally:
        if own:
            http.close()


# ------------------------------------------------------------------ field references


class FieldUse(NamedTuple):
    """One use of an index field by a saved object: ``(data_view, field, usage)``."""

    data_view: str
    field: str
    usage: str


def kql_fields(query: str) -> set[str]:
    """Field names a KQL query names (``a:1 and b > 2 and not c:*`` -> ``{a, b, c}``)."""
    return set(_KQL_FIELD.findall(_KQL_QUOTED.sub('""', query)))


def _json_attr(value: Any, default: Any) -> Any:
    if isinstance(value, str):
        return json.loads(value) if value.strip() else default
    return default if value is None else value


def referenced_fields(objects: Iterable[Mapping[str, Any]]) -> set[FieldUse]:
    """Every index field the saved objects use, as ``(data view title, field, usage)``.

    Usages: ``time`` (a data view's time field), ``date_histogram``, ``terms``, a metric
    operation (``count``, ``sum``, ``avg``, ``min``, ``max``, ``median``, ``unique_count``,
    ``last_value``, ...), ``sort_field`` (last value's order), ``filter`` (named in a KQL
    query or a filter), ``sort`` and ``column`` (a saved search's order and columns).
    A reference to a data view that is not among ``objects`` is reported with the
    referenced id as its data view.
    """
    objects = list(objects)
    titles = {o["id"]: o["attributes"].get("title", o["id"]) for o in objects if o.get("type") == "index-pattern"}
    uses: set[FieldUse] = set()

    def view_of(references: Iterable[Mapping[str, Any]], name: str) -> str | None:
        for ref in references:
            if ref.get("name") == name and ref.get("type") == "index-pattern":
                return str(titles.get(ref["id"], ref["id"]))
        return None

    def add_query(view: str, query: Any) -> None:
        if isinstance(query, Mapping) and query.get("language", "kuery") in ("kuery", "lucene"):
            for name in kql_fields(str(query.get("query", ""))):
                uses.add(FieldUse(view, name, "filter"))

    def add_filters(view: str, filters: Any) -> None:
        for flt in filters or []:
            key = (flt.get("meta") or {}).get("key")
            if key:
                uses.add(FieldUse(view, key, "filter"))

    for obj in objects:
        attrs = obj["attributes"]
        refs = obj.get("references") or []
        kind = obj["type"]
        if kind == "index-pattern":
            if attrs.get("timeFieldName"):
                uses.add(FieldUse(attrs["title"], attrs["timeFieldName"], "time"))
        elif kind == "search":
            source = _json_attr((attrs.get("kibanaSavedObjectMeta") or {}).get("searchSourceJSON"), {})
            view = view_of(refs, source.get("indexRefName", "kibanaSavedObjectMeta.searchSourceJSON.index"))
            if view is None:
                continue
            add_query(view, source.get("query"))
            add_filters(view, source.get("filter"))
            for name in attrs.get("columns") or []:
                if name != "_source":
                    uses.add(FieldUse(view, name, "column"))
            for entry in attrs.get("sort") or []:
                uses.add(FieldUse(view, entry[0], "sort"))
        elif kind == "lens":
            state = attrs.get("state") or {}
            layers = ((state.get("datasourceStates") or {}).get("formBased") or {}).get("layers") or {}
            default_view = view_of(refs, "indexpattern-datasource-current-indexpattern")
            for layer_id, layer in layers.items():
                view = view_of(refs, f"indexpattern-datasource-layer-{layer_id}") or default_view
                if view is None:
                    continue
                for column in (layer.get("columns") or {}).values():
                    source_field = column.get("sourceField")
                    if source_field and source_field != _RECORDS:
                        uses.add(FieldUse(view, source_field, column["operationType"]))
                    sort_field = (column.get("params") or {}).get("sortField")
                    if sort_field:
                        uses.add(FieldUse(view, sort_field, "sort_field"))
                    add_query(view, column.get("filter"))
                add_query(view, state.get("query"))
                add_filters(view, state.get("filters"))
    return uses
