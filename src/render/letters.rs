//! Which characters are letters and digits, as Rust's `char` says, for the
//! search index's words and print's hyphenation, which ask it of every
//! character of every text. `char` answers for a character beyond ASCII
//! by a search through Unicode's tables; here each block of 64 characters
//! of the first plane (where a site's texts nearly all are) is looked up
//! once, when a text first uses it, and answered from a bit after that.

use std::sync::atomic::{AtomicU64, Ordering};

/// Blocks of 64 characters in the first plane.
const BLOCKS: usize = 0x10000 / 64;

/// Each block's letters (`char::is_alphabetic`), a bit per character.
static LETTERS: [AtomicU64; BLOCKS] = [const { AtomicU64::new(0) }; BLOCKS];
/// Each block's letters and digits (`char::is_alphanumeric`).
static LETTERS_AND_DIGITS: [AtomicU64; BLOCKS] = [const { AtomicU64::new(0) }; BLOCKS];
/// Which blocks have been looked up, a bit per block.
static KNOWN: [AtomicU64; BLOCKS / 64] = [const { AtomicU64::new(0) }; BLOCKS / 64];

/// Whether `c` is a letter (`char::is_alphabetic`).
pub fn is_letter(c: char) -> bool {
    classes(c).0
}

/// Whether `c` is a letter or a digit (`char::is_alphanumeric`).
pub fn is_letter_or_digit(c: char) -> bool {
    classes(c).1
}

/// Whether `c` is a letter, and whether it is a letter or a digit.
fn classes(c: char) -> (bool, bool) {
    if c.is_ascii() {
        return (c.is_ascii_alphabetic(), c.is_ascii_alphanumeric());
    }
    match block(c) {
        Some((letters, both)) => (letters & bit(c) != 0, both & bit(c) != 0),
        None => (c.is_alphabetic(), c.is_alphanumeric()),
    }
}

fn bit(c: char) -> u64 {
    1 << (c as u32 % 64)
}

/// The letters, and the letters and digits, of the block `c` is in, when
/// it is in the first plane.
fn block(c: char) -> Option<(u64, u64)> {
    let index = (c as u32 / 64) as usize;
    if index >= BLOCKS {
        return None;
    }
    let known = 1 << (index % 64);
    if KNOWN[index / 64].load(Ordering::Acquire) & known == 0 {
        // Threads that meet a new block at once each look it up, alike.
        let (mut letters, mut both) = (0, 0);
        let first = index as u32 * 64;
        for (i, code) in (first..first + 64).enumerate() {
            if let Some(c) = char::from_u32(code) {
                letters |= u64::from(c.is_alphabetic()) << i;
                both |= u64::from(c.is_alphanumeric()) << i;
            }
        }
        LETTERS[index].store(letters, Ordering::Relaxed);
        LETTERS_AND_DIGITS[index].store(both, Ordering::Relaxed);
        KNOWN[index / 64].fetch_or(known, Ordering::Release);
        return Some((letters, both));
    }
    Some((
        LETTERS[index].load(Ordering::Relaxed),
        LETTERS_AND_DIGITS[index].load(Ordering::Relaxed),
    ))
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
                assert_eq!(is_letter(c), c.is_alphabetic(), "{code:#x}");
                assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{code:#x}");
            }
        }
    }
}
