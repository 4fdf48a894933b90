// A small bank: accounts as structs with deposits, withdrawals that may be
// refused, transfers between two accounts and interest in integer cents.
struct Account {
    id: u32,
    balance_cents: i64,
    transactions: u32,
}

impl Account {
    fn open(id: u32, initial: i64) -> Account {
        Account { id, balance_cents: initial, transactions: 1 }
    }

    fn deposit(&mut self, cents: i64) {
        self.balance_cents += cents;
        self.transactions += 1;
    }

    fn withdraw(&mut self, cents: i64) -> bool {
        if cents > self.balance_cents {
            println!("account {}: refused to withdraw {}", self.id, cents);
            return false;
        }
        self.balance_cents -= cents;
        self.transactions += 1;
        true
    }

    fn add_interest(&mut self, basis_points: i64) {
        self.balance_cents += self.balance_cents * basis_points / 10_000;
    }

    fn report(&self) {
        println!("account {}: {}.{:02} ({} transactions)", self.id,
                 self.balance_cents / 100, self.balance_cents % 100, self.transactions);
    }
}

fn transfer(from: &mut Account, to: &mut Account, cents: i64) -> bool {
    if from.withdraw(cents) {
        to.deposit(cents);
        true
    } else {
        false
    }
}

fn main() {
    let mut alice = Account::open(1, 10_000);
    let mut bob = Account::open(2, 2_550);
    alice.deposit(1_234);
    alice.report();
    bob.report();
    println!("transfer ok: {}", transfer(&mut alice, &mut bob, 5_000));
    println!("transfer ok: {}", transfer(&mut bob, &mut alice, 100_000));
    alice.add_interest(250);
    bob.add_interest(250);
    alice.report();
    bob.report();
}

// CHECK:STDOUT: account 1: 112.34 (2 transactions)
// CHECK:STDOUT: account 2: 25.50 (1 transactions)
// CHECK:STDOUT: transfer ok: true
// CHECK:STDOUT: account 2: refused to withdraw 100000
// CHECK:STDOUT: transfer ok: false
// CHECK:STDOUT: account 1: 63.89 (3 transactions)
// CHECK:STDOUT: account 2: 77.38 (2 transactions)
