"""A key chord such as Ctrl+R: read from and written to the settings file ("ctrl+r"), shown to
people ("Ctrl+R"), and matched against pygame key presses. It knows no game bindings.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

import pygame

MODIFIER_WORDS = MappingProxyType({"ctrl": "ctrl", "control": "ctrl", "shift": "shift", "alt": "alt"})
# Friendlier spellings accepted in the settings file (the canonical text never uses them).
ALIASES = MappingProxyType({"enter": "return", "esc": "escape", "del": "delete", "ins": "insert",
                            "plus": "+", "minus": "-", "pgup": "pageup", "pgdn": "pagedown"})
# How a few keys are named for people where SDL's name is not what the keycap says.
LABELS = MappingProxyType({"return": "Enter", "escape": "Esc", "+": "Plus"})
MODIFIER_KEYS = frozenset({
    pygame.K_LCTRL, pygame.K_RCTRL, pygame.K_LSHIFT, pygame.K_RSHIFT, pygame.K_LALT,
    pygame.K_RALT, pygame.K_LGUI, pygame.K_RGUI, pygame.K_MODE, pygame.K_CAPSLOCK,
    pygame.K_NUMLOCK, pygame.K_SCROLLLOCK,
})
EXAMPLES = "like ctrl+r, f8 or shift+backspace"


def _keys_ready() -> None:
    """pygame names keys only once its video system is up (it opens no window)."""
    if not pygame.display.get_init():
        pygame.display.init()


@dataclass(frozen=True, slots=True)
class KeyChord:
    """One key, pressed with exactly these modifiers (left or right ones alike)."""

    key: int
    ctrl: bool = False
    shift: bool = False
    alt: bool = False

    @classmethod
    def parse(cls, text: str) -> KeyChord:
        """"ctrl+r", "F8", "Shift + Backspace", "ctrl++" ... case does not matter.

        Raises ValueError saying what is wrong with the text.
        """
        _keys_ready()
        rest = text.strip().lower()
        mods: set[str] = set()
        while True:
            head, sep, tail = rest.partition("+")
            word = head.strip()
            if not (sep and tail.strip() and word in MODIFIER_WORDS):
                break
            mods.add(MODIFIER_WORDS[word])
            rest = tail.strip()
        if not rest:
            raise ValueError(f"the key chord is empty: write one {EXAMPLES}")
        name = ALIASES.get(rest, rest)
        if name in MODIFIER_WORDS:
            raise ValueError(f"'{text.strip()}' is only modifiers: add a key, {EXAMPLES}")
        if name.endswith("+") and name != "+" and not name.endswith(" +") and not name.endswith("++"):
            raise ValueError(f"'{text.strip()}' has no key after its last '+': write one {EXAMPLES}")
        try:
            key = pygame.key.key_code(name)
        except ValueError:
            raise ValueError(f"'{text.strip()}' is not a key chord: there is no key called "
                             f"'{rest}' (write one {EXAMPLES})") from None
        if key in MODIFIER_KEYS:
            raise ValueError(f"'{text.strip()}' ends in a modifier: add a key, {EXAMPLES}")
        return cls(key, "ctrl" in mods, "shift" in mods, "alt" in mods)

    @classmethod
    def from_event(cls, event: pygame.event.Event) -> KeyChord | None:
        """The chord a KEYDOWN event pressed; None for a bare modifier or an unnamed key."""
        if event.type != pygame.KEYDOWN or event.key in MODIFIER_KEYS:
            return None
        _keys_ready()
        if not pygame.key.name(event.key, use_compat=False):
            return None
        mod = event.mod
        return cls(event.key, bool(mod & pygame.KMOD_CTRL), bool(mod & pygame.KMOD_SHIFT),
                   bool(mod & pygame.KMOD_ALT))

    def _modifiers(self) -> list[str]:
        return [word for word, on in (("ctrl", self.ctrl), ("shift", self.shift), ("alt", self.alt)) if on]

    @property
    def text(self) -> str:
        """The canonical lower-case form kept in the settings file; ``parse`` reads it back."""
        _keys_ready()
        return "+".join([*self._modifiers(), pygame.key.name(self.key, use_compat=False).lower()])

    @property
    def label(self) -> str:
        """For people: "Ctrl+R", "F8", "Shift+Backspace"."""
        _keys_ready()
        name = pygame.key.name(self.key, use_compat=False)
        name = LABELS.get(name.lower(), name)
        return "+".join([*(m.capitalize() for m in self._modifiers()), name])

    @property
    def bare(self) -> bool:
        """No modifiers: the key alone."""
        return not (self.ctrl or self.shift or self.alt)

    def matches(self, event: pygame.event.Event) -> bool:
        """True for a KEYDOWN of this key with exactly these modifiers held (either side's
        Ctrl, Shift or Alt counts; Caps Lock and Num Lock are ignored; the Windows/Command key
        held means no match)."""
        if event.type != pygame.KEYDOWN or event.key != self.key:
            return False
        mod = event.mod
        return (bool(mod & pygame.KMOD_CTRL) == self.ctrl and bool(mod & pygame.KMOD_SHIFT) == self.shift
                and bool(mod & pygame.KMOD_ALT) == self.alt and not mod & pygame.KMOD_GUI)

