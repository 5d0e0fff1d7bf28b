"""Charts drawn on the server as SVG: no charting library, nothing fetched by the browser."""
