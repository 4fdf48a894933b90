#[wasm::import(module = "console")]
extern "js" {
    #[wasm::import(name )= "logNumber")]
    fn log_number(n: f64);
}

fn main() {
    log_number(2.5);
}
