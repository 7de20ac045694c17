-- Select fan-in: eight producer coroutines and one consumer. With every producer always
-- ready, the consumer's choice is modelled as a rotation over the producers.
local producers = 8
local total = tonumber(arg[1]) or 2000000
local perProducer = total // producers

local function produce(id, count)
  return coroutine.wrap(function()
    for i = 0, count - 1 do
      coroutine.yield(i * producers + id)
    end
  end)
end

local sources = {}
local received = {}
for id = 0, producers - 1 do
  sources[id] = produce(id, perProducer)
  received[id] = 0
end
local sum = 0
local choice = 0
for _ = 1, perProducer * producers do
  sum = sum + sources[choice]()
  received[choice] = received[choice] + 1
  choice = (choice + 1) % producers
end
local counts = {}
for id = 0, producers - 1 do counts[#counts + 1] = tostring(received[id]) end
print(sum .. " [" .. table.concat(counts, " ") .. "]")
