"""gunicorn settings for production: `gunicorn --config deploy/gunicorn.conf.py kommunportal.wsgi:application`."""

import multiprocessing
import os

pythonpath = ".,site"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
timeout = 30
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# No client address and no query string in the access log: both can be personal data. The token
# of a secret link (a case, a receipt, a draft, a booking, an office screen) is logged as [token].
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
logger_class = "foundations.access_log.GunicornLogger"
errorlog = "-"
