"""Cotrain: the project package (settings, URLs, Celery) and the people-and-councils core."""

from .celery import app as celery_app

__all__ = ["celery_app"]
