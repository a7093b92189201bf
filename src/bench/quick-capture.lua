-- wrk script for the quick capture: each connection is one recruiter's signed-in session (its own cookie, from
-- WRK_COOKIES, one per thread: run wrk with as many threads as connections), and each request is a new person
-- captured at the fair with the form's JSON, a new idempotency key and, when WRK_PROGRAMS names some, programs of
-- interest. Prints throughput and latency percentiles like percentiles.lua.
local cookies = {}
for cookie in string.gmatch(os.getenv("WRK_COOKIES") or "", "%S+") do
  cookies[#cookies + 1] = cookie
end
local programs = os.getenv("WRK_PROGRAMS") or ""
local run = os.getenv("WRK_RUN") or "cap"
-- WRK_PAUSE_MS: how long each recruiter waits after an answer before saving the next person (none: saturation).
local pause = tonumber(os.getenv("WRK_PAUSE_MS") or "0")
local thread_id = 0
local counter = 0

setup = function(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  thread:set("cookie", cookies[(thread_id - 1) % #cookies + 1])
  thread:set("programs", programs)
  thread:set("run", run)
  thread:set("pause", pause)
end

if pause > 0 then
  delay = function()
    return pause
  end
end

request = function()
  counter = counter + 1
  local key = string.format("%s-%d-%d", run, id, counter)
  local body = string.format('{"firstName":"Awa","lastName":"Capture %d","email":"%s@capture.bench.test",'
    .. '"phone":"","countryOfResidence":"SN","note":"","consentToContact":true,"consentToNews":false,'
    .. '"programIds":[%s]}', counter, key, programs)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Accept"] = "application/json",
    ["Idempotency-Key"] = key, ["Cookie"] = cookie}, body)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d errors=%d non2xx=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f\n",
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status,
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
