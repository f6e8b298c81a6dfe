# The two commands of this repository. Everything else is detail behind them.
.PHONY: run test

run: ## Build what is missing and start the app (UI + API) on http://localhost:8080
	@./scripts/run.sh

test: ## Run every test suite (installs missing system packages when root); ends with "N passed, N failed"
	@./scripts/test.sh
