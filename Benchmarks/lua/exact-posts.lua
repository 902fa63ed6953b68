-- Shared by comments.lua and votes.lua: each wrk thread sends exactly its share of LOAD_TOTAL
-- POSTs (the first thread also takes the remainder), tallies the answers by status, and stops
-- once every one of its POSTs is answered, so the database can be checked against the tallies.
--
-- The parameters come from the environment, because setup() and done() run in wrk's main Lua
-- state, which never sees the script's command-line arguments:
--   LOAD_TOTAL    POSTs to send, over all threads
--   LOAD_THREADS  the -t given to wrk
--   LOAD_DONE     a folder (optional); each thread leaves a file there once its share is
--                 answered. wrk's main thread sleeps through the whole -d however early its
--                 threads stop, so the caller watches for these files and wakes wrk with SIGINT.
--
-- A POST's number is taken in delay(), not in request(): wrk calls request() once more on the
-- first thread before it starts, only to count the requests in the string, and that string is
-- never sent. delay() runs on the running thread only, once before each request it sends, so
-- counting there counts exactly the requests that go out. Once the share is taken, delay()
-- parks the connection for a day; the thread has stopped long before that.
--
-- wrk runs LuaJIT (Lua 5.1): no integer division operator, hence math.floor.

local M = {}

-- Each thread's client addresses come from a block of its own, so no two threads share one.
local BLOCK = 100000
-- Threads past this would run out of the 128 second octets a script has (see address()).
local MAX_THREADS = 64
local PARK_MS = 24 * 60 * 60 * 1000
local KEYS = { "s201", "s202", "s409", "s429", "s4xx", "s5xx", "other" }

-- Wall-clock time in seconds, to the microsecond, through LuaJIT's FFI; nil without it (then
-- done() falls back on wrk's own run time, which includes the wait for the caller's SIGINT).
local has_ffi, ffi = pcall(require, "ffi")
local timeval
if has_ffi and pcall(ffi.cdef, [[
  typedef struct { long tv_sec; long tv_usec; } exact_posts_timeval;
  int gettimeofday(exact_posts_timeval *tv, void *tz);
]]) then
  timeval = ffi.new("exact_posts_timeval")
end

local function now()
  if not timeval then return nil end
  ffi.C.gettimeofday(timeval, nil)
  return tonumber(timeval.tv_sec) + tonumber(timeval.tv_usec) / 1e6
end

local function env_number(name)
  local value = tonumber(os.getenv(name) or "")
  if not value or value < 0 or value ~= math.floor(value) then
    error(name .. " must be set to a whole number, not " .. tostring(os.getenv(name)))
  end
  return value
end

local function tally_key(status)
  if status == 201 or status == 202 or status == 409 or status == 429 then return "s" .. status end
  if status >= 400 and status < 500 then return "s4xx" end
  if status >= 500 then return "s5xx" end
  return "other"
end

-- phase.name: printed in the RESULT line.
-- phase.per_address: the most POSTs any one client address sends.
-- phase.octet: the first of 128 second octets this script's addresses use (10.octet.x.y and up),
--   so two scripts can keep their addresses apart.
-- phase.build(number, address): the request for POST `number` (1 to LOAD_TOTAL, over all
--   threads), sent as if from `address`.
function M.define(phase)
  local threads = {}

  function setup(thread)
    table.insert(threads, thread)
    thread:set("id", #threads)
  end

  -- Per thread, from here on: each thread has a Lua state of its own.
  local share, first_number, done_dir, healthz
  local taken, head, tail, queue, finished = 0, 0, 0, {}, false

  function init(args)
    local total, count = env_number("LOAD_TOTAL"), env_number("LOAD_THREADS")
    if id > MAX_THREADS then error("at most " .. MAX_THREADS .. " threads") end
    local base = math.floor(total / count)
    local remainder = total - base * count
    share = base + (id == 1 and remainder or 0)
    first_number = id == 1 and 0 or remainder + (id - 1) * base
    if share > 0 and math.floor((share - 1) / phase.per_address) >= BLOCK then
      error(string.format("a thread's %d POSTs need more than %d addresses; use more threads", share, BLOCK))
    end
    done_dir = os.getenv("LOAD_DONE")
    if done_dir == "" then done_dir = nil end
    -- Only ever sent if wrk asks for a request nothing was counted for (a connection that
    -- failed and reconnects); its answer ("ok\n") is told apart in response() and not tallied.
    healthz = wrk.format("GET", "/healthz")
    -- Globals, so done() can read them with thread:get().
    posted, answered, ignored = 0, 0, 0
    for _, key in ipairs(KEYS) do _G["tally_" .. key] = 0 end
  end

  -- 10.(octet + a).b.c for the thread's nth POST, where a.b.c is a 24-bit index: the thread's
  -- block, then one address per `per_address` POSTs.
  local function address(n)
    local index = id * BLOCK + math.floor((n - 1) / phase.per_address)
    return string.format("10.%d.%d.%d", phase.octet + math.floor(index / 65536),
      math.floor(index / 256) % 256, index % 256)
  end

  local function finish()
    if finished then return end
    finished = true
    t_last = now()
    if done_dir then
      local marker = io.open(done_dir .. "/thread-" .. id, "w")
      if marker then marker:close() end
    end
    wrk.thread:stop()
  end

  function delay()
    if taken < share then
      taken = taken + 1
      if taken == 1 then t_first = now() end
      tail = tail + 1
      queue[tail] = taken
      return 0
    end
    -- A thread with nothing to send (more threads than POSTs) stops here.
    if answered >= share then finish() end
    return PARK_MS
  end

  function request()
    if head < tail then
      head = head + 1
      local n = queue[head]
      queue[head] = nil
      posted = posted + 1
      return phase.build(first_number + n, address(n))
    end
    return healthz
  end

  function response(status, headers, body)
    if status == 200 and body == "ok\n" then
      ignored = ignored + 1
      return
    end
    answered = answered + 1
    local key = "tally_" .. tally_key(status)
    _G[key] = _G[key] + 1
    if answered >= share then finish() end
  end

  function done(summary, latency, requests)
    local sum = { posted = 0, answered = 0, ignored = 0 }
    for _, key in ipairs(KEYS) do sum[key] = 0 end
    local first, last, timed = nil, nil, true
    for _, thread in ipairs(threads) do
      for _, name in ipairs({ "posted", "answered", "ignored" }) do
        sum[name] = sum[name] + (thread:get(name) or 0)
      end
      for _, key in ipairs(KEYS) do
        sum[key] = sum[key] + (thread:get("tally_" .. key) or 0)
      end
      local a, b = thread:get("t_first"), thread:get("t_last")
      if a and (not first or a < first) then first = a end
      if b and (not last or b > last) then last = b end
      -- A thread that sent something but never finished leaves the run untimed by the threads.
      if a and not b then timed = false end
    end
    local seconds
    if timed and first and last and last > first then
      seconds = last - first
    else
      seconds = summary.duration / 1e6
    end
    local e = summary.errors
    local errors = e.connect + e.read + e.write + e.timeout
    local rate = sum.answered / seconds
    local p50, p90, p99 = latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000
    io.write(string.format("   %d POSTs sent, %d answered in %.2f s: %.0f requests/s\n", sum.posted, sum.answered, seconds, rate))
    io.write(string.format("   latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", p50, p90, p99, latency.max / 1000))
    io.write(string.format("   answers: 201 %d, 202 %d, 409 %d, 429 %d, other 4xx %d, 5xx %d, other %d\n",
      sum.s201, sum.s202, sum.s409, sum.s429, sum.s4xx, sum.s5xx, sum.other))
    io.write(string.format("   socket errors: connect %d, read %d, write %d, timeout %d\n", e.connect, e.read, e.write, e.timeout))
    if sum.ignored > 0 then
      io.write(string.format("   (%d /healthz requests sent after reconnections, not counted)\n", sum.ignored))
    end
    io.write(string.format("RESULT phase=%s posted=%d answered=%d s201=%d s202=%d s409=%d s429=%d s4xx=%d s5xx=%d other=%d "
      .. "errors=%d rps=%.1f seconds=%.3f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f\n",
      phase.name, sum.posted, sum.answered, sum.s201, sum.s202, sum.s409, sum.s429, sum.s4xx, sum.s5xx, sum.other,
      errors, rate, seconds, p50, p90, p99))
  end
end

return M
