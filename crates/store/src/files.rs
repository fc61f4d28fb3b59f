//! Where uploaded files live: an object store (a local folder by default, S3-compatible when
//! configured). Database rows refer to objects by key; keys never contain user input.

use std::path::Path;
use std::sync::Arc;

use domain::documents::{CheckedUpload, DocumentInput, DocumentSource, StoredFile};
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::memory::InMemory;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt};
use sha2::{Digest, Sha256};

use crate::{Database, StoreError};

/// Settings of an S3-compatible bucket (AWS, MinIO, Garage, Scaleway…).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct S3Settings {
    pub bucket: String,
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
}

#[derive(Clone)]
pub struct FileStore {
    inner: Arc<dyn ObjectStore>,
    description: String,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.description)
    }
}

/// One line per error: an S3 server's answer is an XML document spread over lines; its
/// `<Code>` (NoSuchBucket, AccessDenied) is what an operator needs from it.
fn files_error(err: impl std::fmt::Display) -> StoreError {
    let text = err.to_string();
    let (head, xml) = match text.find("<?xml").or_else(|| text.find("<Error>")) {
        Some(at) => (&text[..at], &text[at..]),
        None => (text.as_str(), ""),
    };
    let mut line = head.split_whitespace().collect::<Vec<_>>().join(" ");
    let line_end = line.trim_end_matches([':', ' ']).len();
    line.truncate(line_end);
    if let Some(code) = xml.split("<Code>").nth(1).and_then(|rest| rest.split("</Code>").next()) {
        line.push_str(": ");
        line.push_str(code);
    }
    StoreError::Files(line)
}

impl FileStore {
    /// Files under a local folder, created if missing.
    pub fn local(dir: &Path) -> Result<FileStore, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| files_error(format!("{}: {e}", dir.display())))?;
        let inner = LocalFileSystem::new_with_prefix(dir).map_err(files_error)?;
        Ok(FileStore { inner: Arc::new(inner), description: format!("folder {}", dir.display()) })
    }

    pub fn s3(settings: &S3Settings) -> Result<FileStore, StoreError> {
        crate::tls::install();
        let mut builder = AmazonS3Builder::from_env().with_bucket_name(&settings.bucket);
        if let Some(endpoint) = &settings.endpoint {
            builder = builder.with_endpoint(endpoint).with_allow_http(endpoint.starts_with("http://"));
        }
        if let Some(region) = &settings.region {
            builder = builder.with_region(region);
        }
        if let (Some(key), Some(secret)) = (&settings.access_key_id, &settings.secret_access_key) {
            builder = builder.with_access_key_id(key).with_secret_access_key(secret);
        }
        let inner = builder.build().map_err(files_error)?;
        Ok(FileStore { inner: Arc::new(inner), description: format!("s3 bucket {}", settings.bucket) })
    }

    /// Files kept in memory, for tests.
    pub fn memory() -> FileStore {
        FileStore { inner: Arc::new(InMemory::new()), description: "memory".into() }
    }

    pub fn description(&self) -> &str {
        &self.description
    }

    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), StoreError> {
        self.inner.put(&ObjectPath::from(key), bytes.into()).await.map_err(files_error)?;
        Ok(())
    }

    pub async fn get(&self, key: &str) -> Result<Vec<u8>, StoreError> {
        let result = self.inner.get(&ObjectPath::from(key)).await.map_err(|e| match e {
            object_store::Error::NotFound { .. } => StoreError::NotFound,
            other => files_error(other),
        })?;
        Ok(result.bytes().await.map_err(files_error)?.to_vec())
    }

    pub async fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.inner.delete(&ObjectPath::from(key)).await.map_err(files_error)
    }

    /// Every key under a prefix (used by tests to prove nothing is left behind).
    pub async fn keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        use futures_util::TryStreamExt;
        let prefix = ObjectPath::from(prefix);
        let metas: Vec<_> = self.inner.list(Some(&prefix)).try_collect().await.map_err(files_error)?;
        Ok(metas.into_iter().map(|m| m.location.to_string()).collect())
    }
}

/// Stores an upload that passed [`domain::documents::check_upload`] and records it. The object is
/// written first; if the record cannot be written the object is removed, so a failure leaves
/// neither an orphan file nor a row.
pub async fn save_upload(
    db: &dyn Database,
    files: &FileStore,
    input: &DocumentInput,
    checked: &CheckedUpload,
    bytes: Vec<u8>,
    uploaded_by: Option<i64>,
    now: i64,
) -> Result<i64, StoreError> {
    let sha256 = hex::encode(Sha256::digest(&bytes));
    let object_key = format!("documents/{}/{}", &sha256[..16], &crate::random_token()[..16]);
    let size = i64::try_from(bytes.len()).map_err(files_error)?;
    files.put(&object_key, bytes).await?;
    let source = DocumentSource::File(StoredFile {
        object_key: object_key.clone(),
        file_name: checked.file_name.clone(),
        content_type: checked.content_type.to_string(),
        size,
        sha256,
    });
    match db.add_document(input, &source, uploaded_by, now).await {
        Ok(id) => Ok(id),
        Err(err) => {
            if let Err(cleanup) = files.delete(&object_key).await {
                tracing::error!(%cleanup, key = %object_key, "could not remove the file of a failed upload");
            }
            Err(err)
        }
    }
}
