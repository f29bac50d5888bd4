//! Fluent bundles whose plural selection and numbers come from ICU4X.
//!
//! fluent-bundle's own plural rules are wrong for Lithuanian and Latvian
//! and its numbers have no grouping. So each select expression on a
//! variable with plural-category variants (`{ $count -> [one] … *[other] … }`)
//! is rewritten, when the file is loaded, to select on `PLURAL($count)`,
//! a function that asks ICU4X; and numbers are written by ICU4X's decimal
//! formatter. Translators write ordinary Fluent.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use super::icu::Numbers;
use crate::error::Diagnostic;
use crate::source::resources::LocaleFile;

pub type Bundle = FluentBundle<FluentResource>;

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Builds the bundle of one language from its files (later files win).
pub fn bundle(lang: &str, files: &[LocaleFile], errors: &mut Vec<Diagnostic>) -> Bundle {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    let numbers = Numbers::new(lang);
    bundle
        .add_function("PLURAL", move |positional, _named| {
            match positional.first() {
                Some(FluentValue::Number(n)) => FluentValue::String(numbers.plural(n.value).into()),
                Some(FluentValue::String(s)) => match s.parse::<f64>() {
                    Ok(n) => FluentValue::String(numbers.plural(n).into()),
                    Err(_) => FluentValue::String("other".into()),
                },
                _ => FluentValue::String("other".into()),
            }
        })
        .expect("PLURAL is registered once per bundle");
    for file in files {
        let source = match rewrite_plural_selectors(&file.text) {
            Ok(s) => s,
            Err(list) => {
                for (offset, message) in list {
                    let (line, column) =
                        crate::source::position_of_byte(file.text.as_bytes(), offset);
                    errors.push(
                        Diagnostic::new(&file.path, line, column, message).with_help(
                            "see https://projectfluent.org/fluent/guide/ for the syntax",
                        ),
                    );
                }
                continue;
            }
        };
        match FluentResource::try_new(source) {
            Ok(resource) => bundle.add_resource_overriding(resource),
            Err((_, errs)) => {
                for e in errs {
                    errors.push(Diagnostic::file(&file.path, e.to_string()));
                }
            }
        }
    }
    bundle
}

/// Rewrites `{ $x -> [one] … }` into `{ PLURAL($x) -> [one] … }`, or
/// returns the syntax errors with their byte offsets.
fn rewrite_plural_selectors(text: &str) -> Result<String, Vec<(usize, String)>> {
    let mut resource = match fluent_syntax::parser::parse(text.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .into_iter()
                .map(|e| (e.pos.start, format!("Fluent syntax error: {}", e.kind)))
                .collect());
        }
    };
    let mut changed = false;
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(p) = &mut m.value {
                    changed |= rewrite_pattern(p);
                }
                for a in &mut m.attributes {
                    changed |= rewrite_pattern(&mut a.value);
                }
            }
            ast::Entry::Term(t) => {
                changed |= rewrite_pattern(&mut t.value);
                for a in &mut t.attributes {
                    changed |= rewrite_pattern(&mut a.value);
                }
            }
            _ => {}
        }
    }
    if changed {
        Ok(fluent_syntax::serializer::serialize(&resource))
    } else {
        Ok(text.to_string())
    }
}

fn rewrite_pattern(pattern: &mut ast::Pattern<String>) -> bool {
    let mut changed = false;
    for element in &mut pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            changed |= rewrite_expression(expression);
        }
    }
    changed
}

fn rewrite_expression(expression: &mut ast::Expression<String>) -> bool {
    let ast::Expression::Select { selector, variants } = expression else {
        return false;
    };
    let mut changed = false;
    for v in variants.iter_mut() {
        changed |= rewrite_pattern(&mut v.value);
    }
    let plural_keys = variants.iter().all(|v| match &v.key {
        ast::VariantKey::Identifier { name } => CATEGORIES.contains(&name.as_str()),
        ast::VariantKey::NumberLiteral { .. } => false,
    });
    if plural_keys && let ast::InlineExpression::VariableReference { .. } = selector {
        let var = selector.clone();
        *selector = ast::InlineExpression::FunctionReference {
            id: ast::Identifier {
                name: "PLURAL".to_string(),
            },
            arguments: ast::CallArguments {
                positional: vec![var],
                named: vec![],
            },
        };
        changed = true;
    }
    changed
}

/// ICU4X's decimal formatter, kept per language by the bundle's memoizer.
struct IcuNumbers(Numbers);

impl Memoizable for IcuNumbers {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(IcuNumbers(Numbers::new(&lang.to_string())))
    }
}

fn format_number(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let x = n.value;
    intls
        .with_try_get::<IcuNumbers, _, _>((), |f| {
            if x.fract() == 0.0 && x.abs() < 1e15 {
                f.0.integer(x as i64)
            } else {
                f.0.decimal(x)
            }
        })
        .ok()
}

/// Formats a message, or `None` when the bundle does not have it.
pub fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn make(lang: &str, text: &str) -> Bundle {
        let mut errors = Vec::new();
        let b = bundle(
            lang,
            &[LocaleFile {
                path: PathBuf::from("t.ftl"),
                text: text.to_string(),
            }],
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        b
    }

    fn count(b: &Bundle, n: f64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", n);
        format(b, "partners", Some(&args)).unwrap()
    }

    #[test]
    fn plurals_come_from_icu() {
        let lt = make(
            "lt",
            "partners = { $count ->\n    [one] { $count } partneris\n    [few] { $count } partneriai\n    [many] { $count } partnerio\n   *[other] { $count } partnerių\n}\n",
        );
        assert_eq!(count(&lt, 1.0), "1 partneris");
        assert_eq!(count(&lt, 21.0), "21 partneris");
        assert_eq!(count(&lt, 3.0), "3 partneriai");
        assert_eq!(count(&lt, 10.0), "10 partnerių");
        let pl = make(
            "pl",
            "partners = { $count ->\n    [one] { $count } partner\n    [few] { $count } partnerzy\n   *[many] { $count } partnerów\n}\n",
        );
        assert_eq!(count(&pl, 22.0), "22 partnerzy");
        assert_eq!(count(&pl, 25.0), "25 partnerów");
    }

    #[test]
    fn numbers_are_grouped() {
        let pl = make("pl", "partners = { $count } mieszkańców\n");
        assert_eq!(count(&pl, 40000.0), "40\u{a0}000 mieszkańców");
    }

    #[test]
    fn syntax_errors_have_positions() {
        let mut errors = Vec::new();
        bundle(
            "en",
            &[LocaleFile {
                path: PathBuf::from("x.ftl"),
                text: "ok = fine\nbroken = { $x\n".into(),
            }],
            &mut errors,
        );
        assert_eq!(errors.len(), 1);
        assert!(errors[0].line >= 2, "{:?}", errors[0]);
    }
}
