# Two commands do all the set-up on a fresh machine with Python 3.11+:
#   make play   installs the game into .venv and starts it
#   make test   installs the game and its test tools into .venv and runs the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: play test art audio clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

play: $(VENV)/.installed
	$(BIN)/coraline

test: $(VENV)/.installed
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m pytest

art: $(VENV)/.installed
	$(BIN)/python tools/make_art.py

audio: $(VENV)/.installed
	$(BIN)/python tools/make_audio.py --jobs 2

clean:
	rm -rf $(VENV) build dist
