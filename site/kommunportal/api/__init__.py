"""The JSON API's URL map and its documentation page. Each app keeps its own serializers and
API views next to its models; what they share is in `foundations.api`."""
