"""Content: turns files on disk (Tiled maps, scripts, TOML registries) into frozen data.

Nothing here draws, plays sound or keeps time; nothing here imports ``world`` or ``render``.
"""
