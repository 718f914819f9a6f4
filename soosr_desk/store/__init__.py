"""Peewee on SQLite: the only package that knows tables."""
