"""N-body: floating-point arithmetic on a few objects, stepped with symplectic Euler."""
import math
import sys

TIME_STEP = 0.01
SOFTENING = 0.01


class Body:
    __slots__ = ("x", "y", "z", "vx", "vy", "vz", "mass")


def make_bodies():
    bodies = []
    for i in range(5):
        f = float(i)
        body = Body()
        body.x, body.y, body.z = f * 1.5 - 3.0, (i % 2) * 0.7 + 0.1 * f, 0.05 * f * f - 0.3
        body.vx, body.vy, body.vz = 0.01 * (f - 2.0), 0.02 * ((i * 3) % 5 - 2), -0.005 * f
        body.mass = 1.0 + 0.25 * f
        bodies.append(body)
    bodies[0].mass = 10.0
    return bodies


def energy(bodies):
    total = 0.0
    for i, a in enumerate(bodies):
        total += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for b in bodies[i + 1:]:
            dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
            total -= a.mass * b.mass / math.sqrt(dx * dx + dy * dy + dz * dz + SOFTENING)
    return total


def advance(bodies, pairs, sqrt=math.sqrt):
    for a, b in pairs:
        dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
        squared = dx * dx + dy * dy + dz * dz + SOFTENING
        magnitude = TIME_STEP / (squared * sqrt(squared))
        a.vx -= dx * b.mass * magnitude
        a.vy -= dy * b.mass * magnitude
        a.vz -= dz * b.mass * magnitude
        b.vx += dx * a.mass * magnitude
        b.vy += dy * a.mass * magnitude
        b.vz += dz * a.mass * magnitude
    for body in bodies:
        body.x += TIME_STEP * body.vx
        body.y += TIME_STEP * body.vy
        body.z += TIME_STEP * body.vz


def main(steps):
    bodies = make_bodies()
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    print("%.9f" % energy(bodies))
    for _ in range(steps):
        advance(bodies, pairs)
    print("%.9f" % energy(bodies))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000000)
