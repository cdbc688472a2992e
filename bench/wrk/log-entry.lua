-- POSTs a letdown log entry to /portal/log as a signed-in client, with the CSRF token of her session
-- (the hidden field; the csrf-token cookie is in the Cookie header). A saved entry answers 303.
-- BENCH_OCCURRED_AT: the form's time field (yyyy-MM-ddTHH:mm, the server's zone).
package.path = (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua;" .. package.path
local common = require("common")

setup = common.setup
init = function(args)
  common.init()
  occurred_at = os.getenv("BENCH_OCCURRED_AT")
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
request = function()
  local body = "csrf-token=" .. token .. "&occurredAt=" .. occurred_at .. "&feedKind=FEEDING&minutes="
    .. math.random(1, 9) .. "&stress=" .. math.random(0, 10) .. "&pain=" .. math.random(0, 4)
    .. "&pumpedMl=&note=wrk+load+test"
  return wrk.format("POST", "/portal/log", nil, body)
end
done = common.done
