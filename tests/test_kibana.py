"""Kibana saved objects: well-formed, every field they use exists with a fitting type,
and the import request is what Kibana's ``POST /api/saved_objects/_import`` expects
(checked by a fake Kibana that parses the multipart body)."""

from __future__ import annotations

import base64
import email.parser
import email.policy
import fnmatch
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from monitor.errors import ConfigError, StoreError
from monitor.kibana import (
    FieldUse,
    build_import_request,
    import_saved_objects,
    kql_fields,
    load_objects,
    objects_dir,
    referenced_fields,
    wait_for_kibana,
    with_index_prefix,
)
from monitor.store import load_template, mappings_dir

NUMERIC = {"long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float", "unsigned_long"}
AGGREGATABLE = NUMERIC | {"keyword", "boolean", "date", "date_nanos", "ip", "constant_keyword"}
# What each use needs of the field's mapped type.
FITS: dict[str, set[str]] = {
    "time": {"date", "date_nanos"},
    "date_histogram": {"date", "date_nanos"},
    "sort_field": {"date", "date_nanos"},
    "terms": {"keyword", "boolean", "ip", "constant_keyword"} | NUMERIC,
    "unique_count": AGGREGATABLE,
    "last_value": AGGREGATABLE,
    "sum": NUMERIC,
    "average": NUMERIC,
    "median": NUMERIC,
    "standard_deviation": NUMERIC,
    "percentile": NUMERIC,
    "min": NUMERIC | {"date", "date_nanos"},
    "max": NUMERIC | {"date", "date_nanos"},
    "sort": AGGREGATABLE,
    "filter": AGGREGATABLE | {"text"},
    "column": AGGREGATABLE | {"text"},
}
DATA_VIEWS = {  # data view id -> (index name, time field)
    "monitor-articles": ("articles", "published"),
    "monitor-events": ("events", "first_seen"),
    "monitor-alerts": ("alerts", "created"),
    "monitor-feeds": ("feeds", "last_poll"),
}
LENS_TYPES = {"lnsXY", "lnsMetric", "lnsDatatable", "lnsPie", "lnsLegacyMetric", "lnsHeatmap", "lnsGauge", "lnsTagcloud"}


def flatten(properties: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"a.b": "keyword", "title": "text", "title.keyword": "keyword", ...}``."""
    out: dict[str, str] = {}
    for name, spec in properties.items():
        path = prefix + name
        if "properties" in spec:
            out[path] = spec.get("type", "object")
            out.update(flatten(spec["properties"], path + "."))
        else:
            out[path] = spec["type"]
        for sub, sub_spec in (spec.get("fields") or {}).items():
            out[f"{path}.{sub}"] = sub_spec["type"]
    return out


def mapping_for_view(title: str) -> dict[str, str]:
    """The flattened mapping of the index template whose patterns the data view title covers."""
    base = title.rstrip("*")
    for path in sorted(mappings_dir().glob("*.json")):
        template = load_template(path.stem)
        if any(fnmatch.fnmatch(base, pattern) for pattern in template["index_patterns"]):
            return flatten(template["template"]["mappings"]["properties"])
    raise AssertionError(f"no index template covers data view {title!r}")


@pytest.fixture(scope="module")
def objects() -> list[dict[str, Any]]:
    return load_objects()


def by_type(objects: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    return {o["id"]: o for o in objects if o["type"] == kind}


# ------------------------------------------------------------------ the objects themselves


def test_every_line_is_a_saved_object(objects):
    files = sorted(objects_dir().glob("*.ndjson"))
    assert files
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) == len(objects)
    for line in lines:
        obj = json.loads(line)
        assert isinstance(obj, dict)
        assert {"type", "id", "attributes", "references"} <= obj.keys()
        assert obj["type"] in {"index-pattern", "search", "lens", "dashboard"}
        assert obj["attributes"]["title"]
    assert len({(o["type"], o["id"]) for o in objects}) == len(objects)


def test_data_views_and_their_time_fields(objects):
    views = by_type(objects, "index-pattern")
    assert set(views) == set(DATA_VIEWS)
    for view_id, (index, time_field) in DATA_VIEWS.items():
        attrs = views[view_id]["attributes"]
        assert attrs["title"] == f"monitor-{index}*"
        assert attrs["timeFieldName"] == time_field


def test_saved_searches(objects):
    searches = by_type(objects, "search")
    queries = {}
    for search in searches.values():
        source = json.loads(search["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])
        assert source["indexRefName"] == "kibanaSavedObjectMeta.searchSourceJSON.index"
        assert [r["name"] for r in search["references"]] == [source["indexRefName"]]
        queries[search["attributes"]["title"]] = (source["query"]["query"], search["references"][0]["id"])
    assert queries["New government actions"] == ("new_action:true", "monitor-articles")
    assert queries["Failing feeds"] == ("failures > 0", "monitor-feeds")
    assert queries["Government actions by jurisdiction"][1] == "monitor-events"
    assert queries["Government actions by action type"][1] == "monitor-events"
    assert searches["monitor-search-actions-by-jurisdiction"]["attributes"]["sort"][0] == ["jurisdiction", "asc"]
    assert searches["monitor-search-actions-by-type"]["attributes"]["sort"][0] == ["action_type", "asc"]


def test_lens_objects_are_consistent(objects):
    views = by_type(objects, "index-pattern")
    lenses = by_type(objects, "lens")
    assert lenses
    for lens in lenses.values():
        attrs = lens["attributes"]
        assert attrs["visualizationType"] in LENS_TYPES
        state = attrs["state"]
        assert {"datasourceStates", "visualization", "query", "filters"} <= state.keys()
        layers = state["datasourceStates"]["formBased"]["layers"]
        refs = {r["name"]: r for r in lens["references"]}
        for layer_id, layer in layers.items():
            ref = refs[f"indexpattern-datasource-layer-{layer_id}"]
            assert ref["type"] == "index-pattern" and ref["id"] in views
            assert sorted(layer["columnOrder"]) == sorted(layer["columns"])
            for column in layer["columns"].values():
                assert column["operationType"] and column["label"]
                assert column["isBucketed"] == (column["operationType"] in {"terms", "date_histogram", "range", "filters"})
                if column["operationType"] == "terms":
                    assert column["params"]["orderBy"].get("columnId", None) in (None, *layer["columns"])
        # Every accessor the visualization names is a column of its layer.
        vis = state["visualization"]
        columns = {c for layer in layers.values() for c in layer["columns"]}
        named: set[str] = set()
        for layer in vis.get("layers", [vis]):
            assert layer["layerId"] in layers
            named.update(layer.get("accessors", []))
            named.update(x for x in (layer.get("xAccessor"), layer.get("splitAccessor"), layer.get("metricAccessor")) if x)
            named.update(c["columnId"] for c in layer.get("columns", []))
        assert named and named <= columns, attrs["title"]


def test_dashboard_panels_reference_imported_objects(objects):
    ids = {(o["type"], o["id"]) for o in objects}
    (dashboard,) = by_type(objects, "dashboard").values()
    panels = json.loads(dashboard["attributes"]["panelsJSON"])
    refs = {r["name"]: r for r in dashboard["references"]}
    assert len(refs) == len(dashboard["references"])
    panel_types = []
    for panel in panels:
        ref = refs[f"{panel['panelIndex']}:{panel['panelRefName']}"]
        assert (ref["type"], ref["id"]) in ids
        assert ref["type"] == panel["type"]
        assert panel["gridData"]["i"] == panel["panelIndex"]
        assert panel["gridData"]["x"] >= 0 and panel["gridData"]["x"] + panel["gridData"]["w"] <= 48
        panel_types.append(ref["id"])
    assert {
        "monitor-lens-actions-over-time",
        "monitor-lens-actions-by-jurisdiction",
        "monitor-lens-top-outlets",
        "monitor-search-latest-alerts",
        "monitor-lens-feed-health",
    } <= set(panel_types)
    # Every object any object references is in the import (Kibana would report missing_references).
    for obj in objects:
        for ref in obj["references"]:
            assert (ref["type"], ref["id"]) in ids, (obj["id"], ref)


def test_over_time_panel_is_a_date_histogram_split_by_type(objects):
    uses = referenced_fields(o for o in objects if o["id"] in ("monitor-lens-actions-over-time", "monitor-events"))
    assert FieldUse("monitor-events*", "first_seen", "date_histogram") in uses
    assert FieldUse("monitor-events*", "action_type", "terms") in uses


# ------------------------------------------------------------------ fields against the mappings


def test_every_referenced_field_exists_with_a_fitting_type(objects):
    uses = referenced_fields(objects)
    assert len(uses) > 20
    problems = []
    for use in sorted(uses):
        mapping = mapping_for_view(use.data_view)
        mapped = mapping.get(use.field)
        if mapped is None:
            problems.append(f"{use.data_view}: {use.field} ({use.usage}) is not in the mapping")
        elif use.usage not in FITS and use.usage != "count":
            problems.append(f"{use.data_view}: {use.field}: unknown usage {use.usage}")
        elif use.usage in FITS and mapped not in FITS[use.usage]:
            problems.append(f"{use.data_view}: {use.field} is {mapped}, which does not fit {use.usage}")
    assert not problems, "\n".join(problems)


def test_type_check_catches_a_wrong_field():
    bad: list[dict[str, Any]] = [
        {"type": "index-pattern", "id": "v", "attributes": {"title": "monitor-feeds*", "timeFieldName": "failures"}},
        {
            "type": "lens",
            "id": "l",
            "attributes": {
                "title": "bad",
                "state": {
                    "datasourceStates": {
                        "formBased": {
                            "layers": {
                                "L": {
                                    "columns": {
                                        "a": {"operationType": "sum", "sourceField": "url"},
                                        "b": {"operationType": "terms", "sourceField": "no_such_field"},
                                    }
                                }
                            }
                        }
                    },
                    "query": {"query": "last_error.keyword : x", "language": "kuery"},
                },
            },
            "references": [{"type": "index-pattern", "id": "v", "name": "indexpattern-datasource-layer-L"}],
        },
    ]
    uses = referenced_fields(bad)
    mapping = mapping_for_view("monitor-feeds*")
    assert FieldUse("monitor-feeds*", "failures", "time") in uses
    assert mapping["failures"] not in FITS["time"]
    assert mapping["url"] not in FITS["sum"]
    assert "no_such_field" not in mapping
    assert FieldUse("monitor-feeds*", "last_error.keyword", "filter") in uses


def test_fields_against_a_live_index(es, settings, objects):
    """Elasticsearch itself (field_caps on indices made by setup) agrees: fields exist and aggregate."""
    problems = []
    for use in sorted(referenced_fields(objects)):
        index = settings.index(use.data_view.removeprefix("monitor-").rstrip("*"))
        caps = es.field_caps(index=index, fields=use.field)["fields"].get(use.field)
        if not caps:
            problems.append(f"{index}: no field {use.field}")
            continue
        ((mapped, cap),) = caps.items()
        if use.usage not in ("column", "filter") and not cap["aggregatable"]:
            problems.append(f"{index}: {use.field} ({mapped}) is not aggregatable, needed for {use.usage}")
        if use.usage in FITS and mapped not in FITS[use.usage]:
            problems.append(f"{index}: {use.field} is {mapped}, does not fit {use.usage}")
    assert not problems, "\n".join(problems)


def test_kql_fields():
    assert kql_fields("new_action:true") == {"new_action"}
    assert kql_fields('failures > 0 and not disabled_reason : * or entities.targets:"a: b"') == {
        "failures",
        "disabled_reason",
        "entities.targets",
    }
    assert kql_fields("") == set()


# ------------------------------------------------------------------ loading errors


def test_load_objects_names_the_bad_line(tmp_path: Path):
    (tmp_path / "a.ndjson").write_text('{"type":"index-pattern","id":"x","attributes":{}}\n{not json}\n')
    with pytest.raises(ConfigError, match=r"a\.ndjson:2"):
        load_objects(tmp_path)
    (tmp_path / "a.ndjson").write_text('{"type":"index-pattern","attributes":{}}\n')
    with pytest.raises(ConfigError, match="'id'"):
        load_objects(tmp_path)


def test_load_objects_rejects_empty_dir_and_duplicates(tmp_path: Path):
    with pytest.raises(ConfigError, match="no Kibana saved objects"):
        load_objects(tmp_path)
    line = '{"type":"search","id":"s","attributes":{"title":"t"}}\n'
    (tmp_path / "a.ndjson").write_text(line)
    (tmp_path / "b.ndjson").write_text(line)
    with pytest.raises(ConfigError, match="duplicate"):
        load_objects(tmp_path)


# ------------------------------------------------------------------ the import request


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    parts: list[dict[str, Any]] = field(default_factory=list)


class FakeKibana:
    """Enough of Kibana's saved-objects import API to hold our requests to its contract.

    It answers like Kibana: 400 without ``kbn-xsrf`` or without a ``file`` part whose
    name ends in ``.ndjson``; 401 when credentials are required and wrong; and, for a
    good request, ``{"success", "successCount", "successResults"}`` or, when an object
    references one that is neither in the import nor already stored, ``success: false``
    with ``missing_references`` errors.
    """

    def __init__(self, *, credentials: str | None = None, status: int | None = None) -> None:
        self.credentials = credentials
        self.status = status
        self.received: list[Received] = []
        self.stored: dict[tuple[str, str], dict[str, Any]] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def reply(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path == "/api/status":
                    self.reply(200, {"status": {"overall": {"level": "available"}}})
                else:
                    self.reply(404, {"statusCode": 404, "error": "Not Found", "message": "Not Found"})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                url = urlsplit(self.path)
                rec = Received("POST", url.path, parse_qs(url.query), {k.lower(): v for k, v in self.headers.items()})
                outer.received.append(rec)
                status, answer = outer.handle(rec, body)
                self.reply(status, answer)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> FakeKibana:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @staticmethod
    def bad(message: str) -> tuple[int, dict[str, Any]]:
        return 400, {"statusCode": 400, "error": "Bad Request", "message": message}

    def handle(self, rec: Received, body: bytes) -> tuple[int, dict[str, Any]]:
        if self.status:
            return self.status, {"statusCode": self.status, "error": "Internal Server Error", "message": "boom"}
        suffix = "/api/saved_objects/_import"
        if not (rec.path == suffix or (rec.path.startswith("/s/") and rec.path.endswith(suffix))):
            return 404, {"statusCode": 404, "error": "Not Found", "message": "Not Found"}
        if self.credentials is not None and rec.headers.get("authorization") != self.credentials:
            return 401, {"statusCode": 401, "error": "Unauthorized", "message": "Unauthorized"}
        if rec.headers.get("kbn-xsrf") is None:
            return self.bad("Request must contain a kbn-xsrf header.")
        if rec.query.get("overwrite", ["false"]) not in (["true"], ["false"]):
            return self.bad("[request query.overwrite]: expected value of type [boolean]")
        content_type = rec.headers.get("content-type", "")
        if not content_type.startswith("multipart/form-data") or "boundary=" not in content_type:
            return 415, {"statusCode": 415, "error": "Unsupported Media Type", "message": "Unsupported Media Type"}
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
        if not message.is_multipart():
            return self.bad("not multipart")
        for part in message.iter_parts():
            rec.parts.append(
                {
                    "name": part.get_param("name", header="content-disposition"),
                    "filename": part.get_filename(),
                    "content_type": part.get_content_type(),
                    "data": part.get_payload(decode=True),
                }
            )
        files = [p for p in rec.parts if p["name"] == "file"]
        if len(files) != 1:
            return self.bad("[request body.file]: expected value of type [Stream] but got [undefined]")
        (upload,) = files
        if not (upload["filename"] or "").endswith(".ndjson"):
            return self.bad(f"Invalid file extension {Path(upload['filename'] or '').suffix}")
        objects = []
        for number, line in enumerate(upload["data"].decode("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                return self.bad(f"Unexpected token in JSON at line {number}")
            if not isinstance(obj, dict) or not all(k in obj for k in ("type", "id", "attributes")):
                return self.bad(f"line {number} is not a saved object")
            objects.append(obj)
        overwrite = rec.query.get("overwrite") == ["true"]
        importing = {(o["type"], o["id"]) for o in objects}
        errors, results = [], []
        for obj in objects:
            key = (obj["type"], obj["id"])
            missing = [
                {"type": r["type"], "id": r["id"]}
                for r in obj.get("references", [])
                if (r["type"], r["id"]) not in importing and (r["type"], r["id"]) not in self.stored
            ]
            meta = {"title": obj["attributes"].get("title")}
            if missing:
                error = {"type": "missing_references", "references": missing}
                errors.append({"type": obj["type"], "id": obj["id"], "meta": meta, "error": error})
            elif key in self.stored and not overwrite:
                errors.append({"type": obj["type"], "id": obj["id"], "meta": meta, "error": {"type": "conflict"}})
            else:
                results.append({"type": obj["type"], "id": obj["id"], "meta": meta, **({"overwrite": True} if key in self.stored else {})})
        for r in results:
            self.stored[(r["type"], r["id"])] = r
        answer: dict[str, Any] = {"success": not errors, "successCount": len(results), "successResults": results, "warnings": []}
        if errors:
            answer["errors"] = errors
        return 200, answer


@pytest.fixture
def kibana() -> Iterator[FakeKibana]:
    fake = FakeKibana().start()
    yield fake
    fake.stop()


def test_build_import_request_shape():
    req = build_import_request("http://kibana:5601/", overwrite=True)
    method, url, headers, files = req  # a plain tuple too
    assert method == "POST"
    assert url == "http://kibana:5601/api/saved_objects/_import?overwrite=true"
    assert headers == {"kbn-xsrf": "true"}
    name, data, content_type = files["file"]
    assert name.endswith(".ndjson") and content_type == "application/ndjson"
    lines = data.decode().splitlines()
    assert data.endswith(b"\n") and len(lines) == len(load_objects())
    assert all(json.loads(line)["id"] for line in lines)
    assert build_import_request("http://k", overwrite=False).url.endswith("?overwrite=false")
    assert build_import_request("http://k", space="ops team").url == "http://k/s/ops%20team/api/saved_objects/_import?overwrite=true"
    assert build_import_request("http://k", space="default").url == "http://k/api/saved_objects/_import?overwrite=true"
    with pytest.raises(ConfigError):
        build_import_request("kibana:5601")


def test_import_against_fake_kibana(kibana):
    objects = load_objects()
    summary = import_saved_objects(kibana.url)
    assert summary.success and summary.success_count == len(objects)
    assert {(r["type"], r["id"]) for r in summary.results} == {(o["type"], o["id"]) for o in objects}
    (rec,) = kibana.received
    assert rec.path == "/api/saved_objects/_import"
    assert rec.query == {"overwrite": ["true"]}
    assert rec.headers["kbn-xsrf"] == "true"
    assert rec.headers["content-type"].startswith("multipart/form-data; boundary=")
    (part,) = rec.parts
    assert part["name"] == "file" and part["filename"].endswith(".ndjson")
    sent = [json.loads(line) for line in part["data"].decode().splitlines()]
    assert all(isinstance(o, dict) and {"type", "id", "attributes"} <= o.keys() for o in sent)
    assert sent == objects
    # Importing again overwrites in place: same ids, nothing duplicated.
    again = import_saved_objects(kibana.url)
    assert again.success_count == len(objects)
    assert all(r.get("overwrite") for r in again.results)
    assert len(kibana.stored) == len(objects)


def test_import_into_a_space_with_api_key():
    fake = FakeKibana(credentials="ApiKey c2VjcmV0").start()
    try:
        summary = import_saved_objects(fake.url, api_key="c2VjcmV0", space="analysts")
        assert summary.success
        assert fake.received[0].path == "/s/analysts/api/saved_objects/_import"
    finally:
        fake.stop()


def test_import_with_basic_auth_and_bad_credentials():
    token = base64.b64encode(b"elastic:changeme").decode()
    fake = FakeKibana(credentials=f"Basic {token}").start()
    try:
        assert import_saved_objects(fake.url, username="elastic", password="changeme").success
        with pytest.raises(ConfigError, match="credentials") as info:
            import_saved_objects(fake.url, username="elastic", password="wrong")
        assert "wrong" not in str(info.value)
    finally:
        fake.stop()


def test_import_reports_missing_references(kibana, tmp_path: Path):
    lens = next(o for o in load_objects() if o["type"] == "lens")
    (tmp_path / "only-lens.ndjson").write_text(json.dumps(lens) + "\n")
    with pytest.raises(ConfigError, match=r"missing_references index-pattern/monitor-"):
        import_saved_objects(kibana.url, objects_dir=tmp_path)


def test_import_when_kibana_is_down_or_failing():
    with pytest.raises(StoreError, match="not reachable"):
        import_saved_objects("http://127.0.0.1:9", timeout=2)
    fake = FakeKibana(status=503).start()
    try:
        with pytest.raises(StoreError, match="503"):
            import_saved_objects(fake.url)
    finally:
        fake.stop()


def test_fake_kibana_rejects_what_kibana_rejects(kibana):
    """The fake is strict: a request without kbn-xsrf or with a .json file is refused."""
    data = build_import_request(kibana.url).files["file"][1]
    url = f"{kibana.url}/api/saved_objects/_import?overwrite=true"
    r = httpx.post(url, files={"file": ("monitor.ndjson", data, "application/ndjson")})
    assert r.status_code == 400 and "kbn-xsrf" in r.json()["message"]
    r = httpx.post(url, headers={"kbn-xsrf": "true"}, files={"file": ("monitor.json", data, "application/json")})
    assert r.status_code == 400
    r = httpx.post(url, headers={"kbn-xsrf": "true"}, files={"upload": ("monitor.ndjson", data, "application/ndjson")})
    assert r.status_code == 400


def test_wait_for_kibana(kibana):
    wait_for_kibana(kibana.url, timeout=5, interval=0.1)
    with pytest.raises(StoreError, match="not available"):
        wait_for_kibana("http://127.0.0.1:9", timeout=0.3, interval=0.1)


def test_index_prefix_rewrites_data_view_titles(kibana):
    objects = load_objects()
    rewritten = with_index_prefix(objects, "news")
    titles = {o["id"]: o["attributes"]["title"] for o in rewritten if o["type"] == "index-pattern"}
    assert titles == {view_id: f"news-{index}*" for view_id, (index, _) in DATA_VIEWS.items()}
    assert [o["id"] for o in rewritten] == [o["id"] for o in objects]  # same ids: re-import overwrites
    assert objects[0]["attributes"]["title"].startswith("monitor-")  # the loaded objects are untouched
    import_saved_objects(kibana.url, index_prefix="news")
    sent = kibana.received[0].parts[0]["data"].decode()
    assert '"title":"news-articles*"' in sent and '"title":"monitor-articles*"' not in sent
    with pytest.raises(ConfigError):
        with_index_prefix(objects, "Bad Prefix")
