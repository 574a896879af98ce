"""Route modules of the web app: pages (HTML), the analyse form, the JSON API."""
