"""The newsroom in a real browser: writing with live name checks, a one-click fix, a hero
image, scheduling, and the scheduled story appearing on the public site; a writer cannot
publish."""
import datetime
import os
import re
import struct
import tempfile
import time
import urllib.error
import urllib.request
import zlib

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import ACCOUNTS

SEOUL = datetime.timezone(datetime.timedelta(hours=9))


def png(width, height):
    """A real PNG of one flat colour, made here so the test carries no binary fixture."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + bytes([230, 80, 120]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def sign_in(driver, base, role):
    email, password = ACCOUNTS[role]
    driver.get(base + "/admin/login")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.admin-form button[type=submit]").click()
    WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".admin-bar__user")))


def status_of(url):
    try:
        return urllib.request.urlopen(url, timeout=5).status
    except urllib.error.HTTPError as error:
        return error.code


def screenshot(driver, name):
    """Pictures for the editor's guide, when HALLYU_SCREENSHOTS names a folder."""
    folder = os.environ.get("HALLYU_SCREENSHOTS")
    if folder:
        driver.save_screenshot(os.path.join(folder, name + ".png"))


def test_write_fix_attach_schedule_and_publish(server, browser):
    wait = WebDriverWait(browser, 15)
    sign_in(browser, server, "editor")

    # A hero image, described as a hero must be.
    image = os.path.join(tempfile.mkdtemp(), "moodboard.png")
    with open(image, "wb") as file:
        file.write(png(64, 36))
    browser.get(server + "/admin/media")
    browser.find_element(By.ID, "file").send_keys(image)
    browser.find_element(By.ID, "alt").send_keys("A pink test card for the browser story")
    browser.find_element(By.ID, "credit").send_keys("Hallyu Studio")
    browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
    outcome = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice, .form-problem"))).text
    assert "Uploaded 64×36" in outcome
    screenshot(browser, "media-library")

    # A story with a misspelt name: the live check flags it and offers the fix.
    browser.get(server + "/admin/articles/new")
    browser.find_element(By.ID, "title").send_keys("Browser test: a scheduled story")
    body = browser.find_element(By.ID, "body")
    body.send_keys("Han Soo-he returns to television next spring.\n\nMore details will follow.")
    fix = wait.until(EC.element_to_be_clickable((By.XPATH, "//ul[@id='warning-list']//button[contains(., 'Use Han So-hee')]")))
    assert "Did you mean Han So-hee?" in browser.find_element(By.ID, "warning-list").text
    screenshot(browser, "editor-warning")
    fix.click()
    assert body.get_attribute("value").startswith("Han So-hee returns")
    wait.until(lambda d: "Did you mean" not in d.find_element(By.ID, "warning-list").text)
    wait.until(lambda d: "Han So-hee" in d.find_element(By.ID, "mention-list").text)
    assert browser.find_element(By.CSS_SELECTOR, "#preview a[href='/people/han-so-hee']")

    # The same picture placed at the end of the body from the library's list: a line of its
    # own, which the preview shows as a figure with its credit.
    browser.execute_script("arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length)", body)
    Select(browser.find_element(By.ID, "picture-choice")).select_by_visible_text("A pink test card for the browser story (64×36)")
    browser.find_element(By.ID, "picture-insert").click()
    assert re.search(r"will follow\.\n\n!\[A pink test card for the browser story\]\(/media/[0-9a-f]+\.png\)\n\n$",
                     body.get_attribute("value")), body.get_attribute("value")
    caption = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#preview figure.picture figcaption")))
    assert "Hallyu Studio" in caption.text

    # The hero from the library, then a schedule a few seconds ahead, in Seoul time.
    Select(browser.find_element(By.ID, "hero")).select_by_visible_text("A pink test card for the browser story (64×36)")
    due = datetime.datetime.now(SEOUL) + datetime.timedelta(seconds=12)
    browser.execute_script("arguments[0].value = arguments[1]", browser.find_element(By.ID, "at"),
                           due.strftime("%Y-%m-%dT%H:%M:%S"))
    browser.find_element(By.CSS_SELECTOR, "button[data-step=schedule]").click()
    notice = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice, .form-problem"))).text
    assert notice.startswith("Scheduled for") and "Asia/Seoul" in notice
    screenshot(browser, "editor-scheduled")
    slug = browser.find_element(By.ID, "slug").get_attribute("value")
    assert slug == "browser-test-a-scheduled-story"

    # Not public until it is due; then the publisher puts it out by itself.
    public = server + "/articles/" + slug
    assert status_of(public) == 404
    deadline = time.time() + 60
    while status_of(public) != 200:
        assert time.time() < deadline, "the scheduled story did not appear within a minute"
        time.sleep(1)
    browser.get(public)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Browser test: a scheduled story"
    assert browser.find_element(By.CSS_SELECTOR, "a[href='/people/han-so-hee']")
    assert "moodboard" not in browser.page_source  # served under its content hash, not its upload name
    assert browser.find_element(By.CSS_SELECTOR, "img[alt='A pink test card for the browser story']")
    assert browser.find_element(By.CSS_SELECTOR, "figure.picture figcaption .credit").text == "Hallyu Studio"


def test_writer_cannot_publish(server, browser):
    sign_in(browser, server, "writer")
    browser.get(server + "/admin/articles/new")
    browser.find_element(By.ID, "title").send_keys("A writer's draft")
    browser.find_element(By.ID, "body").send_keys("Song Kang plays a baker in this story.")
    buttons = [b.get_attribute("value") for b in browser.find_elements(By.CSS_SELECTOR, "button[name=action]")]
    assert "publish" not in buttons and "schedule" not in buttons and "submit" in buttons
    # Sending the step anyway, as a tampered form would, is refused and keeps the text.
    browser.execute_script("""
        const button = document.querySelector('button[name=action][value=save]');
        button.value = 'publish';
        button.click();""")
    problem = WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".form-problem"))).text
    assert "may not do this" in problem
    assert browser.find_element(By.ID, "body").get_attribute("value") == "Song Kang plays a baker in this story."
    assert status_of(browser.current_url.split("/admin")[0] + "/articles/a-writer-s-draft") == 404
    # Submitting for review is the writer's way forward.
    browser.find_element(By.CSS_SELECTOR, "button[data-step=submit]").click()
    notice = WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice"))).text
    assert notice == "Submitted for review."


def test_unsaved_text_is_offered_back(server, browser):
    sign_in(browser, server, "writer")
    browser.get(server + "/admin/articles/new")
    browser.find_element(By.ID, "title").send_keys("Kept title")
    browser.find_element(By.ID, "body").send_keys("Text typed before the page was left.")
    time.sleep(1.5)  # the editor keeps what is typed a second after typing stops
    # Leave without saving (the submit event only tells the page not to ask "leave the page?").
    browser.execute_script("document.getElementById('editor').dispatchEvent(new Event('submit'))")
    browser.get(server + "/admin/articles/new")
    restore = WebDriverWait(browser, 10).until(EC.element_to_be_clickable((By.XPATH, "//button[.='Put it back']")))
    assert "There is unsaved text" in restore.find_element(By.XPATH, "..").text
    restore.click()
    assert browser.find_element(By.ID, "body").get_attribute("value") == "Text typed before the page was left."
    assert browser.find_element(By.ID, "title").get_attribute("value") == "Kept title"
