vcl 4.1;
# Kommunportal's frontend cache: anonymous pages are kept here and purged by the site on publish
# (wagtail.contrib.frontend_cache + cms_pages/frontend_cache.py). What may be kept is decided by
# the site's Cache-Control (frontend/middleware.py): pages with forms, case pages, Mina sidor, the
# admin and anything with a session are never kept.
#
# deploy/local-varnish.sh fills in the app servers; in production list them below.
import directors;
import std;

probe health {
    .url = "/health/ready/";
    .timeout = 2s;
    .interval = 5s;
    .window = 3;
    .threshold = 2;
}

# @BACKENDS@ (one `backend app1 { .host = "10.0.0.11"; .port = "8000"; .probe = health; }` per server)

# Who may purge: the app servers.
acl purgers {
    "127.0.0.1";
    "::1";
    # @PURGERS@
}

# Who may read /health/ready/ and /health/worker/ (they tell the cache backend and the e-mail
# backlog): loopback and the monitoring hosts. Varnish's own probe goes straight to the app
# servers and is not affected; /health/ (liveness) stays open to the load balancer.
acl monitoring {
    "127.0.0.1";
    "::1";
    # @MONITORING@
}

sub vcl_init {
    new app = directors.round_robin();
    # @ADD_BACKENDS@
}

sub vcl_recv {
    set req.backend_hint = app.backend();
    # Tell the site that this cache fills in Edge Side Includes: a page with a form is then kept,
    # and each visitor's copy gets its own idempotency key (eservice_blocks/form_keys.py).
    set req.http.Surrogate-Capability = "kommunportal=ESI/1.0";

    if (req.method == "PURGE") {
        # Wagtail purges a page by its URL: drop every variant of that path (http/https alike).
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-url == " + req.url);
        return (synth(200, "Purged"));
    }
    if (req.method == "BAN") {
        # The whole site (a change of the navigation, a crisis message): lurker-friendly ban.
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-url ~ " + req.http.X-Ban-Url);
        return (synth(200, "Banned"));
    }
    if (req.url ~ "^/health/(ready|worker)/?(\?.*)?$") {
        # The client nginx saw is the address it appended to X-Forwarded-For, the last but one
        # entry (Varnish has appended nginx's own); a request straight to Varnish has one entry.
        set req.http.X-Health-Client = regsub(req.http.X-Forwarded-For, "^(?:.*,)?\s*([^,\s]+)\s*,\s*[^,]+$", "\1");
        if (!(client.ip ~ monitoring) || !(std.ip(req.http.X-Health-Client, "192.0.2.1", false) ~ monitoring)) {
            return (synth(404, "Not found"));
        }
        unset req.http.X-Health-Client;
        return (pass);
    }
    if (req.esi_level > 0 && req.url ~ "^/e/key/\?name=es-[0-9a-f]{1,8}-idempotency_key$") {
        # A form's idempotency key for one visitor of a kept page: made here, so that the kept
        # page costs the app servers nothing (vcl_synth). The site's own /e/key/ answers any
        # other cache.
        return (synth(760, "Idempotency key"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|health)(/|$)") {
        return (pass);
    }
    # The language is in the path; a Vary on Accept-Language must not split the cache per browser.
    if (req.http.Accept-Language ~ "^\s*ar") {
        set req.http.Accept-Language = "ar";
    } elsif (req.http.Accept-Language ~ "^\s*en") {
        set req.http.Accept-Language = "en";
    } else {
        set req.http.Accept-Language = "sv";
    }
    # Signed-in citizens and staff (a session) get their own pages from the app servers. Other
    # cookies (the CSRF cookie of an earlier form) do not change a cacheable page: drop them on
    # GET so that such visitors are served from the cache too.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # One site: the path is the key, whatever Host the visitor used. The scheme too: the app
    # redirects plain HTTP to HTTPS, and that redirect must never be served to HTTPS visitors.
    hash_data(req.url);
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    set beresp.http.x-url = bereq.url;
    if (beresp.http.Surrogate-Control ~ "ESI/1.0") {
        unset beresp.http.Surrogate-Control;
        set beresp.do_esi = true;
    }
    # Only what the site explicitly marks public is kept; no Cache-Control means no caching.
    if (!beresp.http.Cache-Control || beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # When the app servers are slow or down, a page up to an hour old is better than an error.
    set beresp.grace = 1h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Browsers revalidate every time (max-age=0): a purge is seen at once.
}

sub vcl_synth {
    if (resp.status == 760) {
        # Unique across visitors: this cache's request id, the second, and 40 random bits (another
        # Varnish may reuse a request id). Not a secret: the site binds a key to the answers.
        set resp.status = 200;
        set resp.reason = "OK";
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.Cache-Control = "private, no-store";
        synthetic({"<input type="hidden" name=""} + regsub(req.url, "^.*[?]name=", "")
            + {"" value="v"} + std.time2integer(now, 0) + "-" + req.xid + "-"
            + std.real2integer(std.random(0, 999999999999), 0) + {"">"});
        return (deliver);
    }
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    synthetic(resp.reason);
    return (deliver);
}
