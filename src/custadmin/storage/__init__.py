"""SQLAlchemy storage: schema, engine set-up, unit of work, migrations."""
