"""The screen shown after play broke: says the progress is safe and where the report is, and
offers the title or quitting. It reads fixed keys, not the player's bindings, which may be
what broke."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from coraline_game.render import LOGICAL_SIZE
from coraline_game.render.ui import DIM, HIGHLIGHT, INK, panel
from coraline_game.scenes.base import Scene
from coraline_game.scenes.menu import Entry, Menu

if TYPE_CHECKING:
    from coraline_game.app import App as Services

BACKGROUND = (14, 12, 22)
BOX = pygame.Rect(60, 46, LOGICAL_SIZE[0] - 120, 250)
TEXT_WIDTH = BOX.width - 32
SAFE = "Your progress is safe: the last autosave is kept."
FOOTER = "Press Enter to return to the title, Esc to quit"
_TO_TITLE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
_MOVE_KEYS = (pygame.K_UP, pygame.K_DOWN, pygame.K_TAB, pygame.K_w, pygame.K_s)


class CrashScene(Scene):
    """``report_path`` is where the crash report went (None: it could not be written);
    ``message`` is a short line about the error, shown small ("" for none)."""

    def __init__(self, services: Services, report_path: Path | None, message: str = "") -> None:
        self.services = services
        self.report_path = report_path
        self.message = message
        self.menu = Menu([Entry("Return to title", services.to_title), Entry("Quit", services.quit)],
                         LOGICAL_SIZE[0] // 2, BOX.bottom - 62)
        self.mouse: tuple[int, int] | None = None  # no pointer until the mouse moves

    # -- input ------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.mouse = event.pos
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.services.quit()
            elif event.key in _TO_TITLE_KEYS and self.menu.index == 0:
                self.services.to_title()
            elif event.key in _TO_TITLE_KEYS or event.key in _MOVE_KEYS:
                self.menu.handle(event, self.services.text)
        elif event.type == pygame.CONTROLLERBUTTONDOWN:
            self._pad(event.button)
        elif event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self.menu.handle(event, self.services.text)

    def _pad(self, button: int) -> None:
        if button in (pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_START):
            self.menu.entries[self.menu.index].action()
        elif button in (pygame.CONTROLLER_BUTTON_B, pygame.CONTROLLER_BUTTON_BACK):
            self.services.quit()
        elif button in (pygame.CONTROLLER_BUTTON_DPAD_UP, pygame.CONTROLLER_BUTTON_DPAD_DOWN):
            self.menu.index = (self.menu.index + 1) % len(self.menu.entries)

    # -- drawing ----------------------------------------------------------------------------
    def lines(self) -> list[tuple[str, int, tuple[int, int, int]]]:
        """What the box says, top to bottom: (text, size, colour); the path wrapped to fit."""
        text = self.services.text
        out: list[tuple[str, int, tuple[int, int, int]]] = [("Something went wrong", 28, HIGHLIGHT),
                                                            ("", 8, INK), (SAFE, 16, INK)]
        if self.message:
            out.append(("", 4, INK))
            out += [(part, 16, DIM) for part in text.wrap(self.message, 16, TEXT_WIDTH)[:2]]
        out.append(("", 8, INK))
        if self.report_path is None:
            out.append(("No crash report could be written.", 16, DIM))
        else:
            out.append(("A crash report was written to:", 16, DIM))
            out += [(part, 16, INK) for part in text.wrap(str(self.report_path), 16, TEXT_WIDTH)[:3]]
            out.append(("Sending it with a note of what you did helps fix this.", 16, DIM))
        return out

    def draw(self, surface: pygame.Surface) -> None:
        text = self.services.text
        surface.fill(BACKGROUND)
        panel(surface, BOX, alpha=240)
        y = BOX.y + 14
        for words, size, colour in self.lines():
            if words:
                image = text.render(words, size, colour)
                surface.blit(image, image.get_rect(midtop=(BOX.centerx, y)))
            y += text.line_height(size) + 2 if words else size
        self.menu.draw(surface, text)
        footer = text.render(FOOTER, 16, DIM)
        surface.blit(footer, footer.get_rect(midbottom=(LOGICAL_SIZE[0] // 2, LOGICAL_SIZE[1] - 10)))
        if self.mouse is not None:
            self.services.cursors.draw(surface, "use", self.mouse)
