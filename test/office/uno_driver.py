#!/usr/bin/python3
# Entry point: edits and reads workbooks with headless LibreOffice, one office for many requests.
"""Usage (Debian's python3 with python3-uno):

  /usr/bin/python3 test/office/uno_driver.py --serve      one JSON request per stdin line, one
                                                          JSON answer per stdout line; the office
                                                          quits when stdin closes
  /usr/bin/python3 test/office/uno_driver.py --job FILE   a JSON list of requests, answers printed
                                                          as one JSON list

Requests:
  {"action": "edit", "input": PATH, "output": PATH?, "format": "xlsx"|"ods"|"xls"?, "operations": [...]}
  {"action": "read", "path": PATH, "sheets": [NAME, ...]?, "merged": bool?}
  {"action": "ping"}
Answers: {"id": ..., "ok": true, ...} or {"id": ..., "ok": false, "error": TEXT}.
The first line in --serve mode is {"ready": true, "pid": PID, "startupSeconds": S}.
"""
import json
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from uno_cells import OpError  # noqa: E402
from uno_edit import apply_operations  # noqa: E402
from uno_read import read_sheets  # noqa: E402
from uno_session import OfficeSession  # noqa: E402

MUTATING = {"set", "clear", "format", "columnFormat", "sort", "insertColumns", "deleteColumns", "insertRows",
            "deleteRows", "merge", "unmerge", "copyRow", "renameSheet", "deleteSheet"}


def edit(session, request):
    doc, copy = session.load(request["input"])
    try:
        operations = request.get("operations", [])
        reads = apply_operations(doc, operations)
        output = request.get("output") or request["input"]
        stored = bool(request.get("output")) or any(op.get("op") in MUTATING for op in operations)
        if stored:
            session.store(doc, output, request.get("format", "xlsx"))
        return {"reads": reads, "stored": output if stored else None}
    finally:
        session.close_doc(doc, copy)


def read(session, request):
    doc, copy = session.load(request["path"])
    try:
        return read_sheets(doc, request.get("sheets"), bool(request.get("merged")))
    finally:
        session.close_doc(doc, copy)


ACTIONS = {"edit": edit, "read": read, "ping": lambda session, request: {}}


class Driver:
    def __init__(self):
        self.session = OfficeSession().start()

    def handle(self, request):
        action = ACTIONS.get(request.get("action"))
        if action is None:
            return {"ok": False, "error": "aksi tidak dikenal: %r" % request.get("action")}
        try:
            return {"ok": True, **action(self.session, request)}
        except (OpError, FileNotFoundError, ValueError, KeyError) as error:
            return {"ok": False, "error": "%s: %s" % (type(error).__name__, error)}
        except Exception as error:  # noqa: BLE001 - a UNO failure: answer it, and restart a dead office
            answer = {"ok": False, "error": "%s: %s" % (type(error).__name__, error)}
            if self.session.process is None or self.session.process.poll() is not None:
                self.session.stop()
                self.session = OfficeSession().start()
                answer["restarted"] = True
            return answer

    def stop(self):
        self.session.stop()


def serve(driver):
    print(json.dumps({"ready": True, "pid": driver.session.process.pid,
                      "startupSeconds": round(driver.session.started_in, 3)}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        answer = driver.handle(request)
        answer["id"] = request.get("id")
        print(json.dumps(answer), flush=True)


def main(argv):
    if len(argv) == 3 and argv[1] == "--job":
        with open(argv[2], encoding="utf-8") as handle:
            requests = json.load(handle)
    elif len(argv) == 2 and argv[1] == "--serve":
        requests = None
    else:
        print(__doc__, file=sys.stderr)
        return 64
    driver = Driver()

    def on_signal(signum, _frame):
        driver.stop()
        sys.exit(128 + signum)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, on_signal)
    try:
        if requests is None:
            serve(driver)
        else:
            answers = [dict(driver.handle(r), id=r.get("id", i)) for i, r in enumerate(requests)]
            print(json.dumps(answers))
            if not all(a["ok"] for a in answers):
                return 1
    finally:
        driver.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
