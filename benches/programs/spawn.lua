-- Spawn: create a million coroutines that all suspend at a gate, then resume each once
-- to release them (coroutine creation, suspension and resumption).
local count = tonumber(arg[1]) or 1000000
local results = {}
local waiting = {}
for i = 0, count - 1 do
  local task = coroutine.create(function(index)
    coroutine.yield()
    results[index + 1] = index % 7
  end)
  coroutine.resume(task, i)
  waiting[i + 1] = task
end
for i = 1, count do
  coroutine.resume(waiting[i])
end
local sum = 0
for i = 1, count do sum = sum + results[i] end
print(count .. " " .. sum)
