"""A third-party e-service app, used only by the tests: "Ring mig" (call me back).

It lives outside this project's apps and touches none of their code: listing it in
INSTALLED_APPS is all it takes (see docs/eservices.md).
"""
