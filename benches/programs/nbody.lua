-- N-body: floating-point arithmetic on a few records, stepped with symplectic Euler.
local timeStep = 0.01
local softening = 0.01
local sqrt = math.sqrt

local function makeBodies()
  local bodies = {}
  for i = 0, 4 do
    local f = i + 0.0
    bodies[i + 1] = {
      x = f * 1.5 - 3.0, y = (i % 2) * 0.7 + 0.1 * f, z = 0.05 * f * f - 0.3,
      vx = 0.01 * (f - 2.0), vy = 0.02 * ((i * 3) % 5 - 2), vz = -0.005 * f,
      mass = 1.0 + 0.25 * f,
    }
  end
  bodies[1].mass = 10.0
  return bodies
end

local function energy(bodies)
  local total = 0.0
  local n = #bodies
  for i = 1, n do
    local a = bodies[i]
    total = total + 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
    for j = i + 1, n do
      local b = bodies[j]
      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
      total = total - a.mass * b.mass / sqrt(dx * dx + dy * dy + dz * dz + softening)
    end
  end
  return total
end

local function advance(bodies, n)
  for i = 1, n do
    local a = bodies[i]
    for j = i + 1, n do
      local b = bodies[j]
      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
      local squared = dx * dx + dy * dy + dz * dz + softening
      local magnitude = timeStep / (squared * sqrt(squared))
      a.vx = a.vx - dx * b.mass * magnitude
      a.vy = a.vy - dy * b.mass * magnitude
      a.vz = a.vz - dz * b.mass * magnitude
      b.vx = b.vx + dx * a.mass * magnitude
      b.vy = b.vy + dy * a.mass * magnitude
      b.vz = b.vz + dz * a.mass * magnitude
    end
  end
  for i = 1, n do
    local body = bodies[i]
    body.x = body.x + timeStep * body.vx
    body.y = body.y + timeStep * body.vy
    body.z = body.z + timeStep * body.vz
  end
end

local steps = tonumber(arg[1]) or 5000000
local bodies = makeBodies()
print(string.format("%.9f", energy(bodies)))
for _ = 1, steps do
  advance(bodies, #bodies)
end
print(string.format("%.9f", energy(bodies)))
