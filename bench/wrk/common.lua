-- Shared by the wrk scripts of bench/load-benchmark.sh: sessions, random ids, the result line.
--
-- BENCH_SESSIONS  a file, one signed-in session a line: "<Cookie header>\t<CSRF token>"; the wrk
--                 threads take them in turn (each thread keeps one session for the run)
-- BENCH_PATH      the path to request; "{id}" becomes a random id in [BENCH_ID_LO, BENCH_ID_HI],
--                 "{name}" a random name from the generator's first and last names

local M = {}

M.names = { "Sofia", "Amara", "Lena", "Mia", "Hana", "Priya", "Grace", "Noor", "Elena", "Aisha", "Chloe",
  "Reyes", "Okafor", "Lindqvist", "Nguyen", "Kowalski", "Haddad", "Silva", "Jensen", "Moreau", "Tanaka",
  "sofia reyes", "mia nguyen", "grace silva", "Leo", "Ava", "Noah" }

function M.read_sessions()
  local sessions = {}
  local file = os.getenv("BENCH_SESSIONS")
  if file then
    for line in io.lines(file) do
      local cookie, token = line:match("^([^\t]*)\t?(.*)$")
      if cookie and cookie ~= "" then sessions[#sessions + 1] = { cookie = cookie, token = token } end
    end
  end
  return sessions
end

local thread_count = 0
function M.setup(thread)
  local sessions = M.read_sessions()
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
  if #sessions > 0 then
    local s = sessions[(thread_count - 1) % #sessions + 1]
    thread:set("cookie", s.cookie)
    thread:set("token", s.token)
  end
end

function M.init()
  math.randomseed(os.time() + (thread_id or 0) * 7919)
  path_template = os.getenv("BENCH_PATH") or "/"
  id_lo = tonumber(os.getenv("BENCH_ID_LO") or "1")
  id_hi = tonumber(os.getenv("BENCH_ID_HI") or "1")
  if cookie then wrk.headers["Cookie"] = cookie end
  wrk.headers["Accept-Encoding"] = "gzip"
end

local function escape(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function M.path()
  local p = path_template:gsub("{id}", function() return tostring(math.random(id_lo, id_hi)) end)
  return (p:gsub("{name}", function() return escape(M.names[math.random(#M.names)]) end))
end

-- one line the shell script parses: requests, seconds, rps, p50 ms, p99 ms, max ms, bad status, socket errors
function M.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %d %.2f %.1f %.2f %.2f %.2f %d %d\n", summary.requests, seconds,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end

return M
