"""SOOSR Desk: GDPR (AVG) records and answers for a small Dutch company."""

__version__ = "0.1.0"
