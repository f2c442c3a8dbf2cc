"""The one exception hierarchy of the project.

::

    MonitorError                 base of everything raised on purpose
    ├── ConfigError              bad settings, feeds file or rules file (names the file and field)
    ├── FetchError               an HTTP fetch failed; recorded on the feed or article, never fatal to a run
    │   ├── UnsafeURLError       scheme or address not allowed (SSRF guard), at any redirect hop
    │   ├── TooLargeError        body larger than the byte cap (counted after decompression)
    │   └── DeadlineError        the request's total deadline passed
    ├── FeedError                bytes were fetched but are not a usable feed (e.g. declares XML entities)
    ├── ExtractionError          the page could not be turned into text within its budget
    ├── StoreError               Elasticsearch is unreachable or refused a request: Airflow should retry
    └── AlertError               Slack refused an alert in a way a retry will not fix

A bad feed or page is an outcome that is logged and stored, not an exception that
ends the cycle. ``StoreError`` is the one that should fail a task, so that nothing is
marked done when it was not stored.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class for errors raised by this package."""


class ConfigError(MonitorError):
    """Invalid configuration: settings, feeds file or rules file."""


class FetchError(MonitorError):
    """An HTTP fetch failed."""


class UnsafeURLError(FetchError):
    """The URL's scheme or resolved address is not allowed."""


class TooLargeError(FetchError):
    """The response body exceeded the byte cap."""


class DeadlineError(FetchError):
    """The request did not complete within its total deadline."""


class FeedError(MonitorError):
    """Fetched bytes are not a usable feed."""


class ExtractionError(MonitorError):
    """Text extraction failed or ran out of its time or memory budget."""


class StoreError(MonitorError):
    """Elasticsearch could not be reached or refused a request."""


class AlertError(MonitorError):
    """Slack refused an alert permanently."""
