//! The document package: one ZIP a person downloads to continue later or to hand to the
//! employer's HR, and opens again to restore the checklist. Nothing is kept in the browser, so
//! this file is the only way back.
//!
//! Layout (fixed; documented in README "Document package"):
//! - `manifest.json`: [`Manifest`], the answers, each task's progress and every file with its
//!   size and SHA-256;
//! - `checklist.html`: the bilingual checklist, when the app adds one (not read back);
//! - each file as `NN-<document>-<part>.<ext>`, where `NN` is the document's place in
//!   [`Document::ALL`] from 01, e.g. `06-criminal-record-1.pdf` (see [`file_name`]).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::codec::WireCode;
use crate::date::Date;
use crate::documents::{Answers, Document, Progress};
use crate::points::PointsInput;
use crate::upload::FileKind;
use crate::zip::{self, ZipError};

/// The manifest's format; a package of another format is refused.
pub const FORMAT: &str = "essc-prepare/1";
pub const MANIFEST: &str = "manifest.json";
pub const CHECKLIST: &str = "checklist.html";

/// One task's recorded progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskRecord {
    pub document: Document,
    #[serde(flatten)]
    pub progress: Progress,
}

/// One file in the package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileRecord {
    /// Its name in the archive ([`file_name`]).
    pub name: String,
    pub document: Document,
    pub kind: FileKind,
    pub bytes: u64,
    /// Lower-case hexadecimal.
    pub sha256: String,
}

/// What `manifest.json` holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub format: String,
    /// The day the package was made (the device's date).
    pub saved: Date,
    pub answers: Answers,
    pub points: PointsInput,
    pub tasks: Vec<TaskRecord>,
    pub files: Vec<FileRecord>,
}

/// A file the person added to a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attached {
    pub document: Document,
    pub kind: FileKind,
    pub content: Vec<u8>,
}

/// What a package restores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub manifest: Manifest,
    pub files: Vec<Attached>,
}

/// Why a package cannot be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackageError {
    /// Not a ZIP archive this product made, or a damaged one.
    NotAPackage,
    /// No `manifest.json`, or one that is not ours.
    NoManifest,
    /// A file listed in the manifest is missing or its SHA-256 differs.
    FileChanged,
    /// Too large to make.
    TooLarge,
}

/// Lower-case hexadecimal SHA-256.
#[must_use]
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The extension of a file kind.
#[must_use]
pub const fn extension(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Jpeg => "jpg",
        FileKind::Png => "png",
        FileKind::Pdf => "pdf",
    }
}

/// `NN-<document>-<part>.<ext>`: `06-criminal-record-1.pdf`.
#[must_use]
pub fn file_name(document: Document, part: usize, kind: FileKind) -> String {
    let place = Document::ALL
        .iter()
        .position(|d| *d == document)
        .map_or(0, |i| i + 1);
    format!(
        "{place:02}-{}-{part}.{}",
        document.as_str(),
        extension(kind)
    )
}

/// The package: the manifest (its `files` filled in here from `files`), the checklist page
/// when given, then the files.
///
/// # Errors
/// [`PackageError::TooLarge`] past the ZIP limits.
pub fn make(
    manifest: &Manifest,
    checklist_html: Option<&str>,
    files: &[Attached],
) -> Result<Vec<u8>, PackageError> {
    let mut parts: Vec<usize> = vec![0; Document::ALL.len()];
    let records: Vec<FileRecord> = files
        .iter()
        .map(|file| {
            let index = Document::ALL
                .iter()
                .position(|d| *d == file.document)
                .unwrap_or(0);
            let part = parts.get_mut(index).map_or(1, |n| {
                *n += 1;
                *n
            });
            FileRecord {
                name: file_name(file.document, part, file.kind),
                document: file.document,
                kind: file.kind,
                bytes: file.content.len() as u64,
                sha256: sha256_hex(&file.content),
            }
        })
        .collect();
    let manifest = Manifest {
        format: FORMAT.to_owned(),
        files: records.clone(),
        ..manifest.clone()
    };
    let json = serde_json::to_vec_pretty(&manifest).map_err(|_| PackageError::TooLarge)?;
    let mut entries: Vec<(&str, &[u8])> = vec![(MANIFEST, &json)];
    if let Some(html) = checklist_html {
        entries.push((CHECKLIST, html.as_bytes()));
    }
    for (record, file) in records.iter().zip(files) {
        entries.push((&record.name, &file.content));
    }
    zip::write(&entries).map_err(|_: ZipError| PackageError::TooLarge)
}

/// Opens a package: the manifest must be ours and every file it lists present with its hash.
///
/// # Errors
/// See [`PackageError`].
pub fn open(bytes: &[u8]) -> Result<Restored, PackageError> {
    let entries = zip::read(bytes).map_err(|_| PackageError::NotAPackage)?;
    let manifest: Manifest = entries
        .iter()
        .find(|(name, _)| name == MANIFEST)
        .and_then(|(_, json)| serde_json::from_slice(json).ok())
        .filter(|m: &Manifest| m.format == FORMAT)
        .ok_or(PackageError::NoManifest)?;
    let files = manifest
        .files
        .iter()
        .map(|record| {
            let (_, content) = entries
                .iter()
                .find(|(name, _)| *name == record.name)
                .ok_or(PackageError::FileChanged)?;
            if content.len() as u64 != record.bytes || sha256_hex(content) != record.sha256 {
                return Err(PackageError::FileChanged);
            }
            Ok(Attached {
                document: record.document,
                kind: record.kind,
                content: content.clone(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Restored { manifest, files })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::documents::Application;
    use crate::points::{Category, ChineseLevel, Education};

    fn manifest() -> Manifest {
        Manifest {
            format: String::new(),
            saved: Date::new(2026, 12, 1).unwrap(),
            answers: Answers {
                nationality: "DEU".into(),
                degree_country: "GBR".into(),
                application: Application::New,
                category: Category::B,
                submission: Date::new(2027, 3, 1).unwrap(),
            },
            points: PointsInput {
                annual_salary_rmb: 300_000,
                education: Education::Master,
                work_experience_years: 3,
                months_in_china_per_year: 12,
                chinese_level: ChineseLevel::Hsk3,
                work_location_bonus: true,
                age_years: 30,
                distinction_bonus: false,
            },
            tasks: vec![TaskRecord {
                document: Document::CriminalRecord,
                progress: Progress {
                    issued: Date::new(2026, 11, 2),
                    completed: true,
                },
            }],
            files: Vec::new(),
        }
    }

    #[test]
    fn sha256_matches_the_standard_vector() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn files_are_named_by_place_document_and_part() {
        assert_eq!(
            file_name(Document::CriminalRecord, 1, FileKind::Pdf),
            "06-criminal-record-1.pdf"
        );
        assert_eq!(
            file_name(Document::Passport, 2, FileKind::Jpeg),
            "01-passport-2.jpg"
        );
    }

    #[test]
    fn a_package_lists_its_files_with_hashes_and_opens_to_the_same_state() {
        let files = vec![
            Attached {
                document: Document::Degree,
                kind: FileKind::Pdf,
                content: b"%PDF-1.4 degree".to_vec(),
            },
            Attached {
                document: Document::Degree,
                kind: FileKind::Jpeg,
                content: vec![0xFF, 0xD8, 0xFF, 0xE0],
            },
        ];
        let zip = make(&manifest(), Some("<html></html>"), &files).unwrap();
        let names: Vec<String> = zip::read(&zip)
            .unwrap()
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(
            names,
            [
                "manifest.json",
                "checklist.html",
                "04-degree-1.pdf",
                "04-degree-2.jpg"
            ]
        );
        let restored = open(&zip).unwrap();
        assert_eq!(restored.files, files);
        assert_eq!(restored.manifest.format, FORMAT);
        assert_eq!(restored.manifest.tasks, manifest().tasks);
        assert_eq!(
            restored.manifest.files[0].sha256,
            sha256_hex(b"%PDF-1.4 degree")
        );
    }

    #[test]
    fn a_changed_file_or_a_foreign_archive_is_refused() {
        let files = vec![Attached {
            document: Document::Photo,
            kind: FileKind::Jpeg,
            content: vec![0xFF, 0xD8, 0xFF, 1, 2, 3],
        }];
        let zip = make(&manifest(), None, &files).unwrap();
        let mut entries = zip::read(&zip).unwrap();
        entries[1].1.push(0);
        let borrowed: Vec<(&str, &[u8])> = entries
            .iter()
            .map(|(n, c)| (n.as_str(), c.as_slice()))
            .collect();
        assert_eq!(
            open(&zip::write(&borrowed).unwrap()),
            Err(PackageError::FileChanged)
        );
        let only_manifest = &borrowed[..1];
        assert_eq!(
            open(&zip::write(only_manifest).unwrap()),
            Err(PackageError::FileChanged)
        );
        assert_eq!(
            open(&zip::write(&[("notes.txt", b"hi")]).unwrap()),
            Err(PackageError::NoManifest)
        );
        assert_eq!(open(b"PK not really"), Err(PackageError::NotAPackage));
        let other = serde_json::to_vec(&Manifest {
            format: "other/1".into(),
            ..manifest()
        })
        .unwrap();
        assert_eq!(
            open(&zip::write(&[(MANIFEST, &other)]).unwrap()),
            Err(PackageError::NoManifest)
        );
    }

    proptest! {
        #[test]
        fn make_then_open_gives_the_same_state(
            contents in proptest::collection::vec((0usize..7, 0usize..3, proptest::collection::vec(any::<u8>(), 0..200)), 0..6),
            completed in any::<bool>(),
            day in 1u8..=28,
        ) {
            let files: Vec<Attached> = contents
                .into_iter()
                .map(|(d, k, content)| Attached {
                    document: Document::ALL[d],
                    kind: [FileKind::Jpeg, FileKind::Png, FileKind::Pdf][k],
                    content,
                })
                .collect();
            let mut saved = manifest();
            saved.tasks[0].progress = Progress { issued: Date::new(2026, 10, day), completed };
            let restored = open(&make(&saved, None, &files).unwrap()).unwrap();
            prop_assert_eq!(restored.files, files);
            prop_assert_eq!(restored.manifest.answers, saved.answers);
            prop_assert_eq!(restored.manifest.points, saved.points);
            prop_assert_eq!(restored.manifest.tasks, saved.tasks);
        }
    }
}
