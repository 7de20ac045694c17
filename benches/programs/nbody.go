// N-body: floating-point arithmetic on a few structs, stepped with symplectic Euler.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

const timeStep = 0.01
const softening = 0.01

func makeBodies() []*Body {
	bodies := make([]*Body, 5)
	for i := range bodies {
		f := float64(i)
		bodies[i] = &Body{
			x: f*1.5 - 3.0, y: float64(i%2)*0.7 + 0.1*f, z: 0.05*f*f - 0.3,
			vx: 0.01 * (f - 2.0), vy: 0.02 * float64((i*3)%5-2), vz: -0.005 * f,
			mass: 1.0 + 0.25*f,
		}
	}
	bodies[0].mass = 10.0
	return bodies
}

func energy(bodies []*Body) float64 {
	total := 0.0
	for i, a := range bodies {
		total += 0.5 * a.mass * (a.vx*a.vx + a.vy*a.vy + a.vz*a.vz)
		for j := i + 1; j < len(bodies); j++ {
			b := bodies[j]
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			total -= a.mass * b.mass / math.Sqrt(dx*dx+dy*dy+dz*dz+softening)
		}
	}
	return total
}

func advance(bodies []*Body) {
	for i, a := range bodies {
		for j := i + 1; j < len(bodies); j++ {
			b := bodies[j]
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			squared := dx*dx + dy*dy + dz*dz + softening
			magnitude := timeStep / (squared * math.Sqrt(squared))
			a.vx -= dx * b.mass * magnitude
			a.vy -= dy * b.mass * magnitude
			a.vz -= dz * b.mass * magnitude
			b.vx += dx * a.mass * magnitude
			b.vy += dy * a.mass * magnitude
			b.vz += dz * a.mass * magnitude
		}
	}
	for _, body := range bodies {
		body.x += timeStep * body.vx
		body.y += timeStep * body.vy
		body.z += timeStep * body.vz
	}
}

func main() {
	steps := 5000000
	if len(os.Args) > 1 {
		steps, _ = strconv.Atoi(os.Args[1])
	}
	bodies := makeBodies()
	fmt.Printf("%.9f\n", energy(bodies))
	for step := 0; step < steps; step++ {
		advance(bodies)
	}
	fmt.Printf("%.9f\n", energy(bodies))
}
