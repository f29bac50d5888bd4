//! A map of the home town and its partners, drawn at build time as SVG
//! from the theme's outline of Europe and its neighbours: no tiles, no
//! script, no request to another host. Markers, names in the page's
//! language, and a line from home to each partner with the distance.

use std::fmt::Write as _;

/// The outline's rings, in degrees (longitude, latitude).
#[derive(Debug, Default, Clone)]
pub struct Outline {
    rings: Vec<Vec<(f64, f64)>>,
}

/// Points per degree in the outline file.
const STEP: f64 = 50.0;

impl Outline {
    /// Reads the theme's `map/europe.txt`; see its README for the format.
    pub fn parse(text: &str) -> Result<Outline, String> {
        let mut rings = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let mut ring = Vec::new();
            let (mut x, mut y) = (0i64, 0i64);
            for (i, pair) in line.split(' ').enumerate() {
                let (a, b) = pair
                    .split_once(',')
                    .and_then(|(a, b)| Some((a.parse::<i64>().ok()?, b.parse::<i64>().ok()?)))
                    .ok_or_else(|| format!("line {}: `{pair}` is not two whole numbers", n + 1))?;
                if i == 0 {
                    (x, y) = (a, b);
                } else {
                    x += a;
                    y += b;
                }
                ring.push((x as f64 / STEP, y as f64 / STEP));
            }
            rings.push(ring);
        }
        Ok(Outline { rings })
    }
}

/// The great-circle distance in kilometres between two (lat, lon).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// A town on the map.
#[derive(Debug, Clone)]
pub struct Place {
    /// The name in the page's language.
    pub name: String,
    /// The language of the name when it is not the page's (a town's own
    /// name where the page's language has none).
    pub name_lang: Option<String>,
    pub lat: f64,
    pub lon: f64,
    /// For a partner: "1 234 km", in the page's language.
    pub distance: Option<String>,
}

/// What a map says of itself and how it looks.
#[derive(Debug, Clone, Copy)]
pub struct Frame<'a> {
    /// Makes the ids of its title and description unique on the page.
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    /// The site's identity colour, for the partners' marks and routes.
    pub color: &'a str,
    /// `WEB_HEIGHT` or `FOLDER_HEIGHT`.
    pub height: f64,
}

/// The map's width in SVG units.
const WIDTH: f64 = 800.0;
/// Its height on web pages; folders have less room.
pub const WEB_HEIGHT: f64 = 560.0;
pub const FOLDER_HEIGHT: f64 = 380.0;

/// Writes `v` rounded to a whole number, as `{:.0}` would (half to even,
/// `-0` kept), without the cost of formatting a float: the land's
/// outline has thousands of them on every map.
fn whole(out: &mut String, v: f64) {
    debug_assert!(v.is_finite() && v.abs() < 1e15, "{v}");
    let rounded = v.round_ties_even();
    if rounded == 0.0 && v.is_sign_negative() {
        out.push_str("-0");
    } else {
        let _ = write!(out, "{}", rounded as i64);
    }
}

/// Draws `home` and `partners`; `id` makes the ids of the title and
/// description unique on the page.
///
/// Styled with presentation attributes, so that it needs no stylesheet
/// (the same map is on web pages and in print).
pub fn svg(outline: &Outline, home: &Place, partners: &[Place], frame: &Frame) -> String {
    let Frame {
        id,
        title,
        desc,
        color,
        height,
    } = *frame;
    // A folder's map is printed small: its marks and names are drawn larger.
    let big = if height <= FOLDER_HEIGHT { 1.8 } else { 1.0 };
    let all: Vec<&Place> = std::iter::once(home).chain(partners).collect();
    let lat_mid = (all.iter().map(|p| p.lat).fold(f64::MAX, f64::min)
        + all.iter().map(|p| p.lat).fold(f64::MIN, f64::max))
        / 2.0;
    let k = lat_mid.to_radians().cos().max(0.2);
    let project = |lon: f64, lat: f64| (lon * k, -lat);
    // The window: every town, with room around for names.
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for p in &all {
        let (x, y) = project(p.lon, p.lat);
        (x0, x1, y0, y1) = (x0.min(x), x1.max(x), y0.min(y), y1.max(y));
    }
    let (mut w, mut h) = ((x1 - x0).max(3.0), (y1 - y0).max(3.0));
    w *= 1.5;
    h *= 1.5;
    if w / h > WIDTH / height {
        h = w * height / WIDTH;
    } else {
        w = h * WIDTH / height;
    }
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    let (left, top) = (cx - w / 2.0, cy - h / 2.0);
    let scale = WIDTH / w;
    let to_view = |lon: f64, lat: f64| {
        let (x, y) = project(lon, lat);
        ((x - left) * scale, (y - top) * scale)
    };

    let mut land = String::new();
    for ring in &outline.rings {
        let points: Vec<(f64, f64)> = ring.iter().map(|&(lon, lat)| to_view(lon, lat)).collect();
        let (mut a, mut b, mut c, mut d) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for &(x, y) in &points {
            (a, b, c, d) = (a.min(x), b.max(x), c.min(y), d.max(y));
        }
        if b < 0.0 || a > WIDTH || d < 0.0 || c > height || (b - a < 1.0 && d - c < 1.0) {
            continue;
        }
        // Points closer than a pixel to the last one drawn add nothing.
        let mut last = (f64::MAX, f64::MAX);
        let mut kept = 0;
        for (i, &(x, y)) in points.iter().enumerate() {
            if i > 0 && i + 1 < points.len() && (x - last.0).abs() < 1.0 && (y - last.1).abs() < 1.0
            {
                continue;
            }
            land.push(if i == 0 { 'M' } else { 'L' });
            whole(&mut land, x);
            land.push(' ');
            whole(&mut land, y);
            last = (x, y);
            kept += 1;
        }
        land.push('Z');
        if kept < 3 {
            // Too small to see: take it back out.
            if let Some(i) = land.rfind('M') {
                land.truncate(i);
            }
        }
    }

    let mut out = String::new();
    let _ = write!(
        out,
        r##"<svg class="map" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg" font-family="'Noto Sans', sans-serif"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc><rect width="{WIDTH}" height="{height}" fill="#e6eff6"/><path d="{land}" fill="#f6f3ec" stroke="#b8b1a3" stroke-width="0.7" stroke-linejoin="round"/>"##,
        super::escape(title),
        super::escape(desc)
    );
    let (hx, hy) = to_view(home.lon, home.lat);
    for p in partners {
        let (x, y) = to_view(p.lon, p.lat);
        let _ = write!(
            out,
            r#"<line x1="{hx:.1}" y1="{hy:.1}" x2="{x:.1}" y2="{y:.1}" stroke="{color}" stroke-width="{:.1}" stroke-dasharray="{:.0} {:.0}"/>"#,
            1.6 * big,
            5.0 * big,
            4.0 * big
        );
    }
    for (p, home) in std::iter::once((home, true)).chain(partners.iter().map(|p| (p, false))) {
        let (x, y) = to_view(p.lon, p.lat);
        let fill = if home { "#b3261e" } else { color };
        let anchor = if x > WIDTH * 0.75 { "end" } else { "start" };
        let label_x = x + (if anchor == "end" { -9.0 } else { 9.0 }) * big;
        // Inside SVG, HTML's <span> would end the drawing: names are text.
        let name = super::escape(&p.name);
        let lang = p
            .name_lang
            .as_ref()
            .map(|l| format!(" lang=\"{}\"", super::escape(l)))
            .unwrap_or_default();
        let distance = p
            .distance
            .as_ref()
            .map(|d| {
                format!(
                    r#"<tspan x="{label_x:.1}" dy="{:.0}" font-size="{:.0}" font-weight="400">{}</tspan>"#,
                    16.0 * big,
                    13.0 * big,
                    super::escape(d)
                )
            })
            .unwrap_or_default();
        let _ = write!(
            out,
            r##"<g><title{lang}>{name}</title><circle cx="{x:.1}" cy="{y:.1}" r="{:.0}" fill="{fill}" stroke="#fff" stroke-width="2"/><text x="{:.1}" y="{:.1}" text-anchor="{anchor}" font-size="{:.0}" font-weight="700" fill="#1d2433" stroke="#fff" stroke-width="{:.1}" paint-order="stroke"><tspan{lang}>{name}</tspan>{distance}</text></g>"##,
            if home { 7.0 * big } else { 5.0 * big },
            label_x,
            y + 4.0 * big,
            16.0 * big,
            3.5 * big,
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_written_as_float_formatting_would() {
        for v in [
            0.0,
            -0.0,
            -0.3,
            0.5,
            1.5,
            2.5,
            -2.5,
            799.49,
            -12.51,
            1e6 + 0.5,
        ] {
            let mut out = String::new();
            whole(&mut out, v);
            assert_eq!(out, format!("{v:.0}"), "{v}");
        }
    }

    fn place(name: &str, lat: f64, lon: f64) -> Place {
        Place {
            name: name.into(),
            name_lang: None,
            lat,
            lon,
            distance: Some("1 000 km".into()),
        }
    }

    #[test]
    fn distance_between_two_towns() {
        // Pruszków – Poissy: about 1,370 km as the crow flies.
        let d = distance_km((52.1706, 20.8120), (48.9294, 2.0456));
        assert!((1360.0..1380.0).contains(&d), "{d}");
        assert_eq!(distance_km((10.0, 10.0), (10.0, 10.0)), 0.0);
    }

    #[test]
    fn the_outline_is_read_from_differences() {
        let o = Outline::parse("1000,2500 50,0 0,50 -50,-50\n").unwrap();
        assert_eq!(
            o.rings[0],
            vec![(20.0, 50.0), (21.0, 50.0), (21.0, 51.0), (20.0, 50.0)]
        );
        assert!(Outline::parse("1,x").unwrap_err().contains("line 1"));
    }

    #[test]
    fn every_town_has_a_marker_with_its_title_inside_the_map() {
        let outline = Outline::parse(include_str!("../../themes/default/map/europe.txt")).unwrap();
        let home = place("Pruszków", 52.17, 20.81);
        let partners = [place("Poissy", 48.93, 2.05), place("Rustavi", 41.55, 45.0)];
        let frame = Frame {
            id: "m",
            title: "Map",
            desc: "Pruszków and its partners",
            color: "#1f5fa8",
            height: WEB_HEIGHT,
        };
        let svg = svg(&outline, &home, &partners, &frame);
        for name in ["Pruszków", "Poissy", "Rustavi"] {
            assert!(svg.contains(&format!("<title>{name}</title>")), "{name}");
        }
        assert!(svg.contains(r#"aria-labelledby="m-title m-desc""#));
        assert_eq!(svg.matches("<line").count(), 2);
        assert!(
            svg.contains(r##"fill="#f6f3ec""##) && svg.len() > 5_000,
            "no land drawn"
        );
        // Every marker lies inside the view.
        for circle in svg.split("<circle").skip(1) {
            let number = |name: &str| -> f64 {
                let value = circle.split(&format!("{name}=\"")).nth(1).unwrap();
                value[..value.find('"').unwrap()].parse().unwrap()
            };
            let (cx, cy) = (number("cx"), number("cy"));
            assert!((0.0..=WIDTH).contains(&cx) && (0.0..=WEB_HEIGHT).contains(&cy));
        }
    }
}
