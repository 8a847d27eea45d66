"""The content API: pages with their blocks as typed JSON, navigation, and page lookup by path."""
