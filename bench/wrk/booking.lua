-- POSTs a booking to /clients/{id}/appointments as the signed-in consultant, with the CSRF token of
-- her session: a random client, one of the generated consultants (in her working hours, Monday to
-- Friday 9:00 to 17:00), a whole hour on a random weekday in the next five years. A booking answers
-- 303; one that overlaps an earlier booking gets its form back with the refusal (200), as a person would.
-- BENCH_BOOKING: "<type id> <location id> <first consultant id> <last consultant id>" (the accounts file).
package.path = (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua;" .. package.path
local common = require("common")

setup = common.setup
init = function(args)
  common.init()
  type_id, location_id, consultant_lo, consultant_hi = os.getenv("BENCH_BOOKING"):match("(%d+) (%d+) (%d+) (%d+)")
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
request = function()
  local day = os.time() + 86400 * math.random(7, 5 * 365)
  while os.date("!%w", day) == "0" or os.date("!%w", day) == "6" do day = day + 86400 end
  local body = "csrf-token=" .. token .. "&typeId=" .. type_id .. "&babyId=&consultantId="
    .. math.random(tonumber(consultant_lo), tonumber(consultant_hi)) .. "&locationId=" .. location_id
    .. "&day=" .. os.date("!%Y-%m-%d", day) .. "&time=" .. string.format("%02d:00", math.random(9, 15))
    .. "&videoLink=&version="
  return wrk.format("POST", "/clients/" .. math.random(id_lo, id_hi) .. "/appointments", nil, body)
end
done = common.done
