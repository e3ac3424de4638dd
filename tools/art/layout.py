"""Where every prop picture sits in its room (map pixels): the single source for the art
and for placing image layers and hotspots in the maps, so they always agree.

Each entry: name -> (x, y, w, h). The PNG is assets/props/<name>.png of size w x h.
"""

from __future__ import annotations

Box = tuple[int, int, int, int]

WALL_BOTTOM = 208  # y where the wall (skirting) meets the floor

# The little door (living room and its Other twin): an arched doorway 18 x 32 in a frame 4 px
# thick, 26 x 36 overall, standing on the floor line: it comes up to Coraline's chest, so she
# crawls through. (x, y, w, h) of the opening inside the door's picture (its bottom is the
# picture's), and the arch over it: the top SMALL_DOOR_ARCH rows are a half-ellipse.
SMALL_DOOR_OPENING = (7, 10, 18, 32)
SMALL_DOOR_ARCH = 8
SMALL_DOOR_FRAME = 4

BEDROOM: dict[str, Box] = {
    "bedroom_door": (20, 110, 62, 98),
    "bedroom_bed": (150, 200, 84, 40),
    "bedroom_nightstand": (240, 180, 22, 36),
    "bedroom_window": (296, 40, 96, 116),
    "bedroom_window_rain": (314, 50, 60, 86),  # the drops on its glass, shown while it rains
    "doll_on_sill": (334, 131, 14, 20),
    "bedroom_dresser": (426, 166, 40, 50),
    "bedroom_boxes": (514, 192, 48, 42),
    "dowsing_rod": (603, 176, 16, 38),
}

LIVING: dict[str, Box] = {
    "living_door_bedroom": (20, 110, 62, 98),
    "living_window": (96, 40, 96, 116),
    "living_window_rain": (114, 50, 60, 86),  # the drops on its glass, shown while it rains
    "living_painting": (226, 56, 68, 56),
    "living_sofa": (220, 192, 84, 46),
    "living_lamp": (336, 168, 20, 60),
    "living_fireplace": (378, 164, 52, 50),
    "small_door": (456, 166, 32, 42),
    "living_boxes": (508, 190, 50, 46),
    "living_door_kitchen": (572, 110, 62, 98),
}

KITCHEN: dict[str, Box] = {
    "kitchen_door": (20, 110, 62, 98),
    "kitchen_window": (104, 48, 88, 84),
    "kitchen_sink": (94, 168, 110, 48),
    "kitchen_fridge": (222, 150, 36, 66),
    "kitchen_shelf": (218, 58, 60, 36),
    "key_on_hook": (252, 72, 10, 18),
    "kitchen_clock": (300, 56, 24, 24),
    "kitchen_table": (330, 190, 104, 56),
    "kitchen_back_door": (560, 100, 66, 112),
}

CORRIDOR: dict[str, Box] = {
    "corridor_door_left": (8, 146, 48, 64),
    "corridor_door_right": (904, 146, 48, 64),
}
CORRIDOR_LAMPS = [(232, 92), (480, 92), (728, 92)]  # lamp centres, hanging straight
# each lamp swings (a `swing` effect in corridor.tmx): frame w, h, frames, furthest angle in
# degrees; the frame's top centre is at (lamp x, 59) and the cord is sewn on 1 px below it
CORRIDOR_LAMP_SWING = (27, 42, 7, 6)

OTHER: dict[str, Box] = {
    "other_door_bedroom": (20, 110, 62, 98),
    "other_window": (96, 40, 96, 116),
    "other_painting": (226, 56, 68, 56),
    "other_sofa": (220, 190, 84, 48),
    "other_lamp": (336, 168, 20, 60),
    "other_fireplace": (378, 164, 52, 50),
    "other_small_door": (456, 166, 32, 42),
    "other_piano": (508, 180, 52, 50),
    "other_door_kitchen": (572, 110, 62, 98),
}

# foreground pieces (drawn over the actors), also (x, y, w, h)
FOREGROUND: dict[str, Box] = {
    "fg_bedroom": (590, 286, 50, 34),
    "fg_living": (0, 226, 52, 94),
    "fg_kitchen": (592, 274, 34, 44),
    "fg_corridor": (0, 288, 960, 32),
    "fg_other": (0, 222, 56, 98),
}

RUGS: dict[str, Box] = {
    "bedroom_rug": (150, 250, 220, 44),
    "living_rug": (160, 246, 280, 52),
    "other_rug": (150, 244, 300, 58),
}

# the back garden (960 px wide); the house picture sits at (0, 0) and holds the back door
GARDEN: dict[str, Box] = {
    "garden_backdrop": (0, 0, 960, 320),
    "garden_house": (0, 0, 304, 240),
    "garden_beds": (392, 178, 216, 56),
    "garden_sign": (316, 120, 64, 124),
    "garden_woods": (576, 0, 384, 250),
    "garden_well": (716, 136, 116, 132),
    "garden_grass_fg": (560, 282, 400, 38),
    "garden_rain": (0, 0, 960, 320),
    "garden_night": (0, 0, 960, 320),
}
GARDEN_DOOR: Box = (118, 114, 56, 98)  # the back door (leaf and frame) inside garden_house
