"""Guides: question-by-question flows that end in an answer, a page or an e-service."""
