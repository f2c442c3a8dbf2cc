"""Cases written for the project, one module per kind of case and language group, read by the
``tests/test_pack_<kind>.py`` modules.

Each module holds only lists of cases; every list of a kind has the same name in every group, so one
parametrized test reads it across all the packs:

- ``hard_negatives_<group>``: ``TALK``, ``NO_REASON``, ``BILLS``, ``CONSIDERING``, ``ON_HOLD``,
  ``ACCOUNTS``, and the controls ``ACTS`` and ``UPHELD``;
- ``status_quo_<group>``: ``KEPT``, ``FACT_CHECKS``, ``ASKS_TO_STOP``, ``USERS``, ``ACTS``, ``UPHELD``;
- ``favours_<group>``: ``REPRIEVES``, ``OTHER_TARGETS``, ``ACTS``.

A case is ``(language, headline, lead)``, with a fourth item when it names the one label it must get;
a control is ``(language, headline, lead, action type or None, jurisdiction)``.
"""
