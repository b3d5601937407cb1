"""Settings live in base/dev/test/production; pick one explicitly with DJANGO_SETTINGS_MODULE."""
