// Default: the prelude's impls, #[derive(Default)] on structs (named,
// tuple, unit, generic, nested) and on an enum with a #[default] variant,
// user impls, T::default() in generic code and struct update syntax.
#[derive(Debug, Default, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
    tags: Vec<String>,
    limit: Option<usize>,
}

#[derive(Debug, Default)]
struct Pair(i64, char);

#[derive(Debug, Default)]
struct Marker;

#[derive(Debug, Default)]
struct Wrapper<T> {
    inner: T,
    count: usize,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Level {
    Low,
    #[default]
    Medium,
    High,
}

#[derive(Debug, Default)]
struct Settings {
    config: Config,
    level: Level,
    pair: (u8, bool),
}

#[derive(Debug)]
struct Temperature(f64);

impl Default for Temperature {
    fn default() -> Self {
        Temperature(20.5)
    }
}

fn fresh<T: Default>() -> T {
    T::default()
}

fn reset<T: Default>(slot: &mut T) {
    *slot = Default::default();
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let tuned = Config { retries: 3, name: String::from("tuned"), ..Default::default() };
    println!("{:?} {}", tuned, tuned == c);
    println!("{:?} {:?} {:?}", Pair::default(), Marker, Wrapper::<u8>::default());
    let w: Wrapper<Temperature> = Default::default();
    println!("{:?} {:?}", w, Level::default());
    let s = Settings::default();
    println!("{:#?}", s);
    let n: i32 = fresh();
    let t: (String, char, f32) = fresh();
    println!("{} {:?} {:?}", n, t, fresh::<Option<bool>>());
    let mut words = vec!["a".to_string(), "b".to_string()];
    reset(&mut words);
    println!("{:?} {}", words, words.len());
    println!("{} {:?}", Some(5).unwrap_or_default(), None::<String>.unwrap_or_default());
    println!("{}", "x7".parse::<i32>().unwrap_or_default());
}

// CHECK:STDOUT: Config { name: "", retries: 0, verbose: false, ratio: 0.0, tags: [], limit: None }
// CHECK:STDOUT: Config { name: "tuned", retries: 3, verbose: false, ratio: 0.0, tags: [], limit: None } false
// CHECK:STDOUT: Pair(0, '\0') Marker Wrapper { inner: 0, count: 0 }
// CHECK:STDOUT: Wrapper { inner: Temperature(20.5), count: 0 } Medium
// CHECK:STDOUT: Settings {
// CHECK:STDOUT:     config: Config {
// CHECK:STDOUT:         name: "",
// CHECK:STDOUT:         retries: 0,
// CHECK:STDOUT:         verbose: false,
// CHECK:STDOUT:         ratio: 0.0,
// CHECK:STDOUT:         tags: [],
// CHECK:STDOUT:         limit: None,
// CHECK:STDOUT:     },
// CHECK:STDOUT:     level: Medium,
// CHECK:STDOUT:     pair: (
// CHECK:STDOUT:         0,
// CHECK:STDOUT:         false,
// CHECK:STDOUT:     ),
// CHECK:STDOUT: }
// CHECK:STDOUT: 0 ("", '\0', 0.0) None
// CHECK:STDOUT: [] 0
// CHECK:STDOUT: 5 ""
// CHECK:STDOUT: 0
