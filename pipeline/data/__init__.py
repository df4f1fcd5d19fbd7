"""Data files shipped with the pipeline (province shapes for maps)."""
