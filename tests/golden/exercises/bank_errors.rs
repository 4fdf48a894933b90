// A bank with typed errors: `?` through ok_or into a custom error enum
// with Display and Error impls, `Box<dyn Error>` from a custom error,
// struct-like variants, HashMap of accounts, and `{:#?}` of a reference
// inside an Option.
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Account { id: u32, owner: String, balance: i64, history: Vec<Tx> }

#[derive(Debug, Clone, PartialEq)]
enum Tx { Deposit(i64), Withdraw(i64), Transfer { to: u32, amount: i64 } }

#[derive(Debug)]
enum BankError { NotFound(u32), Insufficient { need: i64, have: i64 } }

impl std::fmt::Display for BankError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BankError::NotFound(id) => write!(f, "account {} not found", id),
            BankError::Insufficient { need, have } => write!(f, "need {} have {}", need, have),
        }
    }
}

impl std::error::Error for BankError {}

struct Bank { accounts: HashMap<u32, Account>, next: u32 }

impl Bank {
    fn new() -> Self { Bank { accounts: HashMap::new(), next: 1 } }
    fn open(&mut self, owner: &str) -> u32 {
        let id = self.next;
        self.next += 1;
        self.accounts.insert(id, Account { id, owner: owner.into(), balance: 0, history: Vec::new() });
        id
    }
    fn get_mut(&mut self, id: u32) -> Result<&mut Account, BankError> {
        self.accounts.get_mut(&id).ok_or(BankError::NotFound(id))
    }
    fn deposit(&mut self, id: u32, amt: i64) -> Result<i64, BankError> {
        let a = self.get_mut(id)?;
        a.balance += amt;
        a.history.push(Tx::Deposit(amt));
        Ok(a.balance)
    }
    fn withdraw(&mut self, id: u32, amt: i64) -> Result<i64, Box<dyn std::error::Error>> {
        let a = self.get_mut(id)?;
        if a.balance < amt {
            return Err(Box::new(BankError::Insufficient { need: amt, have: a.balance }));
        }
        a.balance -= amt;
        a.history.push(Tx::Withdraw(amt));
        Ok(a.balance)
    }
    fn transfer(&mut self, from: u32, to: u32, amt: i64) -> Result<(), BankError> {
        if !self.accounts.contains_key(&to) { return Err(BankError::NotFound(to)); }
        {
            let a = self.get_mut(from)?;
            if a.balance < amt { return Err(BankError::Insufficient { need: amt, have: a.balance }); }
            a.balance -= amt;
            a.history.push(Tx::Transfer { to, amount: amt });
        }
        self.get_mut(to)?.balance += amt;
        Ok(())
    }
}

fn main() {
    let mut bank = Bank::new();
    let a = bank.open("ann");
    let b = bank.open("bob");
    println!("{:?}", bank.deposit(a, 100));
    println!("{:?}", bank.deposit(9, 5).map_err(|e| e.to_string()));
    match bank.withdraw(a, 500) { Ok(v) => println!("ok {}", v), Err(e) => println!("error: {}", e) }
    match bank.withdraw(a, 30) { Ok(v) => println!("ok {}", v), Err(e) => println!("error: {}", e) }
    if let Err(e) = bank.transfer(a, b, 1000) { println!("{}", e); }
    bank.transfer(a, b, 20).unwrap();
    let mut ids: Vec<&u32> = bank.accounts.keys().collect();
    ids.sort();
    for id in ids {
        let acc = &bank.accounts[id];
        println!("{} {} {} {:?}", acc.id, acc.owner, acc.balance, acc.history);
    }
    let richest = bank.accounts.values().max_by_key(|a| a.balance).map(|a| a.owner.clone());
    println!("{:?}", richest);
    let total: i64 = bank.accounts.values().map(|a| a.balance).sum();
    println!("{total}");
    let acc = bank.accounts.get(&a).cloned().unwrap_or_else(|| panic!("gone"));
    let deposits = acc.history.iter().filter(|t| matches!(t, Tx::Deposit(_))).count();
    println!("{} {:#?}", deposits, acc.history.last());
}

// CHECK:STDOUT: Ok(100)
// CHECK:STDOUT: Err("account 9 not found")
// CHECK:STDOUT: error: need 500 have 100
// CHECK:STDOUT: ok 70
// CHECK:STDOUT: need 1000 have 70
// CHECK:STDOUT: 1 ann 50 [Deposit(100), Withdraw(30), Transfer { to: 2, amount: 20 }]
// CHECK:STDOUT: 2 bob 20 []
// CHECK:STDOUT: Some("ann")
// CHECK:STDOUT: 70
// CHECK:STDOUT: 1 Some(
// CHECK:STDOUT:     Transfer {
// CHECK:STDOUT:         to: 2,
// CHECK:STDOUT:         amount: 20,
// CHECK:STDOUT:     },
// CHECK:STDOUT: )
