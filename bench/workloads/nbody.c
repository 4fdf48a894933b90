/* nbody: the Computer Language Benchmarks Game n-body simulation
 * (Jovian planets, symplectic integrator), 1,000,000 steps of dt = 0.01.
 * Prints the total energy before and after, to 9 decimals. */
#include "common/env.h"

#define PI 3.141592653589793
#define SOLAR_MASS (4.0 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define N_BODIES 5
#define STEPS 1000000

/* __builtin_sqrt lowers to f64.sqrt; there is no libm. */
#define sqrt(x) __builtin_sqrt(x)

struct body {
  double x, y, z, vx, vy, vz, mass;
};

#define BODY(x, y, z, vx, vy, vz, mass) \
  {x, y, z, (vx) * DAYS_PER_YEAR, (vy) * DAYS_PER_YEAR, (vz) * DAYS_PER_YEAR, (mass) * SOLAR_MASS}

static struct body bodies[N_BODIES] = {
    /* Sun */
    BODY(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
    /* Jupiter */
    BODY(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
         9.54791938424326609e-04),
    /* Saturn */
    BODY(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
         2.85885980666130812e-04),
    /* Uranus */
    BODY(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
         4.36624404335156298e-05),
    /* Neptune */
    BODY(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
         5.15138902395898574e-05),
};

/* Gives the Sun the velocity that makes the total momentum zero. */
static void offset_momentum(struct body *b) {
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < N_BODIES; i++) {
    px += b[i].vx * b[i].mass;
    py += b[i].vy * b[i].mass;
    pz += b[i].vz * b[i].mass;
  }
  b[0].vx = -px / SOLAR_MASS;
  b[0].vy = -py / SOLAR_MASS;
  b[0].vz = -pz / SOLAR_MASS;
}

static double energy(const struct body *b) {
  double e = 0.0;
  for (int i = 0; i < N_BODIES; i++) {
    e += 0.5 * b[i].mass * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
    for (int j = i + 1; j < N_BODIES; j++) {
      double dx = b[i].x - b[j].x;
      double dy = b[i].y - b[j].y;
      double dz = b[i].z - b[j].z;
      double distance = sqrt(dx * dx + dy * dy + dz * dz);
      e -= b[i].mass * b[j].mass / distance;
    }
  }
  return e;
}

static void advance(struct body *b, double dt) {
  for (int i = 0; i < N_BODIES; i++) {
    for (int j = i + 1; j < N_BODIES; j++) {
      double dx = b[i].x - b[j].x;
      double dy = b[i].y - b[j].y;
      double dz = b[i].z - b[j].z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * sqrt(d2));
      double mi = b[i].mass * mag;
      double mj = b[j].mass * mag;
      b[i].vx -= dx * mj;
      b[i].vy -= dy * mj;
      b[i].vz -= dz * mj;
      b[j].vx += dx * mi;
      b[j].vy += dy * mi;
      b[j].vz += dz * mi;
    }
  }
  for (int i = 0; i < N_BODIES; i++) {
    b[i].x += dt * b[i].vx;
    b[i].y += dt * b[i].vy;
    b[i].z += dt * b[i].vz;
  }
}

BENCH_MAIN {
  offset_momentum(bodies);
  println_f64(energy(bodies), 9);
  for (int step = 0; step < STEPS; step++) advance(bodies, 0.01);
  println_f64(energy(bodies), 9);
}
