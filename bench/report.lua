-- Prints one machine-readable line at the end of a wrk run: requests per second, latency
-- percentiles in milliseconds, and the count of answers that were not 2xx/3xx.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local extra = extra_fields and extra_fields() or ""
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d bad=%d%s\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, bad, extra))
end
