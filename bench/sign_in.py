"""Sign citizens in through the OpenID provider over HTTP, as a browser does, and time it.

    python bench/sign_in.py SITE_URL SIGN_INS THREADS COOKIE_FILE

The site runs behind a (pretend) TLS proxy: requests carry X-Forwarded-Proto: https, and its
Secure cookies are sent by hand. Prints one JSON line; writes the last session's cookie header
to COOKIE_FILE for wrk.
"""

import json
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.oidc_provider.persons import PASSWORD, PERSONS

PROXY = {"X-Forwarded-Proto": "https"}


def sign_in(site: str, username: str) -> tuple[float, float, dict]:
    cookies: dict[str, str] = {}

    def site_get(url):
        if url.startswith("https://"):
            url = "http://" + url.removeprefix("https://")
        elif url.startswith("/"):
            url = site + url
        header = "; ".join(f"{name}={value}" for name, value in cookies.items())
        response = requests.get(url, headers={**PROXY, "Cookie": header}, allow_redirects=False, timeout=30)
        cookies.update({cookie.name: cookie.value for cookie in response.cookies})
        return response

    started = time.perf_counter()
    authorize = site_get("/logga-in/oidc/?next=/mina-sidor/").headers["Location"]
    browser = requests.Session()
    login = browser.get(authorize, timeout=30)
    csrf = login.text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    next_value = login.text.split('name="next" value="')[1].split('"')[0].replace("&amp;", "&")
    response = browser.post(
        login.url,
        data={"csrfmiddlewaretoken": csrf, "username": username, "password": PASSWORD, "next": next_value},
        headers={"Referer": login.url},
        allow_redirects=False,
        timeout=30,
    )
    location = response.headers["Location"]
    base = urlsplit(authorize)._replace(path="", query="").geturl()
    while "/auth/oidc/callback/" not in location:
        response = browser.get(location if location.startswith("http") else base + location, allow_redirects=False)
        location = response.headers["Location"]
    callback_started = time.perf_counter()
    done = site_get(location)
    finished = time.perf_counter()
    if done.status_code != 302 or done.headers["Location"] != "/mina-sidor/":
        raise RuntimeError(f"sign-in failed: {done.status_code} {done.text[:300]}")
    return finished - started, finished - callback_started, cookies


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    site, count, threads, cookie_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    usernames = [person["username"] for person in PERSONS if person["acr"].endswith(("loa3", "loa4"))]
    sign_in(site, usernames[0])  # warm up: discovery document and keys
    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(lambda n: sign_in(site, usernames[n % len(usernames)]), range(count)))
    elapsed = time.perf_counter() - started
    totals = [total * 1000 for total, _callback, _cookies in results]
    callbacks = [callback * 1000 for _total, callback, _cookies in results]
    anna = sign_in(site, "anna")[2]
    Path(cookie_file).write_text("; ".join(f"{name}={value}" for name, value in anna.items()))
    print(
        json.dumps(
            {
                "sign_ins": count,
                "threads": threads,
                "sign_ins_per_s": round(count / elapsed, 1),
                "whole_p50_ms": round(statistics.median(totals), 1),
                "whole_p99_ms": round(percentile(totals, 0.99), 1),
                "callback_p50_ms": round(statistics.median(callbacks), 1),
                "callback_p99_ms": round(percentile(callbacks, 0.99), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
