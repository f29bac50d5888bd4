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

/// A letter (`char::is_alphabetic`), in a character's class.
pub const LETTER: u8 = 1;
/// A letter or a digit (`char::is_alphanumeric`).
pub const WORD: u8 = 2;
/// Changed by lowercasing (`char::to_lowercase`): a capital.
pub const CAPITAL: u8 = 4;

/// The class of each ASCII character: a table read once per byte.
/// Asking [`class_of`] for every character of the search index's words
/// instead, even inlined, cost 1.6% more of a build's instructions.
const ASCII_CLASSES: [u8; 128] = {
    let mut table = [0; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        table[byte] = (if b.is_ascii_alphabetic() { LETTER } else { 0 })
            | (if b.is_ascii_alphanumeric() { WORD } else { 0 })
            | (if b.is_ascii_uppercase() { CAPITAL } else { 0 });
        byte += 1;
    }
    table
};

/// The class of the character at `at` in `text` ([`LETTER`], [`WORD`],
/// [`CAPITAL`]), whose first byte is `byte`, and its length. ASCII is told
/// from a table, without decoding a character; anything else is decoded
/// first. Inlined into the loops that read texts a character at a time,
/// where the compiler left it a call for every character (1% of a
/// build's instructions for the search index's words alone).
#[inline(always)]
pub fn class_at(text: &str, byte: u8, at: usize) -> (u8, usize) {
    match ASCII_CLASSES.get(usize::from(byte)) {
        Some(&class) => (class, 1),
        None => char_class_at(text, at),
    }
}

/// [`class_at`] for a character outside ASCII.
fn char_class_at(text: &str, at: usize) -> (u8, usize) {
    match text.get(at..).and_then(|rest| rest.chars().next()) {
        Some(c) => (class_of(c), c.len_utf8()),
        None => (0, 1),
    }
}

/// The class of `c`: [`LETTER`], [`WORD`] and [`CAPITAL`].
pub fn class_of(c: char) -> u8 {
    if let Some(&class) = ASCII_CLASSES.get(c as usize) {
        return class;
    }
    match block(c) {
        Some([letters, both, capitals]) => {
            let bit = c as u32 % 64;
            let at = |bits: u64, class: u8| ((bits >> bit) & 1) as u8 * class;
            at(letters, LETTER) | at(both, WORD) | at(capitals, CAPITAL)
        }
        None => told_by_char(c),
    }
}

/// What `char`'s own tables say `c` is.
fn told_by_char(c: char) -> u8 {
    let mut lower = c.to_lowercase();
    let capital = lower.next() != Some(c) || lower.next().is_some();
    (if c.is_alphabetic() { LETTER } else { 0 })
        | (if c.is_alphanumeric() { WORD } else { 0 })
        | (if capital { CAPITAL } else { 0 })
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
                let class = told_by_char(c);
                for (bits, of) in bits.iter_mut().zip([LETTER, WORD, CAPITAL]) {
                    *bits |= u64::from(class & of != 0) << i;
                }
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
                let class = class_of(c);
                assert_eq!(class & LETTER != 0, c.is_alphabetic(), "{code:#x}");
                assert_eq!(class & WORD != 0, c.is_alphanumeric(), "{code:#x}");
                assert_eq!(
                    class & CAPITAL != 0,
                    c.to_lowercase().to_string() != c.to_string(),
                    "{code:#x}"
                );
                let mut bytes = [0; 4];
                let text = &*c.encode_utf8(&mut bytes);
                assert_eq!(class_at(text, text.as_bytes()[0], 0), (class, c.len_utf8()));
            }
        }
    }
}
