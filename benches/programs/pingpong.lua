-- Ping-pong: the main program and a coroutine hand a counter back and forth.
local roundTrips = tonumber(arg[1]) or 2000000
local ponger = coroutine.wrap(function(value)
  while true do
    value = coroutine.yield(value + 1)
  end
end)
local value = 0
for _ = 1, roundTrips do
  value = ponger(value)
end
print(value)
