//! How mail leaves: to `.eml` files by default, or an SMTP relay (with a private certificate
//! authority if the relay has one). Messages wait in the outbox table; the worker that sends
//! them is `jobs::mail`.

use std::path::PathBuf;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::Mailbox;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{MailConfig, SmtpConfig};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("cannot create the mail folder {0}: {1}")]
    Folder(PathBuf, std::io::Error),
    #[error("invalid SMTP URL: {0}")]
    SmtpUrl(String),
    #[error("invalid address {0:?}")]
    Address(String),
    #[error("message could not be built: {0}")]
    Build(String),
    #[error("delivery failed: {0}")]
    Delivery(String),
}

pub enum Mailer {
    Files(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl Mailer {
    pub fn new(config: &MailConfig) -> Result<Mailer, MailError> {
        match config {
            MailConfig::Files(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| MailError::Folder(dir.clone(), e))?;
                Ok(Mailer::Files(AsyncFileTransport::new(dir)))
            }
            MailConfig::Smtp(smtp) => Ok(Mailer::Smtp(smtp_transport(smtp)?)),
        }
    }

    pub(crate) async fn send(&self, from: &str, mail: &store::QueuedMail) -> Result<(), MailError> {
        let from: Mailbox = from.parse().map_err(|_| MailError::Address(from.to_string()))?;
        let to: Mailbox = mail.recipient.parse().map_err(|_| MailError::Address(mail.recipient.clone()))?;
        let mut builder = Message::builder().from(from).to(to).subject(&mail.subject).header(ContentType::TEXT_PLAIN);
        if let Some(url) = &mail.unsubscribe {
            // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address.
            builder = builder
                .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{url}>")))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".into(),
                ));
        }
        let message = builder.body(mail.body.clone()).map_err(|e| MailError::Build(e.to_string()))?;
        match self {
            Mailer::Files(t) => t.send(message).await.map(|_| ()).map_err(|e| MailError::Delivery(e.to_string())),
            Mailer::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| MailError::Delivery(e.to_string())),
        }
    }
}

/// The relay from its URL; with a private certificate authority, TLS checked against it.
fn smtp_transport(smtp: &SmtpConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
    let mut builder =
        AsyncSmtpTransport::<Tokio1Executor>::from_url(&smtp.url).map_err(|e| MailError::SmtpUrl(e.to_string()))?;
    if let Some(pem) = &smtp.ca_pem {
        let url = url::Url::parse(&smtp.url).map_err(|e| MailError::SmtpUrl(e.to_string()))?;
        let certificate =
            Certificate::from_pem(pem).map_err(|e| MailError::SmtpUrl(format!("the CA certificate: {e}")))?;
        let parameters = TlsParameters::builder(tls_domain(&url)?)
            .add_root_certificate(certificate)
            .build_rustls()
            .map_err(|e| MailError::SmtpUrl(format!("TLS: {e}")))?;
        let opportunistic = url.query_pairs().any(|(key, value)| key == "tls" && value == "opportunistic");
        let tls = if url.scheme() == "smtps" {
            Tls::Wrapper(parameters)
        } else if opportunistic {
            Tls::Opportunistic(parameters)
        } else {
            Tls::Required(parameters)
        };
        builder = builder.tls(tls);
    }
    Ok(builder.build())
}

/// The name the relay's certificate is checked against: its host, an IPv6 address unbracketed.
fn tls_domain(url: &url::Url) -> Result<String, MailError> {
    match url.host() {
        Some(url::Host::Ipv6(address)) => Ok(address.to_string()),
        Some(host) => Ok(host.to_string()),
        None => Err(MailError::SmtpUrl(format!("{url} names no host"))),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_relay_host_is_read_from_its_url() {
        let domain = |url: &str| super::tls_domain(&url::Url::parse(url).expect("url")).expect("host");
        assert_eq!(domain("smtp://user:p%40ss@relay.gov.ma:587?tls=required"), "relay.gov.ma");
        assert_eq!(domain("smtps://relay.example"), "relay.example");
        assert_eq!(domain("smtp://[::1]:25"), "::1");
        assert_eq!(domain("smtp://localhost:2525/"), "localhost");
    }
}
