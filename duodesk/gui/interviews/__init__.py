"""The project's interviews: browse, search, open to read or correct, delete and restore."""
