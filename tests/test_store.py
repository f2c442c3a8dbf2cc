"""monitor.store.setup on a real Elasticsearch: creates every template and index, is
idempotent, upgrades on a version bump, and the strict mappings refuse unknown fields."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from elasticsearch import BadRequestError, Elasticsearch

from monitor import store
from monitor.errors import StoreError
from monitor.settings import Settings
from monitor.store import INDICES, load_template, make_es, setup


def snapshot(es: Elasticsearch, settings: Settings) -> dict[str, Any]:
    """Templates and index mappings/settings that setup owns, for before/after comparison."""
    out: dict[str, Any] = {}
    for name in INDICES:
        index = settings.index(name)
        (tpl,) = es.indices.get_index_template(name=f"{index}-template")["index_templates"]
        out[f"template:{index}"] = tpl["index_template"]
        out[f"mapping:{index}"] = es.indices.get_mapping(index=index)[index]["mappings"]
        idx_settings = es.indices.get_settings(index=index)[index]["settings"]["index"]
        out[f"settings:{index}"] = {k: idx_settings.get(k) for k in ("uuid", "number_of_shards", "number_of_replicas", "analysis")}
    return out


def test_setup_on_fresh_cluster_creates_everything(settings: Settings):
    es = make_es(settings)
    assert not es.indices.exists(index=f"{settings.index_prefix}-*", allow_no_indices=False)
    outcome = setup(es, settings)
    assert outcome == {settings.index(n): "created" for n in INDICES}
    for name in INDICES:
        index = settings.index(name)
        template = load_template(name)
        (tpl,) = es.indices.get_index_template(name=f"{index}-template")["index_templates"]
        assert tpl["index_template"]["index_patterns"] == [f"{index}*"]
        assert tpl["index_template"]["_meta"]["version"] == template["_meta"]["version"]
        mapping = es.indices.get_mapping(index=index)[index]["mappings"]
        assert mapping["dynamic"] == "strict"
        assert set(mapping["properties"]) == set(template["template"]["mappings"]["properties"])
        assert mapping["_meta"] == template["template"]["mappings"]["_meta"]


def test_setup_twice_changes_nothing(settings: Settings):
    es = make_es(settings)
    setup(es, settings)
    before = snapshot(es, settings)
    again = setup(es, settings)
    assert again == {settings.index(n): "unchanged" for n in INDICES}
    assert snapshot(es, settings) == before  # same templates, mappings and the very same indices (uuid)


def test_setup_upgrades_a_template_on_version_bump(settings: Settings, monkeypatch: pytest.MonkeyPatch):
    es = make_es(settings)
    setup(es, settings)
    original = store.load_template

    def bumped(name: str) -> dict[str, Any]:
        template = copy.deepcopy(original(name))
        if name == "feeds":
            template["_meta"]["version"] += 1
            template["template"]["mappings"]["properties"]["probe_added"] = {"type": "keyword"}
        return template

    monkeypatch.setattr(store, "load_template", bumped)
    outcome = setup(es, settings)
    assert outcome[settings.index("feeds")] == "updated"
    assert {v for k, v in outcome.items() if k != settings.index("feeds")} == {"unchanged"}
    index = settings.index("feeds")
    assert "probe_added" in es.indices.get_mapping(index=index)[index]["mappings"]["properties"]
    assert setup(es, settings)[index] == "unchanged"


def test_strict_mappings_reject_unknown_fields(es: Elasticsearch, settings: Settings):
    unknown: dict[str, dict[str, Any]] = {
        "articles": {"url": "https://example.org/a", "not_a_field": 1},
        "events": {"event_id": "e1", "surprise": "x"},
        "alerts": {"alert_id": "a1", "unexpected": True},
        "feeds": {"url": "https://example.org/feed", "extra": "x"},
        "rules": {"name": "r", "bogus": "x"},
    }
    for name, doc in unknown.items():
        with pytest.raises(BadRequestError) as info:
            es.index(index=settings.index(name), id="x", document=doc)
        assert "strict_dynamic_mapping_exception" in str(info.value)
    # A document with known fields goes in.
    es.index(index=settings.index("feeds"), id="ok", document={"url": "https://example.org/feed", "failures": 0}, refresh=True)
    assert es.count(index=settings.index("feeds"))["count"] == 1


def test_setup_unreachable_cluster_is_a_store_error():
    settings = Settings(elasticsearch_url="http://127.0.0.1:9", index_prefix="unreachable")
    es = Elasticsearch(settings.elasticsearch_url, request_timeout=1, max_retries=0)
    with pytest.raises(StoreError):
        setup(es, settings)
