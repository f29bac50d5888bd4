use crate::cfg::Cfg;
use crate::err::ErrorType;
use crate::in_place;
use crate::with_friendly_error;
use minify_html_common::tests::create_common_css_test_data;
use minify_html_common::tests::create_common_js_test_data;
use minify_html_common::tests::create_common_noncompliant_test_data;
use minify_html_common::tests::create_common_test_data;
use std::str::from_utf8;

pub fn eval_with_cfg(src: &'static [u8], expected: &'static [u8], cfg: &Cfg) {
  let mut code = src.to_vec();
  match with_friendly_error(&mut code, cfg) {
    Ok(len) => {
      assert_eq!(
        from_utf8(&code[..len]).unwrap(),
        from_utf8(expected).unwrap()
      );
    }
    Err(super::FriendlyError {
      code_context,
      message,
      ..
    }) => {
      println!("{}", message);
      println!("{}", code_context);
      assert!(false);
    }
  };
}

pub fn eval_with_js_min(src: &'static [u8], expected: &'static [u8]) -> () {
  let mut cfg = Cfg::new();
  cfg.minify_js = true;
  eval_with_cfg(src, expected, &cfg);
}

pub fn eval_with_css_min(src: &'static [u8], expected: &'static [u8]) -> () {
  let mut cfg = Cfg::new();
  cfg.minify_css = true;
  eval_with_cfg(src, expected, &cfg);
}

pub fn eval(src: &'static [u8], expected: &'static [u8]) {
  eval_with_cfg(src, expected, &Cfg::new());
}

fn eval_error(src: &'static [u8], expected: ErrorType) -> () {
  let mut code = src.to_vec();
  assert_eq!(
    in_place(
      &mut code,
      &Cfg {
        minify_js: false,
        minify_css: false,
      }
    )
    .unwrap_err()
    .error_type,
    expected
  );
}

#[test]
fn test_common() {
  for (a, b) in create_common_test_data() {
    eval(a, b);
  }
  for (a, b) in create_common_noncompliant_test_data() {
    eval(a, b);
  }
  for (a, b) in create_common_css_test_data() {
    eval_with_css_min(a, b);
  }
  for (a, b) in create_common_js_test_data() {
    eval_with_js_min(a, b);
  }
}

#[test]
// NOTE: Keep inputs in sync with main variant. Outputs are different as main variant reorders attributes.
fn test_space_between_attrs_minification() {
  eval(
    b"<div a=\" \" b=\" \"></div>",
    b"<div a=\" \" b=\" \"></div>",
  );
  eval(b"<div a=' ' b=\" \"></div>", b"<div a=\" \" b=\" \"></div>");
  eval(
    b"<div a=&#x20 b=\" \"></div>",
    b"<div a=\" \" b=\" \"></div>",
  );
  eval(b"<div a=\"1\" b=\" \"></div>", b"<div a=1 b=\" \"></div>");
  eval(b"<div a='1' b=\" \"></div>", b"<div a=1 b=\" \"></div>");
  eval(b"<div a=\"a\"b=\"b\"></div>", b"<div a=a b=b></div>");
  // Room made before it: the class's spaces collapsed.
  eval(
    b"<div class=\"a  b\"c=d></div>",
    b"<div class=\"a b\" c=d></div>",
  );
  eval(
    b"<svg><path d=\"a b\"/></svg>",
    b"<svg><path d=\"a b\"/></svg>",
  );
  // No whitespace after the quoted value in the source, and nothing shorter before it.
  eval_error(
    b"<div a=\"a b\"c=d></div>",
    ErrorType::NotFound("whitespace after a quoted attribute value"),
  );
}

#[test]
fn test_unquoted_value_starting_or_ending_with_an_entity() {
  // Cheapest unquoted, its last character written as an entity: the published crate panics.
  eval(b"<p title=\"a&quot;'>\">x</p>", b"<p title=a\"'&gt>x");
  // Its first character whitespace: the published crate wrote it as it is, leaving two of the
  // three bytes counted for its entity in front of the value.
  eval(b"<p title=\"&#9;&quot;'\">x</p>", b"<p title=&#9\"'>x");
  eval(b"<p title=\"&#9;1&quot;'\">x</p>", b"<p title=&#9;1\"'>x");
}

#[test]
fn test_runs_of_text_and_attribute_values() {
  eval(b"<p>a b  c\nd &amp; e &lt;f</p>", b"<p>a b c d & e &LTf");
  eval(b"<p>x <b>y</b> z </p>", b"<p>x <b>y</b> z");
  eval(b"<pre> a  b\n c </pre>", b"<pre> a  b\n c </pre>");
  eval(b"<p>a <= b &lt;c</p>", b"<p>a <= b &LTc");
  eval(
    b"<p>\xc5\x81\xc3\xb3d\xc5\xba & Co</p>",
    b"<p>\xc5\x81\xc3\xb3d\xc5\xba & Co",
  );
  eval(
    b"<a href=\"/a/b?c=d&amp;e=f\">x</a>",
    b"<a href=/a/b?c=d&e=f>x</a>",
  );
  eval(
    b"<a title='He said \"hi\"' href=x>y</a>",
    b"<a title='He said \"hi\"' href=x>y</a>",
  );
  eval(b"<a title=\"a&gt;b\">y</a>", b"<a title=\"a>b\">y</a>");
  eval(
    b"<a title=\"a  b   c\">y</a>",
    b"<a title=\"a  b   c\">y</a>",
  );
  eval(
    b"<a title=\"abc&#34;def\">y</a>",
    b"<a title=abc\"def>y</a>",
  );
}

#[test]
fn test_unmatched_closing_tag() {
  eval_error(b"Hello</p>Goodbye", ErrorType::UnexpectedClosingTag);
  eval_error(b"Hello<br></br>Goodbye", ErrorType::UnexpectedClosingTag);
  eval_error(
    b"<div>Hello</p>Goodbye",
    ErrorType::ClosingTagMismatch {
      expected: "div".to_string(),
      got: "p".to_string(),
    },
  );
  eval_error(
    b"<ul><li>a</p>",
    ErrorType::ClosingTagMismatch {
      expected: "ul".to_string(),
      got: "p".to_string(),
    },
  );
  eval_error(
    b"<ul><li><rt>a</p>",
    ErrorType::ClosingTagMismatch {
      expected: "ul".to_string(),
      got: "p".to_string(),
    },
  );
  eval_error(
    b"<html><head><body><ul><li><rt>a</p>",
    ErrorType::ClosingTagMismatch {
      expected: "ul".to_string(),
      got: "p".to_string(),
    },
  );
}

#[test]
fn test_a_reference_to_an_ampersand_before_another_reference() {
  // The second reference decoded as text, not read as markup: the published crate reads `<` as
  // the start of a tag here and stops.
  eval(b"<p>R&amp;&lt;/p&gt; after</p>", b"<p>R&&LT/p> after");
  eval(b"<p>R&amp&lt;/p&gt; after</p>", b"<p>R&&LT/p> after");
  // A quote that does not end the value: the published crate wrote `title=x& <=x"` and stopped
  // at `A&amp;&quot;B`.
  eval(
    b"<p><a title=\"x&amp;&quot;<=x\" href=/>link</a> after</p>",
    b"<p><a title=x&\"<=x href=/>link</a> after",
  );
  eval(b"<p title=\"A&amp;&quot;B\">x</p>", b"<p title=A&\"B>x");
  eval(
    b"<p title=\"&amp;&#39;&amp;&lt;x\">x</p>",
    b"<p title=&'&<x>x",
  );
  // After an `&` and letters that begin a name (`&T`, as of `&Tab;`), as Markdown writes `AT&T`.
  eval(b"<p>AT&amp;T&lt;x</p>", b"<p>AT&T&LTx");
  eval(
    b"<img alt=\"AT&amp;T&quot;s logo\" src=a.png>",
    b"<img alt='AT&T\"s logo' src=a.png>",
  );
  // Whitespace that would end an unquoted value: the published crate wrote `class=x&a x`.
  eval(b"<p class=\"x&amp;a&#9;x\">y</p>", b"<p class=\"x&a x\">y");
  // A character longer than the `&amp` before it, decoded apart before it is taken in.
  eval(b"<p>&amp&#x10000;x</p>", "<p>&\u{10000}x".as_bytes());
  // What goes on spelling an entity is still taken in, and the `&` kept encoded.
  eval(
    b"<p>&amp;&#97;mp; &amp;&amp;lt;</p>",
    b"<p>&ampamp; &&amplt;",
  );
}
