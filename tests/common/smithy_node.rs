//! A reader for the Smithy node values in the protocol test cases (`{ contents: { stringValue:
//! "foo" } }`): JSON with bare keys and optional commas.

use serde_json::{Map, Number, Value};

pub fn parse(text: &str) -> Value {
    let mut reader = Reader {
        chars: text.chars().collect(),
        at: 0,
    };
    let value = reader.value();
    reader.skip_space();
    assert_eq!(
        reader.at,
        reader.chars.len(),
        "trailing text in node value: {text}"
    );
    value
}

struct Reader {
    chars: Vec<char>,
    at: usize,
}

impl Reader {
    fn peek(&self) -> char {
        self.chars.get(self.at).copied().unwrap_or('\0')
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), ' ' | '\n' | '\r' | '\t' | ',') {
            self.at += 1;
        }
    }

    fn expect(&mut self, ch: char) {
        self.skip_space();
        assert_eq!(self.peek(), ch, "expected {ch:?} at {}", self.at);
        self.at += 1;
    }

    fn value(&mut self) -> Value {
        self.skip_space();
        match self.peek() {
            '{' => {
                self.at += 1;
                let mut map = Map::new();
                loop {
                    self.skip_space();
                    if self.peek() == '}' {
                        self.at += 1;
                        return Value::Object(map);
                    }
                    let key = if self.peek() == '"' {
                        self.string()
                    } else {
                        self.word()
                    };
                    self.expect(':');
                    map.insert(key, self.value());
                }
            }
            '[' => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    if self.peek() == ']' {
                        self.at += 1;
                        return Value::Array(items);
                    }
                    items.push(self.value());
                }
            }
            '"' => Value::String(self.string()),
            _ => match self.word().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                "null" => Value::Null,
                number => Value::Number(number.parse::<Number>().expect("a number")),
            },
        }
    }

    fn word(&mut self) -> String {
        let start = self.at;
        while matches!(self.peek(), 'a'..='z' | 'A'..='Z' | '0'..='9' | '_' | '-' | '.' | '+') {
            self.at += 1;
        }
        assert!(self.at > start, "expected a word at {start}");
        self.chars[start..self.at].iter().collect()
    }

    fn string(&mut self) -> String {
        let start = self.at;
        self.at += 1;
        while self.peek() != '"' {
            self.at += if self.peek() == '\\' { 2 } else { 1 };
        }
        self.at += 1;
        let literal: String = self.chars[start..self.at].iter().collect();
        serde_json::from_str(&literal).expect("a JSON string literal")
    }
}
