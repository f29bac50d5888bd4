//! A map of the home town and its partners, drawn at build time as SVG
//! from the theme's outline of the world's countries: no tiles, no
//! script, no request to another host. Markers, names in the page's
//! language, and a line from home to each partner named, with the distance.

use std::fmt::Write as _;

/// The outline's rings, in degrees (longitude, latitude).
#[derive(Debug, Default, Clone)]
pub struct Outline {
    rings: Vec<Ring>,
    /// The least and greatest longitude of its points: a little beyond
    /// ±180°, where a land cut by the antimeridian runs on past it.
    lon: (f64, f64),
}

/// A ring of the outline, with the box around it and around each run of
/// [`RUN`] points along it: a map skips the rings it does not show
/// without projecting their points, and of a ring it shows only in part,
/// the runs wholly beyond one of its sides.
#[derive(Debug, Clone)]
struct Ring {
    points: Vec<(f64, f64)>,
    bounds: Bounds,
    /// The box of `points[i * RUN..(i + 1) * RUN]` for each `i`.
    runs: Vec<Bounds>,
}

/// Longitudes and latitudes: (least, greatest).
#[derive(Debug, Clone, Copy)]
struct Bounds {
    lon: (f64, f64),
    lat: (f64, f64),
}

impl Bounds {
    fn of(points: &[(f64, f64)]) -> Bounds {
        let (mut lon, mut lat) = ((f64::MAX, f64::MIN), (f64::MAX, f64::MIN));
        for &(x, y) in points {
            lon = (lon.0.min(x), lon.1.max(x));
            lat = (lat.0.min(y), lat.1.max(y));
        }
        Bounds { lon, lat }
    }
}

/// Points in a run of a ring with a box of its own ([`Ring::runs`]).
const RUN: usize = 32;

impl Ring {
    fn new(points: Vec<(f64, f64)>) -> Ring {
        Ring {
            bounds: Bounds::of(&points),
            runs: points.chunks(RUN).map(Bounds::of).collect(),
            points,
        }
    }
}

/// How far beyond the map's edges land is drawn: past the stroke, so the
/// cut along the edge never shows.
const MARGIN: f64 = 4.0;

/// The part of `polygon` inside the rectangle from (-MARGIN, -MARGIN) to
/// (`width` + MARGIN, `height` + MARGIN) (Sutherland–Hodgman: one pass
/// per side). Land beyond the edge of a map would only add bytes to every
/// page that shows it.
fn clip(polygon: Vec<(f64, f64)>, width: f64, height: f64) -> Vec<(f64, f64)> {
    let (low, right, bottom) = (-MARGIN, width + MARGIN, height + MARGIN);
    let mut poly = polygon;
    for side in 0..4 {
        let Some(&last) = poly.last() else {
            break;
        };
        let inside = |p: (f64, f64)| within(side, p, width, height);
        // Where the edge from `a` to `b` crosses this side's line.
        let cross = |a: (f64, f64), b: (f64, f64)| match side {
            0 | 1 => {
                let x = if side == 0 { low } else { right };
                (x, a.1 + (x - a.0) / (b.0 - a.0) * (b.1 - a.1))
            }
            _ => {
                let y = if side == 2 { low } else { bottom };
                (a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0), y)
            }
        };
        let mut out = Vec::with_capacity(poly.len() + 4);
        let (mut prev, mut prev_inside) = (last, inside(last));
        for &cur in &poly {
            let cur_inside = inside(cur);
            match (prev_inside, cur_inside) {
                (true, true) => out.push(cur),
                (true, false) => out.push(cross(prev, cur)),
                (false, true) => {
                    out.push(cross(prev, cur));
                    out.push(cur);
                }
                (false, false) => {}
            }
            (prev, prev_inside) = (cur, cur_inside);
        }
        poly = out;
    }
    poly
}

/// Whether `p` lies within `side` of the rectangle [`clip`] cuts to:
/// 0 left, 1 right, 2 top, 3 bottom, the order it cuts them in.
fn within(side: u8, p: (f64, f64), width: f64, height: f64) -> bool {
    match side {
        0 => p.0 >= -MARGIN,
        1 => p.0 <= width + MARGIN,
        2 => p.1 >= -MARGIN,
        _ => p.1 <= height + MARGIN,
    }
}

/// The first side [`clip`] cuts at that `p` lies beyond; 4 when it lies
/// inside the rectangle.
fn first_side_beyond(p: (f64, f64), width: f64, height: f64) -> u8 {
    // The four sides asked one by one, as `clip` cuts them.
    if !within(0, p, width, height) {
        0
    } else if !within(1, p, width, height) {
        1
    } else if !within(2, p, width, height) {
        2
    } else if !within(3, p, width, height) {
        3
    } else {
        4
    }
}

/// The side [`clip`] cuts first that every point of the box with corners
/// (`x.0`, `y.0`) and (`x.1`, `y.1`) lies beyond, as [`first_side_beyond`]
/// finds it for each of them; 4 when they need not all have the same.
/// The points beyond a side first lie within the sides before it and
/// beyond that one, each a half-plane along an axis, so the box's do when
/// its four corners do.
fn box_beyond(x: (f64, f64), y: (f64, f64), width: f64, height: f64) -> u8 {
    let side = first_side_beyond((x.0, y.0), width, height);
    let corners = [(x.1, y.0), (x.0, y.1), (x.1, y.1)];
    if corners
        .iter()
        .all(|&corner| first_side_beyond(corner, width, height) == side)
    {
        side
    } else {
        4
    }
}

/// The ring's points in `view`, except those inside a run
/// ([`Ring::runs`]) whose box lies beyond one side of the map: the run's
/// ends stand for it. [`beyond_cut`] would drop every point between
/// them, each having neighbours beyond the same side first, and keeps
/// or drops the ends as it would with the whole run, their neighbours
/// outside the run and inside it lying where they did; so the map comes
/// out the same without projecting them.
fn in_view(ring: &Ring, view: &View) -> Vec<(f64, f64)> {
    let mut points = Vec::new();
    for (run, bounds) in ring.points.chunks(RUN).zip(&ring.runs) {
        let (x, y) = view.bounds(bounds);
        let project = |&(lon, lat): &(f64, f64)| view.point(lon, lat);
        match run {
            [first, .., last] if box_beyond(x, y, WIDTH, view.height) < 4 => {
                points.extend([project(first), project(last)]);
            }
            _ => points.extend(run.iter().map(project)),
        }
    }
    points
}

/// `points` without those that [`clip`] would cut away with no trace: a
/// point whose neighbours lie, as it does, beyond the same side first.
/// Along a run of such points the cuts before that side keep all of them
/// and the cut at that side drops all of them, so only the run's ends
/// reach the clipped polygon; it comes out the same, from far fewer
/// points when a map shows a small part of a large coast.
fn beyond_cut(
    points: impl Iterator<Item = (f64, f64)>,
    width: f64,
    height: f64,
) -> Vec<(f64, f64)> {
    let mut kept = Vec::new();
    let mut before = None;
    let mut waiting: Option<((f64, f64), u8)> = None;
    for p in points {
        let side = first_side_beyond(p, width, height);
        if let Some((q, q_side)) = waiting {
            if !(q_side < 4 && before == Some(q_side) && side == q_side) {
                kept.push(q);
            }
            before = Some(q_side);
        }
        waiting = Some((p, side));
    }
    kept.extend(waiting.map(|(q, _)| q));
    kept
}

/// Points per degree in the outline file.
const STEP: f64 = 50.0;

impl Outline {
    /// Reads the theme's `map/world.txt`; see its README for the format.
    /// Read as bytes, without a check of the whole as UTF-8 first: what
    /// is not digits, signs, commas and spaces is refused with its line.
    pub fn parse(text: impl AsRef<[u8]>) -> Result<Outline, String> {
        let mut rings = Vec::new();
        for (n, line) in text.as_ref().split(|&b| b == b'\n').enumerate() {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let mut ring = Vec::with_capacity(line.len() / 6 + 1);
            let (mut x, mut y) = (0i64, 0i64);
            for (i, pair) in line.split(|&b| b == b' ').enumerate() {
                let (a, b) = pair
                    .iter()
                    .position(|&b| b == b',')
                    .and_then(|comma| {
                        Some((
                            whole_number(&pair[..comma])?,
                            whole_number(&pair[comma + 1..])?,
                        ))
                    })
                    .ok_or_else(|| {
                        let pair = String::from_utf8_lossy(pair);
                        format!("line {}: `{pair}` is not two whole numbers", n + 1)
                    })?;
                if i == 0 {
                    (x, y) = (a, b);
                } else {
                    x += a;
                    y += b;
                }
                ring.push((x as f64 / STEP, y as f64 / STEP));
            }
            rings.push(Ring::new(ring));
        }
        let lon = rings.iter().fold((f64::MAX, f64::MIN), |(w, e), ring| {
            (w.min(ring.bounds.lon.0), e.max(ring.bounds.lon.1))
        });
        Ok(Outline { rings, lon })
    }
}

/// A whole number as Rust writes one (`12`, `-12`, `+12`), read without
/// the cost of a general parser: an outline has tens of thousands.
fn whole_number(text: &[u8]) -> Option<i64> {
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        let d = i64::from(d - b'0');
        n = n.checked_mul(10)?;
        n = if negative {
            n.checked_sub(d)?
        } else {
            n.checked_add(d)?
        };
    }
    Some(n)
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

/// `v` rounded to a whole number, half to even. The map's coordinates
/// are finite and near the view, where every whole number is exact.
///
/// Adding 1.5 × 2⁵² leaves no bits for a fraction, so the sum is rounded
/// to a whole number by the processor's own rounding, half to even, and
/// taking it away again is exact: what `round_ties_even` gives, for any
/// value within 2⁵¹, without calling the C library's `rint` (x86-64 has
/// no rounding instruction Rust may assume), once for every coordinate
/// of a map.
fn whole(v: f64) -> i64 {
    const SHIFT: f64 = 6_755_399_441_055_744.0;
    debug_assert!(v.is_finite() && v.abs() < 1e15, "{v}");
    ((v + SHIFT) - SHIFT) as i64
}

/// Writes `n` into a path's data; `separated` when a number came before.
/// A minus sign separates numbers by itself. Most are the steps of a
/// path, of one digit, written as characters without a buffer.
fn number(out: &mut String, n: i64, separated: bool) {
    if separated && n >= 0 {
        out.push(' ');
    }
    match u8::try_from(n.unsigned_abs()) {
        Ok(digit @ 0..=9) => {
            if n < 0 {
                out.push('-');
            }
            out.push(char::from(b'0' + digit));
        }
        _ => out.push_str(itoa::Buffer::new().format(n)),
    }
}

/// A number written with one decimal ([`Fixed::tenths`]) or none
/// ([`Fixed::whole`]), exactly as `{:.1}` and `{:.0}` write it: the
/// number's exact value rounded half to even, the sign of a negative one
/// kept (`-0.0`). Found from the number's bits with whole numbers, where
/// Rust's formatting of floats takes a long way round; a map writes
/// several for every town on it.
#[derive(Debug, Clone, Copy)]
struct Fixed {
    value: f64,
    /// 1 or 10: how many parts of a whole are written.
    parts: u64,
}

impl Fixed {
    fn tenths(value: f64) -> Fixed {
        Fixed { value, parts: 10 }
    }

    fn whole(value: f64) -> Fixed {
        Fixed { value, parts: 1 }
    }

    /// The number of parts the value rounds to (its sign aside), unless it
    /// is too large or not a number.
    fn rounded(self) -> Option<u64> {
        if !self.value.is_finite() {
            return None;
        }
        let bits = self.value.to_bits();
        let exponent = i64::try_from((bits >> 52) & 0x7ff).ok()?;
        let fraction = bits & ((1 << 52) - 1);
        // The value is `mantissa` × 2^`power`.
        let (mantissa, power) = if exponent == 0 {
            (fraction, -1074)
        } else {
            (fraction | 1 << 52, exponent - 1075)
        };
        // Below 2^57: a mantissa has 53 bits and `parts` at most 10.
        let scaled = mantissa * self.parts;
        if power >= 0 {
            // Up to 2^63 without loss; larger numbers are written as Rust
            // writes them.
            return (power <= 6).then(|| scaled << power);
        }
        let shift = u32::try_from(-power).ok()?;
        if shift >= 64 {
            // Less than half a part.
            return Some(0);
        }
        let (whole, rest, half) = (
            scaled >> shift,
            scaled & ((1 << shift) - 1),
            1 << (shift - 1),
        );
        Some(if rest > half || (rest == half && whole % 2 == 1) {
            whole + 1
        } else {
            whole
        })
    }
}

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let digits = usize::from(self.parts == 10);
        let Some(rounded) = self.rounded() else {
            return write!(f, "{:.*}", digits, self.value);
        };
        if self.value.is_sign_negative() {
            f.write_str("-")?;
        }
        let mut buffer = itoa::Buffer::new();
        f.write_str(buffer.format(rounded / self.parts))?;
        if self.parts == 10 {
            f.write_str(".")?;
            f.write_str(buffer.format(rounded % 10))?;
        }
        Ok(())
    }
}

/// Where a map's window lies on the projected plane: every town, with
/// room around for names, at the map's width and height.
#[derive(Debug, Clone, Copy)]
struct View {
    k: f64,
    left: f64,
    top: f64,
    scale: f64,
    height: f64,
    /// Towns west of this longitude are drawn 360° further east
    /// ([`wrap_cut`]).
    cut: f64,
    /// Degrees added to the outline's longitudes: the copy of the world
    /// being drawn, for a map across the antimeridian.
    shift: f64,
}

/// The longitude west of which a map takes its towns 360° further east,
/// so that they span the least longitude: a map of towns on both sides
/// of the Pacific spans it rather than the rest of the world. Minus
/// infinity when the towns span least as they are (the widest gap
/// between their longitudes is across the antimeridian already), as for
/// every town in Europe, Africa or the Americas alone.
fn wrap_cut(lons: impl Iterator<Item = f64>) -> f64 {
    let mut lons: Vec<f64> = lons.collect();
    lons.sort_by(f64::total_cmp);
    let (Some(&first), Some(&last)) = (lons.first(), lons.last()) else {
        return f64::NEG_INFINITY;
    };
    let mut widest = (first + 360.0 - last, f64::NEG_INFINITY);
    for pair in lons.windows(2) {
        if pair[1] - pair[0] > widest.0 {
            widest = (pair[1] - pair[0], pair[1]);
        }
    }
    widest.1
}

impl View {
    /// The view of `towns`, each (latitude, longitude).
    fn new(towns: &[(f64, f64)], height: f64) -> View {
        let lat_mid = (towns.iter().map(|t| t.0).fold(f64::MAX, f64::min)
            + towns.iter().map(|t| t.0).fold(f64::MIN, f64::max))
            / 2.0;
        let k = lat_mid.to_radians().cos().max(0.2);
        let cut = wrap_cut(towns.iter().map(|t| t.1));
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for &(lat, lon) in towns {
            let (x, y) = (unwrapped(lon, cut) * k, -lat);
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
        View {
            k,
            left: cx - w / 2.0,
            top: cy - h / 2.0,
            scale: WIDTH / w,
            height,
            cut,
            shift: 0.0,
        }
    }

    /// A town's place in the map's units.
    fn town(&self, lat: f64, lon: f64) -> (f64, f64) {
        self.point(unwrapped(lon, self.cut), lat)
    }

    /// The copies of an outline of longitudes `lon` (least, greatest)
    /// the map shows part of: the world as it is, and the one east or
    /// west of it when the map reaches across the antimeridian.
    fn copies(&self, lon: (f64, f64)) -> impl Iterator<Item = View> + '_ {
        let (west, east) = (
            self.left / self.k,
            (self.left + WIDTH / self.scale) / self.k,
        );
        [-360.0, 0.0, 360.0]
            .into_iter()
            .filter(move |shift| west < lon.1 + shift && east > lon.0 + shift)
            .map(|shift| View { shift, ..*self })
    }

    /// The box of `bounds` in the map's units: its least and greatest x,
    /// and y. Projecting is linear and rounds the same way in each axis,
    /// so every point within `bounds` is projected within it.
    fn bounds(&self, bounds: &Bounds) -> ((f64, f64), (f64, f64)) {
        let (x0, y0) = self.point(bounds.lon.0, bounds.lat.1);
        let (x1, y1) = self.point(bounds.lon.1, bounds.lat.0);
        ((x0, x1), (y0, y1))
    }

    /// A point's place in the map's units.
    fn point(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            ((lon + self.shift) * self.k - self.left) * self.scale,
            (-lat - self.top) * self.scale,
        )
    }
}

/// A town's longitude on a map that takes towns west of `cut` 360°
/// further east ([`wrap_cut`]).
fn unwrapped(lon: f64, cut: f64) -> f64 {
    if lon < cut { lon + 360.0 } else { lon }
}

/// The path data of the land a map of `view` shows.
fn land(outline: &Outline, view: &View) -> String {
    view.copies(outline.lon)
        .map(|copy| land_of(outline, &copy))
        .collect()
}

/// The path data of the land of one copy of the world ([`View::copies`])
/// that a map of `view` shows.
fn land_of(outline: &Outline, view: &View) -> String {
    let height = view.height;
    let mut land = String::new();
    for ring in &outline.rings {
        let ((a, b), (c, d)) = view.bounds(&ring.bounds);
        if b < 0.0 || a > WIDTH || d < 0.0 || c > height || (b - a < 1.0 && d - c < 1.0) {
            continue;
        }
        if a < -MARGIN || b > WIDTH + MARGIN || c < -MARGIN || d > height + MARGIN {
            let points = clip(
                beyond_cut(in_view(ring, view).into_iter(), WIDTH, height),
                WIDTH,
                height,
            );
            if points.len() >= 3 {
                draw_ring(&mut land, points.into_iter());
            }
        } else {
            // Wholly in view: projected as it is drawn, never collected.
            draw_ring(
                &mut land,
                ring.points.iter().map(|&(lon, lat)| view.point(lon, lat)),
            );
        }
    }

    land
}

/// Writes a ring of points in the map's units to the path `land`,
/// leaving out points closer than a unit to the last one drawn, and the
/// ring whole when fewer than three are left.
fn draw_ring(land: &mut String, points: impl ExactSizeIterator<Item = (f64, f64)>) {
    let last_point = points.len().saturating_sub(1);
    let start = land.len();
    let mut last = (f64::MAX, f64::MAX);
    let mut at = (0, 0);
    let mut kept = 0;
    for (i, (x, y)) in points.enumerate() {
        // Points closer than a pixel to the last one drawn add nothing.
        if i > 0 && i < last_point && (x - last.0).abs() < 1.0 && (y - last.1).abs() < 1.0 {
            continue;
        }
        last = (x, y);
        let p = (whole(x), whole(y));
        if i == 0 {
            land.push('M');
            number(land, p.0, false);
            number(land, p.1, true);
        } else {
            // Each step from the last point, in whole units: short
            // numbers, and after the first `l` no letters at all.
            let (dx, dy) = (p.0 - at.0, p.1 - at.1);
            if (dx, dy) == (0, 0) {
                continue;
            }
            if kept == 1 {
                land.push('l');
            }
            number(land, dx, kept > 1);
            number(land, dy, true);
        }
        at = p;
        kept += 1;
    }
    if kept < 3 {
        // Too small to see: take it back out.
        land.truncate(start);
    } else {
        land.push('z');
    }
}

/// How a map draws its land.
#[derive(Debug, Clone, Copy)]
pub enum Land<'a> {
    /// In the map itself.
    Inline,
    /// From the file at this address ([`land_file`]), which maps of the
    /// same towns share whatever their language.
    Linked(&'a str),
    /// In the map itself, drawn into this cell by the first map and copied
    /// from it by the others: for maps of the same towns at the same
    /// height (the home page's map in every language, and the partners
    /// list's).
    Shared(&'a std::sync::OnceLock<String>),
}

/// The sea and land of a map of `towns` (latitude, longitude: the home
/// town's and its partners'), for [`Land::Linked`]: a drawing of its own,
/// without names.
pub fn land_file(outline: &Outline, towns: &[(f64, f64)], height: f64) -> String {
    let view = View::new(towns, height);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}">{}</svg>"##,
        land_shapes(&land(outline, &view), height)
    )
}

/// The sea, and over it the land.
fn land_shapes(land: &str, height: f64) -> String {
    format!(
        r##"<rect width="{WIDTH}" height="{height}" fill="#e6eff6"/><path d="{land}" fill="#f6f3ec" stroke="#b8b1a3" stroke-width="0.7" stroke-linejoin="round"/>"##
    )
}

/// Where a town's name is written: its first line's start (`x`, the
/// baseline's `y`) and `text-anchor`.
#[derive(Debug, Clone, Copy)]
struct Label {
    x: f64,
    y: f64,
    anchor: &'static str,
}

/// A box on the map: least and greatest x, and y.
#[derive(Debug, Clone, Copy)]
struct Rect {
    x: (f64, f64),
    y: (f64, f64),
}

impl Rect {
    fn overlaps(&self, other: &Rect) -> bool {
        self.x.0 < other.x.1 && other.x.0 < self.x.1 && self.y.0 < other.y.1 && other.y.0 < self.y.1
    }
}

/// The boxes already on a map, found by the cells of a grid they cover.
struct Taken {
    boxes: Vec<Rect>,
    cells: Vec<Vec<u32>>,
    columns: usize,
    rows: usize,
}

/// The side of a cell of [`Taken`]'s grid, in the map's units.
const CELL: f64 = 32.0;

impl Taken {
    fn new(height: f64) -> Taken {
        let columns = (WIDTH / CELL).ceil() as usize;
        let rows = (height / CELL).ceil().max(1.0) as usize;
        Taken {
            boxes: Vec::new(),
            cells: vec![Vec::new(); columns * rows],
            columns,
            rows,
        }
    }

    /// The cells `r` covers, within the grid.
    fn cells(&self, r: &Rect) -> impl Iterator<Item = usize> + use<> {
        let span = |(a, b): (f64, f64), n: usize| {
            let cell = |v: f64| ((v / CELL).floor().max(0.0) as usize).min(n - 1);
            cell(a)..=cell(b)
        };
        let (columns, rows) = (span(r.x, self.columns), span(r.y, self.rows));
        let width = self.columns;
        rows.flat_map(move |row| columns.clone().map(move |column| row * width + column))
    }

    fn add(&mut self, r: Rect) {
        let i = self.boxes.len() as u32;
        self.boxes.push(r);
        for cell in self.cells(&r) {
            self.cells[cell].push(i);
        }
    }

    /// Whether `r` overlaps a box but the `except`th.
    fn overlaps(&self, r: &Rect, except: usize) -> bool {
        self.cells(r).any(|cell| {
            self.cells[cell]
                .iter()
                .any(|&i| i as usize != except && self.boxes[i as usize].overlaps(r))
        })
    }
}

/// About how wide `text` is written at `size`, in bold: the width of a
/// broad letter of the fonts a map is shown in (Noto Sans, and DejaVu Sans
/// where a computer has no Noto, whose letters are wider), and a square
/// for the wide letters of Chinese, Japanese and Korean. Generous rather
/// than tight, so that names said not to touch do not.
fn text_width(text: &str, size: f64) -> f64 {
    use unicode_width::UnicodeWidthChar;
    let ems: f64 = text
        .chars()
        .map(|c| match c.width() {
            Some(2) => 1.0,
            Some(0) | None => 0.0,
            Some(_) => 0.68,
        })
        .sum();
    ems * size
}

/// The sizes of a map's marks and names at `big` times those of the
/// site's map (a folder's map is printed small, and draws them larger),
/// read both to place the names and to draw them.
const NAME_SIZE: f64 = 16.0;
const DISTANCE_SIZE: f64 = 13.0;
/// The width of the white outline drawn around the letters, half of it
/// outside them.
const HALO: f64 = 3.5;
/// The white ring around a town's mark, half of it outside the mark.
const RING: f64 = 2.0;

/// The radius of a town's mark, home's larger.
fn mark_radius(home: bool, big: f64) -> f64 {
    (if home { 7.0 } else { 5.0 }) * big
}

/// Where each town's name goes, `towns[0]` being home: beside its mark on
/// the side with more room, else on the other side, above or below it,
/// wherever it stays within the map and touches no name already placed
/// and no other town's mark. A name with no such place is left out, on a
/// map too crowded for it; its town keeps its mark, and the mark's title
/// names it. Home's name, placed first, is always written.
fn place_labels(towns: &[Town], big: f64, height: f64) -> Vec<Option<(Label, Rect)>> {
    let mut taken = Taken::new(height);
    for (i, (_, (x, y))) in towns.iter().enumerate() {
        // A mark, and its white ring.
        let r = mark_radius(i == 0, big) + RING / 2.0;
        taken.add(Rect {
            x: (x - r, x + r),
            y: (y - r, y + r),
        });
    }
    let (name_size, distance_size, gap) = (NAME_SIZE * big, DISTANCE_SIZE * big, 9.0 * big);
    let halo = HALO / 2.0 * big;
    towns
        .iter()
        .enumerate()
        .map(|(i, (p, (x, y)))| {
            let (x, y) = (*x, *y);
            let distance = p.distance.as_deref().unwrap_or("");
            let width = text_width(&p.name, name_size).max(text_width(distance, distance_size))
                + 2.0 * halo;
            // From the first line's ascent to the last line's descent.
            let above = 0.8 * name_size + halo;
            let below = if distance.is_empty() {
                0.25 * name_size
            } else {
                name_size + 0.25 * distance_size
            } + halo;
            let right = Label {
                x: x + gap,
                y: y + 4.0 * big,
                anchor: "start",
            };
            let left = Label {
                x: x - gap,
                anchor: "end",
                ..right
            };
            let sides = if x > WIDTH * 0.75 {
                [left, right]
            } else {
                [right, left]
            };
            let over = Label {
                x,
                y: y - gap - below + halo,
                anchor: "middle",
            };
            let under = Label {
                x,
                y: y + gap + above - halo,
                anchor: "middle",
            };
            let rect = |l: &Label| {
                let x0 = match l.anchor {
                    "start" => l.x - halo,
                    "end" => l.x - width + halo,
                    _ => l.x - width / 2.0,
                };
                Rect {
                    x: (x0, x0 + width),
                    y: (l.y - above, l.y + below),
                }
            };
            let fits = |l: &Label| {
                let r = rect(l);
                r.x.0 >= 0.0
                    && r.x.1 <= WIDTH
                    && r.y.0 >= 0.0
                    && r.y.1 <= height
                    && !taken.overlaps(&r, i)
            };
            let label = [sides[0], sides[1], over, under]
                .into_iter()
                .find(fits)
                .or((i == 0).then_some(sides[0]));
            let placed = label.map(|l| (l, rect(&l)));
            if let Some((_, r)) = placed {
                taken.add(r);
            }
            placed
        })
        .collect()
}

/// A town on a map and its place there.
type Town<'p> = (&'p Place, (f64, f64));

/// The view of a map of `home` and `partners`, and each town (home
/// first) with its place in it.
fn projected<'p>(home: &'p Place, partners: &'p [Place], height: f64) -> (View, Vec<Town<'p>>) {
    let all = || std::iter::once(home).chain(partners);
    let view = View::new(&all().map(|p| (p.lat, p.lon)).collect::<Vec<_>>(), height);
    let towns = all().map(|p| (p, view.town(p.lat, p.lon))).collect();
    (view, towns)
}

/// Draws `home` and `partners`; `id` makes the ids of the title and
/// description unique on the page.
///
/// Styled with presentation attributes, so that it needs no stylesheet
/// (the same map is on web pages and in print).
pub fn svg(
    outline: &Outline,
    home: &Place,
    partners: &[Place],
    frame: &Frame,
    land_drawn: Land,
) -> String {
    let Frame {
        id,
        title,
        desc,
        color,
        height,
    } = *frame;
    // A folder's map is printed small: its marks and names are drawn larger.
    let big = if height <= FOLDER_HEIGHT { 1.8 } else { 1.0 };
    let (view, towns) = projected(home, partners, height);
    let shapes = match land_drawn {
        Land::Inline => land_shapes(&land(outline, &view), height),
        Land::Shared(drawn) => drawn
            .get_or_init(|| land_shapes(&land(outline, &view), height))
            .clone(),
        Land::Linked(href) => format!(
            r#"<image href="{}" width="{WIDTH}" height="{height}"/>"#,
            super::escape(href)
        ),
    };
    let mut out = String::new();
    // Laid out left to right on a page in any direction: a label's `x`
    // and `text-anchor` place it beside its town, and a right-to-left
    // page would turn `start` into the other side.
    let _ = write!(
        out,
        r##"<svg class="map" viewBox="0 0 {WIDTH} {height}" direction="ltr" role="img" aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg" font-family="'Noto Sans', sans-serif"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>{shapes}"##,
        super::escape(title),
        super::escape(desc)
    );
    let labels = place_labels(&towns, big, height);
    // A route to each partner named on the map, which writes its
    // distance: on a crowded map, the towns left unnamed get no route
    // either, as a fan of hundreds of lines would show nothing.
    let (hx, hy) = towns[0].1;
    let named = towns.iter().zip(&labels).skip(1);
    for ((_, (x, y)), _) in named.filter(|(_, label)| label.is_some()) {
        let _ = write!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{color}" stroke-width="{}" stroke-dasharray="{} {}"/>"#,
            Fixed::tenths(hx),
            Fixed::tenths(hy),
            Fixed::tenths(*x),
            Fixed::tenths(*y),
            Fixed::tenths(1.6 * big),
            Fixed::whole(5.0 * big),
            Fixed::whole(4.0 * big)
        );
    }
    // The marks, home's last, over the partners', then the names over
    // them all.
    let lang_of = |p: &Place| {
        p.name_lang
            .as_ref()
            .map(|l| format!(" lang=\"{}\"", super::escape(l)))
            .unwrap_or_default()
    };
    for (i, (p, (x, y))) in towns
        .iter()
        .enumerate()
        .skip(1)
        .chain(towns.iter().enumerate().take(1))
    {
        let home = i == 0;
        let _ = write!(
            out,
            r##"<g><title{}>{}</title><circle cx="{}" cy="{}" r="{}" fill="{}" stroke="#fff" stroke-width="{RING}"/></g>"##,
            lang_of(p),
            // Inside SVG, HTML's <span> would end the drawing: names are text.
            super::escape(&p.name),
            Fixed::tenths(*x),
            Fixed::tenths(*y),
            Fixed::whole(mark_radius(home, big)),
            if home { "#b3261e" } else { color },
        );
    }
    for ((p, _), label) in towns.iter().zip(labels) {
        let Some((Label { x, y, anchor }, _)) = label else {
            continue;
        };
        let distance = p
            .distance
            .as_ref()
            .map(|d| {
                format!(
                    r#"<tspan x="{}" dy="{}" font-size="{}" font-weight="400">{}</tspan>"#,
                    Fixed::tenths(x),
                    Fixed::whole(NAME_SIZE * big),
                    Fixed::whole(DISTANCE_SIZE * big),
                    super::escape(d)
                )
            })
            .unwrap_or_default();
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" text-anchor="{anchor}" font-size="{}" font-weight="700" fill="#1d2433" stroke="#fff" stroke-width="{}" paint-order="stroke"><tspan{}>{}</tspan>{distance}</text>"##,
            Fixed::tenths(x),
            Fixed::tenths(y),
            Fixed::whole(NAME_SIZE * big),
            Fixed::tenths(HALO * big),
            lang_of(p),
            super::escape(&p.name),
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_rounds_half_to_even_as_the_standard_library_does() {
        let mut values = vec![
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -0.5,
            -1.5,
            -2.5,
            1e15 - 0.5,
            -1e15 + 0.5,
        ];
        values.extend([
            0.49999999999999994,
            -0.49999999999999994,
            562_949_953_421_312.5,
        ]);
        // A spread of values, and the halves and their neighbours.
        let mut x = 0.37_f64;
        for i in 0..20_000 {
            x = (x * 3.7 + 0.123).fract();
            let v = (x - 0.5) * 10f64.powi(i % 16);
            values.push(v);
            let half = v.trunc() + 0.5;
            values.extend([half, -half, half.next_up(), half.next_down()]);
        }
        for v in values {
            assert_eq!(whole(v), v.round_ties_even() as i64, "{v:e}");
        }
    }

    #[test]
    fn numbers_are_written_as_rust_writes_them_with_one_decimal_or_none() {
        let mut seed = 11u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed
        };
        let mut values = vec![
            0.0,
            -0.0,
            0.05,
            -0.05,
            0.25,
            0.35,
            0.45,
            2.5,
            3.5,
            -2.5,
            0.75,
            12.25,
            12.35,
            1e-300,
            -1e-300,
            5e-324,
            0.049999999999999996,
            9.95,
            99.95,
            1e17,
            5.8e17,
            1e19,
            -1e19,
            1e300,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        for _ in 0..200_000 {
            let r = next();
            values.push(match r % 4 {
                // Map coordinates, and quarters and halves, which tie.
                0 => (r >> 8) as f64 / 1e6 - 500.0,
                1 => ((r >> 8) % 100_000) as f64 / 4.0 - 5_000.0,
                2 => ((r >> 8) % 100_000) as f64 / 20.0 - 2_500.0,
                _ => f64::from_bits(r),
            });
        }
        for v in values {
            assert_eq!(Fixed::tenths(v).to_string(), format!("{v:.1}"), "{v:e}");
            assert_eq!(Fixed::whole(v).to_string(), format!("{v:.0}"), "{v:e}");
        }
    }

    #[test]
    fn whole_numbers_are_read_as_rust_reads_them() {
        let cases = [
            "0",
            "7",
            "-7",
            "+7",
            "-0",
            "0012",
            "",
            "-",
            "+",
            "1-",
            "1.5",
            " 1",
            "1 ",
            "1e3",
            "٣",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "--1",
            "+-1",
        ];
        for case in cases {
            assert_eq!(
                whole_number(case.as_bytes()),
                case.parse::<i64>().ok(),
                "{case}"
            );
        }
    }

    #[test]
    fn an_outline_that_is_not_pairs_of_numbers_is_refused_with_its_line() {
        for (text, message) in [
            (
                "1,2 3,4\n5,6 7;8\n",
                "line 2: `7;8` is not two whole numbers",
            ),
            ("1,2  3,4\n", "line 1: `` is not two whole numbers"),
            ("1,2 3,x\n", "line 1: `3,x` is not two whole numbers"),
        ] {
            assert_eq!(Outline::parse(text).unwrap_err(), message);
        }
    }

    /// The rings of a path's data as absolute points.
    fn rings_of(data: &str) -> Vec<Vec<(i64, i64)>> {
        let mut rings = Vec::new();
        for ring in data.split('z').filter(|r| !r.is_empty()) {
            let ring = ring.strip_prefix('M').unwrap();
            let (start, steps) = ring.split_once('l').unwrap();
            let numbers = |s: &str| -> Vec<i64> {
                s.replace('-', " -")
                    .split_whitespace()
                    .map(|n| n.parse().unwrap())
                    .collect()
            };
            let start = numbers(start);
            let mut at = (start[0], start[1]);
            let mut points = vec![at];
            for step in numbers(steps).chunks(2) {
                at = (at.0 + step[0], at.1 + step[1]);
                points.push(at);
            }
            rings.push(points);
        }
        rings
    }

    #[test]
    fn paths_are_written_in_steps_from_point_to_point() {
        let o = Outline::parse("1000,2500 100,0 0,100 -100,0 0,-100\n").unwrap();
        let frame = Frame {
            id: "m",
            title: "",
            desc: "",
            color: "#000",
            height: WEB_HEIGHT,
        };
        let svg = svg(
            &o,
            &place("A", 50.5, 20.5),
            &[place("B", 51.5, 21.5)],
            &frame,
            Land::Inline,
        );
        let data = svg.split(" d=\"").nth(1).unwrap();
        let data = &data[..data.find('"').unwrap()];
        assert!(data.starts_with('M') && data.ends_with('z'), "{data}");
        assert!(!data.contains("--") && !data.contains(" -"), "{data}");
        let rings = rings_of(data);
        assert_eq!(rings.len(), 1);
        let ring = &rings[0];
        // The square's corners, each where the projection puts it.
        assert_eq!(ring.len(), 5, "{ring:?}");
        assert_eq!(ring[0], ring[4]);
        let (w, h) = (ring[1].0 - ring[0].0, ring[2].1 - ring[1].1);
        assert!(w > 0 && h < 0 && ring[3].0 == ring[0].0, "{ring:?}");
        assert_eq!(number_of(-12, true), "-12");
        assert_eq!(number_of(12, true), " 12");
        assert_eq!(number_of(0, false), "0");
        // One digit or more, each as Rust writes it.
        for n in -1_000..=1_000 {
            assert_eq!(number_of(n, false), n.to_string());
            let separated = if n < 0 {
                n.to_string()
            } else {
                format!(" {n}")
            };
            assert_eq!(number_of(n, true), separated);
        }
        assert_eq!(number_of(i64::MIN, false), i64::MIN.to_string());
    }

    fn number_of(n: i64, separated: bool) -> String {
        let mut out = String::new();
        number(&mut out, n, separated);
        out
    }

    fn world() -> Outline {
        Outline::parse(include_str!("../../themes/default/map/world.txt")).unwrap()
    }

    const WEB_FRAME: Frame = Frame {
        id: "m",
        title: "Map",
        desc: "Pruszków and its partners",
        color: "#1f5fa8",
        height: WEB_HEIGHT,
    };

    const FOLDER_FRAME: Frame = Frame {
        id: "m",
        title: "Map",
        desc: "",
        color: "#1f5fa8",
        height: FOLDER_HEIGHT,
    };

    /// The outline, a folder's frame, and a home town and one partner.
    fn two_towns() -> (Outline, Frame<'static>, Place, [Place; 1]) {
        (
            world(),
            FOLDER_FRAME,
            place("Pruszków", 52.17, 20.81),
            [place("Poissy", 48.93, 2.05)],
        )
    }

    /// Maps that share their land draw it once, into the cell, and copy it
    /// from there: the same map as drawing it each time.
    #[test]
    fn shared_land_is_drawn_once_and_the_same() {
        let (outline, frame, home, partners) = two_towns();
        let inline = svg(&outline, &home, &partners, &frame, Land::Inline);
        let cell = std::sync::OnceLock::new();
        assert_eq!(
            svg(&outline, &home, &partners, &frame, Land::Shared(&cell)),
            inline
        );
        assert!(
            cell.get()
                .is_some_and(|land| inline.contains(land.as_str()))
        );
        // Once drawn, the land is not drawn again: the cell's is copied.
        let drawn = std::sync::OnceLock::from("<path d=\"M0 0\"/>".to_string());
        let shared = svg(&outline, &home, &partners, &frame, Land::Shared(&drawn));
        assert!(shared.contains("<path d=\"M0 0\"/>"), "{shared}");
    }

    /// A map that links its land draws it from the file, which holds
    /// the very land the map would draw itself, and no names.
    #[test]
    fn linked_land_is_the_land_the_map_would_draw() {
        let (outline, frame, home, partners) = two_towns();
        let inline = svg(&outline, &home, &partners, &frame, Land::Inline);
        let linked = svg(
            &outline,
            &home,
            &partners,
            &frame,
            Land::Linked("../map.svg"),
        );
        let file = land_file(&outline, &[(52.17, 20.81), (48.93, 2.05)], FOLDER_HEIGHT);
        let land_of = |svg: &str| {
            let data = svg.split(" d=\"").nth(1).unwrap().to_string();
            data[..data.find('"').unwrap()].to_string()
        };
        assert!(land_of(&inline).len() > 1000);
        assert_eq!(land_of(&inline), land_of(&file));
        assert!(!linked.contains(" d=\""), "{linked}");
        assert!(linked.contains(r#"<image href="../map.svg" width="800" height="380"/>"#));
        assert!(file.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(!file.contains("Pruszków") && linked.contains("Pruszków"));
        // Everything but the land is the same.
        let names = |svg: &str| svg[svg.find("<line").unwrap()..].to_string();
        assert_eq!(names(&inline), names(&linked));
    }

    #[test]
    fn points_dropped_before_the_cut_change_nothing_it_keeps() {
        // Random walks around and across the rectangle, some far beyond
        // it on one side or winding around a corner: clipped with and
        // without the points dropped first, they come out the same.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut random = move |range: f64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 1_000_000) as f64 / 1_000_000.0 * range
        };
        let (width, height) = (800.0, 380.0);
        let mut dropped = 0;
        for _ in 0..2_000 {
            let mut p = (random(1600.0) - 400.0, random(1200.0) - 400.0);
            let step = 1.0 + random(200.0);
            let polygon: Vec<(f64, f64)> = (0..3 + random(200.0) as usize)
                .map(|_| {
                    p = (
                        p.0 + random(2.0 * step) - step,
                        p.1 + random(2.0 * step) - step,
                    );
                    p
                })
                .collect();
            let fewer = beyond_cut(polygon.iter().copied(), width, height);
            dropped += polygon.len() - fewer.len();
            assert_eq!(
                clip(fewer, width, height),
                clip(polygon.clone(), width, height),
                "{polygon:?}"
            );
        }
        assert!(dropped > 10_000, "{dropped}");
    }

    /// The runs of a ring that a map's box puts beyond one side are
    /// passed over with their ends only, and every map comes out as it
    /// would with all their points projected: maps of towns all over the
    /// outline, near and far apart, at both heights.
    #[test]
    fn runs_beyond_a_side_change_nothing_the_map_draws() {
        let outline = world();
        let mut every_point = outline.clone();
        let anywhere = Bounds {
            lon: (f64::MIN, f64::MAX),
            lat: (f64::MIN, f64::MAX),
        };
        for ring in &mut every_point.rings {
            ring.runs.fill(anywhere);
        }
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut random = move |from: f64, to: f64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            from + (seed % 1_000_000) as f64 / 1_000_000.0 * (to - from)
        };
        let (mut passed, mut drawn) = (0, 0);
        for i in 0..300 {
            let home = (random(35.0, 65.0), random(-10.0, 40.0));
            let spread = if i % 2 == 0 { 3.0 } else { 25.0 };
            let partner = (
                home.0 + random(-spread, spread),
                home.1 + random(-spread, spread),
            );
            let height = if i % 3 == 0 {
                WEB_HEIGHT
            } else {
                FOLDER_HEIGHT
            };
            let view = View::new(&[home, partner], height);
            let fewer = land(&outline, &view);
            assert_eq!(fewer, land(&every_point, &view), "{home:?} {partner:?}");
            drawn += usize::from(fewer.len() > 1000);
            passed += outline
                .rings
                .iter()
                .map(|ring| ring.points.len() - in_view(ring, &view).len())
                .sum::<usize>();
        }
        // Most maps show land, and most points of the outline lie in runs
        // beyond their sides.
        assert!(drawn > 250, "{drawn}");
        assert!(passed > 300 * 20_000, "{passed}");
    }

    #[test]
    fn land_is_cut_at_the_edge_of_the_map() {
        // A square from -10 to 10 on a map 5 wide and 5 high.
        let square = vec![(-10.0, -10.0), (10.0, -10.0), (10.0, 10.0), (-10.0, 10.0)];
        let cut = clip(square, 5.0, 5.0);
        let m = MARGIN;
        for corner in [(-m, -m), (5.0 + m, -m), (5.0 + m, 5.0 + m), (-m, 5.0 + m)] {
            assert!(cut.contains(&corner), "{corner:?} in {cut:?}");
        }
        assert!(
            cut.iter()
                .all(|&(x, y)| (-m..=5.0 + m).contains(&x) && (-m..=5.0 + m).contains(&y))
        );
        // Land wholly beyond the edge is left out.
        assert!(clip(vec![(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)], 5.0, 5.0).is_empty());
        // A slanted edge is cut where it crosses.
        let cut = clip(vec![(0.0, 0.0), (20.0, 0.0), (0.0, 4.0)], 5.0, 5.0);
        let x = 5.0 + m;
        assert!(cut.contains(&(x, 4.0 - 4.0 * x / 20.0)), "{cut:?}");
    }

    #[test]
    fn a_map_of_two_near_towns_draws_only_their_region() {
        let (outline, frame) = (world(), FOLDER_FRAME);
        let whole_europe = svg(
            &outline,
            &place("Lisboa", 38.72, -9.14),
            &[place("Tbilisi", 41.72, 44.78)],
            &frame,
            Land::Inline,
        );
        let near = svg(
            &outline,
            &place("Pruszków", 52.17, 20.81),
            &[place("Kutno", 52.23, 19.36)],
            &frame,
            Land::Inline,
        );
        assert!(
            near.len() * 4 < whole_europe.len(),
            "{} bytes near, {} for Europe",
            near.len(),
            whole_europe.len()
        );
        // Every point drawn lies within the margin around the map.
        let land = near.split(" d=\"").nth(1).unwrap();
        let land = &land[..land.find('"').unwrap()];
        let m = MARGIN as i64;
        for (x, y) in rings_of(land).into_iter().flatten() {
            assert!((-m..=WIDTH as i64 + m).contains(&x), "{x}");
            assert!((-m..=FOLDER_HEIGHT as i64 + m).contains(&y), "{y}");
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
            o.rings[0].points,
            vec![(20.0, 50.0), (21.0, 50.0), (21.0, 51.0), (20.0, 50.0)]
        );
        assert!(Outline::parse("1,x").unwrap_err().contains("line 1"));
        // Lines ended as Windows ends them, and blank ones, read alike.
        let crlf = Outline::parse("\r\n1000,2500 50,0 0,50 -50,-50\r\n  \r\n").unwrap();
        assert_eq!(crlf.rings.len(), 1);
        assert_eq!(crlf.rings[0].points, o.rings[0].points);
        assert!(
            Outline::parse("1,2\n3,\u{e9}")
                .unwrap_err()
                .contains("line 2")
        );
    }

    #[test]
    fn every_town_has_a_marker_with_its_title_inside_the_map() {
        let outline = world();
        let home = place("Pruszków", 52.17, 20.81);
        let partners = [place("Poissy", 48.93, 2.05), place("Rustavi", 41.55, 45.0)];
        let svg = svg(&outline, &home, &partners, &WEB_FRAME, Land::Inline);
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

    /// `n` towns scattered over central Europe, the same each time.
    fn scattered(n: usize) -> Vec<Place> {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        (0..n)
            .map(|i| {
                let name = [
                    "Ry",
                    "Gödöllő",
                    "Saint-Étienne-du-Rouvray",
                    "上越市",
                    "Ústí",
                ][i % 5];
                place(
                    &format!("{name} {i}"),
                    45.0 + 10.0 * next(),
                    5.0 + 20.0 * next(),
                )
            })
            .collect()
    }

    #[test]
    fn names_on_a_crowded_map_run_into_no_other_name_or_mark() {
        let home = place("Pruszków", 52.17, 20.81);
        for (n, big, height) in [
            (40, 1.0, WEB_HEIGHT),
            (1_500, 1.0, WEB_HEIGHT),
            (60, 1.8, FOLDER_HEIGHT),
        ] {
            let partners = scattered(n);
            let (_, towns) = projected(&home, &partners, height);
            let labels = place_labels(&towns, big, height);
            let placed: Vec<&Rect> = labels.iter().flatten().map(|(_, r)| r).collect();
            assert!(labels[0].is_some(), "home's name is always written");
            assert!(
                placed.len() > 2 && placed.len() < towns.len(),
                "{n}: {} names",
                placed.len()
            );
            for (i, r) in placed.iter().enumerate() {
                assert!(r.x.0 >= 0.0 && r.x.1 <= WIDTH && r.y.0 >= 0.0 && r.y.1 <= height);
                for other in &placed[i + 1..] {
                    assert!(!r.overlaps(other), "{r:?} and {other:?}");
                }
            }
            for (i, (_, label)) in towns.iter().zip(&labels).enumerate() {
                let Some((_, r)) = label else { continue };
                for (j, (_, (x, y))) in towns.iter().enumerate() {
                    let mark = Rect {
                        x: (x - mark_radius(false, big), x + mark_radius(false, big)),
                        y: (y - mark_radius(false, big), y + mark_radius(false, big)),
                    };
                    // Home's name is written even over other marks.
                    assert!(
                        i == 0 || i == j || !r.overlaps(&mark),
                        "town {i}'s name covers town {j}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_name_with_no_room_on_one_side_goes_to_another() {
        // Three towns in a row, 45 units apart: a name beside a town would
        // cover the next town's mark. Home's goes to its left, the middle
        // town's above it, the last town's to its right.
        let home = place("Aaaa", 50.0, 10.0);
        let partners = [
            place("Bbbb", 50.0, 11.5),
            place("Cccc", 50.0, 13.0),
            place("Dddd", 45.0, 20.0),
        ];
        let (_, towns) = projected(&home, &partners, WEB_HEIGHT);
        let labels = place_labels(&towns, 1.0, WEB_HEIGHT);
        let anchors: Vec<&str> = labels
            .iter()
            .map(|l| l.as_ref().map_or("none", |(l, _)| l.anchor))
            .collect();
        // Near the right edge, a name goes to the left of its town first.
        assert_eq!(anchors, ["end", "middle", "start", "end"]);
        let (over, _) = labels[1].unwrap();
        assert!(over.y < towns[1].1.1, "above its town");
    }

    #[test]
    fn towns_on_both_sides_of_the_pacific_are_drawn_across_it() {
        // Towns of Europe, and of Europe and the Americas, span least as
        // they are.
        assert_eq!(wrap_cut([20.8, 2.0, -9.1].into_iter()), f64::NEG_INFINITY);
        assert_eq!(
            wrap_cut([20.8, -74.0, -122.4].into_iter()),
            f64::NEG_INFINITY
        );
        // Jōetsu, Seoul and Los Angeles: across the Pacific, Los Angeles
        // taken 360° east.
        let (joetsu, seoul, la) = ((37.15, 138.24), (37.57, 126.98), (34.05, -118.24));
        assert_eq!(wrap_cut([joetsu.1, seoul.1, la.1].into_iter()), 126.98);
        let home = place("上越市", joetsu.0, joetsu.1);
        let partners = [
            place("서울", seoul.0, seoul.1),
            place("Los Angeles", la.0, la.1),
        ];
        let (view, towns) = projected(&home, &partners, WEB_HEIGHT);
        let x: Vec<f64> = towns.iter().map(|(_, (x, _))| *x).collect();
        assert!(x[1] < x[0] && x[0] < x[2], "west to east: {x:?}");
        assert!(x.iter().all(|x| (0.0..WIDTH).contains(x)), "{x:?}");
        // Asia from the world as it is, America from its copy east of it.
        let outline = world();
        let shifts: Vec<f64> = view.copies(outline.lon).map(|v| v.shift).collect();
        assert_eq!(shifts, [0.0, 360.0]);
        let asia = land_of(&outline, &View { shift: 0.0, ..view });
        let america = land_of(
            &outline,
            &View {
                shift: 360.0,
                ..view
            },
        );
        assert!(asia.len() > 1_000 && america.len() > 1_000);
        assert!(land(&outline, &view) == asia + &america);
        // The map of Europe draws it once.
        let (view, _) = projected(&place("Pruszków", 52.17, 20.81), &scattered(40), WEB_HEIGHT);
        assert_eq!(view.copies(outline.lon).count(), 1);
    }

    #[test]
    fn land_is_drawn_near_towns_anywhere_in_the_world() {
        let outline = world();
        for (home, partner) in [
            (("Jōetsu", 37.15, 138.24), ("Busan", 35.18, 129.08)),
            (("Curitiba", -25.43, -49.27), ("Montevideo", -34.90, -56.16)),
            (("Nairobi", -1.29, 36.82), ("Kampala", 0.35, 32.58)),
            (("Reykjavík", 64.15, -21.94), ("Nuuk", 64.18, -51.69)),
            (("Anadyr", 64.73, 177.51), ("Nome", 64.50, -165.41)),
            (("Suva", -18.14, 178.44), ("Apia", -13.83, -171.76)),
        ] {
            let view = View::new(&[(home.1, home.2), (partner.1, partner.2)], FOLDER_HEIGHT);
            let drawn = land(&outline, &view);
            assert!(
                drawn.len() > 500,
                "{} and {}: {} bytes",
                home.0,
                partner.0,
                drawn.len()
            );
            // No line across the map from a land cut at the antimeridian.
            let widest = drawn
                .split('M')
                .flat_map(|ring| {
                    let steps = ring.split_once('l').map_or("", |(_, steps)| steps);
                    let numbers: Vec<i64> = steps
                        .trim_end_matches('z')
                        .replace('-', " -")
                        .split_whitespace()
                        .map(|n| n.parse().unwrap())
                        .collect();
                    numbers
                        .chunks(2)
                        .map(|step| step[0].abs())
                        .collect::<Vec<_>>()
                })
                .max();
            assert!(
                widest < Some(WIDTH as i64 / 2),
                "{} and {}: {widest:?}",
                home.0,
                partner.0
            );
        }
        // Lands cut by the antimeridian are whole in the outline: no step
        // from one point to the next crosses it, but around the pole.
        let crossing = outline
            .rings
            .iter()
            .filter(|r| r.points.windows(2).any(|w| (w[1].0 - w[0].0).abs() > 180.0))
            .count();
        assert_eq!(crossing, 1, "Antarctica");
    }

    #[test]
    fn wide_letters_are_given_more_room() {
        assert!(text_width("上越市", 10.0) > 1.4 * text_width("abc", 10.0));
        assert!(text_width("Saint-Étienne", 16.0) > text_width("Ry", 16.0));
        // Combining marks take no room of their own.
        assert_eq!(text_width("e\u{301}", 10.0), text_width("e", 10.0));
    }

    #[test]
    fn a_map_without_room_for_every_name_still_marks_and_names_every_town_and_routes_the_named() {
        let outline = world();
        let home = place("Pruszków", 52.17, 20.81);
        let partners = scattered(300);
        let svg = svg(&outline, &home, &partners, &WEB_FRAME, Land::Inline);
        assert_eq!(svg.matches("<circle").count(), 301);
        assert_eq!(svg.matches("<title>").count(), 301);
        let names = svg.matches("<text").count();
        assert!(names > 5 && names < 100, "{names} names");
        // A route from home to each partner named, and to no other.
        assert_eq!(svg.matches("<line").count(), names - 1);
        // Home's mark is drawn last, over the others; the names after it.
        let home_mark = svg.find("<title>Pruszków</title>").unwrap();
        assert!(svg[..home_mark].matches("<circle").count() == 300);
        assert!(!svg[..home_mark].contains("<text"));
    }
}
