//! The embedded SQLite database: opened in WAL mode, migrated at start, and used only from
//! blocking threads so the async runtime never waits on disk.

use std::path::Path;
use std::sync::{Arc, Mutex};

use protocol::codec::WireCode;
use rusqlite::Connection;

/// Migrations in order; each runs once, recorded in `PRAGMA user_version`.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_meta.sql"),
    include_str!("../migrations/0002_core.sql"),
    include_str!("../migrations/0003_applications.sql"),
];

#[derive(Debug)]
pub enum DbError {
    Sqlite(rusqlite::Error),
    Io(std::io::Error),
    /// The blocking task panicked or was cancelled.
    Task(String),
    /// The connection lock was poisoned by a panic in another request.
    Poisoned,
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sqlite(e) => write!(f, "sqlite: {e}"),
            Self::Io(e) => write!(f, "database directory: {e}"),
            Self::Task(e) => write!(f, "database task: {e}"),
            Self::Poisoned => f.write_str("database connection lock poisoned"),
        }
    }
}

impl std::error::Error for DbError {}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Sqlite(e)
    }
}

/// A shared handle to the database.
#[derive(Clone, Debug)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

impl Db {
    /// Opens (creating if needed) the database file and applies pending migrations.
    ///
    /// # Errors
    /// When the directory cannot be created or SQLite refuses the file.
    pub async fn open(path: &Path) -> Result<Self, DbError> {
        let path = path.to_owned();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, DbError> {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(DbError::Io)?;
            }
            let mut conn = Connection::open(&path)?;
            configure(&conn)?;
            migrate(&mut conn)?;
            Ok(conn)
        })
        .await
        .map_err(|e| DbError::Task(e.to_string()))??;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` with the connection on a blocking thread.
    ///
    /// # Errors
    /// Whatever `f` returns, or a task or lock failure.
    pub async fn call<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, DbError> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().map_err(|_| DbError::Poisoned)?;
            f(&mut guard)
        })
        .await
        .map_err(|e| DbError::Task(e.to_string()))?
    }

    /// A cheap round trip proving the database answers.
    ///
    /// # Errors
    /// When the query fails.
    pub async fn ping(&self) -> Result<(), DbError> {
        self.call(|conn| Ok(conn.query_row("SELECT 1", [], |row| row.get::<_, i64>(0))?))
            .await
            .map(|_| ())
    }
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a commit is on disk (the WAL fsynced) before the answer that reports it is sent,
    // so an account or an active card survives a crash or power loss right after its 201.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let applied: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
        tracing::info!(migration = index + 1, "applied database migration");
    }
    Ok(())
}

/// Reads column `index` as a protocol enum stored by its wire name (`WireCode::as_str`); an
/// unknown name is a conversion error, not a silent default.
pub fn code_column<T: WireCode>(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    T::parse_code(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            Box::new(protocol::codec::UnknownCode(text)),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_code_reads_back_and_an_unknown_one_is_an_error() {
        use protocol::api::InsuranceType;
        let c = Connection::open_in_memory().unwrap();
        let read = |text: &str| {
            c.query_row("SELECT ?1", [text], |row| {
                code_column::<InsuranceType>(row, 0)
            })
        };
        assert_eq!(read("work-injury").unwrap(), InsuranceType::WorkInjury);
        assert!(matches!(
            read("dental"),
            Err(rusqlite::Error::FromSqlConversionFailure(0, _, _))
        ));
    }

    #[tokio::test]
    async fn opens_in_wal_mode_migrates_once_and_answers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/essc.sqlite");
        let db = Db::open(&path).await.unwrap();
        db.ping().await.unwrap();
        let (mode, version) = db
            .call(|c| {
                let mode: String = c.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
                let version: usize = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
                Ok((mode, version))
            })
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(version, MIGRATIONS.len());
        drop(db);

        // Reopening applies nothing twice (the INSERT would violate the primary key).
        let again = Db::open(&path).await.unwrap();
        let rows: i64 = again
            .call(|c| Ok(c.query_row("SELECT count(*) FROM app_meta", [], |r| r.get(0))?))
            .await
            .unwrap();
        assert_eq!(rows, 1);
    }
}
