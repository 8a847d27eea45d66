# Kommunportal: `make run` serves the demo site, `make test` runs the whole test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: vendor run test lint format messages plugin-reference screenshots translations install migrate demo bench-audience bench-submissions bench-booking bench-kpis bench-api bench-search bench-sign-in bench-spike bench-drills bench-handover bench-search-engine-drill bench-content bench-pages bench-image-cost test-elasticsearch test-search-engine check-deploy clean

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

## Front-end libraries from the npm registry, vendored at build time (not committed).
LEAFLET_VERSION := 1.9.4
LEAFLET := frontend/static/vendor/leaflet/leaflet.js
$(LEAFLET):
	rm -rf $(@D) && mkdir -p $(@D)
	tmp=$$(mktemp -d) && (cd $$tmp && npm pack --silent leaflet@$(LEAFLET_VERSION) >/dev/null \
		&& tar xzf leaflet-$(LEAFLET_VERSION).tgz) \
		&& cp -r $$tmp/package/dist/leaflet.js $$tmp/package/dist/leaflet.js.map $$tmp/package/dist/leaflet.css $$tmp/package/dist/images $(@D)/ \
		&& cp $$tmp/package/LICENSE $(@D)/LICENSE; status=$$?; rm -rf $$tmp; exit $$status

vendor: $(LEAFLET)

translations: install
	$(MANAGE) compile_translations

migrate: translations
	$(MANAGE) migrate --no-input

demo: migrate
	$(MANAGE) load_demo_content

## Serve the demo site on http://127.0.0.1:8000 (SQLite, database search, demo content), with
## the background worker that sends e-mails, updates the search index and delivers hand-overs,
## the hand-over sweep every minute (what a lost task left behind), and the demo building
## permit system on :8010 that receives them (docs/handover.md).
## DEBUG off, as on a real site: a missing page is the site's own 404 page, not Django's debug
## page (the dev settings still serve the static files through WhiteNoise, and the media).
## No autoreloader: polling every module for changes kept 7 % of a core busy while idle.
run: export DJANGO_DEBUG = false
run: export SITE_BASE_URL = http://$(HOST):$(PORT)
run: export WAGTAILADMIN_BASE_URL = http://$(HOST):$(PORT)
run: demo vendor
	$(MANAGE) ensure_demo_admin --url http://$(HOST):$(PORT)/admin/
	$(MANAGE) db_worker --interval 1 & worker=$$!; \
	$(MANAGE) deliver_handovers -v0 --every 60 & sweep=$$!; \
	$(MANAGE) demo_receiver & receiver=$$!; \
	trap 'kill $$worker $$sweep $$receiver 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver --noreload $(HOST):$(PORT)

## Lint, then the whole test suite (PostgreSQL when DATABASE_URL is set; Chromium for browser tests).
## Tests run on every core (TEST_WORKERS=0 for one process).
TEST_WORKERS ?= auto
test: translations vendor lint
	$(BIN)/pytest -n $(TEST_WORKERS) --durations=15

## The Elasticsearch backend's tests, against a running engine: ELASTICSEARCH_URL=... (docs/search.md)
test-elasticsearch: translations
	$(BIN)/pytest -m elasticsearch tests/search

## The search engine's tests alone, against a local OpenSearch node that this starts (make test
## runs them too, when SEARCH_ENGINE_URL is set; .ci/run sets it).
test-search-engine: translations
	line=$$(deploy/local-search-engine.sh start | tail -n 1) && export "$$line" && $(BIN)/pytest -m search_engine tests/search

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PYTHONPATH=.:site $(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Extract user-facing strings into locale/*/LC_MESSAGES/django.po (needs GNU gettext). Plugin packages
## under docs/ keep catalogues of their own (docs/plugins/README.md, "Translations").
messages: install
	$(MANAGE) makemessages -l sv -l en -l ar --no-location --no-obsolete --ignore=.venv --ignore=bench --ignore=tests --ignore=docs --ignore=static_collected

## The phone screenshots README shows (docs/images/phone-*.png), taken from the served demo.
screenshots: translations vendor
	KOMMUNPORTAL_SCREENSHOTS=$(CURDIR)/docs/images $(BIN)/pytest -p no:xdist -p no:cacheprovider tests/browser/test_screenshots.py

## Rewrite docs/plugins/reference.md from the code's docstrings (a test fails while it differs).
plugin-reference: install
	PYTHONPATH=.:site $(BIN)/python -m kommunportal.plugin_reference

check-deploy: install
	DJANGO_SETTINGS_MODULE=kommunportal.settings.production DJANGO_SECRET_KEY=$$(openssl rand -hex 32) \
		DJANGO_ALLOWED_HOSTS=kommun.example $(MANAGE) check --deploy --fail-level WARNING

bench-audience: install translations
	bash bench/audience_page.sh

bench-submissions: install translations
	bash bench/submissions.sh

bench-booking: install translations
	bash bench/booking.sh

bench-kpis: install translations
	bash bench/kpis.sh

bench-api: install translations
	bash bench/api.sh

bench-search: install translations
	bash bench/search.sh

bench-sign-in: install translations
	bash bench/sign_in.sh

bench-spike: install translations
	bash bench/spike.sh

bench-drills: install translations vendor
	bash bench/drills.sh

bench-handover: install translations
	bash bench/handover.sh

bench-search-engine-drill: install translations
	bash bench/search_engine_drill.sh

bench-content: install translations
	bash bench/content_pages.sh

## Every anonymous page type beside a static file, in one run (docs/benchmarks.md).
bench-pages: install translations
	bash bench/pages.sh

## CPU one request's images cost: five 36-megapixel PNGs of about 120 KB (docs/security.md).
bench-image-cost: install translations
	$(BIN)/python bench/image_cost.py

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected .pytest_cache
