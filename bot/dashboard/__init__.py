"""The consultants' dashboard: a Telegram Mini App served by the bot's own aiohttp server.

``auth`` checks the Mini App's init data on every request and reads the role from the database;
``queries`` read what a page shows into small dataclasses; ``charts`` draws SVG on the server;
``views`` are the aiohttp handlers and their templates; ``static`` holds the one script and the
stylesheet. Nothing is loaded from another site: the page works offline behind a firewall.
"""
