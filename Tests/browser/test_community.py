"""Readers and moderators in a real browser: a reader's first comment is held, an editor
approves it from the queue and it appears; an editor puts up a poll and a reader votes in it."""
import base64
import os
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from test_newsroom import screenshot, sign_in

STORY = "/articles/sweet-home-netflix-monster-series"


def phone_screenshot(driver, name, selector):
    """A 390-px-wide picture from `selector` down, when HALLYU_SCREENSHOTS names a folder."""
    folder = os.environ.get("HALLYU_SCREENSHOTS")
    if not folder:
        return
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 1400, "deviceScaleFactor": 1, "mobile": True})
    try:
        top = driver.execute_script("return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY", selector)
        data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                                 "clip": {"x": 0, "y": top, "width": 390, "height": 1400, "scale": 1}})
        with open(os.path.join(folder, name + ".png"), "wb") as file:
            file.write(base64.b64decode(data["data"]))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_a_held_comment_is_approved_and_a_reader_votes(server, browser):
    wait = WebDriverWait(browser, 15)
    text = f"Song Kang carried the first season ({time.time_ns()})."

    # A reader's first comment waits for a moderator.
    browser.get(server + STORY)
    browser.find_element(By.ID, "comment-name").send_keys("Soo-ah")
    browser.find_element(By.ID, "comment-email").send_keys("sooah@browser.test")
    browser.find_element(By.ID, "comment-body").send_keys(text)
    # People take a few seconds to write; the form refuses anything sent faster.
    time.sleep(3.5)
    browser.find_element(By.CSS_SELECTOR, "#comment-form button[type=submit]").click()
    notice = wait.until(EC.presence_of_element_located((By.ID, "comment-notice")))
    assert "waiting for a moderator" in notice.text
    assert text not in browser.find_element(By.ID, "comments").text

    # An editor finds it in the queue and approves it.
    browser.delete_all_cookies()
    sign_in(browser, server, "editor")
    browser.get(server + "/admin/comments")
    row = next(item for item in browser.find_elements(By.CSS_SELECTOR, ".moderation__item") if text in item.text)
    assert "first comment" in row.text
    screenshot(browser, "community-queue-1280")
    row.find_element(By.CSS_SELECTOR, "button[value^='approve:']").click()
    done = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".admin-card .notice")))
    assert "1 comment approved" in done.text

    # The editor puts a poll on the story.
    browser.get(server + "/admin/polls")
    browser.find_element(By.ID, "poll-question").send_keys("Who should survive the next season of Sweet Home?")
    browser.find_element(By.ID, "poll-options").send_keys("Cha Hyun-su\nPyeon Sang-wook\nLee Eun-yoo")
    browser.find_element(By.ID, "poll-slug").send_keys(STORY.split("/")[-1])
    browser.find_element(By.CSS_SELECTOR, "form.admin-form button[type=submit]").click()
    wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".admin-card .notice"), "The poll is up."))
    screenshot(browser, "community-polls-1280")

    # A reader sees the comment, votes, and then sees the results.
    browser.delete_all_cookies()
    browser.get(server + STORY)
    comments = browser.find_element(By.ID, "comments")
    assert text in comments.text
    assert browser.find_element(By.ID, "comments-title").text == "1 comment"
    poll = browser.find_element(By.CSS_SELECTOR, ".poll")
    assert not poll.find_elements(By.CSS_SELECTOR, ".poll__results"), "no results before voting"
    choice = next(label for label in poll.find_elements(By.CSS_SELECTOR, ".poll__choice") if "Cha Hyun-su" in label.text)
    choice.click()
    poll.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    results = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".poll__results")))
    leading = results.find_element(By.CSS_SELECTOR, ".poll__result--leading")
    assert "Cha Hyun-su" in leading.text and "100%" in leading.text
    assert "Thanks for voting" in browser.find_element(By.CSS_SELECTOR, ".poll__meta").text
    phone_screenshot(browser, "community-article-390", ".poll")
