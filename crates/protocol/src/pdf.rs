//! A PDF of photographed pages, small enough to own: one JPEG per A4 page, embedded as-is
//! (`/DCTDecode`), so the browser can join several photos of a paper document into the one
//! file an upload slot takes, without a PDF library in the wasm. PDF 1.4 (Adobe's PDF
//! Reference, third edition: §3.4 the file structure, §4.8 images); nothing is compressed but
//! the JPEGs themselves. Also [`page_count`], which reads how many pages any PDF has, as long as
//! its page objects are not inside compressed object streams.

use crate::upload::jpeg_frame;

/// One page: a JPEG (as bytes) with its pixel size.
///
/// The size in the JPEG's own frame header wins; `width` and `height` are used only when that
/// header cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JpegPage<'a> {
    pub width: u32,
    pub height: u32,
    pub jpeg: &'a [u8],
}

/// The header, then a comment of bytes over 127 so that tools treat the file as binary.
const HEADER: &[u8] = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
/// A4 portrait in points.
const A4: (u32, u32) = (595, 842);
/// 10 mm (28.3465 pt) in hundredths of a point, rounded up so the margin is never narrower.
const MARGIN: u64 = 2835;
/// The widest value of each variable field, for [`overhead`].
const WIDEST_COORDINATE: u64 = 99_999;

/// A PDF 1.4 with one A4 portrait page per image (595×842 pt; landscape A4 842×595 when the
/// image is wider than tall), the image scaled to fit inside a 10 mm margin, centred, aspect
/// kept, embedded as-is with /Filter /DCTDecode.
///
/// The colour space comes from the JPEG's frame header: 1 component is `/DeviceGray`, 4 are
/// `/DeviceCMYK`, anything else (or a header that cannot be read) `/DeviceRGB`. No pages make
/// a PDF with an empty page tree.
#[must_use]
pub fn from_jpegs(pages: &[JpegPage<'_>]) -> Vec<u8> {
    let placed: Vec<Placed<'_>> = pages.iter().map(Placed::of).collect();
    let images: usize = pages.iter().map(|page| page.jpeg.len()).sum();
    write(&placed, images.saturating_add(overhead(pages.len())))
}

/// Bytes the PDF adds around the JPEGs for n pages (an upper bound), so the caller can budget
/// each page's JPEG under a file-size limit.
#[must_use]
pub fn overhead(pages: usize) -> usize {
    let widest = Placed {
        width: u64::from(u32::MAX),
        height: u64::from(u32::MAX),
        colour: "/DeviceCMYK",
        media: (A4.1, A4.1),
        draw: [WIDEST_COORDINATE; 4],
        jpeg: &[],
        length: usize::MAX,
    };
    let written = write(&vec![widest; pages], 0).len();
    // `startxref`'s offset is written for a file without images: allow for a longer number.
    written.saturating_add(usize::MAX.to_string().len())
}

/// One page as it will be written: the image's size and colour space, the page's size in
/// points, and where the image is drawn, in hundredths of a point (width, height, x, y).
#[derive(Clone, Copy)]
struct Placed<'a> {
    width: u64,
    height: u64,
    colour: &'static str,
    media: (u32, u32),
    draw: [u64; 4],
    jpeg: &'a [u8],
    length: usize,
}

impl<'a> Placed<'a> {
    fn of(page: &JpegPage<'a>) -> Self {
        let (width, height, components) =
            jpeg_frame(page.jpeg).unwrap_or((page.width, page.height, 3));
        let (width, height) = (u64::from(width.max(1)), u64::from(height.max(1)));
        let media = if width > height { (A4.1, A4.0) } else { A4 };
        let (page_width, page_height) = (u64::from(media.0) * 100, u64::from(media.1) * 100);
        let (box_width, box_height) = (page_width - 2 * MARGIN, page_height - 2 * MARGIN);
        // The side that meets the margin first sets the scale; the other is rounded down, so
        // the image never crosses the margin.
        let (draw_width, draw_height) = if width * box_height <= height * box_width {
            (width * box_height / height, box_height)
        } else {
            (box_width, height * box_width / width)
        };
        let (draw_width, draw_height) = (draw_width.max(1), draw_height.max(1));
        Self {
            width,
            height,
            colour: match components {
                1 => "/DeviceGray",
                4 => "/DeviceCMYK",
                _ => "/DeviceRGB",
            },
            media,
            draw: [
                draw_width,
                draw_height,
                (page_width - draw_width) / 2,
                (page_height - draw_height) / 2,
            ],
            jpeg: page.jpeg,
            length: page.jpeg.len(),
        }
    }
}

/// Hundredths of a point as a PDF number: `527.05`.
fn points(hundredths: u64) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// The file's objects, numbered from 1, and the offset of each.
struct Writer {
    out: Vec<u8>,
    offsets: Vec<usize>,
}

impl Writer {
    fn start(&mut self) {
        self.offsets.push(self.out.len());
        self.out
            .extend_from_slice(format!("{} 0 obj\n", self.offsets.len()).as_bytes());
    }

    fn object(&mut self, body: &str) {
        self.start();
        self.out.extend_from_slice(body.as_bytes());
        self.out.extend_from_slice(b"\nendobj\n");
    }

    fn stream(&mut self, dictionary: &str, data: &[u8]) {
        self.start();
        self.out.extend_from_slice(dictionary.as_bytes());
        self.out.extend_from_slice(b"\nstream\n");
        self.out.extend_from_slice(data);
        self.out.extend_from_slice(b"\nendstream\nendobj\n");
    }
}

/// Objects: 1 the catalog, 2 the page tree, then for page i (from 0) the page `3 + 3i`, its
/// content stream `4 + 3i` and its image `5 + 3i`.
fn write(pages: &[Placed<'_>], capacity: usize) -> Vec<u8> {
    let mut pdf = Writer {
        out: Vec::with_capacity(capacity),
        offsets: Vec::with_capacity(2 + 3 * pages.len()),
    };
    pdf.out.extend_from_slice(HEADER);
    pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", 3 + 3 * i))
        .collect();
    pdf.object(&format!(
        "<< /Type /Pages /Kids [{}] /Count {} >>",
        kids.join(" "),
        pages.len()
    ));
    for page in pages {
        let content = pdf.offsets.len() + 2;
        let image = content + 1;
        let (media_width, media_height) = page.media;
        pdf.object(&format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {media_width} {media_height}] \
             /Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {content} 0 R >>"
        ));
        let [width, height, x, y] = page.draw.map(points);
        let draw = format!("q {width} 0 0 {height} {x} {y} cm /Im0 Do Q");
        pdf.stream(&format!("<< /Length {} >>", draw.len()), draw.as_bytes());
        pdf.stream(
            &format!(
                "<< /Type /XObject /Subtype /Image /Width {} /Height {} /ColorSpace {} \
                 /BitsPerComponent 8 /Filter /DCTDecode /Length {} >>",
                page.width, page.height, page.colour, page.length
            ),
            page.jpeg,
        );
    }
    let xref = pdf.out.len();
    let size = pdf.offsets.len() + 1;
    let mut table = format!("xref\n0 {size}\n0000000000 65535 f \n");
    for offset in &pdf.offsets {
        table.push_str(&format!("{offset:010} 00000 n \n"));
    }
    table.push_str(&format!(
        "trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ));
    pdf.out.extend_from_slice(table.as_bytes());
    pdf.out
}

/// PDF white-space characters (§3.1.1).
fn is_space(byte: u8) -> bool {
    matches!(byte, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// Neither white space nor a delimiter: part of a name, number or keyword.
fn is_regular(byte: u8) -> bool {
    !is_space(byte) && !b"()<>[]{}/%".contains(&byte)
}

/// Whether a token ends at `at`: the end of the file, white space or a delimiter.
fn ends_at(pdf: &[u8], at: usize) -> bool {
    pdf.get(at).is_none_or(|&byte| !is_regular(byte))
}

/// The number of pages in a PDF, read from its uncompressed objects (count `/Type /Page`
/// dictionaries, not `/Pages`, tolerating whitespace and no-space forms like `/Type/Page`);
/// None when none is found (e.g. a PDF whose objects are in compressed object streams) — the
/// caller then does not enforce a page limit.
///
/// A page object saved again by an incremental update (same object number) counts once.
#[must_use]
pub fn page_count(pdf: &[u8]) -> Option<u32> {
    // Object number and generation of each page dictionary, and those outside any object.
    let mut pages: Vec<(u64, u64)> = Vec::new();
    let mut loose: usize = 0;
    let mut current = None;
    let mut at = 0;
    while let Some(rest) = pdf.get(at..).filter(|rest| !rest.is_empty()) {
        if rest.starts_with(b"obj")
            && ends_at(pdf, at + 3)
            && at
                .checked_sub(1)
                .and_then(|before| pdf.get(before))
                .is_some_and(|&b| is_space(b))
        {
            current = object_id(pdf, at);
            at += 3;
        } else if rest.starts_with(b"/Type") && ends_at(pdf, at + 5) {
            at += 5;
            while pdf.get(at).is_some_and(|&byte| is_space(byte)) {
                at += 1;
            }
            if pdf.get(at..).is_some_and(|rest| rest.starts_with(b"/Page")) && ends_at(pdf, at + 5)
            {
                match current {
                    Some(id) => pages.push(id),
                    None => loose += 1,
                }
                at += 5;
            }
        } else {
            at += 1;
        }
    }
    pages.sort_unstable();
    pages.dedup();
    let count = pages.len().saturating_add(loose);
    (count > 0).then(|| u32::try_from(count).unwrap_or(u32::MAX))
}

/// The `N G` before the `obj` keyword at `at`, or `None` when they are not two numbers.
fn object_id(pdf: &[u8], at: usize) -> Option<(u64, u64)> {
    let (generation, at) = number_before(pdf, at)?;
    let (number, _) = number_before(pdf, at)?;
    Some((number, generation))
}

/// The unsigned number that ends, after white space, just before `end`, and where it starts.
fn number_before(pdf: &[u8], end: usize) -> Option<(u64, usize)> {
    let mut at = end;
    while at > 0 && pdf.get(at - 1).is_some_and(|&byte| is_space(byte)) {
        at -= 1;
    }
    let digits_end = at;
    // Object numbers have at most 10 digits; a longer run is not one.
    while at > 0 && digits_end - at <= 10 && pdf.get(at - 1).is_some_and(u8::is_ascii_digit) {
        at -= 1;
    }
    let digits = pdf.get(at..digits_end)?;
    if digits.is_empty() || digits.len() > 10 || (at > 0 && !ends_at(pdf, at - 1)) {
        return None;
    }
    let value = digits
        .iter()
        .fold(0u64, |value, digit| value * 10 + u64::from(digit - b'0'));
    Some((value, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small JPEG as far as a PDF writer cares: start of image, a baseline frame header with
    /// `components` components, a start of scan, some entropy-coded bytes, end of image.
    fn jpeg(width: u16, height: u16, components: u8, body: &[u8]) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xC0];
        bytes.extend_from_slice(&(8 + 3 * u16::from(components)).to_be_bytes());
        bytes.push(8);
        bytes.extend_from_slice(&height.to_be_bytes());
        bytes.extend_from_slice(&width.to_be_bytes());
        bytes.push(components);
        for id in 1..=components {
            bytes.extend_from_slice(&[id, 0x11, 0]);
        }
        let scan_length = 6 + 2 * u16::from(components);
        bytes.extend_from_slice(&[0xFF, 0xDA]);
        bytes.extend_from_slice(&scan_length.to_be_bytes());
        bytes.push(components);
        for id in 1..=components {
            bytes.extend_from_slice(&[id, 0]);
        }
        bytes.extend_from_slice(&[0, 63, 0]);
        bytes.extend_from_slice(body);
        bytes.extend_from_slice(&[0xFF, 0xD9]);
        bytes
    }

    /// What a reader finds on one page.
    #[derive(Debug)]
    struct OpenedPage {
        media: (u32, u32),
        /// Width, height, x, y of the image on the page, in points.
        draw: [f64; 4],
        width: u32,
        height: u32,
        colour: String,
        image: Vec<u8>,
    }

    /// A reader for what [`from_jpegs`] writes, as a viewer reads it: from `startxref` to the
    /// cross-reference table, every offset checked, then the trailer's root, the page tree and
    /// each page's content and image.
    fn open(pdf: &[u8]) -> Vec<OpenedPage> {
        assert!(pdf.starts_with(b"%PDF-1.4\n%"));
        let comment = &pdf[10..pdf[10..].iter().position(|&b| b == b'\n').unwrap() + 10];
        assert!(comment.len() >= 4 && comment.iter().all(|&b| b > 127));
        assert!(pdf.ends_with(b"%%EOF\n"));

        let tail = text(&pdf[pdf.len() - 40..]);
        let startxref = tail.rfind("startxref\n").unwrap();
        let xref: usize = tail[startxref + 10..]
            .lines()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let mut table = &pdf[xref..];
        let header = text(&table[..table.iter().position(|&b| b == b'\n').unwrap()]);
        assert_eq!(header, "xref");
        table = &table[5..];
        let line = text(&table[..table.iter().position(|&b| b == b'\n').unwrap()]);
        table = &table[line.len() + 1..];
        let (first, count) = line.split_once(' ').unwrap();
        assert_eq!(first, "0");
        let count: usize = count.parse().unwrap();
        assert_eq!(&table[..20], b"0000000000 65535 f \n");
        let mut offsets = vec![0];
        for number in 1..count {
            let entry = text(&table[20 * number..20 * number + 20]);
            assert_eq!(&entry[10..], " 00000 n \n", "entry {number}");
            let offset: usize = entry[..10].parse().unwrap();
            assert!(
                pdf[offset..].starts_with(format!("{number} 0 obj\n").as_bytes()),
                "object {number} at {offset}"
            );
            offsets.push(offset);
        }
        let trailer = text(&table[20 * count..]);
        assert!(trailer.starts_with("trailer\n<<"), "{trailer}");
        let trailer = &trailer[..trailer.find(">>").unwrap() + 2];
        assert_eq!(int(trailer, "/Size"), count as u64);

        // An object's text runs from its header to the next object (or the table).
        let object = |number: usize| -> &[u8] {
            let start = offsets[number];
            let end = offsets
                .iter()
                .copied()
                .filter(|&o| o > start)
                .min()
                .unwrap_or(xref);
            let body = &pdf[start + format!("{number} 0 obj\n").len()..end];
            assert!(body.ends_with(b"\nendobj\n"), "object {number}");
            &body[..body.len() - 8]
        };
        let dictionary = |number: usize| text(object(number)).to_owned();
        let stream = |number: usize| -> (String, Vec<u8>) {
            let body = object(number);
            let split = body.windows(8).position(|w| w == b"\nstream\n").unwrap();
            let dict = text(&body[..split]).to_owned();
            let data = &body[split + 8..];
            let length = int(&dict, "/Length") as usize;
            assert_eq!(&data[length..], b"\nendstream", "stream {number}");
            (dict, data[..length].to_vec())
        };

        let catalog = dictionary(reference(trailer, "/Root"));
        assert_eq!(name(&catalog, "/Type"), "/Catalog");
        let tree_number = reference(&catalog, "/Pages");
        let tree = dictionary(tree_number);
        assert_eq!(name(&tree, "/Type"), "/Pages");
        let kids = references(&tree, "/Kids");
        assert_eq!(int(&tree, "/Count"), kids.len() as u64);
        kids.into_iter()
            .map(|kid| {
                let page = dictionary(kid);
                assert_eq!(name(&page, "/Type"), "/Page");
                assert_eq!(reference(&page, "/Parent"), tree_number);
                let media: Vec<u32> = array(&page, "/MediaBox")
                    .iter()
                    .map(|n| n.parse().unwrap())
                    .collect();
                assert_eq!(media[..2], [0, 0]);
                let (_, content) = stream(reference(&page, "/Contents"));
                let content = text(&content);
                let operands: Vec<&str> = content.split(' ').collect();
                assert_eq!(operands[0], "q");
                assert_eq!(operands[2..4], ["0", "0"]);
                assert_eq!(operands[7..], ["cm", "/Im0", "Do", "Q"]);
                let number = |i: usize| operands[i].parse::<f64>().unwrap();
                let (image_dict, image) = stream(reference(&page, "/Im0"));
                assert_eq!(name(&image_dict, "/Type"), "/XObject");
                assert_eq!(name(&image_dict, "/Subtype"), "/Image");
                assert_eq!(name(&image_dict, "/Filter"), "/DCTDecode");
                assert_eq!(int(&image_dict, "/BitsPerComponent"), 8);
                OpenedPage {
                    media: (media[2], media[3]),
                    draw: [number(1), number(4), number(5), number(6)],
                    width: int(&image_dict, "/Width") as u32,
                    height: int(&image_dict, "/Height") as u32,
                    colour: name(&image_dict, "/ColorSpace"),
                    image,
                }
            })
            .collect()
    }

    fn text(bytes: &[u8]) -> &str {
        std::str::from_utf8(bytes).unwrap()
    }

    /// The tokens after `key` in a dictionary's text.
    fn after<'a>(dict: &'a str, key: &str) -> impl Iterator<Item = &'a str> {
        let at = dict
            .match_indices(key)
            .find(|(at, _)| !is_regular(*dict.as_bytes().get(at + key.len()).unwrap_or(&b' ')))
            .unwrap_or_else(|| panic!("no {key} in {dict}"))
            .0;
        dict[at + key.len()..].split_whitespace()
    }

    fn int(dict: &str, key: &str) -> u64 {
        after(dict, key).next().unwrap().parse().unwrap()
    }

    fn name(dict: &str, key: &str) -> String {
        let value = after(dict, key).next().unwrap();
        assert!(value.starts_with('/'));
        value.to_owned()
    }

    fn reference(dict: &str, key: &str) -> usize {
        let tokens: Vec<&str> = after(dict, key).take(3).collect();
        assert_eq!(tokens[1..], ["0", "R"], "{key} in {dict}");
        tokens[0].parse().unwrap()
    }

    fn array<'a>(dict: &'a str, key: &str) -> Vec<&'a str> {
        let at = dict.find(key).unwrap() + key.len();
        let rest = dict[at..].trim_start();
        assert!(rest.starts_with('['), "{key} in {dict}");
        rest[1..rest.find(']').unwrap()]
            .split_whitespace()
            .collect()
    }

    fn references(dict: &str, key: &str) -> Vec<usize> {
        let tokens = array(dict, key);
        tokens
            .chunks(3)
            .map(|kid| {
                assert_eq!(kid[1..], ["0", "R"]);
                kid[0].parse().unwrap()
            })
            .collect()
    }

    /// Every page of `pdf` holds its JPEG as-is, on A4 in the image's orientation, inside the
    /// 10 mm margin, centred and with its aspect ratio.
    fn assert_opens_with(pdf: &[u8], jpegs: &[(u32, u32, &str, Vec<u8>)]) {
        let pages = open(pdf);
        assert_eq!(pages.len(), jpegs.len());
        let margin = 10.0 / 25.4 * 72.0;
        for (page, (width, height, colour, jpeg)) in pages.iter().zip(jpegs) {
            assert_eq!((page.width, page.height), (*width, *height));
            assert_eq!(page.colour, *colour);
            assert_eq!(&page.image, jpeg);
            let media = if width > height {
                (842, 595)
            } else {
                (595, 842)
            };
            assert_eq!(page.media, media);
            let (page_width, page_height) = (f64::from(media.0), f64::from(media.1));
            let [w, h, x, y] = page.draw;
            assert!(x >= margin && y >= margin, "{page:?}");
            assert!(x + w <= page_width - margin && y + h <= page_height - margin);
            assert!((x - (page_width - x - w)).abs() <= 0.02, "centred across");
            assert!((y - (page_height - y - h)).abs() <= 0.02, "centred down");
            let (width, height) = (f64::from(*width), f64::from(*height));
            let touches = (w - (page_width - 2.0 * 28.35)).abs() < 0.005
                || (h - (page_height - 2.0 * 28.35)).abs() < 0.005;
            assert!(touches, "scaled to meet the margin: {page:?}");
            assert!(
                (w * height - h * width).abs() <= 0.011 * width.max(height),
                "aspect kept: {page:?}"
            );
        }
    }

    #[test]
    fn every_page_holds_its_jpeg_as_is_on_a4() {
        let portrait = jpeg(3000, 4000, 3, b"portrait scan");
        let landscape = jpeg(4000, 3000, 1, b"landscape, grey");
        let square = jpeg(500, 500, 4, b"square CMYK");
        let pages = [
            JpegPage {
                width: 3000,
                height: 4000,
                jpeg: &portrait,
            },
            JpegPage {
                width: 4000,
                height: 3000,
                jpeg: &landscape,
            },
            JpegPage {
                width: 500,
                height: 500,
                jpeg: &square,
            },
        ];
        let pdf = from_jpegs(&pages);
        assert_opens_with(
            &pdf,
            &[
                (3000, 4000, "/DeviceRGB", portrait.clone()),
                (4000, 3000, "/DeviceGray", landscape.clone()),
                (500, 500, "/DeviceCMYK", square.clone()),
            ],
        );
        let opened = open(&pdf);
        // 3:4 on portrait A4 is limited by the width: 595 - 2 × 28.35 = 538.30 pt wide.
        assert_eq!(opened[0].draw, [538.3, 717.73, 28.35, 62.13]);
        assert_eq!(opened[2].draw, [538.3, 538.3, 28.35, 151.85]);
        assert!(pdf.len() <= portrait.len() + landscape.len() + square.len() + overhead(3));
    }

    #[test]
    fn a_jpeg_without_a_readable_frame_uses_the_given_size_in_rgb() {
        let cut = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 1, 2];
        let pdf = from_jpegs(&[JpegPage {
            width: 640,
            height: 480,
            jpeg: &cut,
        }]);
        assert_opens_with(&pdf, &[(640, 480, "/DeviceRGB", cut.to_vec())]);
        let empty = from_jpegs(&[JpegPage {
            width: 0,
            height: 0,
            jpeg: &[],
        }]);
        assert_eq!(open(&empty)[0].media, (595, 842));
    }

    #[test]
    fn no_pages_make_an_empty_page_tree() {
        let pdf = from_jpegs(&[]);
        assert!(open(&pdf).is_empty());
        assert_eq!(page_count(&pdf), None);
        assert!(pdf.len() <= overhead(0));
    }

    #[test]
    fn a_pdf_written_here_counts_its_pages() {
        let image = jpeg(1200, 1600, 3, &[0xAB; 100]);
        for n in 1..=5 {
            let pages = vec![
                JpegPage {
                    width: 1200,
                    height: 1600,
                    jpeg: &image,
                };
                n
            ];
            assert_eq!(page_count(&from_jpegs(&pages)), Some(n as u32));
        }
    }

    #[test]
    fn pages_are_counted_in_every_spelling_and_the_page_tree_is_not() {
        let sample = b"%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n\
            2 0 obj\n<</Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3>>\nendobj\n\
            3 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj\n\
            4 0 obj <<\r\n/Type\r\n/Page\r\n>> endobj\n\
            5 0 obj\n<< /Parent 2 0 R /Type  /Page >>\nendobj\n\
            6 0 obj\n<< /Type /PageLabel /Type /Pagesx >>\nendobj\n%%EOF";
        assert_eq!(page_count(sample), Some(3));
        assert_eq!(
            page_count(b"%PDF-1.7\n2 0 obj<</Type/Pages/Count 1>>endobj"),
            None
        );
        assert_eq!(page_count(b"<</Type/Page>>"), Some(1), "outside any object");
        assert_eq!(page_count(b""), None);
    }

    #[test]
    fn an_incremental_update_of_a_page_counts_it_once() {
        let updated = b"%PDF-1.4\n3 0 obj <</Type /Page>> endobj\n4 0 obj <</Type /Page>> endobj\n\
            %%EOF\n3 0 obj <</Type /Page /Annots [7 0 R]>> endobj\n%%EOF\n";
        assert_eq!(page_count(updated), Some(2));
    }

    #[test]
    fn a_pdf_of_compressed_object_streams_has_no_count() {
        let compressed = b"%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 4 /First 20 /Filter \
            /FlateDecode /Length 8 >>\nstream\nx\x9c\x03\0\0\0\0\x01\nendstream\nendobj\n\
            2 0 obj\n<< /Type /XRef /Root 3 0 R >>\nendobj\n%%EOF";
        assert_eq!(page_count(compressed), None);
    }

    proptest::proptest! {
        #[test]
        fn any_set_of_jpegs_opens_page_by_page(
            specs in proptest::collection::vec(
                (
                    1u16..=6000,
                    1u16..=6000,
                    proptest::sample::select(vec![1u8, 3, 4]),
                    proptest::collection::vec(proptest::num::u8::ANY, 0..64),
                ),
                1..=6,
            )
        ) {
            let jpegs: Vec<Vec<u8>> = specs
                .iter()
                .map(|(w, h, c, body)| jpeg(*w, *h, *c, body))
                .collect();
            let pages: Vec<JpegPage<'_>> = specs
                .iter()
                .zip(&jpegs)
                .map(|((w, h, _, _), jpeg)| JpegPage {
                    width: u32::from(*w),
                    height: u32::from(*h),
                    jpeg,
                })
                .collect();
            let pdf = from_jpegs(&pages);
            let expected: Vec<(u32, u32, &str, Vec<u8>)> = specs
                .iter()
                .zip(&jpegs)
                .map(|((w, h, c, _), jpeg)| {
                    let colour = match c {
                        1 => "/DeviceGray",
                        4 => "/DeviceCMYK",
                        _ => "/DeviceRGB",
                    };
                    (u32::from(*w), u32::from(*h), colour, jpeg.clone())
                })
                .collect();
            assert_opens_with(&pdf, &expected);
            proptest::prop_assert_eq!(page_count(&pdf), Some(pages.len() as u32));
            let images: usize = jpegs.iter().map(Vec::len).sum();
            proptest::prop_assert!(pdf.len() <= images + overhead(pages.len()));
        }

        #[test]
        fn counting_pages_never_panics(bytes: Vec<u8>) {
            let _ = page_count(&bytes);
            let mut spelled = bytes.clone();
            spelled.extend_from_slice(b" 1 0 obj /Type/Page");
            proptest::prop_assert!(page_count(&spelled).is_some());
        }

        #[test]
        fn counting_pages_never_panics_on_pdf_like_tokens(
            tokens in proptest::collection::vec(
                proptest::sample::select(vec![
                    "obj", " obj", "0", "12", " ", "\n", "/Type", "/Page", "/Pages", "endobj",
                    "<<", ">>", "99999999999", "%",
                ]),
                0..40,
            )
        ) {
            let _ = page_count(tokens.concat().as_bytes());
        }
    }
}
