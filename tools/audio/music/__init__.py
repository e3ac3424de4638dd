"""One module per piece of music; each has ``build() -> Signal`` (or takes a variant)."""
