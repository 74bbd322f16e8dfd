"""Story folders on disk: reading, validating and atomically writing their files."""
