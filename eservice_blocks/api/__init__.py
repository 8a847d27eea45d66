"""E-services and cases in the JSON API: form schemas, submissions, and the citizen's case."""
