"""End to end in headless Chromium: open the review page for the seeds, dismiss one discrepancy with a
note, reload, and see it gone. Saves a screenshot of the report under reports/ for the README."""
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, model_dir

pytestmark = pytest.mark.models
CHROMIUM = os.environ.get("CHECKER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
LAPTOP, PHONE = {"width": 1366, "height": 768}, {"width": 390, "height": 844}
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    env = {"CHECKER_STANZA_DIR": model_dir(), "CHECKER_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, "-m", "checker", "serve", str(ROOT / "seeds"), "--port", str(port),
                             "--reports-dir", str(tmp_path), "--by", "editor", "--as-of", "2026-01-06", "-q",
                             "--lang", "ar"],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"checker serve exited: {proc.stderr.read()}")
            time.sleep(0.5)
    yield url, tmp_path
    proc.terminate()
    proc.wait(10)


def _launch(pw):
    """Debian's Chromium (or CHECKER_CHROMIUM), else the browser Playwright installed itself."""
    if Path(CHROMIUM).exists():
        return pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
    try:
        return pw.chromium.launch(args=LAUNCH_ARGS)
    except Exception as exc:  # Playwright's own error says little to a newcomer
        pytest.fail(f"no Chromium: run scripts/test (it installs Debian's chromium), or "
                    f"'python -m playwright install chromium' ({exc})")


def test_dismiss_in_the_review_page_persists(server):
    from playwright import sync_api
    url, reports = server
    with sync_api.sync_playwright() as pw:
        browser = _launch(pw)
        page = browser.new_page(viewport=LAPTOP)
        page.goto(url)
        assert page.locator("html").get_attribute("dir") == "rtl" and page.locator("html").get_attribute("lang") == "ar"
        assert page.title() == "تقرير checker"
        cards = page.locator("article.card")
        before = cards.count()
        assert before >= 6
        weekday = page.locator("article.card[data-kind=date]").first
        card_id = weekday.get_attribute("id")
        assert "تذكر" in weekday.locator(".message").inner_text()                     # the message in Arabic
        page.screenshot(path=str(ROOT / "reports" / "review-page.png"))
        phone = browser.new_page(viewport=PHONE)
        phone.goto(url)
        phone.screenshot(path=str(ROOT / "reports" / "review-page-phone.png"))
        weekday.locator("textarea").fill("002 describes the earlier September summit")
        with page.expect_navigation():
            weekday.locator("button[data-decision=dismiss]").click()
        page.reload()
        assert page.locator(f"#{card_id}").count() == 0
        assert cards.count() == before - 1
        browser.close()
    history = subprocess.run([sys.executable, "-m", "checker", "review", "history", "--reviews",
                              str(reports / "reviews.sqlite")], capture_output=True, text=True, cwd=ROOT)
    assert "dismiss" in history.stdout and "September summit" in history.stdout and "editor" in history.stdout
