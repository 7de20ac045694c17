-- String building: integers formatted and appended to a buffer table, then scanned.
local total = tonumber(arg[1]) or 1000000
local parts = {}
for i = 0, total - 1 do
  parts[#parts + 1] = tostring(i * i % 100003)
  if i % 10 == 9 then
    parts[#parts + 1] = ";\n"
  else
    parts[#parts + 1] = ","
  end
end
local text = table.concat(parts)
local lines = {}
local start = 1
while true do
  local newline = string.find(text, "\n", start, true)
  if not newline then
    lines[#lines + 1] = string.sub(text, start)
    break
  end
  lines[#lines + 1] = string.sub(text, start, newline - 1)
  start = newline + 1
end
local _, sevens = string.gsub(text, "7", "")
print(string.format("%d bytes, %d lines, %d sevens", #text, #lines, sevens))
print(lines[#lines // 2 + 1])
