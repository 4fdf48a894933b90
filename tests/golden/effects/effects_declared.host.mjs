// The host side of effects_declared.rs.
export default { host: { now: () => 1700000000000 } };
