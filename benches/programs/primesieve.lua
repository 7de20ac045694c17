-- Concurrent prime sieve: a chain of filter coroutines, one per prime found. Lua bounds
-- how deeply coroutines may resume one another, so the main loop carries each candidate
-- from filter to filter (one resume per hop, as one channel hand-off in the Go program).
local count = tonumber(arg[1]) or 3000

local function filter(prime)
  return coroutine.wrap(function(candidate)
    while true do
      candidate = coroutine.yield(candidate % prime ~= 0)
    end
  end)
end

local filters = {}
local sum, prime = 0, 0
local found = 0
local candidate = 1
while found < count do
  candidate = candidate + 1
  local passed = true
  for i = 1, #filters do
    if not filters[i](candidate) then
      passed = false
      break
    end
  end
  if passed then
    prime = candidate
    sum = sum + prime
    found = found + 1
    filters[#filters + 1] = filter(prime)
  end
end
print(prime .. " " .. sum)
