"""The HTTP client the load scripts share (Python 3 standard library only): one keep-alive connection per
thread, JSON in and out, the time of each call, and percentiles."""
import base64
import http.client
import json
import math
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

_local = threading.local()


class Api:
    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port or 80

    def connection(self, fresh=False):
        if fresh or getattr(_local, "conn", None) is None:
            _local.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        return _local.conn

    def call(self, method, path, token=None, body=None, basic=None):
        """Returns (status, parsed JSON or text, seconds); retries once on a dropped keep-alive connection."""
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        if basic:
            headers["Authorization"] = "Basic " + base64.b64encode(basic.encode()).decode()
        payload = None if body is None else json.dumps(body)
        for attempt in (1, 2):
            conn = self.connection(fresh=attempt == 2)
            try:
                start = time.perf_counter()
                conn.request(method, path, body=payload, headers=headers)
                response = conn.getresponse()
                data = response.read()
                elapsed = time.perf_counter() - start
                break
            except (ConnectionError, http.client.HTTPException, OSError):
                conn.close()
                if attempt == 2:
                    raise
        try:
            parsed = json.loads(data) if data else None
        except ValueError:
            parsed = data.decode(errors="replace")
        return response.status, parsed, elapsed


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


def run_all(workers, items, task):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(task, items))
