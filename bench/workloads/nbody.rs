// nbody: the Computer Language Benchmarks Game n-body simulation
// (Jovian planets, symplectic integrator), 1,000,000 steps of dt = 0.01.
// Prints the total energy before and after, to 9 decimals.
const PI: f64 = 3.141592653589793;
const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;
const N_BODIES: usize = 5;
const STEPS: u32 = 1000000;

struct Body {
    x: f64,
    y: f64,
    z: f64,
    vx: f64,
    vy: f64,
    vz: f64,
    mass: f64,
}

impl Body {
    // Initial conditions are given in AU, AU/day and solar masses.
    fn new(x: f64, y: f64, z: f64, vx: f64, vy: f64, vz: f64, mass: f64) -> Body {
        Body {
            x: x,
            y: y,
            z: z,
            vx: vx * DAYS_PER_YEAR,
            vy: vy * DAYS_PER_YEAR,
            vz: vz * DAYS_PER_YEAR,
            mass: mass * SOLAR_MASS,
        }
    }

    fn kinetic_energy(&self) -> f64 {
        0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy + self.vz * self.vz)
    }
}

struct System {
    bodies: [Body; N_BODIES],
}

impl System {
    fn new() -> System {
        System {
            bodies: [
                // Sun
                Body::new(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
                // Jupiter
                Body::new(
                    4.84143144246472090e+00,
                    -1.16032004402742839e+00,
                    -1.03622044471123109e-01,
                    1.66007664274403694e-03,
                    7.69901118419740425e-03,
                    -6.90460016972063023e-05,
                    9.54791938424326609e-04,
                ),
                // Saturn
                Body::new(
                    8.34336671824457987e+00,
                    4.12479856412430479e+00,
                    -4.03523417114321381e-01,
                    -2.76742510726862411e-03,
                    4.99852801234917238e-03,
                    2.30417297573763929e-05,
                    2.85885980666130812e-04,
                ),
                // Uranus
                Body::new(
                    1.28943695621391310e+01,
                    -1.51111514016986312e+01,
                    -2.23307578892655734e-01,
                    2.96460137564761618e-03,
                    2.37847173959480950e-03,
                    -2.96589568540237556e-05,
                    4.36624404335156298e-05,
                ),
                // Neptune
                Body::new(
                    1.53796971148509165e+01,
                    -2.59193146099879641e+01,
                    1.79258772950371181e-01,
                    2.68067772490389322e-03,
                    1.62824170038242295e-03,
                    -9.51592254519715870e-05,
                    5.15138902395898574e-05,
                ),
            ],
        }
    }

    // Gives the Sun the velocity that makes the total momentum zero.
    fn offset_momentum(&mut self) {
        let mut px: f64 = 0.0;
        let mut py: f64 = 0.0;
        let mut pz: f64 = 0.0;
        for i in 0..N_BODIES {
            px += self.bodies[i].vx * self.bodies[i].mass;
            py += self.bodies[i].vy * self.bodies[i].mass;
            pz += self.bodies[i].vz * self.bodies[i].mass;
        }
        self.bodies[0].vx = -px / SOLAR_MASS;
        self.bodies[0].vy = -py / SOLAR_MASS;
        self.bodies[0].vz = -pz / SOLAR_MASS;
    }

    fn energy(&self) -> f64 {
        let mut e: f64 = 0.0;
        for i in 0..N_BODIES {
            e += self.bodies[i].kinetic_energy();
            for j in (i + 1)..N_BODIES {
                let dx = self.bodies[i].x - self.bodies[j].x;
                let dy = self.bodies[i].y - self.bodies[j].y;
                let dz = self.bodies[i].z - self.bodies[j].z;
                let distance = (dx * dx + dy * dy + dz * dz).sqrt();
                e -= self.bodies[i].mass * self.bodies[j].mass / distance;
            }
        }
        e
    }

    fn advance(&mut self, dt: f64) {
        for i in 0..N_BODIES {
            for j in (i + 1)..N_BODIES {
                let dx = self.bodies[i].x - self.bodies[j].x;
                let dy = self.bodies[i].y - self.bodies[j].y;
                let dz = self.bodies[i].z - self.bodies[j].z;
                let d2 = dx * dx + dy * dy + dz * dz;
                let mag = dt / (d2 * d2.sqrt());
                let mi = self.bodies[i].mass * mag;
                let mj = self.bodies[j].mass * mag;
                self.bodies[i].vx -= dx * mj;
                self.bodies[i].vy -= dy * mj;
                self.bodies[i].vz -= dz * mj;
                self.bodies[j].vx += dx * mi;
                self.bodies[j].vy += dy * mi;
                self.bodies[j].vz += dz * mi;
            }
        }
        for i in 0..N_BODIES {
            self.bodies[i].x += dt * self.bodies[i].vx;
            self.bodies[i].y += dt * self.bodies[i].vy;
            self.bodies[i].z += dt * self.bodies[i].vz;
        }
    }
}

fn main() {
    let mut system = System::new();
    system.offset_momentum();
    println!("{:.9}", system.energy());
    for _ in 0..STEPS {
        system.advance(0.01);
    }
    println!("{:.9}", system.energy());
}
