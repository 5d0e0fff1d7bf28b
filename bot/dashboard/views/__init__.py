"""The dashboard's aiohttp handlers: the page shell, the API fragments, files and the message."""
