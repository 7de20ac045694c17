-- Fannkuch-redux: prefix reversals over every permutation (small arrays, tight loops).
-- Permutations come from Heap's algorithm; the checksum adds the flip count of
-- even-numbered permutations and subtracts that of odd-numbered ones.
-- Arrays are 0-based here (index 0 stored explicitly) to match the Go program.

local function flips(permutation, work, n)
  for i = 0, n - 1 do work[i] = permutation[i] end
  local count = 0
  while work[0] ~= 0 do
    local low, high = 0, work[0]
    while low < high do
      work[low], work[high] = work[high], work[low]
      low, high = low + 1, high - 1
    end
    count = count + 1
  end
  return count
end

local n = tonumber(arg[1]) or 10
local permutation, work, counters = {}, {}, {}
for i = 0, n - 1 do permutation[i] = i; work[i] = 0; counters[i] = 0 end
local checksum, maxFlips, index = 0, 0, 0
local function record()
  local count = flips(permutation, work, n)
  if count > maxFlips then maxFlips = count end
  if index % 2 == 0 then checksum = checksum + count else checksum = checksum - count end
  index = index + 1
end
record()
local i = 1
while i < n do
  if counters[i] < i then
    if i % 2 == 0 then
      permutation[0], permutation[i] = permutation[i], permutation[0]
    else
      local c = counters[i]
      permutation[c], permutation[i] = permutation[i], permutation[c]
    end
    record()
    counters[i] = counters[i] + 1
    i = 1
  else
    counters[i] = 0
    i = i + 1
  end
end
print(string.format("%d permutations, checksum %d, max flips %d", index, checksum, maxFlips))
