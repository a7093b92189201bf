-- wrk script: prints latency percentiles (including p95, which wrk's own report leaves out) and throughput.
-- With WRK_PATHS set (paths separated by spaces), each request takes the next of those paths in turn, so
-- that a benchmark does not measure one query answered again and again.
local paths = {}
for path in string.gmatch(os.getenv("WRK_PATHS") or "", "%S+") do
  paths[#paths + 1] = path
end
local next_path = 0

if #paths > 0 then
  request = function()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
  end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d errors=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f\n",
    summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
