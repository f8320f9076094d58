#!/usr/bin/env python3
"""Record a protocol fixture by playing a client script against `copydesk serve --record`.

Usage:
  python3 protocol-fixtures/tools/record-fixture.py [--binary PATH] SCRIPT.jsonl...
  python3 protocol-fixtures/tools/record-fixture.py --all

Each SCRIPT in protocol-fixtures/scripts/ produces protocol-fixtures/<same name>.jsonl. A script is one JSON object
per line, `${ROOT}` standing for the workspace folder:
  {"setup": {"description": "...", "files": {"PATH": "CONTENT"}}}  copied to the fixture; files are created first
  {"send": MESSAGE}               send a framed message
  {"sendRaw": "TEXT"}             send TEXT as a frame body (for bodies that are not JSON)
  {"sendRawBytes": "TEXT"}        write TEXT as it is (for malformed headers)
  {"await": N}                    wait until N more messages arrive from the server
  {"reply": RESULT}               answer the oldest unanswered request from the server with RESULT
  {"close": true}                 close the server's input
  {"writeFiles": {"PATH": "CONTENT"}}  write files in the workspace (kept in the fixture at the same point)
  {"capture": "NAME"}             remember the diagnostics last received (pushed or pulled) as NAME; a string
                                  "${DIAGNOSTIC:NAME:I}" in a later message is replaced by the I-th of them, as
                                  a client sends back the diagnostics it shows
  {"awaitExit": true}             wait for the server to exit and record its status
  {"volatile": ["PATH", ...]}     after an await: mark these dotted paths volatile in the messages that await
                                  received (for values that change from day to day, such as today's date)

Consecutive sends are written at once, as one burst. The recording is what the server itself wrote with
--record (see protocol-fixtures/README.md); review `git diff protocol-fixtures/` before committing a re-recording.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import queue
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)
PACKAGE = os.path.dirname(FIXTURES)


def frame(body):
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def substitute(value, root, captured):
    if isinstance(value, str):
        if value.startswith("${DIAGNOSTIC:") and value.endswith("}"):
            name, index = value[len("${DIAGNOSTIC:"):-1].rsplit(":", 1)
            return captured[name][int(index)]
        return value.replace("${ROOT}", root)
    if isinstance(value, list):
        return [substitute(v, root, captured) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, root, captured) for k, v in value.items()}
    return value


def diagnostics_in(message):
    """The diagnostics a server message carries: a publication's, or a pulled full report's."""
    if message.get("method") == "textDocument/publishDiagnostics":
        return message["params"]["diagnostics"]
    result = message.get("result")
    if isinstance(result, dict) and result.get("kind") == "full":
        return result["items"]
    return None


def reader(stream, inbox):
    while True:
        headers = {}
        while True:
            line = stream.readline()
            if not line:
                inbox.put(None)
                return
            line = line.strip()
            if not line:
                break
            key, _, value = line.decode("ascii", "replace").partition(":")
            headers[key.strip().lower()] = value.strip()
        body = stream.read(int(headers.get("content-length", "0")))
        inbox.put(json.loads(body))


def record(script_path, binary):
    name = os.path.splitext(os.path.basename(script_path))[0]
    with open(script_path, encoding="utf-8") as f:
        steps = [json.loads(line) for line in f if line.strip()]
    root = tempfile.mkdtemp(prefix="copydesk-record-")
    record_dir = tempfile.mkdtemp(prefix="copydesk-recording-")
    setup = next((s["setup"] for s in steps if "setup" in s), {"description": name})
    for path, content in setup.get("files", {}).items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(content)
    proc = subprocess.Popen([binary, "serve", "--record", record_dir], cwd=root,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    inbox = queue.Queue()
    threading.Thread(target=reader, args=(proc.stdout, inbox), daemon=True).start()
    requests = []
    burst = b""
    status = None
    sent = 0
    received = 0
    writes = []
    captured = {}
    last_diagnostics = []
    volatile_marks = []
    last_await = (0, 0)

    def flush():
        nonlocal burst
        if burst:
            proc.stdin.write(burst)
            proc.stdin.flush()
            burst = b""

    for step in steps:
        if "setup" in step:
            continue
        if "send" in step:
            burst += frame(json.dumps(substitute(step["send"], root, captured), ensure_ascii=False).encode())
            sent += 1
        elif "sendRaw" in step:
            burst += frame(step["sendRaw"].encode())
            sent += 1
        elif "sendRawBytes" in step:
            burst += step["sendRawBytes"].encode()
            sent += 1
        else:
            flush()
        if "await" in step:
            last_await = (received, received + step["await"])
            for _ in range(step["await"]):
                try:
                    message = inbox.get(timeout=30)
                except queue.Empty:
                    proc.kill()
                    sys.exit("%s: timed out awaiting a message from the server; its log:\n%s" % (name, proc.stderr.read().decode()))
                if message is None:
                    sys.exit("%s: the server closed its output while awaiting" % name)
                received += 1
                if "method" in message and "id" in message:
                    requests.append(message["id"])
                found = diagnostics_in(message)
                if found:
                    last_diagnostics = found
        elif "capture" in step:
            captured[step["capture"]] = last_diagnostics
        elif "volatile" in step:
            volatile_marks.append((last_await, step["volatile"]))
        elif "writeFiles" in step:
            for path, content in step["writeFiles"].items():
                full = os.path.join(root, path)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "w", encoding="utf-8") as f:
                    f.write(content)
            writes.append((sent, received, step["writeFiles"]))
        elif "reply" in step:
            rid = requests.pop(0)
            burst += frame(json.dumps({"jsonrpc": "2.0", "id": rid, "result": step["reply"]}).encode())
            sent += 1
        elif "close" in step:
            proc.stdin.close()
            sent += 1
        elif "awaitExit" in step:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass
            status = proc.wait(timeout=30)
    flush()
    if status is None:
        try:
            proc.stdin.close()
        except BrokenPipeError:
            pass
        proc.wait(timeout=30)
    time.sleep(0.1)
    recordings = glob.glob(os.path.join(record_dir, "*.jsonl"))
    if len(recordings) != 1:
        sys.exit("%s: expected one recording, found %d; server log:\n%s" % (name, len(recordings), proc.stderr.read().decode()))
    with open(recordings[0], encoding="utf-8") as f:
        lines = [line if line.endswith("\n") else line + "\n" for line in f if line.strip()]
    # Mark the volatile paths on the server lines each `volatile` step names (by order received).
    if volatile_marks:
        server_index = -1
        for index, line in enumerate(lines):
            entry = json.loads(line)
            if entry.get("direction") != "server":
                continue
            server_index += 1
            paths = [p for (start, end), marks in volatile_marks if start <= server_index < end for p in marks]
            if paths:
                entry["volatile"] = sorted(set(entry.get("volatile", []) + paths))
                lines[index] = json.dumps(entry, ensure_ascii=False) + "\n"
    # Put each file write after the client lines sent and the server lines received before it.
    for sent_before, received_before, files in reversed(writes):
        position, clients, servers = 0, 0, 0
        for index, line in enumerate(lines):
            direction = json.loads(line).get("direction")
            clients += direction == "client"
            servers += direction == "server"
            if clients >= sent_before and servers >= received_before:
                position = index + 1
                break
        lines.insert(position, json.dumps({"writeFiles": files}, ensure_ascii=False) + "\n")
    out_path = os.path.join(FIXTURES, name + ".jsonl")
    with open(out_path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"setup": setup}, ensure_ascii=False, sort_keys=True) + "\n")
        for line in lines:
            out.write(line)
        if status is not None:
            out.write(json.dumps({"direction": "server", "exit": status}) + "\n")
    shutil.rmtree(root, ignore_errors=True)
    shutil.rmtree(record_dir, ignore_errors=True)
    print("recorded %s (%d lines)" % (os.path.relpath(out_path, PACKAGE), len(lines)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(PACKAGE, ".build", "debug", "copydesk"))
    parser.add_argument("--all", action="store_true", help="record every script in protocol-fixtures/scripts/")
    parser.add_argument("scripts", nargs="*")
    args = parser.parse_args()
    scripts = sorted(glob.glob(os.path.join(FIXTURES, "scripts", "*.jsonl"))) if args.all else args.scripts
    if not scripts:
        parser.error("name a script or pass --all")
    for script in scripts:
        record(script, args.binary)


if __name__ == "__main__":
    main()
