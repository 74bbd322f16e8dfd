"""Turning results into text for people (rich, only here) and for machines (json, CI formats)."""
