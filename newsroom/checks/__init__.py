"""The check catalog: small registered units, each with a dotted id, a gate and a cited rule."""
