//! A ZIP archive of stored (uncompressed) entries: what the document package needs, and small
//! enough to own (PKWARE APPNOTE 6.3.10, sections 4.3.7, 4.3.12 and 4.3.16; no ZIP64, no
//! encryption, no compression). Names are UTF-8 (general-purpose flag bit 11). Every archive
//! this writes opens in the ordinary tools (`unzip`, Python's `zipfile`, the desktop's); the
//! reader accepts stored entries only and checks each entry's CRC-32.

/// The most entries [`read`] accepts, so a hostile archive cannot make it loop for long.
pub const MAX_ENTRIES: usize = 200;

const LOCAL: u32 = 0x0403_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const END: u32 = 0x0605_4b50;
/// Version 2.0: stored entries and folders.
const VERSION: u16 = 20;
/// General-purpose flag bit 11: the name is UTF-8.
const UTF8: u16 = 1 << 11;
/// 1 January 1980 00:00, the earliest MS-DOS date: entries carry no time of their own.
const DOS_DATE: u16 = (1 << 5) | 1;

/// CRC-32 (IEEE 802.3, reflected, as ZIP and PNG use it).
#[must_use]
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// Why an archive cannot be made or read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipError {
    /// Over 4 GiB, or more than 65,535 entries: would need ZIP64.
    TooLarge,
    /// Not a ZIP archive, or one cut short or inconsistent.
    Malformed,
    /// An entry is compressed or encrypted: not one this product made.
    Unsupported,
    /// An entry's content does not match its CRC-32.
    Corrupt,
    /// More than [`MAX_ENTRIES`] entries.
    TooManyEntries,
}

/// An archive of `entries` (name, content), in order, stored.
///
/// # Errors
/// [`ZipError::TooLarge`] for sizes or counts that need ZIP64.
pub fn write(entries: &[(&str, &[u8])]) -> Result<Vec<u8>, ZipError> {
    let size = |n: usize| u32::try_from(n).map_err(|_| ZipError::TooLarge);
    let short = |n: usize| u16::try_from(n).map_err(|_| ZipError::TooLarge);
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, content) in entries {
        let offset = size(out.len())?;
        let crc = crc32(content);
        let (length, name_length) = (size(content.len())?, short(name.len())?);
        let common = |out: &mut Vec<u8>| {
            put16(out, VERSION);
            put16(out, UTF8);
            put16(out, 0); // stored
            put16(out, 0); // time
            put16(out, DOS_DATE);
            put32(out, crc);
            put32(out, length);
            put32(out, length);
            put16(out, name_length);
            put16(out, 0); // extra field
        };
        put32(&mut out, LOCAL);
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(content);

        put32(&mut central, CENTRAL);
        put16(&mut central, VERSION); // made by: MS-DOS, 2.0
        common(&mut central);
        put16(&mut central, 0); // comment
        put16(&mut central, 0); // disk
        put16(&mut central, 0); // internal attributes
        put32(&mut central, 0); // external attributes
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let (central_offset, central_size) = (size(out.len())?, size(central.len())?);
    let count = short(entries.len())?;
    out.extend_from_slice(&central);
    put32(&mut out, END);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, count);
    put16(&mut out, count);
    put32(&mut out, central_size);
    put32(&mut out, central_offset);
    put16(&mut out, 0);
    size(out.len())?;
    Ok(out)
}

/// Little-endian reads that fail instead of panicking.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn slice(&self, at: usize, len: usize) -> Result<&'a [u8], ZipError> {
        self.bytes
            .get(at..at.checked_add(len).ok_or(ZipError::Malformed)?)
            .ok_or(ZipError::Malformed)
    }

    fn u16(&self, at: usize) -> Result<u16, ZipError> {
        let s = self.slice(at, 2)?;
        Ok(u16::from_le_bytes([
            *s.first().ok_or(ZipError::Malformed)?,
            *s.get(1).ok_or(ZipError::Malformed)?,
        ]))
    }

    fn u32(&self, at: usize) -> Result<u32, ZipError> {
        let low = u32::from(self.u16(at)?);
        let high = u32::from(self.u16(at + 2)?);
        Ok(low | (high << 16))
    }

    fn usize16(&self, at: usize) -> Result<usize, ZipError> {
        Ok(usize::from(self.u16(at)?))
    }

    fn usize32(&self, at: usize) -> Result<usize, ZipError> {
        usize::try_from(self.u32(at)?).map_err(|_| ZipError::TooLarge)
    }
}

/// The entries (name, content) of an archive, in central-directory order.
///
/// # Errors
/// Anything but an intact archive of stored entries: see [`ZipError`].
pub fn read(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, ZipError> {
    let r = Reader { bytes };
    // The end record is 22 bytes plus a comment of at most 65,535.
    let last = bytes.len().checked_sub(22).ok_or(ZipError::Malformed)?;
    let end = (last.saturating_sub(65_535)..=last)
        .rev()
        .find(|&at| r.u32(at) == Ok(END))
        .ok_or(ZipError::Malformed)?;
    let count = r.usize16(end + 10)?;
    if count > MAX_ENTRIES {
        return Err(ZipError::TooManyEntries);
    }
    let mut at = r.usize32(end + 16)?;
    let mut entries = Vec::with_capacity(count);
    for _ in 0..count {
        if r.u32(at)? != CENTRAL {
            return Err(ZipError::Malformed);
        }
        let (flags, method) = (r.u16(at + 8)?, r.u16(at + 10)?);
        if method != 0 || flags & 1 != 0 {
            return Err(ZipError::Unsupported);
        }
        let crc = r.u32(at + 16)?;
        let (stored, length) = (r.usize32(at + 20)?, r.usize32(at + 24)?);
        if stored != length {
            return Err(ZipError::Unsupported);
        }
        let name_length = r.usize16(at + 28)?;
        let skip = name_length + r.usize16(at + 30)? + r.usize16(at + 32)?;
        let name = String::from_utf8(r.slice(at + 46, name_length)?.to_vec())
            .map_err(|_| ZipError::Malformed)?;
        let local = r.usize32(at + 42)?;
        if r.u32(local)? != LOCAL {
            return Err(ZipError::Malformed);
        }
        let data = local + 30 + r.usize16(local + 26)? + r.usize16(local + 28)?;
        let content = r.slice(data, length)?;
        if crc32(content) != crc {
            return Err(ZipError::Corrupt);
        }
        entries.push((name, content.to_vec()));
        at += 46 + skip;
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn an_archive_has_the_published_layout() {
        let zip = write(&[("a.txt", b"hi")]).unwrap();
        assert_eq!(&zip[..4], b"PK\x03\x04");
        // Local header 30 + name 5 + data 2, central 46 + 5, end 22.
        assert_eq!(zip.len(), 30 + 5 + 2 + 46 + 5 + 22);
        assert_eq!(&zip[zip.len() - 22..zip.len() - 18], b"PK\x05\x06");
        assert_eq!(
            read(&zip).unwrap(),
            vec![("a.txt".to_owned(), b"hi".to_vec())]
        );
    }

    #[test]
    fn a_changed_byte_or_a_cut_archive_is_refused() {
        let mut zip = write(&[("a.txt", b"hello"), ("b/c.json", b"{}")]).unwrap();
        assert_eq!(read(&zip[..zip.len() - 1]), Err(ZipError::Malformed));
        assert_eq!(read(&zip[..10]), Err(ZipError::Malformed));
        assert_eq!(read(b""), Err(ZipError::Malformed));
        zip[30 + 5] ^= 1; // the first entry's first byte
        assert_eq!(read(&zip), Err(ZipError::Corrupt));
    }

    #[test]
    fn a_compressed_entry_is_not_ours() {
        let mut zip = write(&[("a.txt", b"hello")]).unwrap();
        let central = 30 + 5 + 5;
        zip[central + 10] = 8; // deflate
        assert_eq!(read(&zip), Err(ZipError::Unsupported));
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back(
            entries in proptest::collection::vec(("[a-z0-9é/._-]{1,20}", proptest::collection::vec(any::<u8>(), 0..300)), 0..8)
        ) {
            let borrowed: Vec<(&str, &[u8])> = entries.iter().map(|(n, c)| (n.as_str(), c.as_slice())).collect();
            let zip = write(&borrowed).unwrap();
            prop_assert_eq!(read(&zip).unwrap(), entries);
        }

        #[test]
        fn reading_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = read(&bytes);
        }

        #[test]
        fn reading_a_damaged_archive_never_panics(at in 0usize..120, value in any::<u8>()) {
            let mut zip = write(&[("a.txt", b"hello"), ("b.json", b"{}")]).unwrap();
            let at = at % zip.len();
            zip[at] = value;
            let _ = read(&zip);
        }
    }
}
