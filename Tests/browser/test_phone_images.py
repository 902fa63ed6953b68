"""A story with four 12-megapixel photographs on a 390-px phone over slow 4G: the article and
the home page listing it, once from a site that serves every picture as uploaded (the image
tool missing, as before resized copies existed) and once with the copies. Records Largest
Contentful Paint and the image bytes a reader's phone fetches reading the whole page, and holds
the copies to a tenth of the originals' bytes and LCP under 2.5 s.

The photographs are made here with `vips` from generated pixels (nothing is downloaded):
smooth colour fields, detail a few pixels wide and sensor-like grain, 4000 x 3000, JPEG
quality 90, about 5.5 MB each, as a phone camera's are."""
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
import uuid

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from conftest import ACCOUNTS, running_server

# Chromium DevTools' "Slow 4G" preset: 1.6 Mbit/s down and 750 kbit/s up at 90%, 562.5 ms
# round trips (150 ms, times Lighthouse's 3.75 for the radio's own delays).
SLOW_4G = {"offline": False, "latency": 562.5, "downloadThroughput": 1.6e6 / 8 * 0.9, "uploadThroughput": 750e3 / 8 * 0.9}
# A 390-px phone with a 3x screen (as iPhones 12 to 15 are): the picture a 358-px column
# needs is 1,074 pixels wide.
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}

BODY = """The evening began on the steps outside, where the cast stopped for the cameras one by one.

![](/media/{0})

Inside, the director thanked the crew by department before the lights went down.

![](/media/{1})

After the screening the leads answered questions from the audience for half an hour.

![](/media/{2})

The series begins streaming next month, with two episodes a week."""


def make_photo(path):
    """A 4000 x 3000 photograph from generated pixels, written as a quality-90 JPEG."""
    folder = tempfile.mkdtemp()
    def vips(*arguments):
        subprocess.run(["vips", *arguments], cwd=folder, check=True, capture_output=True)
    layers = {"colour": (40, 30, 50, 100, 128), "detail": (800, 600, 12, 5, 0), "grain": (4000, 3000, 6, 1, 0)}
    for name, (width, height, sigma, scale, mean) in layers.items():
        for band in range(3):
            vips("gaussnoise", f"{name}{band}.v", str(width), str(height), "--mean", str(mean), "--sigma", str(sigma))
        vips("bandjoin", f"{name}0.v {name}1.v {name}2.v", f"{name}.v")
        if scale > 1:
            vips("resize", f"{name}.v", f"{name}-up.v", str(scale), "--kernel", "cubic")
        else:
            shutil.copy(os.path.join(folder, f"{name}.v"), os.path.join(folder, f"{name}-up.v"))
    vips("add", "colour-up.v", "detail-up.v", "sum.v")
    vips("add", "sum.v", "grain-up.v", "photo.v")
    vips("cast", "photo.v", "photo8.v", "uchar")
    vips("copy", "photo8.v", path + "[Q=90]")
    shutil.rmtree(folder, ignore_errors=True)


def call(base, method, path, token=None, payload=None, data=None, content_type=None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if payload is not None:
        data, content_type = json.dumps(payload).encode(), "application/json"
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.loads(response.read() or b"null")


def upload(base, token, path, number):
    boundary = uuid.uuid4().hex
    fields = {"alt": f"The premiere, picture {number}", "credit": "Photo: Hallyu Studio", "caption": f"Picture {number}."}
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
             for name, value in fields.items()]
    with open(path, "rb") as file:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo{number}.jpg"\r\n'
                     f"Content-Type: image/jpeg\r\n\r\n".encode() + file.read() + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return call(base, "POST", "/api/v1/media", token, data=b"".join(parts),
                content_type=f"multipart/form-data; boundary={boundary}")


def publish_story(base, photos):
    """The four photographs uploaded, the story written around them and published; its path."""
    email, password = ACCOUNTS["editor"]
    token = call(base, "POST", "/api/v1/auth/tokens", payload={"email": email, "password": password, "name": "phone"})["token"]
    media = [upload(base, token, photo, number + 1) for number, photo in enumerate(photos)]
    article = call(base, "POST", "/api/v1/articles", token, payload={
        "title": "The premiere in pictures", "dek": "Four photographs from the red carpet and the screening.",
        "body": BODY.format(*[item["fileName"] for item in media[1:]]), "heroMediaId": media[0]["id"],
        "tags": ["premiere"]})
    call(base, "POST", f"/api/v1/articles/{article['slug']}/publish", token, payload={})
    return media, "/articles/" + article["slug"]


def phone_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    # The page's load is waited for in short questions (`wait_for`), not in one command.
    options.page_load_strategy = "none"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(600)
    driver.set_script_timeout(600)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", SLOW_4G)
    return driver


LARGEST_PAINT = """
var done = arguments[arguments.length - 1], last = null;
new PerformanceObserver(function (list) { var all = list.getEntries(); last = all[all.length - 1]; })
  .observe({type: "largest-contentful-paint", buffered: true});
setTimeout(function () { done(last && {ms: last.startTime, url: last.url || "", tag: last.element ? last.element.tagName : ""}); }, 300);
"""

IMAGE_BYTES = """
var bytes = 0, count = 0;
performance.getEntriesByType("resource").forEach(function (entry) {
  if (entry.initiatorType === "img" || entry.name.indexOf("/media/") >= 0) { bytes += entry.transferSize; count += 1; }
});
return {bytes: bytes, count: count};
"""


def wait_for(driver, script, seconds=600):
    """Asks the page `script` every quarter second until it answers true (each question short,
    where one long wait would outlast the driver's own time limit)."""
    deadline = time.time() + seconds
    while not driver.execute_script(script):
        assert time.time() < deadline, f"still waiting after {seconds} s: {script}"
        time.sleep(0.25)


def measure(base, path):
    """Largest Contentful Paint as the page loads, then the pictures' bytes once a reader has
    scrolled to the end a screen at a time and every picture has arrived."""
    driver = phone_browser()
    try:
        driver.get(base + path)
        wait_for(driver, "return document.readyState === 'complete'")
        paint = driver.execute_async_script(LARGEST_PAINT)
        while driver.execute_script(
                "if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2) return false;"
                "window.scrollBy(0, window.innerHeight); return true;"):
            time.sleep(0.25)
        wait_for(driver, "return Array.prototype.every.call(document.images, function (i) { return i.complete; })")
        images = driver.execute_script(IMAGE_BYTES)
        return {"lcp_ms": round(paint["ms"]) if paint else None, "lcp": paint, "image_bytes": images["bytes"],
                "images": images["count"]}
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def photos():
    if not shutil.which("vips"):
        pytest.fail("the photographs are made with vips (Debian: libvips-tools), which .ci/run installs")
    folder = tempfile.mkdtemp(prefix="hallyu-photos-")
    paths = [os.path.join(folder, f"photo{number}.jpg") for number in range(1, 5)]
    for path in paths:
        make_photo(path)
    yield paths
    shutil.rmtree(folder, ignore_errors=True)


def test_a_phone_on_slow_4g_gets_the_copies(photos, server, capsys):
    sizes = [os.path.getsize(path) for path in photos]
    results = {}
    with running_server(HALLYU_VIPS="/nonexistent/vips") as plain:
        _, story = publish_story(plain, photos)
        results["originals"] = {"article": measure(plain, story), "home": measure(plain, "/")}
    media, story = publish_story(server, photos)
    results["copies"] = {"article": measure(server, story), "home": measure(server, "/")}

    with capsys.disabled():
        print(f"\nphotographs: {', '.join(f'{size:,}' for size in sizes)} bytes")
        for page in ("article", "home"):
            before, after = results["originals"][page], results["copies"][page]
            print(f"{page}: originals LCP {before['lcp_ms']} ms, {before['image_bytes']:,} image bytes ({before['images']} pictures); "
                  f"copies LCP {after['lcp_ms']} ms, {after['image_bytes']:,} image bytes ({after['images']} pictures), "
                  f"{before['image_bytes'] / max(after['image_bytes'], 1):.1f}x fewer; largest paint {after['lcp']}")
        if os.environ.get("HALLYU_PHONE_RESULTS"):
            with open(os.environ["HALLYU_PHONE_RESULTS"], "w") as file:
                json.dump({"photographs": sizes, **results}, file, indent=2)

    assert all(item["width"] == 4000 and item["height"] == 3000 for item in media)
    article = results["copies"]["article"]
    assert results["originals"]["article"]["image_bytes"] >= sum(sizes), "the plain site sent every upload whole"
    for page in ("article", "home"):
        before, after = results["originals"][page], results["copies"][page]
        assert after["image_bytes"] * 10 <= before["image_bytes"], f"{page}: {after['image_bytes']} bytes of pictures"
        assert after["lcp_ms"] is not None and after["lcp_ms"] < 2500, f"{page}: largest paint {after['lcp']}"
    assert "-r1-w" in article["lcp"]["url"] and article["lcp"]["url"].endswith(".webp"), "the hero's WebP copy paints largest"
