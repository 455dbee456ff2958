"""Alembic migrations; shipped in the wheel as ``monitor.migrations``."""
