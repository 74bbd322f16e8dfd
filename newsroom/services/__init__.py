"""What newsroom does: services take typed values, return typed values, and never print."""
