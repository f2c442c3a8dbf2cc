"""TikTok action monitor: finds new government actions against TikTok in the news.

The pipeline's stages live in modules named after them (``feeds``, ``fetch``, ``extract``,
``analyze``, ``index``, ``rules``, ``events``, ``alerts``) and are chained by
:mod:`monitor.pipeline`.
"""

__version__ = "0.1.0"
