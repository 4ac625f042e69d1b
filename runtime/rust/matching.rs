//! Message matching: normalised texts, and templates matched in linear time.
//!
//! Static source of the kucoin-errors runtime, copied verbatim into the generated crate.
//! White space is Unicode's White_Space property and case is ASCII case, as in every
//! binding. A template is literal text and placeholders; it matches a whole normalised
//! message, literal text ignoring the case of ASCII letters, and gives each placeholder
//! the value a backtracking regular expression gives it (greedy kinds take the longest
//! span, the text kind the shortest, that lets the rest match). Each placeholder kind
//! is the expression `codegen/matching.py` names it by:
//!
//! | kind | expression |
//! | --- | --- |
//! | number | `-?[0-9]+(?:\.[0-9]+)?` |
//! | currency | `[A-Za-z0-9]+` (after a number: `[A-Za-z][A-Za-z0-9]*`) |
//! | symbol | `[A-Za-z0-9]+-[A-Za-z0-9]+` |
//! | text | `[^\n\r\u2028\u2029]+?` |

use crate::data::wire::{TRAILING, WHITESPACE};
use crate::data::PlaceholderKind;
use crate::model::TemplatePart;

/// True for a character of Unicode's White_Space property.
#[must_use]
pub fn is_white_space(c: char) -> bool {
    WHITESPACE.contains(c)
}

/// Runs of white space as one space, trimmed, without trailing full stops: what templates match; case kept.
#[must_use]
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_white_space).filter(|word| !word.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let kept = out.trim_end_matches(|c| TRAILING.contains(c)).len();
    out.truncate(kept);
    out
}

/// ASCII letters in lower case, other characters as they are: the key of an exact match.
#[must_use]
pub fn fold(text: &str) -> String {
    text.to_ascii_lowercase()
}

const NONE: usize = usize::MAX;

/// A candidate span's ends `lo..=hi`, tried from the longest (greedy) or from the shortest (lazy).
#[derive(Clone, Copy)]
struct Ends {
    lo: usize,
    hi: usize,
    longest_first: bool,
}

/// Per position of a normalised message, the lengths of the runs that start there.
struct Runs {
    chars: Vec<char>,
    digits: Vec<usize>,
    alphanumerics: Vec<usize>,
    line: Vec<usize>,
}

impl Runs {
    fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        let (mut digits, mut alphanumerics, mut line) =
            (vec![0; n + 1], vec![0; n + 1], vec![0; n + 1]);
        for at in (0..n).rev() {
            let c = chars[at];
            digits[at] = if c.is_ascii_digit() {
                digits[at + 1] + 1
            } else {
                0
            };
            alphanumerics[at] = if c.is_ascii_alphanumeric() {
                alphanumerics[at + 1] + 1
            } else {
                0
            };
            line[at] = if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
                0
            } else {
                line[at + 1] + 1
            };
        }
        Self {
            chars,
            digits,
            alphanumerics,
            line,
        }
    }

    /// The candidate spans of `part` starting at `at`, in the order a backtracking matcher tries them.
    fn candidates(&self, part: &Piece, at: usize) -> [Option<Ends>; 2] {
        let greedy = |lo, hi| {
            if lo <= hi {
                Some(Ends {
                    lo,
                    hi,
                    longest_first: true,
                })
            } else {
                None
            }
        };
        match part {
            Piece::Literal(literal) => {
                let end = at + literal.len();
                let fits = end <= self.chars.len()
                    && self.chars[at..end]
                        .iter()
                        .zip(literal)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b));
                [
                    if fits {
                        Some(Ends {
                            lo: end,
                            hi: end,
                            longest_first: true,
                        })
                    } else {
                        None
                    },
                    None,
                ]
            }
            Piece::Number => {
                let start = if self.chars.get(at) == Some(&'-') {
                    at + 1
                } else {
                    at
                };
                let whole = self.digits[start.min(self.chars.len())];
                if whole == 0 {
                    return [None, None];
                }
                let point = start + whole;
                let fraction = if self.chars.get(point) == Some(&'.') {
                    self.digits[point + 1]
                } else {
                    0
                };
                let with_fraction = if fraction > 0 {
                    greedy(point + 2, point + 1 + fraction)
                } else {
                    None
                };
                [with_fraction, greedy(start + 1, point)]
            }
            Piece::Currency => [greedy(at + 1, at + self.alphanumerics[at]), None],
            Piece::CurrencyAfterNumber => {
                let starts_with_letter = self.chars.get(at).is_some_and(char::is_ascii_alphabetic);
                [
                    if starts_with_letter {
                        greedy(at + 1, at + self.alphanumerics[at])
                    } else {
                        None
                    },
                    None,
                ]
            }
            Piece::Symbol => {
                let first = self.alphanumerics[at];
                let dash = at + first;
                if first == 0 || self.chars.get(dash) != Some(&'-') {
                    return [None, None];
                }
                [
                    greedy(dash + 2, dash + 1 + self.alphanumerics[dash + 1]),
                    None,
                ]
            }
            Piece::Text => {
                let run = self.line[at];
                [
                    if run > 0 {
                        Some(Ends {
                            lo: at + 1,
                            hi: at + run,
                            longest_first: false,
                        })
                    } else {
                        None
                    },
                    None,
                ]
            }
        }
    }
}

enum Piece {
    Literal(Vec<char>),
    Number,
    Currency,
    CurrencyAfterNumber,
    Symbol,
    Text,
}

impl Piece {
    fn of(part: &TemplatePart) -> Self {
        let kind = match part {
            TemplatePart::Literal(text) => return Self::Literal(text.chars().collect()),
            TemplatePart::After(PlaceholderKind::Number, PlaceholderKind::Currency) => {
                return Self::CurrencyAfterNumber
            }
            TemplatePart::Value(kind) | TemplatePart::After(_, kind) => kind,
        };
        match kind {
            PlaceholderKind::Number => Self::Number,
            PlaceholderKind::Currency => Self::Currency,
            PlaceholderKind::Symbol => Self::Symbol,
            PlaceholderKind::Text => Self::Text,
        }
    }
}

/// The values of `template`'s placeholders when it matches the whole of `normalised`, else `None`.
///
/// Linear in the length of the message times the number of parts: for each part, from the
/// last, the positions from which the rest of the template matches; then one pass forward
/// takes at each part the span a backtracking matcher would take first.
#[must_use]
pub fn match_template(template: &[TemplatePart], normalised: &str) -> Option<Vec<String>> {
    let pieces: Vec<Piece> = template.iter().map(Piece::of).collect();
    let runs = Runs::new(normalised);
    let n = runs.chars.len();
    // rest[i][p]: the parts from i on match the message from p to its end.
    let mut rest = vec![vec![false; n + 1]; pieces.len() + 1];
    rest[pieces.len()][n] = true;
    // For the part after the current one: the nearest position at or after / at or before p where the rest matches.
    let mut next = vec![NONE; n + 2];
    let mut previous = vec![NONE; n + 1];
    let mut choices = vec![vec![NONE; n + 1]; pieces.len()];
    for index in (0..pieces.len()).rev() {
        let after = &rest[index + 1];
        next[n + 1] = NONE;
        for p in (0..=n).rev() {
            next[p] = if after[p] { p } else { next[p + 1] };
        }
        let mut last = NONE;
        for p in 0..=n {
            if after[p] {
                last = p;
            }
            previous[p] = last;
        }
        for p in 0..=n {
            let chosen = runs
                .candidates(&pieces[index], p)
                .into_iter()
                .flatten()
                .find_map(|ends| pick(ends, &next, &previous, n));
            if let Some(end) = chosen {
                rest[index][p] = true;
                choices[index][p] = end;
            }
        }
    }
    if !rest[0][0] {
        return None;
    }
    let mut values = Vec::new();
    let mut at = 0;
    for (index, piece) in pieces.iter().enumerate() {
        let end = choices[index][at];
        if !matches!(piece, Piece::Literal(_)) {
            values.push(runs.chars[at..end].iter().collect());
        }
        at = end;
    }
    Some(values)
}

fn pick(ends: Ends, next: &[usize], previous: &[usize], n: usize) -> Option<usize> {
    if ends.lo > n {
        return None;
    }
    let hi = ends.hi.min(n);
    let found = if ends.longest_first {
        previous[hi]
    } else {
        next[ends.lo]
    };
    (found != NONE && found >= ends.lo && found <= hi).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::PlaceholderKind::{Currency, Number, Symbol, Text};
    use crate::model::TemplatePart::{After, Literal, Value};

    fn values(template: &[TemplatePart], message: &str) -> Option<Vec<String>> {
        match_template(template, message)
    }

    #[test]
    fn normalising_joins_white_space_runs_and_drops_trailing_stops_but_keeps_case() {
        assert_eq!(
            normalise("\u{3000} Balance\u{a0}\u{2028} INSUFFICIENT. !"),
            "Balance INSUFFICIENT"
        );
        assert_eq!(normalise("a\u{1c}b \u{feff}"), "a\u{1c}b \u{feff}");
        assert_eq!(fold("K\u{212a}\u{17f}S"), "k\u{212a}\u{17f}s");
    }

    #[test]
    fn a_number_then_a_currency_split_where_the_letters_start() {
        let template = [
            Literal("borrowing: "),
            Value(Number),
            After(Number, Currency),
        ];
        assert_eq!(
            values(&template, "Borrowing: 1.5BTC"),
            Some(vec!["1.5".to_owned(), "BTC".to_owned()])
        );
        assert_eq!(
            values(&template, "borrowing: 1.51INCH"),
            Some(vec!["1.51".to_owned(), "INCH".to_owned()])
        );
        assert_eq!(values(&template, "borrowing: 1.5"), None);
        assert_eq!(values(&template, "borrowing: 15"), None);
        assert_eq!(
            values(
                &[Value(Number), After(Number, Currency), Literal("b")],
                "1b"
            ),
            None
        );
    }

    #[test]
    fn text_takes_the_shortest_span_that_lets_the_rest_match() {
        let template = [Value(Text), Literal(" is "), Value(Text)];
        assert_eq!(
            values(&template, "a is b is c"),
            Some(vec!["a".to_owned(), "b is c".to_owned()])
        );
        assert_eq!(values(&[Value(Text)], ""), None);
    }

    #[test]
    fn greedy_kinds_take_the_longest_span_that_lets_the_rest_match() {
        assert_eq!(
            values(&[Value(Number), Literal(".5")], "12.5.5"),
            Some(vec!["12.5".to_owned()])
        );
        assert_eq!(
            values(&[Value(Number)], "-3.25"),
            Some(vec!["-3.25".to_owned()])
        );
        assert_eq!(values(&[Value(Number)], "\u{661}"), None);
        assert_eq!(
            values(&[Value(Symbol), Literal("-x")], "BTC-USDT-x"),
            Some(vec!["BTC-USDT".to_owned()])
        );
        assert_eq!(
            values(&[Value(Currency), Value(Text)], "ab"),
            Some(vec!["a".to_owned(), "b".to_owned()])
        );
    }

    #[test]
    fn literal_text_ignores_ascii_case_only() {
        assert!(values(&[Literal("kyc "), Value(Currency)], "KYC BTC").is_some());
        assert!(values(&[Literal("kyc "), Value(Currency)], "\u{212a}YC BTC").is_none());
    }

    #[test]
    fn a_long_message_of_near_misses_is_matched_in_one_pass() {
        let message = "a ".repeat(500) + "b";
        let template = [Value(Text), Literal(" a "), Value(Text), Literal(" c")];
        assert_eq!(values(&template, &message), None);
    }

    #[test]
    fn a_number_has_a_digit_before_its_point() {
        assert_eq!(values(&[Value(Number)], ".5"), None);
        assert_eq!(values(&[Value(Number)], "-.5"), None);
        assert_eq!(values(&[Value(Number)], "-"), None);
        assert_eq!(
            values(&[Value(Number), Literal(".")], "7."),
            Some(vec!["7".to_owned()])
        );
    }

    #[test]
    fn a_currency_after_a_number_may_be_one_letter() {
        let template = [
            Literal("borrowing: "),
            Value(Number),
            After(Number, Currency),
        ];
        assert_eq!(
            values(&template, "borrowing: 1.5B"),
            Some(vec!["1.5".to_owned(), "B".to_owned()])
        );
    }

    #[test]
    fn a_symbol_is_two_alphanumeric_runs_joined_by_one_dash() {
        assert_eq!(
            values(&[Value(Symbol)], "A-B"),
            Some(vec!["A-B".to_owned()])
        );
        assert_eq!(values(&[Value(Symbol)], "-USDT"), None);
        assert_eq!(values(&[Value(Symbol)], "BTC-"), None);
        assert_eq!(values(&[Value(Symbol)], "BTC-USDT!"), None);
        assert_eq!(
            values(&[Value(Symbol), Literal("!")], "BTC-USDT!"),
            Some(vec!["BTC-USDT".to_owned()])
        );
    }

    #[test]
    fn a_placeholder_is_never_empty_even_where_the_rest_would_match() {
        assert_eq!(values(&[Value(Currency), Literal("b")], "b"), None);
        assert_eq!(values(&[Value(Number), Literal("1")], "1"), None);
        assert_eq!(
            values(&[Literal("a"), Value(Text), Literal("b")], "ab"),
            None
        );
    }

    #[test]
    fn text_never_spans_a_line_break() {
        assert_eq!(values(&[Value(Text), Literal("b")], "a\nb"), None);
        assert_eq!(values(&[Value(Text), Literal("b")], "a\u{2028}b"), None);
        assert_eq!(
            values(&[Value(Text), Literal("b")], "a b"),
            Some(vec!["a ".to_owned()])
        );
    }

    #[test]
    fn greedy_kinds_leave_the_least_to_a_following_text() {
        assert_eq!(
            values(&[Value(Currency), Value(Text)], "abc"),
            Some(vec!["ab".to_owned(), "c".to_owned()])
        );
        assert_eq!(
            values(&[Value(Number), Value(Text)], "123"),
            Some(vec!["12".to_owned(), "3".to_owned()])
        );
    }

    #[test]
    fn a_fraction_is_a_point_and_digits_after_the_whole_number() {
        assert_eq!(values(&[Value(Number), Literal("z")], "12xyz"), None);
        assert_eq!(values(&[Value(Number), Literal("5")], "12.5"), None);
        assert_eq!(
            values(&[Value(Number), Literal("5")], "12.45"),
            Some(vec!["12.4".to_owned()])
        );
    }
}
