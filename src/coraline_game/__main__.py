"""``python -m coraline_game`` does what the ``coraline`` command does."""

from coraline_game.cli import main

raise SystemExit(main())
