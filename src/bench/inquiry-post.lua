-- wrk script: POSTs a different information request each time (its own e-mail and idempotency key), and
-- prints throughput and latency percentiles like percentiles.lua. WRK_RUN labels the addresses.
local run = os.getenv("WRK_RUN") or "sat"
local counter = 0
local thread_id = 0
local threads = {}

setup = function(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  table.insert(threads, thread)
end

request = function()
  counter = counter + 1
  local email = string.format("sat-%s-%d-%d@bench.tremplin.test", run, id, counter)
  local body = string.format('{"firstName":"Awa","lastName":"Essai","email":"%s","countryOfResidence":"SN",'
    .. '"citizenship":"SN","consentToContact":true,"programIds":[]}', email)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Idempotency-Key"] = email}, body)
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
