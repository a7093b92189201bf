#!/usr/bin/env python3
"""A mail server for the failure tests: accepts every message on ADDRESS:PORT (ADDRESS by default 127.0.0.1) and
appends to FILE one line per delivery and recipient, "recipient<TAB>Message-ID", so a test counts how many messages
each person got and whether one was delivered twice.

    src/cluster/smtp-sink.py PORT FILE [ADDRESS]
"""
import socketserver
import sys


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        try:
            self.converse()
        except ConnectionError:
            pass  # the sending node was killed mid-conversation: its message is still in its outbox

    def converse(self):
        self.reply("220 sink ESMTP")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode(errors="replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 sink")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>").lower())
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go on")
                message_id = ""
                line = self.rfile.readline().rstrip(b"\r\n")
                while line != b".":
                    if line.lower().startswith(b"message-id:"):
                        message_id = line.split(b":", 1)[1].strip().decode()
                    line = self.rfile.readline().rstrip(b"\r\n")
                with open(sys.argv[2], "a") as delivered:
                    delivered.writelines(f"{r}\t{message_id}\n" for r in recipients)
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    Server((sys.argv[3] if len(sys.argv) > 3 else "127.0.0.1", int(sys.argv[1])), Session).serve_forever()
