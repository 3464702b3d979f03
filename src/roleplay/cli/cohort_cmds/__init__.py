"""The cohort commands, one module per command group (see ``roleplay.cli.cohort``)."""
