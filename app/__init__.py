"""Lá Lành — relief aid registry for commune and ward offices."""

__version__ = "0.1.0"
APP_NAME = "Lá Lành"
