"""The command line: thin typer commands that call a service and hand results to reporting."""
