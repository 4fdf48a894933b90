// The `bank` module: a private field and a private fn, and a type error
// whose location must name this file.
pub struct Account {
    balance: i64,
}

impl Account {
    pub fn open(amount: i64) -> Account {
        Account { balance: amount }
    }
}

fn audit(a: &Account) -> bool {
    let limit: i64 = "none";
    a.balance > limit
}
