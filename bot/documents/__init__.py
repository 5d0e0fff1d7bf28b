"""Everything the bot writes as a file, one stack for /mydata, the consultant exports and the CLI.

- ``data``: what is read about people, as small frozen dataclasses (``model``), loaded in
  batches for the consultant exports and for one person with their extras for /mydata;
- ``naming``: localised labels of stored codes, transcript entries as their reader saw them,
  safe file names;
- ``formats``: how the consultant exports are written (XLSX, CSV/zip, JSON, Markdown, PDF via
  ``bot.text.pdf``);
- ``mydata``: the person's own documents (JSON and Markdown) for /mydata.

``run.export`` is the exports' API (no aiogram); ``cli.export_command`` runs
``python -m bot export``.
"""
