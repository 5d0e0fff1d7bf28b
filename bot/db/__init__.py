"""Database: declarative base, engine, models and repositories."""
