#!/usr/bin/env python3
"""tracker-standin.py - serve the tracker's files (tests/update/data/) on
loopback, whole or broken as a network breaks them, for tests/cli/update.sh.

The first path word chooses: /ok/data/<file> serves the file; /cut/ declares
the whole length and sends a third; /html/ sends a web page; /missing/ 404;
/stall/ sends the headers and a few bytes, then nothing for a minute; /few/
serves latest.yml cut to ten releases (whole YAML, far fewer releases).
Prints the port on stdout, then serves until killed (at most 120 s).
"""
import http.server
import os
import sys
import threading
import time

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "update", "data")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if len(parts) != 3 or parts[1] != "data" or parts[2] not in ("latest.yml", "devices.yml"):
            self.send_error(404)
            return
        mode, name = parts[0], parts[2]
        body = open(os.path.join(DATA, name), "rb").read()
        if mode == "missing":
            self.send_error(404)
            return
        if mode == "html":
            body = b"<!doctype html><html><body><h1>Moved</h1></body></html>\n"
        if mode == "few" and name == "latest.yml":
            entries = body.split(b"\n- ")
            body = b"\n- ".join(entries[:10]) + b"\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if mode == "cut":
            self.wfile.write(body[: len(body) // 3])
            self.wfile.flush()
            self.close_connection = True
            return
        if mode == "stall":
            self.wfile.write(body[:100])
            self.wfile.flush()
            time.sleep(60)
            return
        self.wfile.write(body)


def main():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    print(srv.server_address[1], flush=True)
    threading.Timer(120, srv.shutdown).start()
    srv.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
