"""E-services as StreamField blocks: a plugin registry, the submit-to-case service and cases."""
