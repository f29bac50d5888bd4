//! Which characters are letters and digits, and which change when
//! lowercased, as Rust's `char` says, for the search index's words and
//! print's hyphenation, which ask it of every character of every text.
//! `char` answers for a character beyond ASCII by a search through
//! Unicode's tables; here each block of 64 characters of the first plane
//! (where a site's texts nearly all are) is looked up once, when a text
//! first uses it, and answered from a bit after that.

use std::sync::atomic::{AtomicU64, Ordering};

/// Blocks of 64 characters in the first plane.
const BLOCKS: usize = 0x10000 / 64;

/// Each block's letters (`char::is_alphabetic`), a bit per character.
static LETTERS: [AtomicU64; BLOCKS] = [const { AtomicU64::new(0) }; BLOCKS];
/// Each block's letters and digits (`char::is_alphanumeric`).
static LETTERS_AND_DIGITS: [AtomicU64; BLOCKS] = [const { AtomicU64::new(0) }; BLOCKS];
/// Each block's characters that lowercasing changes.
static CAPITALS: [AtomicU64; BLOCKS] = [const { AtomicU64::new(0) }; BLOCKS];
/// Which blocks have been looked up, a bit per block.
static KNOWN: [AtomicU64; BLOCKS / 64] = [const { AtomicU64::new(0) }; BLOCKS / 64];

/// What a character is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classes {
    /// A letter (`char::is_alphabetic`).
    pub letter: bool,
    /// A letter or a digit (`char::is_alphanumeric`).
    pub letter_or_digit: bool,
    /// Changed by lowercasing (`char::to_lowercase`): a capital.
    pub capital: bool,
}

/// Whether `c` is a letter (`char::is_alphabetic`).
#[inline]
pub fn is_letter(c: char) -> bool {
    classes(c).letter
}

/// What `c` is.
#[inline]
pub fn classes(c: char) -> Classes {
    if c.is_ascii() {
        return Classes {
            letter: c.is_ascii_alphabetic(),
            letter_or_digit: c.is_ascii_alphanumeric(),
            capital: c.is_ascii_uppercase(),
        };
    }
    match block(c) {
        Some([letters, both, capitals]) => {
            let bit = 1 << (c as u32 % 64);
            Classes {
                letter: letters & bit != 0,
                letter_or_digit: both & bit != 0,
                capital: capitals & bit != 0,
            }
        }
        None => told_by_char(c),
    }
}

/// What `char`'s own tables say `c` is.
fn told_by_char(c: char) -> Classes {
    let mut lower = c.to_lowercase();
    Classes {
        letter: c.is_alphabetic(),
        letter_or_digit: c.is_alphanumeric(),
        capital: lower.next() != Some(c) || lower.next().is_some(),
    }
}

/// The letters, the letters and digits, and the capitals of the block
/// `c` is in, when it is in the first plane.
fn block(c: char) -> Option<[u64; 3]> {
    let index = (c as u32 / 64) as usize;
    if index >= BLOCKS {
        return None;
    }
    let known = 1 << (index % 64);
    if KNOWN[index / 64].load(Ordering::Acquire) & known == 0 {
        // Threads that meet a new block at once each look it up, alike.
        let mut bits = [0; 3];
        let first = index as u32 * 64;
        for (i, code) in (first..first + 64).enumerate() {
            if let Some(c) = char::from_u32(code) {
                let classes = told_by_char(c);
                bits[0] |= u64::from(classes.letter) << i;
                bits[1] |= u64::from(classes.letter_or_digit) << i;
                bits[2] |= u64::from(classes.capital) << i;
            }
        }
        LETTERS[index].store(bits[0], Ordering::Relaxed);
        LETTERS_AND_DIGITS[index].store(bits[1], Ordering::Relaxed);
        CAPITALS[index].store(bits[2], Ordering::Relaxed);
        KNOWN[index / 64].fetch_or(known, Ordering::Release);
        return Some(bits);
    }
    Some([
        LETTERS[index].load(Ordering::Relaxed),
        LETTERS_AND_DIGITS[index].load(Ordering::Relaxed),
        CAPITALS[index].load(Ordering::Relaxed),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_is_told_as_char_tells_it() {
        // Twice over: the first time a block is looked up, then from it.
        for _ in 0..2 {
            for code in (0..0x11000).chain(0x10FF00..=0x10FFFF) {
                let Some(c) = char::from_u32(code) else {
                    continue;
                };
                let classes = classes(c);
                assert_eq!(is_letter(c), c.is_alphabetic(), "{code:#x}");
                assert_eq!(classes.letter_or_digit, c.is_alphanumeric(), "{code:#x}");
                assert_eq!(
                    classes.capital,
                    c.to_lowercase().to_string() != c.to_string(),
                    "{code:#x}"
                );
            }
        }
    }
}
