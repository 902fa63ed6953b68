"""A Hallyu server with the demo newsroom, two accounts and a headless Chromium, for the
browser tests. The server is the debug build the Swift tests made (built here if missing)."""
import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ACCOUNTS = {
    "editor": ("editor@browser.test", "editor password 1"),
    "writer": ("writer@browser.test", "writer password 1"),
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(**settings):
    """The demo site on a free loopback port with the two accounts; `settings` are extra
    environment variables (HALLYU_VIPS, say). Yields its address."""
    binary = os.path.join(ROOT, ".build", "debug", "hallyu")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "--product", "hallyu"], cwd=ROOT, check=True)
    folder = tempfile.mkdtemp(prefix="hallyu-browser-")
    port = free_port()
    env = dict(os.environ, DATABASE_URL=f"sqlite:{folder}/hallyu.sqlite", HALLYU_PUBLIC_URL=f"http://127.0.0.1:{port}",
               HALLYU_TIMEZONE="Asia/Seoul", LOG_LEVEL="warning", **settings)
    env.pop("TEST_DATABASE_URL", None)
    log = open(os.path.join(folder, "server.log"), "w")
    process = subprocess.Popen([binary, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(port)],
                               cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.time() > deadline:
                    raise RuntimeError("the server did not start; see " + log.name)
                time.sleep(0.5)
        for role, (email, password) in ACCOUNTS.items():
            subprocess.run([binary, "user", "add", "--email", email, "--name", f"Browser {role.title()}", "--role", role],
                           input=password + "\n", text=True, env=env, cwd=folder, check=True, capture_output=True)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def server():
    with running_server() as base:
        yield base


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(argument)
    # Selenium cannot download a driver here; Debian's chromium-driver is the one to use.
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()
