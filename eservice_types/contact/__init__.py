"""The Contact e-service ("Kontakta oss")."""
