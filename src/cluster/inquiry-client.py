#!/usr/bin/env python3
"""Information requests sent as a partner site would, for the failure tests: THREADS senders post new requests to
URL/api/inquiries for SECONDS seconds, each a new person with its own Idempotency-Key. A request that gets no
answer, or 502/503/504, is sent again with the same key (after Retry-After when given, else half a second), as a
client should, up to 20 times. Writes one line per request to OUT: e-mail, final status, attempts, first sent and
answered (epoch seconds); prints a summary.

    src/cluster/inquiry-client.py URL SECONDS THREADS RUN OUT
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

url, seconds, threads, run, out = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
target = urllib.parse.urlparse(url)
lines = []
lock = threading.Lock()
deadline = time.time() + seconds


def post(connection, email):
    body = json.dumps({"firstName": "Awa", "lastName": "Essai", "email": email, "countryOfResidence": "SN",
                       "citizenship": "SN", "consentToContact": True, "programIds": []})
    connection.request("POST", "/api/inquiries", body=body,
                       headers={"Content-Type": "application/json", "Idempotency-Key": email})
    response = connection.getresponse()
    response.read()
    return response.status, response.getheader("Retry-After")


def sender(number):
    connection = None
    count = 0
    while time.time() < deadline:
        count += 1
        email = f"fail-{run}-{number}-{count}@cluster.tremplin.test"
        first = time.time()
        status, attempts = None, 0
        while attempts < 20:
            attempts += 1
            retry_after = None
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                status, retry_after = post(connection, email)
            except (OSError, http.client.HTTPException):
                status = 0
                connection.close()
                connection = None
            if status not in (0, 502, 503, 504):
                break
            time.sleep(float(retry_after) if retry_after else 0.5)
        with lock:
            lines.append(f"{email}\t{status}\t{attempts}\t{first:.3f}\t{time.time():.3f}\n")


workers = [threading.Thread(target=sender, args=(n,)) for n in range(threads)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
with open(out, "w") as file:
    file.writelines(lines)
statuses = {}
for line in lines:
    status = line.split("\t")[1]
    statuses[status] = statuses.get(status, 0) + 1
retried = sum(1 for line in lines if int(line.split("\t")[2]) > 1)
slowest = max((float(line.split("\t")[4]) - float(line.split("\t")[3]) for line in lines), default=0)
print(f"requests={len(lines)} statuses={statuses} sent_again={retried} longest_wait_s={slowest:.2f}")
