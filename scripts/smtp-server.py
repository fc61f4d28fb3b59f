"""A real SMTP server for the mail tests: aiosmtpd (PyPI, installed into e2e/.venv by
scripts/install-deps.sh) listening on 127.0.0.1, writing each message it accepts to a folder
as an .eml file, byte for byte as received.

    e2e/.venv/bin/python scripts/smtp-server.py PORT FOLDER [--refuse | --drop]

--refuse answers every message with 451 (try again later), as a relay that is overloaded does;
--drop closes the connection once the message is sent, before acknowledging it. Both leave a
refuse-*.txt or drop-*.txt note of the message they turned away.
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
            f.write(envelope.original_content)
        os.rename(name + ".partial", name)
        return "250 OK"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else None
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Folder(folder, mode), hostname="127.0.0.1", port=port, server_hostname="smtp.test")
    controller.start()
    print("ready", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        controller.stop()


if __name__ == "__main__":
    main()
