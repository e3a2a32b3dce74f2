#!/usr/bin/env python3
"""api.py - `mivet serve` over real HTTP on loopback: the JSON API answers as
the CLI does, errors are JSON with a fitting status, and abuse (path tricks,
oversized headers and bodies, foreign hosts, slow clients, many clients at
once) is refused cleanly while other clients are still served.

usage: tests/http/api.py path/to/mivet     (prints TAP; stdlib only)
"""
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time

MIVET = sys.argv[1] if len(sys.argv) > 1 else "build/mivet"
G = "tests/golden"
n = 0
failed = 0


def ok(cond, what, detail=""):
    global n, failed
    n += 1
    if not cond:
        failed += 1
    print(f"{'ok' if cond else 'not ok'} {n} - http: {what}")
    if not cond and detail:
        for line in str(detail).splitlines()[:6]:
            print(f"#   {line}")


server = subprocess.Popen([MIVET, "serve", "--port", "0", "--timeout", "2", "--max-body", "1048576"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
line = server.stdout.readline()
PORT = int(line.split("http://127.0.0.1:")[1].split("/")[0])
HOST = f"127.0.0.1:{PORT}"


def request(method, path, body=None, headers=None, raw=None):
    """One request on a new connection: (status, headers, parsed JSON or text)."""
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=20)
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    c.request(method, path, body=data, headers=headers or {})
    r = c.getresponse()
    text = r.read()
    c.close()
    ctype = r.getheader("Content-Type", "")
    if ctype.startswith("application/json"):
        return r.status, r, json.loads(text)
    return r.status, r, text.decode("utf-8", "replace")


def cli(*args, stdin=None):
    p = subprocess.run([MIVET, *args], capture_output=True, text=True, input=stdin)
    return p.stdout.strip()


def raw_exchange(data, read_for=5.0):
    """Send bytes on a raw socket, return what comes back until close."""
    s = socket.create_connection(("127.0.0.1", PORT), timeout=read_for)
    try:
        s.sendall(data)
        got = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
    except (socket.timeout, ConnectionResetError, BrokenPipeError):
        pass
    finally:
        s.close()
    return got


try:
    # ------------------------------------------------------------ the page
    st, r, text = request("GET", "/")
    ok(st == 200 and "<title>mivet" in text, "GET / serves the embedded page")
    ok("default-src 'none'" in (r.getheader("Content-Security-Policy") or ""), "the page forbids loading from elsewhere (CSP)")
    ok(r.getheader("X-Content-Type-Options") == "nosniff", "responses say nosniff")
    st, _, _ = request("HEAD", "/")
    ok(st == 200, "HEAD / answers")
    for path in ["/../../etc/passwd", "/web/index.html", "/%2e%2e/%2e%2e/etc/passwd", "/index.html/../../etc/passwd",
                 "/etc/passwd", "//etc/passwd", "/api/../../etc/passwd"]:
        st, _, body = request("GET", path)
        ok(st in (400, 404) and "root:" not in json.dumps(body), f"no file-system path: GET {path} -> {st}")
    st, _, body = request("POST", "/", {"input": "x"})
    ok(st == 405 and body["status"] == 405, "POST / is 405 with a JSON error")

    # ------------------------------------------------------------ the API answers as the CLI
    for value in ["V14.0.4.0.TKHEUXM", "MIUI Global 12.5.1 Stable 12.5.1.0(RKHMIXM)", "2211133G", "M2012K11AC",
                  "490154203237518", "Global ROM V14.0.6.0.TMRCNXM"]:
        st, _, body = request("POST", "/api/identify", {"input": value})
        ok(st == 200 and body == json.loads(cli("identify", "--json", value)), f"/api/identify = identify --json for {value!r}")
    st, _, body = request("POST", "/api/identify", {"input": "2211133G", "country": "DE"})
    ok(st == 200 and body == json.loads(cli("identify", "--json", "--country", "DE", "2211133G")),
       "/api/identify with a country = identify --json --country")
    for dump in ["selene-cn-hw-global-rom.getprop.txt", "alioth-cn.getprop.txt", "breeze-in.build.prop.txt"]:
        text = open(f"{G}/props/{dump}", encoding="utf-8").read()
        st, _, body = request("POST", "/api/identify", {"input": text})
        want = json.loads(cli("identify", "--json", "-", stdin=text))
        want["input"] = body.get("input")  # the CLI names the file "-"
        ok(st == 200 and body == want, f"/api/identify reads a dump as identify does ({dump})")
    st, _, body = request("POST", "/api/identify", {"input": "not a phone"})
    ok(st == 422 and body.get("error"), "an input not understood is 422 with the report's error", body)
    st, _, body = request("POST", "/api/bands", {"device": "alioth", "variant": "global", "country": "DE"})
    ok(st == 200 and body == json.loads(cli("bands", "--json", "alioth", "--variant", "global", "--country", "DE")),
       "/api/bands = bands --json")
    st, _, body = request("POST", "/api/bands", {"bands": "B1/B3/B7/B20", "country": "FR", "carrier": "Orange"})
    ok(st == 200 and len(body["carriers"]) >= 1 and all("Orange" in c["carrier"] for c in body["carriers"]),
       "/api/bands with a band list and a carrier")
    st, _, body = request("POST", "/api/bands", {"device": "alioth", "country": "Atlantis"})
    ok(st == 422 and "unknown country" in body.get("error", ""), "an unknown country is 422 and says so", body)
    st, _, body = request("POST", "/api/cost", {"country": "FR", "price": 1999, "currency": "CNY", "rates": "CNY:EUR=0.128"})
    ok(st == 200 and body == json.loads(cli("cost", "--json", "--country", "FR", "--price", "1999", "--currency", "CNY",
                                            "--rate", "CNY:EUR=0.128")), "/api/cost = cost --json")
    st, _, body = request("POST", "/api/cost", {"country": "FR", "price": "1999", "currency": "CNY", "rates": "CNY:EUR=0.128"})
    ok(st == 200 and body["total"] is not None, "a price may come as a string of digits")
    listing = "Global Version Xiaomi Redmi Note 10 Pro Smartphone 108MP Camera Snapdragon 732G 120Hz AMOLED Display 33W Fast Charging NFC"
    st, _, body = request("POST", "/api/listing", {"listing": listing})
    ok(st == 200 and body["claimed_variant"] == "global_version" and body["device"] == "sweet", "/api/listing reads a listing text")
    # the answer's words in the language asked for; codes stay English
    st, _, body = request("POST", "/api/listing", {"listing": "Global Version M11 Ultra 16GB+1TB", "lang": "pt_BR"})
    ok(st == 200 and body["lang"] == "pt-BR" and body["verdict"] == "avoid" and body["verdict_words"] == "Evite"
       and all(f.get("title") for f in body["flags"]) and "spec_mismatch" in [f["code"] for f in body["flags"]],
       "/api/listing with lang: the verdict's words and every flag's title in that language", body)
    st, _, body = request("POST", "/api/check", {"input": "V14.0.4.0.TKHEUXM", "lang": "ar"})
    ok(st == 200 and body["lang"] == "ar" and body["verdict_words"] == "كن حذرًا", "/api/check with lang: Arabic", body)
    st, _, body = request("POST", "/api/listing", {"listing": {"title": "Global ROM Xiaomi Redmi Note 7 4GB 64GB", "price": 208.99,
                                                               "currency": "USD", "seller_rating": 4.1}})
    ok(st == 200 and body["claimed_variant"] == "global_rom" and any(f["code"] == "seller_rating" for f in body["flags"]),
       "/api/listing reads a listing object, flags and all")
    cases = [("V14.0.4.0.TKHEUXM", "version"), ("2211133G", "model"), ("490154203237518", "imei")]
    for value, kind in cases:
        st, _, body = request("POST", "/api/check", {"input": value})
        ok(st == 200 and body["identify"][0]["kind"] == kind, f"/api/check takes a pasted {kind}")
    st, _, body = request("POST", "/api/check", {"input": listing, "country": "DE"})
    ok(st == 200 and body["listing"]["claimed_variant"] == "global_version" and body["verdict"] == "good",
       "/api/check takes a pasted listing and judges it")
    # a value a line, as the page's example shows: each in its field (a
    # buyer's probe of the page: the version under a model number had been
    # read as a listing's words); a listing's lines stay a listing
    st, _, body = request("POST", "/api/check", {"input": "24117RN76L\nOS2.0.4.0.VOGMIXM\n", "country": "BR"})
    ok(st == 200 and [i["kind"] for i in body["identify"]] == ["model", "version"] and not body.get("listing"),
       "/api/check takes a model number and a version pasted on two lines", body)
    st, _, body = request("POST", "/api/check", {"input": "M2101K7BNY V14.0.1.0.TKLRUXM"})
    ok(st == 200 and [i["kind"] for i in body["identify"]] == ["model", "version"],
       "/api/check takes a model number and a version on one line, apart (an outside probe's User-Agent pair)", body)
    st, _, body = request("POST", "/api/check", {"input": "Xiaomi Redmi Note 13\n8GB 256GB Global Version"})
    ok(st == 200 and body.get("listing"), "/api/check reads lines that are no values as a listing", body)
    # a title whose camera follows the firmware's name (Jumia Nigeria, a
    # buyer's review of the page: "HyperOS 108" had been its firmware)
    st, _, body = request("POST", "/api/check", {"input": 'XIAOMI Redmi Note 14 6.67" 8GB RAM/256 GB ROM HyperOS 108MP AI Camera - Midnight Black', "country": "NG"})
    ok(st == 200 and body.get("listing") and not body.get("identify"),
       "/api/check reads a title with 'HyperOS 108MP' as a listing, no version", body)
    # a title with a model number among its words is a listing (its
    # "Global ROM" read too); an IMEI of a wrong check digit says so (a
    # buyer's review of the page: both had been read otherwise)
    st, _, body = request("POST", "/api/check", {"input": "Xiaomi Redmi Note 14 Pro 5G China Version Global ROM 12GB 512GB Google Play 24090RA29C", "country": "DE"})
    ok(st == 200 and body.get("listing") and body["listing"]["claimed_variant"] == "global_rom",
       "/api/check reads a title with a model number among its words as a listing", body)
    st, _, body = request("POST", "/api/check", {"input": "123456789012345"})
    ok(st in (200, 422) and "check digit" in body["summary"] and not body.get("listing"),
       "/api/check says a pasted IMEI's wrong check digit", body)
    st, _, body = request("POST", "/api/check", {"input": "POCO F3"})
    ok(st == 200 and body["identify"][0]["codename"] == "alioth" and body["identify"][0]["summary_key"] == "id_name"
       and not body.get("listing"), "/api/check takes a pasted phone's name: the phone, its hardware unknown", body)
    st, _, body = request("POST", "/api/check", {"input": "POCO F3 Global"})
    ok(st == 200 and body["listing"]["claimed_variant"] == "global_version" and not body.get("identify"),
       "/api/check reads words that are no phone's name as a listing (its claim kept)", body)
    text = open(f"{G}/props/selene-cn-hw-global-rom.getprop.txt", encoding="utf-8").read()
    st, _, body = request("POST", "/api/check", {"input": text})
    ok(st == 200 and body["identify"][0]["kind"] == "props" and body["identity"] == "global_rom",
       "/api/check takes a pasted dump")
    st, _, body = request("POST", "/api/check", {"model": "2211133G", "country": "DE"})
    ok(st == 200 and body == json.loads(cli("check", "--json", "--model", "2211133G", "--country", "DE")),
       "/api/check = check --json")
    st, _, body = request("GET", "/api/countries")
    de = [c for c in body.get("countries", []) if c["code"] == "DE"]
    ok(st == 200 and len(body["countries"]) > 150 and de and "Telekom" in de[0]["carriers"], "/api/countries lists countries and carriers")
    by = {c["code"]: c["carriers"] for c in body["countries"]}
    ok("Sosh" in by.get("FR", []) and "Odido" in by.get("NL", []) and "amaysim" in by.get("AU", []),
       "/api/countries lists the brands with no network of their own and networks' new names (Sosh, Odido, amaysim)")

    # ------------------------------------------------------------ malformed requests: exact errors
    bad = [
        ("no body", "/api/identify", b"", 400, "the request has no body"),
        ("truncated JSON", "/api/identify", b'{"input": "V14', 400, "request body: "),
        ("not an object", "/api/identify", b'["V14.0.4.0.TKHEUXM"]', 400, "a JSON object is expected"),
        ("unknown field", "/api/identify", b'{"inptu": "x"}', 400, "unknown field 'inptu'"),
        ("wrong type", "/api/identify", b'{"input": 42}', 400, 'field "input": a string is expected'),
        ("missing field", "/api/identify", b'{"country": "DE"}', 400, 'field "input" is required'),
        ("duplicate keys", "/api/identify", b'{"input": "a", "input": "b"}', 400, "duplicate object key"),
        ("invalid UTF-8", "/api/identify", b'{"input": "caf\xe9"}', 400, "unable to decode byte 0xe9"),
        ("binary", "/api/identify", bytes(range(256)), 400, "request body: "),
        ("NUL escape", "/api/identify", b'{"input": "a\\u0000b"}', 400, "\\u0000 is not allowed"),
        ("deep nesting", "/api/listing", b'{"listing": ' + b"[" * 5000 + b"]" * 5000 + b"}", 400, "maximum parsing depth"),
        ("a million arrays", "/api/listing", b'{"listing": [' + b"[]," * 300000 + b'[]]}', 400, "more than 10000 arrays and objects"),
        ("input and listing", "/api/check", b'{"input": "Global Version Redmi Note 8 Pro", "listing": "x"}', 400, '"input" is a listing and "listing" is another'),
        ("input and model", "/api/check", b'{"input": "2211133G", "model": "M2012K11AC"}', 400, '"input" is a model number and that field is given too'),
        ("absurd number", "/api/cost", b'{"country": "FR", "price": 1e400, "currency": "EUR"}', 400, "real number overflow"),
        ("negative price", "/api/cost", b'{"country": "FR", "price": -5, "currency": "EUR"}', 400, "a number from 0 to 10^12"),
        ("huge field", "/api/bands", json.dumps({"device": "x" * 1000, "country": "DE"}).encode(), 413, 'field "device": at most 128 bytes'),
    ]
    for what, path, raw, want, msg in bad:
        st, _, body = request("POST", path, raw=raw, headers={"Content-Type": "application/json"})
        ok(st == want and isinstance(body, dict) and msg in body.get("error", "") and body.get("status") == want,
           f"{what}: {want} \"{msg}\"", body)
    st, _, body = request("GET", "/api/check")
    ok(st == 405 and "takes POST" in body["error"], "GET on a POST route is 405")
    st, _, body = request("POST", "/api/nope", {})
    ok(st == 404 and "no such API" in body["error"], "an unknown route is 404")

    # ------------------------------------------------------------ abuse
    got = raw_exchange(f"POST /api/identify HTTP/1.1\r\nHost: {HOST}\r\nContent-Length: 2097152\r\n\r\n".encode())
    ok(got.startswith(b"HTTP/1.1 413") and b"over 1048576 bytes" in got,
       "a body over --max-body is 413 before it is read (Content-Length)", got[:200])
    got = raw_exchange(f"POST /api/identify HTTP/1.1\r\nHost: {HOST}\r\nTransfer-Encoding: chunked\r\n\r\n".encode() +
                       b"".join(b"10000\r\n" + b" " * 65536 + b"\r\n" for _ in range(20)))
    ok(b" 200 " not in got[:20], "a chunked body over the limit is cut off")
    got = raw_exchange(f"GET / HTTP/1.1\r\nHost: {HOST}\r\nX-Big: {'a' * 100000}\r\n\r\n".encode())
    ok(got.startswith(b"HTTP/1.1 431"), f"oversized headers are refused with 431 ({got[:12]!r})")
    got = raw_exchange(b"\x00\x01\x02 garbage \xff\xfe\r\n\r\n")
    ok(got == b"" or got.startswith(b"HTTP/1.1 400"), f"a binary request line is refused ({got[:12]!r})")
    st, _, body = request("GET", "/", headers={"Host": "evil.example:80"})
    ok(st == 403 and "only to its own address" in body["error"], "a foreign Host (DNS rebinding) is 403")
    st, _, body = request("POST", "/api/identify", {"input": "2211133G"}, headers={"Origin": "http://evil.example"})
    ok(st == 403 and "other sites" in body["error"], "a request from another site's page is 403")
    st, _, body = request("POST", "/api/identify", {"input": "2211133G"}, headers={"Origin": f"http://{HOST}"})
    ok(st == 200, "a request from the page itself is served")
    st, _, body = request("POST", "/api/identify", {"input": "2211133G"}, headers={"Origin": "null"})
    ok(st == 403, "a request from a sandboxed frame (Origin: null) is 403")
    st, _, body = request("POST", "/api/identify", {"input": "2211133G"}, headers={"Sec-Fetch-Site": "cross-site"})
    ok(st == 403, "a browser's cross-site request (Sec-Fetch-Site) is 403")
    st, _, body = request("GET", "/", headers={"Host": f"LOCALHOST:{PORT}"})
    ok(st == 200, "Host names are compared without case")
    st, _, body = request("GET", "/api/%FFabc")
    ok(st == 404 and "no such API" in body.get("error", ""), "a route that is not UTF-8 still gets its error in words")

    # a slow client holds a connection; others are served meanwhile, and the
    # server closes it after --timeout
    slow = socket.create_connection(("127.0.0.1", PORT), timeout=10)
    slow.sendall(b"POST /api/identify HTTP/1.1\r\nHost: " + HOST.encode() + b"\r\nContent-Le")
    st, _, _ = request("POST", "/api/identify", {"input": "2211133G"})
    ok(st == 200, "others are served while a slow client dawdles")
    t0 = time.monotonic()
    try:
        closed = slow.recv(100) == b""
    except (ConnectionResetError, socket.timeout):
        closed = True
    ok(closed and time.monotonic() - t0 < 9, "the slow client is dropped after the idle timeout")
    slow.close()

    # many clients at once: every answer right, none lost
    want = {v: request("POST", "/api/check", {"input": v, "country": "DE"})[2] for v in
            ["V14.0.4.0.TKHEUXM", "2211133G", listing, "M2012K11AC"]}
    errors = []

    def worker(k):
        try:
            c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            for i in range(25):
                v = list(want)[(k + i) % len(want)]
                c.request("POST", "/api/check", body=json.dumps({"input": v, "country": "DE"}))
                r = c.getresponse()
                got = json.loads(r.read())
                if r.status != 200 or got != want[v]:
                    errors.append((k, i, r.status))
            c.close()
        except Exception as e:  # noqa: BLE001 - any failure counts
            errors.append((k, repr(e)))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ok(not errors, f"32 clients x 25 keep-alive requests: all 800 answers right ({len(errors)} wrong)", errors[:3])
    st, _, _ = request("GET", "/")
    ok(st == 200 and server.poll() is None, "the server is still up after all of it")
finally:
    server.terminate()
    try:
        rc = server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        rc = -9
    err = server.stderr.read()
    ok(rc == 0, f"SIGTERM stops the server cleanly (exit {rc})", err)
    ok("ERROR: AddressSanitizer" not in err and "runtime error" not in err, "no sanitizer report", err)
print(f"1..{n}")
sys.exit(1 if failed else 0)
