"""The web UI and JSON API (FastAPI, server-side Jinja2 templates): see docs/web.md and `enligt serve`."""
