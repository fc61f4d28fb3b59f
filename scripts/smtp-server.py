"""A real SMTP server for the mail tests: aiosmtpd (PyPI, installed into e2e/.venv by
scripts/install-deps.sh) listening on 127.0.0.1, writing each message it accepts to a folder
as an .eml file, byte for byte as received.

    e2e/.venv/bin/python scripts/smtp-server.py PORT FOLDER [--refuse | --drop | --starttls CERT]

--refuse answers every message with 451 (try again later), as a relay that is overloaded does;
--drop closes the connection once the message is sent, before acknowledging it. Both leave a
refuse-*.txt or drop-*.txt note of the message they turned away.
--starttls CERT makes a certificate authority and a certificate for localhost and 127.0.0.1
(with the cryptography package, which moto brings), writes the authority's certificate to CERT
for the client to trust, and requires STARTTLS before any message; each message it keeps says
whether it came over TLS in an X-TLS header.
It prints "ready" on a line once it listens, so a test can wait for it without sleeping.
"""

import os
import sys
import threading
import uuid

from aiosmtpd.controller import Controller


class Folder:
    def __init__(self, folder, mode):
        self.folder = folder
        self.mode = mode

    async def handle_DATA(self, server, session, envelope):
        if self.mode in ("--refuse", "--drop"):
            # A note of what was turned away, so a test can tell it reached the server.
            with open(os.path.join(self.folder, f"{self.mode[2:]}-{uuid.uuid4().hex}.txt"), "wb") as f:
                f.write(envelope.original_content)
        if self.mode == "--refuse":
            return "451 4.3.0 Try again later"
        if self.mode == "--drop":
            server.transport.close()
            return "421 4.4.2 Connection dropped"
        name = os.path.join(self.folder, f"{uuid.uuid4().hex}.eml")
        with open(name + ".partial", "wb") as f:
            f.write(b"X-Envelope-To: " + ", ".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(b"X-TLS: " + (b"yes" if session.ssl else b"no") + b"\r\n")
            f.write(envelope.original_content)
        os.rename(name + ".partial", name)
        return "250 OK"


def tls_context(ca_out):
    """A throwaway authority and a server certificate it signed, valid for a day."""
    import datetime
    import ipaddress
    import ssl
    import tempfile

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sharaka test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    with open(ca_out, "wb") as f:
        f.write(ca.public_bytes(serialization.Encoding.PEM))
    folder = tempfile.mkdtemp()
    cert_file, key_file = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    with open(cert_file, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(key_file, "wb") as f:
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else None
    os.makedirs(folder, exist_ok=True)
    tls = {}
    if mode == "--starttls":
        tls = {"tls_context": tls_context(sys.argv[4]), "require_starttls": True}
    controller = Controller(Folder(folder, mode), hostname="127.0.0.1", port=port, server_hostname="smtp.test", **tls)
    controller.start()
    print("ready", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        controller.stop()


if __name__ == "__main__":
    main()
