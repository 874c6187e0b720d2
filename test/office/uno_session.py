# One headless LibreOffice for the tests: private profile, private pipe, killed with its group at the end.
"""Start soffice headless and connect over UNO.

Run with Debian's /usr/bin/python3 (python3-uno). The office gets its own user profile in a fresh
temporary folder (-env:UserInstallation, so it never touches a real user's settings or
recovery data) and a pipe name nobody else uses. soffice is a shell script that starts oosplash,
which starts soffice.bin: the process is started in its own session so that killing the group
takes all three. Documents are loaded from a private copy, so LibreOffice's own lock file
(".~lock.<name>#") never appears beside the workbook under test.

API: https://api.libreoffice.org/docs/idl/ref/interfacecom_1_1sun_1_1star_1_1frame_1_1XComponentLoader.html
"""
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import DisposedException

SOFFICE = os.environ.get("SOFFICE", "/usr/bin/soffice")
START_TIMEOUT_S = float(os.environ.get("UNO_START_TIMEOUT_S", "120"))

# Export filter names: https://help.libreoffice.org/latest/en-US/text/shared/guide/convertfilters.html
FILTERS = {
    "xlsx": "Calc MS Excel 2007 XML",
    "ods": "calc8",
    "xls": "MS Excel 97",
}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class OfficeSession:
    """A running soffice and the UNO desktop to load documents with."""

    def __init__(self):
        self.workdir = tempfile.mkdtemp(prefix="uno-office-")
        self.profile = os.path.join(self.workdir, "profile")
        self.pipe = "uno-test-%d-%s" % (os.getpid(), uuid.uuid4().hex[:10])
        self.process = None
        self.desktop = None
        self.started_in = None

    def start(self):
        began = time.monotonic()
        deadline = began + START_TIMEOUT_S
        attempts = 0
        while True:
            attempts += 1
            self._spawn()
            try:
                self.desktop = self._connect(deadline)
                break
            except RuntimeError:
                # The first start with a new profile sometimes exits before listening; retry once.
                self._kill()
                if attempts >= 2 or time.monotonic() > deadline:
                    raise
        self.started_in = time.monotonic() - began
        return self

    def _spawn(self):
        args = [
            SOFFICE, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            "--nolockcheck", "--nofirststartwizard",
            "-env:UserInstallation=" + file_url(self.profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe,
        ]
        self.process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def _connect(self, deadline):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe
        delay = 0.05
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("soffice berhenti sebelum siap (kode %s)" % self.process.returncode)
            try:
                ctx = resolver.resolve(url)
                return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            except NoConnectException:
                time.sleep(delay)
                delay = min(delay * 1.5, 0.5)
        raise RuntimeError("soffice tidak siap dalam %d detik" % START_TIMEOUT_S)

    def load(self, path):
        """Loads a private copy of `path` (hidden), so no lock file appears beside the original."""
        if not os.path.isfile(path):
            raise FileNotFoundError("berkas tidak ada: %s" % path)
        copy = os.path.join(self.workdir, "in-" + uuid.uuid4().hex[:8] + "-" + os.path.basename(path))
        shutil.copyfile(path, copy)
        doc = self.desktop.loadComponentFromURL(file_url(copy), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            os.unlink(copy)
            raise RuntimeError("LibreOffice tidak dapat membuka %s" % os.path.basename(path))
        return doc, copy

    def store(self, doc, output, fmt="xlsx"):
        """Stores through the export filter into the work folder, then moves the result into place."""
        if fmt not in FILTERS:
            raise ValueError("format tidak dikenal: %s" % fmt)
        staged = os.path.join(self.workdir, "out-" + uuid.uuid4().hex[:8] + "." + fmt)
        doc.storeToURL(file_url(staged), (prop("FilterName", FILTERS[fmt]), prop("Overwrite", True)))
        shutil.move(staged, output)

    def close_doc(self, doc, copy):
        try:
            doc.close(True)
        finally:
            if copy and os.path.exists(copy):
                os.unlink(copy)

    def stop(self):
        """Asks the office to quit, then kills whatever of its group is left, and removes the profile."""
        if self.desktop is not None:
            try:
                self.desktop.terminate()
            except DisposedException:
                pass  # the bridge closes while the office quits: expected, the kill below is the guarantee
            self.desktop = None
        if self.process is not None:
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
        self._kill()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def _kill(self):
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        self.process = None
