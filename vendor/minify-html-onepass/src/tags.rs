//! The rules for tags that the pass asks about every element, as `match`es
//! on the tag's name: the same answers as `minify_html_common`'s tables,
//! which hash the name on every question.

use minify_html_common::spec::tag::ns::Namespace;
use minify_html_common::spec::tag::whitespace::get_whitespace_minification_for_tag;
use minify_html_common::spec::tag::whitespace::WhitespaceMinification;

/// Whether an element of this name has no content and no closing tag.
pub fn is_void(tag: &[u8]) -> bool {
  matches!(
    tag,
    b"area"
      | b"base"
      | b"br"
      | b"col"
      | b"embed"
      | b"hr"
      | b"img"
      | b"input"
      | b"keygen"
      | b"link"
      | b"meta"
      | b"param"
      | b"source"
      | b"track"
      | b"wbr"
  )
}

/// Whether the closing tag of `before` can be left out when an element
/// named `after` follows it. An empty name stands for no element.
pub fn can_omit_as_before(before: &[u8], after: &[u8]) -> bool {
  match before {
    b"head" => after == b"body",
    b"li" => after == b"li",
    b"dt" | b"dd" => matches!(after, b"dt" | b"dd"),
    b"p" => matches!(
      after,
      b"address"
        | b"article"
        | b"aside"
        | b"blockquote"
        | b"details"
        | b"div"
        | b"dl"
        | b"fieldset"
        | b"figcaption"
        | b"figure"
        | b"footer"
        | b"form"
        | b"h1"
        | b"h2"
        | b"h3"
        | b"h4"
        | b"h5"
        | b"h6"
        | b"header"
        | b"hgroup"
        | b"hr"
        | b"main"
        | b"menu"
        | b"nav"
        | b"ol"
        | b"p"
        | b"pre"
        | b"section"
        | b"table"
        | b"ul"
    ),
    b"rt" | b"rp" => matches!(after, b"rt" | b"rp"),
    b"optgroup" => after == b"optgroup",
    b"option" => matches!(after, b"option" | b"optgroup"),
    b"thead" | b"tbody" => matches!(after, b"tbody" | b"tfoot"),
    b"tr" => after == b"tr",
    b"td" | b"th" => matches!(after, b"td" | b"th"),
    _ => false,
  }
}

/// Whether the closing tag of `child` can be left out when it is the last
/// node in `parent`. An empty name stands for no parent.
pub fn can_omit_as_last_node(parent: &[u8], child: &[u8]) -> bool {
  match child {
    b"html" | b"head" | b"body" | b"li" | b"dd" | b"rt" | b"rp" | b"optgroup" | b"option"
    | b"tbody" | b"tfoot" | b"tr" | b"td" | b"th" => true,
    b"p" => !matches!(
      parent,
      b"a" | b"audio" | b"del" | b"ins" | b"map" | b"noscript" | b"video"
    ),
    _ => false,
  }
}

/// Whitespace that collapses, and goes at the start and end.
static CONTENT: WhitespaceMinification = WhitespaceMinification {
  collapse: true,
  destroy_whole: false,
  trim: true,
};
/// Whitespace that collapses.
static FORMATTING: WhitespaceMinification = WhitespaceMinification {
  collapse: true,
  destroy_whole: false,
  trim: false,
};
/// Whitespace that goes between tags and at the start and end.
static LAYOUT: WhitespaceMinification = WhitespaceMinification {
  collapse: true,
  destroy_whole: true,
  trim: true,
};
/// Whitespace kept as it is.
static KEPT: WhitespaceMinification = WhitespaceMinification {
  collapse: false,
  destroy_whole: false,
  trim: false,
};

/// How whitespace in the content of an element named `tag` is minified;
/// an empty name stands for the document itself.
pub fn whitespace(
  ns: Namespace,
  tag: &[u8],
  descendant_of_pre: bool,
) -> &'static WhitespaceMinification {
  if ns != Namespace::Html {
    return get_whitespace_minification_for_tag(ns, tag, descendant_of_pre);
  }
  if descendant_of_pre {
    return &KEPT;
  }
  match tag {
    b"" => &LAYOUT,
    b"address" | b"audio" | b"button" | b"canvas" | b"caption" | b"figcaption" | b"h1" | b"h2"
    | b"h3" | b"h4" | b"h5" | b"h6" | b"legend" | b"meter" | b"object" | b"option" | b"p"
    | b"summary" | b"video" | b"dd" | b"details" | b"dt" | b"iframe" | b"label" | b"li"
    | b"noscript" | b"output" | b"progress" | b"slot" | b"td" | b"template" | b"th" => &CONTENT,
    b"article" | b"aside" | b"blockquote" | b"body" | b"colgroup" | b"datalist" | b"dialog"
    | b"div" | b"dl" | b"fieldset" | b"figure" | b"footer" | b"form" | b"head" | b"header"
    | b"hgroup" | b"html" | b"main" | b"map" | b"menu" | b"nav" | b"ol" | b"optgroup"
    | b"picture" | b"section" | b"select" | b"table" | b"tbody" | b"tfoot" | b"thead" | b"tr"
    | b"ul" => &LAYOUT,
    b"textarea" | b"code" | b"pre" => &KEPT,
    _ => &FORMATTING,
  }
}

#[cfg(test)]
mod tests {
  use super::*;
  use minify_html_common::spec::tag::omission;
  use minify_html_common::spec::tag::void::VOID_TAGS;

  /// Every name of `minify_html_common`'s tables, HTML's other elements,
  /// SVG's, names of no element, and none.
  const NAMES: &[&str] = &[
    "",
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "keygen",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "menu",
    "meta",
    "meter",
    "nav",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
    "svg",
    "math",
    "desc",
    "text",
    "altGlyph",
    "tspan",
    "textPath",
    "tref",
    "altGlyphDef",
    "altGlyphItem",
    "animate",
    "animateColor",
    "animateMotion",
    "animateTransform",
    "circle",
    "clipPath",
    "cursor",
    "defs",
    "discard",
    "ellipse",
    "feBlend",
    "feFlood",
    "filter",
    "font-face",
    "font",
    "foreignObject",
    "g",
    "glyph",
    "image",
    "line",
    "linearGradient",
    "marker",
    "mask",
    "metadata",
    "path",
    "pattern",
    "polygon",
    "polyline",
    "rect",
    "set",
    "stop",
    "switch",
    "symbol",
    "use",
    "view",
    "clippath",
    "lis",
    "pp",
    "t",
    "x-custom",
    "P",
    "LI",
    "Body",
    "tdd",
    "h7",
    "ruby-text",
  ];

  #[test]
  fn the_rules_answer_as_the_published_tables() {
    for &a in NAMES {
      let a = a.as_bytes();
      assert_eq!(is_void(a), VOID_TAGS.contains(a), "void {a:?}");
      for ns in [Namespace::Html, Namespace::Svg] {
        for pre in [false, true] {
          let ours = whitespace(ns, a, pre);
          let theirs = get_whitespace_minification_for_tag(ns, a, pre);
          assert_eq!(
            (ours.collapse, ours.destroy_whole, ours.trim),
            (theirs.collapse, theirs.destroy_whole, theirs.trim),
            "whitespace {a:?}"
          );
        }
      }
      for &b in NAMES {
        let b = b.as_bytes();
        assert_eq!(
          can_omit_as_before(a, b),
          omission::can_omit_as_before(a, b),
          "{a:?} before {b:?}"
        );
        assert_eq!(
          can_omit_as_last_node(a, b),
          omission::can_omit_as_last_node(a, b),
          "{b:?} last in {a:?}"
        );
      }
    }
  }
}
