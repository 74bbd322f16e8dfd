"""newsroom: an editorial workflow for stories kept in git."""

__version__ = "0.1.0"
