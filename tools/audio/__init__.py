"""The sound scripts: synthesis building blocks, the music (music/) and the effects (sfx/)."""
