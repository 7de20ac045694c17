-- Word count: a table from string to integer under many lookups and updates. The words
-- come from a linear congruential generator so every implementation sees the same text.
local syllables = { "ka", "lo", "mi", "ne", "ru", "so", "ta", "vi",
  "wen", "dar", "ith", "ol", "pre", "qua", "ber", "ux" }

local total = tonumber(arg[1]) or 1000000
local counts = {}
local state = 42
for _ = 1, total do
  state = (state * 1103515245 + 12345) % 2147483648
  local word = syllables[(state >> 8 & 15) + 1] .. syllables[(state >> 12 & 15) + 1]
  if state >> 16 & 3 ~= 0 then
    word = word .. syllables[(state >> 18 & 15) + 1]
  end
  counts[word] = (counts[word] or 0) + 1
end
local words = {}
for word in pairs(counts) do words[#words + 1] = word end
table.sort(words, function(a, b)
  if counts[a] ~= counts[b] then return counts[a] > counts[b] end
  return a < b
end)
print(string.format("%d words, %d distinct", total, #words))
for i = 1, 5 do
  print(string.format("%s %d", words[i], counts[words[i]]))
end
