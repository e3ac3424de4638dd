"""Drawing: turns the world's state into pixels. Reads the state, never writes it."""

LOGICAL_SIZE = (640, 360)
VIEW_HEIGHT = 320  # the room view; the inventory bar is below it
