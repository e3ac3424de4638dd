"""Scenes: title, play and pause, each handling input, updating and drawing; kept on a stack."""
