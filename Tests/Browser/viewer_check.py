"""Starts `broadsheet serve` on a project and drives its proof viewer in headless Chromium (Debian's
chromium and chromium-driver, PyPI selenium): opens a page, toggles an overlay, clicks a block and reads
its report, edits the story on disk and waits for the viewer to reload, breaks the page file and reads
the error. Prints one JSON object with what it measured; exits 1 with the reason on the first failure.
The server is stopped with SIGTERM at the end and must exit 0.

usage: viewer_check.py BROADSHEET PORT PROJECT_FOLDER PAGE_PATH STORY_FILE"""
import json
import pathlib
import subprocess
import sys
import time
import urllib.request

from headless import chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

broadsheet, port, project, page, story = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]), sys.argv[4], pathlib.Path(sys.argv[5])
base = f"http://127.0.0.1:{port}"
server = subprocess.Popen([broadsheet, "serve", str(project), "--port", port], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=open(project / "serve.log", "w"))
for _ in range(300):
    try:
        if urllib.request.urlopen(f"{base}/healthz", timeout=1).read() == b"ok\n":
            break
    except OSError:
        time.sleep(0.2)
driver = chromium()
figures = {}


def stop_server():
    server.terminate()
    return server.wait(timeout=30)


def fail(reason):
    print(json.dumps({"error": reason, **figures}, ensure_ascii=False))
    driver.quit()
    stop_server()
    sys.exit(1)


def loads():
    return int(driver.execute_script("return document.body.dataset.loaded || '0'"))


try:
    driver.get(f"{base}/#path={page}")
    WebDriverWait(driver, 60).until(lambda d: loads() >= 1)
    width = driver.execute_script("return document.getElementById('page').naturalWidth")
    if width < 500:
        fail(f"page image {width} px wide")
    blocks = driver.find_elements(By.CSS_SELECTOR, "#overlay rect.block")
    if not blocks:
        fail("no block outlines drawn")
    figures["blocks"] = len(blocks)
    figures["thumbnails"] = len(driver.find_elements(By.CSS_SELECTOR, "#pages figure"))

    # Overlays toggle: the column grid is off at first.
    layer = "#overlay g[data-layer='column']"
    if driver.execute_script(f"return document.querySelector(\"{layer}\").style.display") != "none":
        fail("column grid shown before it was asked for")
    driver.find_element(By.CSS_SELECTOR, "input[data-layer='column']").click()
    if driver.execute_script(f"return document.querySelector(\"{layer}\").style.display") != "":
        fail("column grid not shown after its box was ticked")

    # A click on a block shows its report.
    target = next(block for block in blocks if block.get_attribute("data-block") == "lead")
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", target)
    details = driver.find_element(By.ID, "details").text
    if "lead" not in details or "placement" not in details:
        fail(f"block report not shown: {details[:200]!r}")

    # Editing the story on disk reloads the viewer.
    before = loads()
    text = story.read_text(encoding="utf-8")
    started = time.monotonic()
    story.write_text(text.replace("袁家军", "袁家軍", 1), encoding="utf-8")
    WebDriverWait(driver, 10, poll_frequency=0.02).until(lambda d: loads() > before)
    figures["edit_to_reload_seconds"] = round(time.monotonic() - started, 3)

    # A broken page file shows the error (file, line, message), not the stale page.
    page_file = project / (page + ".yaml")
    good = page_file.read_text(encoding="utf-8")
    page_file.write_text(good + "\nblocks: [\n", encoding="utf-8")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "error").is_displayed())
    error = driver.find_element(By.ID, "error").text
    if ".yaml:" not in error:
        fail(f"error without file and line: {error!r}")
    if driver.find_element(By.ID, "stage").is_displayed():
        fail("stale page still shown beside the error")
    figures["error"] = error[:120]
    page_file.write_text(good, encoding="utf-8")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "stage").is_displayed())
except Exception as error:  # noqa: BLE001 - every failure is reported the same way
    fail(f"{type(error).__name__}: {error}")

driver.quit()
figures["server_exit"] = stop_server()
print(json.dumps(figures, ensure_ascii=False))
sys.exit(0 if figures["server_exit"] == 0 else 1)
