-- wrk script: a webinar's audience sending information requests at a steady rate to POST /api/inquiries.
-- Each request has its own e-mail and Idempotency-Key, so none is refused as a duplicate or by the per-e-mail
-- limit. wrk (not wrk2) cannot hold a rate by itself: each connection waits `delay()` ms between requests, so the
-- offered rate is about connections * 1000 / RATE_DELAY_MS requests per second (set with env RATE_DELAY_MS);
-- when the server is slower than that, the rate drops (coordinated omission: latencies are then understated).
-- Percentiles and throughput at the end, as for the other benchmarks (run from the repository's root).
dofile("src/bench/percentiles.lua")

local counter = 0
local thread_id = 0
local delay_ms = tonumber(os.getenv("RATE_DELAY_MS") or "100")

setup = function(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

init = function(args)
  math.randomseed(os.time() + id)
end

delay = function()
  return delay_ms
end

request = function()
  counter = counter + 1
  local key = string.format("bench-%d-%d-%d-%d", os.time(), id, counter, math.random(1, 1e9))
  local body = string.format([[{"firstName":"Awa","lastName":"Ndiaye","email":"%s@bench.example",
"countryOfResidence":"SN","citizenship":"SN","consentToContact":true,"programIds":[%s],
"attribution":{"utmSource":"webinar","utmCampaign":"bench"}}]], key, os.getenv("PROGRAM_ID") or "")
  return wrk.format("POST", "/api/inquiries",
    {["Content-Type"] = "application/json", ["Idempotency-Key"] = key}, body)
end
