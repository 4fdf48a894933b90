// A bank ledger: accounts in a Vec, errors as an enum with Display, and
// transfers that either fully happen or leave everything unchanged.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum BankError {
    NoSuchAccount(u32),
    Insufficient { needed: u64, available: u64 },
    SameAccount,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(id) => write!(f, "account #{} does not exist", id),
            BankError::Insufficient { needed, available } => {
                write!(f, "needs {} cents but only {} are available", needed, available)
            }
            BankError::SameAccount => write!(f, "cannot transfer to the same account"),
        }
    }
}

struct Account {
    id: u32,
    owner: String,
    cents: u64,
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:<3} {:<8} {:>6}.{:02}", self.id, self.owner, self.cents / 100, self.cents % 100)
    }
}

struct Bank {
    accounts: Vec<Account>,
    next_id: u32,
}

impl Bank {
    fn new() -> Bank {
        Bank { accounts: Vec::new(), next_id: 1 }
    }

    fn open(&mut self, owner: &str, cents: u64) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.accounts.push(Account { id, owner: owner.to_string(), cents });
        id
    }

    fn index_of(&self, id: u32) -> Result<usize, BankError> {
        for i in 0..self.accounts.len() {
            if self.accounts[i].id == id {
                return Ok(i);
            }
        }
        Err(BankError::NoSuchAccount(id))
    }

    fn withdraw(&mut self, id: u32, cents: u64) -> Result<u64, BankError> {
        let i = self.index_of(id)?;
        let acc = &mut self.accounts[i];
        if acc.cents < cents {
            return Err(BankError::Insufficient { needed: cents, available: acc.cents });
        }
        acc.cents -= cents;
        Ok(acc.cents)
    }

    fn transfer(&mut self, from: u32, to: u32, cents: u64) -> Result<(), BankError> {
        if from == to {
            return Err(BankError::SameAccount);
        }
        let target = self.index_of(to)?;
        self.withdraw(from, cents)?;
        self.accounts[target].cents += cents;
        Ok(())
    }

    fn total(&self) -> u64 {
        let mut sum = 0;
        for a in &self.accounts {
            sum += a.cents;
        }
        sum
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("alice", 120_00);
    let bob = bank.open("bob", 35_50);
    let carol = bank.open("carol", 0);
    let steps: [(u32, u32, u64); 5] = [(alice, bob, 20_25), (bob, carol, 60_00), (carol, alice, 1), (bob, bob, 5), (alice, 9, 1_00)];
    for (from, to, cents) in steps {
        match bank.transfer(from, to, cents) {
            Ok(()) => println!("moved {:>5} from #{} to #{}", cents, from, to),
            Err(e) => println!("refused: {}", e),
        }
    }
    for a in &bank.accounts {
        println!("{}", a);
    }
    println!("total {} cents", bank.total());
    println!("{:?}", bank.withdraw(carol, 10));
    println!("{:?}", bank.withdraw(bob, 1_000_00));
}

// CHECK:STDOUT: moved  2025 from #1 to #2
// CHECK:STDOUT: refused: needs 6000 cents but only 5575 are available
// CHECK:STDOUT: refused: needs 1 cents but only 0 are available
// CHECK:STDOUT: refused: cannot transfer to the same account
// CHECK:STDOUT: refused: account #9 does not exist
// CHECK:STDOUT: #1   alice        99.75
// CHECK:STDOUT: #2   bob          55.75
// CHECK:STDOUT: #3   carol         0.00
// CHECK:STDOUT: total 15550 cents
// CHECK:STDOUT: Err(Insufficient { needed: 10, available: 0 })
// CHECK:STDOUT: Err(Insufficient { needed: 100000, available: 5575 })
