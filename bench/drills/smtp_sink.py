"""An SMTP server on loopback that accepts every message and records it, for the fault drills.

    python smtp_sink.py PORT RECORD_FILE

Each accepted message is appended to RECORD_FILE as one JSON line (time, recipients, subject)
and flushed before the server answers 250, so a message the worker saw accepted is on disk.
Runs until SIGTERM or SIGINT. Stopping and starting it on the same port is the SMTP outage.
"""

import asyncio
import json
import signal
import sys
import time
from email import message_from_bytes

from aiosmtpd.controller import Controller


class RecordingHandler:
    """aiosmtpd handler: append the record, flush it, then accept the message."""

    def __init__(self, path: str):
        self.handle = open(path, "a", encoding="utf-8")  # kept open for the server's life

    async def handle_DATA(self, server, session, envelope):  # the name aiosmtpd calls
        message = message_from_bytes(envelope.original_content or envelope.content)
        record = {"time": time.time(), "to": list(envelope.rcpt_tos), "subject": str(message.get("Subject", ""))}
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()
        return "250 Message accepted for delivery"


def main() -> None:
    port, path = int(sys.argv[1]), sys.argv[2]
    controller = Controller(RecordingHandler(path), hostname="127.0.0.1", port=port)
    controller.start()
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print(f"SMTP sink on 127.0.0.1:{port}", flush=True)
    try:
        loop.run_until_complete(stop.wait())
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
