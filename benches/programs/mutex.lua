-- Mutex: a thousand coroutines each increment a shared counter a thousand times under a
-- lock. Coroutines only switch where they yield, so each yields every 100 increments
-- (standing in for preemption) and waits while the lock is held.
local workers = tonumber(arg[1]) or 1000
local increments = 1000
local lock = { held = false }

local function acquire()
  while lock.held do coroutine.yield() end
  lock.held = true
end

local function release()
  lock.held = false
end

local counter = 0
local tasks = {}
for w = 1, workers do
  tasks[w] = coroutine.create(function()
    for i = 1, increments do
      acquire()
      counter = counter + 1
      release()
      if i % 100 == 0 then coroutine.yield() end
    end
  end)
end
local running = tasks
while #running > 0 do
  local still = {}
  for _, task in ipairs(running) do
    coroutine.resume(task)
    if coroutine.status(task) ~= "dead" then still[#still + 1] = task end
  end
  running = still
end
print(counter)
