-- GET BENCH_PATH (with random ids or names) with a signed-in session; see common.lua.
package.path = (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua;" .. package.path
local common = require("common")

setup = common.setup
init = function(args) common.init() end
request = function() return wrk.format("GET", common.path()) end
done = common.done
