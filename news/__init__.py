"""News: news pages tagged by audience and topic, an index with filters and feeds, and the
latest news on audience pages."""
