"""SOOSR Desk: GDPR (AVG) records and answers for a small Dutch company."""

from soosr_desk._peewee_import import hold_driver

__version__ = "0.1.0"

hold_driver()  # peewee loads without psycopg; store/pg_driver.py loads it for a server
