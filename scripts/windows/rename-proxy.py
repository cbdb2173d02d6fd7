#!/usr/bin/env python3
"""Test-only loopback proxy for scripts/check-windows.sh --run: forwards every
request to the Linux sandbox and renames the documented client in the
answers, so the window under Wine shows a name in CJK script (the demo data
has none). Loopback only: it listens on 127.0.0.1 and forwards to the
127.0.0.1 sandbox it is given. Prints "proxy-port <n>" once listening.

Usage: rename-proxy.py UPSTREAM_PORT FROM TO
"""

import http.client
import http.server
import sys

UPSTREAM_PORT = int(sys.argv[1])
FROM = sys.argv[2].encode()
TO = sys.argv[3].encode()
# The headers the app sends that the sandbox reads (the key, the body type).
FORWARDED = ("x-api-key", "authorization", "content-type", "accept")


class Handler(http.server.BaseHTTPRequestHandler):
    def forward(self):
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(min(length, 1 << 20)) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() in FORWARDED}
        upstream = http.client.HTTPConnection("127.0.0.1", UPSTREAM_PORT, timeout=10)
        upstream.request(self.command, self.path, body=body, headers=headers)
        answer = upstream.getresponse()
        data = answer.read().replace(FROM, TO)
        self.send_response(answer.status)
        self.send_header("content-type", answer.getheader("content-type", "application/json"))
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        upstream.close()

    do_GET = do_POST = do_PUT = forward

    def log_message(self, fmt, *args):
        # The path and status only: never the headers (the key).
        sys.stderr.write("proxy %s\n" % (fmt % args))


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("proxy-port %d" % server.server_address[1], flush=True)
server.serve_forever()
